import { describe, expect, it } from 'vitest';
import { reviewAttempt } from './review.ts';
import { isAttempt } from '../quiz/history.ts';

describe('reviewAttempt', () => {
	it('records only the answered questions of one bank, as a valid review attempt', () => {
		const a = reviewAttempt(
			{ id: 'net', passingScore: 720 },
			[
				{ questionId: 'n1', domain: 'secure', chosen: ['a'], correct: true },
				{ questionId: 'n2', domain: 'cost', chosen: ['b'], correct: false },
			],
			1000,
			61_000,
		);
		expect(isAttempt(a)).toBe(true);
		expect(a).toMatchObject({
			id: 'net:1000:due-all',
			mode: 'review',
			correct: 1,
			total: 2,
			timeUsedMs: 60_000,
			byDomain: [
				{ id: 'secure', correct: 1, total: 1 },
				{ id: 'cost', correct: 0, total: 1 },
			],
		});
		expect(a.questions.map((q) => q.id)).toEqual(['n1', 'n2']);
	});
});
