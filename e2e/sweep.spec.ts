/**
 * The page sweep: every built page, in light and dark theme, loads with no console error and
 * no failed request, and axe (WCAG 2.2 A/AA) finds no violation; every internal link and
 * #fragment resolves. Pages come from dist/, so new pages are covered automatically.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, brokenLinks } from './pages.ts';
import { watchPage } from './watch.ts';

const pages = builtPages();
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('the build has the pages of every route', () => {
	for (const path of ['/', '/lessons/', '/glossary/', '/quizzes/', '/search/', '/instructors/', '/404.html']) {
		expect(pages, `missing ${path}`).toContain(path);
	}
});

test('every internal link and #fragment resolves', () => {
	const broken = pages.flatMap((p) => brokenLinks(p));
	expect(broken).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		test.use({ colorScheme: theme });
		for (const path of pages) {
			test(`${path} loads cleanly and passes axe`, async ({ page }) => {
				const problems = watchPage(page);
				await page.goto(path, { waitUntil: 'load' });
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
				const violations = results.violations.map(
					(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
				);
				expect(violations, `axe on ${path}`).toEqual([]);
				expect(problems(), `console errors / failed requests on ${path}`).toEqual([]);
			});
		}
	});
}
