/**
 * Test-wise benchmark (issue 14 §2): the score of test-taking strategies that know nothing about
 * AWS, per bank, next to chance. A bank measures understanding only if none of them beats
 * chance by more than TARGET_POINTS.
 *
 * Strategies (each picks the top N options by its score, N = the number of keys; "choose N" is
 * scored all or nothing, as in the app; ties are broken uniformly at random):
 * - chance: any N options;
 * - longest: the longest options (length as the cue linter measures it: src/lib/quiz/cues.ts);
 * - no absolute word: never an option with 必ず・常に・すべて・のみ… (cues.ts ABSOLUTE_WORDS),
 *   at random among the rest;
 * - most specific: the most code spans, numbers and capitalised Latin words (cues.ts specificity);
 * - position (app): always the same letters (a; for choose 2: a and b…) in the order the app
 *   shows: options are shuffled per session, pinned ones stay, so this is chance unless pins
 *   leak the key;
 * - position (authored): the same in the order the bank's author wrote, the bias a printout or
 *   an export without shuffling would show (reported, not a target: the app shuffles).
 * For the two position strategies the best starting letter is reported.
 *
 * Every figure is an exact expectation (no sampling), so runs are identical.
 *
 * Standalone: node scripts/bench/test-wise.ts [bank.json …]   (no files: the shipped banks)
 * prints the tables and exits 0 (1 only when a file cannot be read). `npm run bench` includes
 * the same tables and turns them into targets (scripts/bench/report.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BankSchema, type Bank } from '../../src/schemas/bank.ts';
import { absoluteWords, specificity, textLength } from '../../src/lib/quiz/cues.ts';
import { listFiles, ROOT } from '../content-files.ts';

/** Target: every strategy at most this many percentage points above chance. */
export const TARGET_POINTS = 10;

/** What a strategy needs to know about a question. */
export interface TestWiseQuestion {
	type: 'single' | 'multiple';
	options: readonly { text: string; correct: boolean; pin?: boolean | undefined }[];
}

/** Binomial coefficient C(n, k). */
export function choose(n: number, k: number): number {
	if (k < 0 || k > n) return 0;
	let out = 1;
	for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
	return Math.round(out);
}

/**
 * Probability that taking the `n` highest-scoring options, ties broken uniformly at random,
 * selects exactly the keys.
 */
export function topNProbability(
	scores: readonly number[],
	keys: readonly boolean[],
	n: number,
): number {
	const values = [...new Set(scores)].sort((a, b) => b - a);
	let need = n;
	for (const v of values) {
		if (need === 0) break;
		const group = scores.flatMap((s, i) => (s === v ? [i] : []));
		const keysInGroup = group.filter((i) => keys[i] === true).length;
		if (group.length <= need) {
			if (keysInGroup < group.length) return 0; // a distractor is certainly picked
			need -= group.length;
		} else {
			// `need` of this group are drawn at random: all the keys left must be here.
			return keysInGroup === need ? 1 / choose(group.length, need) : 0;
		}
	}
	return need === 0 ? 1 : 0;
}

/** The positions a "same letters" strategy picks: `n` in a row from `start`, wrapping. */
const positions = (start: number, n: number, m: number) =>
	Array.from({ length: n }, (_, i) => (start + i) % m);

/** Fixed letters in the authored order: 1 when they are exactly the keys, else 0. */
export function authoredPositionProbability(q: TestWiseQuestion, start: number): number {
	const n = q.options.filter((o) => o.correct).length;
	const picked = new Set(positions(start, n, q.options.length));
	return q.options.every((o, i) => o.correct === picked.has(i)) ? 1 : 0;
}

/**
 * Fixed letters in the app's order: pinned options keep their place, the others are shuffled,
 * so the picked unpinned places hold a uniformly random subset of the unpinned options.
 */
export function appPositionProbability(q: TestWiseQuestion, start: number): number {
	const m = q.options.length;
	const n = q.options.filter((o) => o.correct).length;
	const picked = new Set(positions(start, n, m));
	const pinned = q.options.map((o) => o.pin === true);
	// Every pinned option must be picked iff it is a key.
	if (q.options.some((o, i) => pinned[i] === true && o.correct !== picked.has(i))) return 0;
	const unpinned = q.options.filter((_, i) => pinned[i] !== true);
	const slots = [...picked].filter((i) => pinned[i] !== true).length;
	const unpinnedKeys = unpinned.filter((o) => o.correct).length;
	return unpinnedKeys === slots ? 1 / choose(unpinned.length, slots) : 0;
}

const LETTERS = 'abcdefghij';

/** One strategy's expected score over a set of questions (0–1). */
export interface PositionScore {
	/** The best starting letter and its score. */
	letter: string;
	score: number;
}

export interface TypeResult {
	questions: number;
	chance: number;
	longest: number;
	noAbsolute: number;
	specific: number;
	positionApp: PositionScore;
	positionAuthored: PositionScore;
}

export interface BankResult {
	id: string;
	file: string;
	single: TypeResult | null;
	multiple: TypeResult | null;
}

export interface TestWiseReport {
	targetPoints: number;
	banks: BankResult[];
	/** Every bank together. */
	all: { single: TypeResult | null; multiple: TypeResult | null };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function bestPosition(
	questions: readonly TestWiseQuestion[],
	probability: (q: TestWiseQuestion, start: number) => number,
): PositionScore {
	const maxOptions = Math.max(...questions.map((q) => q.options.length));
	let best: PositionScore = { letter: 'a', score: -1 };
	for (let start = 0; start < maxOptions; start++) {
		const score = mean(
			questions.map((q) => (start < q.options.length ? probability(q, start) : 0)),
		);
		if (score > best.score) best = { letter: LETTERS.charAt(start), score };
	}
	return best;
}

/** Expected scores of every strategy on a set of questions; null when there are none. */
export function scoreStrategies(questions: readonly TestWiseQuestion[]): TypeResult | null {
	if (questions.length === 0) return null;
	const by = (score: (text: string) => number) =>
		mean(
			questions.map((q) =>
				topNProbability(
					q.options.map((o) => score(o.text)),
					q.options.map((o) => o.correct),
					q.options.filter((o) => o.correct).length,
				),
			),
		);
	return {
		questions: questions.length,
		chance: mean(
			questions.map((q) => 1 / choose(q.options.length, q.options.filter((o) => o.correct).length)),
		),
		longest: by(textLength),
		noAbsolute: by((text) => (absoluteWords(text).length > 0 ? 0 : 1)),
		specific: by(specificity),
		positionApp: bestPosition(questions, appPositionProbability),
		positionAuthored: bestPosition(questions, authoredPositionProbability),
	};
}

/** The strategies judged against the target (authored position is shown, not judged). */
export const JUDGED = ['longest', 'noAbsolute', 'specific', 'positionApp'] as const;

/** Percentage points by which the best judged strategy beats chance. */
export function excessPoints(r: TypeResult): number {
	const scores = [r.longest, r.noAbsolute, r.specific, r.positionApp.score];
	return (Math.max(...scores) - r.chance) * 100;
}

/** Scores every bank, by question type, and all banks together. */
export function testWiseReport(banks: readonly { file: string; bank: Bank }[]): TestWiseReport {
	const split = (qs: readonly TestWiseQuestion[]) => ({
		single: scoreStrategies(qs.filter((q) => q.type === 'single')),
		multiple: scoreStrategies(qs.filter((q) => q.type === 'multiple')),
	});
	return {
		targetPoints: TARGET_POINTS,
		banks: banks.map(({ file, bank }) => ({ id: bank.id, file, ...split(bank.questions) })),
		all: split(banks.flatMap(({ bank }) => bank.questions)),
	};
}

// ---- printing -------------------------------------------------------------------------------

const cell = (score: number, chance: number, judged = true) =>
	`${(score * 100).toFixed(1)}${(score - chance) * 100 > TARGET_POINTS ? (judged ? ' ✗' : ' (✗)') : '  '}`;

function table(rows: string[][]): string {
	const widths = (rows[0] ?? []).map((_, i) =>
		Math.max(...rows.map((r) => Array.from(r[i] ?? '').length)),
	);
	return rows
		.map((r) =>
			r
				.map((c, i) => {
					const pad = ' '.repeat((widths[i] ?? 0) - Array.from(c).length);
					return i === 0 ? c + pad : pad + c;
				})
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}

function typeTable(rows: { name: string; r: TypeResult | null }[]): string {
	return table([
		[
			'bank',
			'questions',
			'chance',
			'longest',
			'no absolute',
			'most specific',
			'position (app)',
			'position (authored)',
		],
		...rows.map(({ name, r }) =>
			r === null
				? [name, '0', '', '', '', '', '', '']
				: [
						name,
						`${r.questions}`,
						`${(r.chance * 100).toFixed(1)}  `,
						cell(r.longest, r.chance),
						cell(r.noAbsolute, r.chance),
						cell(r.specific, r.chance),
						`${r.positionApp.letter} ${cell(r.positionApp.score, r.chance)}`,
						`${r.positionAuthored.letter} ${cell(r.positionAuthored.score, r.chance, false)}`,
					],
		),
	]);
}

/** The printed tables: single-answer, then choose-N questions, per bank and for all banks. */
export function formatTestWise(r: TestWiseReport): string {
	const rows = (kind: 'single' | 'multiple') => [
		...r.banks.map((b) => ({ name: b.id, r: b[kind] })),
		{ name: 'all banks', r: r.all[kind] },
	];
	return [
		`TEST-WISE STRATEGIES: expected score in % of strategies that know nothing about AWS (target: ≤ chance + ${r.targetPoints} points; ✗ above it; (✗) authored order only, the app shuffles options)`,
		'Single answer',
		typeTable(rows('single')),
		'',
		'Choose N (the strategy picks its top N; all or nothing)',
		typeTable(rows('multiple')),
		'',
		'longest: by visible characters (NFKC, Markdown removed, no spaces); no absolute: random among options without 必ず・常に・すべて・のみ…; most specific: code spans + numbers + capitalised words; position: best fixed letter(s); ties split evenly.',
	].join('\n');
}

/** Reads and parses bank files (relative to the repository root or absolute). */
export function readBanks(files: readonly string[]): {
	banks: { file: string; bank: Bank }[];
	errors: string[];
} {
	const banks: { file: string; bank: Bank }[] = [];
	const errors: string[] = [];
	for (const file of files) {
		try {
			const parsed = BankSchema.safeParse(JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')));
			if (parsed.success) banks.push({ file, bank: parsed.data });
			else errors.push(`${file}: not a valid bank (run npm run validate -- ${file})`);
		} catch (e) {
			errors.push(`${file}: ${(e as Error).message}`);
		}
	}
	return { banks, errors };
}

/** The shipped banks: quizzes/*.json without bank.schema.json and `_` drafts. */
export function shippedBankFiles(): string[] {
	return listFiles('quizzes', '.json').filter(
		(f) => !f.endsWith('bank.schema.json') && !/(^|\/)_[^/]*$/.test(f),
	);
}

if (import.meta.main) {
	const args = process.argv.slice(2);
	const { banks, errors } = readBanks(args.length > 0 ? args : shippedBankFiles());
	for (const e of errors) console.error(e);
	console.log(formatTestWise(testWiseReport(banks)));
	process.exitCode = errors.length > 0 ? 1 : 0;
}
