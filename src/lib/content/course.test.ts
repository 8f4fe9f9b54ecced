import { describe, expect, it } from 'vitest';
import { buildToc, groupByChapter, neighbours, sortLessons, termBacklinks } from './course.ts';

const lessons = [
	{ slug: 'c', order: 3, chapter: 'design' as const, title: 'C', terms: ['x'] },
	{ slug: 'a', order: 1, chapter: 'basics' as const, title: 'A', terms: ['x', 'y'] },
	{ slug: 'b', order: 2, chapter: 'basics' as const, title: 'B', terms: [] },
];

describe('course', () => {
	it('sorts by order', () => {
		expect(sortLessons(lessons).map((l) => l.slug)).toEqual(['a', 'b', 'c']);
	});
	it('groups by chapter in chapter order and drops empty chapters', () => {
		expect(groupByChapter(lessons).map((g) => [g.chapter, g.lessons.map((l) => l.slug)])).toEqual([
			['basics', ['a', 'b']],
			['design', ['c']],
		]);
	});
	it('finds neighbours', () => {
		expect(neighbours(lessons, 'a')).toEqual({ next: lessons[2] });
		expect(neighbours(lessons, 'b')).toEqual({ prev: lessons[1], next: lessons[0] });
		expect(neighbours(lessons, 'c')).toEqual({ prev: lessons[2] });
		expect(neighbours(lessons, 'nope')).toEqual({});
	});
	it('builds a two-level toc and ignores h3 before any h2', () => {
		const toc = buildToc([
			{ depth: 3, slug: 'orphan', text: 'o' },
			{ depth: 2, slug: 'one', text: '1' },
			{ depth: 3, slug: 'one-a', text: '1a' },
			{ depth: 4, slug: 'deep', text: 'd' },
			{ depth: 2, slug: 'two', text: '2' },
		]);
		expect(toc.map((h) => [h.slug, h.children.map((c) => c.slug)])).toEqual([
			['one', ['one-a']],
			['two', []],
		]);
	});
	it('computes backlinks in course order, once per lesson', () => {
		const map = termBacklinks(lessons, (l) => [...l.terms, ...l.terms]);
		expect(map.get('x')?.map((l) => l.slug)).toEqual(['a', 'c']);
		expect(map.get('y')?.map((l) => l.slug)).toEqual(['a']);
		expect(map.has('z')).toBe(false);
	});
});
