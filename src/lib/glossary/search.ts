/**
 * The glossary search engine: record shaping, the Fuse keys and options, the prebuilt index, the
 * ranking and the highlight ranges. Pure: no DOM, no clock, no randomness.
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: `buildIndexData` runs at build time
 * (src/pages/glossary/index.json.ts), `createSearcher` runs in the browser, loaded lazily by
 * <fd-glossary-search> on first use together with Fuse.
 *
 * How a query is answered:
 * 1. The query and every key go through the same `normalizeForSearch`.
 * 2. Fuse's rule decides which terms match: Bitap with `ignoreLocation` keeps a name, reading or
 *    alias that has a substring within ⌊0.3 × query length⌋ edits of the query (`threshold`).
 *    `createSearcher` applies that same rule with cheap filters and Myers' algorithm to find and
 *    count the matches, then has Fuse score the ones that reach the page (it says why and how).
 *    Definitions are matched as exact (normalised) substrings: fuzzy matching of definitions
 *    found only noise, and it cost ten times the rest (scripts/bench-glossary.ts).
 * 3. `rank` and `placeOf` order them: a whole-key match beats a prefix match, which beats a
 *    substring, which beats a typo match in a name, which beats a substring straddling two words
 *    ("SG" in "AWS Graviton"), which beats a match in the definition only. Fuse's own score
 *    cannot do this: spaces are removed by the normalisation, so every key is one "word" and
 *    Fuse's field-length norm no longer prefers "ecs" over "ecsexec". It breaks ties.
 * 4. Highlights are found again on each displayed string (see `highlightRanges`), in the
 *    original text, so marks land on "クラスター" even when the query was "くらすた".
 */
import Fuse from 'fuse.js/basic';
import type { FuseIndex, FuseOptionKeyObject, IFuseOptions } from 'fuse.js/basic';
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
	// (ranking by length is done in `placeOf`).
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
const TIER = {
	exact: 0,
	prefix: 1,
	contains: 2,
	fuzzyName: 3,
	acrossWords: 4,
	definition: 5,
} as const;

/**
 * One name of a term that matches the query: a Fuse match (`FuseResultMatch`), or the same found
 * by `createSearcher`'s filters, which also know the typo count (`distance`).
 */
interface NameMatch {
	key?: string | undefined;
	value?: string | undefined;
	refIndex?: number | undefined;
	/** Smallest edit distance between the query and a substring of `value`, when known. */
	distance?: number | undefined;
	/** The indexed name this match is of, when known (it caches the name's word starts). */
	name?: Name | undefined;
}

/** A matching term: a Fuse result, or a result of the filters with no `score` yet. */
interface Candidate {
	item: GlossaryRecord;
	refIndex: number;
	/** Fuse's score (0 best); undefined until Fuse has scored the term (see `createSearcher`). */
	score?: number | undefined;
	matches?: readonly NameMatch[] | undefined;
}

interface Ranked {
	result: Candidate;
	tier: number;
	/** Fewest errors in a matching name (0 exact); the query's length when only the definition matched. */
	typos: number;
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
 * The name matches of one term → its rank. `startsOf(original, match)` gives the word starts
 * (`prepareText`) of a name, to tell whether `q` occurs in it without straddling two of its
 * words; left out when the query spans words.
 */
function rank(result: Candidate, q: string, startsOf?: WordStartsOf): Ranked {
	let tier: number = TIER.definition;
	let typos = q.length;
	let nameLength = Number.MAX_SAFE_INTEGER;
	let shown: number = TIER.definition; // best tier among ja/en, the names a result shows
	let via: Ranked['via'];
	for (const m of result.matches ?? []) {
		const value = m.value ?? '';
		const key = m.key ?? '';
		if (!NAME_KEYS.has(key)) continue;
		let t: number =
			value === q
				? TIER.exact
				: value.startsWith(q)
					? TIER.prefix
					: value.includes(q)
						? TIER.contains
						: TIER.fuzzyName;
		if (
			t === TIER.contains &&
			startsOf &&
			firstWithinWords(value, q, startsOf(originalOf(result.item, key, m.refIndex), m)) === -1
		)
			t = TIER.acrossWords;
		// Fuse gives one score per record; the typo count of this name is measured here.
		const errors =
			t === TIER.fuzzyName
				? (m.distance ?? approximateMatch(q, value, q.length)?.distance ?? q.length)
				: 0;
		if (
			t < tier ||
			(t === tier && (errors < typos || (errors === typos && value.length < nameLength)))
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
		via: via && via.tier < shown ? via : undefined,
	};
}

/** Word starts (see `prepareText`) of a matched name, given its original text. */
type WordStartsOf = (original: string, match: NameMatch) => readonly number[];

/**
 * Where a candidate places, as one number (smaller first): tier; then the fewest typos in a
 * name; then the name whose length is closest to the query ("fargte" → "fargate" before
 * "fargatespot"; on an equal gap the shorter, as a longer one is usually a compound term); then,
 * for definition-only matches, the earliest mention. Each part fits its bit field (tier < 8,
 * typos ≤ 32, gap and offset capped at 65,535, which only ties lengths no name reaches), and the
 * total stays below 2⁵³.
 */
function placeOf(r: Ranked, m: number): number {
	const gap =
		r.nameLength === Number.MAX_SAFE_INTEGER
			? 0xffff
			: Math.min(Math.abs(r.nameLength - m) * 2 + (r.nameLength > m ? 1 : 0), 0xffff);
	return (
		r.tier * 2 ** 40 +
		Math.min(r.typos, 0xff) * 2 ** 32 +
		gap * 2 ** 16 +
		Math.min(r.definitionAt, 0xffff)
	);
}

/** Order of results: place; then Fuse's score, which rewards matching in several keys; then index order. */
function byRank(m: number): (a: Ranked, b: Ranked) => number {
	return (a, b) =>
		placeOf(a, m) - placeOf(b, m) ||
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
export function occurrences(
	text: string,
	q: string,
	acrossWords: boolean,
	prepared: PreparedText = prepareText(text),
): { n: NormalizedText; at: number[] } {
	const { n } = prepared;
	const at: number[] = [];
	if (!q) return { n, at };
	const starts = acrossWords ? [] : prepared.starts;
	for (let i = n.text.indexOf(q); i !== -1; i = n.text.indexOf(q, i + 1)) {
		if (at.length > 0 && i < at.at(-1)! + q.length) continue; // overlapping
		if (!straddles(starts, i, i + q.length)) at.push(i);
	}
	return { n, at };
}

/**
 * What matching and highlighting need of a string: its normalised form, and its word starts
 * (offsets in the normalised text where a word begins after a removed separator).
 */
export interface PreparedText {
	n: NormalizedText;
	starts: readonly number[];
}

export function prepareText(text: string): PreparedText {
	const n = normalizeWithOffsets(text);
	return { n, starts: wordStartsOf(text, n) };
}

function wordStartsOf(text: string, n: NormalizedText): number[] {
	const starts: number[] = [];
	for (let k = 1; k < n.text.length; k++) {
		if (n.starts[k]! > n.ends[k - 1]! && SEPARATOR.test(text.slice(n.ends[k - 1]!, n.starts[k]!)))
			starts.push(k);
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
export function highlightRanges(
	text: string,
	normalizedQuery: string,
	fuzzy = false,
	acrossWords = true,
	/** `prepareText(text)`, when the caller keeps it. */
	prepared?: PreparedText,
): Range[] {
	const q = normalizedQuery;
	if (!q || !text) return [];
	const { n, at } = occurrences(text, q, acrossWords, prepared);
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
		if (
			d <= maxErrors &&
			(!best || d < best.distance || (d === best.distance && start === best.start))
		)
			best = { start, end: j, distance: d };
		prev = cur;
		startPrev = startCur;
	}
	return best;
}

/** Narrows [start, end) so it neither starts nor ends on a character absent from `pattern`. */
function trimToPattern(
	pattern: string,
	text: string,
	start: number,
	end: number,
): [number, number] | undefined {
	let s = start;
	let e = end;
	while (s < e && !pattern.includes(text[s]!)) s++;
	while (e > s && !pattern.includes(text[e - 1]!)) e--;
	return s < e ? [s, e] : undefined;
}

/** Splits `text` into plain and marked parts for rendering (ranges sorted, non-overlapping). */
export function splitByRanges(
	text: string,
	ranges: readonly Range[],
): { text: string; mark: boolean }[] {
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

function toHit(
	r: Ranked,
	q: string,
	acrossWords: boolean,
	prepare: (text: string) => PreparedText,
): SearchHit {
	const record = r.result.item;
	const fuzzy = r.tier === TIER.fuzzyName;
	// A term found only across words shows where, in its names; definitions follow the query.
	const namesAcross = acrossWords || r.tier === TIER.acrossWords;
	const via = r.via && (r.via.key === 'reading' ? record.reading : record.aliases[r.via.idx]);
	return {
		record,
		tier: r.tier,
		marks: {
			ja: highlightRanges(record.ja, q, fuzzy, namesAcross, prepare(record.ja)),
			en: highlightRanges(record.en, q, fuzzy, namesAcross, prepare(record.en)),
			definition: highlightRanges(
				record.definition,
				q,
				false,
				acrossWords,
				prepare(record.definition),
			),
		},
		via: via
			? { text: via, marks: highlightRanges(via, q, true, namesAcross, prepare(via)) }
			: undefined,
	};
}

/** Largest share of a name that may differ from the query for the name to be suggested. */
const SUGGEST_MAX_DISTANCE = 0.5;

/** Levenshtein distance (insert, delete, substitute; each costs 1). */
export function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++) {
			cur[j] = Math.min(
				prev[j]! + 1,
				cur[j - 1]! + 1,
				prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}
		prev = cur;
	}
	return prev[b.length]!;
}

/** Longest pattern Fuse's Bitap takes in one piece (UTF-16 units); longer ones go in chunks. */
const MAX_PATTERN = 32;

/**
 * Most errors Fuse accepts in a match of an `m`-unit pattern: with `ignoreLocation` its score is
 * errors ÷ m, kept when ≤ `threshold`. The epsilon keeps 3 ÷ 10 ≤ 0.3 despite rounding.
 */
export function maxErrors(m: number, threshold: number): number {
	return Math.floor(threshold * m + 1e-9);
}

/**
 * Bit masks of a pattern's characters (bit i set where pattern[i] is that UTF-16 unit), one slot
 * per unit so a lookup is an array read. Loaded per query and cleared after, so it is reused.
 */
class PatternMasks {
	readonly masks = new Int32Array(0x10000);
	#loaded: number[] = [];
	length = 0;

	load(pattern: string): this {
		this.clear();
		for (let i = 0; i < pattern.length; i++) {
			const c = pattern.charCodeAt(i);
			this.masks[c]! |= 1 << i;
			this.#loaded.push(c);
		}
		this.length = pattern.length;
		return this;
	}

	clear(): void {
		for (const c of this.#loaded) this.masks[c] = 0;
		this.#loaded = [];
		this.length = 0;
	}
}

/**
 * The smallest edit distance between the loaded pattern (1–32 units) and any substring of `text`:
 * the number Fuse's Bitap compares with `threshold` (and the same as
 * `approximateMatch(pattern, text, …).distance`), by Myers' bit-vector algorithm, a handful of
 * word operations per character of `text` instead of Bitap's pass per allowed error. Stops early
 * once the distance is 0.
 */
function substringDistanceOf(p: PatternMasks, text: string): number {
	const m = p.length;
	const masks = p.masks;
	const high = 1 << (m - 1);
	let pv = -1; // vertical deltas +1 (bits above m - 1 are never read)
	let mv = 0; // vertical deltas -1
	let score = m; // distance of the whole pattern to a substring ending here
	let best = m;
	for (let j = 0; j < text.length; j++) {
		const eq = masks[text.charCodeAt(j)]!;
		const xv = eq | mv;
		// ToInt32 in `^` keeps the sum modulo 2³², as a 32-bit adder would.
		const xh = (((eq & pv) + pv) ^ pv) | eq;
		let ph = mv | ~(xh | pv);
		let mh = pv & xh;
		if (ph & high) score++;
		else if (mh & high) score--;
		// A match may start anywhere: the top row stays 0, so nothing is shifted in.
		ph <<= 1;
		mh <<= 1;
		pv = mh | ~(xv | ph);
		mv = ph & xv;
		if (score < best && (best = score) === 0) break;
	}
	return best;
}

let oneOffMasks: PatternMasks | undefined;

/** `substringDistanceOf` for one pattern and one text (1–32 units of pattern). */
export function substringDistance(pattern: string, text: string): number {
	if (pattern.length === 0 || pattern.length > MAX_PATTERN)
		throw new RangeError(`pattern length ${pattern.length} is not in 1..${MAX_PATTERN}`);
	return substringDistanceOf((oneOffMasks ??= new PatternMasks()).load(pattern), text);
}

/** Bits per term signature (8 × 32): more bits, fewer false candidates. */
const SIGNATURE_WORDS = 8;
const SIGNATURE_MASK = SIGNATURE_WORDS * 32 - 1;

/** One normalised name of a term, as the prebuilt index holds it. */
interface Name {
	key: string;
	/** Position in `aliases`; undefined for the other keys (as in Fuse's matches). */
	refIndex: number | undefined;
	value: string;
	/** `prepareText` of the original name, made when first needed. */
	prepared?: PreparedText;
}

/** What the filters need, built once when the index is loaded. */
interface Filters {
	/** Normalised names of each term, by position in `data.index.records`. */
	names: Name[][];
	/** Bigram → positions of the terms whose names contain it. */
	bigrams: Map<string, number[]>;
	/** First UTF-16 unit → positions of the terms with a name that starts with it. */
	firstUnits: Map<string, number[]>;
	/** Character signature of each term: bit (UTF-16 unit mod 256) set for every unit of its names. */
	signatures: Uint32Array;
	/** Scratch counters, one per term, kept at zero between searches. */
	counts: Uint16Array;
}

function bigramsOf(text: string): string[] {
	const out: string[] = [];
	for (let i = 0; i + 2 <= text.length; i++) out.push(text.slice(i, i + 2));
	return out;
}

/** Appends `pos` to the list at `key`, once. */
function post(index: Map<string, number[]>, key: string, pos: number): void {
	const list = index.get(key);
	if (!list) index.set(key, [pos]);
	else if (list.at(-1) !== pos) list.push(pos);
}

/** Builds the filters from the prebuilt index's normalised keys. */
function buildFilters(data: GlossaryIndexData): Filters {
	const records = data.index.records;
	const keyNames = data.index.keys.map((k) => k.id);
	const signatures = new Uint32Array(records.length * SIGNATURE_WORDS);
	const bigrams = new Map<string, number[]>();
	const firstUnits = new Map<string, number[]>();
	const names = records.map((record, pos) => {
		const own: Name[] = [];
		for (const [keyIndex, value] of Object.entries(record.$ ?? {})) {
			const key = keyNames[Number(keyIndex)] ?? '';
			for (const sub of Array.isArray(value) ? value : [value]) {
				const v = sub.v;
				own.push({ key, refIndex: sub.i, value: v });
				if (v) post(firstUnits, v[0]!, pos);
				for (let i = 0; i < v.length; i++) {
					const b = v.charCodeAt(i) & SIGNATURE_MASK;
					signatures[pos * SIGNATURE_WORDS + (b >> 5)]! |= 1 << (b & 31);
				}
				for (const g of bigramsOf(v)) post(bigrams, g, pos);
			}
		}
		return own;
	});
	return { names, bigrams, firstUnits, signatures, counts: new Uint16Array(records.length) };
}

/**
 * Positions (in `data.index.records`, ascending) of the terms that may have a name within `k`
 * errors of `q` (1–32 units). Most terms are proven unable to match by one of two cheap bounds:
 * - bigrams (the q-gram lemma): each edit destroys at most two of the query's bigrams, so a
 *   term whose names hold fewer than (distinct bigrams of the query − 2k) of them cannot match;
 *   an inverted index answers that by counting postings;
 * - characters, when the bigram bound says nothing (short queries, many errors): a term whose
 *   names lack more than k of the query's characters cannot match (a 256-bit signature per term).
 */
function candidatesFor(filters: Filters, q: string, k: number): number[] {
	const all = filters.names.length;
	const qGrams = [...new Set(bigramsOf(q))];
	const needGrams = qGrams.length - 2 * k;
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
		return keep.sort((a, b) => a - b);
	}
	const need = q.length - k;
	const keep: number[] = [];
	const signatures = filters.signatures;
	for (let pos = 0; pos < all; pos++) {
		let present = 0;
		for (let j = 0; j < q.length; j++) {
			const b = q.charCodeAt(j) & SIGNATURE_MASK;
			if (signatures[pos * SIGNATURE_WORDS + (b >> 5)]! & (1 << (b & 31))) present++;
		}
		if (present >= need) keep.push(pos);
	}
	return keep;
}

export interface SearcherOptions {
	/**
	 * Let Fuse scan every term for every query, as a plain Fuse search would. The result is the
	 * same, only slower; search.test.ts holds the fast path to it. Queries over 32 units (which
	 * Fuse cuts into chunks) always take this path.
	 */
	exhaustive?: boolean;
}

/** Normalised definitions in one string, so one `indexOf` loop finds a query in all of them. */
interface Definitions {
	/** Every normalised definition, each followed by U+0000 (which normalisation removes from queries). */
	text: string;
	/** Where each definition starts in `text`, plus the end of `text`. */
	starts: Int32Array;
}

function joinDefinitions(records: readonly GlossaryRecord[]): Definitions {
	const starts = new Int32Array(records.length + 1);
	let text = '';
	records.forEach((r, i) => {
		starts[i] = text.length;
		text += `${normalizeForSearch(r.definition)}\u0000`;
	});
	starts[records.length] = text.length;
	return { text, starts };
}

/**
 * Loads the prebuilt index (no re-indexing in the browser) and returns the search functions.
 *
 * Fuse (with `ignoreLocation`) keeps a name when some substring of it is within
 * k = ⌊threshold × query length⌋ edits of the query. At 10,000 terms, letting Bitap scan every
 * name of every term costs 30–150 ms a keystroke, so a search goes:
 * 1. `candidatesFor` drops the terms that provably cannot match;
 * 2. each remaining name is tested with the same rule, by `includes` for exact occurrences and
 *    by Myers' algorithm (`substringDistanceOf`) for typos. That gives the matching terms, their
 *    count, and their place (`rank`, `placeOf`): everything the order needs but Fuse's score;
 * 3. Fuse scores the terms that reach the page (the first `limit`, plus any tied with the last
 *    of them), and those are ranked again from Fuse's own matches, so what is shown is Fuse's.
 * search.test.ts holds this to `exhaustive` (Fuse over every term), result for result.
 */
export function createSearcher(
	data: GlossaryIndexData,
	options: SearcherOptions = {},
): GlossarySearcher {
	const { records } = data;
	const filters = buildFilters(data);
	const pattern = new PatternMasks();
	const looseOptions = { ...FUSE_OPTIONS, threshold: SUGGEST_THRESHOLD };
	/** Fuse over the terms at the given index positions (all when omitted). */
	const fuseSearch = (
		q: string,
		fuseOptions: IFuseOptions<GlossaryRecord>,
		positions?: readonly number[],
	) => {
		const subset = positions
			? positions.map((pos) => data.index.records[pos]!)
			: data.index.records;
		// Index records keep their position in `records`, so results point at the right term.
		return new Fuse(
			records,
			fuseOptions,
			Fuse.parseIndex<GlossaryRecord>({ keys: data.index.keys, records: subset }),
		).search(q);
	};
	/** Terms with a name that starts with the one-unit `q`. */
	const startingWith = (q: string) => filters.firstUnits.get(q) ?? [];
	// Normalised forms and word starts of the strings matched or shown, each made once: at 10,000
	// terms a keystroke looks at thousands of names.
	const preparedTexts = new Map<string, PreparedText>();
	const prepare = (text: string) => {
		let prepared = preparedTexts.get(text);
		if (!prepared) preparedTexts.set(text, (prepared = prepareText(text)));
		return prepared;
	};
	const startsOf: WordStartsOf = (original, m) =>
		(m.name ? (m.name.prepared ??= prepareText(original)) : prepare(original)).starts;
	/** Same answer as Fuse: the names of the term at `pos` with at most `k` errors, with the count. */
	const nameMatches = (pos: number, q: string, k: number): NameMatch[] | undefined => {
		let matches: NameMatch[] | undefined;
		for (const name of filters.names[pos]!) {
			let distance = 0;
			if (!name.value.includes(q)) {
				if (k === 0) continue;
				distance = substringDistanceOf(pattern, name.value);
				if (distance > k) continue;
			}
			(matches ??= []).push({
				key: name.key,
				value: name.value,
				refIndex: name.refIndex,
				distance,
				name,
			});
		}
		return matches;
	};
	// Definitions are searched as plain substrings of their normalised form. Prepared now, with
	// the index (on the first focus of the box), not on the first keystroke.
	const definitions = joinDefinitions(records);
	return {
		search(query, limit = 20, category) {
			const q = normalizeForSearch(query);
			if (!q) return { total: 0, hits: [] };
			const acrossWords = spansWords(query);
			const wordStartsOf = acrossWords ? undefined : startsOf;
			const inCategory = (r: GlossaryRecord) => !category || r.category === category;
			// One character says little: list the terms whose name starts with it (as a printed
			// index would), not every term that contains it anywhere.
			const oneChar = q.length === 1;
			const ranked: Ranked[] = [];
			const found = new Uint8Array(records.length);
			const add = (result: Candidate) => {
				if (!inCategory(result.item)) return;
				ranked.push(rank(result, q, wordStartsOf));
				found[result.refIndex] = 1;
			};
			if (!options.exhaustive && q.length <= MAX_PATTERN) {
				const k = maxErrors(q.length, SEARCH_THRESHOLD);
				if (k > 0) pattern.load(q);
				for (const pos of oneChar ? startingWith(q) : candidatesFor(filters, q, k)) {
					const matches = nameMatches(pos, q, k);
					const refIndex = data.index.records[pos]!.i;
					if (matches) add({ item: records[refIndex]!, refIndex, matches });
				}
				pattern.clear();
			} else {
				for (const result of fuseSearch(q, FUSE_OPTIONS, oneChar ? startingWith(q) : undefined))
					add(result);
			}
			if (!oneChar) {
				const defs = definitions;
				let i = 0;
				for (let at = defs.text.indexOf(q); at !== -1; at = defs.text.indexOf(q, at + 1)) {
					while (defs.starts[i + 1]! <= at) i++;
					const record = records[i]!;
					if (!found[i] && inCategory(record)) {
						const definition = defs.text.slice(defs.starts[i], defs.starts[i + 1]! - 1);
						const first = acrossWords
							? at - defs.starts[i]!
							: firstWithinWords(definition, q, prepare(record.definition).starts);
						// -1: only across words, "SG" in "AWS Graviton".
						if (first !== -1) {
							const result = { item: record, refIndex: i, matches: [] };
							ranked.push({
								result,
								tier: TIER.definition,
								typos: q.length,
								nameLength: Number.MAX_SAFE_INTEGER,
								definitionAt: first,
							});
						}
					}
					at = defs.starts[i + 1]! - 1; // next definition
				}
			}
			// The page: everything but Fuse's score places the terms; Fuse then scores those placed
			// no worse than the `limit`-th (ties included), which settles the page's order.
			const m = q.length;
			const places = Float64Array.from(ranked, (r) => placeOf(r, m));
			const last =
				limit >= ranked.length ? Infinity : places.slice().sort()[Math.max(limit - 1, 0)]!;
			const page = limit <= 0 ? [] : ranked.filter((_, i) => places[i]! <= last);
			const unscored = page
				.filter((r) => r.tier !== TIER.definition && r.result.score === undefined)
				.map((r) => r.result.refIndex);
			if (unscored.length > 0) {
				const scored = new Map(
					fuseSearch(q, FUSE_OPTIONS, unscored).map((result) => [result.refIndex, result]),
				);
				page.forEach((r, i) => {
					const result = scored.get(r.result.refIndex);
					if (result) page[i] = rank(result, q, wordStartsOf);
				});
			}
			page.sort(byRank(m));
			return {
				total: ranked.length,
				hits: page.slice(0, limit).map((r) => toHit(r, q, acrossWords, prepare)),
			};
		},
		suggest(query, limit = 3) {
			const q = normalizeForSearch(query);
			if (!q) return [];
			// "Did you mean": a whole name close to the whole query, not a fragment of a longer alias
			// ("fergit" suggests "Fargate", not "Fargate Pod"), so rank by whole-string distance,
			// among the names a looser Fuse search keeps.
			// The distance is at least the difference in length, which alone rules most names out.
			const mayBeClose = (value: string) =>
				Math.abs(q.length - value.length) / Math.max(q.length, value.length) <=
				SUGGEST_MAX_DISTANCE;
			const closeness = (value: string) =>
				mayBeClose(value) ? editDistance(q, value) / Math.max(q.length, value.length) : 1;
			// Each term the looser search keeps, with the names it keeps it by.
			const kept: { refIndex: number; names: string[] }[] = [];
			if (!options.exhaustive && q.length <= MAX_PATTERN) {
				const k = maxErrors(q.length, SUGGEST_THRESHOLD);
				pattern.load(q);
				for (const pos of candidatesFor(filters, q, k)) {
					const names = filters.names[pos]!.filter(
						(n) => mayBeClose(n.value) && substringDistanceOf(pattern, n.value) <= k,
					);
					if (names.length > 0)
						kept.push({ refIndex: data.index.records[pos]!.i, names: names.map((n) => n.value) });
				}
				pattern.clear();
			} else {
				for (const result of fuseSearch(q, looseOptions)) {
					const names = (result.matches ?? [])
						.filter((m) => NAME_KEYS.has(m.key ?? '') && m.value)
						.map((m) => m.value!);
					kept.push({ refIndex: result.refIndex, names });
				}
			}
			const closest = kept
				.map(({ refIndex, names }) => ({
					item: records[refIndex]!,
					refIndex,
					distance: Math.min(1, ...names.map(closeness)),
				}))
				.filter((r) => r.distance <= SUGGEST_MAX_DISTANCE);
			return closest
				.sort((a, b) => a.distance - b.distance || a.refIndex - b.refIndex)
				.slice(0, limit)
				.map((r) => r.item);
		},
	};
}
