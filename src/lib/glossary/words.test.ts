import { describe, expect, it } from 'vitest';
import { firstWithinWords, occurrences, prepareText, spansWords } from './words.ts';

describe('prepareText', () => {
	it.each([
		['AWS Graviton', 'awsgraviton', [3]],
		['Task definition', 'taskdefinition', [4]],
		['CI/CD', 'cicd', [2]],
		['bridge・host', 'bridgehost', [6]],
		// A dropped long-vowel mark is not a separator.
		['ロードバランサー', 'ろどばらんさ', []],
		['ECS', 'ecs', []],
		['', '', []],
	])('%j → %j, words start at %j', (text, normalized, starts) => {
		const prepared = prepareText(text);
		expect(prepared.n.text).toBe(normalized);
		expect(prepared.starts).toEqual(starts);
	});
});

describe('occurrences', () => {
	it.each([
		['AWS Graviton', 'sg', false, []],
		['AWS Graviton', 'sg', true, [2]],
		['ロードバランサー', 'ろどばらんさ', false, [0]],
		['Security group (SG) と SG', 'sg', false, [13, 16]],
		['bridge・host', 'eh', false, []],
		['aaaa', 'aa', true, [0, 2]],
		['ECS', '', true, []],
	])('%j / %j (across words: %s) → %j', (text, q, across, expected) => {
		expect(occurrences(prepareText(text), q, across)).toEqual(expected);
	});
});

describe('firstWithinWords', () => {
	it.each([
		['awsgraviton', 'sg', [3], -1],
		['awsgraviton', 'sg', [], 2],
		['sgawsgsg', 'sg', [2, 5], 0],
		['awsgsg', 'sg', [3], 4],
		['ecs', 'x', [], -1],
	])('%j / %j (words at %j) → %i', (normalized, q, starts, expected) => {
		expect(firstWithinWords(normalized, q, starts)).toBe(expected);
	});
});

describe('spansWords', () => {
	it.each([
		['SG', false],
		['task def', true],
		['CI/CD', true],
		['  ecs  ', false],
		['たすく・ていぎ', true],
		['クラスター', false],
	])('spansWords(%j) = %s', (q, expected) => {
		expect(spansWords(q)).toBe(expected);
	});
});
