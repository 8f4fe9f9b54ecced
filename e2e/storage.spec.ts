/**
 * Stored data the site does not expect — corrupt, truncated, foreign, future-version and
 * oversized values under every key it writes — never breaks a page; storage that refuses
 * writes (quota) gives a clear message and loses no valid history.
 */
import { test, expect, type Page } from '@playwright/test';
import { pickAndAnswer } from './answer.ts';
import { watchPage } from './watch.ts';

const VALID_HISTORY = JSON.stringify({
	v: 1,
	attempts: [
		{
			id: 'networking:1:seed',
			bankId: 'networking',
			mode: 'exam',
			seed: 'seed',
			startedAt: 1,
			finishedAt: 1_790_000_000_000,
			timeUsedMs: 60_000,
			correct: 1,
			total: 2,
			scaled: 550,
			passingScore: 720,
			passed: false,
			byDomain: [{ id: 'secure', correct: 1, total: 2 }],
			questions: [
				{ id: 'net-001', chosen: ['a'], correct: true, flagged: false },
				{ id: 'net-002', chosen: [], correct: false, flagged: true },
			],
		},
	],
	cards: {},
});

const BAD_VALUES: Record<string, string> = {
	corrupt: '{"v":1,"attempts":[{"id":',
	truncated: VALID_HISTORY.slice(0, Math.floor(VALID_HISTORY.length / 2)),
	foreign: '["not","ours"]',
	future: '{"v":3,"attempts":[],"cards":{},"newField":true}',
	oversized: JSON.stringify({ v: 1, attempts: [], cards: {}, junk: 'x'.repeat(500_000) }),
};
const KEYS = [
	'fd:theme:v1',
	'fd:progress:v1',
	'fd:quiz:v1',
	'fd:quiz:v2',
	'fd:quiz:setup:v1',
	'fd:quiz:session:v1:networking',
];

async function seed(page: Page, entries: Record<string, string>) {
	await page.addInitScript((e) => {
		if (sessionStorage.getItem('fd-seeded')) return;
		for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
		sessionStorage.setItem('fd-seeded', '1');
	}, entries);
}

for (const [kind, value] of Object.entries(BAD_VALUES)) {
	test(`${kind} values under every key break nothing`, async ({ page }) => {
		await seed(page, Object.fromEntries(KEYS.map((k) => [k, value])));
		const problems = watchPage(page);
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.goto('/study/');
		await expect(page.locator('[data-part="lessons"]')).toContainText('レッスン学習済み');
		await expect(page.locator('[data-part="activity"]')).toContainText('最近 12 週間');
		await page.goto('/study/review/');
		await expect(page.getByText('今日復習する問題はありません。')).toBeVisible();
		await page.goto('/lessons/');
		await expect(page.getByText(/0 \/ \d+ レッスン学習済み/)).toBeVisible();
		await page.goto('/lessons/networking/');
		await page.getByRole('button', { name: '学習済みにする' }).click();
		await expect(page.getByRole('button', { name: '学習済みを取り消す' })).toBeVisible();
		await page.goto('/quizzes/networking/');
		await page.getByRole('button', { name: '開始する' }).click();
		await expect(page.getByRole('heading', { name: /問題 1 \//u })).toBeVisible();
		expect(problems()).toEqual([]);
	});
}

test('a full storage gives a clear message and the valid history survives', async ({ page }) => {
	await seed(page, { 'fd:quiz:v1': VALID_HISTORY });
	await page.goto('/quizzes/networking/');
	await expect(page.locator('.fd-history-table tbody tr')).toHaveCount(1);
	// From now on every write fails as a full storage does.
	await page.evaluate(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.getByLabel('問題数').fill('1');
	await page.getByRole('button', { name: '開始する' }).click();
	await expect(page.getByText('保存領域がいっぱいのため', { exact: false }).first()).toBeVisible();
	await pickAndAnswer(page);
	await page.getByRole('button', { name: '終了して結果を見る' }).click();
	await expect(page.getByRole('heading', { name: '結果', exact: true })).toBeVisible();
	await expect(
		page.getByText('結果をこのブラウザーに保存できませんでした', { exact: false }).first(),
	).toBeVisible();
	await page.reload();
	await expect(page.locator('.fd-history-table tbody tr')).toHaveCount(1);
	expect(await page.evaluate(() => localStorage.getItem('fd:quiz:v1'))).toBe(VALID_HISTORY);
});

test('a future-version history is set aside, never overwritten', async ({ page }) => {
	await seed(page, { 'fd:quiz:v1': BAD_VALUES['future']! });
	await page.goto('/quizzes/networking/');
	await expect(
		page.getByText('保存されていたデータの一部が読めなかったため', { exact: false }).first(),
	).toBeVisible();
	const aside = await page.evaluate(
		() => JSON.parse(localStorage.getItem('fd:aside:v1') ?? '[]') as { value: string }[],
	);
	expect(aside.map((a) => a.value)).toContain(BAD_VALUES['future']);
});

test('corrupt lesson progress alone is reported on the dashboard and kept in the aside list', async ({
	page,
}) => {
	await seed(page, { 'fd:progress:v1': BAD_VALUES['corrupt']! });
	await page.goto('/study/');
	await expect(
		page.getByText('保存されていたデータの一部が読めなかったため', { exact: false }).first(),
	).toBeVisible();
	const aside = await page.evaluate(
		() =>
			JSON.parse(localStorage.getItem('fd:aside:v1') ?? '[]') as { key: string; value: string }[],
	);
	expect(aside).toEqual([
		expect.objectContaining({ key: 'fd:progress:v1', value: BAD_VALUES['corrupt'] }),
	]);
	expect(await page.evaluate(() => localStorage.getItem('fd:progress:v1:aside'))).toBeNull();
});
