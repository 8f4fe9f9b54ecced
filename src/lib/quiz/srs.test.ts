import { describe, expect, it } from 'vitest';
import { dueIds, gradeCard, isDue, isStoredCard } from './srs.ts';

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const DAY = 86_400_000;

describe('spaced repetition of missed questions', () => {
	it('creates a card only for a miss and schedules it', () => {
		expect(gradeCard(undefined, true, NOW)).toBeUndefined();
		const card = gradeCard(undefined, false, NOW)!;
		expect(isStoredCard(card)).toBe(true);
		expect(card.lapses + card.reps).toBeGreaterThan(0);
		expect(isDue(card, NOW + DAY)).toBe(true);
	});
	it('a right answer pushes the next review further out than a wrong one', () => {
		const missed = gradeCard(undefined, false, NOW)!;
		const later = NOW + DAY;
		const good = gradeCard(missed, true, later)!;
		const again = gradeCard(missed, false, later)!;
		expect(Date.parse(good.due)).toBeGreaterThan(Date.parse(again.due));
		expect(JSON.parse(JSON.stringify(good))).toEqual(good);
	});
	it('lists due cards, most overdue first', () => {
		const a = gradeCard(undefined, false, NOW)!;
		const b = gradeCard(undefined, false, NOW + 1000)!;
		const far = { ...a, due: new Date(NOW + 30 * DAY).toISOString() };
		expect(dueIds({ b, a, far }, NOW + 2 * DAY)).toEqual(['a', 'b']);
	});
	it('rejects malformed cards', () => {
		expect(isStoredCard({ due: 'nope' })).toBe(false);
		expect(isStoredCard(null)).toBe(false);
		expect(isStoredCard({ ...gradeCard(undefined, false, NOW)!, reps: 'x' })).toBe(false);
	});
});
