import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js/basic';
import { normalizeForSearch } from './normalize.ts';
import { byRank, rank, rankDefinition, TIER, type Ranked } from './rank.ts';
import { FUSE_OPTIONS, type GlossaryRecord } from './search.ts';
import { spansWords } from './words.ts';

const term = (id: string, en: string, ja: string, reading = '', aliases: string[] = []) =>
	({ id, en, ja, reading, aliases, definition: '', category: 'ecs-core' }) as GlossaryRecord;

const terms = [
	term('ecs', 'Amazon ECS', 'Amazon ECS', '', ['ECS']),
	term('fargate', 'AWS Fargate', 'AWS Fargate', '', ['Fargate']),
	term('graviton', 'AWS Graviton', 'AWS Graviton'),
	term('task-definition', 'Task definition', 'タスク定義', 'たすくていぎ', ['taskdef']),
];
const fuse = new Fuse(terms, FUSE_OPTIONS);

/** Fuse's result for term `id` and the raw `query`, ranked as the searcher ranks it. */
function rankOf(id: string, query: string): Ranked {
	const q = normalizeForSearch(query);
	const result = fuse.search(q).find((r) => r.item.id === id);
	if (!result) throw new Error(`Fuse does not match ${id} with ${query}`);
	return rank(result, q, spansWords(query));
}

describe('rank', () => {
	// [term, query, tier, typos, found via]
	it.each([
		['ecs', 'ECS', TIER.exact, 0, { key: 'aliases', idx: 0 }],
		['ecs', 'amazon', TIER.prefix, 0, undefined],
		['ecs', 'zon e', TIER.contains, 0, undefined],
		['fargate', 'gate', TIER.contains, 0, undefined],
		['fargate', 'fargte', TIER.fuzzyName, 1, undefined],
		['task-definition', 'taskdefinition', TIER.exact, 0, undefined],
		['task-definition', 'tsk definition', TIER.fuzzyName, 1, undefined],
		['task-definition', 'ていぎ', TIER.contains, 0, { key: 'reading', idx: 0 }],
		['graviton', 'SG', TIER.acrossWords, 0, undefined],
		// A query with a space or a slash may span words.
		['graviton', 'S G', TIER.contains, 0, undefined],
	] as const)('%s for %j: tier %i, %i typos, via %j', (id, query, tier, typos, via) => {
		const r = rankOf(id, query);
		expect(r.tier).toBe(tier);
		expect(r.typos).toBe(typos);
		expect(r.via).toEqual(via);
	});

	it('measures the name that places best', () => {
		// "fargate": exact in the alias (7 units), not the longer name "awsfargate".
		expect(rankOf('fargate', 'fargate')).toMatchObject({ tier: TIER.exact, nameLength: 7 });
	});
});

describe('byRank', () => {
	const record = terms[0] ?? term('x', 'x', 'x');
	const ranked = (refIndex: number, r: Partial<Ranked>, score?: number): Ranked => ({
		result: { item: record, refIndex, matches: [], ...(score === undefined ? {} : { score }) },
		tier: TIER.contains,
		typos: 0,
		nameLength: 6,
		definitionAt: 0,
		...r,
	});
	const order = (queryLength: number, rs: Ranked[]) =>
		rs.sort(byRank(queryLength)).map((r) => r.result.refIndex);

	it.each([
		[
			'a better tier first, whatever its typos',
			[
				{ tier: 3, typos: 0 },
				{ tier: 2, typos: 3 },
			],
			[1, 0],
		],
		['fewer typos first', [{ typos: 2 }, { typos: 1 }], [1, 0]],
		[
			'the name closest in length to the query first',
			[{ nameLength: 9 }, { nameLength: 7 }],
			[1, 0],
		],
		['on an equal gap, the shorter name first', [{ nameLength: 7 }, { nameLength: 5 }], [1, 0]],
		[
			'the earlier mention in a definition first',
			[{ definitionAt: 9 }, { definitionAt: 2 }],
			[1, 0],
		],
	] as const)('%s', (_, parts, expected) => {
		expect(
			order(
				6,
				parts.map((p, i) => ranked(i, p)),
			),
		).toEqual(expected);
	});

	it("then Fuse's score, then index order", () => {
		expect(order(6, [ranked(0, {}, 0.4), ranked(1, {}, 0.1)])).toEqual([1, 0]);
		expect(order(6, [ranked(2, {}, 0.1), ranked(1, {}, 0.1)])).toEqual([1, 2]);
	});

	it('puts definition-only matches after every name match, earliest mention first', () => {
		const q = 'abc';
		const defs = [rankDefinition(record, 5, q, 10), rankDefinition(record, 4, q, 3)];
		expect(order(3, [...defs, ranked(7, { tier: TIER.acrossWords, typos: 0 })])).toEqual([7, 4, 5]);
	});
});
