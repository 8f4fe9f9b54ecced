import { describe, expect, it } from 'vitest';
import { drawByBlueprint, SAA_C03_BLUEPRINT } from './draw.ts';

const DOMAINS = ['secure', 'resilient', 'performant', 'cost-optimized'];
const bank = (prefix: string, n: number) =>
	Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, domain: DOMAINS[i % 4]! }));
const all = [...bank('a', 120), ...bank('b', 80), ...bank('c', 40)];
const count = (qs: { domain: string }[]) =>
	Object.fromEntries(DOMAINS.map((d) => [d, qs.filter((q) => q.domain === d).length]));

describe('comprehensive draw', () => {
	it('matches the SAA-C03 weights: 20 / 17 / 15 / 13 of 65', () => {
		const drawn = drawByBlueprint(all, SAA_C03_BLUEPRINT, 'x');
		expect(drawn).toHaveLength(65);
		expect(count(drawn)).toEqual({
			secure: 20,
			resilient: 17,
			performant: 15,
			'cost-optimized': 13,
		});
	});
	it('same seed, same set; another seed, another set; no duplicates', () => {
		const ids = (seed: string) => drawByBlueprint(all, SAA_C03_BLUEPRINT, seed).map((q) => q.id);
		expect(ids('s1')).toEqual(ids('s1'));
		expect(ids('s1')).not.toEqual(ids('s2'));
		for (const seed of ['s1', 's2', 's3']) expect(new Set(ids(seed)).size).toBe(65);
		// Independent of the order banks were loaded in.
		expect(drawByBlueprint([...all].reverse(), SAA_C03_BLUEPRINT, 's1').map((q) => q.id)).toEqual(
			ids('s1'),
		);
	});
	it('draws from every bank over a few seeds', () => {
		const prefixes = new Set(
			['1', '2', '3'].flatMap((s) =>
				drawByBlueprint(all, SAA_C03_BLUEPRINT, s).map((q) => q.id.split('-')[0]),
			),
		);
		expect(prefixes).toEqual(new Set(['a', 'b', 'c']));
	});
	it('fills a short domain from the others and ignores duplicate ids', () => {
		const short = [...bank('a', 120).filter((q) => q.domain !== 'secure'), ...bank('a', 8)];
		const drawn = drawByBlueprint(short, SAA_C03_BLUEPRINT, 'x');
		expect(drawn).toHaveLength(65);
		expect(new Set(drawn.map((q) => q.id)).size).toBe(65);
		expect(count(drawn)['secure']).toBe(2);
	});
});
