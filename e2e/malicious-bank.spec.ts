/**
 * A bank with <script>, event-handler attributes and javascript:/data: links renders inert.
 * The bank lives in e2e/fixtures/quizzes and is built only into the e2e base-path build (dist-base/).
 */
import { test, expect } from '@playwright/test';
import { FIXTURES_URL } from './ports.ts';
import { watchPage } from './watch.ts';

test('malicious bank content is shown as text and never runs', async ({ page }) => {
	const problems = watchPage(page);
	await page.goto(`${FIXTURES_URL}/quizzes/xss-fixture/`);
	await page.getByRole('button', { name: '開始する' }).click();
	const stage = page.locator('.fd-quiz-stage');
	await expect(stage.locator('.fd-q-stem')).toContainText(
		"<script>window.__pwned = 'stem-script'</script>",
	);
	// Hover and click the bait, then answer to show every explanation.
	await stage
		.getByText('太字')
		.hover()
		.catch(() => {});
	await page.keyboard.press('1');
	await page.getByRole('button', { name: '回答する' }).click();
	await expect(page.locator('.fd-feedback')).toBeVisible();
	await page
		.getByRole('link', { name: 'リンク' })
		.first()
		.click({ trial: true })
		.catch(() => {});
	const dom = await stage.evaluate((root) => ({
		scripts: root.querySelectorAll('script, iframe, object, embed, style, math').length,
		handlers: [...root.querySelectorAll('*')].filter((el) =>
			[...el.attributes].some((a) => a.name.startsWith('on')),
		).length,
		badLinks: [...root.querySelectorAll('a')].filter((a) =>
			/^\s*(javascript|data|vbscript):/i.test(a.getAttribute('href') ?? ''),
		).length,
	}));
	expect(dom).toEqual({ scripts: 0, handlers: 0, badLinks: 0 });
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
	).toBeUndefined();
	await expect(page.locator('body')).toBeVisible();
	expect(problems()).toEqual([]);
});
