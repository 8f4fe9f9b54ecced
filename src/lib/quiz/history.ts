/**
 * Quiz history records and their guards. Pure and DOM-free: the browser store
 * (src/client/quiz-store.ts) reads JSON from localStorage and passes it through these guards,
 * so corrupt, truncated, foreign or future-version data is recognised and set aside item by item.
 */
import { isStoredCard, type StoredCard } from './card.ts';
import { MODES, type Mode, type Session, type SessionScore } from './session.ts';

export const HISTORY_VERSION = 1;

/** One finished attempt. */
export interface Attempt {
	id: string;
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
	byDomain: { id: string; correct: number; total: number }[];
	questions: { id: string; chosen: string[]; correct: boolean; flagged: boolean }[];
}

/** Everything stored about a learner's quiz history (one JSON document). */
export interface History {
	v: 1;
	attempts: Attempt[];
	/** Question id → spaced-repetition card for questions the learner has missed. */
	cards: Record<string, { bankId: string; card: StoredCard }>;
}

export const emptyHistory = (): History => ({ v: 1, attempts: [], cards: {} });

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isStrArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);

/** Guard for one attempt. */
export function isAttempt(x: unknown): x is Attempt {
	if (typeof x !== 'object' || x === null) return false;
	const a = x as Record<string, unknown>;
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
			(d: unknown) =>
				typeof d === 'object' &&
				d !== null &&
				isStr((d as Record<string, unknown>)['id']) &&
				isNum((d as Record<string, unknown>)['correct']) &&
				isNum((d as Record<string, unknown>)['total']),
		) &&
		Array.isArray(a['questions']) &&
		a['questions'].every((q: unknown) => {
			if (typeof q !== 'object' || q === null) return false;
			const r = q as Record<string, unknown>;
			return (
				isStr(r['id']) &&
				isStrArray(r['chosen']) &&
				typeof r['correct'] === 'boolean' &&
				typeof r['flagged'] === 'boolean'
			);
		})
	);
}

/** What reading stored history found: the usable part and what had to be set aside. */
export interface ParsedHistory {
	history: History;
	/** Items that were not usable (kept verbatim so they can be set aside, never silently lost). */
	rejected: unknown[];
	/** The whole value was unusable (corrupt JSON, foreign shape or a future version). */
	unreadable: boolean;
}

/** Parses stored history text; never throws. */
export function parseHistory(raw: string | null | undefined): ParsedHistory {
	if (raw === null || raw === undefined || raw === '')
		return { history: emptyHistory(), rejected: [], unreadable: false };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { history: emptyHistory(), rejected: [raw], unreadable: true };
	}
	return parseHistoryValue(value);
}

/** Parses an already-parsed value (also used for imported files). */
export function parseHistoryValue(value: unknown): ParsedHistory {
	if (
		typeof value !== 'object' ||
		value === null ||
		(value as { v?: unknown }).v !== HISTORY_VERSION
	) {
		return { history: emptyHistory(), rejected: [value], unreadable: true };
	}
	const v = value as { attempts?: unknown; cards?: unknown };
	const history = emptyHistory();
	const rejected: unknown[] = [];
	if (Array.isArray(v.attempts)) {
		for (const a of v.attempts) {
			if (isAttempt(a)) history.attempts.push(a);
			else rejected.push(a);
		}
	} else if (v.attempts !== undefined) rejected.push(v.attempts);
	if (typeof v.cards === 'object' && v.cards !== null && !Array.isArray(v.cards)) {
		for (const [id, entry] of Object.entries(v.cards as Record<string, unknown>)) {
			const e = entry as { bankId?: unknown; card?: unknown } | null;
			if (e && isStr(e.bankId) && isStoredCard(e.card))
				history.cards[id] = { bankId: e.bankId, card: e.card };
			else rejected.push({ [id]: entry });
		}
	} else if (v.cards !== undefined) rejected.push(v.cards);
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
	return { v: 1, attempts, cards };
}

/** Builds the attempt record of a finished session. */
export function toAttempt(
	session: Session,
	score: SessionScore,
	isRight: (questionId: string) => boolean,
): Attempt {
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
		passed: score.passed,
		byDomain: score.byDomain.map((d) => ({ id: d.id, correct: d.correct, total: d.total })),
		questions: session.questionIds.map((id) => ({
			id,
			chosen: session.answers[id] ?? [],
			correct: isRight(id),
			flagged: session.flagged.includes(id),
		})),
	};
}

/** Question ids answered wrong or flagged in a bank's past attempts (latest answer decides "wrong"). */
export function missedOrFlagged(history: History, bankId: string): string[] {
	const latest = new Map<string, { correct: boolean; flagged: boolean }>();
	for (const a of [...history.attempts]
		.filter((x) => x.bankId === bankId)
		.sort((x, y) => x.finishedAt - y.finishedAt)) {
		for (const q of a.questions) latest.set(q.id, { correct: q.correct, flagged: q.flagged });
	}
	return [...latest].filter(([, r]) => !r.correct || r.flagged).map(([id]) => id);
}
