/**
 * 総合模擬試験: a full-length exam drawn from every bank by the exam guide's domain weights.
 * Pure and seeded: the same seed and the same banks give the same 65 questions.
 */
import { createRng, shuffle } from './random.ts';

/**
 * SAA-C03's four domains (30 / 26 / 24 / 20 %) over 65 questions. The counts are those of the
 * site's own mock exam (20 / 17 / 15 / 13), which rounds the weights to whole questions.
 */
export const SAA_C03_BLUEPRINT: readonly { domain: string; count: number }[] = [
	{ domain: 'secure', count: 20 },
	{ domain: 'resilient', count: 17 },
	{ domain: 'performant', count: 15 },
	{ domain: 'cost-optimized', count: 13 },
];
export const COMPREHENSIVE_MINUTES = 130;

/**
 * Draws questions by a blueprint: `count` distinct questions of each domain, shuffled together.
 * A domain with too few questions gives what it has and the rest is filled from the others, so
 * the exam keeps its length while the banks grow.
 */
export function drawByBlueprint<Q extends { id: string; domain: string }>(
	questions: readonly Q[],
	blueprint: readonly { domain: string; count: number }[],
	seed: string,
): Q[] {
	const rng = createRng(`comprehensive:${seed}`);
	const seen = new Set<string>();
	const unique = questions.filter((q) => !seen.has(q.id) && seen.add(q.id));
	// Sort first, so the draw does not depend on the order banks were loaded in.
	const pool = shuffle(
		[...unique].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
		rng,
	);
	const picked = new Set<string>();
	const out: Q[] = [];
	let shortfall = 0;
	for (const { domain, count } of blueprint) {
		const from = pool.filter((q) => q.domain === domain).slice(0, count);
		for (const q of from) {
			picked.add(q.id);
			out.push(q);
		}
		shortfall += count - from.length;
	}
	for (const q of pool) {
		if (shortfall <= 0) break;
		if (picked.has(q.id)) continue;
		picked.add(q.id);
		out.push(q);
		shortfall -= 1;
	}
	return shuffle(out, rng);
}
