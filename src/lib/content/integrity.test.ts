import { describe, expect, it } from 'vitest';
import { checkContentLinks, lessonLinks, mermaidBlocks, termTagIds } from './integrity.ts';

const body = [
	'<Term id="task">タスク</Term> と <Term id=\'nope\'>x</Term>',
	'[ネットワーク](/lessons/networking/) と [無い](/lessons/missing/#x)',
	'```mermaid',
	'flowchart LR',
	'  accTitle: 図',
	'  accDescr: 説明',
	'  A --> B',
	'```',
	'````mermaid',
	'flowchart LR',
	'  A --> B',
	'````',
].join('\n');

describe('content integrity', () => {
	it('extracts term tags, lesson links and mermaid blocks', () => {
		expect(termTagIds(body)).toEqual(['task', 'nope']);
		expect(lessonLinks(body)).toEqual(['networking', 'missing']);
		expect(mermaidBlocks(body)).toHaveLength(2);
	});

	it('reports every broken reference with file, item and field', () => {
		const problems = checkContentLinks(
			[
				{
					file: 'content/lessons/networking.mdx',
					slug: 'networking',
					terms: ['task', 'ghost'],
					body,
				},
			],
			[{ file: 'content/glossary/task.md', id: 'task', related: ['task', 'phantom'] }],
		);
		expect(problems.map((p) => `${p.file} ${p.item} ${p.field}`)).toEqual([
			'content/lessons/networking.mdx networking terms[1]',
			'content/lessons/networking.mdx networking <Term id="nope">',
			'content/lessons/networking.mdx networking /lessons/missing/',
			'content/lessons/networking.mdx networking mermaid[1]',
			'content/lessons/networking.mdx networking mermaid[1]',
			'content/glossary/task.md task related[0]',
			'content/glossary/task.md task related[1]',
		]);
	});

	it('finds nothing wrong in consistent content', () => {
		expect(
			checkContentLinks(
				[
					{
						file: 'l.mdx',
						slug: 'l',
						terms: ['a'],
						body: '<Term id="b">b</Term> [l](/lessons/l/)',
					},
				],
				[
					{ file: 'a.md', id: 'a', related: ['b'] },
					{ file: 'b.md', id: 'b', related: [] },
				],
			),
		).toEqual([]);
	});
});
