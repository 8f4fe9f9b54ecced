/**
 * What the quiz records and shows is true (issue 13), on the fixture banks (content-independent):
 * a question never answered is never a miss or a review; drills have no verdict; choose-N;
 * bookmarks; the result page; the exam on a phone; the 総合模擬試験.
 * Fixture banks: e2e/fixtures/quizzes/fixture-ten.json (10 questions; the right option's text
 * starts with 正しい答え) and fixture-exam.json (65 questions, 20/17/15/13 by domain, 130 min).
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { FIXTURES_URL } from './ports.ts';
import { watchPage } from './watch.ts';

const TEN = `${FIXTURES_URL}/quizzes/fixture-ten/`;
const EXAM = `${FIXTURES_URL}/quizzes/fixture-exam/`;
const START = new Date('2026-12-06T09:00:00+09:00');
const DAY = 24 * 60 * 60 * 1000;

async function start(page: Page, mode: RegExp, count?: number) {
	const setup = page.getByRole('form', { name: '出題の設定' });
	await expect(setup.getByRole('button', { name: '開始する' })).toBeEnabled();
	await setup.getByRole('radio', { name: mode }).check();
	if (count !== undefined) await setup.getByLabel('問題数').fill(String(count));
	await setup.getByRole('button', { name: '開始する' }).click();
}
const options = (page: Page) => page.getByRole('group', { name: /選択肢/ });
/** Picks a wrong answer: one wrong option, or two for the 「2つ選択」 question. */
async function pickWrong(page: Page) {
	const wrong = options(page).locator('label').filter({ hasText: '誤りの答え' });
	await wrong.first().click();
	if ((await options(page).getByRole('checkbox').count()) > 0) await wrong.nth(1).click();
}
const stemText = async (page: Page) => (await page.locator('.fd-q-stem').textContent()) ?? '';
type Stored = {
	cards: Record<string, { card: { reps: number; last_review?: string } }>;
	attempts: { questions: { answered: boolean }[] }[];
};
const stored = (page: Page) =>
	page.evaluate(() => JSON.parse(localStorage.getItem('fd:quiz:v2') ?? '{}') as Stored);

test('quitting after 1 of 10 (practice, exam) records one answer, not ten', async ({ page }) => {
	const problems = watchPage(page);
	await page.clock.install({ time: START });
	await page.goto(`${TEN}?seed=quit-a`);
	await start(page, /^練習モード/, 10);
	const practiceStem = await stemText(page);
	await pickWrong(page);
	await page.getByRole('button', { name: '回答する' }).click();
	// 次の問題 sits after the feedback.
	const feedbackBox = await page.locator('.fd-feedback').boundingBox();
	const nextBox = await page.getByRole('button', { name: '次の問題' }).boundingBox();
	expect(nextBox!.y).toBeGreaterThan(feedbackBox!.y + feedbackBox!.height - 1);
	await page.getByRole('button', { name: '終了して結果を見る' }).click();
	await expect(page.getByRole('heading', { name: '結果', exact: true })).toBeFocused();
	await expect(
		page.getByText('最後まで回答していないため、合否の判定は出しません。', { exact: false }),
	).toBeVisible();
	await expect(page.locator('.fd-quiz-stage').getByText(/推定スコア \d/)).toHaveCount(0);
	await expect(page.locator('.fd-quiz-stage').getByText('回答 1 問のうち正解 0 問')).toBeVisible();

	await page.goto(`${TEN}?seed=quit-b`);
	await start(page, /^模擬試験モード/, 10);
	const examStem = await stemText(page);
	await pickWrong(page);
	await page.getByRole('button', { name: '見直し画面へ' }).click();
	await page.getByRole('button', { name: '採点する' }).click();
	await expect(page.getByText(/未回答 9 問。試験のスコアでは不正解として数えます/)).toBeVisible();
	await expect(page.getByText('正答 0 / 10 問（0%）')).toBeVisible();
	await expect(page.getByLabel(/未回答（9）/)).toBeVisible();

	// A day later: only the questions actually answered wrong are missed and due.
	await page.clock.fastForward(DAY);
	await page.goto(TEN);
	const wrong = new Set([practiceStem, examStem]).size;
	await expect(page.locator('.fd-missed-count')).toHaveText(`（${wrong} 問）`);
	await expect(page.locator('.fd-due-count')).toHaveText(`（今日復習する問題: ${wrong} 問）`);
	const history = await stored(page);
	expect(Object.keys(history.cards)).toHaveLength(wrong);
	expect(history.attempts.map((a) => a.questions.filter((q) => q.answered).length)).toEqual([1, 1]);
	await expect(page.locator('.fd-history-table tbody tr')).toHaveCount(2);
	expect(problems()).toEqual([]);
});

test('quitting a due drill after 1 of 10 reviews one card and gives no verdict', async ({
	page,
}) => {
	await page.clock.install({ time: START });
	const past = new Date(START.getTime() - DAY).toISOString();
	const card = {
		due: past,
		stability: 1,
		difficulty: 5,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: 1,
		lapses: 0,
		state: 1,
		last_review: past,
	};
	const cards = Object.fromEntries(
		Array.from({ length: 10 }, (_, i) => [
			`fxt-${String(i + 1).padStart(3, '0')}`,
			{ bankId: 'fixture-ten', card },
		]),
	);
	await page.addInitScript(
		(value) => {
			if (!localStorage.getItem('fd:quiz:v2')) localStorage.setItem('fd:quiz:v2', value);
		},
		JSON.stringify({ v: 2, attempts: [], cards, bookmarks: {} }),
	);
	await page.goto(TEN);
	await expect(page.locator('.fd-due-count')).toHaveText('（今日復習する問題: 10 問）');
	await start(page, /^今日の復習キュー/, 10);
	await expect(page.getByRole('heading', { name: '問題 1 / 10' })).toBeVisible();
	await pickWrong(page);
	await page.getByRole('button', { name: '回答する' }).click();
	await page.getByRole('button', { name: '終了して結果を見る' }).click();
	await expect(
		page.getByText('演習の結果です。合否の判定と推定スコアは出しません。'),
	).toBeVisible();
	await expect(page.locator('.fd-quiz-stage').getByText(/推定スコア \d/)).toHaveCount(0);
	await expect(page.getByText(/次の復習: 1 問を/)).toBeVisible();
	const after = await stored(page);
	const reviewed = Object.values(after.cards).filter((c) => c.card.reps > 1);
	expect(reviewed).toHaveLength(1);
	expect(Object.values(after.cards).filter((c) => c.card.last_review === past)).toHaveLength(9);
	await page.getByRole('button', { name: '新しく始める' }).click();
	await expect(page.locator('.fd-history-table tbody tr td').nth(4)).toHaveText('演習');
});

test('choose N: answering needs exactly N; a further pick is refused politely', async ({
	page,
}) => {
	await page.addInitScript(() => {
		if (!localStorage.getItem('fd:quiz:v2'))
			localStorage.setItem(
				'fd:quiz:v2',
				JSON.stringify({
					v: 2,
					attempts: [],
					cards: {},
					bookmarks: { 'fxt-010': { bankId: 'fixture-ten', at: 1 } },
				}),
			);
	});
	await page.goto(TEN);
	await start(page, /^フラグを付けた問題/);
	const answer = page.getByRole('button', { name: '回答する' });
	const boxes = options(page).getByRole('checkbox');
	await boxes.nth(0).check();
	await expect(answer).toBeDisabled();
	await expect(page.getByText('あと 1 つ選んでください。')).toBeVisible();
	await boxes.nth(1).check();
	await expect(answer).toBeEnabled();
	await boxes.nth(2).click();
	await expect(boxes.nth(2)).not.toBeChecked();
	await expect(
		page.getByRole('alert').filter({ hasText: 'この問題で選べるのは 2 つまでです。' }),
	).toBeVisible();
	await expect(answer).toBeEnabled();
	await answer.click();
	await expect(page.locator('.fd-feedback')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('practice bookmarks are kept across sessions and usable as a set', async ({ page }) => {
	await page.goto(`${TEN}?seed=flags`);
	await start(page, /^練習モード/, 3);
	const stem = await stemText(page);
	const flag = page.getByRole('button', { name: '見直し用にフラグを付ける' });
	await flag.click();
	await expect(page.getByRole('button', { name: 'フラグを外す' })).toHaveAttribute(
		'aria-pressed',
		'true',
	);
	await page.getByRole('button', { name: '終了して結果を見る' }).click();
	await expect(page.getByLabel('フラグ（1）')).toBeVisible();
	await page.goto(TEN);
	await expect(page.locator('.fd-flagged-count')).toHaveText('（1 問）');
	// The last setup of this bank is remembered.
	await expect(page.getByLabel('問題数')).toHaveValue('3');
	await start(page, /^フラグを付けた問題/);
	await expect(page.getByRole('heading', { name: '問題 1 / 1' })).toBeVisible();
	expect(await stemText(page)).toBe(stem);
	await expect(page.getByRole('button', { name: 'フラグを外す' })).toBeVisible();
});

test('the result page: filters, full explanations, reopening, retrying the wrong ones', async ({
	page,
}) => {
	await page.goto(`${TEN}?seed=results`);
	await start(page, /^模擬試験モード/, 4);
	await options(page).locator('label').filter({ hasText: '正しい答え' }).first().click();
	if ((await options(page).getByRole('checkbox').count()) > 0)
		await options(page).locator('label').filter({ hasText: '正しい答え' }).nth(1).click();
	await page.getByRole('button', { name: '次の問題' }).click();
	await pickWrong(page);
	await page.getByRole('button', { name: '次の問題' }).click();
	await page.getByRole('button', { name: '見直し用にフラグを付ける' }).click();
	await page.getByRole('button', { name: '見直し画面へ' }).click();
	await page.getByRole('button', { name: '採点する' }).click();

	const rows = page.locator('.fd-result-row');
	await expect(rows).toHaveCount(4);
	await expect(rows.nth(0)).toContainText('✓ 正解');
	await expect(rows.nth(1)).toContainText('✗ 不正解');
	await expect(rows.nth(2)).toContainText('⚑ フラグ');
	await expect(rows.nth(3)).toContainText('未回答');
	await expect(rows.nth(1)).toContainText('フィクスチャー問題');
	await page.getByLabel('不正解（1）').check();
	await expect(rows.filter({ visible: true })).toHaveCount(1);
	await page.getByLabel('未回答（2）').check();
	await expect(rows.filter({ visible: true })).toHaveCount(2);
	await page.getByLabel('フラグ（1）').check();
	await expect(rows.filter({ visible: true })).toHaveCount(1);
	await page.getByLabel('すべて（4）').check();
	await rows.nth(1).locator('summary').click();
	await expect(rows.nth(1).locator('.fd-opt-expl')).toHaveCount(4);
	await expect(rows.nth(1).getByText('（あなたが選択）')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	// Reopen from the history table, after a reload: answers come from storage.
	await page.reload();
	await page.getByRole('button', { name: '結果を見る' }).click();
	await expect(page.getByRole('heading', { name: '結果', exact: true })).toBeFocused();
	await expect(page.getByLabel('未回答（2）')).toBeVisible();
	await expect(page.locator('.fd-result-row').nth(1)).toContainText('✗ 不正解');

	await page.getByRole('button', { name: '間違えた問題だけもう一度' }).click();
	await expect(page.getByRole('heading', { name: '問題 1 / 3' })).toBeVisible();
});

test('the lesson filter shows the domain counts of the filtered set', async ({ page }) => {
	await page.goto(`${TEN}?lesson=networking`);
	await expect(page.getByText('レッスン「', { exact: false })).toBeVisible();
	await expect(page.getByLabel('セキュアなアーキテクチャの設計（3 問）')).toBeChecked();
	await expect(page.getByText(/弾力性に優れたアーキテクチャの設計/)).toBeHidden();
	await expect(page.getByLabel('問題数')).toHaveValue('3');
});

test('a full-length exam on a phone: stem high, timer sticky, warnings on screen', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.clock.install({ time: START });
	await page.goto(EXAM);
	// A full-length bank opens in exam mode at its full length.
	const setup = page.getByRole('form', { name: '出題の設定' });
	await expect(setup.getByRole('radio', { name: /^模擬試験モード/ })).toBeChecked();
	await expect(setup.getByLabel('問題数')).toHaveValue('65');
	await setup.getByRole('button', { name: '開始する' }).click();
	await expect(page.getByRole('timer')).toHaveText('残り時間 2:10:00');
	const stem = page.locator('.fd-q-stem');
	await expect(stem).toBeFocused();
	const box = await stem.boundingBox();
	expect(box!.y).toBeLessThan(740 / 2);
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	// The site header is compact, the grid collapsed.
	await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeHidden();
	await expect(page.getByRole('button', { name: /問題 2:/ })).toBeHidden();
	await page.getByText('問題一覧').click();
	await expect(page.getByRole('button', { name: /問題 2:/ })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	// The timer stays on screen while scrolling.
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await expect(page.getByRole('timer')).toBeInViewport();
	await page.clock.fastForward('02:00:01');
	await expect(page.locator('.fd-timer-warning')).toHaveText('残り 10 分です。');
	await expect(page.locator('.fd-timer-warning')).toBeInViewport();
	await expect(page.getByRole('status').filter({ hasText: '残り 10 分です。' })).toHaveCount(1);
	// Five minutes later the warning says so, replacing the first (one message, not two).
	await page.clock.fastForward('05:00');
	await expect(page.locator('.fd-timer-warning')).toHaveText('残り 5 分です。');
	await expect(page.locator('.fd-timer-warning')).toBeInViewport();
	await expect(page.getByRole('status').filter({ hasText: /残り \d+ 分です。/ })).toHaveCount(1);
	await page.clock.fastForward('06:00');
	await expect(page.getByRole('heading', { name: '結果', exact: true })).toBeVisible();
	await expect(page.getByText(/未回答 65 問/)).toBeVisible();
});

test('総合模擬試験: 65 questions by the SAA-C03 weights, reproducible by seed', async ({
	page,
}) => {
	await page.goto(`${FIXTURES_URL}/quizzes/`);
	await page.getByRole('link', { name: '総合模擬試験' }).click();
	await expect(page.getByRole('heading', { name: '総合模擬試験', level: 1 })).toBeVisible();
	const stems: string[] = [];
	for (let i = 0; i < 2; i++) {
		await page.goto(`${FIXTURES_URL}/quizzes/comprehensive/?seed=same`);
		await page.getByRole('button', { name: '開始する' }).click();
		await expect(page.getByRole('heading', { name: '問題 1 / 65' })).toBeVisible();
		await expect(page.getByRole('timer')).toHaveText('残り時間 2:10:00');
		stems.push(await stemText(page));
		await page.getByRole('button', { name: '見直し画面へ' }).click();
		await page.getByRole('button', { name: '採点する' }).click();
	}
	expect(stems[0]).toBe(stems[1]);
	const chart = page.getByRole('img', { name: /ドメイン別の正答率/ });
	for (const n of [20, 17, 15, 13])
		await expect(chart).toHaveAccessibleName(new RegExp(`0 / ${n} 問`));
});
