import { describe, expect, it } from 'vitest';
import { homeSummary } from './home.ts';
import { lessonSummary } from './summary.ts';

const NOW = Date.parse('2026-03-11T00:00:00Z');
const lessons = [
	{ slug: 'a', title: 'A' },
	{ slug: 'b', title: 'B' },
	{ slug: 'c', title: 'C' },
];
const card = (due: string) => ({ bankId: 'net', card: { due } });

describe('homeSummary', () => {
	it('is undefined without history, and for values it cannot read', () => {
		for (const bad of [null, 'x', [], { v: 2 }, { v: 1, done: [] }, 42])
			expect(homeSummary(bad, bad, lessons, NOW)).toBe(undefined);
	});
	it('counts lessons, the next one and due cards across banks', () => {
		expect(
			homeSummary(
				{ v: 1, done: { a: '2026-03-01', gone: '2026-03-02' } },
				{
					v: 1,
					attempts: [{}],
					cards: {
						q1: card('2026-03-10T00:00:00Z'),
						q2: card('2026-03-12T00:00:00Z'),
						q3: { bankId: 'ops', card: { due: '2026-03-11T00:00:00Z' } },
						q4: 'junk',
						q5: card('not a date'),
					},
				},
				lessons,
				NOW,
			),
		).toEqual({ done: 1, total: 3, next: { slug: 'b', title: 'B' }, due: 2 });
	});
	it('agrees with the dashboard on the next lesson', () => {
		for (const done of [
			{},
			{ a: '1' },
			{ b: '1' },
			{ c: '2', a: '1' },
			{ a: '1', b: '2', c: '3' },
		]) {
			const home = homeSummary({ v: 1, done }, { v: 1, attempts: [{}] }, lessons, NOW);
			expect(home?.next).toEqual(lessonSummary(lessons, done).next);
		}
	});
});
