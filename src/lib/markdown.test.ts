import { describe, expect, it, vi } from 'vitest';
import { renderInlineMarkdown, renderMarkdown } from './markdown.ts';

describe('bank Markdown', () => {
	it('renders code, lists and tables', () => {
		const html = renderMarkdown(
			'`awsvpc` と\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n```json\n{"a":1}\n```',
		);
		expect(html).toContain('<code>awsvpc</code>');
		expect(html).toContain('<li>a</li>');
		expect(html).toContain('<table>');
		expect(html).toContain('<pre><code class="language-json">');
	});
	it.each([
		['<script>alert(1)</script>', '<script>'],
		['<img src=x onerror="alert(1)">', '<img'],
		['<a href="#" onclick="alert(1)">x</a>', '<a href="#"'],
		['[x](javascript:alert(1))', 'href="javascript:'],
		['[x](JAVASCRIPT:alert(1))', 'href="JAVASCRIPT:'],
		['[x](vbscript:msgbox(1))', 'href="vbscript:'],
		['[x](data:text/html;base64,PHNjcmlwdD4=)', 'href="data:'],
	])('renders %s inert', (input, forbidden) => {
		const html = renderMarkdown(input) + renderInlineMarkdown(input);
		expect(html).not.toContain(forbidden);
	});
	it('keeps https links, without opener', () => {
		expect(renderInlineMarkdown('[AWS](https://docs.aws.amazon.com/)')).toBe(
			'<a href="https://docs.aws.amazon.com/" rel="noopener noreferrer">AWS</a>',
		);
	});
	it('moves site links under the base path the build uses', async () => {
		expect(renderInlineMarkdown('[x](/lessons/networking/)')).toBe(
			'<a href="/lessons/networking/">x</a>',
		);
		vi.stubEnv('BASE_URL', '/fargate-drill/');
		vi.resetModules();
		try {
			const based = await import('./markdown.ts');
			expect(based.renderInlineMarkdown('[x](/lessons/networking/#a) [y](#b)')).toBe(
				'<a href="/fargate-drill/lessons/networking/#a">x</a> <a href="#b">y</a>',
			);
		} finally {
			vi.unstubAllEnvs();
			vi.resetModules();
		}
	});
});
