/**
 * The page sweep: every built page, in light and dark theme, loads with no console error and
 * no failed request, and axe (WCAG 2.2 A/AA) finds no violation; every internal link and
 * #fragment resolves. Pages come from dist/, so new pages are covered automatically.
 */
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { builtPages, brokenLinks } from './pages.ts';
import { watchPage } from './watch.ts';

const pages = builtPages();

test('the build has the pages of every route', () => {
	for (const path of [
		'/',
		'/lessons/',
		'/glossary/',
		'/quizzes/',
		'/search/',
		'/instructors/',
		'/404.html',
	]) {
		expect(pages, `missing ${path}`).toContain(path);
	}
});

test('every internal link and #fragment resolves', () => {
	const broken = pages.flatMap((p) => brokenLinks(p));
	expect(broken).toEqual([]);
});

/**
 * Pages per test. One page object visits the batch in turn: the browser keeps axe-core's
 * compiled code between same-site navigations (a fresh context per page compiled its 600 kB
 * again every time: 1.45 s a glossary page alone, 0.46 s in a batch). Failures are soft, so
 * every page of a batch is checked and each failure names its page.
 */
const BATCH = 12;

for (let i = 0; i < pages.length; i += BATCH) {
	const batch = pages.slice(i, i + BATCH);
	test(`${batch[0]} … ${batch.at(-1)} (${batch.length} pages) load cleanly and pass axe in light and dark`, async ({
		page,
	}) => {
		test.setTimeout(180_000);
		const problems = watchPage(page);
		for (const path of batch) {
			const before = problems().length;
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(path, { waitUntil: 'load' });
			await expect.soft(page.locator('html'), path).toHaveAttribute('data-theme', 'light');
			expect.soft(await axeViolations(page), `axe (light) on ${path}`).toEqual([]);
			// The theme follows the system by default: switching the media query switches the theme.
			await page.emulateMedia({ colorScheme: 'dark' });
			await expect.soft(page.locator('html'), path).toHaveAttribute('data-theme', 'dark');
			expect.soft(await axeViolations(page), `axe (dark) on ${path}`).toEqual([]);
			expect
				.soft(problems().slice(before), `console errors / failed requests / CSP on ${path}`)
				.toEqual([]);
		}
	});
}
