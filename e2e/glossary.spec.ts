/**
 * The glossary search (<fd-glossary-search>) and the term tooltip (<fd-term>), in a browser:
 * keyboard use, the URL and Back, lazy loading, axe with results open.
 * Ranking itself is unit-tested in src/lib/glossary/search.test.ts.
 */
import { test, expect, type Page, type Request } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { watchPage } from './watch.ts';

const INDEX_PATH = '/glossary/index.json';

const searchBox = (page: Page) => page.getByRole('combobox', { name: '用語を検索' });
const results = (page: Page) => page.getByRole('listbox', { name: '用語の検索結果' });

/** Is this request part of the lazily loaded search (the index, or the chunk bundling Fuse)? */
const isLazySearch = (req: Request) =>
	req.url().endsWith(INDEX_PATH) || /\/_astro\/search\.[\w-]+\.js$/.test(req.url());

test('typing filters, arrows move, Enter opens, Back restores the query and results', async ({
	page,
}) => {
	const problems = watchPage(page);
	await page.goto('/glossary/');
	const box = searchBox(page);
	await box.click();
	await box.pressSequentially('くらすた');
	await expect(page).toHaveURL(/\?q=%E3%81%8F%E3%82%89%E3%81%99%E3%81%9F$/);
	const options = results(page).getByRole('option');
	await expect(options.first()).toContainText('クラスター');
	await expect(options.first().locator('mark').first()).toHaveText('クラスター');
	await expect(page.getByRole('status')).toHaveText(/\d+ 件見つかりました/);
	// The full list is replaced by the results while searching.
	await expect(page.locator('[data-fd-list]')).toBeHidden();

	await box.press('ArrowDown');
	await expect(box).toHaveAttribute(
		'aria-activedescendant',
		(await options.nth(0).getAttribute('id'))!,
	);
	await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
	await box.press('ArrowDown');
	await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
	await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
	await box.press('ArrowUp');
	await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
	await expect(box).toBeFocused();

	await box.press('Enter');
	await expect(page).toHaveURL(/\/glossary\/cluster\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('クラスター');

	await page.goBack();
	await expect(page).toHaveURL(/\/glossary\/\?q=/);
	await expect(searchBox(page)).toHaveValue('くらすた');
	await expect(results(page).getByRole('option').first()).toContainText('クラスター');
	expect(problems()).toEqual([]);
});

test('Back from a new search returns to the full list', async ({ page }) => {
	await page.goto('/glossary/');
	await searchBox(page).fill('SG');
	await expect(results(page).getByRole('option').first()).toContainText('セキュリティグループ');
	await page.goBack();
	await expect(page).toHaveURL(/\/glossary\/$/);
	await expect(searchBox(page)).toHaveValue('');
	await expect(results(page)).toBeHidden();
	await expect(page.locator('[data-fd-list]')).toBeVisible();
});

test('"/" focuses the search box, except while typing in another field', async ({ page }) => {
	await page.goto('/glossary/');
	const box = searchBox(page);
	await expect(box).not.toBeFocused();
	await page.keyboard.press('/');
	await expect(box).toBeFocused();
	await expect(box).toHaveValue('');

	const header = page.getByRole('searchbox', { name: 'サイト内を検索' });
	await header.focus();
	await page.keyboard.type('a/b');
	await expect(header).toBeFocused();
	await expect(header).toHaveValue('a/b');
});

test('no results: the closest terms are suggested', async ({ page }) => {
	await page.goto('/glossary/');
	await searchBox(page).fill('fergit');
	await expect(page.getByRole('status')).toContainText('「fergit」に一致する用語はありません。');
	await expect(page.getByRole('status')).toContainText('もしかして: AWS Fargate');
	await expect(page.getByText('もしかして:', { exact: true })).toBeVisible();
	await expect(
		page.locator('.fd-gs-suggest').getByRole('link', { name: 'AWS Fargate' }),
	).toHaveAttribute('href', '/glossary/fargate/');
	await expect(results(page)).toBeHidden();
	await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
});

test('the category filter narrows the list and the results', async ({ page }) => {
	await page.goto('/glossary/');
	const filter = page.getByRole('navigation', { name: 'カテゴリーで絞り込む' });
	await filter.getByRole('link', { name: 'ネットワーク' }).click();
	await expect(page).toHaveURL(/category=networking/);
	await expect(page.locator('section[data-category="networking"]')).toBeVisible();
	await expect(page.locator('section[data-category="ecs-core"]')).toBeHidden();
	await searchBox(page).fill('タスク');
	await expect(results(page).getByRole('option').first()).toBeVisible();
	const networking = await page
		.locator('section[data-category="networking"] dt a')
		.evaluateAll((els) => els.map((a) => a.getAttribute('href')));
	const shown = await results(page)
		.getByRole('option')
		.evaluateAll((els) => els.map((li) => (li as HTMLElement).dataset['href']));
	expect(shown.length).toBeGreaterThan(0);
	for (const href of shown) expect(networking).toContain(href);
	await filter.getByRole('link', { name: 'すべて' }).click();
	await expect(page).not.toHaveURL(/category=/);
	await expect(filter.getByRole('link', { name: 'すべて' })).toHaveAttribute(
		'aria-current',
		'true',
	);
});

for (const theme of ['light', 'dark'] as const) {
	test(`with results open and one active, the page passes axe (${theme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme });
		await page.goto('/glossary/?category=networking');
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		const box = searchBox(page);
		await box.fill('SG');
		await expect(results(page).getByRole('option').first()).toBeVisible();
		await box.press('ArrowDown');
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('opening /glossary/?q= directly shows the results (reload, shared link)', async ({ page }) => {
	await page.goto('/glossary/?q=' + encodeURIComponent('ＥＣＳ'));
	await expect(searchBox(page)).toHaveValue('ＥＣＳ');
	await expect(results(page).getByRole('option').first()).toContainText('Amazon ECS');
	await expect(page.locator('[data-fd-list]')).toBeHidden();
});

test('Fuse and the index load only when the search is used, and only on the glossary', async ({
	page,
}) => {
	const lazy: string[] = [];
	page.on('request', (req) => {
		if (isLazySearch(req)) lazy.push(req.url());
	});
	for (const path of ['/', '/lessons/what-is-fargate/', '/glossary/cluster/']) {
		await page.goto(path, { waitUntil: 'networkidle' });
	}
	await page.goto('/glossary/', { waitUntil: 'networkidle' });
	await page.mouse.wheel(0, 600);
	await page.keyboard.press('Tab');
	await page.waitForTimeout(300);
	expect(lazy).toEqual([]);

	const [indexRequest] = await Promise.all([
		page.waitForRequest((r) => r.url().endsWith(INDEX_PATH)),
		searchBox(page).focus(),
	]);
	expect(indexRequest).toBeTruthy();
	await searchBox(page).pressSequentially('ecs');
	await expect(results(page).getByRole('option').first()).toBeVisible();
	expect(lazy.some((u) => u.endsWith(INDEX_PATH))).toBe(true);
	expect(lazy.some((u) => u.includes('/_astro/search.'))).toBe(true);
});

// The glossary page's JS budget (≤ 5 KB gzip before the first search) is in e2e/budgets.spec.ts.

test('a <Term> tooltip opens on keyboard focus and Escape hides it, keeping focus', async ({
	page,
}) => {
	await page.goto('/lessons/what-is-fargate/');
	const firstTerm = page.locator('main fd-term > a').first();
	await expect(firstTerm).toBeVisible();
	// Tab from the top of the page until the first term link has focus.
	let reached = false;
	for (let i = 0; i < 80 && !reached; i++) {
		await page.keyboard.press('Tab');
		reached = await firstTerm.evaluate((el) => el === document.activeElement);
	}
	expect(reached, 'the first <Term> link is reachable with Tab').toBe(true);
	const tip = page.locator('main fd-term').first().getByRole('tooltip');
	await expect(tip).toBeVisible();
	await expect(firstTerm).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
	await page.keyboard.press('Escape');
	await expect(tip).toBeHidden();
	await expect(firstTerm).toBeFocused();
	// Leaving and coming back re-arms it.
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(firstTerm).toBeFocused();
	await expect(tip).toBeVisible();
});

test('definitions show identifiers as code, never as Markdown backticks (list, term page, tooltip)', async ({
	page,
}) => {
	await page.goto('/glossary/');
	const defs = await page.locator('.fd-terms dd').allInnerTexts();
	expect(defs.length).toBeGreaterThan(100);
	expect(defs.filter((d) => d.includes('`'))).toEqual([]);
	await expect(page.locator('.fd-terms dd code').first()).toBeVisible();
	await page.goto('/glossary/awslogs-log-driver/');
	await expect(page.locator('dd code', { hasText: 'logConfiguration' })).toBeVisible();
	expect(await page.locator('meta[name="description"]').getAttribute('content')).not.toContain('`');
	await page.goto('/lessons/monitoring-and-logging/');
	const tip = page.locator('.fd-term-tip', { hasText: 'logConfiguration' }).first();
	await expect(tip.locator('code')).toHaveText('logConfiguration');
});
