/**
 * Cross-reference checks over all content, run at build time (a broken link fails `astro build`)
 * and in `npm test`. Astro's `reference()` only logs a broken link and exits 0; this does not.
 * Pure: callers pass in plain data.
 */
import type { Problem } from '../problem.ts';

export interface LessonRef {
	file: string;
	slug: string;
	terms: readonly string[];
	/** Raw MDX body, scanned for `<Term id="…">` and Mermaid fences. */
	body: string;
}
export interface TermRef {
	file: string;
	id: string;
	related: readonly string[];
}

const TERM_TAG = /<Term\s+id=["']([^"']+)["']/g;
const MERMAID_FENCE = /^(`{3,}|~{3,})mermaid[^\n]*\n([\s\S]*?)^\1\s*$/gm;

/** The Mermaid diagrams in a Markdown/MDX body, in order. */
export function mermaidBlocks(body: string): string[] {
	return [...body.matchAll(MERMAID_FENCE)].map((m) => m[2] ?? '');
}

/** Ids used by `<Term id="…">` in a body. */
export function termTagIds(body: string): string[] {
	return [...body.matchAll(TERM_TAG)].map((m) => m[1] ?? '');
}

/** Every lesson link `/lessons/<slug>/` in a body. */
export function lessonLinks(body: string): string[] {
	return [...body.matchAll(/\]\(\/lessons\/([a-z0-9-]+)\/?(?:#[^)]*)?\)/g)].map((m) => m[1] ?? '');
}

/** Checks lesson → term, term → term, <Term id>, lesson links and diagram accessibility. */
export function checkContentLinks(
	lessons: readonly LessonRef[],
	terms: readonly TermRef[],
): Problem[] {
	const problems: Problem[] = [];
	const termIds = new Set(terms.map((t) => t.id));
	const slugs = new Set(lessons.map((l) => l.slug));
	for (const lesson of lessons) {
		lesson.terms.forEach((id, i) => {
			if (!termIds.has(id))
				problems.push({
					file: lesson.file,
					item: lesson.slug,
					field: `terms[${i}]`,
					message: `用語「${id}」は用語集にありません。content/glossary/ のファイル名（.md を除く）を書いてください`,
				});
		});
		for (const id of termTagIds(lesson.body)) {
			if (!termIds.has(id))
				problems.push({
					file: lesson.file,
					item: lesson.slug,
					field: `<Term id="${id}">`,
					message: `用語「${id}」は用語集にありません`,
				});
		}
		for (const slug of lessonLinks(lesson.body)) {
			if (!slugs.has(slug))
				problems.push({
					file: lesson.file,
					item: lesson.slug,
					field: `/lessons/${slug}/`,
					message: `リンク先のレッスン「${slug}」はありません`,
				});
		}
		mermaidBlocks(lesson.body).forEach((diagram, i) => {
			for (const key of ['accTitle', 'accDescr'] as const) {
				if (!new RegExp(`^\\s*${key}\\s*:`, 'm').test(diagram)) {
					problems.push({
						file: lesson.file,
						item: lesson.slug,
						field: `mermaid[${i}]`,
						message: `図 ${i + 1} に ${key} がありません。スクリーンリーダー向けに ${key}: … を書いてください`,
					});
				}
			}
		});
	}
	for (const term of terms) {
		term.related.forEach((id, i) => {
			if (!termIds.has(id))
				problems.push({
					file: term.file,
					item: term.id,
					field: `related[${i}]`,
					message: `関連用語「${id}」は用語集にありません`,
				});
			if (id === term.id)
				problems.push({
					file: term.file,
					item: term.id,
					field: `related[${i}]`,
					message: '自分自身を関連用語にしないでください',
				});
		});
	}
	return problems;
}
