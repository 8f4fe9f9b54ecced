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

for (const path of pages) {
	test(`${path} loads cleanly and passes axe in light and dark`, async ({ page }) => {
		const problems = watchPage(page);
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(path, { waitUntil: 'load' });
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		expect(await axeViolations(page), `axe (light) on ${path}`).toEqual([]);
		// The theme follows the system by default: switching the media query switches the theme.
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await axeViolations(page), `axe (dark) on ${path}`).toEqual([]);
		expect(problems(), `console errors / failed requests / CSP on ${path}`).toEqual([]);
	});
}
