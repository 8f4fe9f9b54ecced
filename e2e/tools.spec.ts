/**
 * The tools pages: the task-definition checker finds each problem of a broken definition with a
 * working lesson link, and the calculator reproduces the pricing lesson's worked example. Also
 * their JS budgets (≤ 30 KB gzip before interaction; the checker's engine is lazy). Accessibility,
 * console and links are covered by the page sweep (sweep.spec.ts), which walks dist/.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DIST, fileForPath } from './pages.ts';
import { watchPage } from './watch.ts';
import { pageJsBytes } from '../scripts/bench/js-bytes.ts';

const KB = 1024;
const fixture = (name: string) =>
	readFileSync(resolve(import.meta.dirname, 'fixtures/taskdefs', name), 'utf8');

/** Whether the built page at a URL path has an element with this id. */
function hasId(url: string, id: string): boolean {
	const file = fileForPath(url);
	return !!file && readFileSync(file, 'utf8').includes(` id="${id}"`);
}

async function paste(page: Page, text: string) {
	await page.getByLabel('タスク定義（JSON）').fill(text);
	await page.getByRole('button', { name: 'チェックする' }).click();
}

test.describe('task-definition checker', () => {
	test('lists every problem of a broken definition with a lesson link that resolves', async ({
		page,
	}) => {
		const problems = watchPage(page);
		await page.goto('/tools/task-definition/');
		await paste(page, fixture('broken/first-deployment.json'));
		const status = page.getByRole('status');
		await expect(status).toHaveText(
			'ECS API の形として読みました。 エラー 7 件、警告 0 件、情報 0 件',
		);
		const findings = page.getByRole('list', { name: '結果' }).getByRole('listitem');
		await expect(findings).toHaveCount(7);
		await expect(findings.locator('code[data-slot="path"]')).toHaveText([
			'/requiresCompatibilities',
			'/networkMode',
			'/memory',
			'/containerDefinitions/0/image',
			'/containerDefinitions/0/privileged',
			'/containerDefinitions/0/portMappings/0/hostPort',
			'/containerDefinitions/0/logConfiguration/logDriver',
		]);
		await expect(findings.first()).toContainText('エラー');
		await expect(findings.nth(2)).toContainText('512、1024、2048');
		for (const link of await findings.getByRole('link', { name: /^レッスン: / }).all()) {
			const url = new URL((await link.getAttribute('href')) ?? '', page.url());
			const id = decodeURIComponent(url.hash.slice(1));
			expect(hasId(url.pathname, id), `${url.pathname}#${id}`).toBe(true);
		}
		// A lesson link works when followed.
		await findings
			.nth(3)
			.getByRole('link', { name: /^レッスン: / })
			.click();
		await expect(page).toHaveURL(/\/lessons\/security\/#/);
		await expect(page.locator(':target')).toHaveText('タスクロールとタスク実行ロール');
		expect(problems()).toEqual([]);
	});

	test('points at a syntax error by line and column', async ({ page }) => {
		await page.goto('/tools/task-definition/');
		await paste(page, fixture('broken/syntax-error.json'));
		await expect(page.getByRole('status')).toHaveText('エラー 1 件、警告 0 件、情報 0 件');
		await expect(page.getByRole('list', { name: '結果' }).getByRole('listitem')).toContainText(
			'4 行 1 文字目',
		);
	});

	test('finds nothing in a valid definition, read from a file', async ({ page }) => {
		await page.goto('/tools/task-definition/');
		await page
			.getByText('ファイルを選ぶ')
			.locator('input[type="file"]')
			.setInputFiles(resolve(import.meta.dirname, 'fixtures/taskdefs/valid/describe-output.json'));
		await expect(page.getByRole('status')).toHaveText(
			'describe-task-definition の出力として読みました。 問題は見つかりませんでした。',
		);
		await expect(page.getByRole('list', { name: '結果' }).getByRole('listitem')).toHaveCount(0);
	});

	test('loads a worked example and checks it as you type', async ({ page }) => {
		await page.goto('/tools/task-definition/');
		await page.getByRole('button', { name: 'CloudFormation（問題あり）' }).click();
		await expect(page.getByRole('status')).toHaveText(
			'CloudFormation の Properties として読みました。 エラー 4 件、警告 1 件、情報 0 件',
		);
		await page.getByLabel('タスク定義（JSON）').fill('{"family": "x"');
		await expect(page.getByRole('status')).toHaveText('エラー 1 件、警告 0 件、情報 0 件');
		await page.getByRole('button', { name: '消去' }).click();
		await expect(page.getByRole('status')).toHaveText(
			'タスク定義を入力すると、ここに結果が出ます。',
		);
	});
});

test.describe('cost calculator', () => {
	test('reproduces the pricing lesson’s worked example', async ({ page }) => {
		const problems = watchPage(page);
		await page.goto('/tools/cost/');
		await page.getByRole('button', { name: 'レッスンの計算例を入れる' }).click();
		await expect(page.getByLabel('リージョン')).toHaveValue('us-east-1');
		await expect(page.getByLabel('vCPU')).toHaveValue('1024');
		await expect(page.getByLabel('メモリ', { exact: true })).toHaveValue('2048');
		const result = page.getByRole('region', { name: '見積もり' });
		await expect(result.locator('[data-out="total"]')).toHaveText('$72.6912');
		await expect(result.locator('[data-out="parts"] tr')).toHaveText([
			'vCPU1 vCPU × $0.04048$0.04048',
			'メモリ2 GB × $0.004445$0.00889',
			'追加のストレージ10 GB × $0.000111$0.00111',
		]);
		await expect(result.locator('[data-out="perTaskHour"]')).toHaveText('$0.05048');
		await expect(result.locator('[data-out="step2"]')).toHaveText(
			'延べタスク時間: 2 タスク × 24 時間 × 30 日 = 1,440 タスク・時間',
		);
		await expect(result.locator('[data-out="step3"]')).toHaveText(
			'月額: $0.05048 × 1,440 = $72.6912',
		);
		await expect(result.locator('[data-out="step4"]')).toHaveText(
			'内訳: vCPU $58.2912 ＋ メモリ $12.8016 ＋ 追加のストレージ $1.5984',
		);
		await expect(result.locator('[data-out="run"]')).toHaveText(
			'課金される時間 91 秒: $0.05048 × 91 ÷ 3,600 ≒ $0.00128',
		);
		await page.getByLabel('実行時間（イメージの pull 開始から終了まで、秒）').fill('20');
		await expect(result.locator('[data-out="run"]')).toHaveText(
			'課金される時間 60 秒: $0.05048 × 60 ÷ 3,600 ≒ $0.00084',
		);
		await expect(result.locator('[data-out="runNote"]')).toBeVisible();
		expect(problems()).toEqual([]);
	});

	test('offers only valid sizes and says what is not in the data', async ({ page }) => {
		await page.goto('/tools/cost/');
		await page.getByLabel('Windows／X86_64').check();
		await expect(page.getByLabel('vCPU').locator('option')).toHaveText(['1', '2', '4']);
		await expect(page.getByLabel('vCPU')).toHaveValue('1024');
		await expect(page.getByLabel('Fargate Spot の割合（%）')).toBeDisabled();
		const result = page.getByRole('region', { name: '見積もり' });
		await expect(result.locator('[data-out="missing"]')).toContainText(
			'Windows／X86_64 の単価はこのサイトのデータにありません',
		);
		await page.getByLabel('Linux／X86_64').check();
		await page.getByLabel('vCPU').selectOption('256');
		await expect(page.getByLabel('メモリ', { exact: true }).locator('option')).toHaveText([
			'512 MiB',
			'1 GB',
			'2 GB',
		]);
		await page.getByLabel('Fargate Spot の割合（%）').fill('50');
		await expect(result.locator('[data-out="spot"]')).toHaveText(
			/^Spot を 50% 使う場合: \$[\d.]+ 〜 \$[\d.]+$/,
		);
	});
});

test('each tool page starts with ≤ 30 KB gzip of JS, and the checker engine is lazy', async () => {
	for (const path of ['/tools/', '/tools/task-definition/', '/tools/cost/']) {
		const { totalGzip } = await pageJsBytes(DIST, path);
		expect(totalGzip, path).toBeLessThanOrEqual(30 * KB);
	}
	const checker = await pageJsBytes(DIST, '/tools/task-definition/');
	const startup = checker.scripts.map((s) => s.file).join('\n');
	const lazy = checker.lazy.join('\n');
	// The engine chunk (check.ts + jsonc-parser) is reachable only through import().
	expect(checker.lazy.length).toBeGreaterThan(0);
	expect(startup).not.toMatch(/check\.|jsonc/i);
	expect(lazy).toMatch(/check\./);
});

test('the filled-in states pass axe in light and dark', async ({ page }) => {
	// Four pages, two axe runs each: more than the default minute on a busy machine.
	test.setTimeout(180_000);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/tools/task-definition/');
		await page.getByRole('button', { name: 'Windows（問題あり）' }).click();
		await expect(page.getByRole('list', { name: '結果' }).getByRole('listitem')).not.toHaveCount(0);
		expect(await axeViolations(page), `checker findings (${scheme})`).toEqual([]);
		await page.goto('/tools/cost/');
		await page.getByRole('button', { name: 'レッスンの計算例を入れる' }).click();
		await page.getByLabel('Fargate Spot の割合（%）').fill('50');
		await expect(page.locator('[data-out="spot"]')).toBeVisible();
		expect(await axeViolations(page), `calculator example (${scheme})`).toEqual([]);
	}
});
