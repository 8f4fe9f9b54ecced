import { describe, expect, it } from 'vitest';
import {
	emptyHistory,
	mergeHistory,
	parseHistory,
	parseHistoryValue,
	setBookmark,
	toAttempt,
} from './history.ts';
import { checkAnswer, createSession, finish, scoreSession, selectAnswer } from './session.ts';
import { gradeCard } from './srs.ts';

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const V1_ATTEMPT = {
	id: 'networking:1:seed',
	bankId: 'networking',
	mode: 'exam',
	seed: 'seed',
	startedAt: 1,
	finishedAt: 1_790_000_000_000,
	timeUsedMs: 60_000,
	correct: 1,
	total: 3,
	scaled: 400,
	passingScore: 720,
	passed: false,
	byDomain: [{ id: 'secure', correct: 1, total: 3 }],
	questions: [
		{ id: 'net-001', chosen: ['a'], correct: true, flagged: false },
		{ id: 'net-002', chosen: ['b'], correct: false, flagged: false },
		{ id: 'net-003', chosen: [], correct: false, flagged: true },
	],
};
const card = gradeCard(undefined, false, NOW)!;

describe('history v1 → v2', () => {
	it('migrates attempts: unanswered is not attempted; flags become bookmarks; phantom cards go', () => {
		const v1 = {
			v: 1,
			attempts: [V1_ATTEMPT],
			cards: {
				'net-002': { bankId: 'networking', card },
				'net-003': { bankId: 'networking', card },
			},
		};
		const { history, rejected, unreadable } = parseHistoryValue(v1);
		expect(unreadable).toBe(false);
		expect(rejected).toEqual([]);
		expect(history.v).toBe(2);
		const a = history.attempts[0]!;
		expect(a.unanswered).toBe(1);
		expect(a.drill).toBe(false);
		expect(a.questions.map((q) => q.answered)).toEqual([true, true, false]);
		expect(Object.keys(history.cards)).toEqual(['net-002']);
		expect(Object.keys(history.bookmarks)).toEqual(['net-003']);
	});
	it('v1 review attempts become drills', () => {
		const { history } = parseHistoryValue({
			v: 1,
			attempts: [{ ...V1_ATTEMPT, mode: 'review' }],
			cards: {},
		});
		expect(history.attempts[0]?.drill).toBe(true);
	});
	it('reads v2 as stored and round-trips', () => {
		const { history } = parseHistoryValue({ v: 1, attempts: [V1_ATTEMPT], cards: {} });
		const again = parseHistory(JSON.stringify(history));
		expect(again.history).toEqual(history);
		expect(again.rejected).toEqual([]);
	});
});

describe('bad data is set aside, never thrown', () => {
	it.each([
		['corrupt JSON', '{"v":2,"attempts":[{"id":'],
		['a foreign shape', '["not","ours"]'],
		['a future version', '{"v":3,"attempts":[]}'],
		['null', 'null'],
	])('%s is unreadable', (_, raw) => {
		const parsed = parseHistory(raw);
		expect(parsed.unreadable).toBe(true);
		expect(parsed.history).toEqual(emptyHistory());
		expect(parsed.rejected).toHaveLength(1);
	});
	it('the legacy key reads v1 only', () => {
		expect(parseHistory('{"v":2,"attempts":[]}', 1).unreadable).toBe(true);
		expect(parseHistory('{"v":1,"attempts":[]}', 1).unreadable).toBe(false);
	});
	it('keeps the good items and rejects the bad ones one by one', () => {
		const { history, rejected } = parseHistoryValue({
			v: 2,
			attempts: [{ ...V1_ATTEMPT, drill: false, unanswered: 0 }, { id: 3 }],
			cards: { ok: { bankId: 'b', card }, bad: { bankId: 'b', card: { due: 'never' } } },
			bookmarks: { ok: { bankId: 'b', at: 1 }, bad: { bankId: 2 } },
		});
		// The v1-shaped questions lack `answered`, so that attempt is rejected too.
		expect(history.attempts).toHaveLength(0);
		expect(Object.keys(history.cards)).toEqual(['ok']);
		expect(Object.keys(history.bookmarks)).toEqual(['ok']);
		expect(rejected).toHaveLength(4);
	});
});

describe('attempts and bookmarks', () => {
	const questions = Array.from({ length: 10 }, (_, i) => ({
		id: `q${i}`,
		domain: 'd',
		tags: [],
		options: ['a', 'b'].map((id) => ({ id, correct: id === 'a' })),
	}));
	it('an exam quit after one answer: one wrong, nine unanswered, none of them misses', () => {
		let s = createSession('bank', questions, { mode: 'exam', seed: 's', now: NOW });
		s = selectAnswer(s, s.questionIds[0]!, ['b'], NOW);
		s = finish(s, NOW + 1000);
		const score = scoreSession(s, questions, [{ id: 'd', title: 'D' }], 720, NOW);
		const a = toAttempt(s, score, () => false);
		expect(a.unanswered).toBe(9);
		expect(a.correct).toBe(0);
		expect(a.total).toBe(10);
		expect(a.questions.filter((q) => q.answered)).toHaveLength(1);
		expect(a.questions[0]?.order).toEqual(s.optionOrder[s.questionIds[0]!]);
	});
	it('a due drill has no verdict', () => {
		let s = createSession('bank', questions, { mode: 'due', seed: 's', now: NOW });
		for (const id of s.questionIds) {
			s = selectAnswer(s, id, ['a'], NOW);
			s = checkAnswer(s, id, NOW);
		}
		const score = scoreSession(finish(s, NOW), questions, [], 720, NOW);
		const a = toAttempt(finish(s, NOW), score, () => true);
		expect(a.drill).toBe(true);
		expect(a.passed).toBe(false);
	});
	it('sets and clears bookmarks; merge keeps both sides', () => {
		const h = setBookmark(emptyHistory(), 'q1', 'bank', true, NOW);
		expect(h.bookmarks).toEqual({ q1: { bankId: 'bank', at: NOW } });
		expect(setBookmark(h, 'q1', 'bank', false, NOW).bookmarks).toEqual({});
		const other = setBookmark(emptyHistory(), 'q2', 'bank', true, NOW);
		expect(Object.keys(mergeHistory(h, other).bookmarks).sort()).toEqual(['q1', 'q2']);
	});
});
