/**
 * Which lesson teaches each glossary term: site search puts that lesson first when a query
 * names the term (by name, reading, alias or a typo of one). Pure; used at build time.
 *
 * The lesson that introduces the term under a heading of its own: the earliest lesson with a
 * heading that starts with one of the term's names (ja, en, or an alias of 4+ characters:
 * 「awsvpc だけが使える理由」 teaches awsvpc), else the earliest with a heading that contains one,
 * else the lesson that lists the term in `terms` and mentions it most (<Term id> count), else
 * the one that mentions it most.
 */
import { termTagIds } from './integrity.ts';

export interface TeachingLessonInput {
	slug: string;
	order: number;
	terms: readonly string[];
	body: string;
}

export interface TeachingTermInput {
	id: string;
	ja: string;
	en: string;
	aliases?: readonly string[] | undefined;
}

const HEADING = /^#{2,4}\s+(.+)$/gm;

/** term id → slug of the lesson that teaches it (terms no lesson mentions are left out). */
export function teachingLessons(
	lessons: readonly TeachingLessonInput[],
	terms: readonly TeachingTermInput[],
): Map<string, string> {
	const prepared = [...lessons]
		.sort((a, b) => a.order - b.order)
		.map((l) => {
			const tags = new Map<string, number>();
			for (const id of termTagIds(l.body)) tags.set(id, (tags.get(id) ?? 0) + 1);
			const headings = [...l.body.matchAll(HEADING)].map((m) =>
				(m[1] ?? '').toLowerCase().replace(/^[\d.\s]+/, ''),
			);
			return { slug: l.slug, listed: new Set(l.terms), tags, headings };
		});
	const result = new Map<string, string>();
	for (const term of terms) {
		const names = [term.ja, term.en, ...(term.aliases ?? []).filter((a) => a.length >= 4)].map(
			(n) => n.toLowerCase(),
		);
		// Each rule gives a score per lesson; the first rule any lesson scores on decides.
		const rules: ((l: (typeof prepared)[number]) => number)[] = [
			(l) => (l.headings.some((h) => names.some((n) => h.startsWith(n))) ? 1 : 0),
			(l) => (l.headings.some((h) => names.some((n) => h.includes(n))) ? 1 : 0),
			(l) => (l.listed.has(term.id) ? 1 + (l.tags.get(term.id) ?? 0) : 0),
			(l) => l.tags.get(term.id) ?? 0,
		];
		for (const rule of rules) {
			let best: { slug: string; score: number } | undefined;
			for (const l of prepared) {
				const score = rule(l);
				if (score > 0 && (!best || score > best.score)) best = { slug: l.slug, score };
			}
			if (best) {
				result.set(term.id, best.slug);
				break;
			}
		}
	}
	return result;
}
