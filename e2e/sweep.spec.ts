/**
 * The page sweep: every built page, in light and dark theme, loads with no console error and
 * no failed request, and axe (WCAG 2.2 A/AA) finds no violation; every internal link and
 * #fragment resolves. Pages come from dist/, so new pages are covered automatically.
 */
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { builtPages, brokenLinks, inBatches } from './pages.ts';
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

// Twelve pages per test (inBatches): axe-core stays compiled between them (1.45 s a glossary
// page in a fresh context, 0.46 s in a batch). Failures are soft, so every page of a batch is
// checked and each failure names its page.
for (const batch of inBatches(pages, 12)) {
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
