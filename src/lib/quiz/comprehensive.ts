/**
 * The comprehensive exam's pool: every SAA-C03 bank's questions in one list, each tagged with
 * its own bank (its spaced-repetition card and bookmark stay with that bank).
 * THIS FILE IS IMPORTED BY THE BUILD (the page and its data endpoint).
 */
import type { Bank } from '../../schemas/bank.ts';

export const COMPREHENSIVE_ID = 'comprehensive';

export interface PoolBank extends Pick<Bank, 'domains' | 'questions' | 'exam' | 'passingScore'> {
	id: string;
}

/** Banks for SAA-C03 (the blueprint's exam), their questions tagged with the bank id. */
export function comprehensivePool(banks: readonly PoolBank[]) {
	const used = banks.filter((b) => b.exam === 'SAA-C03');
	const first = used[0];
	return {
		id: COMPREHENSIVE_ID,
		bankIds: used.map((b) => b.id),
		domains: first ? first.domains : [],
		passingScore: first ? first.passingScore : 720,
		questions: used.flatMap((b) => b.questions.map((q) => ({ ...q, bankId: b.id }))),
	};
}
