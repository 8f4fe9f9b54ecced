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
	// Question ids are unique across banks (src/lib/quiz/validate.ts checks it), so an id finds
	// its bank and domain also in an attempt that drew from several banks (the 総合模擬試験).
	const home = new Map<string, { bankId: string; domain: string }>();
	for (const bank of catalog.banks)
		for (const q of bank.questions) home.set(q.id, { bankId: bank.id, domain: q.domain });
	return {
		attempts: history.attempts.map((a) => ({
			bankId: a.bankId,
			// A due session is a review drill for the dashboard.
			mode: a.mode === 'due' ? ('review' as const) : a.mode,
			finishedAt: a.finishedAt,
			...(a.mode === 'exam' && !a.drill ? { scaled: a.scaled } : {}),
			questions: a.questions.map((q) => {
				const own = home.get(q.id);
				return {
					id: q.id,
					domain: own?.domain ?? '',
					outcome: !q.answered ? 'unanswered' : q.correct ? 'correct' : 'wrong',
					...(own && own.bankId !== a.bankId ? { bankId: own.bankId } : {}),
				};
			}),
		})),
		lessonsDone: { ...lessonsDone },
		cards: Object.entries(history.cards).flatMap(([questionId, c]) => {
			const due = Date.parse(c.card.due);
			return Number.isNaN(due) ? [] : [{ bankId: c.bankId, questionId, due }];
		}),
	};
}
