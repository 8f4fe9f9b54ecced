/**
 * Markdown for bank text (stems, options, explanations) and glossary definitions, rendered at
 * build time.
 * Raw HTML is off (`<script>` and event-handler attributes come out as text) and markdown-it's
 * link validation drops `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs.
 */
import MarkdownIt from 'markdown-it';
import { BASE, rebaseHref } from './url.ts';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// External links open normally but never get a window.opener. Site links written
// root-relative (`/lessons/x/`) move under the base path, as in lessons.
const defaultLinkOpen =
	md.renderer.rules['link_open'] ??
	((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
	const token = tokens[idx];
	const href = String(token?.attrGet('href') ?? '');
	if (/^https?:/i.test(href)) token?.attrSet('rel', 'noopener noreferrer');
	else token?.attrSet('href', rebaseHref(BASE, href));
	return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Block Markdown → safe HTML. */
export function renderMarkdown(text: string): string {
	return md.render(text);
}

/** Inline Markdown (option texts) → safe HTML without a wrapping <p>. */
export function renderInlineMarkdown(text: string): string {
	return md.renderInline(text);
}
