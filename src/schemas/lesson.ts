/**
 * Frontmatter of one lesson (`content/lessons/<slug>.mdx`). The file name is the lesson's slug
 * and its URL: `/lessons/<slug>/`.
 */
import { z } from 'astro/zod';
import { SlugSchema, SourcesSchema } from './common.ts';

/** The chapters lessons are grouped into, in reading order. Titles live in the UI dictionary. */
export const CHAPTERS = ['basics', 'design', 'operations', 'exam'] as const;
export const ChapterSchema = z.enum(CHAPTERS);
export type Chapter = z.output<typeof ChapterSchema>;

export const LessonSchema = z.object({
	/** Page title (Japanese). */
	title: z.string().min(1),
	/** One or two sentences for the lesson list and the meta description. */
	description: z.string().min(10).max(200),
	/** Position in the course, 1-based and unique. */
	order: z.number().int().positive(),
	/** Chapter the lesson belongs to. */
	chapter: ChapterSchema,
	/** What the learner can do after the lesson ("…を説明できる"). */
	objectives: z.array(z.string().min(1)).min(2, { error: '学習目標を 2 つ以上書いてください' }),
	/** Estimated reading time in minutes. */
	minutes: z.number().int().min(1).max(120),
	/** Free-form topic tags. */
	tags: z.array(z.string().min(1)).default([]),
	/** AWS documentation pages that back the lesson's facts. */
	sources: SourcesSchema,
	/** Date the facts were last checked against the sources (YYYY-MM-DD). */
	lastVerified: z.coerce.date(),
	/** Ids of glossary terms this lesson teaches (must exist in content/glossary). */
	terms: z.array(SlugSchema).default([]),
});
export type Lesson = z.output<typeof LessonSchema>;
