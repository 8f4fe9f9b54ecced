/**
 * What the service worker keeps for offline study, decided from the built files (pure: the
 * build integration src/integrations/offline.ts lists and hashes the files and passes them in).
 *
 * Precached: every page (shell, lessons, glossary terms, banks, tools), styles, scripts, the
 * glossary index, every bank's data, icons and the Pagefind files a search needs. Left out: what
 * no page of this site ever requests, so a first visit does not download it in the background:
 * - the ELK layout chunk of Mermaid (diagrams use the dagre layout, src/components/fd-diagrams.ts),
 * - Pagefind's own UI bundles (the site search uses Pagefind's API, not its UI),
 * - the service worker itself and files for crawlers (sitemaps, robots.txt).
 * Anything else the site fetches later is cached by the worker on first use.
 */

/** One built file: its path relative to the output directory (`/` separators) and a content hash. */
export interface BuiltFile {
	path: string;
	hash: string;
}

/** One precache entry: a URL relative to the worker's scope and the revision that changes with it. */
export interface PrecacheEntry {
	url: string;
	revision: string;
}

const SKIP: readonly RegExp[] = [
	/^sw\.js$/,
	/^robots\.txt$/,
	/^sitemap[\w-]*\.xml$/,
	/^_astro\/elk[-.]/i,
	/^pagefind\/pagefind-(component-|modular-)?ui\.(js|css)$/,
	/^pagefind\/pagefind-highlight\.js$/,
];

/** Whether a built file is precached. */
export function isPrecached(path: string): boolean {
	return !SKIP.some((re) => re.test(path));
}

/**
 * The URL a file is requested by, relative to the scope: `lessons/x/index.html` → `lessons/x/`,
 * `index.html` → `` (the home page); other files keep their path.
 */
export function urlForFile(path: string): string {
	if (path === 'index.html') return '';
	if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
	return path;
}

/** The precache list, sorted by URL so the same build gives the same list. */
export function precacheEntries(files: readonly BuiltFile[]): PrecacheEntry[] {
	return files
		.filter((f) => isPrecached(f.path))
		.map((f) => ({ url: urlForFile(f.path), revision: f.hash }))
		.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * A short version for the cache name, from every entry's URL and revision (FNV-1a, 2 × 32 bits):
 * it changes when any precached file changes, and only then.
 */
export function cacheVersion(entries: readonly PrecacheEntry[]): string {
	let a = 0x811c9dc5;
	let b = 0x01000193;
	for (const e of entries) {
		const s = `${e.url}\u0000${e.revision}\u0000`;
		for (let i = 0; i < s.length; i++) {
			const c = s.charCodeAt(i);
			a = Math.imul(a ^ c, 0x01000193) >>> 0;
			b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
		}
	}
	return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
