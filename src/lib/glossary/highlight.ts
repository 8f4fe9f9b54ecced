/**
 * Highlights in the ORIGINAL strings: the query is found again in the normalised form of each
 * displayed string and mapped back through the normaliser's offsets, so a mark lands on
 * "クラスター" even when the query was "くらすた", and on "ＥＣＳ" for "ecs".
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE (see search.ts).
 */
import { approximateMatch } from './distance.ts';
import { occurrences, prepareText, type PreparedText } from './words.ts';

/** [start, end) in UTF-16 units of the original string; `end` is exclusive. */
export type Range = readonly [start: number, end: number];

/**
 * Largest share of a query a highlight may get wrong: looser than nothing, stricter than the
 * search, so a mark never lands on an unrelated word.
 */
const HIGHLIGHT_ERROR_RATIO = 0.25;
/** Dropped by the normalisation after kana; a mark ending just before one is extended over it. */
const LONG_VOWEL_MARKS = 'ーｰ〜～';

/**
 * Where `normalizedQuery` occurs in `text`, as ranges of the original `text`. Every exact
 * occurrence (in the normalised form; within words unless `acrossWords`, see `occurrences`) is
 * marked; when there is none and `fuzzy` is set, the one substring closest to the query (edit
 * distance ≤ a quarter of its length, queries of 4+ characters) is marked instead, so "fargte"
 * marks "Fargate".
 */
export function highlightRanges(
	text: string,
	normalizedQuery: string,
	fuzzy = false,
	acrossWords = true,
	/** `prepareText(text)`, when the caller has it already. */
	prepared: PreparedText = prepareText(text),
): Range[] {
	const q = normalizedQuery;
	if (!q || !text) return [];
	const { n } = prepared;
	const found = occurrences(prepared, q, acrossWords).map((i): Range => [i, i + q.length]);
	if (found.length === 0 && fuzzy && q.length >= 4) {
		const best = approximateMatch(q, n.text, Math.floor(q.length * HIGHLIGHT_ERROR_RATIO));
		const trimmed = best && trimToPattern(q, n.text, best.start, best.end);
		if (trimmed) found.push(trimmed);
	}
	const ranges: [number, number][] = [];
	for (const [s, e] of found) {
		const start = n.starts[s] ?? 0;
		let end = n.ends[e - 1] ?? text.length;
		// The long-vowel mark the normalisation dropped belongs to the word: "[クラスター]", not "[クラスタ]ー".
		const nextKept = n.starts[e] ?? text.length;
		while (end < nextKept && LONG_VOWEL_MARKS.includes(text.charAt(end))) end++;
		const last = ranges.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else ranges.push([start, end]);
	}
	return ranges;
}

/** Narrows [start, end) so it neither starts nor ends on a character absent from `pattern`. */
function trimToPattern(
	pattern: string,
	text: string,
	start: number,
	end: number,
): Range | undefined {
	let s = start;
	let e = end;
	while (s < e && !pattern.includes(text.charAt(s))) s++;
	while (e > s && !pattern.includes(text.charAt(e - 1))) e--;
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
