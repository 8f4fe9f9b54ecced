import { describe, expect, it } from 'vitest';
import { summarize } from './stats.ts';
import { computeTargets } from './report.ts';

describe('summarize', () => {
	it.each([
		{ samples: [3], median: 3, min: 3, max: 3 },
		{ samples: [5, 1, 3], median: 3, min: 1, max: 5 },
		{ samples: [4, 1, 3, 2], median: 2.5, min: 1, max: 4 },
	])('$samples → median $median', ({ samples, median, min, max }) => {
		expect(summarize(samples)).toEqual({ median, min, max, runs: samples });
	});

	it('refuses an empty list', () => {
		expect(() => summarize([])).toThrow('no samples');
	});
});

describe('computeTargets', () => {
	it('judges measured figures and leaves missing ones undecided', () => {
		const targets = computeTargets({
			pages: [
				{
					type: 'home',
					path: '/',
					note: '',
					js: {
						totalRaw: 5000,
						totalGzip: 3000,
						scripts: [],
						lazy: { files: [], raw: 0, gzip: 0 },
					},
				},
			],
			scoring: {
				questions: 5000,
				ms: { median: 1.2, min: 1, max: 2, runs: [1.2] },
				cpuMs: { median: 1.2, min: 1, max: 2, runs: [1.2] },
				firstCallMs: 4,
				warmup: 20,
				correct: 1,
			},
			glossarySearch: { available: false, reason: 'missing' },
		});
		const byLabel = Object.fromEntries(targets.map((t) => [t.label, t.pass]));
		expect(byLabel['Home JS (gzip)']).toBe(false); // 2.93 KB > 2 KB
		expect(byLabel['Score 5,000 answers (median)']).toBe(true);
		expect(byLabel['Lighthouse performance, home']).toBeNull();
		expect(byLabel['Glossary search per keystroke, real size (median)']).toBeNull();
	});
});
