/**
 * axe (WCAG 2.2 A/AA) on the page as it is now, for the page sweep and any spec that checks a
 * state of a page.
 *
 * Why not `new AxeBuilder({ page }).analyze()` every time: by default it evaluates axe-core's
 * 600 kB source in the page, runs `axe.runPartial`, then opens a second, blank page, evaluates
 * the source again there and hands it every result (passes and inapplicable rules included) to
 * `axe.finishRun`. Per run that is most of the cost on a small page. Here axe-core is evaluated
 * once per loaded document and `axe.run` reports violations only (`resultTypes`), so a second
 * run (the other theme) costs only the rules. Same rules, same tags, same violations.
 * A page with frames still goes through AxeBuilder, which injects axe into each frame.
 */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Violation {
	id: string;
	impact?: string | null | undefined;
	help: string;
	nodes: { target: unknown[] }[];
}

/** One line per violation: rule, impact, help and up to three of the elements. */
function describe(violations: readonly Violation[]): string[] {
	return violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(' | ')}`,
	);
}

/**
 * The axe violations on `page`, one line each (`[]` when clean). `include`: a CSS selector of
 * the part to check (default: the whole page).
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	// Long lessons skip the layout of blocks far from the screen (content-visibility, global.css)
	// until the reader gets near them; axe measures layout (target sizes, contrast), so it checks
	// the page as each block looks once reached: laid out whole, as after a #section link.
	await page.evaluate(() => (document.documentElement.dataset['fdEager'] = ''));
	if (page.frames().length > 1) {
		const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
		return describe((await (include ? builder.include(include) : builder).analyze()).violations);
	}
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	const violations = await page.evaluate(
		async ({ tags, include }) => {
			const w = window as unknown as { axe: typeof axe };
			const results = await w.axe.run(include ? { include: [[include]] } : document, {
				runOnly: { type: 'tag', values: tags },
				resultTypes: ['violations'],
			});
			// Only what `describe` reads crosses back: DOM nodes do not serialise.
			return results.violations.map((v) => ({
				id: v.id,
				impact: v.impact,
				help: v.help,
				nodes: v.nodes.map((n) => ({ target: [...n.target] })),
			}));
		},
		{ tags: AXE_TAGS, include },
	);
	return describe(violations);
}
