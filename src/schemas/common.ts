/**
 * Shapes shared by every content schema.
 *
 * THIS FILE IS IMPORTED BY THE ASTRO BUILD, THE CLI VALIDATOR AND THE UNIT TESTS.
 * It must only import `astro/zod` (plain zod 4), never `astro:content`.
 */
import { z } from 'astro/zod';

// Messages are read by Japanese authors and instructors: use zod's Japanese locale everywhere
// these schemas are used (build, CLI, tests).
z.config(z.locales.ja());

/** A stable, URL-safe id: lowercase letters, digits and single hyphens. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: '英小文字・数字・ハイフンだけで書いてください（例: task-definition）',
});

/** One cited source: a human title and an https URL. Unknown fields are errors (a typo is never dropped). */
export const SourceSchema = z.strictObject({
	/** What the reader sees, e.g. the AWS documentation page title. */
	title: z.string().min(1, { error: '出典のタイトルを書いてください' }),
	/** Where it is. Only https links are accepted. */
	url: z.url({ protocol: /^https$/, error: 'https:// で始まる URL を書いてください' }),
});
export type Source = z.output<typeof SourceSchema>;

/** A non-empty list of sources; every claim we make must be traceable. */
export const SourcesSchema = z
	.array(SourceSchema)
	.min(1, { error: '出典を 1 つ以上書いてください' });
