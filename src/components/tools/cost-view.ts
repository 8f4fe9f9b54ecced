/**
 * What the cost calculator shows, as text: one function used by the page at build time (the
 * initial estimate, readable without JavaScript) and by <fd-cost-calculator> on every change, so
 * both render the same words and numbers. Strings come in as the `tools.cost.*` dictionary slice.
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */
import { interpolate } from '../../i18n/interpolate.ts';
import type { UiKey } from '../../i18n/index.ts';
import {
	billedSeconds,
	estimate,
	forSeconds,
	formatNumber,
	formatUsd,
	osOf,
	type Platform,
	type Usd,
	type Workload,
} from '../../lib/cost/calculator.ts';
import { cpuRow, memoryLabel, vcpuLabel, CPU_ROWS } from '../../lib/taskdef/sizes.ts';
import type { RegionPrices } from '../../schemas/prices.ts';

export type Strings = Readonly<Record<string, string>>;

/** The dictionary key of a platform's label. */
export const PLATFORM_KEYS: Record<Platform, UiKey> = {
	'linux-x86_64': 'tools.cost.platform.linuxX86',
	'linux-arm64': 'tools.cost.platform.linuxArm',
	'windows-x86_64': 'tools.cost.platform.windows',
};

export interface CostView {
	invalid: boolean;
	missing: string[];
	total: string;
	spot: string;
	parts: { label: string; formula: string; amount: string }[];
	perTaskHour: string;
	step2: string;
	step3: string;
	step4: string;
	run: string;
	runNote: string;
	neighbours: { size: string; month: string; diff: string; current: boolean }[];
	memoryHint: string;
	cpuHint: string;
	prices: string;
}

const money = (s: Strings, amount: Usd) => {
	const { text, exact } = formatUsd(amount);
	return exact ? text : `${s['tools.cost.approx'] ?? ''}${text}`;
};
/** "= $72.6912" or "≒ $0.00128": the result of a formula. */
const result = (s: Strings, amount: Usd) => {
	const { text, exact } = formatUsd(amount);
	return `${(exact ? s['tools.cost.equals'] : s['tools.cost.approx']) ?? ''}${text}`;
};

/** "512、1024、2048 MiB" style choice text for a CPU row, in GB where it reads better. */
export function memoryChoices(cpu: number): string {
	const row = cpuRow(cpu);
	if (!row) return '';
	const m = row.memory;
	if (m.length <= 3) return m.map(memoryLabel).join('、');
	const first = m[0] ?? 0;
	const step = (m[1] ?? first) - first;
	return `${memoryLabel(first)}〜${memoryLabel(m[m.length - 1] ?? 0)}（${memoryLabel(step)} 刻み）`;
}

/** Valid CPU values for an OS, smallest first. */
export const cpuChoices = (platform: Platform) =>
	CPU_ROWS.filter((r) => r.os.includes(osOf(platform))).map((r) => r.cpu);

/** Everything the result section shows for a workload. */
export function costView(
	s: Strings,
	w: Workload,
	prices: RegionPrices,
	runSeconds: number,
): CostView {
	const f = (key: string, params?: Record<string, string | number>) =>
		interpolate(s[key] ?? key, params);
	const e = estimate(w, prices);
	const platformLabel = f(PLATFORM_KEYS[w.platform]);
	const sizeText = (cpu: number, memory: number) =>
		f('tools.cost.size', { vcpu: vcpuLabel(cpu), memory: memoryLabel(memory) });
	const parts = e.parts.map((p) => ({
		label: f(`tools.cost.part.${p.kind}`),
		formula: f('tools.cost.partFormula', {
			qty: f(
				p.kind === 'vcpu' || p.kind === 'license' ? 'tools.cost.unit.vcpu' : 'tools.cost.unit.gb',
				{
					qty: formatNumber(p.quantity),
				},
			),
			rate: `$${p.rate}`,
		}),
		amount: money(s, p.perTaskHour),
	}));
	const taskHours = formatNumber(e.taskHours);
	const total = money(s, e.onDemand);
	const billed = billedSeconds(runSeconds, w.platform);
	const runNote =
		osOf(w.platform) === 'windows'
			? f('tools.cost.runWindows')
			: billed.minimum
				? f('tools.cost.runMinimum')
				: '';
	return {
		invalid: !e.validSize,
		missing: e.missing.map((m) =>
			f(`tools.cost.missing.${m}`, { region: prices.name, platform: platformLabel }),
		),
		total,
		spot: e.spot
			? f('tools.cost.withSpot', {
					percent: Math.round(w.spotPercent),
					low: money(s, e.spot.low),
					high: money(s, e.spot.high),
				})
			: '',
		parts,
		perTaskHour: money(s, e.perTaskHour),
		step2: f('tools.cost.step2', {
			tasks: formatNumber(w.tasks),
			hours: formatNumber(w.hoursPerDay),
			days: formatNumber(w.daysPerMonth),
			taskHours,
		}),
		step3: f('tools.cost.step3', {
			perTaskHour: money(s, e.perTaskHour),
			taskHours,
			total: result(s, e.onDemand),
		}),
		step4: f('tools.cost.step4', {
			parts: e.parts
				.map((p) =>
					f('tools.cost.breakdownItem', {
						part: f(`tools.cost.part.${p.kind}`),
						amount: money(s, forSeconds(p.perTaskHour, Math.round(e.taskHours * 3600))),
					}),
				)
				.join(' ＋ '),
		}),
		run: f('tools.cost.runResult', {
			billed: formatNumber(billed.seconds),
			perTaskHour: money(s, e.perTaskHour),
			cost: result(s, forSeconds(e.perTaskHour, billed.seconds)),
		}),
		runNote,
		neighbours: [
			...e.neighbours.map((n) => ({
				size: sizeText(n.size.cpu, n.size.memory),
				month: n.missing.includes('platform') ? '' : money(s, n.onDemand),
				diff: n.missing.includes('platform') ? '' : signed(s, n.onDemand - e.onDemand),
				current: false,
				order: n.size.cpu * 1e6 + n.size.memory,
			})),
			{
				size: f('tools.cost.current', { size: sizeText(w.cpu, w.memory) }),
				month: e.missing.includes('platform') ? '' : total,
				diff: '',
				current: true,
				order: w.cpu * 1e6 + w.memory,
			},
		]
			.sort((a, b) => a.order - b.order)
			.map(({ size, month, diff, current }) => ({ size, month, diff, current })),
		memoryHint: f('tools.cost.memoryHint', {
			vcpu: vcpuLabel(w.cpu),
			choices: memoryChoices(w.cpu),
		}),
		cpuHint: f(
			osOf(w.platform) === 'windows' ? 'tools.cost.cpuHint.windows' : 'tools.cost.cpuHint.linux',
		),
		prices: f('tools.cost.prices', { region: prices.name, date: prices.checkedOn }),
	};
}

/** "+$6.40" / "-$29.15". */
function signed(s: Strings, amount: Usd): string {
	const { text, exact } = formatUsd(amount < 0n ? -amount : amount);
	return `${exact ? '' : (s['tools.cost.approx'] ?? '')}${amount < 0n ? '−' : '+'}${text}`;
}
