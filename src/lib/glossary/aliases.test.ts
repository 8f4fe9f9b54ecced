import { describe, expect, it } from 'vitest';
import { displayAliases } from './aliases.ts';

describe('displayAliases', () => {
	it('hides kana spellings and keeps names a learner reads', () => {
		expect(
			displayAliases({
				ja: 'タスク定義',
				en: 'Task definition',
				reading: 'たすくていぎ',
				aliases: [
					'task def',
					'taskdef',
					'TD',
					'タスクデフィニション',
					'たすくでぃふぃにしょん',
					'タスク定義ファイル',
				],
			}),
		).toEqual(['task def', 'TD', 'タスクデフィニション', 'タスク定義ファイル']);
	});

	it('hides katakana letter names of an acronym but keeps katakana words', () => {
		expect(
			displayAliases({
				ja: 'Application Load Balancer',
				en: 'Application Load Balancer',
				aliases: [
					'ALB',
					'アプリケーションロードバランサー',
					'アプリケーションロードバランサ',
					'エーエルビー',
					'えーえるびー',
				],
			}),
		).toEqual(['ALB', 'アプリケーションロードバランサー']);
	});

	it('hides a one-letter misspelling of the English name', () => {
		expect(
			displayAliases({
				ja: 'AWS Lambda',
				en: 'Lambda',
				aliases: ['ラムダ', 'らむだ', 'lamda', 'FaaS'],
			}),
		).toEqual(['ラムダ', 'FaaS']);
	});

	it('keeps short abbreviations that differ by one letter', () => {
		expect(displayAliases({ ja: 'X', en: 'Y', aliases: ['SG', 'SGs', 'ASG'] })).toEqual([
			'SG',
			'SGs',
			'ASG',
		]);
	});
});
