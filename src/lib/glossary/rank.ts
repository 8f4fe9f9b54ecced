/**
 * The order of results. Fuse decides WHICH terms match; this decides their order, because Fuse's
 * own score cannot: the normalisation removes spaces, so every key is one "word" and Fuse's
 * field-length norm no longer prefers "ecs" over "ecsexec". Fuse's score only breaks ties.
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE (see search.ts).
 */
import type { FuseResult } from 'fuse.js/basic';
import { approximateMatch } from './distance.ts';
import type { GlossaryRecord } from './search.ts';
import { firstWithinWords, prepareText } from './words.ts';

/**
 * Tiers, best first: a whole-name match beats a prefix match, which beats a substring, which
 * beats a typo match in a name, which beats a substring straddling two words ("SG" in
 * "AWS Graviton"), which beats a match in the definition only.
 */
export const TIER = {
	exact: 0,
	prefix: 1,
	contains: 2,
	fuzzyName: 3,
	acrossWords: 4,
	definition: 5,
} as const;

/** The keys a term is known by (the Fuse keys); the definition is not one. */
export const NAME_KEYS: ReadonlySet<string> = new Set(['ja', 'en', 'reading', 'aliases']);

/** A matching term and what places it. */
export interface Ranked {
	/** Fuse's result, or one made for a definition-only match (no score, no matches). */
	result: FuseResult<GlossaryRecord>;
	tier: number;
	/** Fewest errors in a matching name (0 exact); the query's length when only the definition matched. */
	typos: number;
	/** Length of the best-matching name, to prefer "fargate" over "fargatespot"; none for definitions. */
	nameLength?: number | undefined;
	/** Where the query starts in the normalised definition, for definition-only matches. */
	definitionAt: number;
	/** The reading or alias that explains the match better than either displayed name does. */
	via?: { key: 'reading' | 'aliases'; idx: number } | undefined;
}

/** The original text of a matched key, to look at its word boundaries. */
function originalOf(record: GlossaryRecord, key: string, refIndex: number | undefined): string {
	if (key === 'aliases') return record.aliases[refIndex ?? 0] ?? '';
	return key === 'ja' || key === 'en' || key === 'reading' ? record[key] : '';
}

/** Tier of one normalised name that Fuse matched with the normalised query `q`. */
function tierOf(value: string, q: string, original: string, acrossWords: boolean): number {
	if (value === q) return TIER.exact;
	if (value.startsWith(q)) return TIER.prefix;
	if (!value.includes(q)) return TIER.fuzzyName;
	const withinWords =
		acrossWords || firstWithinWords(value, q, prepareText(original).starts) !== -1;
	return withinWords ? TIER.contains : TIER.acrossWords;
}

/**
 * Fuse's name matches of one term → its rank. Unless the raw query `acrossWords`
 * (`spansWords`), a substring that occurs only across two words of a name ranks below typos.
 */
export function rank(result: FuseResult<GlossaryRecord>, q: string, acrossWords: boolean): Ranked {
	let tier: number = TIER.definition;
	let typos = q.length;
	let nameLength: number | undefined;
	let shown: number = TIER.definition; // best tier among ja/en, the names a result shows
	let via: (Ranked['via'] & { tier: number }) | undefined;
	for (const m of result.matches ?? []) {
		const value = m.value ?? '';
		const key = m.key ?? '';
		if (!NAME_KEYS.has(key)) continue;
		const t = tierOf(value, q, originalOf(result.item, key, m.refIndex), acrossWords);
		// Fuse gives one score per term; the typo count of this name is measured here.
		const errors =
			t === TIER.fuzzyName ? (approximateMatch(q, value, q.length)?.distance ?? q.length) : 0;
		if (
			t < tier ||
			(t === tier &&
				(errors < typos || (errors === typos && value.length < (nameLength ?? Infinity))))
		) {
			typos = errors;
			nameLength = value.length;
		}
		if (key === 'ja' || key === 'en') shown = Math.min(shown, t);
		else if (!via || t < via.tier)
			via = { key: key === 'reading' ? 'reading' : 'aliases', idx: m.refIndex ?? 0, tier: t };
		tier = Math.min(tier, t);
	}
	// Only say "found by alias" when the alias explains the match better than the names do.
	return {
		result,
		tier,
		typos,
		nameLength,
		definitionAt: 0,
		via: via && via.tier < shown ? { key: via.key, idx: via.idx } : undefined,
	};
}

/** The rank of a term found only in its definition, where the query first occurs at `at`. */
export function rankDefinition(
	record: GlossaryRecord,
	refIndex: number,
	q: string,
	at: number,
): Ranked {
	return {
		result: { item: record, refIndex, matches: [] },
		tier: TIER.definition,
		typos: q.length,
		definitionAt: at,
	};
}

/**
 * Order of results for a normalised query of `queryLength` units: tier; then the fewest typos in
 * a name; then the name whose length is closest to the query ("fargte" → "fargate" before
 * "fargatespot"; on an equal gap the shorter, as a longer one is usually a compound term); then,
 * for definition-only matches, the earliest mention; then Fuse's score, which rewards matching
 * in several keys; then index order, so equal input gives equal output.
 */
export function byRank(queryLength: number): (a: Ranked, b: Ranked) => number {
	const gap = (r: Ranked) =>
		r.nameLength === undefined
			? 0
			: Math.abs(r.nameLength - queryLength) * 2 + (r.nameLength > queryLength ? 1 : 0);
	return (a, b) =>
		a.tier - b.tier ||
		a.typos - b.typos ||
		gap(a) - gap(b) ||
		a.definitionAt - b.definitionAt ||
		(a.result.score ?? 1) - (b.result.score ?? 1) ||
		a.result.refIndex - b.result.refIndex;
}
