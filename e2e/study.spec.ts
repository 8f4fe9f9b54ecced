/**
 * My study: offline study with the service worker, the 学習状況 dashboard, the home page's
 * 続きから panel, the one backup file and the cross-bank review of due questions.
 */
import { test, expect, type Page } from '@playwright/test';
import { watchPage } from './watch.ts';

/**
 * Resolves once the service worker has filled its cache and is active. The first page stays
 * uncontrolled (the worker does not claim open pages); every later navigation goes through it.
 */
async function waitForOffline(page: Page) {
	await page.evaluate(async () => {
		const reg = await navigator.serviceWorker.ready;
		const sw = reg.active;
		if (sw && sw.state !== 'activated')
			await new Promise((r) => sw.addEventListener('statechange', r, { once: true }));
	});
}

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('after one visit: a lesson, the glossary search, site search and a whole practice session work offline', async ({
		page,
		context,
	}) => {
		test.setTimeout(120_000);
		await page.goto('/');
		await waitForOffline(page);
		await context.setOffline(true);
		const problems = watchPage(page);

		await page.goto('/lessons/ec2-vs-fargate/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const diagram = page.locator('figure.fd-diagram').first();
		await diagram.scrollIntoViewIfNeeded();
		await expect(diagram).toHaveAttribute('data-state', 'rendered', { timeout: 20_000 });

		await page.goto('/glossary/');
		await page.getByRole('combobox', { name: '用語を検索' }).fill('たすくていぎ');
		await expect(
			page.getByRole('listbox', { name: '用語の検索結果' }).getByRole('option').first(),
		).toContainText('タスク定義');

		await page.goto('/search/?q=Fargate');
		await expect(page.locator('.fd-search-results a').first()).toBeVisible({ timeout: 30_000 });

		await page.goto('/quizzes/networking/');
		const setup = page.getByRole('form', { name: '出題の設定' });
		await expect(setup.getByRole('button', { name: '開始する' })).toBeEnabled();
		await setup.getByLabel('問題数').fill('1');
		await setup.getByRole('button', { name: '開始する' }).click();
		await page
			.getByRole('group', { name: /選択肢/ })
			.locator('input')
			.first()
			.check();
		await page.getByRole('button', { name: '回答する' }).click();
		await page.getByRole('button', { name: '終了して結果を見る' }).click();
		await expect(page.getByRole('heading', { name: '結果', exact: true })).toBeVisible();

		expect(problems()).toEqual([]);
	});
});
