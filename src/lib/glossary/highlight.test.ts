import { describe, expect, it } from 'vitest';
import { highlightRanges, splitByRanges, type Range } from './highlight.ts';
import { prepareText } from './words.ts';

/** "[marked]" rendering, to read expectations at a glance. */
const show = (text: string, ranges: readonly Range[]) =>
	splitByRanges(text, ranges)
		.map((p) => (p.mark ? `[${p.text}]` : p.text))
		.join('');

describe('highlightRanges', () => {
	it.each([
		['Amazon ECS', 'ecs', 'Amazon [ECS]'],
		['ＥＣＳ と ECS', 'ecs', '[ＥＣＳ] と [ECS]'],
		['クラスター', 'くらすた', '[クラスター]'],
		['ｸﾗｽﾀｰ', 'くらすた', '[ｸﾗｽﾀｰ]'],
		['Task definition', 'taskdef', '[Task def]inition'],
		['CI/CD', 'cicd', '[CI/CD]'],
		['タスク定義', 'たすく', '[タスク]定義'],
		['AWS Fargate', 'fargte', 'AWS Fargate'],
		['', 'ecs', ''],
		['ECS', '', 'ECS'],
	])('%j / %j → %j (exact only)', (text, q, expected) => {
		expect(show(text, highlightRanges(text, q))).toBe(expected);
	});

	it.each([
		['AWS Fargate', 'fargte', 'AWS [Fargate]'],
		['Kubernetes', 'kubernets', '[Kubernetes]'],
		['Sidecar', 'sdi', 'Sidecar'], // too short to mark a guess
		['Security group', 'xxxxxxxx', 'Security group'],
	])('%j / %j → %j (fuzzy)', (text, q, expected) => {
		expect(show(text, highlightRanges(text, q, true))).toBe(expected);
	});

	it.each([
		['AWS Graviton', 'sg', false, 'AWS Graviton'],
		['AWS Graviton', 'sg', true, 'AW[S G]raviton'],
		['Security group (SG) と SG', 'sg', false, 'Security group ([SG]) と [SG]'],
	])('%j / %j (across words: %s) → %j', (text, q, across, expected) => {
		expect(show(text, highlightRanges(text, q, false, across))).toBe(expected);
	});

	it('gives the same marks with a prepared text', () => {
		const text = 'クラスターで動くクラスター';
		expect(highlightRanges(text, 'くらすた', false, true, prepareText(text))).toEqual(
			highlightRanges(text, 'くらすた'),
		);
	});
});

describe('splitByRanges', () => {
	it('splits into plain and marked parts', () => {
		expect(
			splitByRanges('abcdef', [
				[1, 2],
				[4, 6],
			]),
		).toEqual([
			{ text: 'a', mark: false },
			{ text: 'b', mark: true },
			{ text: 'cd', mark: false },
			{ text: 'ef', mark: true },
		]);
		expect(splitByRanges('abc', [])).toEqual([{ text: 'abc', mark: false }]);
	});
});
