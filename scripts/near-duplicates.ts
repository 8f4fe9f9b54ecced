/**
 * Near-duplicate questions within and across banks. Pure functions (used by scripts/banks.test.ts)
 * and a CLI that reports the most similar pairs.
 *
 * Two measures:
 * - Copied stems (`nearDuplicateStems`, a gate in npm test): character-trigram Jaccard of the
 *   normalised stems ≥ 0.5 is a stem copied with light rewording.
 * - Shared scenarios (`nearDuplicateItems`, issue 14 §4): character-bigram Jaccard of the stem
 *   plus the correct options' text. A pair at or above SCENARIO_THRESHOLD (0.30) asks the same
 *   scenario with the same answer: a candidate who met one recognises the other instead of
 *   solving it. Bigrams rather than trigrams because Japanese rewording changes every other
 *   character (助詞, 送り仮名); keys included because a reused scenario keeps its answer even when
 *   the stem is retold. Chosen on the 2026-12 banks: every pair read at ≥ 0.30 reused a
 *   scenario and key (mock-005 / sec-007 0.48, ops-001 / sec-007 0.42, mock-028 / scl-003 0.35);
 *   between REVIEW_THRESHOLD (0.25) and 0.30 both reuse (bas-002 / mock-010 0.25) and distinct
 *   items on one topic (scl-015 / scl-024 0.27) occur, so that band is listed for review only.
 *
 * Normalisation: NFKC, lowercase, fenced code blocks removed (boilerplate task definitions would
 * make unrelated items alike), inline code kept as text, whitespace, punctuation and symbols
 * removed.
 *
 * Usage: node scripts/near-duplicates.ts [--top N] [--threshold X] [--check] [bank.json …]
 * (no files: the shipped banks). Prints the top pairs; with --check, exits 1 when a pair is at
 * or above the threshold.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BankSchema, type Bank } from '../src/schemas/bank.ts';
import { plainText } from '../src/lib/quiz/cues.ts';
import { listFiles, ROOT } from './content-files.ts';

/** Above this trigram similarity two stems count as near copies. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
/** At or above this bigram similarity of stem + keys, two questions share a scenario. */
export const SCENARIO_THRESHOLD = 0.3;
/** From here to SCENARIO_THRESHOLD: worth a look, not a failure. */
export const REVIEW_THRESHOLD = 0.25;

/** The text compared: NFKC, lowercase, no code blocks, no spaces, punctuation or symbols. */
export function normalise(text: string): string {
	return plainText(text.normalize('NFKC').replace(/```[\s\S]*?(?:```|$)/g, ' '))
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Character n-grams (code points) of a normalised text, as a set. */
export function ngrams(text: string, n: number): Set<string> {
	const chars = Array.from(normalise(text));
	const out = new Set<string>();
	for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
	return out;
}

/** Jaccard similarity of two sets (0 when either is empty). */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const g of a) if (b.has(g)) shared += 1;
	return shared / (a.size + b.size - shared);
}

export interface NearPair {
	/** `bank/question` ids. */
	a: string;
	b: string;
	score: number;
}

/** Size of the intersection of two ascending integer arrays. */
function sharedCount(a: Int32Array, b: Int32Array): number {
	let i = 0;
	let j = 0;
	let shared = 0;
	while (i < a.length && j < b.length) {
		const x = a[i] as number;
		const y = b[j] as number;
		if (x === y) {
			shared += 1;
			i += 1;
			j += 1;
		} else if (x < y) i += 1;
		else j += 1;
	}
	return shared;
}

/**
 * Every pair whose `grams` are at least `threshold` alike, most similar first. The same Jaccard
 * as `similarity`, made cheap for the all-pairs loop (quadratic in questions): each n-gram becomes
 * an integer, each set a sorted array intersected by a merge, and a pair whose sizes alone bound
 * its Jaccard below the threshold (|small| / |large| < threshold) is skipped.
 */
function pairsAbove(
	items: readonly { id: string; grams: Set<string> }[],
	threshold: number,
): NearPair[] {
	const codes = new Map<string, number>();
	const code = (g: string) => {
		let c = codes.get(g);
		if (c === undefined) codes.set(g, (c = codes.size));
		return c;
	};
	const sets = items.map((x) => Int32Array.from(x.grams, code).sort());
	const pairs: NearPair[] = [];
	for (let i = 0; i < items.length; i++) {
		const a = sets[i] as Int32Array;
		for (let j = i + 1; j < items.length; j++) {
			const b = sets[j] as Int32Array;
			if (a.length === 0 || b.length === 0) continue;
			if (Math.min(a.length, b.length) < threshold * Math.max(a.length, b.length)) continue;
			const shared = sharedCount(a, b);
			const score = shared / (a.length + b.length - shared);
			if (score >= threshold)
				pairs.push({
					a: (items[i] as { id: string }).id,
					b: (items[j] as { id: string }).id,
					score,
				});
		}
	}
	return pairs.sort((p, q) => q.score - p.score || p.a.localeCompare(q.a));
}

/** Every pair of questions (within and across banks) whose stems are at least `threshold` alike. */
export function nearDuplicateStems(
	banks: readonly Bank[],
	threshold = NEAR_DUPLICATE_THRESHOLD,
): NearPair[] {
	return pairsAbove(
		banks.flatMap((bank) =>
			bank.questions.map((q) => ({ id: `${bank.id}/${q.id}`, grams: ngrams(q.stem, 3) })),
		),
		threshold,
	);
}

/** The text that identifies a question's scenario: its stem and its keys. */
export function scenarioText(q: Bank['questions'][number]): string {
	return [q.stem, ...q.options.filter((o) => o.correct).map((o) => o.text)].join('\n');
}

/**
 * Pairs of questions (within and across banks) that share a scenario: character-bigram Jaccard
 * of stem + keys at or above `threshold`, most similar first.
 */
export function nearDuplicateItems(
	banks: readonly Bank[],
	threshold = SCENARIO_THRESHOLD,
): NearPair[] {
	return pairsAbove(
		banks.flatMap((bank) =>
			bank.questions.map((q) => ({ id: `${bank.id}/${q.id}`, grams: ngrams(scenarioText(q), 2) })),
		),
		threshold,
	);
}

// ---- CLI ------------------------------------------------------------------------------------

function readBank(file: string): Bank {
	const parsed = BankSchema.safeParse(JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')));
	if (!parsed.success)
		throw new Error(`${file}: not a valid bank (run npm run validate -- ${file})`);
	return parsed.data;
}

if (import.meta.main) {
	const argv = process.argv.slice(2);
	const option = (name: string, fallback: number) => {
		const i = argv.indexOf(name);
		if (i < 0) return fallback;
		const value = Number(argv[i + 1]);
		argv.splice(i, 2);
		if (!Number.isFinite(value)) throw new Error(`${name} needs a number`);
		return value;
	};
	const top = option('--top', 25);
	const threshold = option('--threshold', SCENARIO_THRESHOLD);
	const check = argv.includes('--check');
	const files = argv.filter((a) => !a.startsWith('--'));
	const banks = (
		files.length > 0
			? files
			: listFiles('quizzes', '.json').filter(
					(f) => !f.endsWith('bank.schema.json') && !/(^|\/)_[^/]*$/.test(f),
				)
	).map(readBank);
	const review = Math.min(REVIEW_THRESHOLD, threshold);
	const pairs = nearDuplicateItems(banks, review);
	const above = pairs.filter((p) => p.score >= threshold);
	const bankOf = (id: string) => id.split('/')[0];
	const across = above.filter((p) => bankOf(p.a) !== bankOf(p.b)).length;
	console.log(
		`Shared scenarios: character-bigram Jaccard of stem + keys (NFKC, no code blocks, spaces or punctuation); threshold ${threshold}, review from ${review}.`,
	);
	console.log(
		`${above.length} pair(s) at or above ${threshold} (${across} across banks, ${above.length - across} within a bank); ${pairs.length - above.length} more in the review band.`,
	);
	console.log(`\nTop ${Math.min(top, pairs.length)} pairs:`);
	for (const p of pairs.slice(0, top))
		console.log(
			`${p.score.toFixed(3)}  ${p.score >= threshold ? '✗' : '?'}  ${p.a}  ${p.b}${bankOf(p.a) === bankOf(p.b) ? '  (same bank)' : ''}`,
		);
	if (check && above.length > 0) process.exitCode = 1;
}
