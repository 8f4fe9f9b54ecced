/**
 * One question bank: `quizzes/<bank-id>.json`, one bank a file.
 *
 * THIS FILE IS IMPORTED BY THE ASTRO BUILD, THE `npm run validate` CLI, THE JSON SCHEMA GENERATOR
 * AND THE UNIT TESTS. `quizzes/bank.schema.json` is generated from it (`npm run schema`); a unit
 * test fails when the two drift apart.
 *
 * Every object is strict: an unknown field (a typo such as `explaination`) is an error, never
 * silently dropped; `src/lib/quiz/validate.ts` turns it into "did you mean …" using the field
 * lists exported here (`BANK_FIELDS` …).
 *
 * Checks that need one file only live here (superRefine). Checks across banks and against the
 * lessons (ids unique everywhere, lesson slugs exist) live in `src/lib/quiz/validate.ts`.
 * Item-writing cues (long keys, absolute words…) are warnings, in `src/lib/quiz/cues.ts`.
 */
import { z } from 'astro/zod';
import { SlugSchema, SourceSchema, SourcesSchema } from './common.ts';

/** Exams a bank can target. `none` for a bank that follows no exam guide. */
export const EXAMS = ['SAA-C03', 'DVA-C02', 'SOA-C03', 'CLF-C02', 'none'] as const;
/** Exam codes a question can be tagged with (`EXAMS` without `none`). */
export const EXAM_CODES = ['SAA-C03', 'DVA-C02', 'SOA-C03', 'CLF-C02'] as const;
export type ExamCode = (typeof EXAM_CODES)[number];
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

/** One answer option. */
export const OptionSchema = z.strictObject({
	/** Stable within its question (a, b, c…); answers are stored by it. */
	id: SlugSchema.describe(
		'Stable option id within the question (a, b, c…). Answers are stored by it.',
	),
	/** Option text (Markdown, inline). */
	text: z.string().min(1).describe('Option text (Markdown).'),
	/** Whether choosing this option is part of the correct answer. */
	correct: z.boolean().describe('true when this option is part of the correct answer.'),
	/** Why this option is right or wrong (Markdown). Shown after answering. */
	explanation: z
		.string()
		.min(10, { error: 'この選択肢がなぜ正しい（誤り）かを 10 文字以上で説明してください' })
		.describe('Why this option is right or wrong (Markdown).'),
	/** Keep this option in its authored position when options are shuffled. */
	pin: z.boolean().optional().describe('Keep this option in place when options are shuffled.'),
});
export type Option = z.output<typeof OptionSchema>;

/** A calendar date written YYYY-MM-DD (a real date: 2026-02-30 is refused). */
const IsoDateSchema = z.iso.date({
	error: 'YYYY-MM-DD の形の実在する日付で書いてください（例: 2026-11-23）',
});

/** The fields of a question, before the cross-field checks. */
const QuestionFields = z.strictObject({
	/** Stable id; never reuse it: learners' history is keyed on it. Unique across all banks. */
	id: SlugSchema.describe(
		'Stable id, unique across all banks. Never reuse: history is keyed on it.',
	),
	/** Id of one of the bank's domains. */
	domain: SlugSchema.describe("Id of one of the bank's domains."),
	/** `single`: 「1つ選択」. `multiple`: 「N つ選択」 with N in `choose`. */
	type: z
		.enum(['single', 'multiple'])
		.describe('single = choose one; multiple = choose `choose` options.'),
	/** For `multiple`: how many options must be chosen (≥ 2). Omit for `single`. */
	choose: z
		.number()
		.int()
		.min(2)
		.optional()
		.describe('For multiple: how many options to choose (>= 2).'),
	/** The question (Markdown: code, lists, tables; raw HTML is not rendered). */
	stem: z
		.string()
		.min(20, { error: '問題文を 20 文字以上で書いてください' })
		.describe('The question (Markdown).'),
	/** Answer options in authored order. */
	options: z
		.array(OptionSchema)
		.min(2, { error: '選択肢を 2 つ以上書いてください' })
		.describe('Answer options.'),
	/** Overall explanation shown after answering (Markdown). */
	explanation: z.string().min(10).describe('Overall explanation (Markdown).'),
	/** AWS documentation pages that back the answer. */
	references: SourcesSchema.describe('AWS documentation pages (title + https URL).'),
	/** Slugs of the lessons that teach this (content/lessons/<slug>.mdx). */
	lessons: z
		.array(SlugSchema)
		.min(1, { error: '学べるレッスンの slug を 1 つ以上書いてください' })
		.describe('Lesson slugs that teach this.'),
	/** Free-form tags used for filtering practice sets. */
	tags: z.array(z.string().min(1)).default([]).describe('Tags for filtering.'),
	/**
	 * Exams this question fits (a question can fit SAA-C03 and SOA-C03). Omitted: the bank's
	 * `exam` (none when the bank's exam is `none`). The parsed bank always has it filled in.
	 */
	exams: z
		.array(z.enum(EXAM_CODES))
		.min(1, {
			error: '試験コードを 1 つ以上書くか、exams ごと省いてください（省くと問題集の exam）',
		})
		.optional()
		.describe("Exam codes this question fits; omitted: the bank's exam."),
	/** How hard the question is. */
	difficulty: z.enum(DIFFICULTIES).describe('easy, medium or hard.'),
	/**
	 * Date (YYYY-MM-DD) the question, its key and every option's explanation were last checked
	 * against the AWS documentation in `references`. Shown on the question.
	 */
	verified: IsoDateSchema.describe(
		'Date (YYYY-MM-DD) the item was last checked against the AWS documentation.',
	),
});

/** One exam-style question. */
export const QuestionSchema = QuestionFields
	// `when: () => true`: run even when other fields failed, so one run reports every problem.
	// The input may then be malformed, hence the defensive reads from `unknown`.
	.superRefine(
		(input, ctx) => {
			const raw: unknown = input;
			if (!raw || typeof raw !== 'object') return;
			const q = raw as { type?: unknown; choose?: unknown; options?: unknown; exams?: unknown };
			if (!Array.isArray(q.options)) return;
			const options = (q.options as unknown[]).filter(
				(o): o is Record<string, unknown> => typeof o === 'object' && o !== null,
			);
			const correct = options.filter((o) => o['correct'] === true).length;
			if (q.type === 'single') {
				if (q.choose !== undefined) {
					ctx.addIssue({
						code: 'custom',
						path: ['choose'],
						message: '1つ選択（single）の問題には choose を書かないでください',
					});
				}
				if (correct !== 1) {
					ctx.addIssue({
						code: 'custom',
						path: ['options'],
						message: `1つ選択の問題は正解がちょうど 1 つ必要ですが、${correct} 個あります。correct: true を 1 つだけにしてください`,
					});
				}
				if (options.length < 4) {
					ctx.addIssue({
						code: 'custom',
						path: ['options'],
						message: `1つ選択の問題には選択肢が 4 つ以上必要ですが、${options.length} 個です`,
					});
				}
			} else if (q.type === 'multiple') {
				if (q.choose === undefined) {
					ctx.addIssue({
						code: 'custom',
						path: ['choose'],
						message: '複数選択（multiple）の問題には choose（選ぶ数、2 以上）を書いてください',
					});
				} else if (typeof q.choose === 'number' && correct !== q.choose) {
					ctx.addIssue({
						code: 'custom',
						path: ['options'],
						message: `「${q.choose}つ選択」なのに正解が ${correct} 個あります。correct: true の数を ${q.choose} にしてください`,
					});
				}
				if (options.length < 5) {
					ctx.addIssue({
						code: 'custom',
						path: ['options'],
						message: `複数選択の問題には選択肢が 5 つ以上必要ですが、${options.length} 個です`,
					});
				}
			}
			if (Array.isArray(q.exams)) {
				const seen = new Set<unknown>();
				(q.exams as unknown[]).forEach((exam, i) => {
					if (seen.has(exam))
						ctx.addIssue({
							code: 'custom',
							path: ['exams', i],
							message: `試験コード「${String(exam)}」が重複しています。1 回だけ書いてください`,
						});
					seen.add(exam);
				});
			}
			const seenIds = new Set<string>();
			const seenTexts = new Map<string, number>();
			options.forEach((o, i) => {
				const id = o['id'];
				const text = o['text'];
				if (typeof id !== 'string' || typeof text !== 'string') return;
				if (seenIds.has(id)) {
					ctx.addIssue({
						code: 'custom',
						path: ['options', i, 'id'],
						message: `選択肢 id「${id}」が重複しています。問題の中で一意にしてください`,
					});
				}
				seenIds.add(id);
				const key = text.trim().normalize('NFKC');
				const first = seenTexts.get(key);
				if (first !== undefined) {
					ctx.addIssue({
						code: 'custom',
						path: ['options', i, 'text'],
						message: `選択肢 ${first + 1} と同じ文です。選択肢の文は問題の中で一意にしてください`,
					});
				} else seenTexts.set(key, i);
			});
		},
		{ when: () => true },
	);
export type Question = z.output<typeof QuestionSchema>;

/** One exam domain, e.g. SAA-C03 "Design Secure Architectures" 30 %. */
export const DomainSchema = z.strictObject({
	/** Referenced by `question.domain`. */
	id: SlugSchema.describe('Referenced by question.domain.'),
	/** Shown in the per-domain breakdown. */
	title: z.string().min(1).describe('Domain title.'),
	/** Share of the bank in percent; the weights of a bank sum to 100. */
	weight: z.number().min(0).max(100).describe('Weight in percent; weights sum to 100.'),
});
export type Domain = z.output<typeof DomainSchema>;

/** Quiz routes of the site itself: a bank with one of these ids would clash with them. */
export const RESERVED_BANK_IDS: readonly string[] = ['comprehensive'];

/** The fields of a bank, before the cross-field checks. */
const BankFields = z.strictObject({
	/** Editors use this to find the JSON Schema: "./bank.schema.json". */
	$schema: z.string().optional().describe('Path of the JSON Schema, e.g. "./bank.schema.json".'),
	/**
	 * Bank id; must equal the file name without `.json`. URL: /quizzes/<id>/. Ids the site's own
	 * quiz pages use (the drawn 総合模擬試験 at /quizzes/comprehensive/) are refused.
	 */
	id: SlugSchema.refine((id) => !RESERVED_BANK_IDS.includes(id), {
		error: (issue) =>
			`「${String(issue.input)}」はサイトのページ（/quizzes/${String(issue.input)}/）が使う名前なので、問題集の id（とファイル名）には使えません`,
	}).describe('Bank id; equals the file name without .json.'),
	/** Bank title. */
	title: z.string().min(1).describe('Bank title.'),
	/** One or two sentences for the bank list. */
	description: z.string().min(1).describe('Short description.'),
	/**
	 * Position in the bank list (1 first). Banks without `order` come after those with one,
	 * by title. Unique across banks.
	 */
	order: z
		.int({ error: '整数で書いてください（1 が一覧の先頭）' })
		.min(1, { error: '1 以上の整数で書いてください（1 が一覧の先頭）' })
		.optional()
		.describe('Position in the bank list (1 first); banks without order follow, by title.'),
	/** Language of the questions. */
	language: z.enum(['ja', 'en']).default('ja').describe('Language of the questions.'),
	/** Exam the bank prepares for; also the default of each question's `exams`. */
	exam: z.enum(EXAMS).default('none').describe('Target exam, or none.'),
	/** Passing score on the 100–1000 scale (AWS associate exams: 720). */
	passingScore: z
		.number()
		.int()
		.min(100)
		.max(1000)
		.default(720)
		.describe('Passing score on the 100-1000 scale.'),
	/** Exam-mode time limit in minutes. */
	timeLimitMinutes: z.number().int().min(1).max(600).describe('Exam-mode time limit in minutes.'),
	/** Domains with weights in percent. */
	domains: z
		.array(DomainSchema)
		.min(1, { error: 'ドメインを 1 つ以上書いてください' })
		.describe('Domains with weights.'),
	/** The questions. */
	questions: z
		.array(QuestionSchema)
		.min(1, { error: '問題を 1 問以上書いてください' })
		.describe('The questions.'),
});

export const BankSchema = BankFields
	// Runs even when other fields failed (see QuestionSchema), so reads defensively.
	.superRefine(
		(input, ctx) => {
			const raw: unknown = input;
			if (!raw || typeof raw !== 'object') return;
			const bank = raw as { domains?: unknown; questions?: unknown };
			const domains = Array.isArray(bank.domains)
				? (bank.domains as unknown[]).filter(
						(d): d is Record<string, unknown> => typeof d === 'object' && d !== null,
					)
				: [];
			const questions: unknown[] = Array.isArray(bank.questions) ? bank.questions : [];
			const total = domains.reduce<number>((sum, d) => {
				const w = d['weight'];
				return sum + (typeof w === 'number' ? w : 0);
			}, 0);
			if (domains.length > 0 && Math.abs(total - 100) > 1e-9) {
				ctx.addIssue({
					code: 'custom',
					path: ['domains'],
					message: `ドメインの weight の合計が ${total} です。合計が 100 になるようにしてください`,
				});
			}
			const domainIds = new Set(
				domains.map((d) => d['id']).filter((id): id is string => typeof id === 'string'),
			);
			const seen = new Set<string>();
			questions.forEach((item, i) => {
				if (!item || typeof item !== 'object') return;
				const q = item as { id?: unknown; domain?: unknown };
				if (typeof q.id !== 'string') return;
				if (domains.length > 0 && typeof q.domain === 'string' && !domainIds.has(q.domain)) {
					ctx.addIssue({
						code: 'custom',
						path: ['questions', i, 'domain'],
						message: `ドメイン「${q.domain}」は domains にありません。次のどれかにしてください: ${[...domainIds].join(', ')}`,
					});
				}
				if (seen.has(q.id)) {
					ctx.addIssue({
						code: 'custom',
						path: ['questions', i, 'id'],
						message: `問題 id「${q.id}」がこのバンクの中で重複しています。新しい id を付けてください`,
					});
				}
				seen.add(q.id);
			});
		},
		{ when: () => true },
	)
	// A question without `exams` fits the bank's exam: fill it in, so readers never repeat the rule.
	.transform((bank) => ({
		...bank,
		questions: bank.questions.map((q) => ({
			...q,
			exams: q.exams ?? (bank.exam === 'none' ? [] : [bank.exam]),
		})),
	}));
export type Bank = z.output<typeof BankSchema>;
export type BankInput = z.input<typeof BankSchema>;

/** The field names allowed at each level of a bank, for "did you mean …" on unknown fields. */
export const BANK_FIELDS = Object.keys(BankFields.shape);
export const DOMAIN_FIELDS = Object.keys(DomainSchema.shape);
export const QUESTION_FIELDS = Object.keys(QuestionFields.shape);
export const OPTION_FIELDS = Object.keys(OptionSchema.shape);
export const SOURCE_FIELDS = Object.keys(SourceSchema.shape);
