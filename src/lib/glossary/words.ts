/**
 * Word boundaries in the normalised form. The normalisation removes spaces and punctuation, so
 * "AWS Graviton" becomes "awsgraviton" and the query "SG" would be found in "AW[S G]raviton".
 * These functions remember where the words of the original string began, so a match that
 * straddles two of them can be told apart (ranked lower, marked only when the query spans words).
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE (see search.ts).
 */
import { normalizeWithOffsets, type NormalizedText } from './normalize.ts';

/** What the normalisation removes between words; a query containing one may match across words. */
const SEPARATOR = /[\s\p{P}\p{S}]/u;

/** Whether a raw query spans words ("task def", "CI/CD"), so its matches may too. */
export function spansWords(query: string): boolean {
	return SEPARATOR.test(query.trim());
}

/**
 * What matching and highlighting need of a string: its normalised form, and its word starts
 * (offsets in the normalised text where a word begins after a removed separator). A dropped
 * long-vowel mark ("ロードバランサー") is not a separator.
 */
export interface PreparedText {
	n: NormalizedText;
	starts: readonly number[];
}

export function prepareText(text: string): PreparedText {
	const n = normalizeWithOffsets(text);
	const starts: number[] = [];
	for (let k = 1; k < n.text.length; k++) {
		const gapStart = n.ends[k - 1] ?? 0;
		const gapEnd = n.starts[k] ?? 0;
		if (gapEnd > gapStart && SEPARATOR.test(text.slice(gapStart, gapEnd))) starts.push(k);
	}
	return { n, starts };
}

/** Whether [start, end) contains a word start other than `start` itself. */
function straddles(wordStarts: readonly number[], start: number, end: number): boolean {
	return wordStarts.some((w) => w > start && w < end);
}

/** First offset of `q` in `normalized` that stays within one word, or -1. */
export function firstWithinWords(
	normalized: string,
	q: string,
	wordStarts: readonly number[],
): number {
	for (let i = normalized.indexOf(q); i !== -1; i = normalized.indexOf(q, i + 1)) {
		if (!straddles(wordStarts, i, i + q.length)) return i;
	}
	return -1;
}

/**
 * Where the normalised query `q` occurs in `prepared` (offsets into its normalised text), left
 * to right, without overlaps. Unless `acrossWords`, occurrences straddling two words are left out.
 */
export function occurrences(prepared: PreparedText, q: string, acrossWords: boolean): number[] {
	const text = prepared.n.text;
	const starts = acrossWords ? [] : prepared.starts;
	const at: number[] = [];
	if (!q) return at;
	for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + 1)) {
		const last = at.at(-1);
		if (last !== undefined && i < last + q.length) continue; // overlapping
		if (!straddles(starts, i, i + q.length)) at.push(i);
	}
	return at;
}
