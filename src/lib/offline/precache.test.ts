import { describe, expect, it } from 'vitest';
import { cacheVersion, isPrecached, precacheEntries, urlForFile } from './precache.ts';

describe('urlForFile', () => {
	it.each([
		['index.html', ''],
		['lessons/networking/index.html', 'lessons/networking/'],
		['404.html', '404.html'],
		['_astro/a.B1.js', '_astro/a.B1.js'],
		['quizzes/data/basics.json', 'quizzes/data/basics.json'],
	])('%s → %s', (path, url) => {
		expect(urlForFile(path)).toBe(url);
	});
});

describe('isPrecached', () => {
	it.each([
		['index.html', true],
		['glossary/index.json', true],
		['pagefind/pagefind.js', true],
		['pagefind/wasm.ja.pagefind', true],
		['pagefind/fragment/ja_1.pf_fragment', true],
		['manifest.webmanifest', true],
		['sw.js', false],
		['sitemap-index.xml', false],
		['robots.txt', false],
		['_astro/elk-XV6XMXQE.DMpj6ml9.js', false],
		['pagefind/pagefind-ui.js', false],
		['pagefind/pagefind-component-ui.css', false],
	])('%s → %s', (path, expected) => {
		expect(isPrecached(path)).toBe(expected);
	});
});

describe('precacheEntries and cacheVersion', () => {
	const files = [
		{ path: 'lessons/b/index.html', hash: '2' },
		{ path: 'index.html', hash: '1' },
		{ path: 'sw.js', hash: '9' },
	];
	it('lists precached files by URL, sorted', () => {
		expect(precacheEntries(files)).toEqual([
			{ url: '', revision: '1' },
			{ url: 'lessons/b/', revision: '2' },
		]);
	});
	it('is the same for the same files in any order, and changes when one file changes', () => {
		const v = cacheVersion(precacheEntries(files));
		expect(v).toMatch(/^[0-9a-f]{16}$/);
		expect(cacheVersion(precacheEntries([...files].reverse()))).toBe(v);
		const changed = files.map((f) => (f.path === 'index.html' ? { ...f, hash: '3' } : f));
		expect(cacheVersion(precacheEntries(changed))).not.toBe(v);
		// The worker itself does not count: its own bytes change with the version.
		const swChanged = files.map((f) => (f.path === 'sw.js' ? { ...f, hash: 'x' } : f));
		expect(cacheVersion(precacheEntries(swChanged))).toBe(v);
	});
});
