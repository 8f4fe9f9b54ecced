/**
 * `npm run validate`: checks every lesson, glossary term and question bank (schemas, then
 * cross-references) and prints item-writing cues for the banks (src/lib/quiz/cues.ts).
 *
 * Usage: node scripts/check-content.ts [--strict] [file …]   (no files: everything)
 * A bank file outside quizzes/ (or a `_draft.json`) given as an argument is validated as well.
 *
 * - Errors: `file › item › field: what to do`. Any error exits 1.
 * - Warnings (cues): `file › question id › what › how to fix`, then a table of each bank's
 *   figures. Warnings never change the exit code.
 * - `--strict`: the bank-level thresholds (CUE_THRESHOLDS) become errors, for every bank checked.
 */
import { existsSync } from 'node:fs';
import { resolve, relative } from 'node:path';
import { checkAllContent, ROOT } from './content-files.ts';
import { staleQuestions } from './coverage-report.ts';
import { formatProblem, sortProblems, type Problem } from '../src/lib/problem.ts';
import {
	bankCueFigures,
	bankCues,
	CUE_THRESHOLDS,
	formatCue,
	questionCues,
	thresholdFailures,
	type BankCueFigures,
} from '../src/lib/quiz/cues.ts';

const argv = process.argv.slice(2);
const flags = argv.filter((a) => a.startsWith('--'));
const unknown = flags.filter((f) => f !== '--strict');
if (unknown.length > 0) {
	console.error(
		`知らないオプションです: ${unknown.join(' ')}\n使い方: npm run validate -- [--strict] [quizzes/<id>.json …]`,
	);
	process.exit(2);
}
const strict = flags.includes('--strict');
// Files inside the repository by their relative path, others by their absolute path.
const args = argv
	.filter((a) => !a.startsWith('--'))
	.map((a) => {
		const rel = relative(ROOT, resolve(a));
		return rel.startsWith('..') ? resolve(a) : rel;
	});
const missing = args.filter((a) => !existsSync(resolve(ROOT, a)));
if (missing.length > 0) {
	console.error(`ファイルがありません: ${missing.join(', ')}`);
	process.exit(2);
}
const only = args.length > 0 ? new Set(args) : undefined;

// A bank given by path that is not in quizzes/ (or is a `_` draft) is validated too.
const content = checkAllContent(args.filter((a) => a.endsWith('.json')));
const problems: Problem[] = content.problems.filter((p) => !only || only.has(p.file));
const banks = content.locatedBanks.filter((b) => !only || only.has(b.file));

// Cues, per bank in file order: each question's cues in question order, then the bank's.
const figures = banks.map(({ file, bank }) => ({ file, bank, f: bankCueFigures(bank.questions) }));
// In strict mode the thresholds are errors below, so they are not repeated as warnings.
const STRICT_KINDS = new Set(['bank-key-longest', 'bank-length-ratio', 'bank-quotes-notes']);
const warnings = figures.flatMap(({ file, bank, f }) => [
	...bank.questions.flatMap((q) => questionCues(q).map((c) => formatCue(file, c))),
	...bankCues(f)
		.filter((c) => !strict || !STRICT_KINDS.has(c.kind))
		.map((c) => formatCue(file, c)),
]);
if (strict) {
	for (const { file, f } of figures)
		for (const t of thresholdFailures(f))
			problems.push({
				file,
				field: '(問題集全体)',
				message: `厳格モード（--strict）: ${t.what}。${t.fix}`,
			});
}

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);
/** Terminal columns of a string: East Asian wide characters take two. */
const width = (s: string) =>
	Array.from(s).reduce(
		(n, ch) =>
			n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1),
		0,
	);
function table(rows: string[][]): string {
	const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
	return rows
		.map((r) =>
			r
				.map((c, i) => {
					const pad = ' '.repeat((widths[i] ?? 0) - width(c));
					return i === 0 ? c + pad : pad + c;
				})
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}
function figuresTable(rows: { file: string; f: BankCueFigures }[]): string {
	const T = CUE_THRESHOLDS;
	return table([
		[
			'問題集',
			'問題数',
			'1つ選択',
			`正解が最長(≤${pct(T.keyLongestShare)})`,
			`長さの比(≤${T.lengthRatio})`,
			`資料の引用(${T.quotesNotes})`,
			'主張の判定',
			'断定語 正解/誤答',
			'長い正解',
			'判定',
		],
		...rows.map(({ file, f }) => [
			file,
			`${f.questions}`,
			`${f.single}`,
			pct(f.keyLongestShare),
			f.lengthRatio === null ? '–' : f.lengthRatio.toFixed(2),
			`${f.quotesNotes.length}`,
			`${f.claimFraming.length}`,
			`${pct(f.absoluteInKeys)} / ${pct(f.absoluteInDistractors)}`,
			`${f.longKey.length}`,
			thresholdFailures(f).length === 0 ? 'OK' : '✗ 基準超え',
		]),
	]);
}

for (const p of sortProblems(problems)) console.log(formatProblem(p));
if (warnings.length > 0) {
	console.log(
		`\n作問の手がかり（警告。終了コードは変わりません。形式: ファイル › 問題 id › 何が › どう直すか）`,
	);
	for (const w of warnings) console.log(w);
}
if (figures.length > 0) {
	console.log(
		`\n問題集ごとの数値（基準を超えると判定が ✗。--strict ではエラー。測り方: /instructors/ の「作問の手がかり」）`,
	);
	console.log(figuresTable(figures));
	const stale = staleQuestions(
		banks,
		content.lessons.map((l) => ({ slug: l.slug, lastVerified: l.data.lastVerified })),
	);
	const dates = banks.flatMap(({ bank }) => bank.questions.map((q) => q.verified)).sort();
	if (dates.length > 0)
		console.log(
			`\nverified: 最も古い ${dates[0] ?? ''}（${dates.filter((d) => d === dates[0]).length} 問）、最も新しい ${dates.at(-1) ?? ''}。レッスンの lastVerified より古い問題: ${stale.length} 問${stale.length > 0 ? '（一覧は npm run coverage）' : ''}`,
		);
}

const counts = `${content.lessons.length} lessons, ${content.terms.length} terms, ${content.bankFiles.length} banks`;
const summary = `${problems.length} problem(s), ${warnings.length} warning(s) (${counts}${strict ? ', strict' : ''}).`;
if (problems.length > 0) {
	console.log(`\n${summary}`);
	process.exit(1);
}
console.log(`\nOK: ${summary}`);
