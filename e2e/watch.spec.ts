/**
 * The page watcher every other spec relies on: it must report what goes wrong on the page under
 * test, and only that. A request the browser cancels because the test navigated away (the
 * favicon, fetched after the load event, is the usual one) is not the site's fault.
 */
import { test, expect } from '@playwright/test';
import { watchPage } from './watch.ts';

test('the watcher reports failures of the current page, not requests a navigation cancelled', async ({
	page,
}) => {
	const problems = watchPage(page);
	// Held unanswered, so it is still in flight when the test moves on.
	let held = 0;
	await page.route('**/held-request.txt', () => {
		held++;
	});
	await page.goto('/');
	const pending = page.waitForEvent('requestfailed', (req) =>
		req.url().endsWith('/held-request.txt'),
	);
	await page.evaluate(() => void fetch('/held-request.txt').catch(() => {}));
	await expect.poll(() => held).toBe(1);
	await page.goto('/lessons/');
	expect((await pending).failure()?.errorText).toBe('net::ERR_ABORTED');
	// A real failure on the current page is still reported.
	await page.evaluate(() =>
		fetch('/no-such-file.txt').then(
			() => {},
			() => {},
		),
	);
	await expect
		.poll(() =>
			problems().some((p) => p.startsWith('HTTP 404:') && p.endsWith('/no-such-file.txt')),
		)
		.toBe(true);
	expect(problems().filter((p) => p.includes('held-request'))).toEqual([]);
});
