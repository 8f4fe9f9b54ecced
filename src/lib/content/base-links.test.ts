import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { baseLinks } from './base-links.ts';

const source = [
	'[ネットワーク](/lessons/networking/) と [節](/lessons/storage/#efs)',
	'',
	'[参照リンク][ref]、[外部](https://aws.amazon.com/fargate/)、[同じページ](#top)、[相対](../x/)',
	'',
	'[ref]: /glossary/task/',
].join('\n');

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe('baseLinks (Sätteri hast plugin)', () => {
	it('moves root-relative links under the base and leaves every other link alone', async () => {
		const { html } = await markdownToHtml(source, { hastPlugins: [baseLinks('/fargate-drill/')] });
		expect(hrefs(html)).toEqual([
			'/fargate-drill/lessons/networking/',
			'/fargate-drill/lessons/storage/#efs',
			'/fargate-drill/glossary/task/',
			'https://aws.amazon.com/fargate/',
			'#top',
			'../x/',
		]);
	});

	it('changes nothing at the root base', async () => {
		const plain = markdownToHtml(source).html;
		const { html } = await markdownToHtml(source, { hastPlugins: [baseLinks('/')] });
		expect(html).toBe(plain);
	});

	it('rewrites links in MDX too (lessons are .mdx)', async () => {
		const mdx = 'import X from "./x";\n\n<X /> [ネットワーク](/lessons/networking/)\n';
		const { code } = await mdxToJs(mdx, { hastPlugins: [baseLinks('/fargate-drill')] });
		expect(code).toContain('"/fargate-drill/lessons/networking/"');
		expect(code).not.toContain('"/lessons/networking/"');
	});
});
