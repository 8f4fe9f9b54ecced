/** Ports of the preview servers the e2e tests use (FD_E2E_PORT moves them all). */
export const PORT = Number(process.env['FD_E2E_PORT'] ?? 4322);
/**
 * The base-path build (`npm run build:base` → dist-base/): the site as a GitHub Pages project
 * site would serve it, under BASE_PATH, with a site URL (so canonical URLs and a sitemap).
 */
export const BASE_PORT = PORT + 2;
export const BASE_ORIGIN = `http://localhost:${BASE_PORT}`;
export const BASE_PATH = '/fargate-drill/';
export const BASE_SITE = 'https://example.org';
/**
 * The e2e-only banks (e2e/fixtures/quizzes) are built into the base-path build only, so one
 * build serves both: `${FIXTURES_URL}/quizzes/<fixture id>/`. No trailing slash.
 */
export const FIXTURES_URL = `${BASE_ORIGIN}${BASE_PATH.slice(0, -1)}`;
