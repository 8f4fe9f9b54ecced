/**
 * Reading on a phone (issue 16): Japanese typography, tables that scroll instead of breaking
 * words, the skip link, the compact page frame (title near the top, menu, theme switch, `/`
 * opens search), diagrams legible at 360 px (fitted or in the enlarged view, opened centred),
 * terms on a touch screen, and site search that puts the lesson teaching a term first.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, fileForPath, inBatches } from './pages.ts';

const PHONE = { width: 360, height: 740 };
const lessonPages = builtPages().filter((p) => /^\/lessons\/[^/]+\/$/.test(p));
const html = (path: string) => readFileSync(fileForPath(path)!, 'utf8');
const withDiagrams = lessonPages.filter((p) => html(p).includes('class="language-mermaid"'));
const withTables = lessonPages.filter((p) => html(p).includes('<table'));
/** Families that carry Japanese glyphs (and Latin), first in the body's font stack. */
const JAPANESE_FAMILY =
	/^["']?(Noto Sans JP|Noto Sans CJK JP|Hiragino|BIZ UDP?Gothic|Yu Gothic|Meiryo)/i;

test('body text is set in a Japanese font first; headings break between phrases', async ({
	page,
}) => {
	await page.goto('/lessons/networking/');
	const style = await page.evaluate(() => {
		const body = getComputedStyle(document.body);
		const heads = [...document.querySelectorAll('h1, h2, h3')].map(
			(h) => getComputedStyle(h).wordBreak,
		);
		return { font: body.fontFamily, lineBreak: body.lineBreak, heads };
	});
	expect(style.font).toMatch(JAPANESE_FAMILY);
	expect(style.lineBreak).toBe('strict');
	expect(style.heads.length).toBeGreaterThan(3);
	expect(new Set(style.heads)).toEqual(new Set(['auto-phrase']));
});

test('the skip link is entirely off-screen until focused', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/lessons/networking/');
	const skip = page.getByRole('link', { name: '本文へ移動' });
	const before = await skip.boundingBox();
	expect(before!.y + before!.height).toBeLessThanOrEqual(0);
	await page.keyboard.press('Tab');
	await expect(skip).toBeFocused();
	const after = await skip.boundingBox();
	expect(after!.y).toBeGreaterThanOrEqual(0);
});

test('at 360 px no table cell breaks inside a word; wide tables scroll', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize(PHONE);
	expect(withTables.length).toBeGreaterThan(0);
	const broken: string[] = [];
	for (const path of withTables) {
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		const found = await page.evaluate(() => {
			// A word: a katakana run or a run of Latin letters and digits (a break after a hyphen or a
			// slash, as in On-Demand or a path, is ordinary). Broken if its glyphs sit on two lines.
			const WORD = /[\p{Script=Katakana}ー]{2,}|[A-Za-z0-9_]{2,}/gu;
			const out: string[] = [];
			for (const cell of document.querySelectorAll('main td, main th')) {
				const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					// Hidden text (a closed term tooltip, a screen-reader label) is not laid out to read.
					if (node.parentElement?.closest('.fd-term-tip, .fd-visually-hidden')) continue;
					const text = node.textContent ?? '';
					for (const m of text.matchAll(WORD)) {
						const range = document.createRange();
						range.setStart(node, m.index);
						range.setEnd(node, m.index + m[0].length);
						const tops = new Set(
							[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
						);
						if (tops.size > 1) out.push(`${m[0]} in 「${text.slice(0, 30)}」`);
					}
				}
			}
			return out;
		});
		broken.push(...found.map((w) => `${path}: ${w}`));
	}
	expect(broken).toEqual([]);
});

test.describe('the page frame on a phone', () => {
	test.use({ viewport: PHONE });

	test('the lesson title starts within the first 200 px', async ({ page }) => {
		for (const path of [lessonPages[0]!, '/lessons/networking/']) {
			await page.goto(path);
			const box = await page.locator('h1').boundingBox();
			expect(box!.y + 40, path).toBeLessThanOrEqual(200);
			// The table of contents is one closed line above the lesson.
			await expect(page.locator('.fd-toc details')).not.toHaveAttribute('open');
		}
	});

	test('the menu holds the navigation and the theme switch', async ({ page }) => {
		await page.goto('/lessons/networking/');
		const nav = page.getByRole('navigation', { name: 'メインメニュー' });
		await expect(nav).toBeHidden();
		const menu = page.getByRole('button', { name: 'メニュー' });
		await menu.click();
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await expect(nav).toBeVisible();
		await page.getByLabel('テーマ').selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await nav.getByRole('link', { name: '用語集' }).click();
		await expect(page).toHaveURL(/\/glossary\/$/);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});

	test('"/" opens site search from any page, and the search runs', async ({ page }) => {
		await page.goto('/lessons/networking/');
		const box = page.getByRole('searchbox', { name: 'サイト内を検索' });
		await expect(box).toBeHidden();
		await page.keyboard.press('/');
		await expect(box).toBeVisible();
		await expect(box).toBeFocused();
		await box.fill('awsvpc');
		await box.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=awsvpc/);
		await expect(page.locator('.fd-search-results a').first()).toBeVisible();
	});
});

test('Ctrl+K opens search on a wide screen; the table of contents follows the reading', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/lessons/networking/');
	await page.keyboard.press('Control+k');
	await expect(page.getByRole('searchbox', { name: 'サイト内を検索' })).toBeFocused();
	await expect(page.locator('.fd-toc details')).toHaveAttribute('open');
	const link = page.locator('.fd-toc a').nth(3);
	const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
	await page.locator(`[id="${id}"]`).scrollIntoViewIfNeeded();
	await page.evaluate((i) => document.getElementById(i)!.scrollIntoView(), id);
	await expect(link).toHaveAttribute('aria-current', 'true');
});

/** Each diagram's label size (CSS px) at the size shown: font size × the SVG's scale. */
async function labelPx(page: Page, scope: string, index = 0) {
	return page
		.locator(scope)
		.nth(index)
		.evaluate((svg) => {
			const s = svg as SVGSVGElement;
			const label = s.querySelector('.nodeLabel, .label, text') ?? s;
			const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
			return parseFloat(getComputedStyle(label).fontSize) * scale;
		});
}

test.describe('diagrams at 360 px', () => {
	test.use({ viewport: PHONE });
	// Four lessons per test: mermaid stays compiled between them (inBatches).
	for (const batch of inBatches(withDiagrams, 4)) {
		test(`${batch.join(' ')}: every diagram's text is ≥ 11 px as shown or in the enlarged view, opened centred`, async ({
			page,
		}) => {
			test.setTimeout(120_000);
			for (const path of batch) {
				await page.goto(path);
				const figures = page.locator('figure.fd-diagram');
				const n = await figures.count();
				expect(n, path).toBeGreaterThan(0);
				for (let i = 0; i < n; i++) {
					const figure = figures.nth(i);
					await figure.scrollIntoViewIfNeeded();
					await expect(figure).toHaveAttribute('data-state', 'rendered', { timeout: 20_000 });
					if ((await labelPx(page, 'figure.fd-diagram svg', i)) >= 11) continue;
					const open = figure.getByRole('button', { name: '図を拡大して表示' });
					await open.click();
					const dialog = page.getByRole('dialog');
					await expect(dialog.locator('svg')).toBeVisible();
					expect(
						await labelPx(page, 'dialog svg'),
						`${path} diagram ${i + 1}`,
					).toBeGreaterThanOrEqual(11);
					const offCentre = await dialog
						.locator('.fd-dialog-body')
						.evaluate((b) => [
							Math.abs(b.scrollLeft - (b.scrollWidth - b.clientWidth) / 2),
							Math.abs(b.scrollTop - (b.scrollHeight - b.clientHeight) / 2),
						]);
					expect(Math.max(...offCentre), `${path} diagram ${i + 1}`).toBeLessThanOrEqual(2);
					await page.keyboard.press('Escape');
					await expect(dialog).toHaveCount(0);
					await expect(open).toBeFocused();
				}
			}
		});
	}
});

test.describe('terms on a touch screen', () => {
	test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

	test('a tap shows the definition with a link to the term; the term page leads back', async ({
		page,
	}) => {
		await page.goto('/lessons/networking/');
		const term = page.locator('fd-term').first();
		await term.scrollIntoViewIfNeeded();
		await term.locator(':scope > a').tap();
		await expect(page).toHaveURL(/\/lessons\/networking\/$/);
		const more = term.getByRole('link', { name: /用語集で詳しく/ });
		await expect(more).toBeVisible();
		await more.tap();
		await expect(page).toHaveURL(/\/glossary\/[^/]+\/$/);
		await page.getByRole('link', { name: '← レッスンに戻る' }).tap();
		await expect(page).toHaveURL(/\/lessons\/networking\/$/);
	});
});

test('a term page lists names a learner reads, not kana spellings for search', async ({ page }) => {
	await page.goto('/glossary/task-definition/');
	const aliases = page.locator('.fd-term-facts dd').nth(1);
	await expect(aliases).toContainText('TD');
	await expect(aliases).not.toContainText('たすくでぃふぃにしょん');
	// …and search still finds the term by it.
	await page.goto('/glossary/?q=たすくでぃふぃにしょん');
	await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('タスク定義');
});

test.describe('site search', () => {
	for (const [query, lesson] of [
		['タスク定義', '/lessons/ecs-terminology/'],
		['awsvpc', '/lessons/networking/'],
		['たすくていぎ', '/lessons/ecs-terminology/'],
		['fargte', '/lessons/what-is-fargate/'],
	] as const) {
		test(`「${query}」 puts ${lesson} first, quoting its text`, async ({ page }) => {
			await page.goto(`/search/?q=${encodeURIComponent(query)}`);
			const first = page.locator('.fd-search-results li').first();
			// Pagefind and the glossary index load on the first query: allow for a busy machine.
			await expect(first.getByRole('link')).toHaveAttribute('href', lesson, { timeout: 20_000 });
			const excerpt = first.locator('p');
			await expect(excerpt.locator('mark').first()).toBeVisible();
			const text = (await excerpt.textContent()) ?? '';
			expect(text).not.toMatch(/用語「|このレッスンの用語/);
			// The excerpt's longest passage is text of the lesson's body.
			const passage = text
				.split(/\.\s/)
				.map((s) => s.replace(/\s+/g, ''))
				.sort((a, b) => b.length - a.length)[0]!;
			expect(passage.length).toBeGreaterThan(10);
			await page.goto(lesson);
			// The lesson's text as indexed: without what site search ignores (tooltips, lists).
			const body = await page.locator('main').evaluate((main) => {
				const copy = main.cloneNode(true) as HTMLElement;
				for (const el of copy.querySelectorAll('[data-pagefind-ignore], script, style'))
					el.remove();
				return copy.textContent.replace(/\s+/g, '');
			});
			expect(body.includes(passage), passage).toBe(true);
		});
	}
});
