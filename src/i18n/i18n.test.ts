import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DICTIONARIES, interpolate, t, useTranslations } from './index.ts';
import { UiDictionarySchema } from '../schemas/ui.ts';

describe('UI dictionary', () => {
	it.each(Object.entries(DICTIONARIES))('%s passes the dictionary schema', (_locale, dict) => {
		expect(UiDictionarySchema.safeParse(dict).success).toBe(true);
	});

	it('interpolates placeholders and leaves unknown ones', () => {
		expect(interpolate('{a} / {b} / {c}', { a: 1, b: 'x' })).toBe('1 / x / {c}');
		expect(t('lessons.progress', { done: 2, total: 14 })).toBe('2 / 14 レッスン学習済み');
	});

	it('inserts values as written: no replacement patterns, no second pass', () => {
		const query = "$& $' $` $1 {count}";
		expect(interpolate('「{query}」: {count} 件', { query, count: 3 })).toBe(
			"「$& $' $` $1 {count}」: 3 件",
		);
	});

	it('falls back to Japanese', () => {
		expect(useTranslations('ja')('nav.lessons')).toBe('レッスン');
	});

	it('components, layouts and pages contain no literal Japanese UI text', () => {
		const root = resolve(import.meta.dirname, '..');
		const files: string[] = [];
		const walk = (d: string) => {
			for (const n of readdirSync(d)) {
				const p = join(d, n);
				if (statSync(p).isDirectory()) walk(p);
				else if (n.endsWith('.astro')) files.push(p);
			}
		};
		for (const dir of ['components', 'layouts', 'pages']) walk(join(root, dir));
		const offenders: string[] = [];
		for (const file of files) {
			const template = readFileSync(file, 'utf8')
				.replace(/^---[\s\S]*?\n---/, '') // frontmatter (code)
				.replace(/<(script|style)[\s\S]*?<\/\1>/g, '') // code and CSS
				.replace(/\{[^{}]*\}/g, ''); // expressions
			const cjk = template.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu);
			if (cjk) offenders.push(`${file.slice(root.length + 1)}: ${cjk.slice(0, 3).join(', ')}`);
		}
		expect(offenders).toEqual([]);
	});
});
