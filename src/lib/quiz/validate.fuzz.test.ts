/**
 * Robustness: thousands of mutated banks thrown at the validator never make it throw, and every
 * problem it reports is located (file, and a field path when the problem is inside the bank).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateBanks, type BankFile } from './validate.ts';

const template = JSON.parse(
	readFileSync(resolve(import.meta.dirname, '../../../quizzes/_template.json'), 'utf8'),
) as Record<string, unknown>;
const LESSONS = new Set(['security', 'pricing-and-cost']);

/** Any JSON-ish value, including the awkward ones. */
const anyValue = fc.oneof(
	fc.constant(null),
	fc.constant(undefined),
	fc.boolean(),
	fc.integer(),
	fc.double(),
	fc.string(),
	fc.constant(''),
	fc.constant('<script>alert(1)</script>'),
	fc.array(fc.string(), { maxLength: 3 }),
	fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** Paths into the template: every key at every depth. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
	if (value && typeof value === 'object')
		return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
	return [prefix];
}
const ALL_PATHS = paths(template).filter((p) => p.length > 0);

function mutate(
	base: unknown,
	path: (string | number)[],
	replacement: unknown,
	mode: 'set' | 'delete' | 'duplicate',
): unknown {
	const copy = structuredClone(base) as Record<string | number, unknown>;
	let node: Record<string | number, unknown> = copy;
	for (const key of path.slice(0, -1)) {
		const next = node[key];
		if (!next || typeof next !== 'object') return copy; // an earlier mutation removed this path
		node = next as Record<string | number, unknown>;
	}
	const last = path[path.length - 1];
	if (last === undefined) return copy;
	if (mode === 'delete') {
		if (Array.isArray(node)) node.splice(Number(last), 1);
		else Reflect.deleteProperty(node, last);
	} else if (mode === 'duplicate' && Array.isArray(node))
		node.push(structuredClone(node[Number(last)]));
	else node[last] = replacement;
	return copy;
}

const mutation = fc.record({
	path: fc.constantFrom(...ALL_PATHS),
	value: anyValue,
	mode: fc.constantFrom<'set' | 'delete' | 'duplicate'>('set', 'delete', 'duplicate'),
});

describe('validator under mutated banks', () => {
	it('never throws and always locates what it reports', () => {
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
				let bank: unknown = { ...template, id: 'fuzz' };
				for (const m of mutations) bank = mutate(bank, m.path, m.value, m.mode);
				const file: BankFile = { file: 'quizzes/fuzz.json', json: bank };
				const { problems } = validateBanks([file], LESSONS);
				for (const p of problems) {
					expect(p.file).toBe('quizzes/fuzz.json');
					expect(p.message.length).toBeGreaterThan(3);
					if (p.item !== undefined) expect(p.field, `field for ${p.item}`).toBeTruthy();
				}
			}),
			{ numRuns: 3000 },
		);
	}, 120_000); // thousands of runs; generous on a loaded 2-core machine (a limit, not a timing)

	it('never throws on arbitrary JSON or broken text', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (json) => {
				const { problems } = validateBanks([{ file: 'quizzes/x.json', json }], LESSONS);
				expect(problems.length).toBeGreaterThan(0);
			}),
			{ numRuns: 2000 },
		);
		expect(
			validateBanks(
				[{ file: 'quizzes/x.json', syntaxError: 'Unexpected end of JSON input' }],
				LESSONS,
			).problems,
		).toHaveLength(1);
	}, 120_000);

	it('reports every problem of a bank in one run', () => {
		const q = (template['questions'] as Record<string, unknown>[])[0] ?? {};
		const bad = {
			...template,
			id: 'x',
			domains: [{ id: 'secure', title: 'S', weight: 50 }],
			questions: [
				{
					...q,
					id: 'x-1',
					domain: 'nope',
					options: (q['options'] as object[]).map((o) => ({ ...o, correct: true })),
				},
				{ ...q, id: 'x-1', lessons: ['missing'] },
			],
		};
		const { problems } = validateBanks([{ file: 'quizzes/x.json', json: bad }], LESSONS);
		expect(problems.map((p) => `${p.item ?? ''}|${p.field}`).sort()).toEqual(
			['|domains', 'x-1|domain', 'x-1|id', 'x-1|options', 'x-1|lessons[0]'].sort(),
		);
	});
});
