/**
 * Content collections. Wiring only: every shape comes from `src/schemas/`.
 * Cross-references (lesson → term, term → term, question → lesson, <Term id>) are checked by
 * `src/lib/content/integrity.ts`, which fails the build and `npm test`: Astro's own
 * `reference()` only logs a broken link and still exits 0.
 */
import { basename } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LessonSchema } from './schemas/lesson.ts';
import { TermSchema } from './schemas/glossary.ts';
import { BankSchema } from './schemas/bank.ts';

/**
 * Astro 7's type generator calls `.extend()` on any top-level object schema, which zod 4 refuses
 * for schemas with refinements (cross-field checks). Wrapping them in `z.lazy` keeps the exact
 * types and validation while sidestepping that call.
 */
const refined = <T extends z.ZodType>(schema: T) => z.lazy(() => schema);

const lessons = defineCollection({
	loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
	schema: LessonSchema,
});

const glossary = defineCollection({
	loader: glob({ pattern: '**/*.md', base: './content/glossary' }),
	schema: refined(TermSchema),
});

/**
 * `FD_FIXTURE_BANKS=1` adds the e2e fixture banks (e2e/fixtures/quizzes) to the e2e-only
 * base-path build (`npm run build:base` → dist-base/); the production build never contains them.
 */
const bankPatterns = ['quizzes/**/*.json', '!quizzes/bank.schema.json', '!quizzes/**/_*.json'];
if (process.env['FD_FIXTURE_BANKS'] === '1') bankPatterns.push('e2e/fixtures/quizzes/*.json');

const quizzes = defineCollection({
	// The bank id is the file name (bank.schema.json beside the banks is for editors).
	loader: glob({
		pattern: bankPatterns,
		base: '.',
		generateId: ({ entry }) => basename(entry, '.json'),
	}),
	schema: refined(BankSchema),
});

export const collections = { lessons, glossary, quizzes };
