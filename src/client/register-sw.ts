/**
 * Registers the service worker (src/integrations/sw.js) for offline study, after the page has
 * loaded so it never competes with the page for the network. Production builds only: the dev
 * server has no sw.js. A browser without service workers, or one that refuses (private mode,
 * blocked by policy), simply stays online-only: nothing is reported to the learner.
 */
import { url } from '../lib/url.ts';

export function registerServiceWorker(): void {
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const register = () => {
		navigator.serviceWorker.register(url('sw.js'), { scope: url('') }).catch(() => undefined);
	};
	if (document.readyState === 'complete') register();
	else window.addEventListener('load', register, { once: true });
}
