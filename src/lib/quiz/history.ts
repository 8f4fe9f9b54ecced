/**
 * Quiz history records and their guards. Pure and DOM-free: the browser store
 * (src/client/quiz-store.ts) reads JSON from localStorage and passes it through these guards,
 * so corrupt, truncated, foreign or future-version data is recognised and set aside item by item.
 */
import { isStoredCard, type StoredCard } from './card.ts';
import { MODES, type Mode, type Session, type SessionScore } from './session.ts';
import { answeredIds, isDrill } from './policy.ts';

export const HISTORY_VERSION = 2;

/** One question of a finished attempt. */
export interface AttemptQuestion {
	id: string;
	chosen: string[];
	/** Right answer. Always false when not answered. */
	correct: boolean;
	/** False: never answered (not attempted; only an exam's score counts it wrong). */
	answered: boolean;
	flagged: boolean;
	/** Option ids in the order shown, so a past result numbers options as the learner saw them. */
	order?: string[] | undefined;
}

/** One finished attempt. */
export interface Attempt {
	id: string;
	/** The bank, or `comprehensive` for the exam drawn from every bank. */
	bankId: string;
	mode: Mode;
	seed: string;
	startedAt: number;
	finishedAt: number;
	timeUsedMs: number;
	correct: number;
	total: number;
	scaled: number;
	passingScore: number;
	passed: boolean;
	/** Review and due sessions: no verdict (passed/scaled mean nothing for them). */
	drill: boolean;
	/** Questions never answered. */
	unanswered: number;
	byDomain: { id: string; correct: number; total: number }[];
	questions: AttemptQuestion[];
}

/** A question the learner flagged, kept across sessions. */
export interface Bookmark {
	bankId: string;
	at: number;
}

/** Everything stored about a learner's quiz history (one JSON document). */
export interface History {
	v: 2;
	attempts: Attempt[];
	/** Question id → spaced-repetition card for questions the learner has missed. */
	cards: Record<string, { bankId: string; card: StoredCard }>;
	/** Question id → bookmark (「フラグを付けた問題」). */
	bookmarks: Record<string, Bookmark>;
}

export const emptyHistory = (): History => ({ v: 2, attempts: [], cards: {}, bookmarks: {} });

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isStrArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** The fields v1 and v2 attempts share. */
function isAttemptBase(a: Record<string, unknown>): boolean {
	return (
		isStr(a['id']) &&
		isStr(a['bankId']) &&
		isStr(a['seed']) &&
		(MODES as readonly unknown[]).includes(a['mode']) &&
		isNum(a['startedAt']) &&
		isNum(a['finishedAt']) &&
		isNum(a['timeUsedMs']) &&
		isNum(a['correct']) &&
		isNum(a['total']) &&
		isNum(a['scaled']) &&
		isNum(a['passingScore']) &&
		typeof a['passed'] === 'boolean' &&
		Array.isArray(a['byDomain']) &&
		a['byDomain'].every(
			(d: unknown) => isObj(d) && isStr(d['id']) && isNum(d['correct']) && isNum(d['total']),
		) &&
		Array.isArray(a['questions'])
	);
}

const isQuestionV1 = (q: unknown): q is Record<string, unknown> =>
	isObj(q) &&
	isStr(q['id']) &&
	isStrArray(q['chosen']) &&
	typeof q['correct'] === 'boolean' &&
	typeof q['flagged'] === 'boolean';

/** Guard for one (v2) attempt. */
export function isAttempt(x: unknown): x is Attempt {
	if (!isObj(x) || !isAttemptBase(x)) return false;
	return (
		typeof x['drill'] === 'boolean' &&
		isNum(x['unanswered']) &&
		(x['questions'] as unknown[]).every(
			(q) =>
				isQuestionV1(q) &&
				typeof q['answered'] === 'boolean' &&
				(q['order'] === undefined || isStrArray(q['order'])),
		)
	);
}

/**
 * A v1 attempt as v2. v1 stored an unanswered question as `chosen: []`, `correct: false`
 * (a phantom miss); v2 marks it not answered. v1 review sessions become drills.
 */
export function migrateAttemptV1(x: unknown): Attempt | undefined {
	if (!isObj(x) || !isAttemptBase(x) || !(x['questions'] as unknown[]).every(isQuestionV1))
		return undefined;
	const questions = (x['questions'] as Record<string, unknown>[]).map((q) => {
		const chosen = q['chosen'] as string[];
		return {
			id: q['id'] as string,
			chosen,
			correct: q['correct'] as boolean,
			answered: chosen.length > 0,
			flagged: q['flagged'] as boolean,
		};
	});
	return {
		...(x as unknown as Omit<Attempt, 'drill' | 'unanswered' | 'questions'>),
		drill: x['mode'] === 'review',
		unanswered: questions.filter((q) => !q.answered).length,
		questions,
	};
}

/** What reading stored history found: the usable part and what had to be set aside. */
export interface ParsedHistory {
	history: History;
	/** Items that were not usable (kept verbatim so they can be set aside, never silently lost). */
	rejected: unknown[];
	/** The whole value was unusable (corrupt JSON, foreign shape or a future version). */
	unreadable: boolean;
}

/**
 * Parses stored history text; never throws. `only: 1` reads the legacy key, where anything but
 * v1 is unreadable.
 */
export function parseHistory(raw: string | null | undefined, only?: 1): ParsedHistory {
	if (raw === null || raw === undefined || raw === '')
		return { history: emptyHistory(), rejected: [], unreadable: false };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { history: emptyHistory(), rejected: [raw], unreadable: true };
	}
	if (only === 1 && !(isObj(value) && value['v'] === 1))
		return { history: emptyHistory(), rejected: [value], unreadable: true };
	return parseHistoryValue(value);
}

/**
 * Parses an already-parsed value (also used for imported files). v2 is read as is; v1 is
 * migrated (see `migrateAttemptV1`; its flagged questions become bookmarks, and cards that only
 * v1's phantom misses created are dropped). Any other version is unreadable.
 */
export function parseHistoryValue(value: unknown): ParsedHistory {
	const version = isObj(value) ? value['v'] : undefined;
	if (!isObj(value) || (version !== 1 && version !== HISTORY_VERSION)) {
		return { history: emptyHistory(), rejected: [value], unreadable: true };
	}
	const v1 = version === 1;
	const history = emptyHistory();
	const rejected: unknown[] = [];
	const attempts = value['attempts'];
	if (Array.isArray(attempts)) {
		for (const a of attempts) {
			const ok = v1 ? migrateAttemptV1(a) : isAttempt(a) ? a : undefined;
			if (ok) history.attempts.push(ok);
			else rejected.push(a);
		}
	} else if (attempts !== undefined) rejected.push(attempts);
	const cards = value['cards'];
	if (isObj(cards) && !Array.isArray(cards)) {
		for (const [id, entry] of Object.entries(cards)) {
			if (isObj(entry) && isStr(entry['bankId']) && isStoredCard(entry['card']))
				history.cards[id] = { bankId: entry['bankId'], card: entry['card'] };
			else rejected.push({ [id]: entry });
		}
	} else if (cards !== undefined) rejected.push(cards);
	const bookmarks = value['bookmarks'];
	if (isObj(bookmarks) && !Array.isArray(bookmarks)) {
		for (const [id, b] of Object.entries(bookmarks)) {
			if (isObj(b) && isStr(b['bankId']) && isNum(b['at']))
				history.bookmarks[id] = { bankId: b['bankId'], at: b['at'] };
			else rejected.push({ [id]: b });
		}
	} else if (bookmarks !== undefined) rejected.push(bookmarks);
	if (v1) {
		const answered = new Set<string>();
		const seen = new Set<string>();
		for (const a of history.attempts)
			for (const q of a.questions) {
				seen.add(q.id);
				if (q.answered) answered.add(q.id);
				if (q.flagged) history.bookmarks[q.id] = { bankId: a.bankId, at: a.finishedAt };
			}
		history.cards = Object.fromEntries(
			Object.entries(history.cards).filter(([id]) => !seen.has(id) || answered.has(id)),
		);
	}
	return { history, rejected, unreadable: false };
}

/** Merges imported history into the current one: attempts by id (no duplicates), newer cards win. */
export function mergeHistory(current: History, incoming: History): History {
	const ids = new Set(current.attempts.map((a) => a.id));
	const attempts = [...current.attempts, ...incoming.attempts.filter((a) => !ids.has(a.id))].sort(
		(a, b) => a.finishedAt - b.finishedAt,
	);
	const cards = { ...current.cards };
	for (const [id, entry] of Object.entries(incoming.cards)) {
		const mine = cards[id];
		const theirsReview = Date.parse(entry.card.last_review ?? '') || 0;
		const mineReview = mine ? Date.parse(mine.card.last_review ?? '') || 0 : -1;
		if (!mine || theirsReview > mineReview) cards[id] = entry;
	}
	return { v: 2, attempts, cards, bookmarks: { ...incoming.bookmarks, ...current.bookmarks } };
}

/** Builds the attempt record of a finished session. */
export function toAttempt(
	session: Session,
	score: SessionScore,
	isRight: (questionId: string) => boolean,
): Attempt {
	const answered = new Set(answeredIds(session));
	const drill = isDrill(session.mode);
	return {
		id: `${session.bankId}:${session.startedAt}:${session.seed}`,
		bankId: session.bankId,
		mode: session.mode,
		seed: session.seed,
		startedAt: session.startedAt,
		finishedAt: session.finishedAt ?? session.startedAt + score.timeUsedMs,
		timeUsedMs: score.timeUsedMs,
		correct: score.correct,
		total: score.total,
		scaled: score.scaled,
		passingScore: score.passingScore,
		passed: !drill && score.passed,
		drill,
		unanswered: session.questionIds.length - answered.size,
		byDomain: score.byDomain.map((d) => ({ id: d.id, correct: d.correct, total: d.total })),
		questions: session.questionIds.map((id) => ({
			id,
			chosen: session.answers[id] ?? [],
			correct: answered.has(id) && isRight(id),
			answered: answered.has(id),
			flagged: session.flagged.includes(id),
			order: session.optionOrder[id],
		})),
	};
}

/** Sets or clears a bookmark. */
export function setBookmark(
	history: History,
	questionId: string,
	bankId: string,
	on: boolean,
	now: number,
): History {
	const bookmarks = Object.fromEntries(
		Object.entries(history.bookmarks).filter(([id]) => id !== questionId),
	);
	if (on) bookmarks[questionId] = { bankId, at: now };
	return { ...history, bookmarks };
}
