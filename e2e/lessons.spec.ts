/**
 * Lessons: every Mermaid diagram renders to an SVG in light and dark theme, re-renders on a
 * theme switch, loads mermaid lazily, and a broken diagram shows a readable error in place.
 * Progress ("学習済みにする") and site search.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { readFileSync } from 'node:fs';
import { builtPages, fileForPath, inBatches } from './pages.ts';
import { watchPage } from './watch.ts';

const lessonPages = builtPages().filter((p) => /^\/lessons\/[^/]+\/$/.test(p));
const diagramCount = (path: string) =>
	(readFileSync(fileForPath(path)!, 'utf8').match(/class="language-mermaid"/g) ?? []).length;
const withDiagrams = lessonPages.filter((p) => diagramCount(p) > 0);

async function renderAll(page: Page) {
	const figures = page.locator('figure.fd-diagram');
	const n = await figures.count();
	for (let i = 0; i < n; i++) {
		await figures.nth(i).scrollIntoViewIfNeeded();
		await expect(figures.nth(i)).toHaveAttribute('data-state', /rendered|error/, {
			timeout: 20_000,
		});
	}
	return n;
}

test('the course has at least 16 diagrams', () => {
	expect(withDiagrams.reduce((sum, p) => sum + diagramCount(p), 0)).toBeGreaterThanOrEqual(16);
});

for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		test.use({ colorScheme: theme });
		// Four lessons per test: mermaid stays compiled between them (inBatches).
		for (const batch of inBatches(withDiagrams, 4)) {
			test(`${batch.join(' ')}: every diagram renders to an accessible SVG`, async ({ page }) => {
				test.setTimeout(120_000);
				const problems = watchPage(page);
				for (const path of batch) {
					const before = problems().length;
					await page.goto(path);
					const n = await renderAll(page);
					expect.soft(n, path).toBe(diagramCount(path));
					await expect
						.soft(page.locator('figure.fd-diagram[data-state="error"]'), path)
						.toHaveCount(0);
					const svgs = page.locator('figure.fd-diagram svg');
					await expect.soft(svgs, path).toHaveCount(n);
					for (let i = 0; i < n; i++) {
						await expect.soft(svgs.nth(i).locator('title'), `${path} #${i + 1}`).not.toHaveText('');
						await expect.soft(svgs.nth(i).locator('desc'), `${path} #${i + 1}`).not.toHaveText('');
					}
					// The rendered diagrams themselves pass axe (the page sweep sees most unrendered).
					expect.soft(await axeViolations(page, 'figure.fd-diagram'), path).toEqual([]);
					expect.soft(problems().slice(before), path).toEqual([]);
				}
			});
		}
	});
}

test('mermaid loads only on diagram pages, after first paint, and re-renders on theme switch', async ({
	page,
}) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto('/glossary/');
	expect(requests.some((u) => /mermaid/i.test(u))).toBe(false);
	const path = withDiagrams[0]!;
	await page.goto(path);
	// The source is shown (and space reserved) before mermaid arrives.
	await renderAll(page);
	expect(requests.some((u) => /mermaid\.core/i.test(u))).toBe(true);
	const before = await page.locator('figure.fd-diagram svg').first().innerHTML();
	await page.getByLabel('テーマ').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect
		.poll(async () => page.locator('figure.fd-diagram svg').first().innerHTML())
		.not.toBe(before);
});

test('a diagram opens enlarged in a dialog and Escape closes it', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(withDiagrams[0]!);
	const figure = page.locator('figure.fd-diagram').first();
	await figure.scrollIntoViewIfNeeded();
	await expect(figure).toHaveAttribute('data-state', 'rendered');
	const open = figure.getByRole('button', { name: '図を拡大して表示' });
	await open.click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('svg')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	await expect(open).toBeFocused();
});

test('a diagram that fails to parse shows a readable error in place', async ({ page }) => {
	const path = withDiagrams[0]!;
	await page.route(`**${path}`, async (route) => {
		const res = await route.fetch();
		const html = (await res.text()).replace(
			/(<code class="language-mermaid">)flowchart/,
			'$1flowchart LR\n  A --&gt;&gt;&gt;&gt; [[[\nflowchart',
		);
		await route.fulfill({ response: res, body: html });
	});
	await page.goto(path);
	const first = page.locator('figure.fd-diagram').first();
	await first.scrollIntoViewIfNeeded();
	await expect(first).toHaveAttribute('data-state', 'error');
	await expect(first.getByRole('alert')).toContainText('図を表示できませんでした');
	await expect(first.locator('details pre')).toBeVisible();
});

test('without JavaScript the diagram source is a readable block', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(withDiagrams[0]!);
	const pre = page.locator('pre:has(> code.language-mermaid)').first();
	await expect(pre).toBeVisible();
	await expect(pre).toContainText('accTitle');
	await context.close();
});

test('marking a lesson as learned shows on the lesson list', async ({ page }) => {
	const path = lessonPages[0]!;
	await page.goto(path);
	await page.getByRole('button', { name: '学習済みにする' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'このレッスンは学習済みです' }),
	).toBeVisible();
	await page.goto('/lessons/');
	await expect(page.getByText(`1 / ${lessonPages.length} レッスン学習済み`)).toBeVisible();
	await expect(page.locator('.fd-done-badge:visible')).toHaveCount(1);
	await page.goto(path);
	await page.getByRole('button', { name: '学習済みを取り消す' }).click();
	await page.goto('/lessons/');
	await expect(page.getByText(`0 / ${lessonPages.length} レッスン学習済み`)).toBeVisible();
});

test('corrupt lesson progress never breaks the page', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('fd:progress:v1', '{"v":1,"done":'));
	const problems = watchPage(page);
	await page.goto('/lessons/');
	await expect(page.getByText(`0 / ${lessonPages.length} レッスン学習済み`)).toBeVisible();
	expect(problems()).toEqual([]);
});

for (const [query, lesson] of [
	['タスク定義', '/lessons/ecs-terminology/'],
	['awsvpc', '/lessons/networking/'],
] as const) {
	test(`site search: ${query} finds ${lesson}`, async ({ page }) => {
		await page.goto('/');
		await page.getByRole('searchbox', { name: 'サイト内を検索' }).fill(query);
		await page.getByRole('searchbox', { name: 'サイト内を検索' }).press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=/);
		const results = page.locator('.fd-search-results a');
		// Site search loads Pagefind and the glossary index on the first query.
		await expect(results.first()).toBeVisible({ timeout: 20_000 });
		await expect(page.locator('.fd-search-results h2').first()).toHaveText('レッスン');
		const hrefs = await page
			.locator('.fd-search-results ol')
			.first()
			.locator('a')
			.evaluateAll((as) =>
				as.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
			);
		expect(hrefs).toContain(lesson);
	});
}
