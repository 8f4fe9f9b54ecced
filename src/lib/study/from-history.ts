/**
 * The one adapter from the stored quiz history (src/lib/quiz/history.ts) and lesson progress to
 * the dashboard's input (model.ts). When the history format changes, only this file changes.
 */
import type { History } from '../quiz/history.ts';
import type { StudyCatalog, StudyInput } from './model.ts';

export function studyInput(
	history: History,
	lessonsDone: Readonly<Record<string, string>>,
	catalog: Pick<StudyCatalog, 'banks'>,
): StudyInput {
	const domainOf = new Map<string, string>();
	for (const bank of catalog.banks)
		for (const q of bank.questions) domainOf.set(`${bank.id}\u0000${q.id}`, q.domain);
	return {
		attempts: history.attempts.map((a) => ({
			bankId: a.bankId,
			// A due session is a review drill for the dashboard.
			mode: a.mode === 'due' ? ('review' as const) : a.mode,
			finishedAt: a.finishedAt,
			...(a.mode === 'exam' && !a.drill ? { scaled: a.scaled } : {}),
			questions: a.questions.map((q) => ({
				id: q.id,
				domain: domainOf.get(`${a.bankId}\u0000${q.id}`) ?? '',
				outcome: !q.answered ? 'unanswered' : q.correct ? 'correct' : 'wrong',
			})),
		})),
		lessonsDone: { ...lessonsDone },
		cards: Object.entries(history.cards).flatMap(([questionId, c]) => {
			const due = Date.parse(c.card.due);
			return Number.isNaN(due) ? [] : [{ bankId: c.bankId, questionId, due }];
		}),
	};
}
