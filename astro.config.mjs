// Wiring only: integrations and Markdown options. App logic lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
	site: 'https://fargate-drill.example',
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx()],
	devToolbar: { enabled: false },
	security: {
		// Hash-based CSP in a <meta> on every page. Scripts: only Astro's hashed bundles and
		// inline scripts, plus 'self' modules; 'wasm-unsafe-eval' lets Pagefind start its
		// WebAssembly search engine (no JavaScript eval is allowed).
		// Styles: the one documented exception. Mermaid writes a <style> element and style
		// attributes into every SVG it renders (their content depends on the diagram and theme,
		// so they cannot be hashed ahead of time), and Shiki colours code with style attributes.
		// So style-src-elem and style-src-attr allow 'unsafe-inline'; script-src never does.
		// (Astro still warns that Shiki needs inline styles: the attribute rule above covers it.)
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
		// Mermaid fences stay as plain code blocks; src/components/mdx/fd-diagram.ts renders them.
		syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
		shikiConfig: {
			themes: { light: 'github-light-default', dark: 'github-dark-default' },
			defaultColor: false,
		},
	},
});
