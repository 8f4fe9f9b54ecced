/**
 * Markdown for bank text (stems, options, explanations), rendered at build time.
 * Raw HTML is off (`<script>` and event-handler attributes come out as text) and markdown-it's
 * link validation drops `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// External links open normally but never get a window.opener.
const defaultLinkOpen =
	md.renderer.rules['link_open'] ??
	((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
	const token = tokens[idx]!;
	const href = String(token.attrGet('href') ?? '');
	if (/^https?:/i.test(href)) token.attrSet('rel', 'noopener noreferrer');
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
