import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeForSearch, normalizeWithOffsets } from './normalize.ts';

describe('normalizeForSearch', () => {
	it.each([
		// full width / half width and case
		['ＥＣＳ', 'ecs'],
		['ecs', 'ecs'],
		['ECS', 'ecs'],
		['Ａｍａｚｏｎ　ＥＣＳ', 'amazonecs'],
		['ｸﾗｽﾀｰ', 'くらすた'],
		['ﾀｽｸﾃﾞｨﾌｨﾆｼｮﾝ', 'たすくでいふいにしよん'],
		['ｶﾞ', 'が'],
		['１２８ＭｉＢ', '128mib'],
		// katakana → hiragana, long vowel folding
		['クラスター', 'くらすた'],
		['クラスタ', 'くらすた'],
		['くらすた', 'くらすた'],
		['くらすたー', 'くらすた'],
		['サイドカー', 'さいどか'],
		['さいどかー', 'さいどか'],
		['ロードバランサー', 'ろどばらんさ'],
		['ロードバランサ', 'ろどばらんさ'],
		['サイドカ〜', 'さいどか'],
		['サイドカ～', 'さいどか'],
		['サイドカ-', 'さいどか'],
		['サイドカ‐', 'さいどか'],
		['サイドカｰ', 'さいどか'],
		['ファーゲート', 'ふあげと'],
		// small kana
		['ウィンドウズ', 'ういんどうず'],
		['ウインドウズ', 'ういんどうず'],
		['コンテナー インサイト', 'こんてないんさいと'],
		['ヴ', 'ゔ'],
		// spaces, middle dots, punctuation, symbols
		['task def', 'taskdef'],
		['task-definition', 'taskdefinition'],
		['CI/CD', 'cicd'],
		['bridge・host・none', 'bridgehostnone'],
		['bridge･host', 'bridgehost'],
		['Application Load Balancer（ALB）', 'applicationloadbalanceralb'],
		['「タスク定義」。', 'たすく定義'],
		['taskRoleArn', 'taskrolearn'],
		['ECS_CONTAINER_METADATA_URI_V4', 'ecscontainermetadatauriv4'],
		// kanji and other letters are kept as they are
		['タスク定義', 'たすく定義'],
		['々', '々'],
		['', ''],
		['   ', ''],
		['ー', ''],
	])('%j → %j', (input, expected) => {
		expect(normalizeForSearch(input)).toBe(expected);
	});

	it('is idempotent', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (s) => {
				const once = normalizeForSearch(s);
				expect(normalizeForSearch(once)).toBe(once);
			}),
		);
	});
});

describe('normalizeWithOffsets', () => {
	it('agrees with normalizeForSearch', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (s) => {
				expect(normalizeWithOffsets(s).text).toBe(normalizeForSearch(s));
			}),
		);
	});

	it.each([
		[
			'Task def',
			[
				[0, 1],
				[1, 2],
				[2, 3],
				[3, 4],
				[5, 6],
				[6, 7],
				[7, 8],
			],
		],
		[
			'ｶﾞｰﾄﾞ',
			[
				[0, 2],
				[3, 5],
			],
		],
		[
			'ＥＣＳ',
			[
				[0, 1],
				[1, 2],
				[2, 3],
			],
		],
	])('maps %j back to source spans', (input, spans) => {
		const n = normalizeWithOffsets(input);
		expect(n.starts.map((s, i) => [s, n.ends[i]])).toEqual(spans);
	});

	it('gives every character a span inside the source', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (s) => {
				const n = normalizeWithOffsets(s);
				expect(n.starts.length).toBe(n.text.length);
				expect(n.ends.length).toBe(n.text.length);
				n.starts.forEach((start, i) => {
					expect(start).toBeGreaterThanOrEqual(0);
					expect(n.ends[i]).toBeGreaterThan(start);
					expect(n.ends[i]).toBeLessThanOrEqual(s.length);
					if (i > 0) expect(start).toBeGreaterThanOrEqual(n.starts[i - 1] ?? 0);
				});
			}),
		);
	});
});
