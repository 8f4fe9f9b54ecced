import { describe, expect, it } from 'vitest';
import {
	appPositionProbability,
	authoredPositionProbability,
	choose,
	excessPoints,
	formatTestWise,
	scoreStrategies,
	testWiseReport,
	topNProbability,
	type TestWiseQuestion,
} from './test-wise.ts';
import type { Bank } from '../../src/schemas/bank.ts';

/** A question from option texts; `keys` are the indices of the correct options. */
function q(texts: string[], keys: number[], pins: number[] = []): TestWiseQuestion {
	return {
		type: keys.length > 1 ? 'multiple' : 'single',
		options: texts.map((text, i) => ({
			text,
			correct: keys.includes(i),
			pin: pins.includes(i) || undefined,
		})),
	};
}

describe('choose', () => {
	it.each([
		[4, 1, 4],
		[5, 2, 10],
		[6, 3, 20],
		[4, 0, 1],
		[3, 4, 0],
	])('C(%d, %d) = %d', (n, k, c) => {
		expect(choose(n, k)).toBe(c);
	});
});

describe('topNProbability', () => {
	it.each([
		// scores, keys, n, probability
		[[3, 1, 1, 1], [true, false, false, false], 1, 1], // the key scores highest
		[[1, 3, 1, 1], [true, false, false, false], 1, 0], // a distractor scores highest
		[[3, 3, 1, 1], [true, false, false, false], 1, 1 / 2], // tied with one distractor
		[[1, 1, 1, 1], [true, false, false, false], 1, 1 / 4], // all tied: chance
		[[5, 4, 1, 1, 1], [true, true, false, false, false], 2, 1], // keys are the top two
		[[5, 1, 1, 1, 1], [true, true, false, false, false], 2, 1 / 4], // second key among 4 tied
		[[5, 5, 5, 1, 1], [true, true, false, false, false], 2, 1 / 3], // 2 of 3 tied
		[[5, 1, 1, 1, 1], [false, true, true, false, false], 2, 0], // a distractor on top
	] as const)('%j keys %j top %d → %d', (scores, keys, n, p) => {
		expect(topNProbability(scores, keys, n)).toBeCloseTo(p, 12);
	});
});

describe('position strategies', () => {
	const single = q(['a', 'b', 'c', 'd'], [2]);
	const multi = q(['a', 'b', 'c', 'd', 'e'], [1, 2]);
	it.each([
		['authored, single, c', authoredPositionProbability(single, 2), 1],
		['authored, single, a', authoredPositionProbability(single, 0), 0],
		['authored, choose 2 from b', authoredPositionProbability(multi, 1), 1],
		['authored, choose 2 from e wraps to e+a', authoredPositionProbability(multi, 4), 0],
		['app, single: shuffled, so chance', appPositionProbability(single, 2), 1 / 4],
		['app, choose 2: chance', appPositionProbability(multi, 0), 1 / 10],
		// A pinned key at d: "always d" wins every time; "always a" never does.
		[
			'app, pinned key at d, always d',
			appPositionProbability(q(['a', 'b', 'c', 'd'], [3], [3]), 3),
			1,
		],
		[
			'app, pinned key at d, always a',
			appPositionProbability(q(['a', 'b', 'c', 'd'], [3], [3]), 0),
			0,
		],
		// A pinned distractor at d: the key is among the 3 shuffled options.
		[
			'app, pinned distractor at d, always a',
			appPositionProbability(q(['a', 'b', 'c', 'd'], [0], [3]), 0),
			1 / 3,
		],
	] as const)('%s', (_, p, expected) => {
		expect(p).toBeCloseTo(expected, 12);
	});
});

describe('scoreStrategies', () => {
	it('scores a bank whose keys are the longest and carry no absolute words', () => {
		const questions = [
			q(['長い正解の選択肢です', '常に短い', '短い誤答', '別の誤答'], [0]),
			q(['短い誤答', '長い正解の選択肢です', 'すべて短い', '別の誤答'], [1]),
		];
		const r = scoreStrategies(questions);
		expect(r).toMatchObject({ questions: 2, chance: 0.25, longest: 1 });
		// Without the absolute-word options, 3 remain: 1/3 each.
		expect(r?.noAbsolute).toBeCloseTo(1 / 3, 12);
		expect(r?.positionApp).toEqual({ letter: 'a', score: 0.25 });
		expect(r?.positionAuthored).toEqual({ letter: 'a', score: 0.5 });
		expect(excessPoints(r ?? ({} as never))).toBeCloseTo(75, 9);
	});

	it('returns null without questions', () => {
		expect(scoreStrategies([])).toBeNull();
	});

	it('reports per bank and type, and marks strategies above chance + 10 points', () => {
		const bank = {
			id: 'fixture',
			questions: [
				{
					type: 'single',
					options: q(['長い正解の選択肢です', '短い', '短い誤答', '別の誤答'], [0]).options,
				},
				{
					type: 'single',
					options: q(['短い', '長めの誤答です', '正解です', '別の誤答'], [2]).options,
				},
			],
		} as unknown as Bank;
		const report = testWiseReport([{ file: 'quizzes/fixture.json', bank }]);
		expect(report.banks[0]?.multiple).toBeNull();
		expect(report.banks[0]?.single?.longest).toBe(0.5);
		const text = formatTestWise(report);
		expect(text).toContain('fixture');
		expect(text).toMatch(/fixture\s+2\s+25\.0\s+50\.0 ✗/);
	});
});
