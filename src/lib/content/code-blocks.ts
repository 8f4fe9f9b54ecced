/**
 * Build-time Markdown plugin (Sätteri hast, like base-links.ts) for fenced code blocks: each
 * one gets `class="fd-codeblock"` (CodeCopy.astro adds its copy button to those) and
 * `tabindex="0"`, so a keyboard user can scroll a long line sideways. Fences in `plain`
 * (Mermaid diagrams, which src/components/fd-diagrams.ts replaces) only get
 * `data-pagefind-ignore` (their source is not text for site search).
 */
import type { HastPluginDefinition } from 'satteri';

const LANGUAGE = /^language-(.+)$/;

/** The plugin; `plain` lists the fence languages that are not code to read (e.g. mermaid). */
export function codeBlocks(plain: readonly string[]): HastPluginDefinition {
	return {
		name: 'fd-code-blocks',
		element: {
			filter: ['pre'],
			visit(node, ctx) {
				const code = node.children.find((c) => c.type === 'element' && c.tagName === 'code');
				if (code?.type !== 'element') return;
				const classes = code.properties['className'];
				const lang = Array.isArray(classes)
					? classes.map((c) => LANGUAGE.exec(c)?.[1]).find(Boolean)
					: undefined;
				if (lang && plain.includes(lang)) {
					// Diagram source is not text to quote in site search results.
					ctx.setProperty(node, 'dataPagefindIgnore', '');
					return;
				}
				const own = node.properties['className'];
				ctx.setProperty(node, 'className', [
					...(Array.isArray(own) ? own.map(String) : []),
					'fd-codeblock',
				]);
				ctx.setProperty(node, 'tabIndex', 0);
			},
		},
	};
}

/** A katakana word (2+ characters, ー included). */
const KATAKANA_WORD = /[\p{Script=Katakana}ー]{2,}/gu;

type HastNode = Parameters<NonNullable<Extract<HastPluginDefinition['text'], object>>>[0];

/**
 * Splits a text node's katakana words into `<span class="fd-nowrap">` (white-space: nowrap):
 * Chromium's phrase breaking still split 「タスク」 at a line end in a narrow cell.
 */
function keepKatakanaWords(
	node: { type: string; children?: unknown[]; value?: string },
	ctx: Parameters<Extract<HastPluginDefinition['element'], { visit: unknown }>['visit']>[1],
): void {
	if (node.type === 'text') {
		const text = node.value ?? '';
		const parts: ({ type: 'text'; value: string } | object)[] = [];
		let last = 0;
		for (const m of text.matchAll(KATAKANA_WORD)) {
			if (m.index > last) parts.push({ type: 'text', value: text.slice(last, m.index) });
			parts.push({
				type: 'element',
				tagName: 'span',
				properties: { className: ['fd-nowrap'] },
				children: [{ type: 'text', value: m[0] }],
			});
			last = m.index + m[0].length;
		}
		if (parts.length === 0) return;
		if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
		ctx.replaceNode(node as unknown as HastNode, parts as never);
		return;
	}
	if (node.type === 'element')
		for (const child of node.children ?? [])
			keepKatakanaWords(child as { type: string; children?: unknown[] }, ctx);
}

/**
 * Tables in lessons and terms: `tabindex="0"`, because a table wider than a phone scrolls
 * sideways in its own box (global.css) rather than breaking words, and a keyboard user must be
 * able to scroll it; katakana words in cells never break (keepKatakanaWords).
 */
export function scrollTables(): HastPluginDefinition {
	return {
		name: 'fd-scroll-tables',
		element: {
			filter: ['table'],
			visit(node, ctx) {
				keepKatakanaWords(node, ctx);
				const own = node.properties['className'];
				ctx.setProperty(node, 'className', [
					...(Array.isArray(own) ? own.map(String) : []),
					'fd-scroll-table',
				]);
				ctx.setProperty(node, 'tabIndex', 0);
			},
		},
	};
}
