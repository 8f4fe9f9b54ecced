/**
 * Build-time Markdown plugin: moves the site-internal links that lessons write root-relative
 * (`[ネットワーク](/lessons/networking/)`) under the base path the site is built for, so they
 * work on a GitHub Pages project site (`/fargate-drill/lessons/networking/`). Authors keep
 * writing `/lessons/<slug>/`, and the content check (integrity.ts `lessonLinks`) keeps reading
 * that form from the source to prove every lesson link resolves.
 *
 * It is a Sätteri hast plugin (Astro 7's default Markdown processor, which also compiles MDX):
 * Sätteri runs its own plugins, not remark/rehype ones, so a rehype plugin would mean swapping
 * the whole Markdown pipeline for `unified()` from @astrojs/markdown-remark. Wired in
 * astro.config.mjs through `markdown.processor: satteri({ hastPlugins: [...] })`.
 */
import type { HastPluginDefinition } from 'satteri';
import { rebaseHref } from '../url.ts';

/** Rewrites the `href` of every Markdown link `<a>` with {@link rebaseHref}. */
export function baseLinks(base: string): HastPluginDefinition {
	return {
		name: 'fd-base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties['href'];
				if (typeof href !== 'string') return;
				const rebased = rebaseHref(base, href);
				if (rebased !== href) ctx.setProperty(node, 'href', rebased);
			},
		},
	};
}
