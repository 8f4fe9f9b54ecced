/**
 * The dashboard's catalog (model.ts `StudyCatalog`) from the site's lessons and banks, at build
 * time. Pure: the page passes plain data from src/lib/content/site.ts.
 */
import type { StudyCatalog } from './model.ts';

/** Questions on the real exam, per exam code (AWS exam guides); other exams use SAA-C03's. */
export const FULL_LENGTH: Readonly<Record<string, number>> = {
	'SAA-C03': 65,
	'DVA-C02': 65,
	'SOA-C03': 65,
	'CLF-C02': 65,
};

interface BankLike {
	id: string;
	title: string;
	exam: string;
	passingScore: number;
	domains: readonly { id: string; title: string; weight: number }[];
	questions: readonly { id: string; domain: string; lessons: readonly string[] }[];
}

export function studyCatalog(
	lessons: readonly { slug: string; title: string }[],
	banks: readonly BankLike[],
): StudyCatalog {
	// The exam most banks prepare for decides the domains, weights and full length.
	const exams = new Map<string, number>();
	for (const b of banks) exams.set(b.exam, (exams.get(b.exam) ?? 0) + b.questions.length);
	const exam = [...exams].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'SAA-C03';
	const domains = new Map<string, { id: string; title: string; weight: number }>();
	let passingScore = 720;
	for (const b of banks.filter((x) => x.exam === exam)) {
		passingScore = b.passingScore;
		for (const d of b.domains)
			if (!domains.has(d.id)) domains.set(d.id, { id: d.id, title: d.title, weight: d.weight });
	}
	return {
		lessons: lessons.map((l) => ({ slug: l.slug, title: l.title })),
		banks: banks.map((b) => ({
			id: b.id,
			title: b.title,
			questions: b.questions.map((q) => ({ id: q.id, domain: q.domain, lessons: [...q.lessons] })),
		})),
		domains: [...domains.values()],
		fullLength: FULL_LENGTH[exam] ?? 65,
		passingScore,
	};
}
