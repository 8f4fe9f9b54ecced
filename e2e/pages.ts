/**
 * A built site as seen from the e2e tests: every page in its output directory (so new pages are
 * covered without editing a test), and a static link/fragment checker over the built HTML.
 * Two builds: the root build (dist/, served at `/`) and the base-path build (dist-base/, served
 * under BASE_PATH); URL paths always include the build's base.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BASE_PATH } from './ports.ts';

/** A build: its output directory and the base path its pages are served under. */
export interface Build {
	dir: string;
	base: string;
}

export const DIST = resolve(import.meta.dirname, '..', 'dist');
/** `npm run build`: served at the root. */
export const ROOT_BUILD: Build = { dir: DIST, base: '/' };
/** `npm run build:base`: served under BASE_PATH. */
export const BASE_BUILD: Build = {
	dir: resolve(import.meta.dirname, '..', 'dist-base'),
	base: BASE_PATH,
};

/**
 * URL paths of every built page (`/lessons/networking/`, or `/fargate-drill/lessons/networking/`
 * in the base build), 404 included as `/404.html`.
 */
export function builtPages(build: Build = ROOT_BUILD): string[] {
	if (!existsSync(build.dir)) throw new Error(`${build.dir} does not exist: build it first`);
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (name === '_astro' || name === 'pagefind') continue;
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith('.html')) {
				const rel = build.base + relative(build.dir, p).replaceAll('\\', '/');
				out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
			}
		}
	};
	walk(build.dir);
	return out.sort();
}

/** The HTML file that serves a URL path, if any; nothing outside the build's base. */
export function fileForPath(path: string, build: Build = ROOT_BUILD): string | undefined {
	const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
	if (!(clean + '/').startsWith(build.base)) return undefined;
	const inside = '/' + clean.slice(build.base.length);
	const candidates = inside.endsWith('/')
		? [join(build.dir, inside, 'index.html')]
		: [join(build.dir, inside), join(build.dir, inside, 'index.html')];
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

/**
 * Every internal link (`<a href>`, `<form action>`) and #fragment on a page that does not
 * resolve in the build: a link outside the build's base counts as broken.
 */
export function brokenLinks(pagePath: string, build: Build = ROOT_BUILD): string[] {
	const file = fileForPath(pagePath, build);
	if (!file) return [`${pagePath}: page not found`];
	const html = readFileSync(file, 'utf8');
	const broken: string[] = [];
	for (const m of html.matchAll(/<(?:a\s[^>]*href|form\s[^>]*action)="([^"]*)"/g)) {
		const href = m[1]!.replaceAll('&amp;', '&');
		if (/^(https?:|mailto:)/.test(href)) continue;
		const url = new URL(href, `http://site${pagePath}`);
		const target = fileForPath(url.pathname, build);
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

/**
 * Splits pages into groups for one test each. A test's page object then visits its group in
 * turn, and the browser keeps compiled scripts (axe-core, mermaid) between those same-site
 * navigations instead of compiling them again in a fresh context per page.
 */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}
