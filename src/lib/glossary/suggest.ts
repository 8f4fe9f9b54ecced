/**
 * "もしかして" suggestions for a query that found nothing: a looser Fuse search keeps the terms
 * with a name somewhat like the query, and this picks those whose WHOLE name is close to the
 * whole query ("fergit" suggests "Fargate", not "Fargate Pod", whose alias merely contains
 * something like it).
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE (see search.ts).
 */
import type { FuseResult } from 'fuse.js/basic';
import { editDistance } from './distance.ts';
import { NAME_KEYS } from './rank.ts';
import type { GlossaryRecord } from './search.ts';

/** Fuse `threshold` of the looser search behind suggestions (the search itself uses 0.3). */
export const SUGGEST_THRESHOLD = 0.55;
/** Largest share of a name that may differ from the query for the name to be suggested. */
export const SUGGEST_MAX_DISTANCE = 0.5;

/** Edit distance between two strings ÷ the longer one's length: 0 same, 1 nothing in common. */
export function closeness(a: string, b: string): number {
	const longer = Math.max(a.length, b.length);
	return longer === 0 ? 0 : editDistance(a, b) / longer;
}

/**
 * The `limit` terms of `results` (the looser Fuse search for the normalised query `q`) whose
 * closest matched name is within `SUGGEST_MAX_DISTANCE` of `q`, closest first, then in index order.
 */
export function suggestFrom(
	results: readonly FuseResult<GlossaryRecord>[],
	q: string,
	limit: number,
): GlossaryRecord[] {
	return results
		.map((r) => ({
			item: r.item,
			refIndex: r.refIndex,
			distance: Math.min(
				1,
				...(r.matches ?? [])
					.filter((m) => NAME_KEYS.has(m.key ?? '') && m.value)
					.map((m) => closeness(q, m.value ?? '')),
			),
		}))
		.filter((r) => r.distance <= SUGGEST_MAX_DISTANCE)
		.sort((a, b) => a.distance - b.distance || a.refIndex - b.refIndex)
		.slice(0, Math.max(0, limit))
		.map((r) => r.item);
}
