/**
 * A 5,000-question bank builds, and its quiz page loads only that bank's data.
 * In a temporary copy of the repository, adds quizzes/big-5000.json (the real questions cycled
 * with new ids), runs `astro build`, and prints JSON: build time, the page's HTML bytes, its
 * data file's bytes, and the data URLs the page refers to (only its own).
 * Usage: npm run bench:big-bank
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { makeScaledCopy, removeCopy } from './bench/scale-content.ts';

const SIZE = Number(process.env['BIG_BANK_SIZE'] ?? 5000);
const root = resolve(import.meta.dirname, '..');
const { dir } = makeScaledCopy(root, 1);
try {
	const sources = readdirSync(join(dir, 'quizzes')).filter(
		(f) => f.endsWith('.json') && !f.startsWith('_') && f !== 'bank.schema.json',
	);
	const pool = sources.flatMap(
		(f) =>
			(JSON.parse(readFileSync(join(dir, 'quizzes', f), 'utf8')) as { questions: { id: string }[] })
				.questions,
	);
	const base = JSON.parse(readFileSync(join(dir, 'quizzes', 'networking.json'), 'utf8')) as Record<
		string,
		unknown
	>;
	const questions = Array.from({ length: SIZE }, (_, i) => ({
		...pool[i % pool.length],
		id: `big-${String(i + 1).padStart(5, '0')}`,
	}));
	writeFileSync(
		join(dir, 'quizzes', 'big-5000.json'),
		JSON.stringify({
			...base,
			id: 'big-5000',
			title: `生成した ${SIZE} 問の問題集`,
			timeLimitMinutes: 600,
			questions,
		}),
	);
	const start = performance.now();
	execFileSync(
		process.execPath,
		[join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
		{ cwd: dir, stdio: 'ignore' },
	);
	const buildSeconds = (performance.now() - start) / 1000;
	const page = readFileSync(join(dir, 'dist', 'quizzes', 'big-5000', 'index.html'), 'utf8');
	const data = readFileSync(join(dir, 'dist', 'quizzes', 'data', 'big-5000.json'));
	const referenced = [
		...new Set([...page.matchAll(/\/quizzes\/data\/[\w-]+\.json/g)].map((m) => m[0])),
	];
	const report = {
		questions: SIZE,
		buildSeconds: Math.round(buildSeconds * 10) / 10,
		pageHtmlBytes: Buffer.byteLength(page),
		pageHtmlGzip: gzipSync(page, { level: 9 }).length,
		dataBytes: data.length,
		dataGzip: gzipSync(data, { level: 9 }).length,
		dataUrlsReferencedByPage: referenced,
		onlyOwnData: referenced.length === 1 && referenced[0] === '/quizzes/data/big-5000.json',
	};
	console.log(JSON.stringify(report, null, 2));
	if (!report.onlyOwnData) process.exitCode = 1;
} finally {
	removeCopy(dir);
}
