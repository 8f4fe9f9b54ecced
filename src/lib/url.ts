/**
 * Every internal URL of the site goes through this file, so the site works wherever it is
 * deployed: at the root of a domain (`/`) or under a base path (`/fargate-drill/` on a GitHub
 * Pages project site). THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 *
 * The base comes from `import.meta.env.BASE_URL` (Astro's `base`: `astro build --base …` or
 * `BASE_PATH` in astro.config.mjs). Vite replaces it with a string literal in everything it
 * bundles, pages rendered at build time and client scripts alike, so client scripts import
 * `url()` directly instead of receiving the base through a data-* attribute: one mechanism, and
 * a build for another base path is simply another build. Code that Vite does not process (plain
 * `node scripts/…`) must not import `url()`; the pure helpers below take the base as an argument.
 */

/** The base as a path that starts and ends with `/`: `''`, `'/'` → `'/'`; `'docs'` → `'/docs/'`. */
export function normalizeBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A site path under a base: `joinBase('/fargate-drill/', 'lessons/x/')` →
 * `'/fargate-drill/lessons/x/'`. The path is relative to the site root (a leading `/` is
 * optional); `''` is the home page. Query and fragment pass through.
 */
export function joinBase(base: string, path: string): string {
	return normalizeBase(base) + path.replace(/^\/+/, '');
}

/**
 * A link as authored in content, root-relative to the site (`/lessons/x/#y`), moved under the
 * base. Only root-relative paths change: absolute URLs (`https://…`, `//host/…`, `mailto:`),
 * fragments (`#y`) and relative paths (`../x/`) stay as written.
 */
export function rebaseHref(base: string, href: string): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	return joinBase(base, href);
}

/** The site's base path, `/` or `/fargate-drill/` (inlined by Vite at build time). */
export const BASE = normalizeBase(import.meta.env.BASE_URL);

/** A URL for a site path: `url('lessons/')` → `/lessons/` or `/fargate-drill/lessons/`. */
export function url(path: string): string {
	return joinBase(BASE, path);
}
