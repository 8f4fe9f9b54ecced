import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { codeBlocks, scrollTables } from './code-blocks.ts';

const render = async (md: string) =>
	(await markdownToHtml(md, { hastPlugins: [codeBlocks(['mermaid'])] })).html;

describe('codeBlocks (Sätteri hast plugin)', () => {
	it('marks code blocks, with or without a language, as focusable', async () => {
		const focusable = '<pre class="fd-codeblock" tabindex="0">';
		expect(await render('```bash\nls\n```')).toContain(focusable);
		expect(await render('```\nplain\n```')).toContain(focusable);
	});

	it('leaves fences for diagrams (out of site search only) and inline code alone', async () => {
		const diagram = await render('```mermaid\nflowchart LR\n```');
		expect(diagram).toContain('<pre data-pagefind-ignore=""><code class="language-mermaid">');
		expect(await render('`x`')).not.toContain('fd-codeblock');
	});
});

describe('scrollTables (Sätteri hast plugin)', () => {
	it('makes tables focusable scroll boxes and keeps katakana words whole', async () => {
		const md = '| a | b |\n| - | - |\n| 全タスクの順 | **サービス** x |\n';
		const { html } = await markdownToHtml(md, { gfm: true, hastPlugins: [scrollTables()] });
		expect(html).toContain('<table class="fd-scroll-table" tabindex="0">');
		expect(html).toContain('全<span class="fd-nowrap">タスク</span>の順');
		expect(html).toContain('<strong><span class="fd-nowrap">サービス</span></strong>');
	});
});
