/** The shipped banks: shape of the course's banks, seed-topic coverage and no near-copy stems. */
import { describe, expect, it } from 'vitest';
import { checkAllContent } from './content-files.ts';
import { coverage } from './coverage-report.ts';
import {
	nearDuplicateItems,
	nearDuplicateStems,
	NEAR_DUPLICATE_THRESHOLD,
	SCENARIO_THRESHOLD,
} from './near-duplicates.ts';
import type { Bank } from '../src/schemas/bank.ts';

const content = checkAllContent();
const { banks } = content;

describe('question banks', () => {
	it('has at least 240 questions in theme banks of 25–40, plus full-length mocks by the SAA-C03 weights', () => {
		const isMock = (b: Bank) => b.id.startsWith('mock-exam');
		const mocks = banks.filter(isMock);
		const themes = banks.filter((b) => !isMock(b));
		expect(themes.reduce((n, b) => n + b.questions.length, 0)).toBeGreaterThanOrEqual(240);
		for (const b of themes)
			expect(b.questions.length, b.id).toSatisfy((n: number) => n >= 25 && n <= 40);
		expect(mocks.length).toBeGreaterThanOrEqual(3);
		for (const mock of mocks) {
			expect(mock, mock.id).toMatchObject({ timeLimitMinutes: 130, passingScore: 720 });
			expect(mock.questions, mock.id).toHaveLength(65);
			// 30/26/24/20 % of 65, rounded so that they add up to 65.
			const perDomain = Object.fromEntries(mock.domains.map((d) => [d.id, 0]));
			for (const q of mock.questions) perDomain[q.domain] = (perDomain[q.domain] ?? 0) + 1;
			expect(perDomain, mock.id).toEqual({
				secure: 20,
				resilient: 17,
				performant: 15,
				'cost-optimized': 13,
			});
		}
	});

	it('has at least 30 % multiple-response questions in every bank', () => {
		for (const b of banks) {
			const multiple = b.questions.filter((q) => q.type === 'multiple').length;
			expect(multiple / b.questions.length, b.id).toBeGreaterThanOrEqual(0.3);
		}
	});

	it('asks every seed topic at least twice and links every lesson', () => {
		const c = coverage(banks);
		expect(c.thinTopics).toEqual([]);
		for (const l of content.lessons)
			expect(c.byLesson[l.slug] ?? 0, l.slug).toBeGreaterThanOrEqual(2);
	});

	it('has no near-copy stems within or across banks', () => {
		expect(nearDuplicateStems(banks)).toEqual([]);
	}, 60_000);

	it('the near-copy check catches a lightly reworded stem', () => {
		const [first] = banks;
		const q = first?.questions[0];
		if (!first || !q) throw new Error('no bank');
		const copy: Bank = {
			...first,
			id: 'copy',
			questions: [
				{ ...q, id: 'copy-1', stem: q.stem.replace('ある', 'とある').replace('。', '、') },
			],
		};
		const pairs = nearDuplicateStems([first, copy]);
		expect(pairs.some((p) => p.b === 'copy/copy-1' || p.a === 'copy/copy-1')).toBe(true);
		expect(pairs[0]?.score).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
	});

	// Shared scenarios (issue 14 §4): no two questions, in one bank or across banks, tell the same
	// scenario with the same key (stem + keys, bigram Jaccard ≥ SCENARIO_THRESHOLD).
	it(`no two questions share a scenario (stem + keys ≥ ${SCENARIO_THRESHOLD})`, () => {
		expect(nearDuplicateItems(banks)).toEqual([]);
	}, 60_000);

	it('the shared-scenario check catches a retold scenario with the same key, not a new one', () => {
		const bank = (id: string, questions: Bank['questions']): Bank => ({
			...(banks[0] as Bank),
			id,
			questions,
		});
		const base = banks[0]?.questions[0];
		if (!base) throw new Error('no question');
		const scenario = (id: string, stem: string, key: string) => ({
			...base,
			id,
			stem,
			options: base.options.map((o) => (o.correct ? { ...o, text: key } : o)),
		});
		const theme = scenario(
			'theme-1',
			'ある企業は、取引先のプライベートレジストリにあるイメージを Fargate で使います。認証情報は平文で残さず、ローテーションしたいと考えています。最も適切な方法はどれですか。',
			'認証情報を Secrets Manager に保存し、`repositoryCredentials` で参照してタスク実行ロールに読み取り権限を付ける',
		);
		const retold = scenario(
			'mock-1',
			'ある商社は、外部のプライベートなコンテナレジストリのイメージを Amazon ECS on Fargate で使う必要があります。認証情報をタスク定義に平文で書かず、定期的にローテーションします。どうすればよいですか。',
			'認証情報を AWS Secrets Manager に保存して `repositoryCredentials` で参照し、タスク実行ロールにそのシークレットの読み取り権限を与える',
		);
		const fresh = scenario(
			'mock-2',
			'ある物流企業は、夜間に 3 時間かかる集計ジョブを毎日 1 回実行しています。中断されたら最初からやり直せます。最もコストを抑えられる実行方法はどれですか。',
			'EventBridge Scheduler から Fargate Spot のタスクとして起動する',
		);
		const pairs = nearDuplicateItems([bank('theme', [theme]), bank('mock', [retold, fresh])]);
		expect(pairs.map((p) => [p.a, p.b])).toEqual([['theme/theme-1', 'mock/mock-1']]);
		expect(pairs[0]?.score).toBeGreaterThanOrEqual(SCENARIO_THRESHOLD);
	});
});
