/**
 * Pure helpers that shape the course for pages: ordering, chapters, neighbours, table of
 * contents, backlinks. No Astro imports: tested as plain functions.
 */
import { CHAPTERS, type Chapter } from '../../schemas/lesson.ts';

export interface LessonLike {
	slug: string;
	order: number;
	chapter: Chapter;
	title: string;
}

/** Lessons sorted by `order`. */
export function sortLessons<T extends LessonLike>(lessons: readonly T[]): T[] {
	return [...lessons].sort((a, b) => a.order - b.order);
}

/** Lessons grouped by chapter in chapter order; empty chapters are left out. */
export function groupByChapter<T extends LessonLike>(
	lessons: readonly T[],
): { chapter: Chapter; lessons: T[] }[] {
	const sorted = sortLessons(lessons);
	return CHAPTERS.map((chapter) => ({
		chapter,
		lessons: sorted.filter((l) => l.chapter === chapter),
	})).filter((g) => g.lessons.length > 0);
}

/** The lessons before and after `slug` in course order. */
export function neighbours<T extends LessonLike>(
	lessons: readonly T[],
	slug: string,
): { prev?: T; next?: T } {
	const sorted = sortLessons(lessons);
	const i = sorted.findIndex((l) => l.slug === slug);
	if (i < 0) return {};
	const out: { prev?: T; next?: T } = {};
	const [prev, next] = [sorted[i - 1], sorted[i + 1]];
	if (prev) out.prev = prev;
	if (next) out.next = next;
	return out;
}

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}
export interface TocItem extends Heading {
	children: Heading[];
}

/** A two-level table of contents (h2 with their h3) from a page's headings. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
	const toc: TocItem[] = [];
	for (const h of headings) {
		if (h.depth === 2) toc.push({ ...h, children: [] });
		else if (h.depth === 3) toc.at(-1)?.children.push(h);
	}
	return toc;
}

/** For every term id, the lessons that mention it (frontmatter `terms` or a <Term> tag), in course order. */
export function termBacklinks<T extends LessonLike>(
	lessons: readonly T[],
	termIdsOf: (lesson: T) => readonly string[],
): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const lesson of sortLessons(lessons)) {
		for (const id of new Set(termIdsOf(lesson))) {
			const list = map.get(id) ?? [];
			list.push(lesson);
			map.set(id, list);
		}
	}
	return map;
}
