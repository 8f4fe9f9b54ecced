import { describe, expect, it } from 'vitest';
import {
	answeredIds,
	canAnswer,
	domainCounts,
	gradesAtFinish,
	isDrill,
	markOf,
	matchesFilter,
	missedIds,
	missingChoices,
	modeForSet,
	parseSetupPrefs,
	poolForSet,
	resultKind,
	retryIds,
	setupDefaults,
	toggleChoice,
	warningDue,
	weakLessons,
} from './policy.ts';
import { checkAnswer, createSession, selectAnswer, type Mode } from './session.ts';

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const questions = Array.from({ length: 10 }, (_, i) => ({
	id: `q${i}`,
	domain: i < 5 ? 'secure' : 'cost',
	tags: [],
	options: ['a', 'b', 'c', 'd'].map((id) => ({ id, correct: id === 'a' })),
}));

/** A session of 10 in which the learner answered (and, outside exams, checked) the first only. */
function quitAfterOne(mode: Mode) {
	let s = createSession('bank', questions, { mode, seed: 's', now: NOW, timeLimitMinutes: 20 });
	const first = s.questionIds[0]!;
	s = selectAnswer(s, first, ['b'], NOW);
	s = checkAnswer(s, first, NOW);
	return { s, first };
}

describe('not attempted is neither right nor wrong', () => {
	it.each(['practice', 'exam', 'review', 'due'] as const)(
		'%s: only the answered question is answered or graded',
		(mode) => {
			const { s, first } = quitAfterOne(mode);
			expect(answeredIds(s)).toEqual([first]);
			// Practice and drills graded the answer when it was checked; exams grade at the end.
			expect(gradesAtFinish(s, () => false)).toEqual(mode === 'exam' ? [[first, false]] : []);
		},
	);
	it('a choice never checked in practice is not an answer', () => {
		let s = createSession('bank', questions, { mode: 'practice', seed: 's', now: NOW });
		s = selectAnswer(s, s.questionIds[0]!, ['a'], NOW);
		expect(answeredIds(s)).toEqual([]);
	});
	it('unanswered questions are never misses', () => {
		const attempts = [
			{
				finishedAt: 1,
				questions: [
					{ id: 'x', correct: false, answered: true, flagged: false },
					{ id: 'y', correct: false, answered: false, flagged: false },
				],
			},
			{
				finishedAt: 2,
				questions: [
					{ id: 'x', correct: true, answered: true, flagged: false },
					{ id: 'z', correct: false, answered: true, flagged: false },
				],
			},
		];
		// The latest answered result decides: x was fixed, y was never attempted.
		expect(missedIds(attempts)).toEqual(['z']);
		expect(missedIds([...attempts].reverse())).toEqual(['z']);
	});
	it('marks, filters and retries', () => {
		const qs = [
			{ id: 'r', correct: true, answered: true, flagged: true },
			{ id: 'w', correct: false, answered: true, flagged: false },
			{ id: 'u', correct: false, answered: false, flagged: false },
		];
		expect(qs.map(markOf)).toEqual(['correct', 'wrong', 'unanswered']);
		expect(qs.filter((q) => matchesFilter(q, 'all')).length).toBe(3);
		expect(qs.filter((q) => matchesFilter(q, 'wrong')).map((q) => q.id)).toEqual(['w']);
		expect(qs.filter((q) => matchesFilter(q, 'unanswered')).map((q) => q.id)).toEqual(['u']);
		expect(qs.filter((q) => matchesFilter(q, 'flagged')).map((q) => q.id)).toEqual(['r']);
		expect(retryIds(qs, 'wrong')).toEqual(['w', 'u']);
		expect(retryIds(qs, 'flagged')).toEqual(['r']);
	});
});

describe('modes and sets', () => {
	it.each([
		['practice', 'practice', false],
		['exam', 'exam', false],
		['review', 'review', true],
		['flagged', 'review', true],
		['due', 'due', true],
	] as const)('%s runs as %s (drill: %s)', (set, mode, drill) => {
		expect(modeForSet(set)).toBe(mode);
		expect(isDrill(modeForSet(set))).toBe(drill);
	});
	it('draws each set from its ids, within the lesson filter', () => {
		const sets = { missed: ['a', 'b'], flagged: ['c'], due: ['b', 'd'] };
		expect(poolForSet('practice', sets)).toBeUndefined();
		expect(poolForSet('review', sets)).toEqual(['a', 'b']);
		expect(poolForSet('flagged', sets)).toEqual(['c']);
		expect(poolForSet('due', sets, ['d', 'e'])).toEqual(['d']);
		expect(poolForSet('exam', sets, ['d', 'e'])).toEqual(['d', 'e']);
	});
	it.each([
		['exam', 3, 10, 'verdict'],
		['practice', 10, 10, 'verdict'],
		['practice', 1, 10, 'drill'],
		['review', 10, 10, 'drill'],
		['due', 10, 10, 'drill'],
	] as const)('%s with %i of %i answered: %s', (mode, answered, total, kind) => {
		expect(resultKind(mode, answered, total)).toBe(kind);
	});
});

describe('choose N', () => {
	const two = { type: 'multiple', choose: 2 } as const;
	it('enables answering only with exactly N chosen', () => {
		expect(canAnswer(two, ['a'])).toBe(false);
		expect(canAnswer(two, ['a', 'b'])).toBe(true);
		expect(canAnswer(two, ['a', 'b', 'c'])).toBe(false);
		expect(canAnswer({ type: 'single', choose: 1 }, ['a'])).toBe(true);
		expect(missingChoices(two, ['a'])).toBe(1);
	});
	it('refuses a pick beyond N and keeps the choice', () => {
		expect(toggleChoice(two, ['a'], 'b', true)).toEqual({ chosen: ['a', 'b'], refused: false });
		expect(toggleChoice(two, ['a', 'b'], 'c', true)).toEqual({
			chosen: ['a', 'b'],
			refused: true,
		});
		expect(toggleChoice(two, ['a', 'b'], 'a', false)).toEqual({ chosen: ['b'], refused: false });
		expect(toggleChoice({ type: 'single', choose: 1 }, ['a'], 'b', true).chosen).toEqual(['b']);
	});
});

describe('weak lessons', () => {
	const L = (slug: string) => ({ slug, title: slug.toUpperCase() });
	const qs = [
		{ id: 'a', domain: 'secure', lessons: [L('iam'), L('security')] },
		{ id: 'b', domain: 'secure', lessons: [L('iam')] },
		{ id: 'c', domain: 'cost', lessons: [L('cost')] },
		{ id: 'd', domain: 'cost', lessons: [L('pricing')] },
		{ id: 'e', domain: 'net', lessons: [L('networking')] },
		{ id: 'f', domain: 'net', lessons: [L('vpc')] },
	];
	it('lists at most three, the most missed in the weakest domain first; ignores unanswered', () => {
		const results = [
			{ id: 'a', correct: false, answered: true },
			{ id: 'b', correct: false, answered: true },
			{ id: 'c', correct: false, answered: true },
			{ id: 'd', correct: true, answered: true },
			{ id: 'e', correct: false, answered: true },
			{ id: 'f', correct: false, answered: false },
		];
		expect(weakLessons(qs, results).map((l) => l.slug)).toEqual(['iam', 'security', 'networking']);
		expect(weakLessons(qs, results, 10).map((l) => l.slug)).not.toContain('vpc');
	});
	it('is empty when nothing was missed', () => {
		expect(weakLessons(qs, [{ id: 'a', correct: true, answered: true }])).toEqual([]);
	});
});

describe('setup', () => {
	it('counts domains of the (filtered) set', () => {
		expect(domainCounts(questions.slice(3, 7))).toEqual({ secure: 2, cost: 2 });
	});
	it('defaults: full length for a mock exam, 10 in practice, the saved choice wins', () => {
		expect(setupDefaults(65, true)).toEqual({ set: 'exam', count: 65, extension: false });
		expect(setupDefaults(30, false)).toEqual({ set: 'practice', count: 10, extension: false });
		expect(setupDefaults(30, false, { set: 'due', count: 99, extension: true })).toEqual({
			set: 'due',
			count: 30,
			extension: true,
		});
	});
	it('keeps only well-formed stored choices', () => {
		expect(
			parseSetupPrefs({
				ok: { set: 'exam', count: 65, extension: false },
				bad: { set: 'nope', count: 1, extension: false },
				neg: { set: 'exam', count: -1, extension: false },
				junk: 3,
			}),
		).toEqual({ ok: { set: 'exam', count: 65, extension: false } });
		expect(parseSetupPrefs(['x'])).toEqual({});
		expect(parseSetupPrefs(null)).toEqual({});
	});
	it('warns once at 10 and at 5 minutes', () => {
		expect(warningDue(11 * 60_000, new Set())).toBeUndefined();
		expect(warningDue(10 * 60_000, new Set())).toBe(10);
		expect(warningDue(9 * 60_000, new Set([10]))).toBeUndefined();
		expect(warningDue(4 * 60_000, new Set([10]))).toBe(5);
		expect(warningDue(4 * 60_000, new Set())).toBe(5);
	});
});
