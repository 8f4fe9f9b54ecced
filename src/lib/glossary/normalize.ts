/**
 * Text normalisation for the glossary search: the one function that turns both the query and
 * every indexed key into the same comparable form, so "ＥＣＳ", "ecs" and "ECS" meet, and so do
 * "クラスター", "クラスタ" and "くらすた".
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE (the index is built at build time,
 * queries are normalised in the browser, and the two must agree character for character).
 *
 * Steps, per character:
 * 1. NFKC (full/half width: "ＥＣＳ" → "ECS", "ｸﾗｽﾀ" → "クラスタ"), then lower case.
 * 2. Katakana → hiragana ("サイドカー" → "さいどかー").
 * 3. Long-vowel marks are dropped: "ー" always (it is a long vowel after kana and a dash
 *    elsewhere), and the dash-like stand-ins people type for it ("〜", "～", "‐", "-", "−", "―")
 *    go with the rest of the punctuation in step 5. So "クラスター" = "クラスタ" = "くらすた".
 * 4. Small kana become full size ("ウィンドウズ" = "ウインドウズ", "ッ" = "ツ"): people type both.
 * 5. Spaces, middle dots, punctuation and symbols are removed ("CI/CD" → "cicd",
 *    "task def" → "taskdef", "bridge・host" → "bridgehost").
 */

/** Code points dropped as long-vowel marks (after NFKC, so "ｰ" has already become "ー"). */
const LONG_VOWEL = 0x30fc;
/** Removed: whitespace, punctuation (includes "・", "〜", "‐"), symbols ("~", "+", "/"), controls. */
const STRIP = /^[\s\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\p{M}]$/u;
/** Small hiragana → full size (after the katakana fold, so small katakana are covered). */
const SMALL_KANA: Readonly<Record<string, string>> = {
	ぁ: 'あ',
	ぃ: 'い',
	ぅ: 'う',
	ぇ: 'え',
	ぉ: 'お',
	っ: 'つ',
	ゃ: 'や',
	ゅ: 'ゆ',
	ょ: 'よ',
	ゎ: 'わ',
	ゕ: 'か',
	ゖ: 'け',
};
/**
 * One unit of the source text normalised on its own: a base character with the combining or
 * half-width voicing marks after it (so "ｶﾞ" becomes "ガ", not "カ" + a stray mark).
 */
const SEGMENT = /[^\p{M}\uFF9E\uFF9F][\p{M}\uFF9E\uFF9F]*|[\p{M}\uFF9E\uFF9F]+/gu;

/** A normalised string with, for each of its UTF-16 units, the span of the source it came from. */
export interface NormalizedText {
	text: string;
	/** `starts[i]`: index in the source where the character at `text[i]` begins. */
	starts: number[];
	/** `ends[i]`: index in the source just after that character (exclusive). */
	ends: number[];
}

/** Folds one already-NFKC'd, lower-cased code point; '' when it is dropped. */
function foldChar(ch: string): string {
	const code = ch.codePointAt(0) ?? 0;
	if (code === LONG_VOWEL) return '';
	if (STRIP.test(ch)) return '';
	// Katakana ァ (U+30A1) … ヶ (U+30F6) sit exactly 0x60 above their hiragana.
	const hira = code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : ch;
	return SMALL_KANA[hira] ?? hira;
}

/**
 * Segment → its folded form. The same few thousand characters recur in every term and keystroke,
 * so this memo makes normalising 10,000 terms several times faster. Bounded; output unchanged.
 */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 20_000;

function foldSegment(segment: string): string {
	let out = FOLDED.get(segment);
	if (out === undefined) {
		out = '';
		for (const ch of segment.normalize('NFKC').toLowerCase()) out += foldChar(ch);
		if (FOLDED.size < FOLDED_MAX) FOLDED.set(segment, out);
	}
	return out;
}

function normalize(source: string, withOffsets: boolean): NormalizedText {
	let text = '';
	const starts: number[] = [];
	const ends: number[] = [];
	for (const m of source.matchAll(SEGMENT)) {
		const out = foldSegment(m[0]);
		if (!out) continue;
		text += out;
		if (withOffsets) {
			for (let k = 0; k < out.length; k++) {
				starts.push(m.index);
				ends.push(m.index + m[0].length);
			}
		}
	}
	return { text, starts, ends };
}

/**
 * The search form of `text`, used for the query and for every indexed key alike.
 * Pure and deterministic; '' when nothing searchable is left (e.g. only spaces or "ー").
 */
export function normalizeForSearch(text: string): string {
	return normalize(text, false).text;
}

/**
 * `normalizeForSearch(text)` plus where each normalised character came from, to map a match in
 * the normalised form back onto the original string for highlighting. Same algorithm, so
 * `normalizeWithOffsets(x).text === normalizeForSearch(x)` always.
 */
export function normalizeWithOffsets(text: string): NormalizedText {
	return normalize(text, true);
}
