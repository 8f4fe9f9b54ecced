/**
 * Question coverage: per lesson, domain, type and difficulty, and the seed topics asked fewer
 * than twice. Pure over parsed banks, so the CLI and a test share it.
 */
import type { Bank } from '../src/schemas/bank.ts';
import { SEED_TOPICS } from './seed-topics.ts';

export interface Coverage {
	total: number;
	byLesson: Record<string, number>;
	byDomain: Record<string, number>;
	byType: Record<string, number>;
	byDifficulty: Record<string, number>;
	byTopic: { id: string; title: string; seeds: string; count: number }[];
	/** Seed topics asked fewer than twice. */
	thinTopics: string[];
}

const bump = (map: Record<string, number>, key: string) => {
	map[key] = (map[key] ?? 0) + 1;
};

export function coverage(banks: readonly Bank[]): Coverage {
	const byLesson: Record<string, number> = {};
	const byDomain: Record<string, number> = {};
	const byType: Record<string, number> = {};
	const byDifficulty: Record<string, number> = {};
	const asked: string[] = [];
	let total = 0;
	for (const bank of banks) {
		for (const q of bank.questions) {
			total += 1;
			for (const l of q.lessons) bump(byLesson, l);
			bump(byDomain, `${bank.id}/${q.domain}`);
			bump(byType, q.type === 'single' ? 'single' : `multiple (choose ${q.choose})`);
			bump(byDifficulty, q.difficulty);
			asked.push([q.stem, ...q.options.map((o) => o.text)].join('\n'));
		}
	}
	const byTopic = SEED_TOPICS.map((t) => ({
		id: t.id,
		title: t.title,
		seeds: t.seeds,
		count: asked.filter((text) => t.pattern.test(text)).length,
	}));
	return {
		total,
		byLesson,
		byDomain,
		byType,
		byDifficulty,
		byTopic,
		thinTopics: byTopic.filter((t) => t.count < 2).map((t) => t.id),
	};
}

/** A question checked before the facts of one of its lessons were last checked. */
export interface StaleQuestion {
	file: string;
	id: string;
	verified: string;
	/** The lesson whose lastVerified is the newest of the question's lessons, and that date. */
	lesson: string;
	lessonVerified: string;
}

/** YYYY-MM-DD of a date (lesson frontmatter dates are parsed as UTC midnight). */
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Questions whose `verified` is older than the `lastVerified` of a lesson they link: the lesson's
 * facts were checked (and maybe corrected) after the question was. Oldest first.
 */
export function staleQuestions(
	banks: readonly { file: string; bank: Bank }[],
	lessons: readonly { slug: string; lastVerified: Date }[],
): StaleQuestion[] {
	const lessonDate = new Map(lessons.map((l) => [l.slug, isoDay(l.lastVerified)]));
	const out: StaleQuestion[] = [];
	for (const { file, bank } of banks) {
		for (const q of bank.questions) {
			let newest: { lesson: string; date: string } | undefined;
			for (const slug of q.lessons) {
				const date = lessonDate.get(slug);
				if (date !== undefined && (newest === undefined || date > newest.date))
					newest = { lesson: slug, date };
			}
			if (newest && q.verified < newest.date)
				out.push({
					file,
					id: q.id,
					verified: q.verified,
					lesson: newest.lesson,
					lessonVerified: newest.date,
				});
		}
	}
	return out.sort((a, b) => a.verified.localeCompare(b.verified) || a.id.localeCompare(b.id));
}
