import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { approximateMatch, editDistance } from './distance.ts';

describe('approximateMatch', () => {
	it.each([
		['fargte', 'awsfargate', 1, { start: 3, end: 10, distance: 1 }],
		['abc', 'xxabcxx', 0, { start: 2, end: 5, distance: 0 }],
		['kubernets', 'kubernetes', 2, { start: 0, end: 10, distance: 1 }],
		['abc', 'xxxx', 1, undefined],
		['', 'abc', 1, undefined],
		['abc', '', 3, undefined],
	])('%j in %j (≤ %i errors)', (p, t, k, expected) => {
		expect(approximateMatch(p, t, k)).toEqual(expected);
	});

	// A small alphabet makes near-matches, the interesting case, common.
	const word = (minLength: number) =>
		fc
			.array(fc.constantFrom('a', 'b', 'c', 'く', 'ら'), { minLength, maxLength: 20 })
			.map((c) => c.join(''));

	it('gives the smallest edit distance of any substring, and the substring it is of', () => {
		fc.assert(
			fc.property(word(1), word(1), (p, t) => {
				const m = approximateMatch(p, t, p.length);
				expect(m).toBeDefined();
				if (!m) return;
				expect(editDistance(p, t.slice(m.start, m.end))).toBe(m.distance);
				for (let s = 0; s < t.length; s++)
					for (let e = s + 1; e <= t.length; e++)
						expect(editDistance(p, t.slice(s, e))).toBeGreaterThanOrEqual(m.distance);
			}),
			{ numRuns: 300 },
		);
	});
});

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['abc', '', 3],
		['kitten', 'sitting', 3],
		['fergit', 'fargate', 3],
		['くらすた', 'くらすた', 0],
	])('%j ↔ %j = %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
		expect(editDistance(b, a)).toBe(d);
	});
});
