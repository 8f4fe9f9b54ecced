/**
 * Scoring, the way AWS exams score: each question is all or nothing (a multiple-response
 * question counts only when exactly the correct set is chosen); unanswered counts as wrong;
 * no per-domain pass mark. The 100–1000 "scaled score" here is a linear ESTIMATE, not AWS's
 * formula (which is not public); the UI says so.
 */

export interface ScorableQuestion {
	id: string;
	domain: string;
	options: readonly { id: string; correct: boolean }[];
}
export interface DomainInfo {
	id: string;
	title: string;
}

export interface DomainResult {
	id: string;
	title: string;
	correct: number;
	total: number;
	/** 0–100, rounded down to an integer. */
	percent: number;
}

export interface ScoreResult {
	correct: number;
	total: number;
	/** Raw percentage 0–100 (one decimal). */
	percent: number;
	/** Estimated scaled score on 100–1000. */
	scaled: number;
	passingScore: number;
	passed: boolean;
	byDomain: DomainResult[];
}

export const MIN_SCALED = 100;
export const MAX_SCALED = 1000;

/** True when exactly the correct options were chosen (order and duplicates do not matter). */
export function isCorrect(
	question: ScorableQuestion,
	chosen: readonly string[] | undefined,
): boolean {
	if (!chosen || chosen.length === 0) return false;
	const want = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
	const got = new Set(chosen);
	if (got.size !== want.size) return false;
	for (const id of got) if (!want.has(id)) return false;
	return true;
}

/** Linear estimate: 0 correct → 100, all correct → 1000; rounded, clamped. */
export function scaledScore(correct: number, total: number): number {
	if (total <= 0) return MIN_SCALED;
	const ratio = Math.min(1, Math.max(0, correct / total));
	return Math.round(MIN_SCALED + (MAX_SCALED - MIN_SCALED) * ratio);
}

/**
 * Scores a set of questions against answers (question id → chosen option ids).
 * Independent of the order of questions and of chosen ids.
 */
export function scoreAnswers(
	questions: readonly ScorableQuestion[],
	answers: Readonly<Record<string, readonly string[]>>,
	domains: readonly DomainInfo[],
	passingScore: number,
): ScoreResult {
	let correct = 0;
	const per = new Map<string, { correct: number; total: number }>();
	for (const q of questions) {
		const ok = isCorrect(q, answers[q.id]);
		if (ok) correct += 1;
		const d = per.get(q.domain) ?? { correct: 0, total: 0 };
		d.total += 1;
		if (ok) d.correct += 1;
		per.set(q.domain, d);
	}
	const total = questions.length;
	const scaled = scaledScore(correct, total);
	const byDomain = domains.flatMap((d) => {
		const r = per.get(d.id);
		if (!r) return [];
		return [
			{
				id: d.id,
				title: d.title,
				correct: r.correct,
				total: r.total,
				percent: Math.floor((r.correct / r.total) * 100),
			},
		];
	});
	return {
		correct,
		total,
		percent: total === 0 ? 0 : Math.round((correct / total) * 1000) / 10,
		scaled,
		passingScore,
		passed: scaled >= passingScore,
		byDomain,
	};
}
