/**
 * Reads the content files from disk for the CLIs and the content tests (Node only).
 * The site itself reads them through Astro's content collections.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LessonSchema, type Lesson } from '../src/schemas/lesson.ts';
import { TermSchema, type Term } from '../src/schemas/glossary.ts';
import { validateBanks, type BankFile } from '../src/lib/quiz/validate.ts';
import { formatPath, type Problem } from '../src/lib/problem.ts';
import type { Bank } from '../src/schemas/bank.ts';
import { checkContentLinks, type LessonRef, type TermRef } from '../src/lib/content/integrity.ts';

export const ROOT = resolve(import.meta.dirname, '..');

/** Every file under `dir` whose name ends with `ext`, as paths relative to the repository root. */
export function listFiles(dir: string, ext: string): string[] {
	const abs = resolve(ROOT, dir);
	const out: string[] = [];
	const walk = (d: string) => {
		let names: string[];
		try {
			names = readdirSync(d);
		} catch {
			return;
		}
		for (const name of names.sort()) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith(ext)) out.push(relative(ROOT, p));
		}
	};
	walk(abs);
	return out;
}

/** Splits `---\nyaml\n---\nbody` into its parts. */
export function splitFrontmatter(text: string): { data: unknown; body: string; error?: string } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!m)
		return {
			data: undefined,
			body: text,
			error: 'ファイルの先頭に --- で囲んだ frontmatter がありません',
		};
	try {
		return { data: parseYaml(m[1] ?? ''), body: m[2] ?? '' };
	} catch (e) {
		return {
			data: undefined,
			body: m[2] ?? '',
			error: `frontmatter の YAML が読めません（${(e as Error).message.split('\n')[0]}）`,
		};
	}
}

const slugOf = (file: string, ext: string) => (file.split('/').pop() ?? file).slice(0, -ext.length);

function parseWith<T>(
	file: string,
	item: string,
	text: string,
	schema: {
		safeParse(
			d: unknown,
		):
			| { success: true; data: T }
			| { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
	},
	problems: Problem[],
): { data?: T; body: string } {
	const fm = splitFrontmatter(text);
	if (fm.error) {
		problems.push({ file, item, message: fm.error });
		return { body: fm.body };
	}
	const r = schema.safeParse(fm.data);
	if (!r.success) {
		for (const issue of r.error.issues)
			problems.push({
				file,
				item,
				field: formatPath(issue.path) || '(frontmatter)',
				message: issue.message,
			});
		return { body: fm.body };
	}
	return { data: r.data, body: fm.body };
}

export interface LoadedContent {
	lessons: (LessonRef & { data: Lesson })[];
	terms: (TermRef & { data: Term; body: string })[];
	bankFiles: BankFile[];
	problems: Problem[];
}

/** Reads one bank file (path relative to the repository root): its JSON or the syntax error. */
export function readBankFile(file: string): BankFile {
	let text: string;
	try {
		text = readFileSync(resolve(ROOT, file), 'utf8');
	} catch (e) {
		return { file, syntaxError: `ファイルを読めません: ${(e as Error).message}` };
	}
	try {
		return { file, json: JSON.parse(text) as unknown };
	} catch (e) {
		return { file, syntaxError: (e as Error).message };
	}
}

/**
 * Reads and schema-checks every lesson and term, and reads every bank file (not yet validated):
 * the shipped banks (quizzes/*.json, not `_*.json`) plus `extraBankFiles` (paths relative to the
 * repository root), e.g. a bank an instructor validates before moving it into quizzes/.
 */
export function loadContent(extraBankFiles: readonly string[] = []): LoadedContent {
	const problems: Problem[] = [];
	const lessons: LoadedContent['lessons'] = [];
	for (const file of listFiles('content/lessons', '.mdx')) {
		const slug = slugOf(file, '.mdx');
		const { data, body } = parseWith(
			file,
			slug,
			readFileSync(resolve(ROOT, file), 'utf8'),
			LessonSchema,
			problems,
		);
		if (data) lessons.push({ file, slug, terms: data.terms, body, data });
	}
	const orders = new Map<number, string>();
	for (const l of lessons) {
		const other = orders.get(l.data.order);
		if (other)
			problems.push({
				file: l.file,
				item: l.slug,
				field: 'order',
				message: `order ${l.data.order} は ${other} と重複しています`,
			});
		orders.set(l.data.order, l.file);
	}
	const terms: LoadedContent['terms'] = [];
	for (const file of listFiles('content/glossary', '.md')) {
		const id = slugOf(file, '.md');
		const { data, body } = parseWith(
			file,
			id,
			readFileSync(resolve(ROOT, file), 'utf8'),
			TermSchema,
			problems,
		);
		if (data) terms.push({ file, id, related: data.related, data, body });
	}
	const shipped = listFiles('quizzes', '.json').filter(
		(f) => !f.endsWith('bank.schema.json') && !/(^|\/)_[^/]*$/.test(f),
	);
	const extra = extraBankFiles.filter((f) => !shipped.includes(f));
	const bankFiles = [...shipped, ...extra].map(readBankFile);
	return { lessons, terms, bankFiles, problems };
}

/** All content read and checked: schemas, banks, every cross-reference. One place for the CLIs and tests. */
export function checkAllContent(extraBankFiles: readonly string[] = []): LoadedContent & {
	banks: Bank[];
	/** The valid banks with their files, in file order. */
	locatedBanks: { file: string; bank: Bank }[];
} {
	const content = loadContent(extraBankFiles);
	const {
		banks,
		files,
		problems: bankProblems,
	} = validateBanks(content.bankFiles, new Set(content.lessons.map((l) => l.slug)));
	return {
		...content,
		banks,
		locatedBanks: banks.map((bank, i) => ({ file: files[i] ?? `quizzes/${bank.id}.json`, bank })),
		problems: [
			...content.problems,
			...bankProblems,
			...checkContentLinks(content.lessons, content.terms),
		],
	};
}
