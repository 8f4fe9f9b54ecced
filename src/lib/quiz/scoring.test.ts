import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCorrect, scaledScore, scoreAnswers, MAX_SCALED, MIN_SCALED } from './scoring.ts';

const single = {
	id: 's',
	domain: 'd1',
	options: [
		{ id: 'a', correct: false },
		{ id: 'b', correct: true },
		{ id: 'c', correct: false },
		{ id: 'd', correct: false },
	],
};
const multi = {
	id: 'm',
	domain: 'd2',
	options: [
		{ id: 'a', correct: true },
		{ id: 'b', correct: false },
		{ id: 'c', correct: true },
		{ id: 'd', correct: false },
		{ id: 'e', correct: false },
	],
};
const domains = [
	{ id: 'd1', title: 'D1' },
	{ id: 'd2', title: 'D2' },
];

describe('isCorrect (all or nothing)', () => {
	it.each([
		[single, ['b'], true],
		[single, ['a'], false],
		[single, [], false],
		[single, undefined, false],
		[multi, ['a', 'c'], true],
		[multi, ['c', 'a'], true],
		[multi, ['a', 'c', 'c'], true],
		[multi, ['a'], false],
		[multi, ['a', 'c', 'e'], false],
		[multi, ['a', 'b'], false],
	] as const)('%#', (q, chosen, expected) => {
		expect(isCorrect(q, chosen as readonly string[] | undefined)).toBe(expected);
	});
});

describe('scoreAnswers', () => {
	it('scores per domain with no per-domain pass mark', () => {
		const r = scoreAnswers([single, multi], { s: ['b'], m: ['a'] }, domains, 720);
		expect(r).toMatchObject({ correct: 1, total: 2, percent: 50, scaled: 550, passed: false });
		expect(r.byDomain).toEqual([
			{ id: 'd1', title: 'D1', correct: 1, total: 1, percent: 100 },
			{ id: 'd2', title: 'D2', correct: 0, total: 1, percent: 0 },
		]);
	});
	it('all correct → 1000, none → 100, pass at the passing score', () => {
		expect(scoreAnswers([single, multi], { s: ['b'], m: ['a', 'c'] }, domains, 720)).toMatchObject({
			scaled: 1000,
			passed: true,
		});
		expect(scoreAnswers([single, multi], {}, domains, 720)).toMatchObject({
			scaled: 100,
			passed: false,
		});
		expect(scaledScore(0, 0)).toBe(MIN_SCALED);
	});

	// Properties over random banks and answer sheets.
	const bank = fc
		.array(
			fc.record({
				domain: fc.constantFrom('d1', 'd2'),
				correctIndex: fc.integer({ min: 0, max: 3 }),
			}),
			{ minLength: 1, maxLength: 80 },
		)
		.map((qs) =>
			qs.map((q, i) => ({
				id: `q${i}`,
				domain: q.domain,
				options: ['a', 'b', 'c', 'd'].map((id, j) => ({ id, correct: j === q.correctIndex })),
			})),
		);
	const withAnswers = bank.chain((qs) =>
		fc.tuple(
			fc.constant(qs),
			fc.array(fc.constantFrom('a', 'b', 'c', 'd', null), {
				minLength: qs.length,
				maxLength: qs.length,
			}),
		),
	);

	it('never leaves 100–1000', () => {
		fc.assert(
			fc.property(withAnswers, ([qs, picks]) => {
				const answers = Object.fromEntries(
					qs.flatMap((q, i) => (picks[i] ? [[q.id, [picks[i]]]] : [])),
				);
				const { scaled } = scoreAnswers(qs, answers, domains, 720);
				return scaled >= MIN_SCALED && scaled <= MAX_SCALED;
			}),
		);
	});

	it('is monotonic in correct answers', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 500 }),
				fc.integer({ min: 0, max: 499 }),
				(total, k) => {
					const c = Math.min(k, total - 1);
					return scaledScore(c + 1, total) >= scaledScore(c, total);
				},
			),
		);
	});

	it('is independent of question order', () => {
		fc.assert(
			fc.property(withAnswers, fc.integer(), ([qs, picks], seed) => {
				const answers = Object.fromEntries(
					qs.flatMap((q, i) => (picks[i] ? [[q.id, [picks[i]]]] : [])),
				);
				const shuffled = [...qs].sort(
					(a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 17 + seed) % 5),
				);
				expect(scoreAnswers(shuffled, answers, domains, 720)).toEqual(
					scoreAnswers(qs, answers, domains, 720),
				);
			}),
		);
	});
});
