import { describe, expect, it } from 'vitest';
import type { FuseResult } from 'fuse.js/basic';
import type { GlossaryRecord } from './search.ts';
import { closeness, suggestFrom } from './suggest.ts';

const term = (id: string): GlossaryRecord => ({
	id,
	en: id,
	ja: id,
	reading: '',
	aliases: [],
	definition: '',
	category: 'ecs-core',
});

/** A Fuse result whose matched keys hold the given normalised values. */
const result = (refIndex: number, matches: [key: string, value: string][]) =>
	({
		item: term(`t${refIndex}`),
		refIndex,
		matches: matches.map(([key, value]) => ({ key, value, indices: [] })),
	}) satisfies FuseResult<GlossaryRecord>;

describe('closeness', () => {
	it.each([
		['fargate', 'fargate', 0],
		['fergit', 'fargate', 3 / 7],
		['abc', 'xyz', 1],
		['', '', 0],
	])('%j ↔ %j = %d', (a, b, expected) => {
		expect(closeness(a, b)).toBeCloseTo(expected);
	});
});

describe('suggestFrom', () => {
	it('keeps the terms with a whole name within half of the query, closest first', () => {
		const results = [
			result(0, [['en', 'fargatepod']]), // 6 edits of 10: too far
			result(1, [['en', 'fargate']]), // 3 of 7
			result(2, [
				['ja', 'xxxxxxx'],
				['aliases', 'fergit'], // exact: the closest name counts
			]),
			result(3, [['en', 'forgit']]), // 1 of 6
		];
		expect(suggestFrom(results, 'fergit', 3).map((r) => r.id)).toEqual(['t2', 't3', 't1']);
		expect(suggestFrom(results, 'fergit', 1).map((r) => r.id)).toEqual(['t2']);
		expect(suggestFrom(results, 'fergit', 0)).toEqual([]);
	});

	it('ignores keys that are not names, and breaks ties by index order', () => {
		const results = [
			result(4, [['en', 'forgit']]),
			result(3, [['definition', 'fergit']]),
			result(2, [['en', 'fergot']]),
		];
		expect(suggestFrom(results, 'fergit', 3).map((r) => r.id)).toEqual(['t2', 't4']);
	});
});
