/**
 * The site deployed under a base path, as on a GitHub Pages project site: `npm run build:base`
 * builds it with Astro's own flags (`--base /fargate-drill/ --site https://example.org`) into
 * dist-base/ (with the e2e-only fixture banks), served on BASE_PORT under the base. The same link, console and request checks as
 * the root build (no axe here: the markup is the same as the root build's, which the sweep
 * checks), plus what breaks first when a URL ignores the base: quiz data, glossary search,
 * site search, canonical URLs and the sitemap.
 */
import { test, expect } from '@playwright/test';
import { pickAndAnswer } from './answer.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_BUILD, ROOT_BUILD, brokenLinks, builtPages, fileForPath } from './pages.ts';
import { BASE_ORIGIN, BASE_PATH, BASE_SITE } from './ports.ts';
import { watchPage } from './watch.ts';

test.use({ baseURL: BASE_ORIGIN });

const pages = builtPages(BASE_BUILD);
const html = (path: string) => readFileSync(fileForPath(path, BASE_BUILD)!, 'utf8');

test('the base build has every page of the root build, under the base', () => {
	const root = builtPages(ROOT_BUILD);
	// The e2e-only fixture banks (e2e/fixtures/quizzes) are built into this build only.
	const fixtureBanks = readdirSync(join(import.meta.dirname, 'fixtures/quizzes'))
		.filter((f) => f.endsWith('.json'))
		.map((f) => `${BASE_PATH}quizzes/${f.slice(0, -'.json'.length)}/`);
	for (const page of fixtureBanks) expect(pages).toContain(page);
	expect(pages.filter((p) => !fixtureBanks.includes(p))).toEqual(
		root.map((p) => BASE_PATH + p.slice(1)),
	);
});

test('every internal link, form and #fragment resolves under the base', () => {
	expect(pages.flatMap((p) => brokenLinks(p, BASE_BUILD))).toEqual([]);
});

// Every page loads with no console error, failed request or CSP violation: two halves, one per
// worker, one browser page each.
for (const half of [0, 1]) {
	test(`pages load cleanly under the base (${half + 1}/2)`, async ({ page }) => {
		test.setTimeout(240_000);
		const problems = watchPage(page);
		const found: string[] = [];
		for (const path of pages.filter((_, i) => i % 2 === half)) {
			const before = problems().length;
			const response = await page.goto(path, { waitUntil: 'load' });
			expect(response?.status(), path).toBe(200);
			found.push(
				...problems()
					.slice(before)
					.map((p) => `${path}: ${p}`),
			);
		}
		expect(found).toEqual([]);
	});
}

test('quiz data loads and answer feedback links lessons under the base', async ({ page }) => {
	const problems = watchPage(page);
	const bankPage = pages.find((p) => /^\/[\w-]+\/quizzes\/[\w-]+\/$/.test(p))!;
	const bankId = bankPage.split('/').at(-2)!;
	const data = page.waitForResponse((r) => r.url().endsWith(`/quizzes/data/${bankId}.json`));
	await page.goto(`${bankPage}?seed=base-path`);
	expect((await data).url()).toBe(`${BASE_ORIGIN}${BASE_PATH}quizzes/data/${bankId}.json`);
	expect((await data).status()).toBe(200);
	const setup = page.getByRole('form', { name: '出題の設定' });
	await expect(setup.getByRole('button', { name: '開始する' })).toBeEnabled();
	await setup.getByLabel('問題数').fill('1');
	await setup.getByRole('button', { name: '開始する' }).click();
	await pickAndAnswer(page);
	const lessonLinks = page.locator('.fd-feedback').getByRole('link');
	await expect(lessonLinks.first()).toBeVisible();
	for (const href of await lessonLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
		if (href?.startsWith('/')) expect(href).toMatch(new RegExp(`^${BASE_PATH}lessons/`));
	expect(problems()).toEqual([]);
});

test('glossary search loads its index and opens a term under the base', async ({ page }) => {
	const problems = watchPage(page);
	const index = JSON.parse(readFileSync(join(BASE_BUILD.dir, 'glossary/index.json'), 'utf8')) as {
		records: { id: string; en: string }[];
	};
	const term = index.records[0]!;
	await page.goto(`${BASE_PATH}glossary/`);
	await page.getByRole('combobox', { name: '用語を検索' }).fill(term.en);
	const options = page.getByRole('listbox', { name: '用語の検索結果' }).getByRole('option');
	await expect(options.first()).toBeVisible();
	await page.getByRole('combobox', { name: '用語を検索' }).press('ArrowDown');
	await page.getByRole('combobox', { name: '用語を検索' }).press('Enter');
	await expect(page).toHaveURL(new RegExp(`^${BASE_ORIGIN}${BASE_PATH}glossary/[\\w-]+/$`));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(problems()).toEqual([]);
});

test('site search loads Pagefind and returns results under the base', async ({ page }) => {
	const problems = watchPage(page);
	await page.goto(BASE_PATH);
	const box = page.getByRole('searchbox', { name: 'サイト内を検索' });
	await box.fill('Fargate');
	await box.press('Enter');
	await expect(page).toHaveURL(`${BASE_ORIGIN}${BASE_PATH}search/?q=Fargate`);
	const results = page.locator('.fd-search-results a');
	// The first search loads Pagefind's engine, index and 40 result fragments: slow on a busy machine.
	await expect(results.first()).toBeVisible({ timeout: 30_000 });
	const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.filter((h) => !h.startsWith(BASE_PATH))).toEqual([]);
	await results.first().click();
	await expect(page).toHaveURL(new RegExp(`^${BASE_ORIGIN}${BASE_PATH}`));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// The query is shown as typed: `$&` and `$'` are not replacement patterns.
	await page.goto(`${BASE_PATH}search/?q=${encodeURIComponent("Fargate $& $'")}`);
	await expect(page.getByRole('status')).toContainText("「Fargate $& $'」", { timeout: 30_000 });
	expect(problems()).toEqual([]);
});

test('with a site URL: canonical and Open Graph URLs, robots.txt and a sitemap', async ({
	request,
}) => {
	const home = html(BASE_PATH);
	expect(home).toContain(`<link rel="canonical" href="${BASE_SITE}${BASE_PATH}">`);
	expect(home).toContain(`<meta property="og:url" content="${BASE_SITE}${BASE_PATH}">`);
	expect(html(`${BASE_PATH}404.html`)).not.toContain('rel="canonical"');
	const robots = await request.get(`${BASE_PATH}robots.txt`);
	expect(await robots.text()).toContain(`Sitemap: ${BASE_SITE}${BASE_PATH}sitemap-index.xml`);
	const index = await request.get(`${BASE_PATH}sitemap-index.xml`);
	expect(index.status()).toBe(200);
	const sitemap = await request.get(`${BASE_PATH}sitemap-0.xml`);
	const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
	expect(locs).toContain(`${BASE_SITE}${BASE_PATH}lessons/`);
	expect(locs.filter((l) => !l?.startsWith(`${BASE_SITE}${BASE_PATH}`))).toEqual([]);
	// The root build has no site URL: no canonical link and no sitemap.
	const rootHome = readFileSync(join(ROOT_BUILD.dir, 'index.html'), 'utf8');
	expect(rootHome).not.toContain('rel="canonical"');
	expect(rootHome).not.toContain('og:url');
});

test.describe('offline under the base', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the manifest and the service worker live under the base, and a lesson opens offline', async ({
		page,
		context,
		request,
	}) => {
		test.setTimeout(120_000);
		const manifest = (await (await request.get(`${BASE_PATH}manifest.webmanifest`)).json()) as {
			start_url: string;
			scope: string;
			icons: { src: string }[];
		};
		expect(manifest.start_url).toBe(BASE_PATH);
		expect(manifest.scope).toBe(BASE_PATH);
		for (const icon of manifest.icons) {
			expect(icon.src.startsWith(BASE_PATH), icon.src).toBe(true);
			expect((await request.get(icon.src)).status(), icon.src).toBe(200);
		}
		await page.goto(BASE_PATH);
		const scope = await page.evaluate(async () => {
			const reg = await navigator.serviceWorker.ready;
			const sw = reg.active;
			if (sw && sw.state !== 'activated')
				await new Promise((r) => sw.addEventListener('statechange', r, { once: true }));
			return reg.scope;
		});
		expect(scope).toBe(`${BASE_ORIGIN}${BASE_PATH}`);
		await context.setOffline(true);
		const problems = watchPage(page);
		await page.goto(`${BASE_PATH}lessons/networking/`);
		await expect(page.getByRole('button', { name: '学習済みにする' })).toBeVisible();
		expect(problems()).toEqual([]);
	});
});
