/**
 * Build-time adapter: reads the content collections once, checks every cross-reference and
 * returns plain data for pages. A broken reference throws, so `astro build` fails (Astro's own
 * `reference()` would only log it and exit 0).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContentLinks, termTagIds } from './integrity.ts';
import { crossCheckBanks } from '../quiz/validate.ts';
import { formatProblem, sortProblems } from '../problem.ts';
import { sortLessons, termBacklinks } from './course.ts';

export type LessonEntry = CollectionEntry<'lessons'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type BankEntry = CollectionEntry<'quizzes'>;

export interface SiteContent {
	lessons: LessonEntry[];
	terms: TermEntry[];
	banks: BankEntry[];
	termById: Map<string, TermEntry>;
	lessonBySlug: Map<string, LessonEntry>;
	/** Term id → lessons that use it. */
	backlinks: Map<string, LessonEntry[]>;
	/** Lesson slug → banks with questions that link it, with the count. */
	banksForLesson: Map<string, { bank: BankEntry; count: number }[]>;
}

const rel = (entry: { filePath?: string | undefined }, fallback: string) =>
	entry.filePath ?? fallback;

let cached: Promise<SiteContent> | undefined;

/** All content, checked. Cached for the duration of the build. */
export function loadSite(): Promise<SiteContent> {
	cached ??= load();
	return cached;
}

async function load(): Promise<SiteContent> {
	const [rawLessons, terms, banks] = await Promise.all([
		getCollection('lessons'),
		getCollection('glossary'),
		getCollection('quizzes'),
	]);
	const lessons = [...rawLessons].sort((a, b) => a.data.order - b.data.order);
	const problems = [
		...checkContentLinks(
			lessons.map((l) => ({
				file: rel(l, `content/lessons/${l.id}.mdx`),
				slug: l.id,
				terms: l.data.terms,
				body: l.body ?? '',
			})),
			terms.map((t) => ({
				file: rel(t, `content/glossary/${t.id}.md`),
				id: t.id,
				related: t.data.related,
			})),
		),
		...crossCheckBanks(
			banks.map((b) => ({ file: rel(b, `quizzes/${b.id}.json`), bank: b.data })),
			new Set(lessons.map((l) => l.id)),
		),
	];
	if (problems.length > 0) {
		throw new Error(
			`コンテンツの参照エラーが ${problems.length} 件あります:\n${sortProblems(problems).map(formatProblem).join('\n')}`,
		);
	}
	const sorted = sortLessons(
		lessons.map((l) => ({
			slug: l.id,
			order: l.data.order,
			chapter: l.data.chapter,
			title: l.data.title,
			entry: l,
		})),
	);
	const backlinks = new Map(
		[
			...termBacklinks(sorted, (l) => [...l.entry.data.terms, ...termTagIds(l.entry.body ?? '')]),
		].map(([id, ls]) => [id, ls.map((l) => l.entry)]),
	);
	const banksForLesson = new Map<string, { bank: BankEntry; count: number }[]>();
	for (const bank of banks) {
		const counts = new Map<string, number>();
		for (const q of bank.data.questions)
			for (const slug of new Set(q.lessons)) counts.set(slug, (counts.get(slug) ?? 0) + 1);
		for (const [slug, count] of counts) {
			const list = banksForLesson.get(slug) ?? [];
			list.push({ bank, count });
			banksForLesson.set(slug, list);
		}
	}
	for (const list of banksForLesson.values()) list.sort((a, b) => b.count - a.count);
	return {
		lessons,
		terms: [...terms].sort((a, b) => a.data.en.localeCompare(b.data.en, 'en')),
		banks: [...banks].sort(
			(a, b) =>
				(a.data.order ?? Infinity) - (b.data.order ?? Infinity) ||
				a.data.title.localeCompare(b.data.title, 'ja'),
		), // by `order`, then unordered banks by title (∞ − ∞ is NaN, falsy)
		termById: new Map(terms.map((t) => [t.id, t])),
		lessonBySlug: new Map(lessons.map((l) => [l.id, l])),
		backlinks,
		banksForLesson,
	};
}
