/**
 * Frontmatter of one glossary term (`content/glossary/<id>.md`). The file name is the term's
 * stable id and its URL: `/glossary/<id>/`. The Markdown body is the long explanation.
 */
import { z } from 'astro/zod';
import { SlugSchema, SourcesSchema } from './common.ts';

/** Term categories, in display order. Titles live in the UI dictionary (`glossary.category.*`). */
export const CATEGORIES = [
	'concepts',
	'ecs-core',
	'compute',
	'networking',
	'storage',
	'security',
	'deployment',
	'operations',
	'cost',
	'eks',
	'tools',
] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.output<typeof CategorySchema>;

const KANJI_OR_KATAKANA = /[\p{Script=Han}\p{Script=Katakana}]/u;
// \u3000 is the ideographic (full-width) space.
const HIRAGANA_READING = /^[\p{Script=Hiragana}ー・ \u3000]+$/u;

export const TermSchema = z
	.object({
		/** English name as AWS writes it, e.g. "Task definition". */
		en: z.string().min(1),
		/** Japanese name, e.g. "タスク定義". */
		ja: z.string().min(1),
		/** Reading of `ja` in hiragana; required when `ja` contains kanji or katakana. */
		reading: z
			.string()
			.regex(HIRAGANA_READING, { error: 'ひらがなで書いてください（長音符「ー」は可）' })
			.optional(),
		/** Abbreviations and alternative spellings in any script (SG, クラスタ, task def…). */
		aliases: z.array(z.string().min(1)).default([]),
		/** Category used for grouping and filtering. */
		category: CategorySchema,
		/** One Japanese sentence, shown in search results and tooltips. */
		definition: z
			.string()
			.min(8)
			.max(160)
			.regex(/。$/, { error: '定義は 1 文で、「。」で終えてください' }),
		/** Ids of related terms (must exist). */
		related: z.array(SlugSchema).default([]),
		/** Where the definition comes from. */
		sources: SourcesSchema,
	})
	.superRefine((term, ctx) => {
		if (KANJI_OR_KATAKANA.test(term.ja) && !term.reading) {
			ctx.addIssue({
				code: 'custom',
				path: ['reading'],
				message: `「${term.ja}」には漢字かカタカナが含まれるので、ひらがなの読み（reading）を書いてください`,
			});
		}
	});
export type Term = z.output<typeof TermSchema>;
