/**
 * `npm run validate` end to end on fixture banks written to a temporary folder: a misspelt
 * field, cue warnings that leave the exit code alone, and `--strict` turning the bank-level
 * thresholds into errors.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './content-files.ts';

type Json = Record<string, unknown>;
const template = JSON.parse(readFileSync(resolve(ROOT, 'quizzes/_template.json'), 'utf8')) as Json;
const dir = mkdtempSync(join(tmpdir(), 'fd-validate-'));
afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

/** Writes a fixture bank `<id>.json` (question ids prefixed with the bank id) and returns its path. */
function fixture(id: string, edit: (questions: Json[]) => Json[] = (q) => q): string {
	const questions = (template['questions'] as Json[]).map((q, i) => ({
		...q,
		id: `${id}-${i + 1}`,
	}));
	const path = join(dir, `${id}.json`);
	writeFileSync(path, JSON.stringify({ ...template, id, questions: edit(questions) }, null, 2));
	return path;
}

function validate(...args: string[]): { status: number | null; lines: string[] } {
	const r = spawnSync(process.execPath, ['scripts/check-content.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	// Fixture paths are outside the repository: printed absolute; shorten them for reading.
	return { status: r.status, lines: r.stdout.replaceAll(`${dir}/`, '').split('\n') };
}

/** Options of the template's first question with the key made three times as long. */
const lengthen = (questions: Json[]) =>
	questions.map((q, i) =>
		i > 0
			? q
			: {
					...q,
					stem: `チームの学習ノートには「Fargate では IAM ロールを使えない」と書かれています。${String(q['stem'])}`,
					options: (q['options'] as Json[]).map((o) =>
						o['correct'] === true
							? {
									...o,
									text: `${String(o['text'])}。アプリケーションの権限はタスクロールで与えるのが AWS の推奨で、一時的な認証情報が自動で提供されるため`,
								}
							: o,
					),
				},
	);

// Each run of the CLI reads every lesson, term and bank (about 1–3 s on a busy 2-core machine):
// generous limits, not timings.
const LIMIT = 60_000;

describe('npm run validate on fixture banks', () => {
	it(
		'passes the template-like bank, strict included',
		() => {
			const ok = fixture('fixture-ok');
			const plain = validate(ok);
			expect(plain.status).toBe(0);
			expect(plain.lines.at(-2)).toMatch(/^OK: 0 problem\(s\), 0 warning\(s\)/);
			expect(validate('--strict', ok).status).toBe(0);
		},
		LIMIT,
	);

	it(
		'reports a misspelt field with file, question id and a suggestion',
		() => {
			const typo = fixture('fixture-typo', ([q, ...rest]) => {
				const options = (q?.['options'] as Json[]).map((o, i) => {
					if (i !== 1) return o;
					const { explanation, ...others } = o;
					return { ...others, explaination: explanation };
				});
				return [{ ...q, options }, ...rest];
			});
			const r = validate(typo);
			expect(r.status).toBe(1);
			expect(r.lines.filter((l) => l.includes('explaination'))).toEqual([
				'fixture-typo.json › fixture-typo-1 › options[1].explaination: 知らない項目です。「explanation」のつもりなら、項目名を「explanation」に直してください',
			]);
		},
		LIMIT,
	);

	it(
		'warns about a long key without failing, and fails with --strict',
		() => {
			const long = fixture('fixture-long', lengthen);
			const plain = validate(long);
			expect(plain.status).toBe(0);
			expect(
				plain.lines.filter((l) => l.startsWith('fixture-long.json › fixture-long-1 ›')),
			).toEqual([
				expect.stringMatching(
					/ › 正解が誤答より長い（正解 \d+ 字、誤答の平均 \d+ 字で [\d.]+ 倍、最長の誤答より \d+ % 長い） › 正解の理由づけ/,
				),
				expect.stringMatching(
					/ › 問題文が学習ノートや資料の記述を引用している（チームの学習ノートには/,
				),
			]);
			const strict = validate('--strict', long);
			expect(strict.status).toBe(1);
			expect(
				strict.lines
					.filter((l) => l.includes('厳格モード'))
					.map((l) => l.replace(/（[^）]*）。.*$/, '')),
			).toEqual([
				'fixture-long.json › (問題集全体): 厳格モード（--strict）: 1つ選択の問題で正解が最長の選択肢である割合が 100 %',
				expect.stringMatching(
					/^fixture-long\.json › \(問題集全体\): 厳格モード（--strict）: 正解の平均の長さが誤答の平均の \d\.\d\d 倍$/,
				),
				'fixture-long.json › (問題集全体): 厳格モード（--strict）: 学習ノートや資料を引用した問題文が 1 問',
			]);
			// The per-bank figures are printed with the errors.
			expect(strict.lines.some((l) => /^fixture-long\.json\s+2\s+1\s+100 %/.test(l))).toBe(true);
		},
		LIMIT,
	);

	it(
		'refuses an unknown option and a missing file',
		() => {
			expect(validate('--strcit').status).toBe(2);
			expect(validate(join(dir, 'missing.json')).status).toBe(2);
		},
		LIMIT,
	);
});
