/** Counts the requests a page makes on load, in Chromium driven by Playwright. */
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
/** The network here is closed: Chromium's background services would only add failed requests. */
export const CHROMIUM_ARGS = [
	...(isRoot ? ['--no-sandbox'] : []),
	'--disable-background-networking',
	'--disable-component-update',
];

/** Same viewport as Lighthouse's mobile emulation, so lazy loading triggers the same way. */
const VIEWPORT = { width: 412, height: 823 };

export interface RequestCount {
	/** Requests started before the load event (document included). */
	atLoad: number;
	/** Requests once the network was idle for 500 ms after load (lazy loads near the viewport included). */
	afterIdle: number;
	/** afterIdle split by resource type (document, script, stylesheet, fetch, image, font…). */
	byType: Record<string, number>;
	/** Requests that failed or answered ≥ 400, as "status url". */
	failed: string[];
}

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Loads `url` in a fresh context (empty cache) and counts its requests. */
export async function countRequests(browser: Browser, url: string): Promise<RequestCount> {
	const context = await browser.newContext({ viewport: VIEWPORT, locale: 'ja-JP' });
	try {
		const page = await context.newPage();
		const types: string[] = [];
		const failed: string[] = [];
		page.on('request', (r) => types.push(r.resourceType()));
		page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
		});
		await page.goto(url, { waitUntil: 'load' });
		const atLoad = types.length;
		await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
		const byType: Record<string, number> = {};
		for (const t of types) byType[t] = (byType[t] ?? 0) + 1;
		return { atLoad, afterIdle: types.length, byType, failed };
	} finally {
		await context.close();
	}
}
