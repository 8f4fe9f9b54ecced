/**
 * The glossary search engine: record shaping, the Fuse keys and options, the prebuilt index, the
 * ranking and the highlight ranges. Pure: no DOM, no clock, no randomness.
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: `buildIndexData` runs at build time
 * (src/pages/glossary/index.json.ts), `createSearcher` runs in the browser, loaded lazily by
 * <fd-glossary-search> on first use together with Fuse.
 *
 * How a query is answered:
 * 1. The query and every key go through the same `normalizeForSearch`.
 * 2. Fuse (Bitap, `ignoreLocation`) finds candidates by name, reading or alias, allowing typos
 *    up to `threshold`; definitions are matched as exact (normalised) substrings. Fuzzy matching
 *    of definitions found only noise, and it cost ten times the rest (scripts/bench-glossary.ts).
 * 3. `rank` and `byRank` order them: a whole-key match beats a prefix match, which beats a
 *    substring, which beats a typo match in a name, which beats a substring straddling two words
 *    ("SG" in "AWS Graviton"), which beats a match in the definition only. Fuse's own score
 *    cannot do this: spaces are removed by the normalisation, so every key is one "word" and
 *    Fuse's field-length norm no longer prefers "ecs" over "ecsexec".
 * 4. Highlights are found again on each displayed string (see `highlightRanges`), in the
 *    original text, so marks land on "クラスター" even when the query was "くらすた".
 */
import Fuse from 'fuse.js/basic';
import type { FuseIndex, FuseOptionKeyObject, FuseResult, IFuseOptions } from 'fuse.js/basic';
import type { Category, Term } from '../../schemas/glossary.ts';
import { normalizeForSearch, normalizeWithOffsets, type NormalizedText } from './normalize.ts';

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
		definition: term.definition,
		category: term.category,
	};
}

/** Fuse keys (the names a term is known by); also the keys that count as a name in ranking. */
type NameKey = 'ja' | 'en' | 'reading' | 'aliases';
const NAME_KEYS: ReadonlySet<string> = new Set<NameKey>(['ja', 'en', 'reading', 'aliases']);

/**
 * Fuse keys, holding the NORMALISED names: `getFn` runs at build time (Fuse.createIndex) and
 * the index stores its output, so the records stay as authored and nothing is normalised twice.
 * The two names weigh most, then the reading, then aliases (some are loose, e.g. "ロール").
 * The definition is not a Fuse key: see `createSearcher`.
 */
export const FUSE_KEYS: FuseOptionKeyObject<GlossaryRecord>[] = [
	{ name: 'ja', weight: 3, getFn: (r) => normalizeForSearch(r.ja) },
	{ name: 'en', weight: 3, getFn: (r) => normalizeForSearch(r.en) },
	{ name: 'reading', weight: 2.5, getFn: (r) => normalizeForSearch(r.reading) },
	{ name: 'aliases', weight: 2, getFn: (r) => r.aliases.map(normalizeForSearch) },
];

/**
 * Share of a query that may be wrong (Fuse `threshold`: errors ÷ query length). 0.3 lets
 * "fargte" (1 of 6) and "secuirty group" (2 of 13) through while a 3-letter query such as "alb"
 * must match exactly, which keeps short abbreviations precise. Pinned by search.test.ts.
 */
export const SEARCH_THRESHOLD = 0.3;
/** Looser threshold for "もしかして:" suggestions, used only when the search finds nothing. */
export const SUGGEST_THRESHOLD = 0.55;

/** Fuse options; `keys` are the same at build time and in the browser. */
export const FUSE_OPTIONS: IFuseOptions<GlossaryRecord> = {
	keys: FUSE_KEYS,
	threshold: SEARCH_THRESHOLD,
	// Match anywhere in a key: a term is as relevant when the query is at the end of its name.
	ignoreLocation: true,
	// Normalised keys have no spaces, so the field-length norm would be 1 for every key anyway
	// (ranking by length is done in `byRank`).
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

/** [start, end) in UTF-16 units of the original string; `end` is exclusive. */
export type Range = readonly [start: number, end: number];

/** One search result, with the parts to mark in each displayed string. */
export interface SearchHit {
	record: GlossaryRecord;
	/** Ranking tier, 0 best (see `rank`). */
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

/** Tiers, best first. */
const TIER = { exact: 0, prefix: 1, contains: 2, fuzzyName: 3, acrossWords: 4, definition: 5 } as const;

interface Ranked {
	result: FuseResult<GlossaryRecord>;
	tier: number;
	/** Best Bitap score among name matches (0 exact); 1 when only the definition matched. */
	nameScore: number;
	/** Length of the best-matching name key, to prefer "fargate" over "fargatespot" on a tie. */
	nameLength: number;
	/** Where the query starts in the normalised definition, for definition-only matches. */
	definitionAt: number;
	via?: { key: 'reading' | 'aliases'; idx: number; tier: number } | undefined;
}

/** The original text of a matched key, to look at its word boundaries. */
function originalOf(record: GlossaryRecord, key: string, refIndex: number | undefined): string {
	if (key === 'aliases') return record.aliases[refIndex ?? 0] ?? '';
	return key === 'ja' || key === 'en' || key === 'reading' ? record[key] : '';
}

/**
 * Fuse's name matches of one record → its rank. `withinWords(original, normalised)` says whether
 * `q` occurs in a key without straddling two of its words; left out when the query spans words.
 */
function rank(result: FuseResult<GlossaryRecord>, q: string, withinWords?: (original: string, normalized: string) => boolean): Ranked {
	let tier: number = TIER.definition;
	let nameScore = 1;
	let nameLength = Number.MAX_SAFE_INTEGER;
	let shown: number = TIER.definition; // best tier among ja/en, the names a result shows
	let via: Ranked['via'];
	for (const m of result.matches ?? []) {
		const value = m.value ?? '';
		const key = m.key ?? '';
		if (!NAME_KEYS.has(key)) continue;
		let t: number = value === q ? TIER.exact : value.startsWith(q) ? TIER.prefix : value.includes(q) ? TIER.contains : TIER.fuzzyName;
		if (t === TIER.contains && withinWords && !withinWords(originalOf(result.item, key, m.refIndex), value)) t = TIER.acrossWords;
		// Fuse gives one score per record; the typo count of this name is measured here.
		const score = t === TIER.fuzzyName ? (approximateMatch(q, value, q.length)?.distance ?? q.length) / q.length : 0;
		if (t < tier || (t === tier && (score < nameScore || (score === nameScore && value.length < nameLength)))) {
			nameScore = score;
			nameLength = value.length;
		}
		if (key === 'ja' || key === 'en') shown = Math.min(shown, t);
		else if (!via || t < via.tier) via = { key: key === 'reading' ? 'reading' : 'aliases', idx: m.refIndex ?? 0, tier: t };
		tier = Math.min(tier, t);
	}
	// Only say "found by alias" when the alias explains the match better than the names do.
	return { result, tier, nameScore, nameLength, definitionAt: 0, via: via && via.tier < shown ? via : undefined };
}

/**
 * Order of candidates: tier; then the fewest typos in a name; then the name whose length is
 * closest to the query ("fargte" → "fargate" before "fargatespot"); then, for definition-only
 * matches, the earliest mention; then Fuse's score (which rewards matching in several keys);
 * then index order, so equal input gives equal output.
 */
function byRank(q: string): (a: Ranked, b: Ranked) => number {
	// On an equal gap, a name shorter than the query wins: a longer one is usually a compound term.
	const lengthGap = (r: Ranked) => Math.abs(r.nameLength - q.length) * 2 + (r.nameLength > q.length ? 1 : 0);
	return (a, b) =>
		a.tier - b.tier ||
		a.nameScore - b.nameScore ||
		lengthGap(a) - lengthGap(b) ||
		a.definitionAt - b.definitionAt ||
		(a.result.score ?? 1) - (b.result.score ?? 1) ||
		a.result.refIndex - b.result.refIndex;
}

/** What the normalisation removes between words; a query containing one may match across words. */
const SEPARATOR = /[\s\p{P}\p{S}]/u;

/** Whether a raw query spans words ("task def", "CI/CD"), so its matches may too. */
export function spansWords(query: string): boolean {
	return SEPARATOR.test(query.trim());
}

/**
 * Where the normalised query `q` occurs in the normalised `text` (offsets into `n.text`).
 * Unless `acrossWords`, occurrences straddling a separator of `text` are left out: the
 * normalised form has no spaces, so "SG" would otherwise be found in "AW[S G]raviton".
 * A dropped long-vowel mark ("ロードバランサー") is not a separator.
 */
export function occurrences(text: string, q: string, acrossWords: boolean): { n: NormalizedText; at: number[] } {
	const n = normalizeWithOffsets(text);
	const at: number[] = [];
	if (!q) return { n, at };
	const starts = acrossWords ? [] : wordStartsOf(text, n);
	for (let i = n.text.indexOf(q); i !== -1; i = n.text.indexOf(q, i + 1)) {
		if (at.length > 0 && i < at.at(-1)! + q.length) continue; // overlapping
		if (!straddles(starts, i, i + q.length)) at.push(i);
	}
	return { n, at };
}

/** Offsets in the normalised `text` where a word begins after a removed separator. */
export function wordStarts(text: string): number[] {
	return wordStartsOf(text, normalizeWithOffsets(text));
}

function wordStartsOf(text: string, n: NormalizedText): number[] {
	const starts: number[] = [];
	for (let k = 1; k < n.text.length; k++) {
		if (n.starts[k]! > n.ends[k - 1]! && SEPARATOR.test(text.slice(n.ends[k - 1]!, n.starts[k]!))) starts.push(k);
	}
	return starts;
}

/** Whether [start, end) contains a word start other than `start` itself. */
function straddles(wordStarts: readonly number[], start: number, end: number): boolean {
	return wordStarts.some((w) => w > start && w < end);
}

/** First offset of `q` in `normalized` that stays within one word, or -1. */
function firstWithinWords(normalized: string, q: string, wordStarts: readonly number[]): number {
	for (let i = normalized.indexOf(q); i !== -1; i = normalized.indexOf(q, i + 1)) {
		if (!straddles(wordStarts, i, i + q.length)) return i;
	}
	return -1;
}

/**
 * Largest share of a query a highlight may get wrong: looser than nothing, stricter than the
 * search, so a mark never lands on an unrelated word.
 */
const HIGHLIGHT_ERROR_RATIO = 0.25;
/** Dropped by the normalisation after kana; a mark ending just before one is extended over it. */
const LONG_VOWEL_MARKS = 'ーｰ〜～';

/**
 * Where `normalizedQuery` occurs in `text`, as ranges of the ORIGINAL `text`. Every exact
 * occurrence (in the normalised form; within words unless `acrossWords`, see `occurrences`) is
 * marked; when there is none and `fuzzy` is set, the one
 * substring closest to the query (edit distance ≤ a quarter of its length, queries of 4+
 * characters) is marked instead, so "fargte" marks "Fargate".
 */
export function highlightRanges(text: string, normalizedQuery: string, fuzzy = false, acrossWords = true): Range[] {
	const q = normalizedQuery;
	if (!q || !text) return [];
	const { n, at } = occurrences(text, q, acrossWords);
	const found: [number, number][] = at.map((i) => [i, i + q.length]);
	if (found.length === 0 && fuzzy && q.length >= 4) {
		const best = approximateMatch(q, n.text, Math.floor(q.length * HIGHLIGHT_ERROR_RATIO));
		const trimmed = best && trimToPattern(q, n.text, best.start, best.end);
		if (trimmed) found.push(trimmed);
	}
	const ranges: [number, number][] = [];
	for (const [s, e] of found) {
		const start = n.starts[s]!;
		let end = n.ends[e - 1]!;
		// The long-vowel mark the normalisation dropped belongs to the word: "[クラスター]", not "[クラスタ]ー".
		const nextKept = e < n.starts.length ? n.starts[e]! : text.length;
		while (end < nextKept && LONG_VOWEL_MARKS.includes(text[end]!)) end++;
		const last = ranges.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else ranges.push([start, end]);
	}
	return ranges;
}

/**
 * The substring of `text` with the smallest edit distance to `pattern` (Sellers' algorithm: edit
 * distance where the match may start and end anywhere), if that distance ≤ `maxErrors`.
 * [start, end) in `text`; ties go to the leftmost start, then the longest.
 */
export function approximateMatch(
	pattern: string,
	text: string,
	maxErrors: number,
): { start: number; end: number; distance: number } | undefined {
	const m = pattern.length;
	if (m === 0) return undefined;
	// prev[i] / cur[i]: distance between pattern[0..i) and the best substring of text ending at
	// j-1 / j; startPrev / startCur: where that substring starts.
	let prev = Array.from({ length: m + 1 }, (_, i) => i);
	let startPrev = Array.from({ length: m + 1 }, () => 0);
	let best: { start: number; end: number; distance: number } | undefined;
	for (let j = 1; j <= text.length; j++) {
		const cur = [0];
		const startCur = [j];
		for (let i = 1; i <= m; i++) {
			const sub = prev[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
			const skipText = prev[i]! + 1;
			const skipPattern = cur[i - 1]! + 1;
			if (sub <= skipText && sub <= skipPattern) {
				cur[i] = sub;
				startCur[i] = startPrev[i - 1]!;
			} else if (skipPattern <= skipText) {
				cur[i] = skipPattern;
				startCur[i] = startCur[i - 1]!;
			} else {
				cur[i] = skipText;
				startCur[i] = startPrev[i]!;
			}
		}
		const d = cur[m]!;
		const start = startCur[m]!;
		// On a tie, the same start reaching further is the fuller match ("[Kubernetes]", not "[Kubernet]es").
		if (d <= maxErrors && (!best || d < best.distance || (d === best.distance && start === best.start))) best = { start, end: j, distance: d };
		prev = cur;
		startPrev = startCur;
	}
	return best;
}

/** Narrows [start, end) so it neither starts nor ends on a character absent from `pattern`. */
function trimToPattern(pattern: string, text: string, start: number, end: number): [number, number] | undefined {
	let s = start;
	let e = end;
	while (s < e && !pattern.includes(text[s]!)) s++;
	while (e > s && !pattern.includes(text[e - 1]!)) e--;
	return s < e ? [s, e] : undefined;
}

/** Splits `text` into plain and marked parts for rendering (ranges sorted, non-overlapping). */
export function splitByRanges(text: string, ranges: readonly Range[]): { text: string; mark: boolean }[] {
	const parts: { text: string; mark: boolean }[] = [];
	let at = 0;
	for (const [s, e] of ranges) {
		if (s > at) parts.push({ text: text.slice(at, s), mark: false });
		if (e > s) parts.push({ text: text.slice(s, e), mark: true });
		at = Math.max(at, e);
	}
	if (at < text.length) parts.push({ text: text.slice(at), mark: false });
	return parts;
}

function toHit(r: Ranked, q: string, acrossWords: boolean): SearchHit {
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
			definition: highlightRanges(record.definition, q, false, acrossWords),
		},
		via: via ? { text: via, marks: highlightRanges(via, q, true, namesAcross) } : undefined,
	};
}

/** Largest share of a name that may differ from the query for the name to be suggested. */
const SUGGEST_MAX_DISTANCE = 0.5;

/** Smallest edit distance between the query and a whole name key of the result, ÷ the longer. */
function closestName(result: FuseResult<GlossaryRecord>, q: string): number {
	let best = 1;
	for (const m of result.matches ?? []) {
		if (!NAME_KEYS.has(m.key ?? '') || !m.value) continue;
		best = Math.min(best, editDistance(q, m.value) / Math.max(q.length, m.value.length));
	}
	return best;
}

/** Levenshtein distance (insert, delete, substitute; each costs 1). */
export function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++) {
			cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		prev = cur;
	}
	return prev[b.length]!;
}

/**
 * Fuse search over only the terms that can match. Bitap scans every key of every term, which is
 * most of the time per keystroke at 10,000 terms. Fuse (with `ignoreLocation`) accepts a match
 * with k errors when k / m ≤ threshold, m being the query length. Two cheap filters prove that
 * most terms cannot match, so Fuse only scans the rest; the result is exactly Fuse over every
 * term (pinned by search.test.ts):
 * - bigrams (the q-gram lemma): each edit destroys at most two of the query's bigrams, so a
 *   term whose keys hold fewer than (distinct bigrams of the query − 2k) of them cannot match;
 *   an inverted index answers that by counting postings;
 * - characters, when the bigram bound says nothing (short queries, many errors): a term whose
 *   keys lack more than k of the query's characters cannot match (a 256-bit signature per term).
 */
export function prefilteredSearch(
	data: GlossaryIndexData,
	filters: SearchFilters,
	options: IFuseOptions<GlossaryRecord>,
	q: string,
	/** Only terms with a name that starts with `q` (used for one-character queries). */
	prefixOnly = false,
) {
	if (prefixOnly) {
		const passing = data.index.records.filter((record) =>
			Object.values(record.$ ?? {}).some((value) => (Array.isArray(value) ? value : [value]).some((sub) => sub.v.startsWith(q))),
		);
		return new Fuse(data.records, options, Fuse.parseIndex<GlossaryRecord>({ keys: data.index.keys, records: passing })).search(q);
	}
	const threshold = options.threshold ?? SEARCH_THRESHOLD;
	// Fuse's score is errors / m; a tiny epsilon keeps k a superset bound despite rounding.
	const maxErrors = Math.floor(threshold * q.length + 1e-9);
	const records = data.index.records;
	let passing = records;
	// Fuse splits patterns over 32 units into chunks scored separately: no shortcut there.
	if (q.length <= 32) {
		const qGrams = [...new Set(bigramsOf(q))];
		const needGrams = qGrams.length - 2 * maxErrors;
		if (needGrams > 0) {
			const counts = filters.counts;
			const touched: number[] = [];
			for (const g of qGrams) {
				for (const pos of filters.bigrams.get(g) ?? []) {
					if (counts[pos] === 0) touched.push(pos);
					counts[pos]! += 1;
				}
			}
			const keep: number[] = [];
			for (const pos of touched) {
				if (counts[pos]! >= needGrams) keep.push(pos);
				counts[pos] = 0;
			}
			keep.sort((a, b) => a - b);
			passing = keep.map((pos) => records[pos]!);
		} else {
			const need = q.length - maxErrors;
			if (need > 0) {
				const signatures = filters.signatures;
				passing = records.filter((_, pos) => {
					let present = 0;
					for (let j = 0; j < q.length; j++) {
						const b = q.charCodeAt(j) & SIGNATURE_MASK;
						if (signatures[pos * SIGNATURE_WORDS + (b >> 5)]! & (1 << (b & 31))) present++;
					}
					return present >= need;
				});
			}
		}
	}
	const index = Fuse.parseIndex<GlossaryRecord>({ keys: data.index.keys, records: passing });
	// Index records keep their position in `records`, so results point at the right term.
	return new Fuse(data.records, options, index).search(q);
}

/** Bits per term signature (8 × 32): more bits, fewer false candidates. */
const SIGNATURE_WORDS = 8;
const SIGNATURE_MASK = SIGNATURE_WORDS * 32 - 1;

/** What `prefilteredSearch` needs, built once when the index is loaded. */
export interface SearchFilters {
	/** Bigram → positions (in `data.index.records`) of the terms whose keys contain it. */
	bigrams: Map<string, number[]>;
	/** Character signature of each term: bit (UTF-16 unit mod 256) set for every unit of its keys. */
	signatures: Uint32Array;
	/** Scratch counters, one per term, kept at zero between searches. */
	counts: Uint16Array;
}

function bigramsOf(text: string): string[] {
	const out: string[] = [];
	for (let i = 0; i + 2 <= text.length; i++) out.push(text.slice(i, i + 2));
	return out;
}

/** Builds the filters from the prebuilt index's normalised keys. */
export function searchFilters(data: GlossaryIndexData): SearchFilters {
	const records = data.index.records;
	const signatures = new Uint32Array(records.length * SIGNATURE_WORDS);
	const bigrams = new Map<string, number[]>();
	records.forEach((record, pos) => {
		const seen = new Set<string>();
		for (const value of Object.values(record.$ ?? {})) {
			for (const sub of Array.isArray(value) ? value : [value]) {
				const v = sub.v;
				for (let i = 0; i < v.length; i++) {
					const b = v.charCodeAt(i) & SIGNATURE_MASK;
					signatures[pos * SIGNATURE_WORDS + (b >> 5)]! |= 1 << (b & 31);
				}
				for (const g of bigramsOf(v)) {
					if (seen.has(g)) continue;
					seen.add(g);
					const list = bigrams.get(g);
					if (list) list.push(pos);
					else bigrams.set(g, [pos]);
				}
			}
		}
	});
	return { bigrams, signatures, counts: new Uint16Array(records.length) };
}

/** Loads the prebuilt index (no re-indexing in the browser) and returns the search functions. */
export function createSearcher(data: GlossaryIndexData): GlossarySearcher {
	const { records } = data;
	const filters = searchFilters(data);
	const looseOptions = { ...FUSE_OPTIONS, threshold: SUGGEST_THRESHOLD };
	// Definitions are searched as plain substrings of their normalised form, made on first use.
	let definitions: string[] | undefined;
	// Word starts of each original key or definition, computed once per string (thousands of
	// candidates per keystroke at 10,000 terms).
	const wordStartsCache = new Map<string, number[]>();
	const wordStartsCached = (text: string) => {
		let starts = wordStartsCache.get(text);
		if (!starts) wordStartsCache.set(text, (starts = wordStarts(text)));
		return starts;
	};
	const withinWordsOf = (q: string) => (original: string, normalized: string) =>
		firstWithinWords(normalized, q, wordStartsCached(original)) !== -1;
	return {
		search(query, limit = 20, category) {
			const q = normalizeForSearch(query);
			if (!q) return { total: 0, hits: [] };
			const acrossWords = spansWords(query);
			const inCategory = (r: GlossaryRecord) => !category || r.category === category;
			// One character says little: list the terms whose name starts with it (as a printed
			// index would), not every term that contains it anywhere.
			const oneChar = q.length === 1;
			const ranked = prefilteredSearch(data, filters, FUSE_OPTIONS, q, oneChar)
				.filter((r) => inCategory(r.item))
				.map((r) => rank(r, q, acrossWords ? undefined : withinWordsOf(q)));
			const found = new Set(ranked.map((r) => r.result.refIndex));
			definitions ??= records.map((r) => normalizeForSearch(r.definition));
			if (!oneChar) definitions.forEach((definition, i) => {
				const record = records[i]!;
				if (found.has(i) || !inCategory(record) || !definition.includes(q)) return;
				const at = acrossWords ? definition.indexOf(q) : firstWithinWords(definition, q, wordStartsCached(record.definition));
				if (at === -1) return; // only across words: "SG" in "AWS Graviton"
				const result = { item: record, refIndex: i, matches: [] };
				ranked.push({ result, tier: TIER.definition, nameScore: 1, nameLength: Number.MAX_SAFE_INTEGER, definitionAt: at });
			});
			ranked.sort(byRank(q));
			return { total: ranked.length, hits: ranked.slice(0, limit).map((r) => toHit(r, q, acrossWords)) };
		},
		suggest(query, limit = 3) {
			const q = normalizeForSearch(query);
			if (!q) return [];
			// "Did you mean": a whole name close to the whole query, not a fragment of a longer alias
			// ("fergit" suggests "Fargate", not "Fargate Pod"), so rank by whole-string distance.
			return prefilteredSearch(data, filters, looseOptions, q)
				.map((r) => ({ item: r.item, refIndex: r.refIndex, distance: closestName(r, q) }))
				.filter((r) => r.distance <= SUGGEST_MAX_DISTANCE)
				.sort((a, b) => a.distance - b.distance || a.refIndex - b.refIndex)
				.slice(0, limit)
				.map((r) => r.item);
		},
	};
}
