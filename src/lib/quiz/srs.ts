/**
 * Spaced repetition of missed questions with ts-fsrs. A card is created the first time a
 * question is answered wrong; every later answer to that question grades the card
 * (wrong → Again, right → Good). Pure: `now` is passed in. Cards are stored as JSON, so dates
 * travel as ISO strings.
 */
import { createEmptyCard, fsrs, Rating, State, type Card } from 'ts-fsrs';
import type { StoredCard } from './card.ts';

// The stored card's type and guard live in card.ts, without ts-fsrs, so pages that only read
// history (学習状況) do not download the scheduler.
export { isStoredCard, type StoredCard } from './card.ts';

const scheduler = fsrs({ enable_fuzz: false });

function toStored(card: Card): StoredCard {
	return {
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		// Deprecated in ts-fsrs 5 but still part of its Card type; kept so a stored card round-trips.
		// eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
		elapsed_days: card['elapsed_days'],
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
	};
}

/** ts-fsrs's card states by their stored number. */
const STATES = new Map<number, State>(
	[State.New, State.Learning, State.Review, State.Relearning].map((st) => [st, st]),
);

/** ts-fsrs's State for a stored number; a number it never writes starts the card over as New. */
function toState(n: number): State {
	return STATES.get(n) ?? State.New;
}

function fromStored(card: StoredCard): Card {
	const { due, state, last_review, ...numbers } = card;
	return {
		...numbers,
		due: new Date(due),
		state: toState(state),
		last_review: last_review ? new Date(last_review) : undefined,
	} as Card;
}

/**
 * The card after an answer, or undefined when no card is needed (a right answer to a question
 * that was never missed).
 */
export function gradeCard(
	card: StoredCard | undefined,
	correct: boolean,
	now: number,
): StoredCard | undefined {
	if (!card && correct) return undefined;
	const base = card ? fromStored(card) : createEmptyCard(new Date(now));
	const { card: next } = scheduler.next(base, new Date(now), correct ? Rating.Good : Rating.Again);
	return toStored(next);
}

/** True when the card is due at `now`. */
export function isDue(card: StoredCard, now: number): boolean {
	return Date.parse(card.due) <= now;
}

/** Ids of the cards due at `now`, most overdue first. */
export function dueIds(cards: Readonly<Record<string, StoredCard>>, now: number): string[] {
	return Object.entries(cards)
		.filter(([, c]) => isDue(c, now))
		.sort((a, b) => Date.parse(a[1].due) - Date.parse(b[1].due))
		.map(([id]) => id);
}
