/**
 * The web app manifest: lets a learner install the site on a phone's home screen and study
 * offline (the service worker, src/integrations/sw.js). Every URL goes through url(), so an
 * installed app opens under the site's base path.
 */
import type { APIRoute } from 'astro';
import { t } from '~/i18n';
import { url } from '~/lib/url.ts';

/** The brand colour of favicon.svg, also the install splash and title bar colour. */
const BRAND = '#8a3f00';

export const GET: APIRoute = () => {
	const manifest = {
		name: t('site.name'),
		short_name: t('site.name'),
		description: t('site.description'),
		lang: 'ja',
		dir: 'ltr',
		start_url: url(''),
		scope: url(''),
		id: url(''),
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: BRAND,
		icons: [
			{ src: url('favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
			{ src: url('icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: url('icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
			{
				src: url('icon-maskable-192.png'),
				sizes: '192x192',
				type: 'image/png',
				purpose: 'maskable',
			},
			{
				src: url('icon-maskable-512.png'),
				sizes: '512x512',
				type: 'image/png',
				purpose: 'maskable',
			},
		],
	};
	return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
	});
};
