/**
 * A quiz session as pure state transitions (like ts-fsrs's `next(card, now, grade)`): every
 * function takes the session and returns a new one; time (`now`, epoch ms) and randomness (the
 * seed) are arguments. The browser stores the session as JSON, so it must stay plain data.
 */
import { createRng, shuffle, shufflePinned } from './random.ts';
import {
	scoreAnswers,
	type DomainInfo,
	type ScorableQuestion,
	type ScoreResult,
} from './scoring.ts';

/**
 * `practice`: feedback after each answer. `exam`: timed, scored at the end. `review` (missed or
 * flagged questions) and `due` (the spaced-repetition queue) are drills: feedback after each
 * answer, no verdict (src/lib/quiz/policy.ts `isDrill`).
 */
export const MODES = ['practice', 'exam', 'review', 'due'] as const;
export type Mode = (typeof MODES)[number];

/** What the engine needs of a question. */
export interface SessionQuestion extends ScorableQuestion {
	tags: readonly string[];
	options: readonly { id: string; correct: boolean; pin?: boolean | undefined }[];
}

export interface Session {
	v: 1;
	bankId: string;
	mode: Mode;
	seed: string;
	/** Question ids in the order shown. */
	questionIds: string[];
	/** Question id → option ids in the order shown. */
	optionOrder: Record<string, string[]>;
	/** Question id → chosen option ids. */
	answers: Record<string, string[]>;
	/** Practice/review: questions whose answer was checked (feedback shown, answer locked). */
	checked: string[];
	/** Questions flagged (bookmarked) in this session, in any mode. */
	flagged: string[];
	/** Index into questionIds of the question on screen. */
	current: number;
	startedAt: number;
	/** Exam: epoch ms when time runs out (deadline-based, survives reloads). Otherwise null. */
	deadline: number | null;
	finishedAt: number | null;
}

export interface SessionOptions {
	mode: Mode;
	seed: string;
	now: number;
	/** How many questions; all matching when omitted or larger than available. */
	count?: number | undefined;
	/** Only these domains (all when empty). */
	domains?: readonly string[] | undefined;
	/** Only questions with at least one of these tags (all when empty). */
	tags?: readonly string[] | undefined;
	/** Only these question ids (review), in any order. */
	onlyIds?: readonly string[] | undefined;
	/** Exam: the bank's limit for the whole bank; scaled to the number of questions drawn. */
	timeLimitMinutes?: number | undefined;
	/** Exam: extra minutes (AWS grants +30 to non-native speakers on request). */
	extraMinutes?: number | undefined;
	/**
	 * Exam: how many questions `timeLimitMinutes` is for (default: all of `questions`). The
	 * comprehensive exam draws 65 of several hundred questions and gets the full 130 minutes.
	 */
	timeLimitFor?: number | undefined;
	/** Questions already flagged (bookmarks kept across sessions); only those drawn are kept. */
	flagged?: readonly string[] | undefined;
}

/** Questions matching the filters, before shuffling. */
export function selectQuestions<Q extends SessionQuestion>(
	questions: readonly Q[],
	opts: Pick<SessionOptions, 'domains' | 'tags' | 'onlyIds'>,
): Q[] {
	const domains = opts.domains?.length ? new Set(opts.domains) : undefined;
	const tags = opts.tags?.length ? new Set(opts.tags) : undefined;
	const only = opts.onlyIds ? new Set(opts.onlyIds) : undefined;
	return questions.filter(
		(q) =>
			(!domains || domains.has(q.domain)) &&
			(!tags || q.tags.some((t) => tags.has(t))) &&
			(!only || only.has(q.id)),
	);
}

/** Starts a session: filters, shuffles questions and options with the seed, sets the exam deadline. */
export function createSession(
	bankId: string,
	questions: readonly SessionQuestion[],
	opts: SessionOptions,
): Session {
	const rng = createRng(`${bankId}:${opts.seed}`);
	const pool = selectQuestions(questions, opts);
	const total = pool.length;
	const count = opts.count && opts.count > 0 ? Math.min(opts.count, total) : total;
	const picked = shuffle(pool, rng).slice(0, count);
	const optionOrder: Record<string, string[]> = {};
	for (const q of picked)
		optionOrder[q.id] = shufflePinned(q.options, (o) => o.pin === true, rng).map((o) => o.id);
	let deadline: number | null = null;
	if (opts.mode === 'exam' && opts.timeLimitMinutes) {
		const per = opts.timeLimitFor ?? questions.length;
		const base = per > 0 ? Math.ceil((opts.timeLimitMinutes * count) / per) : opts.timeLimitMinutes;
		deadline = opts.now + (base + (opts.extraMinutes ?? 0)) * 60_000;
	}
	return {
		v: 1,
		bankId,
		mode: opts.mode,
		seed: opts.seed,
		questionIds: picked.map((q) => q.id),
		optionOrder,
		answers: {},
		checked: [],
		flagged: picked.map((q) => q.id).filter((id) => opts.flagged?.includes(id) ?? false),
		current: 0,
		startedAt: opts.now,
		deadline,
		finishedAt: null,
	};
}

/** Remaining exam time in ms (never negative), or null when the session is untimed. */
export function remainingMs(session: Session, now: number): number | null {
	return session.deadline === null ? null : Math.max(0, session.deadline - now);
}

/** True when an exam's time is up. */
export function isExpired(session: Session, now: number): boolean {
	return session.deadline !== null && now >= session.deadline;
}

/** Whether the answer to a question can still change. */
export function isLocked(session: Session, questionId: string, now: number): boolean {
	return (
		session.finishedAt !== null || isExpired(session, now) || session.checked.includes(questionId)
	);
}

/** Sets the chosen options for a question (ignored when locked or unknown). */
export function selectAnswer(
	session: Session,
	questionId: string,
	optionIds: readonly string[],
	now: number,
): Session {
	if (!session.questionIds.includes(questionId) || isLocked(session, questionId, now))
		return session;
	const valid = new Set(session.optionOrder[questionId] ?? []);
	const chosen = [...new Set(optionIds)].filter((id) => valid.has(id));
	return { ...session, answers: { ...session.answers, [questionId]: chosen } };
}

/** Practice/review: locks the answer and reveals the feedback. */
export function checkAnswer(session: Session, questionId: string, now: number): Session {
	if (
		session.mode === 'exam' ||
		session.checked.includes(questionId) ||
		isLocked(session, questionId, now)
	)
		return session;
	if (!session.answers[questionId]?.length) return session;
	return { ...session, checked: [...session.checked, questionId] };
}

/** Flags or unflags a question (any mode: flags are bookmarks kept across sessions). */
export function toggleFlag(session: Session, questionId: string): Session {
	if (!session.questionIds.includes(questionId) || session.finishedAt !== null) return session;
	const flagged = session.flagged.includes(questionId)
		? session.flagged.filter((id) => id !== questionId)
		: [...session.flagged, questionId];
	return { ...session, flagged };
}

/** Moves to a question by index (clamped). */
export function goTo(session: Session, index: number): Session {
	const current = Math.min(
		Math.max(0, Math.trunc(index)),
		Math.max(0, session.questionIds.length - 1),
	);
	return current === session.current ? session : { ...session, current };
}

/** Ends the session; an expired exam ends at its deadline, not later. */
export function finish(session: Session, now: number): Session {
	if (session.finishedAt !== null) return session;
	const end = session.deadline !== null ? Math.min(now, session.deadline) : now;
	return { ...session, finishedAt: end };
}

/** Counts for the exam's question grid and review screen. */
export function progress(session: Session): {
	answered: number;
	unanswered: number;
	flagged: number;
	total: number;
} {
	const answered = session.questionIds.filter(
		(id) => (session.answers[id]?.length ?? 0) > 0,
	).length;
	return {
		answered,
		unanswered: session.questionIds.length - answered,
		flagged: session.flagged.length,
		total: session.questionIds.length,
	};
}

export interface SessionScore extends ScoreResult {
	timeUsedMs: number;
}

/**
 * Scores the session's questions the way the exam does: unanswered questions count as wrong.
 * Only the exam's score uses this rule; learning data never does (src/lib/quiz/policy.ts).
 */
export function scoreSession(
	session: Session,
	questions: readonly SessionQuestion[],
	domains: readonly DomainInfo[],
	passingScore: number,
	now: number,
): SessionScore {
	const byId = new Map(questions.map((q) => [q.id, q]));
	const asked = session.questionIds.map((id) => byId.get(id)).filter((q) => q !== undefined);
	const result = scoreAnswers(asked, session.answers, domains, passingScore);
	const end = session.finishedAt ?? now;
	return { ...result, timeUsedMs: Math.max(0, end - session.startedAt) };
}

/** Guard for a session read back from storage; anything else is set aside by the caller. */
export function isSession(x: unknown): x is Session {
	if (typeof x !== 'object' || x === null) return false;
	const s = x as Record<string, unknown>;
	const strs = (v: unknown) => Array.isArray(v) && v.every((e) => typeof e === 'string');
	const recordOfStrs = (v: unknown) =>
		typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(strs);
	return (
		s['v'] === 1 &&
		typeof s['bankId'] === 'string' &&
		(MODES as readonly unknown[]).includes(s['mode']) &&
		typeof s['seed'] === 'string' &&
		strs(s['questionIds']) &&
		recordOfStrs(s['optionOrder']) &&
		recordOfStrs(s['answers']) &&
		strs(s['checked']) &&
		strs(s['flagged']) &&
		Number.isInteger(s['current']) &&
		typeof s['startedAt'] === 'number' &&
		(s['deadline'] === null || typeof s['deadline'] === 'number') &&
		(s['finishedAt'] === null || typeof s['finishedAt'] === 'number') &&
		s['questionIds'].every((id) => Array.isArray((s['optionOrder'] as Record<string, unknown>)[id]))
	);
}
