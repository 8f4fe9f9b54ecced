import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng, shuffle, shufflePinned } from './random.ts';
import {
	checkAnswer,
	createSession,
	finish,
	goTo,
	isExpired,
	progress,
	remainingMs,
	scoreSession,
	selectAnswer,
	toggleFlag,
} from './session.ts';

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const questions = Array.from({ length: 20 }, (_, i) => ({
	id: `q${i}`,
	domain: i % 2 ? 'odd' : 'even',
	tags: i < 5 ? ['net'] : ['iam'],
	options: ['a', 'b', 'c', 'd', 'e'].map((id, j) => ({
		id,
		correct: j === i % 4,
		pin: id === 'e',
	})),
}));
const domains = [
	{ id: 'even', title: 'Even' },
	{ id: 'odd', title: 'Odd' },
];

describe('seeded shuffling', () => {
	it('same seed, same order; different seed, different order', () => {
		const xs = Array.from({ length: 30 }, (_, i) => i);
		expect(shuffle(xs, createRng('abc'))).toEqual(shuffle(xs, createRng('abc')));
		expect(shuffle(xs, createRng('abc'))).not.toEqual(shuffle(xs, createRng('abd')));
	});
	it('is a permutation and keeps pinned items in place', () => {
		fc.assert(
			fc.property(fc.array(fc.integer(), { maxLength: 40 }), fc.string(), (xs, seed) => {
				const items = xs.map((v, i) => ({ v, i, pin: v % 3 === 0 }));
				const out = shufflePinned(items, (x) => x.pin, createRng(seed));
				expect([...out].sort((a, b) => a.i - b.i)).toEqual(items);
				out.forEach((x, idx) => {
					if (x.pin) expect(idx).toBe(x.i);
				});
			}),
		);
	});
});

describe('session', () => {
	it('reproduces a set from its seed and pins options', () => {
		const a = createSession('bank', questions, {
			mode: 'practice',
			seed: 's1',
			now: NOW,
			count: 10,
		});
		const b = createSession('bank', questions, {
			mode: 'practice',
			seed: 's1',
			now: NOW + 5,
			count: 10,
		});
		expect(a.questionIds).toEqual(b.questionIds);
		expect(a.optionOrder).toEqual(b.optionOrder);
		expect(a.questionIds).toHaveLength(10);
		for (const order of Object.values(a.optionOrder)) expect(order[4]).toBe('e');
	});

	it('filters by domain, tag and id', () => {
		expect(
			createSession('b', questions, {
				mode: 'practice',
				seed: 'x',
				now: NOW,
				domains: ['odd'],
			}).questionIds.every((id) => Number(id.slice(1)) % 2 === 1),
		).toBe(true);
		expect(
			createSession('b', questions, { mode: 'practice', seed: 'x', now: NOW, tags: ['net'] })
				.questionIds,
		).toHaveLength(5);
		expect(
			createSession('b', questions, {
				mode: 'review',
				seed: 'x',
				now: NOW,
				onlyIds: ['q3', 'q7'],
			}).questionIds.sort(),
		).toEqual(['q3', 'q7']);
	});

	it('practice: select, check (locks), move', () => {
		let s = createSession('b', questions, { mode: 'practice', seed: 'x', now: NOW });
		const id = s.questionIds[0]!;
		expect(checkAnswer(s, id, NOW)).toBe(s); // nothing chosen yet
		s = selectAnswer(s, id, ['a', 'zzz'], NOW);
		expect(s.answers[id]).toEqual(['a']);
		s = checkAnswer(s, id, NOW);
		expect(s.checked).toEqual([id]);
		expect(selectAnswer(s, id, ['b'], NOW).answers[id]).toEqual(['a']);
		expect(goTo(s, 99).current).toBe(questions.length - 1);
		expect(goTo(s, -3).current).toBe(0);
	});

	it('exam: deadline from the bank limit scaled to the count, plus the extension', () => {
		const s = createSession('b', questions, {
			mode: 'exam',
			seed: 'x',
			now: NOW,
			count: 10,
			timeLimitMinutes: 40,
			extraMinutes: 30,
		});
		expect(s.deadline).toBe(NOW + (20 + 30) * 60_000);
		expect(remainingMs(s, NOW + 60_000)).toBe(49 * 60_000);
		expect(isExpired(s, s.deadline!)).toBe(true);
		// Answers are frozen after the deadline; finishing records the deadline, not later.
		const id = s.questionIds[0]!;
		expect(selectAnswer(s, id, ['a'], s.deadline! + 1).answers[id]).toBeUndefined();
		expect(finish(s, s.deadline! + 99_999).finishedAt).toBe(s.deadline);
	});

	it('exam: flags, progress and scoring with unanswered as wrong', () => {
		let s = createSession('b', questions, {
			mode: 'exam',
			seed: 'y',
			now: NOW,
			count: 4,
			timeLimitMinutes: 40,
		});
		const [q0, q1] = s.questionIds;
		const byId = new Map(questions.map((q) => [q.id, q]));
		const right = (id: string) =>
			byId
				.get(id)!
				.options.filter((o) => o.correct)
				.map((o) => o.id);
		s = selectAnswer(s, q0!, right(q0!), NOW + 1000);
		s = selectAnswer(s, q1!, ['e'], NOW + 2000);
		s = toggleFlag(toggleFlag(toggleFlag(s, q1!), q0!), q1!);
		expect(s.flagged).toEqual([q0]);
		expect(progress(s)).toEqual({ answered: 2, unanswered: 2, flagged: 1, total: 4 });
		s = finish(s, NOW + 5 * 60_000); // 4 of 20 questions: 8 of the 40 minutes
		const score = scoreSession(s, questions, domains, 720, NOW + 99 * 60_000);
		expect(score).toMatchObject({
			correct: 1,
			total: 4,
			scaled: 325,
			passed: false,
			timeUsedMs: 5 * 60_000,
		});
	});
});
