/**
 * Builds the Pagefind search index at the end of every `astro build` (`npm run build`,
 * `npx astro build`, the fixture build), so no way of building leaves site search without an
 * index. Pagefind's Node API runs the `pagefind_extended` binary when it is installed (it is
 * what the `pagefind` package installs for Linux, macOS and Windows): the extended build
 * segments Japanese text into words, which the plain build cannot.
 *
 * The index stores page URLs relative to the output directory (`/lessons/x/`); the search page
 * adds the base path when it asks for results (Pagefind's `baseUrl` option, see
 * src/components/search/fd-site-search.ts), so the same index works under any base.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Throws with Pagefind's own messages when a step reports errors. */
function check(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'fd-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				try {
					const { index, errors } = await pagefind.createIndex();
					check('createIndex', errors);
					if (!index) throw new Error('Pagefind createIndex returned no index');
					const added = await index.addDirectory({ path: site });
					check('addDirectory', added.errors);
					const written = await index.writeFiles({
						outputPath: fileURLToPath(new URL('pagefind/', dir)),
					});
					check('writeFiles', written.errors);
					const ms = Math.round(performance.now() - started);
					logger.info(`read ${added.page_count} HTML files in ${ms} ms → ${written.outputPath}`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
