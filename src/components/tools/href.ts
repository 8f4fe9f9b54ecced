/**
 * Site URLs for the tools pages: the one place that knows the base path until the site-wide
 * helper (src/lib/url.ts) lands; then this file re-exports it. `lessonHref('security#…')` turns a
 * rule's `slug#anchor` into the lesson section's URL.
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** `path` (starting with `/`) under the site's base path. */
export function href(path: string): string {
	return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
}

/** The URL of a lesson section given as `slug#anchor`. */
export function lessonHref(lesson: string, base = href('/lessons/')): string {
	const [slug = '', anchor] = lesson.split('#');
	return `${base}${slug}/${anchor ? `#${anchor}` : ''}`;
}
