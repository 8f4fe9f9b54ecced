import { describe, expect, it } from 'vitest';
import type { StudyAttempt, StudyCatalog } from './model.ts';
import {
	activity,
	domainStats,
	dueSummary,
	lessonSummary,
	localDate,
	mastery,
	readiness,
	weakest,
} from './summary.ts';
import { studyInput } from './from-history.ts';
import { attemptOf, storedCardOf } from '../quiz/test-data.ts';

const NOW = Date.parse('2026-03-11T03:00:00Z'); // Wednesday, 12:00 in Japan
const JST = 9 * 60;

const catalog: StudyCatalog = {
	lessons: [
		{ slug: 'a', title: 'A' },
		{ slug: 'b', title: 'B' },
		{ slug: 'c', title: 'C' },
	],
	banks: [
		{
			id: 'net',
			title: 'Net',
			questions: [
				{ id: 'n1', domain: 'secure', lessons: ['b'] },
				{ id: 'n2', domain: 'secure', lessons: ['b', 'c'] },
				{ id: 'n3', domain: 'cost', lessons: ['a'] },
			],
		},
		{ id: 'ops', title: 'Ops', questions: [{ id: 'o1', domain: 'cost', lessons: ['c'] }] },
	],
	domains: [
		{ id: 'secure', title: 'Secure', weight: 30 },
		{ id: 'cost', title: 'Cost', weight: 70 },
	],
	fullLength: 3,
	passingScore: 720,
};

const att = (
	finishedAt: number,
	qs: [string, string, StudyAttempt['questions'][number]['outcome']][],
	extra: Partial<StudyAttempt> = {},
): StudyAttempt => ({
	bankId: 'net',
	mode: 'practice',
	finishedAt,
	questions: qs.map(([id, domain, outcome]) => ({ id, domain, outcome })),
	...extra,
});

describe('lessonSummary', () => {
	it.each([
		[{}, 0, 'a'],
		[{ a: '2026-03-01' }, 1, 'b'],
		[{ b: '2026-03-01' }, 1, 'c'],
		[{ c: '2026-03-02', a: '2026-03-01' }, 2, 'b'],
		[{ a: '1', b: '2', c: '3' }, 3, undefined],
		[{ gone: '2026-03-05', a: '2026-03-01' }, 1, 'b'],
	])('%j → %i done, next %s', (done, count, next) => {
		const s = lessonSummary(catalog.lessons, done);
		expect(s.done).toBe(count);
		expect(s.total).toBe(3);
		expect(s.next?.slug).toBe(next);
	});
});

describe('dueSummary', () => {
	it('counts due cards per bank, leaving out future cards and unknown questions', () => {
		const s = dueSummary(
			[
				{ bankId: 'net', questionId: 'n2', due: NOW - 10 },
				{ bankId: 'net', questionId: 'n1', due: NOW - 20 },
				{ bankId: 'net', questionId: 'n3', due: NOW + 1 },
				{ bankId: 'ops', questionId: 'o1', due: NOW },
				{ bankId: 'ops', questionId: 'gone', due: NOW - 1 },
			],
			catalog,
			NOW,
		);
		expect(s).toEqual({
			total: 3,
			byBank: [
				{ bankId: 'net', title: 'Net', questionIds: ['n1', 'n2'] },
				{ bankId: 'ops', title: 'Ops', questionIds: ['o1'] },
			],
		});
	});
});

describe('domainStats and weakest', () => {
	const attempts = [
		att(1, [
			['n1', 'secure', 'wrong'],
			['n2', 'secure', 'wrong'],
			['n3', 'cost', 'correct'],
		]),
		att(2, [
			['n1', 'secure', 'correct'],
			['n2', 'secure', 'wrong'],
			['n3', 'cost', 'unanswered'],
		]),
		att(3, [
			['n1', 'secure', 'wrong'],
			['n3', 'cost', 'correct'],
		]),
	];
	it('counts answered questions only, with a trend per attempt', () => {
		expect(domainStats(attempts, catalog.domains)).toEqual([
			{ id: 'secure', title: 'Secure', correct: 1, answered: 5, percent: 20, trend: [0, 50, 0] },
			{ id: 'cost', title: 'Cost', correct: 2, answered: 2, percent: 100, trend: [100, 100] },
		]);
	});
	it('names the weakest domain with enough answers and the lesson most wrong answers link', () => {
		const w = weakest(domainStats(attempts, catalog.domains), attempts, catalog);
		expect(w?.domain.id).toBe('secure');
		expect(w?.lesson).toEqual({ slug: 'b', title: 'B' });
	});
	it('names none before enough answers', () => {
		expect(weakest(domainStats(attempts.slice(0, 1), catalog.domains), [], catalog)).toBe(
			undefined,
		);
	});
});

describe('readiness', () => {
	it('needs enough answers for an estimate and says how many it rests on', () => {
		const r = readiness([att(1, [['n1', 'secure', 'correct']])], catalog);
		expect(r).toEqual({ mocks: [], basis: 1 });
	});
	it('weights each domain’s accuracy by the exam weights', () => {
		const qs: [string, string, 'correct' | 'wrong'][] = [];
		for (let i = 0; i < 10; i++) qs.push(['n1', 'secure', 'correct'], ['n3', 'cost', 'wrong']);
		const r = readiness([att(1, qs)], catalog);
		// secure 100 % × 30 + cost 0 % × 70 → 30 % → 100 + 900 × 0.3
		expect(r).toEqual({ mocks: [], estimate: 370, basis: 20 });
	});
	it('lists the latest full-length exams, newest first', () => {
		const full = (t: number, scaled: number) =>
			att(
				t,
				[
					['n1', 'secure', 'correct'],
					['n2', 'secure', 'wrong'],
					['n3', 'cost', 'unanswered'],
				],
				{ mode: 'exam', scaled },
			);
		const short = att(9, [['n1', 'secure', 'correct']], { mode: 'exam', scaled: 1000 });
		const r = readiness([full(1, 400), full(5, 700), short, full(3, 550), full(4, 600)], catalog);
		expect(r.mocks.map((m) => m.scaled)).toEqual([700, 600, 550]);
	});
});

describe('activity', () => {
	it('has 12 weeks, Monday first, ending today in local time', () => {
		const weeks = activity({ attempts: [], lessonsDone: {} }, NOW, JST);
		expect(weeks).toHaveLength(12);
		expect(weeks[0]![0]!.date).toBe('2025-12-22'); // a Monday
		expect(weeks[11]!.at(-1)!.date).toBe('2026-03-11');
		expect(weeks[11]).toHaveLength(3);
	});
	it('counts answers and lessons on the local day', () => {
		const lateNightJst = Date.parse('2026-03-09T16:30:00Z'); // 01:30 on 10 March in Japan
		const weeks = activity(
			{
				attempts: [
					att(lateNightJst, [
						['n1', 'secure', 'correct'],
						['n2', 'secure', 'unanswered'],
					]),
				],
				lessonsDone: { a: '2026-03-09T16:30:00.000Z', b: 'not a date' },
			},
			NOW,
			JST,
		);
		const day = weeks.flat().find((d) => d.date === '2026-03-10');
		expect(day).toEqual({ date: '2026-03-10', answered: 1, lessons: 1 });
		expect(weeks.flat().reduce((n, d) => n + d.answered + d.lessons, 0)).toBe(2);
	});
	it('localDate shifts by the offset', () => {
		expect(localDate(Date.parse('2026-03-09T16:30:00Z'), JST)).toBe('2026-03-10');
		expect(localDate(Date.parse('2026-03-09T16:30:00Z'), 0)).toBe('2026-03-09');
	});
});

describe('mastery', () => {
	it('marks never seen, missed, correct once and mastered from the latest answers', () => {
		const m = mastery(
			[
				att(1, [
					['n1', 'secure', 'correct'],
					['n2', 'secure', 'correct'],
					['n3', 'cost', 'unanswered'],
				]),
				att(2, [
					['n1', 'secure', 'correct'],
					['n2', 'secure', 'wrong'],
				]),
				att(3, [['o1', 'cost', 'correct']], { bankId: 'ops' }),
			],
			catalog,
		);
		expect(m).toEqual([
			{
				bankId: 'net',
				title: 'Net',
				marks: ['mastered', 'missed', 'new'],
				counts: { new: 1, missed: 1, once: 0, mastered: 1 },
			},
			{
				bankId: 'ops',
				title: 'Ops',
				marks: ['once'],
				counts: { new: 0, missed: 0, once: 1, mastered: 0 },
			},
		]);
	});
});

describe('studyInput (today’s history → the dashboard’s input)', () => {
	it('maps empty choices to not attempted, adds domains, keeps readable cards', () => {
		const attempt = attemptOf({
			id: 'x',
			mode: 'exam',
			startedAt: 0,
			finishedAt: 10,
			correct: 1,
			total: 3,
			scaled: 400,
			passed: false,
			questions: [
				{ id: 'n1', chosen: ['a'], correct: true, answered: true, flagged: false },
				{ id: 'n2', chosen: ['b'], correct: false, answered: true, flagged: false },
				{ id: 'n3', chosen: [], correct: false, answered: false, flagged: true },
			],
		});
		const card = storedCardOf();
		const input = studyInput(
			{ v: 2, bookmarks: {}, attempts: [attempt], cards: { n2: { bankId: 'net', card } } },
			{ a: '2026-03-01' },
			catalog,
		);
		expect(input).toEqual({
			attempts: [
				{
					bankId: 'net',
					mode: 'exam',
					finishedAt: 10,
					scaled: 400,
					questions: [
						{ id: 'n1', domain: 'secure', outcome: 'correct' },
						{ id: 'n2', domain: 'secure', outcome: 'wrong' },
						{ id: 'n3', domain: 'cost', outcome: 'unanswered' },
					],
				},
			],
			lessonsDone: { a: '2026-03-01' },
			cards: [{ bankId: 'net', questionId: 'n2', due: Date.parse('2026-03-10T00:00:00.000Z') }],
		});
	});

	it('gives a 総合模擬試験 answer its own bank and domain, so it counts in mastery and domains', () => {
		const attempt = attemptOf({
			id: 'c',
			bankId: 'comprehensive',
			mode: 'exam',
			correct: 2,
			total: 2,
			questions: [
				{ id: 'n3', chosen: ['a'], correct: true, answered: true, flagged: false },
				{ id: 'o1', chosen: ['a'], correct: true, answered: true, flagged: false },
			],
		});
		const input = studyInput({ v: 2, bookmarks: {}, attempts: [attempt], cards: {} }, {}, catalog);
		expect(input.attempts[0]?.questions).toEqual([
			{ id: 'n3', domain: 'cost', outcome: 'correct', bankId: 'net' },
			{ id: 'o1', domain: 'cost', outcome: 'correct', bankId: 'ops' },
		]);
		expect(mastery(input.attempts, catalog).map((b) => b.marks)).toEqual([
			['new', 'new', 'once'],
			['once'],
		]);
		expect(domainStats(input.attempts, catalog.domains).map((d) => d.answered)).toEqual([0, 2]);
	});
});
