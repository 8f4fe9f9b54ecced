import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { countContent, multiplyContent } from './scale-content.ts';
import { ROOT, splitFrontmatter } from '../content-files.ts';
import { LessonSchema } from '../../src/schemas/lesson.ts';
import { TermSchema } from '../../src/schemas/glossary.ts';
import { validateBanks } from '../../src/lib/quiz/validate.ts';
import { checkContentLinks } from '../../src/lib/content/integrity.ts';

/** The real content, tripled in a temp folder: the copies must pass every content check. */
let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'fd-scale-test-'));
	for (const sub of ['content', 'quizzes'])
		cpSync(join(ROOT, sub), join(dir, sub), { recursive: true });
	multiplyContent(dir, 3);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const filesIn = (sub: string, ext: string) =>
	readdirSync(join(dir, sub))
		.filter((n) => n.endsWith(ext) && !n.startsWith('_') && n !== 'bank.schema.json')
		.sort()
		.map((n) => join(dir, sub, n));
const frontmatter = (file: string) => splitFrontmatter(readFileSync(file, 'utf8'));

describe('multiplyContent', () => {
	it('triples lessons, terms, banks and questions', () => {
		const real = countContent(ROOT);
		expect(countContent(dir)).toEqual({
			lessons: real.lessons * 3,
			terms: real.terms * 3,
			banks: real.banks * 3,
			questions: real.questions * 3,
		});
	});

	it('keeps every copy valid: schemas, unique orders and question ids, cross-references', () => {
		const lessons = filesIn('content/lessons', '.mdx').map((file) => {
			const fm = frontmatter(file);
			const data = LessonSchema.parse(fm.data);
			return {
				file,
				slug: basename(file, '.mdx'),
				terms: data.terms,
				body: fm.body,
				order: data.order,
			};
		});
		const terms = filesIn('content/glossary', '.md').map((file) => {
			const data = TermSchema.parse(frontmatter(file).data);
			return { file, id: basename(file, '.md'), related: data.related };
		});
		const bankFiles = filesIn('quizzes', '.json').map((file) => ({
			file: `quizzes/${basename(file)}`,
			json: JSON.parse(readFileSync(file, 'utf8')) as unknown,
		}));
		expect(new Set(lessons.map((l) => l.order)).size).toBe(lessons.length);
		expect(validateBanks(bankFiles, new Set(lessons.map((l) => l.slug))).problems).toEqual([]);
		expect(checkContentLinks(lessons, terms)).toEqual([]);
	}, 30_000); // validates three copies of all content: seconds on a busy 2-core machine

	it('points copied terms and questions at the copies of the same round', () => {
		const term = TermSchema.parse(frontmatter(join(dir, 'content/glossary/fargate-x2.md')).data);
		expect(term.related.length).toBeGreaterThan(0);
		expect(term.related.every((id) => id.endsWith('-x2'))).toBe(true);
		const bank = JSON.parse(readFileSync(join(dir, 'quizzes/basics-x1.json'), 'utf8')) as {
			id: string;
			questions: { id: string; lessons: string[] }[];
		};
		expect(bank.id).toBe('basics-x1');
		expect(
			bank.questions.every(
				(q) => q.id.endsWith('-x1') && q.lessons.every((s) => s.endsWith('-x1')),
			),
		).toBe(true);
	});
});
