/** Picks one built page of each type from dist/, so the bench follows the content without edits. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PAGE_TYPES = [
	'home',
	'lessonPlain',
	'lessonDiagrams',
	'glossary',
	'glossaryTerm',
	'quiz',
	'results',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export const PAGE_LABELS: Record<PageType, string> = {
	home: 'Home',
	lessonPlain: 'Lesson, no diagram',
	lessonDiagrams: 'Lesson, most diagrams',
	glossary: 'Glossary',
	glossaryTerm: 'Glossary term',
	quiz: 'Quiz (practice)',
	results: 'Quiz results',
};

export interface PickedPage {
	type: PageType;
	/** URL path, or null when the site has no page of this type (yet). */
	path: string | null;
	/** Mermaid diagrams on the page (lessons only). */
	diagrams?: number;
	/** Why this page, or why none. */
	note: string;
}

const MERMAID = /<code\b[^>]*\bclass="[^"]*\blanguage-mermaid\b/g;

/** Mermaid code blocks in a built page (before the browser turns them into diagrams). */
export function countDiagrams(html: string): number {
	return html.match(MERMAID)?.length ?? 0;
}

const html = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const isPage = (dist: string, path: string) => existsSync(join(dist, path, 'index.html'));

/** Sub-pages of a section (`/lessons/<x>/`), in the order the section's index links them, then the rest sorted. */
function sectionPages(dist: string, section: string): string[] {
	const dir = join(dist, section);
	if (!existsSync(dir)) return [];
	const all = readdirSync(dir)
		.filter((n) => statSync(join(dir, n)).isDirectory() && existsSync(join(dir, n, 'index.html')))
		.map((n) => `/${section}/${n}/`)
		.sort();
	const linked = isPage(dist, `/${section}/`)
		? [
				...html(dist, `/${section}/`).matchAll(new RegExp(`href="(/${section}/[^/"#?]+/)"`, 'g')),
			].map((m) => m[1] ?? '')
		: [];
	return [...new Set([...linked.filter((p) => all.includes(p)), ...all])];
}

/** Every page path under dist/ (directories with an index.html). */
function allPages(dist: string, dir = ''): string[] {
	const out: string[] = [];
	for (const name of readdirSync(join(dist, dir))) {
		if (name === '_astro' || name === 'pagefind') continue;
		const rel = `${dir}/${name}`;
		if (statSync(join(dist, rel)).isDirectory()) {
			if (existsSync(join(dist, rel, 'index.html'))) out.push(`${rel}/`);
			out.push(...allPages(dist, rel));
		}
	}
	return out.sort();
}

/** One page per type; see the notes for the rules. */
export function pickPages(dist: string): PickedPage[] {
	const lessons = sectionPages(dist, 'lessons').map((path) => ({
		path,
		diagrams: countDiagrams(html(dist, path)),
	}));
	const plain = lessons.find((l) => l.diagrams === 0);
	const most = lessons.reduce<(typeof lessons)[number] | undefined>(
		(best, l) => (l.diagrams > (best?.diagrams ?? 0) ? l : best),
		undefined,
	);
	const terms = sectionPages(dist, 'glossary');
	const term = terms.includes('/glossary/fargate/') ? '/glossary/fargate/' : terms[0];
	const banks = sectionPages(dist, 'quizzes').filter((p) => p.split('/').length === 4);
	const results = allPages(dist).find((p) => /result/i.test(p));
	return [
		{ type: 'home', path: isPage(dist, '/') ? '/' : null, note: '/' },
		plain
			? {
					type: 'lessonPlain',
					path: plain.path,
					diagrams: 0,
					note: 'first lesson in course order without a mermaid block',
				}
			: {
					type: 'lessonPlain',
					path: null,
					note: `every one of the ${lessons.length} lessons has a diagram`,
				},
		most
			? {
					type: 'lessonDiagrams',
					path: most.path,
					diagrams: most.diagrams,
					note: `most mermaid blocks (${most.diagrams}) of ${lessons.length} lessons`,
				}
			: { type: 'lessonDiagrams', path: null, note: 'no lesson has a diagram' },
		{
			type: 'glossary',
			path: isPage(dist, '/glossary/') ? '/glossary/' : null,
			note: 'the glossary index, before any search',
		},
		term
			? { type: 'glossaryTerm', path: term, note: 'a term page' }
			: { type: 'glossaryTerm', path: null, note: 'no term page' },
		banks[0]
			? {
					type: 'quiz',
					path: banks[0],
					note: 'first bank on /quizzes/, page load only (practice is the default)',
				}
			: { type: 'quiz', path: null, note: 'no bank page' },
		results
			? { type: 'results', path: results, note: 'first page whose path contains "result"' }
			: { type: 'results', path: null, note: 'no results route in dist/' },
	];
}
