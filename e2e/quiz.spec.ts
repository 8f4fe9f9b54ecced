/**
 * The quiz engine end to end: practice, a timed exam (clock driven by the test), resume after
 * reload, review of wrong answers, export/import of the backup file, recovery from corrupt storage.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watchPage } from './watch.ts';

const BANK = '/quizzes/networking/';
const START = new Date('2026-11-23T09:00:00+09:00');

async function start(page: Page, opts: { mode: string; count: number; seed?: string }) {
	await page.goto(`${BANK}?seed=${opts.seed ?? 'e2e'}`);
	const setup = page.getByRole('form', { name: '出題の設定' });
	await expect(setup.getByRole('button', { name: '開始する' })).toBeEnabled();
	await setup.getByRole('radio', { name: new RegExp(`^${opts.mode}`) }).check();
	await setup.getByLabel('問題数').fill(String(opts.count));
	await setup.getByRole('button', { name: '開始する' }).click();
}

test('practice: answer, read every explanation, move on, finish, see history', async ({ page }) => {
	const problems = watchPage(page);
	await start(page, { mode: '練習モード', count: 2 });
	await expect(page.getByRole('heading', { name: /問題 1 \/ 2/ })).toBeVisible();
	await expect(page.locator('.fd-q-stem')).toBeFocused();
	await expect(page.getByText(/^最終確認: \d{4}-\d{2}-\d{2}$/)).toBeVisible();
	const options = page.getByRole('group', { name: /選択肢/ });
	const optionCount = await options.locator('input').count();
	await page.keyboard.press('1');
	await expect(options.locator('input').first()).toBeChecked();
	const answer = page.getByRole('button', { name: '回答する' });
	if (await answer.isEnabled()) await answer.click();
	else {
		// A "choose 2" question: pick a second option first.
		await page.keyboard.press('2');
		await answer.click();
	}
	const verdict = page.locator('.fd-feedback h3');
	await expect(verdict).toBeFocused();
	await expect(verdict).toHaveText(/正解です|不正解です/);
	await expect(page.locator('.fd-opt-expl')).toHaveCount(optionCount);
	await expect(page.locator('.fd-feedback').getByRole('link').first()).toBeVisible();
	await expect(options.locator('input').first()).toBeDisabled();
	await page.getByRole('button', { name: '次の問題' }).click();
	await expect(page.getByRole('heading', { name: /問題 2 \/ 2/ })).toBeVisible();
	await expect(page.locator('.fd-q-stem')).toBeFocused();
	await page.keyboard.press('1');
	if (!(await answer.isEnabled())) await page.keyboard.press('2');
	await answer.click();
	await page.getByRole('button', { name: '終了して結果を見る' }).click();
	await expect(page.getByRole('heading', { name: '結果', exact: true })).toBeFocused();
	await expect(page.getByText(/推定スコア \d+ \/ 1000/).first()).toBeVisible();
	await expect(
		page.getByText('AWS の実際の採点方式（非公開）とは異なります', { exact: false }),
	).toBeVisible();
	await page.getByRole('button', { name: '新しく始める' }).click();
	await expect(page.locator('.fd-history-table tbody tr')).toHaveCount(1);
	expect(problems()).toEqual([]);
});

test('the same seed gives the same question set', async ({ page }) => {
	const stems: string[] = [];
	for (let i = 0; i < 2; i++) {
		await start(page, { mode: '練習モード', count: 3, seed: 'same-seed' });
		stems.push((await page.locator('.fd-q-stem').textContent()) ?? '');
		await page.evaluate(() => localStorage.clear());
	}
	expect(stems[0]).toBe(stems[1]);
	expect(stems[0]!.length).toBeGreaterThan(20);
});

test('exam: flags, grid, review screen, time warnings and automatic submission', async ({
	page,
}) => {
	await page.clock.install({ time: START });
	await start(page, { mode: '模擬試験モード', count: 5 });
	// 5 of 27 questions → ceil(55 × 5 / 27) = 11 minutes.
	// The clock runs (install does not pause it): allow for a slow machine.
	await expect(page.getByRole('timer')).toHaveText(/残り時間 (11:00|10:[45]\d)/);
	await page.keyboard.press('1');
	await page.getByRole('button', { name: '次の問題' }).click();
	await page.keyboard.press('f');
	await page.locator('summary', { hasText: '問題一覧' }).click();
	const grid = page.getByRole('navigation', { name: '問題一覧' });
	await expect(grid.getByRole('button', { name: '問題 1: 回答済み' })).toBeVisible();
	await expect(grid.getByRole('button', { name: '問題 2: 未回答・フラグ付き' })).toBeVisible();
	await grid.getByRole('button', { name: /問題 4:/ }).click();
	await expect(page.getByRole('heading', { name: /問題 4 \/ 5/ })).toBeVisible();
	await expect(page.locator('.fd-q-stem')).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('heading', { name: /問題 3 \/ 5/ })).toBeVisible();
	await page.getByRole('button', { name: '見直し画面へ' }).click();
	await expect(page.getByText('回答済み 1 問、未回答 4 問、フラグ付き 1 問')).toBeVisible();
	await expect(page.getByText('未回答の問題は不正解として採点されます。')).toBeVisible();
	await page.getByRole('button', { name: '問題に戻る' }).click();
	// No feedback during the exam.
	await expect(page.locator('.fd-feedback')).toHaveCount(0);
	await page.clock.fastForward('01:30');
	await expect(page.getByRole('status').filter({ hasText: '残り 10 分です。' })).toHaveCount(1);
	await page.clock.fastForward('10:00');
	await expect(page.getByRole('heading', { name: '結果', exact: true })).toBeVisible();
	await expect(page.getByText('時間切れです。自動的に採点しました。')).toBeVisible();
	await expect(page.getByText(/正答 [01] \/ 5 問/)).toBeVisible();
	await expect(page.getByRole('img', { name: /ドメイン別の正答率/ })).toBeVisible();
});

test('an unfinished exam survives a reload with its clock', async ({ page }) => {
	await page.clock.install({ time: START });
	await start(page, { mode: '模擬試験モード', count: 5 });
	await page.keyboard.press('2');
	await page.getByRole('button', { name: '次の問題' }).click();
	await page.clock.fastForward('03:00');
	await page.reload();
	await expect(page.getByRole('heading', { name: '前回の続きがあります' })).toBeVisible();
	await expect(page.getByText(/模擬試験モード.*1 \/ 5 問回答済み/)).toBeVisible();
	await page.getByRole('button', { name: '続きから再開する' }).click();
	await expect(page.getByRole('heading', { name: /問題 2 \/ 5/ })).toBeVisible();
	await expect(page.locator('.fd-q-stem')).toBeFocused();
	// The deadline was kept: 11:00 − 3:00.
	await expect(page.getByRole('timer')).toHaveText(/残り時間 7:5\d|残り時間 8:00/);
	await page.getByRole('button', { name: '前の問題' }).click();
	await expect(
		page
			.getByRole('group', { name: /選択肢/ })
			.locator('input')
			.nth(1),
	).toBeChecked();
});

test('unanswered exam questions are not misses; the backup file exports and imports', async ({
	page,
}) => {
	await start(page, { mode: '模擬試験モード', count: 3 });
	await page.getByRole('button', { name: '見直し画面へ' }).click();
	await page.getByRole('button', { name: '採点する' }).click();
	await expect(page.getByText('正答 0 / 3 問（0%）')).toBeVisible();
	await expect(page.getByText(/未回答 3 問/)).toBeVisible();
	await page.getByRole('button', { name: '新しく始める' }).click();
	await expect(page.locator('.fd-missed-count')).toHaveText('（0 問）');
	await page.goto('/lessons/networking/');
	await page.getByRole('button', { name: '学習済みにする' }).click();
	await expect(page.getByRole('button', { name: '学習済みを取り消す' })).toBeVisible();
	await page.goto(BANK);

	// The quiz page writes the same backup file as the dashboard: everything stored.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'バックアップを書き出す（JSON）' }).click();
	const file = await (await download).path();
	const exported = JSON.parse(readFileSync(file, 'utf8')) as {
		format: string;
		v: number;
		progress: { done: Record<string, string> };
		quiz: { v: number; attempts: unknown[]; cards: Record<string, unknown> };
		settings: { quizSetup?: Record<string, { set: string; count: number }> };
	};
	expect(exported.format).toBe('fargate-drill-backup');
	expect(exported.v).toBe(1);
	expect(exported.quiz.v).toBe(2);
	expect(exported.quiz.attempts).toHaveLength(1);
	expect(Object.keys(exported.quiz.cards)).toHaveLength(0);
	expect(Object.keys(exported.progress.done)).toEqual(['networking']);
	expect(exported.settings.quizSetup?.['networking']).toMatchObject({ set: 'exam', count: 3 });

	await page.evaluate(() => localStorage.clear());
	await page.goto(BANK);
	await expect(page.getByText('この問題集の履歴はまだありません。')).toBeVisible();
	await page.locator('.fd-import input').setInputFiles(file);
	await expect(page.locator('.fd-history-status')).toContainText(
		'解答の記録 1 件、学習済みレッスン 1 件、復習カード 0 件を追加しました。',
	);
	await expect(page.locator('.fd-history-status')).toContainText('設定 1 件');
	await expect(page.locator('.fd-history-table tbody tr')).toHaveCount(1);
	await page.reload();
	await expect(page.getByLabel('問題数')).toHaveValue('3');
	// Importing the same file again adds nothing.
	await page.locator('.fd-import input').setInputFiles(file);
	await expect(page.locator('.fd-history-status')).toContainText(
		'新しく追加する記録はありませんでした',
	);

	// A bare history (what this page exported before the backup file) is still accepted.
	const bare = JSON.stringify({ ...exported.quiz, attempts: [] });
	await page.evaluate(() => localStorage.clear());
	await page.goto(BANK);
	await page.locator('.fd-import input').setInputFiles({
		name: 'history.json',
		mimeType: 'application/json',
		buffer: Buffer.from(bare),
	});
	await expect(page.locator('.fd-history-status')).toContainText(
		'新しく追加する記録はありませんでした',
	);
	await page.locator('.fd-import input').setInputFiles({
		name: 'x.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"x":1}'),
	});
	await expect(page.locator('.fd-history-status')).toContainText(
		'このファイルは読み込めませんでした',
	);
});

test('corrupt stored history is set aside and the quiz keeps working', async ({ page }) => {
	await page.addInitScript(() => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('fd:quiz:v1', '{"v":1,"attempts":[{"id":');
			localStorage.setItem('fd:quiz:session:v1:networking', '{"v":99}');
			sessionStorage.setItem('seeded', '1');
		}
	});
	const problems = watchPage(page);
	await page.goto(BANK);
	await expect(
		page.getByText('保存されていたデータの一部が読めなかったため', { exact: false }).first(),
	).toBeVisible();
	const aside = await page.evaluate(() => localStorage.getItem('fd:aside:v1'));
	expect(aside).toContain('{\\"v\\":1,\\"attempts\\":[{\\"id\\":');
	await start(page, { mode: '練習モード', count: 1 });
	await expect(page.getByRole('heading', { name: /問題 1 \/ 1/ })).toBeVisible();
	expect(problems()).toEqual([]);
});
