/**
 * Builders of stored quiz data for unit tests (never imported by the site): a valid v2 attempt
 * and a stored FSRS card with every field set, so a test states only what it is about.
 */
import type { Attempt } from './history.ts';
import type { StoredCard } from './card.ts';

/** A finished practice attempt of one answered, correct question; override what matters. */
export function attemptOf(fields: Partial<Attempt> = {}): Attempt {
	const finishedAt = fields.finishedAt ?? 10;
	return {
		id: 'a',
		bankId: 'net',
		mode: 'practice',
		seed: 's',
		startedAt: finishedAt - 1,
		finishedAt,
		timeUsedMs: 1,
		correct: 1,
		total: 1,
		scaled: 1000,
		passingScore: 720,
		passed: true,
		drill: false,
		unanswered: 0,
		byDomain: [],
		questions: [{ id: 'q1', chosen: ['a'], correct: true, answered: true, flagged: false }],
		...fields,
	};
}

/** A card reviewed once, due 2026-03-10; override what matters. */
export function storedCardOf(fields: Partial<StoredCard> = {}): StoredCard {
	return {
		due: '2026-03-10T00:00:00.000Z',
		stability: 1,
		difficulty: 5,
		elapsed_days: 0,
		scheduled_days: 1,
		learning_steps: 0,
		reps: 1,
		lapses: 0,
		state: 1,
		...fields,
	};
}
