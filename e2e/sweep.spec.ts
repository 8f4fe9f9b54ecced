/**
 * The page sweep: every built page, in light and dark theme, loads with no console error and
 * no failed request, and axe (WCAG 2.2 A/AA) finds no violation; every internal link and
 * #fragment resolves. Pages come from dist/, so new pages are covered automatically.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, brokenLinks } from './pages.ts';
import { watchPage } from './watch.ts';

const pages = builtPages();
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

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

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(' | ')}`,
	);
}

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
