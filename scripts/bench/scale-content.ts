/**
 * A temporary copy of the repository with N× the content, to measure how the build grows.
 *
 * Copies are made from the real files so they stay schema-valid and realistic:
 * - lessons: `<slug>-x<k>.mdx`, same body and chapter, order `order + k·1000`, title suffixed;
 * - glossary terms: `<id>-x<k>.md`, names suffixed, `related` pointing at the k-th copies;
 * - banks: `<id>-x<k>.json`, every question id suffixed `-x<k>` (unique across banks),
 *   `lessons` pointing at the k-th copies of the lessons.
 *
 * node_modules is linked entry by entry (not copied), except the build caches (.astro, .vite),
 * so the copy's builds never touch the caches of the real repository.
 */
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { parseDocument } from 'yaml';

/** Top-level entries never copied: dependencies, build output, caches, test and bench output. */
const SKIP_TOP = new Set([
	'node_modules',
	'dist',
	'.astro',
	'.git',
	'test-results',
	'playwright-report',
	'bench',
]);
/** node_modules entries not linked: caches a build writes to. */
const SKIP_MODULES = new Set(['.astro', '.vite', '.cache']);

export interface ContentCounts {
	lessons: number;
	terms: number;
	banks: number;
	questions: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

const list = (dir: string, ext: string) =>
	readdirSync(dir)
		.filter((n) => n.endsWith(ext) && !n.startsWith('_') && n !== 'bank.schema.json')
		.sort();

/** Lessons, terms, banks and questions in a repository checkout. */
export function countContent(root: string): ContentCounts {
	const banks = list(join(root, 'quizzes'), '.json');
	const questions = banks.reduce((n, f) => {
		const bank = JSON.parse(readFileSync(join(root, 'quizzes', f), 'utf8')) as {
			questions?: unknown[];
		};
		return n + (bank.questions?.length ?? 0);
	}, 0);
	return {
		lessons: list(join(root, 'content/lessons'), '.mdx').length,
		terms: list(join(root, 'content/glossary'), '.md').length,
		banks: banks.length,
		questions,
	};
}

/** Rewrites a Markdown/MDX file's frontmatter fields, keeping the body and the YAML layout. */
function editFrontmatter(
	text: string,
	edit: (doc: ReturnType<typeof parseDocument>) => void,
): string {
	const m = FRONTMATTER.exec(text);
	if (!m) throw new Error('no frontmatter');
	const doc = parseDocument(m[1] ?? '');
	edit(doc);
	return `---\n${String(doc).trimEnd()}\n---\n${text.slice(m[0].length)}`;
}

const copyId = (id: string, k: number) => `${id}-x${k}`;

/** Adds the k-th copies (k = 1…factor-1) of every lesson, term and bank under `root`. */
export function multiplyContent(root: string, factor: number): void {
	const lessonsDir = join(root, 'content/lessons');
	const termsDir = join(root, 'content/glossary');
	const banksDir = join(root, 'quizzes');
	const lessons = list(lessonsDir, '.mdx');
	const terms = list(termsDir, '.md');
	const banks = list(banksDir, '.json');
	for (let k = 1; k < factor; k++) {
		for (const file of lessons) {
			const text = editFrontmatter(readFileSync(join(lessonsDir, file), 'utf8'), (doc) => {
				doc.set('order', Number(doc.get('order')) + k * 1000);
				doc.set('title', `${String(doc.get('title'))}（${k + 1}）`);
			});
			writeFileSync(join(lessonsDir, `${copyId(basename(file, '.mdx'), k)}.mdx`), text);
		}
		for (const file of terms) {
			const text = editFrontmatter(readFileSync(join(termsDir, file), 'utf8'), (doc) => {
				doc.set('en', `${String(doc.get('en'))} (${k + 1})`);
				doc.set('ja', `${String(doc.get('ja'))}（${k + 1}）`);
				const related = (doc.toJS() as { related?: string[] }).related ?? [];
				doc.set(
					'related',
					related.map((id) => copyId(id, k)),
				);
			});
			writeFileSync(join(termsDir, `${copyId(basename(file, '.md'), k)}.md`), text);
		}
		for (const file of banks) {
			const bank = JSON.parse(readFileSync(join(banksDir, file), 'utf8')) as {
				id: string;
				title: string;
				questions: { id: string; lessons: string[] }[];
			};
			bank.id = copyId(bank.id, k);
			bank.title = `${bank.title}（${k + 1}）`;
			bank.questions = bank.questions.map((q) => ({
				...q,
				id: copyId(q.id, k),
				lessons: q.lessons.map((s) => copyId(s, k)),
			}));
			writeFileSync(join(banksDir, `${bank.id}.json`), `${JSON.stringify(bank, null, 2)}\n`);
		}
	}
}

/**
 * Copies the repository at `root` to a new folder under the system temp dir, links its
 * node_modules and multiplies its content. The caller removes it with {@link removeCopy}.
 */
export function makeScaledCopy(
	root: string,
	factor: number,
): { dir: string; counts: ContentCounts } {
	const dir = mkdtempSync(join(tmpdir(), 'fd-bench-scale-'));
	try {
		cpSync(root, dir, {
			recursive: true,
			filter: (src) => {
				const rel = relative(root, src);
				return rel === '' || !SKIP_TOP.has(rel.split(/[\\/]/)[0] ?? '');
			},
		});
		mkdirSync(join(dir, 'node_modules'));
		for (const name of readdirSync(join(root, 'node_modules'))) {
			if (!SKIP_MODULES.has(name))
				symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
		}
		multiplyContent(dir, factor);
		return { dir, counts: countContent(dir) };
	} catch (e) {
		removeCopy(dir);
		throw e;
	}
}

/** Deletes a copy made by {@link makeScaledCopy} (links only: never follows into the real node_modules). */
export function removeCopy(dir: string): void {
	if (!basename(dir).startsWith('fd-bench-scale-')) throw new Error(`refusing to delete ${dir}`);
	rmSync(dir, { recursive: true, force: true });
}
