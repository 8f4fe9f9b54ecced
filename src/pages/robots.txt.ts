/** `robots.txt`: everything may be crawled; with a site URL it names the sitemap too. */
import type { APIRoute } from 'astro';
import { url } from '~/lib/url.ts';

export const GET: APIRoute = ({ site }) => {
	const lines = ['User-agent: *', 'Allow: /'];
	if (site) lines.push('', `Sitemap: ${new URL(url('sitemap-index.xml'), site).href}`);
	return new Response(`${lines.join('\n')}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
