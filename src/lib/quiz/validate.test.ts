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
const LESSONS = new Set(['security', 'pricing-and-cost']);
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
			  "quizzes/my-bank.json › my-bank-002 › lessons[0]: レッスン「securty」はありません。content/lessons/ にあるファイル名（.mdx を除く）を書いてください",
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
});
