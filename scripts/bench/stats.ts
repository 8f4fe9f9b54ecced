/** Small statistics for benchmark samples. */

export interface Summary {
	/** Median of the samples (mean of the two middle ones for an even count). */
	median: number;
	min: number;
	max: number;
	/** Every sample in the order measured. */
	runs: number[];
}

/** Median, min and max of a non-empty list of samples. */
export function summarize(samples: readonly number[]): Summary {
	if (samples.length === 0) throw new Error('summarize: no samples');
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (i: number) => sorted[i] ?? Number.NaN; // i is always in range here
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
	return { median, min: at(0), max: at(sorted.length - 1), runs: [...samples] };
}

/** Rounds to `digits` decimals (for the report: measurements are not that precise). */
export function round(n: number, digits = 2): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}

/** The same summary with every figure rounded. */
export function roundSummary(s: Summary, digits = 2): Summary {
	return {
		median: round(s.median, digits),
		min: round(s.min, digits),
		max: round(s.max, digits),
		runs: s.runs.map((r) => round(r, digits)),
	};
}

/** A positive integer from an environment variable, else the default. */
export function envInt(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 1)
		throw new Error(`${name} must be a positive integer, got "${raw}"`);
	return n;
}
