/** The bench report: its JSON shape, the targets it is judged against and the printed tables. */
import type { ContentCounts } from './scale-content.ts';
import type { GlossaryBench } from './glossary.ts';
import type { LighthouseSummary } from './lighthouse.ts';
import type { PageType, PickedPage } from './pages.ts';
import { PAGE_LABELS } from './pages.ts';
import type { RequestCount } from './requests.ts';
import type { ScoringBench } from './scoring.ts';
import type { ScriptBytes } from './js-bytes.ts';
import type { Summary } from './stats.ts';
import { excessPoints, formatTestWise, type TestWiseReport } from './test-wise.ts';

/** KB in this report = 1024 bytes. */
export const KB = 1024;

export interface PageReport extends PickedPage {
	html?: { raw: number; gzip: number };
	js?: {
		totalRaw: number;
		totalGzip: number;
		scripts: ScriptBytes[];
		lazy: { files: string[]; raw: number; gzip: number };
	};
	requests?: RequestCount;
	lighthouse?: LighthouseSummary;
	errors?: string[];
}

export interface BuildSize {
	counts: ContentCounts & { pages: number };
	/** Wall seconds per `npm run build`: median, min, max and every run. */
	seconds: Summary;
	/** CPU seconds (user + system, all build processes) per build; null off Linux. */
	cpuSeconds: Summary | null;
	/** 1-minute load average before each build: > CPU count means other work shared the machine. */
	loadBefore: number[];
}

export interface Target {
	label: string;
	value: number | null;
	unit: string;
	op: '<=' | '>=';
	limit: number;
	/** null when the figure could not be measured. */
	pass: boolean | null;
}

export interface BenchReport {
	generatedAt: string;
	environment: {
		node: string;
		platform: string;
		cpus: number;
		cpuModel: string;
		memoryGiB: number;
		/** 1-minute load average when the bench started and ended (other work on the machine skews times). */
		loadAverage: { start: number; end: number };
		chromium: string | null;
	};
	settings: {
		runs: number;
		scaleRuns: number;
		lighthouseRuns: number;
		scaleFactor: number;
		skipped: string[];
		gzipLevel: 9;
		kb: 1024;
	};
	build: BuildSize | null;
	/** Growth: N× content built in a temporary copy vs. the checkout (`base`); ratios of the medians. */
	scale: {
		factor: number;
		base: BuildSize | null;
		scaled: BuildSize | null;
		growth: number | null;
		cpuGrowth: number | null;
	} | null;
	pages: PageReport[];
	scoring: ScoringBench | null;
	glossarySearch: GlossaryBench | null;
	/** Scores of test-taking strategies that know nothing about AWS, per bank (test-wise.ts). */
	testWise?: TestWiseReport | null;
	targets: Target[];
	errors: string[];
	/** Builds that failed once (e.g. a concurrent build in the same checkout) and passed when retried. */
	retriedBuilds: string[];
	durationSeconds: number;
}

function target(
	label: string,
	value: number | null | undefined,
	unit: string,
	op: Target['op'],
	limit: number,
): Target {
	const v = value ?? null;
	return {
		label,
		value: v,
		unit,
		op,
		limit,
		pass: v === null ? null : op === '<=' ? v <= limit : v >= limit,
	};
}

/** The product's budgets, judged on the measured figures. */
export function computeTargets(
	r: Pick<BenchReport, 'pages' | 'scoring' | 'glossarySearch' | 'testWise'>,
): Target[] {
	const page = (t: PageType) => r.pages.find((p) => p.type === t);
	const jsKb = (t: PageType) => {
		const js = page(t)?.js;
		return js ? Math.round((js.totalGzip / KB) * 100) / 100 : null;
	};
	const perf = (t: PageType) => page(t)?.lighthouse?.scores.performance.median;
	const out: Target[] = [
		target('Home JS (gzip)', jsKb('home'), 'KB', '<=', 2),
		target('Lesson without diagrams JS (gzip)', jsKb('lessonPlain'), 'KB', '<=', 10),
		target('Glossary JS before search (gzip)', jsKb('glossary'), 'KB', '<=', 5),
		target('Quiz page JS, bank data excluded (gzip)', jsKb('quiz'), 'KB', '<=', 30),
		target('Lighthouse performance, home', perf('home'), '', '>=', 98),
		target('Lighthouse performance, diagram lesson', perf('lessonDiagrams'), '', '>=', 95),
	];
	for (const p of r.pages) {
		if (p.path && p.lighthouse)
			out.push(
				target(
					`Lighthouse accessibility, ${PAGE_LABELS[p.type]}`,
					p.lighthouse.scores.accessibility.median,
					'',
					'>=',
					100,
				),
			);
	}
	out.push(target('Score 5,000 answers (median)', r.scoring?.ms.median, 'ms', '<=', 5));
	// The generated glossary (1,000 terms) is reported, not judged: see formatReport.
	const g = r.glossarySearch;
	out.push(
		target(
			'Glossary search per keystroke, real size (median)',
			g?.available ? g.realMs : null,
			'ms',
			'<=',
			2,
		),
	);
	for (const b of r.testWise?.banks ?? []) {
		const excess = [b.single, b.multiple].flatMap((t) => (t ? [excessPoints(t)] : []));
		out.push(
			target(
				`Test-wise: best strategy above chance, ${b.id}`,
				excess.length ? Math.round(Math.max(...excess) * 10) / 10 : null,
				'points',
				'<=',
				r.testWise?.targetPoints ?? 10,
			),
		);
	}
	return out;
}

// ---- printing -------------------------------------------------------------------------------

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const s = (x: Summary | null | undefined, unit: string, digits = 1) =>
	x
		? `${x.median.toFixed(digits)}${unit} (${x.min.toFixed(digits)}–${x.max.toFixed(digits)})`
		: 'n/a';

/** Characters (code points) in a cell. */
const width = (text: string) => Array.from(text).length;

/** Left-aligned text columns, right-aligned when a cell starts with a digit. */
function table(rows: string[][]): string {
	const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
	return rows
		.map((r, ri) =>
			r
				.map((c, i) => {
					const pad = ' '.repeat((widths[i] ?? 0) - width(c));
					return ri > 0 && /^[\d.]/.test(c) ? pad + c : c + pad;
				})
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}

const TARGET_NOTE: Partial<Record<PageType, string>> = {
	home: '≤ 2',
	lessonPlain: '≤ 10',
	glossary: '≤ 5',
	quiz: '≤ 30',
};
const PERF_NOTE: Partial<Record<PageType, string>> = { home: '≥ 98', lessonDiagrams: '≥ 95' };

/** The readable summary printed after a run. */
export function formatReport(r: BenchReport): string {
	const lines: string[] = [];
	const e = r.environment;
	lines.push(
		`Fargate Drill bench  ${r.generatedAt}  node ${e.node}, ${e.cpus} CPU (${e.cpuModel}), ${e.chromium ?? 'no chromium'}`,
	);
	const busy = Math.max(e.loadAverage.start, e.loadAverage.end) > e.cpus;
	lines.push(
		`load average (1 min): ${e.loadAverage.start} at start, ${e.loadAverage.end} at end${busy ? ` (above ${e.cpus} CPUs: other work shared the machine; times and Lighthouse performance are pessimistic)` : ''}`,
	);
	lines.push(
		`runs: build ${r.settings.runs}, 10× build ${r.settings.scaleRuns}, Lighthouse ${r.settings.lighthouseRuns}  ·  median (min–max)  ·  KB = 1024 B, gzip -9`,
	);
	if (r.settings.skipped.length) lines.push(`skipped: ${r.settings.skipped.join(', ')}`);
	lines.push('');

	lines.push(
		'BUILD (npm run build = astro build, Pagefind index included; CPU = user + system of all build processes, steadier than wall time on a shared machine)',
	);
	const sizes: string[][] = [
		[
			'build',
			'lessons',
			'terms',
			'banks',
			'questions',
			'pages',
			'wall time',
			'CPU time',
			'load before',
			'growth (wall, CPU)',
		],
	];
	const row = (name: string, b: BuildSize | null | undefined, growth: string) =>
		b
			? [
					name,
					`${b.counts.lessons}`,
					`${b.counts.terms}`,
					`${b.counts.banks}`,
					`${b.counts.questions}`,
					`${b.counts.pages}`,
					s(b.seconds, ' s'),
					s(b.cpuSeconds, ' s'),
					b.loadBefore.join(' '),
					growth,
				]
			: [name, '', '', '', '', '', 'n/a', '', '', ''];
	sizes.push(row('this checkout (1×)', r.build, ''));
	if (r.scale) {
		sizes.push(
			row(
				`temp copy, ${r.scale.factor}× content`,
				r.scale.scaled,
				r.scale.growth === null
					? ''
					: `×${r.scale.growth.toFixed(2)}, ×${r.scale.cpuGrowth?.toFixed(2) ?? '?'}`,
			),
		);
	}
	lines.push(table(sizes), '');

	lines.push(
		'PAGES: bytes and requests (JS = startup scripts: <script> + static imports; lazy = import() chunks, not counted)',
	);
	const bytes: string[][] = [
		[
			'page',
			'path',
			'HTML raw',
			'HTML gz',
			'JS raw',
			'JS gz',
			'JS target',
			'lazy (files, gz)',
			'requests load/idle',
		],
	];
	for (const p of r.pages) {
		if (!p.path) {
			bytes.push([
				PAGE_LABELS[p.type],
				'none (¹)',
				'',
				'',
				'',
				'',
				TARGET_NOTE[p.type] ? `${TARGET_NOTE[p.type]} KB` : '',
				'',
				'',
			]);
			continue;
		}
		bytes.push([
			PAGE_LABELS[p.type] + (p.diagrams ? ` (${p.diagrams} diagrams)` : ''),
			p.path,
			p.html ? kb(p.html.raw) : 'n/a',
			p.html ? kb(p.html.gzip) : 'n/a',
			p.js ? kb(p.js.totalRaw) : 'n/a',
			p.js ? kb(p.js.totalGzip) : 'n/a',
			TARGET_NOTE[p.type] ? `${TARGET_NOTE[p.type]} KB` : '',
			p.js
				? p.js.lazy.files.length
					? `${p.js.lazy.files.length}, ${kb(p.js.lazy.gzip)}`
					: '0'
				: 'n/a',
			p.requests ? `${p.requests.atLoad} / ${p.requests.afterIdle}` : 'n/a',
		]);
	}
	lines.push(table(bytes));
	for (const p of r.pages) if (!p.path) lines.push(`(¹) ${PAGE_LABELS[p.type]}: ${p.note}`);
	lines.push('');

	lines.push('LIGHTHOUSE mobile (default config: Moto G Power emulation, simulated slow 4G)');
	const lh: string[][] = [
		[
			'page',
			'perf',
			'perf target',
			'a11y (100)',
			'best-pr.',
			'SEO',
			'LCP',
			'TBT',
			'CLS',
			'CPU index',
		],
	];
	for (const p of r.pages) {
		if (!p.path) continue;
		const l = p.lighthouse;
		lh.push(
			l
				? [
						PAGE_LABELS[p.type],
						s(l.scores.performance, '', 0),
						PERF_NOTE[p.type] ?? '',
						s(l.scores.accessibility, '', 0),
						s(l.scores['best-practices'], '', 0),
						s(l.scores.seo, '', 0),
						s(l.lcpMs, ' ms', 0),
						s(l.tbtMs, ' ms', 0),
						s(l.cls, '', 3),
						s(l.benchmarkIndex, '', 0),
					]
				: [PAGE_LABELS[p.type], 'n/a', PERF_NOTE[p.type] ?? '', '', '', '', '', '', '', ''],
		);
	}
	lines.push(table(lh));
	const slow = r.pages
		.filter((p) => p.lighthouse && p.lighthouse.benchmarkIndex.min < 1000)
		.map((p) => PAGE_LABELS[p.type]);
	if (slow.length) {
		lines.push(
			`note: CPU index < 1000 in some runs (${slow.join(', ')}): the machine was busy, so TBT and performance are pessimistic there; compare medians across runs on a quiet machine.`,
		);
	}
	const audits = r.pages.flatMap((p) =>
		(p.lighthouse?.failedAudits ?? []).map((a) => `  ${PAGE_LABELS[p.type]}: ${a}`),
	);
	if (audits.length) lines.push('failed audits outside performance (last run):', ...audits);
	lines.push('');

	lines.push('ENGINE');
	const sc = r.scoring;
	lines.push(
		sc
			? `scoreAnswers, ${sc.questions} questions: wall ${s(sc.ms, ' ms', 2)}, CPU ${s(sc.cpuMs, ' ms', 2)} over ${sc.ms.runs.length} runs; first call ${sc.firstCallMs.toFixed(2)} ms  (target ≤ 5 ms wall)`
			: 'scoreAnswers: n/a',
	);
	const g = r.glossarySearch;
	if (!g) lines.push('glossary search per keystroke: not measured');
	else if (!g.available) lines.push(`glossary search per keystroke: not available (${g.reason})`);
	else {
		const ms = (x: number) => `${x.toFixed(2)} ms`;
		const { real, generated } = g.result;
		lines.push(
			`glossary search per keystroke: real (${real.terms} terms) median ${ms(g.realMs)} (CPU ${ms(real.cpuMedianMs)}), p95 ${ms(g.realP95Ms)}  (target: median ≤ 2 ms wall)`,
			`  ${generated.terms.toLocaleString('en')} generated terms (report only): median ${ms(g.generatedMs)} (CPU ${ms(generated.cpuMedianMs)}), p95 ${ms(g.generatedP95Ms)}; loading the index once ${ms(generated.loadMs)}`,
		);
	}
	lines.push('');

	if (r.testWise) lines.push(formatTestWise(r.testWise), '');

	lines.push('TARGETS');
	const t: string[][] = [['', 'target', 'measured', 'limit']];
	for (const x of r.targets) {
		const mark = x.pass === null ? '?' : x.pass ? '✓' : '✗';
		const unit = x.unit ? ` ${x.unit}` : '';
		t.push([
			mark,
			x.label,
			x.value === null ? 'n/a' : `${x.value}${unit}`,
			`${x.op === '<=' ? '≤' : '≥'} ${x.limit}${unit}`,
		]);
	}
	lines.push(table(t));
	if (r.retriedBuilds.length)
		lines.push(
			'',
			'RETRIED BUILDS (failed once, passed the second time)',
			...r.retriedBuilds.map((x) => `  ${x}`),
		);
	if (r.errors.length)
		lines.push('', 'ERRORS', ...r.errors.map((x) => `  ${x.split('\n').join('\n    ')}`));
	lines.push('', `done in ${Math.round(r.durationSeconds)} s`);
	return lines.join('\n');
}
