/**
 * The site shell: theme without a flash of the wrong theme, the theme switch, skip link,
 * focus ring, print stylesheet, and every page usable at 360 px and at 200 % zoom without
 * horizontal scrolling.
 */
import { test, expect, type Page } from '@playwright/test';
import { builtPages } from './pages.ts';

test('a stored dark theme applies before first paint', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('fd:theme:v1', 'dark'));
	// Record the theme the first time the body exists, before any bundled module runs.
	await page.addInitScript(() => {
		new MutationObserver((_, obs) => {
			if (document.querySelector('body')) {
				(window as unknown as { firstTheme: string | undefined }).firstTheme =
					document.documentElement.dataset['theme'];
				obs.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/');
	expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe(
		'dark',
	);
	await expect(page.getByLabel('テーマ')).toHaveValue('dark');
});

test('the theme switch follows the system, light or dark, and remembers the choice', async ({
	page,
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.getByLabel('テーマ').selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await page.getByLabel('テーマ').selectOption('system');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(bg).toBe('rgb(15, 20, 25)');
});

test('skip link moves focus to the main content; focus is visible', async ({ page }) => {
	await page.goto('/lessons/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: '本文へ移動' });
	await expect(skip).toBeFocused();
	const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).toBe('solid');
	await page.keyboard.press('Enter');
	await expect(page.locator('main#main')).toBeFocused();
});

test('lessons print without the site chrome', async ({ page }) => {
	const lesson = builtPages().find((p) => p.startsWith('/lessons/') && p !== '/lessons/')!;
	await page.goto(lesson);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.fd-header')).toBeHidden();
	await expect(page.locator('footer.fd-footer')).toBeHidden();
	await expect(page.locator('h1')).toBeVisible();
});

test.describe('narrow screens and zoom', () => {
	const pages = builtPages();
	for (const [label, viewport, zoom] of [
		['360 px', { width: 360, height: 740 }, 1],
		['200 % zoom', { width: 1280, height: 800 }, 2],
	] as const) {
		test(`every page fits at ${label} without horizontal scrolling`, async ({ browser }) => {
			test.setTimeout(300_000);
			// 200 % zoom on a 1280 px window lays pages out at 640 CSS px.
			const context = await browser.newContext({
				viewport: { width: viewport.width / zoom, height: viewport.height / zoom },
				deviceScaleFactor: zoom,
			});
			const page = await context.newPage();
			const overflowing: string[] = [];
			for (const path of pages) {
				await page.goto(path, { waitUntil: 'domcontentloaded' });
				const over = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				if (over > 1) overflowing.push(`${path} (+${over}px)`);
			}
			await context.close();
			expect(overflowing).toEqual([]);
		});
	}
});

/**
 * Sums layout shifts without recent input from the next navigation on (as Chrome's CLS counts
 * them) and returns a reader of the sum.
 */
async function watchLayoutShift(page: Page): Promise<() => Promise<number>> {
	await page.addInitScript(() => {
		const w = window as unknown as { fdCls: number };
		w.fdCls = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[])
				if (!e.hadRecentInput) w.fdCls += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	return () => page.evaluate(() => (window as unknown as { fdCls: number }).fdCls);
}

test.describe('layout stability', () => {
	test.use({ viewport: { width: 412, height: 823 } });
	for (const path of [
		'/',
		'/lessons/',
		'/lessons/design-patterns/',
		'/glossary/',
		'/glossary/fargate/',
		'/quizzes/networking/',
	]) {
		test(`${path}: cumulative layout shift stays below 0.02, diagrams included`, async ({
			page,
		}) => {
			const cls = await watchLayoutShift(page);
			await page.goto(path, { waitUntil: 'networkidle' });
			// Read to the end the way a reader does, a wheel step at a time (long lessons lay out
			// their later blocks as they come near: global.css), so every diagram renders while
			// the page is watched.
			await page.mouse.move(200, 400);
			for (;;) {
				const y = await page.evaluate(() => scrollY);
				const end = await page.evaluate(
					() => scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
				);
				if (end) break;
				await page.mouse.wheel(0, 600);
				await page.waitForFunction((before) => scrollY !== before, y);
			}
			const figures = page.locator('figure.fd-diagram');
			for (let i = 0; i < (await figures.count()); i++)
				await expect(figures.nth(i)).toHaveAttribute('data-state', 'rendered');
			expect(await cls()).toBeLessThan(0.02);
		});
	}

	test('a reload or Back lays a long lesson out whole, so the browser restores the place', async ({
		page,
	}) => {
		const html = page.locator('html');
		await page.goto('/lessons/storage/');
		await expect(html).not.toHaveAttribute('data-fd-eager');
		await page.reload();
		await expect(html).toHaveAttribute('data-fd-eager', '');
		await page.goto('/glossary/');
		await page.goto('/lessons/storage/');
		await expect(html).not.toHaveAttribute('data-fd-eager');
		await page.goto('/glossary/');
		await page.goBack();
		await expect(html).toHaveAttribute('data-fd-eager', '');
	});

	test('a lesson opened at a late #section lands on it and nothing shifts', async ({ page }) => {
		await page.goto('/lessons/design-patterns/');
		const id = await page.locator('.fd-prose > h2').last().getAttribute('id');
		await page.goto('about:blank');
		const cls = await watchLayoutShift(page);
		await page.goto(`/lessons/design-patterns/#${id}`, { waitUntil: 'networkidle' });
		const heading = page.locator(`[id="${id}"]`);
		await expect(heading).toBeInViewport();
		const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(-1);
		expect(top).toBeLessThan(200);
		expect(await cls()).toBeLessThan(0.02);
	});
});
