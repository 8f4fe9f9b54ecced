import { describe, expect, it } from 'vitest';
import rawPrices from '../../data/fargate-prices.json' with { type: 'json' };
import { stringsFor } from '../../i18n/index.ts';
import { PricesSchema } from '../../schemas/prices.ts';
import { costView } from './cost-view.ts';

const prices = PricesSchema.parse(rawPrices);
const usEast1 = prices.regions.find((r) => r.region === 'us-east-1');
const tokyo = prices.regions.find((r) => r.region === 'ap-northeast-1');
const strings = stringsFor('tools.cost.');
const WORKED = {
	platform: 'linux-x86_64',
	cpu: 1024,
	memory: 2048,
	storageGb: 30,
	tasks: 2,
	hoursPerDay: 24,
	daysPerMonth: 30,
	spotPercent: 0,
} as const;

describe('costView', () => {
	it('shows the pricing lesson’s worked example step by step', () => {
		if (!usEast1) throw new Error('no us-east-1 prices');
		const v = costView(strings, WORKED, usEast1, 90.4);
		expect(v.parts).toEqual([
			{ label: 'vCPU', formula: '1 vCPU × $0.04048', amount: '$0.04048' },
			{ label: 'メモリ', formula: '2 GB × $0.004445', amount: '$0.00889' },
			{ label: '追加のストレージ', formula: '10 GB × $0.000111', amount: '$0.00111' },
		]);
		expect(v.perTaskHour).toBe('$0.05048');
		expect(v.step2).toBe('延べタスク時間: 2 タスク × 24 時間 × 30 日 = 1,440 タスク・時間');
		expect(v.step3).toBe('月額: $0.05048 × 1,440 = $72.6912');
		expect(v.step4).toBe('内訳: vCPU $58.2912 ＋ メモリ $12.8016 ＋ 追加のストレージ $1.5984');
		expect(v.total).toBe('$72.6912');
		expect(v.run).toBe('課金される時間 91 秒: $0.05048 × 91 ÷ 3,600 ≒ $0.00128');
		expect(v.runNote).toBe('');
		expect(costView(strings, WORKED, usEast1, 20).runNote).toContain('1 分の最低料金');
	});

	it('says what is not in the data', () => {
		if (!tokyo) throw new Error('no Tokyo prices');
		const v = costView(strings, { ...WORKED, platform: 'windows-x86_64' }, tokyo, 90.4);
		expect(v.missing).toEqual([
			'アジアパシフィック（東京） の Windows／X86_64 の単価はこのサイトのデータにありません（確認できていないため）。料金ページで確かめてください。',
		]);
		expect(v.neighbours.every((n) => n.month === '')).toBe(true);
		expect(v.cpuHint).toContain('1・2・4 vCPU');
		expect(costView(strings, WORKED, tokyo, 60).missing[0]).toContain('エフェメラルストレージ');
	});
});
