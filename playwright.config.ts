import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { PORT, BASE_PORT, BASE_PATH } from './e2e/ports.ts';

/**
 * E2E tests run against the production build (`npm run build` first) served by `astro preview`.
 * Browser: $CHROMIUM_PATH, else the system /usr/bin/chromium, else Playwright's own Chromium
 * (`npx playwright install chromium`).
 */
const executablePath =
	process.env['CHROMIUM_PATH'] ||
	(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	workers: 2,
	timeout: 60_000,
	reporter: [['list'], ['./e2e/summary-reporter.ts']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		locale: 'ja-JP',
		trace: 'off',
		// The service worker precaches the whole site (about 12 MB) in the background of a first
		// visit; in every fresh test context that would be hundreds of extra requests on a shared
		// machine. Specs about offline study opt in with test.use({ serviceWorkers: 'allow' }).
		serviceWorkers: 'block',
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			// This network is closed: Chromium's background services only produce failed requests.
			args: [
				...(isRoot ? ['--no-sandbox'] : []),
				'--disable-background-networking',
				'--disable-component-update',
			],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	// --ignore-lock: astro preview would otherwise detach into the background when it thinks an
	// automated agent runs it, and Playwright would lose the server.
	webServer: [
		{
			command: `npx astro preview --ignore-lock --port ${PORT}`,
			port: PORT,
			reuseExistingServer: false,
			timeout: 60_000,
		},
		// The base-path build (npm run build:base), served under its base like a GitHub Pages
		// project site, with the e2e-only fixture banks. Started only when it exists, so one spec
		// can run without building it; e2e/base-path.spec.ts and the fixture specs fail when it is
		// missing.
		...(existsSync('dist-base')
			? [
					{
						command: `npx astro preview --ignore-lock --outDir dist-base --base ${BASE_PATH} --port ${BASE_PORT}`,
						port: BASE_PORT,
						reuseExistingServer: false,
						timeout: 60_000,
					},
				]
			: []),
	],
});
