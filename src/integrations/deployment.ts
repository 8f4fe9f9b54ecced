/**
 * What changes with where the site is deployed, decided from the final config: Astro's
 * `--base` / `--site` CLI flags override astro.config.mjs, so the config file alone cannot know
 * the base the build uses, but an integration's `astro:config:setup` hook sees it.
 *
 * - Base path: lessons' Markdown links (`](/lessons/x/)`) get the base at build time
 *   (src/lib/content/base-links.ts), through Sätteri, Astro 7's Markdown processor, which
 *   also compiles MDX.
 * - Site URL: with one, @astrojs/sitemap writes sitemap-index.xml. Without one the sitemap is
 *   left out (the integration would only warn that it needs `site`).
 */
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { isSatteriProcessor, satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from '../lib/content/base-links.ts';
import { normalizeBase } from '../lib/url.ts';

export function deployment(): AstroIntegration {
	return {
		name: 'fd-deployment',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const base = normalizeBase(config.base);
				if (base !== '/') {
					const processor = config.markdown.processor;
					if (!isSatteriProcessor(processor)) {
						throw new Error(
							`fd-deployment: lesson links need the Sätteri Markdown processor to get the base path; markdown.processor is "${processor.name}"`,
						);
					}
					const { options } = processor;
					updateConfig({
						markdown: {
							processor: satteri({
								...options,
								hastPlugins: [...options.hastPlugins, baseLinks(base)],
							}),
						},
					});
				}
				if (config.site) updateConfig({ integrations: [sitemap()] });
			},
		},
	};
}
