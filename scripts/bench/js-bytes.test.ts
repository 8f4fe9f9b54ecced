import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipBytes, htmlScripts, pageJsBytes } from './js-bytes.ts';

/** A tiny built site: two pages sharing modules, a lazy chunk with its own deps, JSON data. */
const FILES: Record<string, string> = {
	'index.html': [
		'<!doctype html><html><head>',
		'<script>document.documentElement.dataset.theme="light"</script>',
		'<script type="module" src="/_astro/entry.js"></script>',
		'<script type="application/json" id="bank">{"questions":[1,2,3]}</script>',
		'<script type="module">import{s as e}from"/_astro/shared.js";e()</script>',
		'<script type="module" src="https://cdn.example/x.js"></script>',
		'<script type="module" src="/_astro/entry.js"></script>',
		'</head><body></body></html>',
	].join('\n'),
	'quiz/index.html': '<script type="module" src="../_astro/quiz.js"></script>',
	'empty/index.html': '<p>no scripts</p>',
	'_astro/entry.js':
		'import{s}from"./shared.js";export*from"./reexport.js";const m=()=>import(`./lazy.js`);s(m);',
	'_astro/shared.js': 'export const s=(f)=>f;// import("./never.js") in a comment is not an import',
	'_astro/reexport.js': 'export const r="import(\'./also-never.js\')";',
	'_astro/lazy.js':
		'import"./lazy-dep.js";import"./shared.js";export default function(){return import("./lazier.js")}',
	'_astro/lazy-dep.js': 'export const d=1;',
	'_astro/lazier.js': 'export const z=2;',
	'_astro/quiz.js': 'import"./shared.js";',
	'_astro/never.js': 'x',
	'_astro/also-never.js': 'x',
};

let dist: string;
beforeAll(() => {
	dist = mkdtempSync(join(tmpdir(), 'fd-js-bytes-'));
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), text);
	}
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const size = (path: string) => ({
	raw: Buffer.byteLength(FILES[path]!),
	gzip: gzipBytes(FILES[path]!),
});

describe('pageJsBytes', () => {
	it('follows <script src> and static imports transitively, counts inline code, skips data and other origins', async () => {
		const r = await pageJsBytes(dist, '/');
		expect(r.scripts.map((s) => s.file)).toEqual([
			'inline:1',
			'/_astro/entry.js',
			'/_astro/shared.js',
			'/_astro/reexport.js',
			'inline:2',
		]);
		expect(r.scripts[1]).toEqual({ file: '/_astro/entry.js', ...size('_astro/entry.js') });
		expect(r.scripts[0]).toMatchObject({
			inline: true,
			raw: Buffer.byteLength('document.documentElement.dataset.theme="light"'),
		});
		expect(r.totalRaw).toBe(r.scripts.reduce((n, s) => n + s.raw, 0));
		expect(r.totalGzip).toBe(r.scripts.reduce((n, s) => n + s.gzip, 0));
	});

	it('lists dynamic-import chunks and their own imports as lazy, never modules already loaded', async () => {
		const r = await pageJsBytes(dist, '/');
		expect(r.lazy).toEqual(['/_astro/lazier.js', '/_astro/lazy-dep.js', '/_astro/lazy.js']);
		expect(r.scripts.map((s) => s.file)).not.toContain('/_astro/lazy.js');
	});

	it('resolves relative script URLs against the page', async () => {
		const r = await pageJsBytes(dist, '/quiz/');
		expect(r.scripts.map((s) => s.file)).toEqual(['/_astro/quiz.js', '/_astro/shared.js']);
		expect(r.totalRaw).toBe(size('_astro/quiz.js').raw + size('_astro/shared.js').raw);
	});

	it('reports zero for a page without scripts', async () => {
		expect(await pageJsBytes(dist, '/empty/')).toEqual({
			scripts: [],
			totalRaw: 0,
			totalGzip: 0,
			lazy: [],
		});
	});

	it('fails with the paths it tried when the page does not exist', async () => {
		await expect(pageJsBytes(dist, '/nope/')).rejects.toThrow('No built page for /nope/');
	});
});

describe('htmlScripts', () => {
	it('keeps executable scripts only', () => {
		const html = `<script type="text/template">x</script><script type='module' src='/a.js'></script><script type=text/javascript>y</script>`;
		expect(htmlScripts(html)).toEqual([
			{ src: '/a.js', module: true, body: '' },
			{ module: false, body: 'y' },
		]);
	});
});
