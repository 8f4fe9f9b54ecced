// Wiring only: integrations and Markdown options. App logic lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { codeBlocks, scrollTables } from './src/lib/content/code-blocks.ts';
import { deployment } from './src/integrations/deployment.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { offline } from './src/integrations/offline.ts';

// Where the site is deployed; both optional, README「デプロイ」. BASE_PATH (e.g. /fargate-drill/
// for a GitHub Pages project site) and SITE_URL (e.g. https://<user>.github.io) are the same as
// Astro's --base and --site flags, which override them.
const base = process.env['BASE_PATH'] || undefined;
const site = process.env['SITE_URL'] || undefined;
// Fences that are not code to read: src/components/fd-diagrams.ts renders Mermaid.
const plainFences = ['mermaid', 'math'];

export default defineConfig({
	...(base ? { base } : {}),
	...(site ? { site } : {}),
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	// deployment(): lesson links under the base path, a sitemap when there is a site URL.
	// pagefindIndex(): the site search index, written into the output by every build.
	// offline(): the service worker (sw.js) that precaches the output, Pagefind's index included,
	// so it comes last.
	integrations: [deployment(), mdx(), pagefindIndex(), offline()],
	devToolbar: { enabled: false },
	security: {
		// Hash-based CSP in a <meta> on every page. Scripts: only Astro's hashed bundles and
		// inline scripts, plus 'self' modules; 'wasm-unsafe-eval' lets Pagefind start its
		// WebAssembly search engine (no JavaScript eval is allowed).
		// Styles: the one documented exception. Mermaid writes a <style> element and style
		// attributes into every SVG it renders (their content depends on the diagram and theme,
		// so they cannot be hashed ahead of time). So style-src-elem and style-src-attr allow
		// 'unsafe-inline'; script-src never does. Code blocks need neither: Prism highlights
		// with classes (Shiki would write colours into style attributes).
		csp: {
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: {
				resources: [
					{ resource: "'self'", kind: 'element' },
					{ resource: "'unsafe-inline'", kind: 'element' },
					{ resource: "'unsafe-inline'", kind: 'attribute' },
				],
			},
		},
	},
	markdown: {
		// Prism colours tokens with classes (src/styles/global.css), so code blocks carry no
		// inline styles under the CSP.
		syntaxHighlight: { type: 'prism', excludeLangs: plainFences },
		// Sätteri, Astro's Markdown processor (it compiles MDX too), with our hast plugins;
		// deployment() adds the base-path link plugin when the site has a base path.
		processor: satteri({ hastPlugins: [codeBlocks(plainFences), scrollTables()] }),
	},
	vite: {
		build: {
			// Mermaid's diagram engine ships as chunks of up to 1.5 MB (ELK layout, cytoscape)
			// that a page fetches only when one of its diagrams needs them; what a page really
			// loads is held to budgets in e2e/budgets.spec.ts. So no 500 kB size warning.
			chunkSizeWarningLimit: 2000,
			rolldownOptions: {
				onLog(level, log, handler) {
					// Astro marks MDX modules with a "use astro:head-inject" directive that its
					// own plugin reads before bundling; Rolldown warns that it drops the
					// directive from the bundle, which is harmless (withastro/astro#18087).
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
						return;
					handler(level, log);
				},
			},
		},
	},
});
