/**
 * My study: offline study with the service worker, the 学習状況 dashboard, the home page's
 * 続きから panel, the one backup file and the cross-bank review of due questions.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchPage } from './watch.ts';
import { pickAndAnswer } from './answer.ts';

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
		await pickAndAnswer(page);
		await page.getByRole('button', { name: '終了して結果を見る' }).click();
		await expect(page.getByRole('heading', { name: '結果', exact: true })).toBeVisible();

		expect(problems()).toEqual([]);
	});
});

/** The dashboard's figures as text, section by section. */
async function figures(page: Page) {
	await page.goto('/study/');
	const parts = ['lessons', 'due', 'domains', 'readiness', 'activity', 'mastery'];
	const out: Record<string, string> = {};
	for (const p of parts) out[p] = await page.locator(`[data-part="${p}"]`).innerText();
	return out;
}

async function practise(page: Page, bank: string, count: number) {
	await page.goto(`/quizzes/${bank}/`);
	const setup = page.getByRole('form', { name: '出題の設定' });
	await expect(setup.getByRole('button', { name: '開始する' })).toBeEnabled();
	await setup.getByLabel('問題数').fill(String(count));
	await setup.getByRole('button', { name: '開始する' }).click();
	for (let i = 0; i < count; i++) {
		await pickAndAnswer(page);
		if (i < count - 1) await page.getByRole('button', { name: '次の問題' }).click();
	}
	await page.getByRole('button', { name: '終了して結果を見る' }).click();
	await expect(page.getByRole('heading', { name: '結果', exact: true })).toBeVisible();
}

test('two lessons and two banks survive export, clearing storage and import', async ({ page }) => {
	const problems = watchPage(page);
	for (const slug of ['what-is-fargate', 'networking']) {
		await page.goto(`/lessons/${slug}/`);
		await page.getByRole('button', { name: '学習済みにする' }).click();
		await expect(page.getByRole('button', { name: '学習済みを取り消す' })).toBeVisible();
	}
	await practise(page, 'networking', 3);
	await practise(page, 'storage', 2);

	const before = await figures(page);
	// The filled dashboard (tables, heat map, marks) passes axe; the sweep sees it empty.
	expect(await axeViolations(page)).toEqual([]);
	expect(before['lessons']).toMatch(/2 \/ \d+ レッスン学習済み/);
	expect(before['activity']).toMatch(/回答 5 問、学習済みにしたレッスン 2 件/);
	expect(before['mastery']).toMatch(/ネットワーク[\s\S]*(1 回正解|間違えた) [1-3]/);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'バックアップを書き出す' }).click();
	const file = await (await download).path();

	await page.evaluate(() => {
		localStorage.clear();
	});
	const empty = await figures(page);
	expect(empty['lessons']).toMatch(/^0 \/ \d+ レッスン学習済み/);
	expect(empty['activity']).toMatch(/回答 0 問/);

	await page.locator('.fd-import input').setInputFiles(file);
	await expect(page.getByRole('status')).toContainText(
		/解答の記録 2 件、学習済みレッスン 2 件、復習カード \d+ 件を追加しました/,
	);
	expect(await figures(page)).toEqual(before);
	// Importing the same file again adds nothing.
	await page.locator('.fd-import input').setInputFiles(file);
	await expect(page.getByRole('status')).toContainText('新しく追加する記録はありませんでした');
	expect(problems()).toEqual([]);
});

test('a day later, home and the dashboard show the reviews due in two banks, and one button reviews them all', async ({
	page,
}) => {
	const now = Date.parse('2026-03-10T01:00:00Z');
	const first = (bank: string) =>
		(
			JSON.parse(readFileSync(join('dist', 'quizzes', 'data', `${bank}.json`), 'utf8')) as {
				questions: { id: string }[];
			}
		).questions[0]!.id;
	const card = {
		due: new Date(now + 10 * 60_000).toISOString(),
		stability: 0.2,
		difficulty: 6,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 1,
		reps: 1,
		lapses: 0,
		state: 1,
		last_review: new Date(now).toISOString(),
	};
	const history = {
		v: 1,
		attempts: [],
		cards: {
			[first('networking')]: { bankId: 'networking', card },
			[first('storage')]: { bankId: 'storage', card },
		},
	};
	await page.addInitScript((h) => {
		if (!localStorage.getItem('fd:quiz:v1')) localStorage.setItem('fd:quiz:v1', h);
	}, JSON.stringify(history));
	await page.clock.install({ time: now + 86_400_000 });
	const problems = watchPage(page);

	await page.goto('/');
	await expect(page.getByRole('link', { name: '今日の復習 2 問' })).toBeVisible();
	await page.goto('/study/');
	const due = page.locator('[data-part="due"]');
	await expect(due).toContainText('復習する問題が 2 問あります。');
	await expect(due).toContainText('ネットワーク: 1 問');
	await expect(due).toContainText('ストレージ: 1 問');
	await due.getByRole('link', { name: 'まとめて復習する（2 問）' }).click();

	const seen: string[] = [];
	for (let i = 1; i <= 2; i++) {
		const heading = page.getByRole('heading', { name: new RegExp(`^${i} / 2 問目`) });
		await expect(heading).toBeVisible();
		seen.push(await heading.innerText());
		await pickAndAnswer(page);
		await page.getByRole('button', { name: i < 2 ? '次の問題' : '復習を終える' }).click();
	}
	expect(seen.join(' ')).toMatch(/ネットワーク[\s\S]*ストレージ/);
	await expect(page.getByRole('heading', { name: /2 問に回答し/ })).toBeVisible();
	expect(problems()).toEqual([]);
});
