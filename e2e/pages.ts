/**
 * The built site as seen from the e2e tests: every page in dist/ (so new pages are covered
 * without editing a test), and a static link/fragment checker over the built HTML.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '..', 'dist');

/** URL paths of every built page (`/lessons/networking/`), 404 included as `/404.html`. */
export function builtPages(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (name === '_astro' || name === 'pagefind') continue;
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith('.html')) {
				const rel = '/' + relative(DIST, p).replaceAll('\\', '/');
				out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
			}
		}
	};
	walk(DIST);
	return out.sort();
}

/** The HTML file that serves a URL path, if any. */
export function fileForPath(path: string): string | undefined {
	const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
	const candidates = clean.endsWith('/')
		? [join(DIST, clean, 'index.html')]
		: [join(DIST, clean), join(DIST, clean, 'index.html')];
	return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let set = ids.get(file);
	if (!set) {
		const html = readFileSync(file, 'utf8');
		set = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
		ids.set(file, set);
	}
	return set;
}

/** Every internal link and #fragment on a page that does not resolve in dist/. */
export function brokenLinks(pagePath: string): string[] {
	const file = fileForPath(pagePath);
	if (!file) return [`${pagePath}: page not found`];
	const html = readFileSync(file, 'utf8');
	const broken: string[] = [];
	for (const m of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) {
		const href = m[1]!.replaceAll('&amp;', '&');
		if (/^(https?:|mailto:)/.test(href)) continue;
		const url = new URL(href, `http://site${pagePath}`);
		const target = fileForPath(url.pathname);
		if (!target) {
			broken.push(`${pagePath} → ${href}: no such page`);
			continue;
		}
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (fragment && !idsOf(target).has(fragment))
			broken.push(`${pagePath} → ${href}: no element with id "${fragment}"`);
	}
	return broken;
}
