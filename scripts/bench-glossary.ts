/**
 * Glossary search speed: the time per keystroke (median and 95th percentile), typing a few
 * queries one character at a time, over the real glossary (~140 terms; target: well under 2 ms)
 * and over 1,000 generated terms (reported only, to see how it scales). Each keystroke does what
 * <fd-glossary-search> does: `search(prefix, 30)`, then `suggest()` when nothing matched. The
 * index goes through JSON first, as the browser gets it.
 *
 *   node scripts/bench-glossary.ts          prints the figures (--json: everything, as JSON)
 *   import { benchGlossary } from './bench-glossary.ts'   returns the numbers (npm run bench)
 *
 * Times are wall-clock on this machine; compare runs on the same machine only. `cpuMedianMs`
 * (process CPU time per keystroke) is steadier than wall-clock when other jobs share the CPU.
 */
import { performance } from 'node:perf_hooks';
import { createRng } from '../src/lib/quiz/random.ts';
import { fileURLToPath } from 'node:url';
import { loadContent } from './content-files.ts';
import { CATEGORIES } from '../src/schemas/glossary.ts';
import {
	buildIndexData,
	createSearcher,
	toGlossaryRecord,
	type GlossaryIndexData,
	type GlossaryRecord,
} from '../src/lib/glossary/search.ts';

/** Typed one character at a time: scripts, typos, abbreviations, an API name. */
export const BENCH_QUERIES = [
	'fargate',
	'くらすた',
	'タスク定義',
	'security group',
	'taskRoleArn',
	'ロードバランサー',
	'kubernets',
	'SG',
	'fergit',
];
/** Results per search, as in the browser. */
const LIMIT = 30;

export interface GlossaryBenchFigures {
	terms: number;
	keystrokes: number;
	/** Median milliseconds per keystroke (search + suggest when empty), wall-clock. */
	medianMs: number;
	/** 95th percentile of the same. */
	p95Ms: number;
	maxMs: number;
	/** Median CPU milliseconds per keystroke (user + system time of this process). */
	cpuMedianMs: number;
	/** Size of the index JSON in bytes (UTF-8), as served at /glossary/index.json. */
	indexBytes: number;
	/** Time to build the index (build time, not in the browser). */
	buildMs: number;
	/** Time to parse the JSON and load the prebuilt index (once, on first use in the browser). */
	loadMs: number;
	/** The first keystroke after loading (code not yet optimised by the JIT). */
	firstSearchMs: number;
}

export interface GlossaryBench {
	queries: string[];
	real: GlossaryBenchFigures;
	generated: GlossaryBenchFigures;
}

/**
 * `count` plausible records: the real ones, then compounds of two real terms ("Fargate の
 * タスク定義", "Task definition for Fargate 123") with their aliases mixed and their definitions
 * joined, in every category.
 */
export function generateRecords(
	base: readonly GlossaryRecord[],
	count: number,
	seed = 1,
): GlossaryRecord[] {
	const random = createRng(`bench-${seed}`); // the engine's seeded PRNG: same data every run
	const pick = <T>(xs: readonly T[]): T => {
		const x = xs[Math.floor(random() * xs.length)];
		if (x === undefined) throw new Error('generateRecords: nothing to pick from');
		return x;
	};
	const out: GlossaryRecord[] = base.slice(0, count);
	for (let i = out.length; i < count; i++) {
		const a = pick(base);
		const b = pick(base);
		const aliases = [...a.aliases, ...b.aliases].filter(() => random() < 0.35).slice(0, 6);
		const definition = `${a.definition.slice(0, -1)}。${b.definition}`.slice(0, 159) + '。';
		out.push({
			id: `generated-${i}`,
			en: `${b.en} for ${a.en.split(' (')[0]} ${i}`,
			ja: `${a.ja}の${b.ja}`,
			reading: a.reading && b.reading ? `${a.reading}の${b.reading}` : '',
			aliases: [...aliases, `${aliases[0] ?? a.en}-${i}`],
			definition,
			category: pick(CATEGORIES),
		});
	}
	return out;
}

const median = (xs: readonly number[]) => quantile(xs, 0.5);
function quantile(xs: readonly number[], q: number): number {
	const s = [...xs].sort((x, y) => x - y);
	const pos = (s.length - 1) * q;
	const lo = s[Math.floor(pos)] ?? 0;
	const hi = s[Math.ceil(pos)] ?? 0;
	return lo + (hi - lo) * (pos - Math.floor(pos));
}
const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Measures one glossary: builds its index, loads it as the browser would, types the queries. */
export function measure(
	records: readonly GlossaryRecord[],
	queries: readonly string[] = BENCH_QUERIES,
	rounds = 3,
): GlossaryBenchFigures {
	let t = performance.now();
	const json = JSON.stringify(buildIndexData(records));
	const buildMs = performance.now() - t;
	t = performance.now();
	const searcher = createSearcher(JSON.parse(json) as GlossaryIndexData);
	const loadMs = performance.now() - t;
	t = performance.now();
	searcher.search(Array.from(queries[0] ?? 'a')[0] ?? 'a', LIMIT);
	const firstSearchMs = performance.now() - t;
	const type = (timings?: number[], cpu?: number[]) => {
		for (const query of queries) {
			const chars = Array.from(query);
			for (let i = 1; i <= chars.length; i++) {
				const prefix = chars.slice(0, i).join('');
				const cpuStart = process.cpuUsage();
				const start = performance.now();
				if (searcher.search(prefix, LIMIT).total === 0) searcher.suggest(prefix);
				timings?.push(performance.now() - start);
				const used = process.cpuUsage(cpuStart);
				cpu?.push((used.user + used.system) / 1000);
			}
		}
	};
	type(); // warm-up: JIT
	const timings: number[] = [];
	const cpu: number[] = [];
	for (let r = 0; r < rounds; r++) type(timings, cpu);
	return {
		terms: records.length,
		keystrokes: timings.length / rounds,
		medianMs: round(median(timings)),
		p95Ms: round(quantile(timings, 0.95)),
		maxMs: round(Math.max(...timings)),
		cpuMedianMs: round(median(cpu)),
		indexBytes: Buffer.byteLength(json, 'utf8'),
		buildMs: round(buildMs),
		loadMs: round(loadMs),
		firstSearchMs: round(firstSearchMs),
	};
}

/** Size of the generated glossary: seven times the real one, to see how the search scales. */
export const GENERATED_TERMS = 1000;

/** The benchmark: the real glossary and `generatedSize` generated terms. */
export function benchGlossary(
	options: { generatedSize?: number; rounds?: number } = {},
): GlossaryBench {
	const { generatedSize = GENERATED_TERMS, rounds = 5 } = options;
	const { terms } = loadContent();
	const real = terms.map((t) => toGlossaryRecord(t.id, t.data));
	return {
		queries: [...BENCH_QUERIES],
		real: measure(real, BENCH_QUERIES, rounds),
		generated: measure(generateRecords(real, generatedSize), BENCH_QUERIES, rounds),
	};
}

/** The per-keystroke figures in a few lines, for a terminal. */
export function formatGlossaryBench(b: GlossaryBench): string {
	const ms = (x: number) => `${x.toFixed(2)} ms`;
	const line = (label: string, f: GlossaryBenchFigures, note: string) =>
		`  ${label} (${f.terms.toLocaleString('en')} terms): median ${ms(f.medianMs)} (CPU ${ms(f.cpuMedianMs)}), p95 ${ms(f.p95Ms)}, max ${ms(f.maxMs)}; loading the index ${ms(f.loadMs)}  ${note}`;
	return [
		`glossary search per keystroke (${b.real.keystrokes} keystrokes a round: search, then suggest when nothing is found)`,
		line('real', b.real, '(target: median ≤ 2 ms)'),
		line('generated', b.generated, '(report only)'),
	].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const result = benchGlossary();
	console.log(
		process.argv.includes('--json') ? JSON.stringify(result, null, 2) : formatGlossaryBench(result),
	);
}
