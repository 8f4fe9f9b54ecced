/** Times `scoreAnswers` on a generated bank (the pure engine, no DOM). */
import { createRng } from '../../src/lib/quiz/random.ts';
import { performance } from 'node:perf_hooks';
import {
	scoreAnswers,
	type DomainInfo,
	type ScorableQuestion,
} from '../../src/lib/quiz/scoring.ts';
import { roundSummary, summarize, type Summary } from './stats.ts';

export interface GeneratedBank {
	questions: ScorableQuestion[];
	answers: Record<string, string[]>;
	domains: DomainInfo[];
}

/**
 * `count` questions over 4 domains, a quarter of them "choose 2" out of 5, the rest single
 * answer out of 4; answers are ~70 % right, ~25 % wrong (a wrong or partial set), ~5 % blank.
 */
export function generateBank(count: number, seed = 1): GeneratedBank {
	const random = createRng(`bench-${seed}`); // the engine's seeded PRNG: same data every run
	const domains = ['secure', 'resilient', 'performant', 'cost-optimized'].map((id) => ({
		id,
		title: id,
	}));
	const questions: ScorableQuestion[] = [];
	const answers: Record<string, string[]> = {};
	for (let i = 0; i < count; i++) {
		const multiple = random() < 0.25;
		const ids = multiple ? ['a', 'b', 'c', 'd', 'e'] : ['a', 'b', 'c', 'd'];
		const correct = new Set<string>();
		while (correct.size < (multiple ? 2 : 1))
			correct.add(ids[Math.floor(random() * ids.length)] ?? 'a');
		const id = `gen-${String(i).padStart(5, '0')}`;
		questions.push({
			id,
			domain: domains[i % domains.length]?.id ?? 'secure',
			options: ids.map((o) => ({ id: o, correct: correct.has(o) })),
		});
		const r = random();
		if (r < 0.7) answers[id] = [...correct].reverse();
		else if (r < 0.95)
			answers[id] = [ids.find((o) => !correct.has(o)) ?? 'a', ...[...correct].slice(1)];
	}
	return { questions, answers, domains };
}

export interface ScoringBench {
	questions: number;
	/** Wall time of one `scoreAnswers` call, ms (what a learner waits; judged against the target). */
	ms: Summary;
	/**
	 * CPU time of this process during each call, ms. Equal to `ms` on an idle machine; when other
	 * work preempts the bench, wall time grows and this does not.
	 */
	cpuMs: Summary;
	/** The very first call, before the JIT has seen the code (as on a learner's first result), ms. */
	firstCallMs: number;
	warmup: number;
	/** Sanity: what the last run returned. */
	correct: number;
}

/** Median over `runs` timed calls after `warmup` untimed ones (JIT warm, as in a session). */
export function benchScoring(count = 5000, runs = 100, warmup = 20): ScoringBench {
	const { questions, answers, domains } = generateBank(count);
	let correct = 0;
	const t = performance.now();
	scoreAnswers(questions, answers, domains, 720);
	const firstCallMs = performance.now() - t;
	for (let i = 0; i < warmup; i++) scoreAnswers(questions, answers, domains, 720);
	const samples: number[] = [];
	const cpuSamples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const cpu0 = process.cpuUsage();
		const t0 = performance.now();
		const result = scoreAnswers(questions, answers, domains, 720);
		samples.push(performance.now() - t0);
		const cpu = process.cpuUsage(cpu0);
		cpuSamples.push((cpu.user + cpu.system) / 1000);
		correct = result.correct;
	}
	return {
		questions: count,
		ms: roundSummary(summarize(samples), 3),
		cpuMs: roundSummary(summarize(cpuSamples), 3),
		firstCallMs: Math.round(firstCallMs * 1000) / 1000,
		warmup,
		correct,
	};
}
