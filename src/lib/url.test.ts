import { describe, expect, it } from 'vitest';
import { BASE, joinBase, normalizeBase, rebaseHref, url } from './url.ts';

describe('normalizeBase', () => {
	it.each([
		['', '/'],
		['/', '/'],
		['//', '/'],
		['/fargate-drill', '/fargate-drill/'],
		['/fargate-drill/', '/fargate-drill/'],
		['fargate-drill', '/fargate-drill/'],
		['/a/b/', '/a/b/'],
	])('%j → %j', (base, expected) => {
		expect(normalizeBase(base)).toBe(expected);
	});
});

describe('joinBase', () => {
	it.each([
		['/', '', '/'],
		['/', 'lessons/', '/lessons/'],
		['/', '/lessons/', '/lessons/'],
		['/fargate-drill/', '', '/fargate-drill/'],
		['/fargate-drill/', 'lessons/networking/', '/fargate-drill/lessons/networking/'],
		['/fargate-drill', '/glossary/?category=x#cat-x', '/fargate-drill/glossary/?category=x#cat-x'],
		['/fargate-drill/', 'pagefind/pagefind.js', '/fargate-drill/pagefind/pagefind.js'],
		['/fargate-drill/', 'favicon.svg', '/fargate-drill/favicon.svg'],
	])('(%j, %j) → %j', (base, path, expected) => {
		expect(joinBase(base, path)).toBe(expected);
	});
});

describe('rebaseHref', () => {
	it.each([
		['/', '/lessons/networking/', '/lessons/networking/'],
		['/fargate-drill/', '/lessons/networking/', '/fargate-drill/lessons/networking/'],
		['/fargate-drill/', '/lessons/networking/#vpc', '/fargate-drill/lessons/networking/#vpc'],
		['/fargate-drill/', '/', '/fargate-drill/'],
		// Everything that is not root-relative stays as written.
		['/fargate-drill/', 'https://aws.amazon.com/fargate/', 'https://aws.amazon.com/fargate/'],
		['/fargate-drill/', '//cdn.example/x.js', '//cdn.example/x.js'],
		['/fargate-drill/', 'mailto:a@example.org', 'mailto:a@example.org'],
		['/fargate-drill/', '#section', '#section'],
		['/fargate-drill/', '../storage/', '../storage/'],
		['/fargate-drill/', '', ''],
	])('(%j, %j) → %j', (base, href, expected) => {
		expect(rebaseHref(base, href)).toBe(expected);
	});
});

describe('url', () => {
	it('uses the base Vite inlines (/ under Vitest)', () => {
		expect(BASE).toBe(normalizeBase(import.meta.env.BASE_URL));
		expect(url('lessons/')).toBe(`${BASE}lessons/`);
		expect(url('')).toBe(BASE);
	});
});
