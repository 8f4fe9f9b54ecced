/**
 * The quiz's rules, as plain functions (the element only wires them to the DOM):
 * which questions a set uses, what an answer means for learning data, what choosing N allows,
 * what counts as weak, how a finished session is reported.
 *
 * The one rule everything follows: a question the learner never answered is *not attempted*.
 * It is never a miss, never a spaced-repetition review, never a weak-domain signal. Only the
 * exam's own score counts it wrong (as AWS does), and the result says how many there were.
 */
import type { Mode, Session } from './session.ts';

/** The sets a learner can start from the setup form. */
export const SETS = ['practice', 'exam', 'review', 'flagged', 'due'] as const;
export type SetupSet = (typeof SETS)[number];

/** Review and due sessions are drills: feedback per answer, no verdict, no scaled score. */
export function isDrill(mode: Mode): boolean {
	return mode === 'review' || mode === 'due';
}

/** The session mode a set runs in. */
export function modeForSet(set: SetupSet): Mode {
	if (set === 'flagged') return 'review';
	return set;
}

/**
 * The question ids a set draws from (undefined: the whole bank), intersected with a lesson's
 * questions when the page is filtered by lesson.
 */
export function poolForSet(
	set: SetupSet,
	sets: { missed: readonly string[]; flagged: readonly string[]; due: readonly string[] },
	lessonIds?: readonly string[],
): string[] | undefined {
	const base =
		set === 'review'
			? [...sets.missed]
			: set === 'flagged'
				? [...sets.flagged]
				: set === 'due'
					? [...sets.due]
					: undefined;
	if (!lessonIds) return base;
	const lesson = new Set(lessonIds);
	return base ? base.filter((id) => lesson.has(id)) : [...lessonIds];
}

/**
 * Ids the learner answered. Exam: any option chosen (answers are final at submission).
 * Practice and drills: answers the learner checked with 回答する; a choice never checked was
 * never answered.
 */
export function answeredIds(session: Session): string[] {
	return session.mode === 'exam'
		? session.questionIds.filter((id) => (session.answers[id]?.length ?? 0) > 0)
		: session.questionIds.filter((id) => session.checked.includes(id));
}

/**
 * Spaced-repetition grades due when a session finishes. Practice and drills grade each answer
 * when it is checked, so nothing is left; an exam grades its answered questions only.
 */
export function gradesAtFinish(
	session: Session,
	isRight: (questionId: string) => boolean,
): [string, boolean][] {
	if (session.mode !== 'exam') return [];
	return answeredIds(session).map((id) => [id, isRight(id)]);
}

/**
 * How a finished session is reported. `verdict`: scaled score and pass/fail (an exam, or a
 * practice set answered to the end). `drill`: what was answered, no verdict.
 */
export function resultKind(mode: Mode, answered: number, total: number): 'verdict' | 'drill' {
	if (mode === 'exam') return 'verdict';
	if (mode === 'practice' && answered === total && total > 0) return 'verdict';
	return 'drill';
}

/** What the question asks for: one option, or exactly `choose` of them. */
export interface ChoiceRule {
	type: 'single' | 'multiple';
	choose: number;
}

const needed = (rule: ChoiceRule) => (rule.type === 'single' ? 1 : Math.max(1, rule.choose));

/** 回答する is enabled only with exactly the number of options the question asks for. */
export function canAnswer(rule: ChoiceRule, chosen: readonly string[]): boolean {
	return new Set(chosen).size === needed(rule);
}

/** How many more options the learner must pick (0 when enough). */
export function missingChoices(rule: ChoiceRule, chosen: readonly string[]): number {
	return Math.max(0, needed(rule) - new Set(chosen).size);
}

/**
 * Picks or unpicks an option. A pick beyond the number asked for is refused (the choice stays
 * as it was) so the learner can be told politely.
 */
export function toggleChoice(
	rule: ChoiceRule,
	chosen: readonly string[],
	optionId: string,
	on: boolean,
): { chosen: string[]; refused: boolean } {
	if (rule.type === 'single') return { chosen: on ? [optionId] : [], refused: false };
	const set = [...new Set(chosen)];
	if (!on) return { chosen: set.filter((id) => id !== optionId), refused: false };
	if (set.includes(optionId)) return { chosen: set, refused: false };
	if (set.length >= needed(rule)) return { chosen: set, refused: true };
	return { chosen: [...set, optionId], refused: false };
}

/** One question of a finished attempt, as the rules need it. */
export interface AnsweredQuestion {
	id: string;
	correct: boolean;
	answered: boolean;
	flagged: boolean;
}

export type Mark = 'correct' | 'wrong' | 'unanswered';
export const RESULT_FILTERS = ['all', 'wrong', 'unanswered', 'flagged'] as const;
export type ResultFilter = (typeof RESULT_FILTERS)[number];

/** Right, wrong, or not attempted. */
export function markOf(q: Pick<AnsweredQuestion, 'correct' | 'answered'>): Mark {
	if (!q.answered) return 'unanswered';
	return q.correct ? 'correct' : 'wrong';
}

/** Whether a result row shows under a filter. */
export function matchesFilter(q: AnsweredQuestion, filter: ResultFilter): boolean {
	if (filter === 'all') return true;
	if (filter === 'flagged') return q.flagged;
	return markOf(q) === filter;
}

/** 「間違えた問題だけもう一度」 (wrong and unanswered) or 「フラグだけ」 of one attempt. */
export function retryIds(questions: readonly AnsweredQuestion[], which: 'wrong' | 'flagged') {
	return questions
		.filter((q) => (which === 'flagged' ? q.flagged : markOf(q) !== 'correct'))
		.map((q) => q.id);
}

/**
 * Question ids whose latest *answered* result is wrong, over attempts in any order.
 * A question only ever left unanswered is not a miss.
 */
export function missedIds(
	attempts: readonly { finishedAt: number; questions: readonly AnsweredQuestion[] }[],
): string[] {
	const latest = new Map<string, boolean>();
	for (const a of [...attempts].sort((x, y) => x.finishedAt - y.finishedAt))
		for (const q of a.questions) if (q.answered) latest.set(q.id, q.correct);
	return [...latest].filter(([, right]) => !right).map(([id]) => id);
}

/** Domain id → number of questions, for the setup form of a (possibly filtered) set. */
export function domainCounts(questions: readonly { domain: string }[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const q of questions) out[q.domain] = (out[q.domain] ?? 0) + 1;
	return out;
}

export interface LessonRef {
	slug: string;
	title: string;
}

/**
 * 復習するとよいレッスン: lessons of the questions answered wrong, at most `max`, most useful
 * first. A lesson scores one point per missed question it teaches, plus how weak that
 * question's domain was (1 − the domain's ratio of right answers among answered questions).
 * Unanswered questions say nothing about what the learner knows and are ignored.
 */
export function weakLessons(
	questions: readonly { id: string; domain: string; lessons: readonly LessonRef[] }[],
	results: readonly Pick<AnsweredQuestion, 'id' | 'correct' | 'answered'>[],
	max = 3,
): LessonRef[] {
	const byId = new Map(questions.map((q) => [q.id, q]));
	const per = new Map<string, { right: number; answered: number }>();
	for (const r of results) {
		const q = byId.get(r.id);
		if (!q || !r.answered) continue;
		const d = per.get(q.domain) ?? { right: 0, answered: 0 };
		d.answered += 1;
		if (r.correct) d.right += 1;
		per.set(q.domain, d);
	}
	const scores = new Map<string, { lesson: LessonRef; score: number; first: number }>();
	let order = 0;
	for (const r of results) {
		const q = byId.get(r.id);
		if (!q || !r.answered || r.correct) continue;
		const d = per.get(q.domain);
		const weakness = d && d.answered > 0 ? 1 - d.right / d.answered : 1;
		for (const lesson of q.lessons) {
			const s = scores.get(lesson.slug) ?? { lesson, score: 0, first: order++ };
			s.score += 1 + weakness;
			scores.set(lesson.slug, s);
		}
	}
	return [...scores.values()]
		.sort((a, b) => b.score - a.score || a.first - b.first)
		.slice(0, max)
		.map((s) => s.lesson);
}

/** The setup a bank page opens with. */
export interface SetupChoice {
	set: SetupSet;
	count: number;
	extension: boolean;
}

/**
 * Defaults: a full-length bank (a mock exam) opens in exam mode at its full length and time;
 * other banks open in practice with 10 questions. The learner's last choice for the bank wins.
 */
export function setupDefaults(
	total: number,
	fullLength: boolean,
	saved?: Partial<SetupChoice>,
): SetupChoice {
	const base: SetupChoice = fullLength
		? { set: 'exam', count: total, extension: false }
		: { set: 'practice', count: Math.min(10, total), extension: false };
	const count =
		saved?.count !== undefined && Number.isInteger(saved.count) && saved.count > 0
			? Math.min(saved.count, total)
			: base.count;
	return {
		set: saved?.set && (SETS as readonly string[]).includes(saved.set) ? saved.set : base.set,
		count,
		extension: typeof saved?.extension === 'boolean' ? saved.extension : base.extension,
	};
}

/** Guard for the stored setup choices (`{ "<bank-id>": SetupChoice }`); bad entries are dropped. */
export function parseSetupPrefs(value: unknown): Record<string, SetupChoice> {
	const out: Record<string, SetupChoice> = {};
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
	for (const [bank, v] of Object.entries(value as Record<string, unknown>)) {
		if (typeof v !== 'object' || v === null) continue;
		const c = v as Record<string, unknown>;
		if (
			(SETS as readonly unknown[]).includes(c['set']) &&
			Number.isInteger(c['count']) &&
			(c['count'] as number) > 0 &&
			typeof c['extension'] === 'boolean'
		)
			out[bank] = {
				set: c['set'] as SetupSet,
				count: c['count'] as number,
				extension: c['extension'],
			};
	}
	return out;
}

/** Minutes left at which the exam warns, on screen and in the live region. */
export const WARN_AT_MINUTES = [10, 5] as const;

/** The warning due now (the smallest threshold crossed and not yet given), if any. */
export function warningDue(
	remainingMs: number,
	given: ReadonlySet<number>,
): (typeof WARN_AT_MINUTES)[number] | undefined {
	let due: (typeof WARN_AT_MINUTES)[number] | undefined;
	for (const m of WARN_AT_MINUTES) if (remainingMs <= m * 60_000 && !given.has(m)) due = m;
	return due;
}
