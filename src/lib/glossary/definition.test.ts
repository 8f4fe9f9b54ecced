import { describe, expect, it } from 'vitest';
import { definitionText } from './definition.ts';
import { renderInlineMarkdown } from '../markdown.ts';

describe('term definitions', () => {
	const def = 'コンテナ定義の `logConfiguration` で指定します。';
	it('render with code spans on pages, raw HTML kept as text', () => {
		expect(renderInlineMarkdown(def)).toBe(
			'コンテナ定義の <code>logConfiguration</code> で指定します。',
		);
		expect(renderInlineMarkdown('a <b>b</b>')).toBe('a &lt;b&gt;b&lt;/b&gt;');
	});
	it('drop the backticks for plain-text uses', () => {
		expect(definitionText(def)).toBe('コンテナ定義の logConfiguration で指定します。');
		expect(definitionText('`ip` と `awsvpc`')).toBe('ip と awsvpc');
	});
});
