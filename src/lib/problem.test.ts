import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, sortProblems } from './problem.ts';

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
