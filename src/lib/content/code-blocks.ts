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

/**
 * Tables in lessons and terms: `tabindex="0"`, because a table wider than a phone scrolls
 * sideways in its own box (global.css) rather than breaking words, and a keyboard user must be
 * able to scroll it.
 */
export function scrollTables(): HastPluginDefinition {
	return {
		name: 'fd-scroll-tables',
		element: {
			filter: ['table'],
			visit(node, ctx) {
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
