/** Collects console errors, page errors, failed requests and CSP violations on a page. */
import type { Page, Request } from '@playwright/test';

export function watchPage(page: Page): () => string[] {
	const problems: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
	// A navigation cancels what the page it leaves was still loading (the browser fetches the
	// favicon after the load event, so a test that moves on at once races it, and may even
	// request it after the next navigation has started): ERR_ABORTED on a request made before
	// the latest main-frame navigation committed is not the site's fault.
	let navigations = 0;
	let committing = false;
	const madeDuring = new WeakMap<Request, number>();
	page.on('request', (req) => {
		if (req.isNavigationRequest() && req.frame() === page.mainFrame()) {
			navigations++;
			committing = true;
		}
		madeDuring.set(req, committing ? -1 : navigations);
	});
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) committing = false;
	});
	page.on('requestfailed', (req) => {
		const error = req.failure()?.errorText ?? '';
		if (
			error === 'net::ERR_ABORTED' &&
			!req.isNavigationRequest() &&
			madeDuring.get(req) !== navigations
		)
			return;
		problems.push(`request failed: ${req.url()} (${error})`);
	});
	page.on('response', (res) => {
		if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
	});
	// CSP violations also reach the console, but the event names the directive precisely.
	void page
		.exposeFunction('__fdCspViolation', (text: string) => problems.push(`CSP: ${text}`))
		.catch(() => {});
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __fdCspViolation?: (t: string) => void }).__fdCspViolation?.(
				`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`,
			);
		});
	});
	return () => [...problems];
}
