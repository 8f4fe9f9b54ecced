/**
 * Every rule points at a lesson section that exists. Heading ids are computed the way Astro does
 * for MDX (github-slugger over the heading's text), so renaming a heading fails this test; the
 * page sweep then checks the same links in the built site.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { RULES, RULE_IDS } from './rules.ts';

const LESSONS = resolve(import.meta.dirname, '../../../content/lessons');

/** The text of a Markdown heading as the rendered page shows it. */
function headingText(markdown: string): string {
	return markdown
		.replace(/<[^>]+>/g, '') // JSX/HTML tags: keep their text
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
		.replace(/`([^`]*)`/g, '$1') // inline code
		.replace(/(\*\*|__|\*|_)(?=\S)([^*_]+?)\1/g, '$2') // emphasis
		.trim();
}

/** Heading ids per lesson slug. */
function lessonAnchors(): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const file of readdirSync(LESSONS).filter((f) => f.endsWith('.mdx'))) {
		const body = readFileSync(resolve(LESSONS, file), 'utf8')
			.replace(/^---[\s\S]*?\n---\n/, '') // front matter
			.replace(/^(```|~~~)[\s\S]*?^\1/gm, ''); // fenced code: its # lines are not headings
		const slugger = new GithubSlugger();
		const ids = new Set<string>();
		for (const m of body.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm))
			ids.add(slugger.slug(headingText(m[1] ?? '')));
		out.set(file.replace(/\.mdx$/, ''), ids);
	}
	return out;
}

describe('rule catalog', () => {
	const anchors = lessonAnchors();

	it('reads the lessons', () => {
		expect(anchors.size).toBeGreaterThan(5);
		expect(anchors.get('security')).toContain('タスクロールとタスク実行ロール');
	});

	it.each(RULE_IDS)('%s links to an existing lesson heading', (id) => {
		const [slug = '', anchor] = RULES[id].lesson.split('#');
		expect(anchors.has(slug), `lesson ${slug}`).toBe(true);
		expect([...(anchors.get(slug) ?? [])], `heading #${anchor} in ${slug}`).toContain(anchor);
	});

	it.each(RULE_IDS)('%s cites an AWS page', (id) => {
		expect(RULES[id].source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
	});

	it('turns heading markup into the text Astro slugs', () => {
		expect(headingText('`stopTimeout` と **Spot** の [通知](https://x)')).toBe(
			'stopTimeout と Spot の 通知',
		);
		expect(
			new GithubSlugger().slug(headingText('CPU アーキテクチャ: x86_64 と ARM64（Graviton）')),
		).toBe('cpu-アーキテクチャ-x86_64-と-arm64graviton');
	});
});
