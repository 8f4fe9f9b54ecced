/** The shipped banks: shape of the course's banks, seed-topic coverage and no near-copy stems. */
import { describe, expect, it } from 'vitest';
import { checkAllContent } from './content-files.ts';
import { coverage } from './coverage-report.ts';
import { nearDuplicateStems, NEAR_DUPLICATE_THRESHOLD } from './near-duplicates.ts';
import type { Bank } from '../src/schemas/bank.ts';

const content = checkAllContent();
const { banks } = content;

describe('question banks', () => {
	it('has at least 240 questions in theme banks of 25–40, plus a 65-question, 130-minute mock exam', () => {
		const mock = banks.find((b) => b.id === 'mock-exam');
		const themes = banks.filter((b) => b.id !== 'mock-exam');
		expect(themes.reduce((n, b) => n + b.questions.length, 0)).toBeGreaterThanOrEqual(240);
		for (const b of themes)
			expect(b.questions.length, b.id).toSatisfy((n: number) => n >= 25 && n <= 40);
		expect(mock).toMatchObject({ timeLimitMinutes: 130, passingScore: 720 });
		expect(mock?.questions).toHaveLength(65);
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
	});

	it('the near-copy check catches a lightly reworded stem', () => {
		const q = banks[0]!.questions[0]!;
		const copy: Bank = {
			...banks[0]!,
			id: 'copy',
			questions: [
				{ ...q, id: 'copy-1', stem: q.stem.replace('ある', 'とある').replace('。', '、') },
			],
		};
		const pairs = nearDuplicateStems([banks[0]!, copy]);
		expect(pairs.some((p) => p.b === 'copy/copy-1' || p.a === 'copy/copy-1')).toBe(true);
		expect(pairs[0]!.score).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
	});
});
