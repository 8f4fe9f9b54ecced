/**
 * A spaced-repetition card as stored in JSON, and its guard. No ts-fsrs import here: code that
 * only reads stored history (the dashboard) must not pull the scheduler (src/lib/quiz/srs.ts).
 */

/** A card as stored in JSON. */
export interface StoredCard {
	due: string;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: number;
	last_review?: string | undefined;
}

/** Validates a parsed value as a stored card (for data read back from storage). */
export function isStoredCard(value: unknown): value is StoredCard {
	if (typeof value !== 'object' || value === null) return false;
	const c = value as Record<string, unknown>;
	const num = (k: string) => typeof c[k] === 'number' && Number.isFinite(c[k]);
	return (
		typeof c['due'] === 'string' &&
		!Number.isNaN(Date.parse(c['due'])) &&
		[
			'stability',
			'difficulty',
			'elapsed_days',
			'scheduled_days',
			'learning_steps',
			'reps',
			'lapses',
			'state',
		].every(num) &&
		(c['last_review'] === undefined ||
			(typeof c['last_review'] === 'string' && !Number.isNaN(Date.parse(c['last_review']))))
	);
}
