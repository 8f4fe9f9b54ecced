/**
 * Byte budgets over the production build (bytes and requests only; timings live in
 * `npm run bench`). Startup JS = a page's scripts plus their static imports, gzip -9
 * (scripts/bench/js-bytes.ts, shared with the bench). Lazy chunks are not startup JS, but the
 * graph proves which pages can reach them at all.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, DIST, fileForPath } from './pages.ts';
import { pageJsBytes } from '../scripts/bench/js-bytes.ts';

const KB = 1024;
/** The lazy chunk that bundles Fuse with the search engine (hash-named files can contain FUSE). */
const FUSE_CHUNK = /\/_astro\/(search|fuse)[.-][\w-]*\.js$/;
const pages = builtPages();
const hasDiagram = (path: string) =>
	readFileSync(fileForPath(path)!, 'utf8').includes('class="language-mermaid"');
const reaches = async (path: string, pattern: RegExp) => {
	const js = await pageJsBytes(DIST, path);
	return [...js.scripts.map((s) => s.file), ...js.lazy].filter((f) => pattern.test(f));
};

test('startup JS stays within each page type’s budget', async () => {
	const budget = (path: string) =>
		// Home: the header's phone menu and search button (on every page, ~0.9 KB), the 続きから
		// panel and the service worker's registration. 学習状況 (/study/): its figures, the header, and
		// every store through the one storage module (12.5 KB measured, 11.5 KB before the record
		// helper and the quiz setup choices joined the backup).
		path === '/'
			? 3 * KB
			: path === '/study/'
				? 13 * KB
				: path.startsWith('/lessons/')
					? 10 * KB
					: path === '/glossary/'
						? 6 * KB // 5.2 KB measured: the search element plus the header's script
						: (/^\/quizzes\/[^/]+\/$/.test(path) && path !== '/quizzes/') ||
							  path === '/study/review/' // まとめて復習 runs quiz questions, as a bank page does
							? 30 * KB
							: 10 * KB;
	const over: string[] = [];
	for (const path of pages) {
		const { totalGzip } = await pageJsBytes(DIST, path);
		if (totalGzip > budget(path)) over.push(`${path}: ${totalGzip} B > ${budget(path)} B`);
	}
	expect(over).toEqual([]);
});

test('mermaid can only be reached from pages that have a diagram', async () => {
	const offenders: string[] = [];
	for (const path of pages.filter((p) => !hasDiagram(p))) {
		const files = await reaches(path, /mermaid/i);
		if (files.length > 0) offenders.push(`${path}: ${files.slice(0, 2).join(', ')}`);
	}
	expect(offenders).toEqual([]);
	// …and on a diagram page it is lazy, never startup JS.
	const lesson = pages.find(hasDiagram)!;
	const { scripts, lazy } = await pageJsBytes(DIST, lesson);
	expect(scripts.some((s) => /mermaid/i.test(s.file))).toBe(false);
	expect(lazy.some((f) => /mermaid/i.test(f))).toBe(true);
});

test('fuse.js is lazy on the glossary and search pages and unreachable from every other page', async () => {
	const { scripts, lazy } = await pageJsBytes(DIST, '/glossary/');
	expect(scripts.filter((s) => FUSE_CHUNK.test(s.file))).toEqual([]);
	// Site search falls back to the glossary's search (typos, readings): lazy there too.
	const search = await pageJsBytes(DIST, '/search/');
	expect(search.scripts.filter((s) => FUSE_CHUNK.test(s.file))).toEqual([]);
	expect(lazy.some((f) => /\/search\./.test(f))).toBe(true);
	const offenders: string[] = [];
	for (const path of pages.filter((p) => p !== '/glossary/' && p !== '/search/')) {
		const files = await reaches(path, FUSE_CHUNK);
		if (files.length > 0) offenders.push(`${path}: ${files.join(', ')}`);
	}
	expect(offenders).toEqual([]);
});

test('a page without diagrams never requests mermaid, and the glossary never requests fuse before use', async ({
	page,
}) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	for (const path of ['/', '/lessons/', '/quizzes/networking/', '/glossary/'])
		await page.goto(path, { waitUntil: 'networkidle' });
	expect(requests.filter((u) => /mermaid/i.test(u))).toEqual([]);
	expect(requests.filter((u) => /fuse|\/_astro\/search\.|glossary\/index\.json/i.test(u))).toEqual(
		[],
	);
});
