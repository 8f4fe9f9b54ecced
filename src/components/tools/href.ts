/**
 * Lesson links for the tools: `lessonHref('security#…')` turns a rule's `slug#anchor` into the
 * lesson section's URL, through the site's URL helper (src/lib/url.ts).
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */
import { url } from '../../lib/url.ts';

/** The URL of a lesson section given as `slug#anchor`. */
export function lessonHref(lesson: string, base = url('lessons/')): string {
	const [slug = '', anchor] = lesson.split('#');
	return `${base}${slug}/${anchor ? `#${anchor}` : ''}`;
}
