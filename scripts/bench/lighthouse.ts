/** Lighthouse (default config = mobile emulation, simulated throttling) through its Node API. */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM } from './requests.ts';
import { summarize, roundSummary, type Summary } from './stats.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Flags for the Chrome Lighthouse drives (headless, no sandbox as root, no background traffic). */
const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-gpu',
];

export interface LighthouseRun {
	scores: Record<Category, number>;
	/** Largest Contentful Paint, ms (simulated mobile). */
	lcp: number;
	/** Total Blocking Time, ms. */
	tbt: number;
	/** Cumulative Layout Shift (unitless). */
	cls: number;
	/** Lighthouse's own CPU speed probe of this machine at run time (higher = faster). */
	benchmarkIndex: number;
}

export interface LighthouseSummary {
	runs: number;
	scores: Record<Category, Summary>;
	lcpMs: Summary;
	tbtMs: Summary;
	/** Each run's Total Blocking Time, ms, in run order (one slow run hides in a median). */
	tbtRunsMs: number[];
	cls: Summary;
	/**
	 * Lighthouse's CPU benchmark during the runs (a desktop is ~1000–2000). Simulated throttling
	 * scales TBT from the CPU time observed here, so a loaded machine lowers performance scores.
	 */
	benchmarkIndex: Summary;
	/** Failed audits that cost points outside performance, from the last run (id: title). */
	failedAudits: string[];
}

/** Runs Lighthouse `runs` times on one URL in one Chrome (storage reset between runs by Lighthouse). */
export async function runLighthouse(url: string, runs: number): Promise<LighthouseSummary> {
	process.env['CHROME_PATH'] ??= CHROMIUM;
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: CHROME_FLAGS,
		logLevel: 'silent',
	});
	const results: LighthouseRun[] = [];
	let failedAudits: string[] = [];
	try {
		for (let i = 0; i < runs; i++) {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
			});
			const lhr = result?.lhr;
			if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
			if (lhr.runtimeError)
				throw new Error(
					`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message} (${url})`,
				);
			const score = (c: Category) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
			const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
			results.push({
				scores: {
					performance: score('performance'),
					accessibility: score('accessibility'),
					'best-practices': score('best-practices'),
					seo: score('seo'),
				},
				lcp: num('largest-contentful-paint'),
				tbt: num('total-blocking-time'),
				cls: num('cumulative-layout-shift'),
				benchmarkIndex: lhr.environment.benchmarkIndex,
			});
			failedAudits = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
				(lhr.categories[c]?.auditRefs ?? [])
					.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
					.map((ref) => `${c}/${ref.id}: ${lhr.audits[ref.id]?.title ?? ''}`),
			);
		}
	} finally {
		chrome.kill();
	}
	const of = (f: (r: LighthouseRun) => number, digits: number) =>
		roundSummary(summarize(results.map(f)), digits);
	return {
		runs,
		scores: {
			performance: of((r) => r.scores.performance, 0),
			accessibility: of((r) => r.scores.accessibility, 0),
			'best-practices': of((r) => r.scores['best-practices'], 0),
			seo: of((r) => r.scores.seo, 0),
		},
		lcpMs: of((r) => r.lcp, 0),
		tbtMs: of((r) => r.tbt, 0),
		tbtRunsMs: results.map((r) => Math.round(r.tbt)),
		cls: of((r) => r.cls, 3),
		benchmarkIndex: of((r) => r.benchmarkIndex, 0),
		failedAudits,
	};
}
