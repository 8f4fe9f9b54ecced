/**
 * The 学習状況 dashboard's figures, as pure functions of the learner's data (model.ts) and the
 * site's catalog. Time (`now`) and the learner's time zone offset are arguments.
 */
import type { DueCard, StudyAttempt, StudyCatalog, StudyInput } from './model.ts';

const DAY = 86_400_000;

export interface LessonSummary {
	done: number;
	total: number;
	/** The lesson to read next: after the one marked most recently, else the first not done. */
	next?: { slug: string; title: string } | undefined;
}

/** Lessons done / total and the lesson to continue with. Slugs the site no longer has do not count. */
export function lessonSummary(
	lessons: StudyCatalog['lessons'],
	done: Readonly<Record<string, string>>,
): LessonSummary {
	const isDone = (slug: string) => Object.hasOwn(done, slug);
	const count = lessons.filter((l) => isDone(l.slug)).length;
	let latest = -1;
	let latestAt = '';
	lessons.forEach((l, i) => {
		const at = done[l.slug];
		if (at !== undefined && Object.hasOwn(done, l.slug) && at >= latestAt) {
			latest = i;
			latestAt = at;
		}
	});
	const after = lessons.slice(latest + 1).find((l) => !isDone(l.slug));
	const next = after ?? lessons.find((l) => !isDone(l.slug));
	return { done: count, total: lessons.length, next };
}

export interface DueSummary {
	total: number;
	/** Banks with due questions, in catalog order. */
	byBank: { bankId: string; title: string; questionIds: string[] }[];
}

/** Questions due at `now` across all banks; cards of questions the site no longer has are left out. */
export function dueSummary(
	cards: readonly DueCard[],
	catalog: Pick<StudyCatalog, 'banks'>,
	now: number,
): DueSummary {
	const byBank = catalog.banks.flatMap((bank) => {
		const ids = new Set(bank.questions.map((q) => q.id));
		const questionIds = cards
			.filter((c) => c.bankId === bank.id && ids.has(c.questionId) && c.due <= now)
			.sort((a, b) => a.due - b.due)
			.map((c) => c.questionId);
		return questionIds.length > 0 ? [{ bankId: bank.id, title: bank.title, questionIds }] : [];
	});
	return { total: byBank.reduce((n, b) => n + b.questionIds.length, 0), byBank };
}

export interface DomainStat {
	id: string;
	title: string;
	correct: number;
	/** Questions answered (not attempted ones are not counted). */
	answered: number;
	/** 0–100, or undefined when nothing was answered. */
	percent?: number | undefined;
	/** Accuracy (0–100) in each of the last attempts that answered this domain, oldest first. */
	trend: number[];
}

/** How many recent attempts the trend shows. */
export const TREND_LENGTH = 5;

/** Accuracy per exam domain over all attempts, with the trend over the last attempts. */
export function domainStats(
	attempts: readonly StudyAttempt[],
	domains: StudyCatalog['domains'],
): DomainStat[] {
	const sorted = [...attempts].sort((a, b) => a.finishedAt - b.finishedAt);
	return domains.map((d) => {
		let correct = 0;
		let answered = 0;
		const trend: number[] = [];
		for (const a of sorted) {
			let c = 0;
			let n = 0;
			for (const q of a.questions) {
				if (q.domain !== d.id || q.outcome === 'unanswered') continue;
				n += 1;
				if (q.outcome === 'correct') c += 1;
			}
			if (n === 0) continue;
			correct += c;
			answered += n;
			trend.push(Math.round((c / n) * 100));
		}
		return {
			id: d.id,
			title: d.title,
			correct,
			answered,
			percent: answered > 0 ? Math.round((correct / answered) * 100) : undefined,
			trend: trend.slice(-TREND_LENGTH),
		};
	});
}

/** A domain needs this many answered questions before it can be called the weakest. */
export const MIN_ANSWERED_FOR_WEAKEST = 5;

/**
 * The weakest domain (lowest accuracy among those with enough answers) and the lesson to reread
 * for it: the lesson linked by most of the questions the learner got wrong in that domain.
 */
export function weakest(
	stats: readonly DomainStat[],
	attempts: readonly StudyAttempt[],
	catalog: Pick<StudyCatalog, 'banks' | 'lessons'>,
): { domain: DomainStat; lesson?: { slug: string; title: string } | undefined } | undefined {
	const candidates = stats.filter(
		(s) => s.answered >= MIN_ANSWERED_FOR_WEAKEST && s.percent !== undefined,
	);
	const domain = candidates.sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0))[0];
	if (!domain) return undefined;
	const lessonsOf = new Map<string, string[]>();
	for (const bank of catalog.banks)
		for (const q of bank.questions) lessonsOf.set(`${bank.id}\u0000${q.id}`, q.lessons);
	const votes = new Map<string, number>();
	for (const a of attempts)
		for (const q of a.questions) {
			if (q.domain !== domain.id || q.outcome !== 'wrong') continue;
			for (const slug of lessonsOf.get(`${a.bankId}\u0000${q.id}`) ?? [])
				votes.set(slug, (votes.get(slug) ?? 0) + 1);
		}
	const order = new Map(catalog.lessons.map((l, i) => [l.slug, i]));
	const best = [...votes]
		.filter(([slug]) => order.has(slug))
		.sort((x, y) => y[1] - x[1] || (order.get(x[0]) ?? 0) - (order.get(y[0]) ?? 0))[0];
	const lesson = best ? catalog.lessons.find((l) => l.slug === best[0]) : undefined;
	return { domain, lesson };
}

export interface Readiness {
	/** The latest full-length exam attempts, newest first (at most 3). */
	mocks: { bankId: string; finishedAt: number; scaled: number }[];
	/**
	 * An ESTIMATE of the scaled score on a full mock exam: each domain's accuracy over the
	 * learner's last answers, weighted by the exam's domain weights, mapped linearly onto
	 * 100–1000 like the site's own exam score. Undefined below MIN_FOR_ESTIMATE answers.
	 */
	estimate?: number | undefined;
	/** How many answered questions the estimate rests on. */
	basis: number;
}

/** The estimate uses at most this many of the latest answers… */
export const ESTIMATE_WINDOW = 200;
/** …and needs at least this many. */
export const MIN_FOR_ESTIMATE = 20;

export function readiness(attempts: readonly StudyAttempt[], catalog: StudyCatalog): Readiness {
	const newest = [...attempts].sort((a, b) => b.finishedAt - a.finishedAt);
	const mocks = newest
		.filter(
			(a) =>
				a.mode === 'exam' && a.scaled !== undefined && a.questions.length >= catalog.fullLength,
		)
		.slice(0, 3)
		.map((a) => ({ bankId: a.bankId, finishedAt: a.finishedAt, scaled: a.scaled ?? 0 }));
	const answers: { domain: string; correct: boolean }[] = [];
	for (const a of newest)
		for (const q of a.questions)
			if (q.outcome !== 'unanswered' && answers.length < ESTIMATE_WINDOW)
				answers.push({ domain: q.domain, correct: q.outcome === 'correct' });
	const basis = answers.length;
	if (basis < MIN_FOR_ESTIMATE) return { mocks, basis };
	const overall = answers.filter((x) => x.correct).length / basis;
	let weighted = 0;
	let weights = 0;
	for (const d of catalog.domains) {
		const mine = answers.filter((x) => x.domain === d.id);
		// A domain with no answers yet counts at the overall accuracy rather than at zero.
		const acc = mine.length > 0 ? mine.filter((x) => x.correct).length / mine.length : overall;
		weighted += d.weight * acc;
		weights += d.weight;
	}
	const ratio = weights > 0 ? weighted / weights : overall;
	return { mocks, estimate: Math.round(100 + 900 * ratio), basis };
}

export interface ActivityDay {
	/** Local date, YYYY-MM-DD. */
	date: string;
	/** Questions answered that day. */
	answered: number;
	/** Lessons marked done that day. */
	lessons: number;
}

/** Weeks the activity calendar shows. */
export const ACTIVITY_WEEKS = 12;

/** Local calendar date of an instant, given the offset of local time from UTC in minutes. */
export function localDate(epochMs: number, offsetMinutes: number): string {
	return new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/**
 * Activity over the last 12 weeks: weeks (columns) of 7 days, Monday first, the last week
 * containing today; days after today are left out.
 */
export function activity(
	input: Pick<StudyInput, 'attempts' | 'lessonsDone'>,
	now: number,
	offsetMinutes: number,
): ActivityDay[][] {
	const today = localDate(now, offsetMinutes);
	const todayMs = Date.parse(`${today}T00:00:00Z`);
	const weekday = (new Date(todayMs).getUTCDay() + 6) % 7; // Monday = 0
	const start = todayMs - (weekday + 7 * (ACTIVITY_WEEKS - 1)) * DAY;
	const days = new Map<string, ActivityDay>();
	const weeks: ActivityDay[][] = [];
	for (let w = 0; w < ACTIVITY_WEEKS; w++) {
		const week: ActivityDay[] = [];
		for (let d = 0; d < 7; d++) {
			const ms = start + (w * 7 + d) * DAY;
			if (ms > todayMs) break;
			const day = { date: new Date(ms).toISOString().slice(0, 10), answered: 0, lessons: 0 };
			days.set(day.date, day);
			week.push(day);
		}
		weeks.push(week);
	}
	for (const a of input.attempts) {
		const day = days.get(localDate(a.finishedAt, offsetMinutes));
		if (day) day.answered += a.questions.filter((q) => q.outcome !== 'unanswered').length;
	}
	for (const at of Object.values(input.lessonsDone)) {
		const ms = Date.parse(at);
		if (Number.isNaN(ms)) continue;
		const day = days.get(localDate(ms, offsetMinutes));
		if (day) day.lessons += 1;
	}
	return weeks;
}

/** Ping-t style marks: never seen, missed (latest answer wrong), correct once, mastered. */
export type Mastery = 'new' | 'missed' | 'once' | 'mastered';

/** Per bank: each question's mark in bank order, and the counts. */
export function mastery(
	attempts: readonly StudyAttempt[],
	catalog: Pick<StudyCatalog, 'banks'>,
): { bankId: string; title: string; marks: Mastery[]; counts: Record<Mastery, number> }[] {
	const history = new Map<string, boolean[]>();
	for (const a of [...attempts].sort((x, y) => x.finishedAt - y.finishedAt))
		for (const q of a.questions) {
			if (q.outcome === 'unanswered') continue;
			const key = `${q.bankId ?? a.bankId}\u0000${q.id}`;
			const list = history.get(key) ?? [];
			list.push(q.outcome === 'correct');
			history.set(key, list);
		}
	return catalog.banks.map((bank) => {
		const counts: Record<Mastery, number> = { new: 0, missed: 0, once: 0, mastered: 0 };
		const marks = bank.questions.map((q): Mastery => {
			const h = history.get(`${bank.id}\u0000${q.id}`) ?? [];
			const mark: Mastery =
				h.length === 0
					? 'new'
					: !h.at(-1)
						? 'missed'
						: h.length >= 2 && h.at(-2)
							? 'mastered'
							: 'once';
			counts[mark] += 1;
			return mark;
		});
		return { bankId: bank.id, title: bank.title, marks, counts };
	});
}

/** True when the learner has done anything the dashboard can show. */
export function hasHistory(input: StudyInput): boolean {
	return (
		input.attempts.length > 0 || Object.keys(input.lessonsDone).length > 0 || input.cards.length > 0
	);
}
