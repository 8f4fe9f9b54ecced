/**
 * Registers the service worker (src/integrations/sw.js) for offline study, after the page has
 * loaded so it never competes with the page for the network. Production builds only: the dev
 * server has no sw.js. A browser without service workers, or one that refuses (private mode,
 * blocked by policy), simply stays online-only: nothing is reported to the learner.
 * The base is read from import.meta.env.BASE_URL directly rather than through url() (the one
 * exception): this runs on every page, and the home page's startup JS budget is 2 KB.
 */
export function registerServiceWorker(): void {
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const scope = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const register = () => {
		navigator.serviceWorker.register(`${scope}sw.js`, { scope }).catch(() => undefined);
	};
	if (document.readyState === 'complete') register();
	else window.addEventListener('load', register, { once: true });
}
