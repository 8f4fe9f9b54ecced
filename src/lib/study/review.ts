/**
 * The cross-bank review (まとめて復習): one attempt record per bank for the questions answered
 * in it, so each bank's history and review counts see it as a review of that bank. Pure.
 * Only answered questions are recorded: a question the learner never reached is not attempted.
 */
import type { Attempt } from '../quiz/history.ts';
import { scaledScore } from '../quiz/scoring.ts';

export interface ReviewAnswer {
	questionId: string;
	domain: string;
	chosen: string[];
	correct: boolean;
}

export function reviewAttempt(
	bank: { id: string; passingScore: number },
	answers: readonly ReviewAnswer[],
	startedAt: number,
	now: number,
): Attempt {
	const correct = answers.filter((a) => a.correct).length;
	const domains = new Map<string, { correct: number; total: number }>();
	for (const a of answers) {
		const d = domains.get(a.domain) ?? { correct: 0, total: 0 };
		d.total += 1;
		if (a.correct) d.correct += 1;
		domains.set(a.domain, d);
	}
	const scaled = scaledScore(correct, answers.length);
	return {
		id: `${bank.id}:${startedAt}:due-all`,
		bankId: bank.id,
		mode: 'review',
		seed: 'due-all',
		startedAt,
		finishedAt: now,
		timeUsedMs: Math.max(0, now - startedAt),
		correct,
		total: answers.length,
		scaled,
		passingScore: bank.passingScore,
		// A review is a drill: no verdict (src/lib/quiz/history.ts).
		passed: false,
		drill: true,
		unanswered: 0,
		byDomain: [...domains].map(([id, d]) => ({ id, ...d })),
		questions: answers.map((a) => ({
			id: a.questionId,
			chosen: [...a.chosen],
			correct: a.correct,
			answered: true,
			flagged: false,
		})),
	};
}
