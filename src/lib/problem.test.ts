import { describe, expect, it } from 'vitest';
import { closest, editDistance, formatPath, formatProblem, sortProblems } from './problem.ts';

describe('formatPath', () => {
	it.each([
		[[], ''],
		[['id'], 'id'],
		[['questions', 3, 'options', 1, 'text'], 'questions[3].options[1].text'],
		[[0, 'a'], '[0].a'],
	] as const)('%j → %s', (path, expected) => {
		expect(formatPath(path)).toBe(expected);
	});
});

describe('formatProblem', () => {
	it('joins file, item and field', () => {
		expect(
			formatProblem({
				file: 'quizzes/a.json',
				item: 'q-1',
				field: 'options',
				message: '直してください',
			}),
		).toBe('quizzes/a.json › q-1 › options: 直してください');
	});
	it('leaves out what is missing', () => {
		expect(formatProblem({ file: 'quizzes/a.json', message: 'm' })).toBe('quizzes/a.json: m');
	});
});

describe('sortProblems', () => {
	it('orders by file, item, field', () => {
		const sorted = sortProblems([
			{ file: 'b', message: '1' },
			{ file: 'a', item: 'z', message: '2' },
			{ file: 'a', item: 'b', field: 'y', message: '3' },
			{ file: 'a', item: 'b', field: 'x', message: '4' },
		]);
		expect(sorted.map((p) => p.message)).toEqual(['4', '3', '2', '1']);
	});
});

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['abc', '', 3],
		['explaination', 'explanation', 1],
		['lesosns', 'lessons', 1], // one transposition
		['pinned', 'pin', 3],
		['kitten', 'sitting', 3],
		['タスクロール', 'タスク ロール', 1],
	] as const)('%s → %s = %d', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
		expect(editDistance(b, a)).toBe(d);
	});
});

describe('closest', () => {
	const FIELDS = ['id', 'text', 'correct', 'explanation', 'pin'];
	it.each([
		['explaination', 'explanation'], // typo
		['Explanation', 'explanation'], // case
		['pinned', 'pin'], // prefix
		['expl', 'explanation'], // prefix
		['corect', 'correct'],
		['is_correct', 'correct'], // folded: iscorrect, distance 2
		['txt', 'text'],
		['answer', 'correct'], // alias
		['reviewer', undefined], // nothing close: no guess
		['pi', 'pin'], // one edit
		['x', undefined], // two edits from `id`: too far for a 2-letter name
	] as const)('%s → %s', (input, meant) => {
		expect(closest(input, FIELDS, { answer: 'correct' })).toBe(meant);
	});
	it('ignores an alias whose target is not a candidate, and prefers the smaller distance', () => {
		expect(closest('answer', FIELDS, { answer: 'options' })).toBeUndefined();
		expect(closest('lesson', ['lessons', 'lesson-plan'])).toBe('lessons');
		expect(closest('securty', ['networking', 'security', 'storage'])).toBe('security');
	});
});
