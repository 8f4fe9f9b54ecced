/** The messages an instructor reads, pinned: file › question id › field: what to do. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateBanks } from './validate.ts';
import { formatProblem, sortProblems } from '../problem.ts';

const template = JSON.parse(
	readFileSync(resolve(import.meta.dirname, '../../../quizzes/_template.json'), 'utf8'),
) as {
	questions: Record<string, unknown>[];
} & Record<string, unknown>;
const [single, multiple] = template.questions as [Record<string, unknown>, Record<string, unknown>];
const options = (q: Record<string, unknown>) => q['options'] as Record<string, unknown>[];
/** `obj` without `key`, with `extra` added (for renaming a field into a typo). */
const rename = (obj: Record<string, unknown>, key: string, extra: Record<string, unknown>) => {
	const copy = { ...obj, ...extra };
	return Object.fromEntries(Object.entries(copy).filter(([k]) => k !== key));
};
const LESSONS = new Set(['security', 'pricing-and-cost', 'networking', 'storage']);
const report = (files: Parameters<typeof validateBanks>[0]) =>
	sortProblems(validateBanks(files, LESSONS).problems).map(formatProblem);

describe('bank validation messages', () => {
	it('accepts the template', () => {
		expect(report([{ file: 'quizzes/my-bank.json', json: template }])).toEqual([]);
	});

	it('reports every problem of a broken bank in one run', () => {
		const bank = {
			...template,
			id: 'my-bank',
			exam: 'SAA-C02',
			domains: [{ id: 'secure', title: 'S', weight: 60 }],
			questions: [
				{
					...single,
					options: (single['options'] as Record<string, unknown>[]).map((o) => ({
						...o,
						correct: true,
					})),
				},
				{ ...multiple, choose: undefined, lessons: ['securty'] },
				{
					...single,
					id: 'my-bank-003',
					domain: 'cost',
					stem: '短い',
					options: (single['options'] as Record<string, unknown>[]).slice(0, 3),
				},
			],
		};
		expect(report([{ file: 'quizzes/my-bank.json', json: bank }])).toMatchInlineSnapshot(`
			[
			  "quizzes/my-bank.json › domains: ドメインの weight の合計が 60 です。合計が 100 になるようにしてください",
			  "quizzes/my-bank.json › exam: 次のどれかにしてください: "SAA-C03", "DVA-C02", "SOA-C03", "CLF-C02", "none"",
			  "quizzes/my-bank.json › my-bank-001 › options: 1つ選択の問題は正解がちょうど 1 つ必要ですが、4 個あります。correct: true を 1 つだけにしてください",
			  "quizzes/my-bank.json › my-bank-002 › choose: 複数選択（multiple）の問題には choose（選ぶ数、2 以上）を書いてください",
			  "quizzes/my-bank.json › my-bank-002 › domain: ドメイン「cost-optimized」は domains にありません。次のどれかにしてください: secure",
			  "quizzes/my-bank.json › my-bank-002 › lessons[0]: レッスン「securty」はありません。「security」のつもりなら、「security」に直してください",
			  "quizzes/my-bank.json › my-bank-003 › domain: ドメイン「cost」は domains にありません。次のどれかにしてください: secure",
			  "quizzes/my-bank.json › my-bank-003 › options: 1つ選択の問題には選択肢が 4 つ以上必要ですが、3 個です",
			  "quizzes/my-bank.json › my-bank-003 › stem: 問題文を 20 文字以上で書いてください",
			]
		`);
	});

	it('reports ids reused across banks and a file name that differs from the id', () => {
		expect(
			report([
				{ file: 'quizzes/my-bank.json', json: template },
				{ file: 'quizzes/copy.json', json: { ...template, id: 'copy' } },
				{ file: 'quizzes/other.json', json: { ...template, id: 'renamed' } },
			]),
		).toMatchInlineSnapshot(`
			[
			  "quizzes/copy.json › my-bank-001 › id: 問題 id「my-bank-001」は quizzes/my-bank.json でも使われています。履歴は id で記録されるので、新しい id を付けてください",
			  "quizzes/copy.json › my-bank-002 › id: 問題 id「my-bank-002」は quizzes/my-bank.json でも使われています。履歴は id で記録されるので、新しい id を付けてください",
			  "quizzes/other.json › id: バンク id「renamed」がファイル名と違います。「other」にしてください",
			  "quizzes/other.json › my-bank-001 › id: 問題 id「my-bank-001」は quizzes/my-bank.json でも使われています。履歴は id で記録されるので、新しい id を付けてください",
			  "quizzes/other.json › my-bank-002 › id: 問題 id「my-bank-002」は quizzes/my-bank.json でも使われています。履歴は id で記録されるので、新しい id を付けてください",
			]
		`);
	});

	it('reports unreadable JSON and a missing field in plain words', () => {
		expect(
			report([
				{
					file: 'quizzes/broken.json',
					syntaxError: "Expected ',' or '}' after property value in JSON at position 10",
				},
				{
					file: 'quizzes/empty.json',
					json: {
						id: 'empty',
						title: 'T',
						description: 'D',
						domains: [{ id: 'a', title: 'A', weight: 100 }],
						questions: [],
					},
				},
			]),
		).toMatchInlineSnapshot(`
			[
			  "quizzes/broken.json: JSON として読めません（Expected ',' or '}' after property value in JSON at position 10）。カンマや引用符を確認してください",
			  "quizzes/empty.json › questions: 問題を 1 問以上書いてください",
			  "quizzes/empty.json › timeLimitMinutes: 必須の項目がありません。数値で書いてください",
			]
		`);
	});

	it('reports a misspelt or unknown field with "did you mean" at every level, once', () => {
		const [a, b, ...rest] = options(single);
		const bank = {
			...rename(template, 'timeLimitMinutes', { timelimit_minutes: 10 }),
			domains: [
				{ id: 'secure', title: 'S', weight: 60, wieght: 1 },
				{ id: 'cost-optimized', title: 'C', weight: 40 },
			],
			questions: [
				{
					...single,
					options: [
						rename(a ?? {}, 'explanation', { explaination: '正解。タスクロールで与えます。' }),
						{ ...b, pinned: true },
						...rest,
					],
					references: [{ title: 'T', url: 'https://docs.aws.amazon.com/', note: 'x' }],
				},
				rename(multiple, 'lessons', { lesson: ['pricing-and-cost'], choices: [], reviewer: 'x' }),
			].map((q) => ({ ...q, difficulty: 'medium' })),
		};
		expect(report([{ file: 'quizzes/my-bank.json', json: bank }])).toMatchInlineSnapshot(`
			[
			  "quizzes/my-bank.json › domains[0].wieght: 知らない項目です。「weight」のつもりなら、項目名を「weight」に直してください",
			  "quizzes/my-bank.json › timelimit_minutes: 知らない項目です。「timeLimitMinutes」のつもりなら、項目名を「timeLimitMinutes」に直してください",
			  "quizzes/my-bank.json › my-bank-001 › options[0].explaination: 知らない項目です。「explanation」のつもりなら、項目名を「explanation」に直してください",
			  "quizzes/my-bank.json › my-bank-001 › options[1].pinned: 知らない項目です。「pin」のつもりなら、項目名を「pin」に直してください",
			  "quizzes/my-bank.json › my-bank-001 › references[0].note: 知らない項目です。ここで使える項目は title, url です。不要なら削除してください",
			  "quizzes/my-bank.json › my-bank-002 › choices: 知らない項目です。「options」のつもりなら、項目名を「options」に直してください",
			  "quizzes/my-bank.json › my-bank-002 › lesson: 知らない項目です。「lessons」のつもりなら、項目名を「lessons」に直してください",
			  "quizzes/my-bank.json › my-bank-002 › reviewer: 知らない項目です。ここで使える項目は id, domain, type, choose, stem, options, explanation, references, lessons, tags, exams, difficulty, verified です。不要なら削除してください",
			]
		`);
	});

	it('checks verified, exams and order', () => {
		const bank = {
			...template,
			questions: [
				{ ...single, verified: '2026-02-30' },
				{ ...multiple, exams: ['SAA-C03', 'none', 'SAA-C03'] },
			],
		};
		const noDate = {
			...template,
			id: 'other',
			order: 3,
			questions: [rename(single, 'verified', {})],
		};
		expect(
			report([
				{ file: 'quizzes/my-bank.json', json: { ...bank, order: 3 } },
				{ file: 'quizzes/other.json', json: noDate },
				{
					file: 'quizzes/third.json',
					json: {
						...template,
						id: 'third',
						order: 0,
						questions: [{ ...single, id: 'third-1', verified: 20261123 }],
					},
				},
			]),
		).toMatchInlineSnapshot(`
			[
			  "quizzes/my-bank.json › my-bank-001 › verified: YYYY-MM-DD の形の実在する日付で書いてください（例: 2026-11-23）",
			  "quizzes/my-bank.json › my-bank-002 › exams[1]: 次のどれかにしてください: "SAA-C03", "DVA-C02", "SOA-C03", "CLF-C02"",
			  "quizzes/my-bank.json › my-bank-002 › exams[2]: 試験コード「SAA-C03」が重複しています。1 回だけ書いてください",
			  "quizzes/other.json › my-bank-001 › id: 問題 id「my-bank-001」は quizzes/my-bank.json でも使われています。履歴は id で記録されるので、新しい id を付けてください",
			  "quizzes/other.json › my-bank-001 › verified: 必須の項目がありません。AWS ドキュメントと照合した日付を "YYYY-MM-DD" の形で書いてください（例: "verified": "2026-11-23"）",
			  "quizzes/third.json › order: 1 以上の整数で書いてください（1 が一覧の先頭）",
			  "quizzes/third.json › third-1 › verified: AWS ドキュメントと照合した日付を "YYYY-MM-DD" の形で書いてください（例: "verified": "2026-11-23"）",
			]
		`);
	});

	it('suggests the closest lesson slug, or lists them when none is close', () => {
		const bank = {
			...template,
			questions: [{ ...single, lessons: ['securty', 'networkng', 'fargate-basics-101'] }, multiple],
		};
		expect(report([{ file: 'quizzes/my-bank.json', json: bank }])).toMatchInlineSnapshot(`
			[
			  "quizzes/my-bank.json › my-bank-001 › lessons[0]: レッスン「securty」はありません。「security」のつもりなら、「security」に直してください",
			  "quizzes/my-bank.json › my-bank-001 › lessons[1]: レッスン「networkng」はありません。「networking」のつもりなら、「networking」に直してください",
			  "quizzes/my-bank.json › my-bank-001 › lessons[2]: レッスン「fargate-basics-101」はありません。content/lessons/ にあるファイル名（.mdx を除く）を書いてください: networking, pricing-and-cost, security, storage",
			]
		`);
	});

	it('fills in exams from the bank when a question has none', () => {
		const { banks } = validateBanks([{ file: 'quizzes/my-bank.json', json: template }], LESSONS);
		expect(banks[0]?.questions.map((q) => q.exams)).toEqual([['SAA-C03'], ['SAA-C03', 'SOA-C03']]);
		const none = validateBanks(
			[{ file: 'quizzes/my-bank.json', json: { ...template, exam: 'none' } }],
			LESSONS,
		).banks[0];
		expect(none?.questions[0]?.exams).toEqual([]);
	});
});
