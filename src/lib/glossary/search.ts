/**
 * The glossary search: record shaping, the Fuse keys and options, the prebuilt index, and the
 * searcher that puts Fuse, the ranking (rank.ts), the highlights (highlight.ts) and the
 * suggestions (suggest.ts) together. Pure: no DOM, no clock, no randomness.
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: `buildIndexData` runs at build time
 * (src/pages/glossary/index.json.ts), `createSearcher` runs in the browser, loaded lazily by
 * <fd-glossary-search> on first use together with Fuse.
 *
 * How a query is answered:
 * 1. The query and every name go through the same `normalizeForSearch` (normalize.ts).
 * 2. Fuse decides which terms match by name, reading or alias (Bitap, `ignoreLocation`, typos up
 *    to `SEARCH_THRESHOLD`). Definitions are matched as exact (normalised) substrings: fuzzy
 *    matching of definitions found only noise.
 * 3. `rank` and `byRank` (rank.ts) order them by tier, typos and name length; Fuse's score
 *    breaks ties.
 * 4. Highlights are found again on each displayed string, in the original text (highlight.ts).
 *
 * Only Fuse's public API is used (createIndex, toJSON, parseIndex, search). Fuse scans every name
 * on every keystroke: about 1,300 names at ~140 terms, a millisecond or two (`node
 * scripts/bench-glossary.ts`), growing with the glossary. Should that become too slow, move the
 * search to a Web Worker or to an index-based library (uFuzzy, MiniSearch) rather than speeding
 * Fuse up from the outside.
 */
import Fuse from 'fuse.js/basic';
import type { FuseIndex, FuseOptionKeyObject, IFuseOptions } from 'fuse.js/basic';
import type { Category, Term } from '../../schemas/glossary.ts';
import { definitionText } from './definition.ts';
import { highlightRanges, type Range } from './highlight.ts';
import { normalizeForSearch } from './normalize.ts';
import { byRank, NAME_KEYS, rank, rankDefinition, TIER, type Ranked } from './rank.ts';
import { suggestFrom, SUGGEST_THRESHOLD } from './suggest.ts';
import { firstWithinWords, prepareText, spansWords, type PreparedText } from './words.ts';

export { splitByRanges, type Range } from './highlight.ts';

/** One term as the browser receives it: what a result shows, plus what it is searched by. */
export interface GlossaryRecord {
	id: string;
	en: string;
	ja: string;
	/** Hiragana reading of `ja`; '' when `ja` has no kanji or katakana. */
	reading: string;
	aliases: string[];
	definition: string;
	category: Category;
}

/** Shapes a glossary entry (id + frontmatter) into a search record. */
export function toGlossaryRecord(id: string, term: Term): GlossaryRecord {
	return {
		id,
		en: term.en,
		ja: term.ja,
		reading: term.reading ?? '',
		aliases: [...term.aliases],
		definition: definitionText(term.definition),
		category: term.category,
	};
}

/**
 * The reading and the aliases of a term, normalised, with '' for each one whose normalised form
 * another name of the term has already (a katakana name's reading, "ECS" beside "Amazon ECS"'s
 * alias "ecs"): Fuse skips blank strings, so it scans ~250 fewer names on every keystroke, and
 * keeps the position of the others (`refIndex` still points into `aliases`). A duplicate would
 * only ever match where its twin matches.
 */
function distinctNames(r: GlossaryRecord): { reading: string; aliases: string[] } {
	const seen = new Set([normalizeForSearch(r.ja), normalizeForSearch(r.en)]);
	const fresh = (name: string) => {
		const n = normalizeForSearch(name);
		if (seen.has(n)) return '';
		seen.add(n);
		return n;
	};
	const reading = fresh(r.reading);
	return { reading, aliases: r.aliases.map(fresh) };
}

/**
 * Fuse keys, holding the NORMALISED names: `getFn` runs at build time (Fuse.createIndex) and
 * the index stores its output, so the records stay as authored and nothing is normalised twice.
 * The two names weigh most, then the reading, then aliases (some are loose, e.g. "ロール").
 * The definition is not a Fuse key: see `createSearcher`.
 */
export const FUSE_KEYS: FuseOptionKeyObject<GlossaryRecord>[] = [
	{ name: 'ja', weight: 3, getFn: (r) => normalizeForSearch(r.ja) },
	{ name: 'en', weight: 3, getFn: (r) => normalizeForSearch(r.en) },
	{ name: 'reading', weight: 2.5, getFn: (r) => distinctNames(r).reading },
	{ name: 'aliases', weight: 2, getFn: (r) => distinctNames(r).aliases },
];

/**
 * Share of a query that may be wrong (Fuse `threshold`: errors ÷ query length). 0.3 lets
 * "fargte" (1 of 6) and "secuirty group" (2 of 13) through while a 3-letter query such as "alb"
 * must match exactly, which keeps short abbreviations precise. Pinned by search.test.ts.
 */
export const SEARCH_THRESHOLD = 0.3;

/** Fuse options; `keys` are the same at build time and in the browser. */
export const FUSE_OPTIONS: IFuseOptions<GlossaryRecord> = {
	keys: FUSE_KEYS,
	threshold: SEARCH_THRESHOLD,
	// Match anywhere in a key: a term is as relevant when the query is at the end of its name.
	ignoreLocation: true,
	// Normalised keys have no spaces, so the field-length norm would be 1 for every key anyway
	// (ranking by length is done in rank.ts).
	ignoreFieldNorm: true,
	// Keys and query are lower-cased by the normalisation already: skip Fuse's per-key toLowerCase().
	isCaseSensitive: true,
	includeMatches: true,
	includeScore: true,
	shouldSort: false,
};

/** What /glossary/index.json holds: the records and Fuse's serialised index over them. */
export interface GlossaryIndexData {
	records: GlossaryRecord[];
	index: ReturnType<FuseIndex<GlossaryRecord>['toJSON']>;
}

/** Builds the index data at build time (records in the given order). */
export function buildIndexData(records: readonly GlossaryRecord[]): GlossaryIndexData {
	return { records: [...records], index: Fuse.createIndex(FUSE_KEYS, records).toJSON() };
}

/** One search result, with the parts to mark in each displayed string. */
export interface SearchHit {
	record: GlossaryRecord;
	/** Ranking tier, 0 best (see rank.ts). */
	tier: number;
	marks: { ja: Range[]; en: Range[]; definition: Range[] };
	/**
	 * The alias or reading the term was found by, when the match does not show in either name
	 * (the query "SG" finds "セキュリティグループ" through its alias "SG").
	 */
	via?: { text: string; marks: Range[] } | undefined;
}

export interface SearchResults {
	/** Number of matching terms (after the category filter), before `limit`. */
	total: number;
	hits: SearchHit[];
}

export interface GlossarySearcher {
	/** Best match first; `limit` caps `hits`, not `total`. An empty query finds nothing. */
	search(query: string, limit?: number, category?: Category): SearchResults;
	/** Closest terms for a query that found nothing (looser typo tolerance), best first. */
	suggest(query: string, limit?: number): GlossaryRecord[];
}

/** A ranked term → what the list shows, marks included. */
function toHit(r: Ranked, q: string, acrossWords: boolean, definition: PreparedText): SearchHit {
	const record = r.result.item;
	const fuzzy = r.tier === TIER.fuzzyName;
	// A term found only across words shows where, in its names; definitions follow the query.
	const namesAcross = acrossWords || r.tier === TIER.acrossWords;
	const via = r.via && (r.via.key === 'reading' ? record.reading : record.aliases[r.via.idx]);
	return {
		record,
		tier: r.tier,
		marks: {
			ja: highlightRanges(record.ja, q, fuzzy, namesAcross),
			en: highlightRanges(record.en, q, fuzzy, namesAcross),
			definition: highlightRanges(record.definition, q, false, acrossWords, definition),
		},
		via: via ? { text: via, marks: highlightRanges(via, q, true, namesAcross) } : undefined,
	};
}

/** Loads the prebuilt index (no re-indexing in the browser) and returns the search functions. */
export function createSearcher(data: GlossaryIndexData): GlossarySearcher {
	const { records } = data;
	const index = Fuse.parseIndex<GlossaryRecord>(data.index);
	const fuse = new Fuse(records, FUSE_OPTIONS, index);
	const loose = new Fuse(records, { ...FUSE_OPTIONS, threshold: SUGGEST_THRESHOLD }, index);
	// Definitions are searched as plain substrings of their normalised form, and a match must stay
	// within a word unless the query spans words: both prepared once, with the index.
	const definitions = records.map((r) => prepareText(r.definition));
	const definitionOf = (i: number) => definitions[i] ?? prepareText('');
	return {
		search(query, limit = 20, category) {
			const q = normalizeForSearch(query);
			if (!q) return { total: 0, hits: [] };
			const acrossWords = spansWords(query);
			const inCategory = (r: GlossaryRecord) => !category || r.category === category;
			// One character says little: list the terms with a name that starts with it (as a printed
			// index would), not every term that contains it anywhere.
			const oneChar = q.length === 1;
			const ranked = fuse
				.search(q)
				.filter(
					(r) =>
						inCategory(r.item) &&
						(!oneChar ||
							(r.matches ?? []).some((m) => NAME_KEYS.has(m.key ?? '') && m.value?.startsWith(q))),
				)
				.map((r) => rank(r, q, acrossWords));
			if (!oneChar) {
				const found = new Set(ranked.map((r) => r.result.refIndex));
				records.forEach((record, i) => {
					const { n, starts } = definitionOf(i);
					if (found.has(i) || !inCategory(record) || !n.text.includes(q)) return;
					const at = acrossWords ? n.text.indexOf(q) : firstWithinWords(n.text, q, starts);
					// -1: only across words, "SG" in "AWS Graviton".
					if (at !== -1) ranked.push(rankDefinition(record, i, q, at));
				});
			}
			ranked.sort(byRank(q.length));
			return {
				total: ranked.length,
				hits: ranked
					.slice(0, Math.max(0, limit))
					.map((r) => toHit(r, q, acrossWords, definitionOf(r.result.refIndex))),
			};
		},
		suggest(query, limit = 3) {
			const q = normalizeForSearch(query);
			return q ? suggestFrom(loose.search(q), q, limit) : [];
		},
	};
}
