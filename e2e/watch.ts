/** Collects console errors, page errors, failed requests and CSP violations on a page. */
import type { Page } from '@playwright/test';

export function watchPage(page: Page): () => string[] {
	const problems: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
	page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? ''})`));
	page.on('response', (res) => {
		if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
	});
	// CSP violations also reach the console, but the event names the directive precisely.
	void page.exposeFunction('__fdCspViolation', (text: string) => problems.push(`CSP: ${text}`)).catch(() => {});
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __fdCspViolation?: (t: string) => void }).__fdCspViolation?.(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
		});
	});
	return () => [...problems];
}
