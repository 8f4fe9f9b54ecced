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
	markdown: {
		// Mermaid fences stay as plain code blocks; src/components/mdx/fd-diagram.ts renders them.
		syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
		shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
	},
});
