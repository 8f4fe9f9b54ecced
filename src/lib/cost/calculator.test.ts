import { describe, expect, it } from 'vitest';
import rawPrices from '../../data/fargate-prices.json' with { type: 'json' };
import { PricesSchema, type RegionPrices } from '../../schemas/prices.ts';
import {
	billedSeconds,
	estimate,
	forSeconds,
	formatNumber,
	formatUsd,
	nanoUsd,
	price,
	DEN,
	type Workload,
} from './calculator.ts';

const prices = PricesSchema.parse(rawPrices);
const region = (code: string): RegionPrices => {
	const r = prices.regions.find((x) => x.region === code);
	if (!r) throw new Error(`no prices for ${code}`);
	return r;
};
const usd = (amount: bigint) => formatUsd(amount).text;

/**
 * The pricing lesson's worked example (content/lessons/pricing-and-cost.mdx, 計算例): us-east-1,
 * Linux/X86_64, 1 vCPU, 2 GB, 30 GB ephemeral storage, 2 tasks, 720 hours (24 × 30), on demand.
 */
const WORKED: Workload = {
	platform: 'linux-x86_64',
	cpu: 1024,
	memory: 2048,
	storageGb: 30,
	tasks: 2,
	hoursPerDay: 24,
	daysPerMonth: 30,
	spotPercent: 0,
};

describe('the pricing lesson’s worked example', () => {
	const e = estimate(WORKED, region('us-east-1'));

	it('prices one task-hour part by part', () => {
		expect(e.parts.map((p) => [p.kind, p.quantity, p.rate, usd(p.perTaskHour)])).toEqual([
			['vcpu', 1, '0.04048', '$0.04048'],
			['memory', 2, '0.004445', '$0.00889'],
			['storage', 10, '0.000111', '$0.00111'],
		]);
		expect(usd(e.perTaskHour)).toBe('$0.05048');
		expect(e.missing).toEqual([]);
	});

	it('multiplies by 1,440 task-hours to $72.6912, exactly', () => {
		expect(formatNumber(e.taskHours)).toBe('1,440');
		expect(formatUsd(e.onDemand)).toEqual({ text: '$72.6912', exact: true });
		const month = e.parts.map((p) => usd(forSeconds(p.perTaskHour, 1440 * 3600)));
		expect(month).toEqual(['$58.2912', '$12.8016', '$1.5984']);
	});

	it('bills a short run by the second with a one-minute minimum', () => {
		const long = billedSeconds(90.4, 'linux-x86_64');
		expect(long).toEqual({ seconds: 91, minimum: false });
		expect(formatUsd(forSeconds(e.perTaskHour, long.seconds))).toEqual({
			text: '$0.00128',
			exact: false,
		});
		const short = billedSeconds(20, 'linux-x86_64');
		expect(short).toEqual({ seconds: 60, minimum: true });
		expect(formatUsd(forSeconds(e.perTaskHour, short.seconds))).toEqual({
			text: '$0.00084',
			exact: false,
		});
	});
});

describe('estimate', () => {
	it('uses each Region’s and architecture’s rates', () => {
		const tokyo = estimate({ ...WORKED, storageGb: 20, tasks: 1 }, region('ap-northeast-1'));
		// 0.05056 + 2 × 0.00553 = 0.06162 per task-hour; × 720 h = 44.3664
		expect(usd(tokyo.perTaskHour)).toBe('$0.06162');
		expect(usd(tokyo.onDemand)).toBe('$44.3664');
		const arm = estimate(
			{ ...WORKED, platform: 'linux-arm64', storageGb: 20, tasks: 1 },
			region('us-east-1'),
		);
		// 0.03238 + 2 × 0.00356 = 0.0395
		expect(usd(arm.perTaskHour)).toBe('$0.0395');
	});

	it('says which prices are not in the data instead of guessing', () => {
		const tokyoStorage = estimate(WORKED, region('ap-northeast-1'));
		expect(tokyoStorage.missing).toEqual(['storage']);
		expect(tokyoStorage.parts.map((p) => p.kind)).toEqual(['vcpu', 'memory']);
		const windows = estimate({ ...WORKED, platform: 'windows-x86_64' }, region('us-east-1'));
		expect(windows.missing).toEqual(['platform']);
		expect(windows.onDemand).toBe(0n);
		expect(windows.spotAvailable).toBe(false);
	});

	it('shows Spot as a range: its share costs 30–100% of on-demand', () => {
		const half = estimate({ ...WORKED, spotPercent: 50 }, region('us-east-1'));
		// 36.3456 on demand + 36.3456 × [0.3, 1] = 47.24928 … 72.6912
		expect(half.spot && [usd(half.spot.low), usd(half.spot.high)]).toEqual([
			'$47.24928',
			'$72.6912',
		]);
		expect(half.spot && formatUsd(half.spot.low).exact).toBe(true);
		expect(estimate(WORKED, region('us-east-1')).spot).toBeUndefined();
		expect(
			estimate({ ...WORKED, platform: 'windows-x86_64', spotPercent: 100 }, region('us-east-1'))
				.spot,
		).toBeUndefined();
	});

	it('compares the nearest valid sizes', () => {
		const e = estimate(WORKED, region('us-east-1'));
		// By hand: (0.5 × 0.04048 + 0.00889 + 0.00111) × 1,440 = 43.5456;
		// (0.04048 + 3 × 0.004445 + 0.00111) × 1,440 = 79.092; (0.08096 + 0.01778 + 0.00111) × 1,440 = 143.784
		expect(e.neighbours.map((n) => [n.size.cpu, n.size.memory, usd(n.onDemand)])).toEqual([
			[512, 2048, '$43.5456'],
			[1024, 3072, '$79.092'],
			[2048, 4096, '$143.784'],
		]);
	});

	it('marks an invalid size', () => {
		expect(estimate({ ...WORKED, cpu: 256, memory: 4096 }, region('us-east-1')).validSize).toBe(
			false,
		);
		expect(
			estimate(
				{ ...WORKED, platform: 'windows-x86_64', cpu: 512, memory: 1024 },
				region('us-east-1'),
			).validSize,
		).toBe(false);
	});

	it('keeps fractions of vCPU and GB exact', () => {
		const e = estimate(
			{
				...WORKED,
				cpu: 256,
				memory: 512,
				storageGb: 20,
				tasks: 3,
				hoursPerDay: 8.5,
				daysPerMonth: 22,
			},
			region('us-east-1'),
		);
		// (0.25 × 0.04048 + 0.5 × 0.004445) × 3 × 8.5 × 22 = 0.0123425 × 561
		expect(formatNumber(e.taskHours)).toBe('561');
		expect(e.onDemand * 10_000_000n).toBe(69_241_425n * DEN);
		expect(formatUsd(e.onDemand)).toEqual({ text: '$6.92', exact: false });
	});
});

describe('billing and formatting', () => {
	it.each([
		[0, 'linux-x86_64', 60, true],
		[30.5, 'linux-arm64', 60, true],
		[59.2, 'linux-arm64', 60, false],
		[60, 'linux-x86_64', 60, false],
		[60.01, 'linux-x86_64', 61, false],
		[20, 'windows-x86_64', 20, false],
	] as const)('%s s on %s bills %s s', (s, platform, want, minimum) => {
		expect(billedSeconds(s, platform)).toEqual({ seconds: want, minimum });
	});

	it('parses decimal prices exactly', () => {
		expect(nanoUsd('0.04048')).toBe(40_480_000n);
		expect(nanoUsd('0.000111')).toBe(111_000n);
		expect(nanoUsd('1.5')).toBe(1_500_000_000n);
	});

	it.each([
		[DEN * 1234n + DEN / 2n, '$1,234.50', true],
		[0n, '$0.00', true],
		[DEN / 3n, '$0.33333', false],
		[(DEN * 200n) / 3n, '$66.67', false],
	])('formats %s', (amount, text, exact) => {
		expect(formatUsd(amount)).toEqual({ text, exact });
	});
});

describe('price data', () => {
	it('has Tokyo and N. Virginia with their provenance', () => {
		expect(prices.regions.map((r) => r.region)).toEqual(['ap-northeast-1', 'us-east-1']);
		for (const r of prices.regions) {
			expect(r.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(r.pricingPage).toBe('https://aws.amazon.com/fargate/pricing/');
			expect(r.linux.X86_64 && r.linux.ARM64).toBeTruthy();
		}
	});

	it('rejects a price written as a number and a repeated Region, naming the field', () => {
		const bad = structuredClone(rawPrices) as { regions: Record<string, unknown>[] };
		(bad.regions[0] as { linux: { X86_64: { vcpuHour: unknown } } }).linux.X86_64.vcpuHour = 0.05;
		bad.regions.push(bad.regions[1] as Record<string, unknown>);
		const result = PricesSchema.safeParse(bad);
		expect(result.success).toBe(false);
		const issues = result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];
		expect(issues.map(([p]) => p)).toEqual(['regions.0.linux.X86_64.vcpuHour']);
		const dup = structuredClone(rawPrices) as { regions: unknown[] };
		dup.regions.push(dup.regions[1]);
		expect(PricesSchema.safeParse(dup).error?.issues[0]?.message).toBe(
			'リージョン us-east-1 が 2 回あります',
		);
		expect(price).toBeTypeOf('function');
	});
});

describe('the lesson text', () => {
	it('states the same inputs, unit prices and results as the calculator', async () => {
		const { readFileSync } = await import('node:fs');
		const lesson = readFileSync(
			new URL('../../../content/lessons/pricing-and-cost.mdx', import.meta.url),
			'utf8',
		);
		const section = lesson.slice(
			lesson.indexOf('## 計算例'),
			lesson.indexOf('\n## ', lesson.indexOf('## 計算例') + 1),
		);
		const e = estimate(WORKED, region('us-east-1'));
		// Inputs and unit prices (same data file as the calculator).
		for (const text of [
			'us-east-1',
			'1 vCPU、2 GB',
			'30 GB',
			'| タスク数 | 2',
			'720 時間',
			'$0.04048',
			'$0.004445',
			'$0.000111',
		])
			expect(section).toContain(text);
		const rates = region('us-east-1').linux.X86_64;
		expect([rates?.vcpuHour, rates?.gbHour, region('us-east-1').ephemeralGbHour]).toEqual([
			'0.04048',
			'0.004445',
			'0.000111',
		]);
		// Results.
		for (const part of e.parts) expect(section).toContain(`**${usd(part.perTaskHour)}**`);
		expect(section).toContain(`**${usd(e.perTaskHour)}**`);
		expect(section).toContain(`**${formatNumber(e.taskHours)} タスク・時間**`);
		expect(section).toContain(`**${usd(e.onDemand)}**`);
		expect(section).toContain('vCPU $58.2912 ＋ メモリ $12.8016 ＋ ストレージ $1.5984 = $72.6912');
		expect(section).toContain(
			`≒ **${usd(forSeconds(e.perTaskHour, billedSeconds(90.4, 'linux-x86_64').seconds))}**`,
		);
		expect(section).toContain(
			`≒ **${usd(forSeconds(e.perTaskHour, billedSeconds(20, 'linux-x86_64').seconds))}**`,
		);
	});
});
