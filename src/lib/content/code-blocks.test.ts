import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { codeBlocks } from './code-blocks.ts';

const render = (md: string) => markdownToHtml(md, { hastPlugins: [codeBlocks(['mermaid'])] }).html;

describe('codeBlocks (Sätteri hast plugin)', () => {
	it('marks code blocks, with or without a language, as focusable', () => {
		expect(render('```bash\nls\n```')).toContain('<pre class="fd-codeblock" tabindex="0">');
		expect(render('```\nplain\n```')).toContain('<pre class="fd-codeblock" tabindex="0">');
	});

	it('leaves fences for diagrams and inline code alone', () => {
		expect(render('```mermaid\nflowchart LR\n```')).toContain('<pre><code class="language-mermaid">');
		expect(render('`x`')).not.toContain('fd-codeblock');
	});
});
