/**
 * Near-duplicate stems across all banks: character-trigram Jaccard similarity of normalised
 * stems (NFKC, no spaces, punctuation or Markdown code fences). Pure; used by a test.
 */
import type { Bank } from '../src/schemas/bank.ts';

/** Above this similarity two stems count as near copies. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

function trigrams(text: string): Set<string> {
	const t = text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/```[\s\S]*?```/g, '')
		.replace(/[\s\p{P}\p{S}]/gu, '');
	const out = new Set<string>();
	for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
	return out;
}

export function similarity(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const g of a) if (b.has(g)) shared += 1;
	return shared / (a.size + b.size - shared);
}

export interface NearPair {
	a: string;
	b: string;
	score: number;
}

/** Every pair of questions (within and across banks) whose stems are at least `threshold` alike. */
export function nearDuplicateStems(
	banks: readonly Bank[],
	threshold = NEAR_DUPLICATE_THRESHOLD,
): NearPair[] {
	const items = banks.flatMap((bank) =>
		bank.questions.map((q) => ({ id: `${bank.id}/${q.id}`, grams: trigrams(q.stem) })),
	);
	const pairs: NearPair[] = [];
	for (let i = 0; i < items.length; i++) {
		for (let j = i + 1; j < items.length; j++) {
			const score = similarity(items[i]!.grams, items[j]!.grams);
			if (score >= threshold) pairs.push({ a: items[i]!.id, b: items[j]!.id, score });
		}
	}
	return pairs.sort((x, y) => y.score - x.score);
}
