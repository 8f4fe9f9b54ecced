/**
 * Edit distances for ranking, highlighting and suggestions: plain dynamic programming, a few
 * hundred cells per name at glossary sizes (names and queries are tens of characters).
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE (see search.ts).
 */

/** A substring of the text, [start, end), and its edit distance to the pattern. */
export interface ApproximateMatch {
	start: number;
	end: number;
	distance: number;
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
): ApproximateMatch | undefined {
	const m = pattern.length;
	if (m === 0) return undefined;
	// prev[i] / cur[i]: distance between pattern[0..i) and the best substring of text ending at
	// j-1 / j; startPrev / startCur: where that substring starts.
	let prev = Array.from({ length: m + 1 }, (_, i) => i);
	let startPrev = Array.from({ length: m + 1 }, () => 0);
	let best: ApproximateMatch | undefined;
	for (let j = 1; j <= text.length; j++) {
		const cur = [0];
		const startCur = [j];
		for (let i = 1; i <= m; i++) {
			const sub = (prev[i - 1] ?? 0) + (pattern[i - 1] === text[j - 1] ? 0 : 1);
			const skipText = (prev[i] ?? 0) + 1;
			const skipPattern = (cur[i - 1] ?? 0) + 1;
			if (sub <= skipText && sub <= skipPattern) {
				cur.push(sub);
				startCur.push(startPrev[i - 1] ?? 0);
			} else if (skipPattern <= skipText) {
				cur.push(skipPattern);
				startCur.push(startCur[i - 1] ?? 0);
			} else {
				cur.push(skipText);
				startCur.push(startPrev[i] ?? 0);
			}
		}
		const d = cur[m] ?? m;
		const start = startCur[m] ?? 0;
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

/** Levenshtein distance (insert, delete, substitute; each costs 1). */
export function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++) {
			cur.push(
				Math.min(
					(prev[j] ?? 0) + 1,
					(cur[j - 1] ?? 0) + 1,
					(prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
				),
			);
		}
		prev = cur;
	}
	return prev[b.length] ?? 0;
}
