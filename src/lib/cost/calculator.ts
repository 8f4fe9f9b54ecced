/**
 * The Fargate cost calculator: pure arithmetic over the unit prices in src/data/fargate-prices.json,
 * the same arithmetic as the pricing lesson's worked example (content/lessons/pricing-and-cost.mdx):
 * requested vCPU × rate + memory × rate + storage beyond 20 GB × rate, per task-hour, times the
 * task-hours; a short run is billed by the second, rounded up, with a one-minute minimum on Linux.
 *
 * Money is exact: every amount is a bigint numerator over one common denominator (`DEN`), so
 * $72.6912 comes out as $72.6912, not 72.69119999999. THIS FILE IS IMPORTED IN BOTH SERVER- AND
 * CLIENT-SIDE CODE.
 */
import type { Rates, RegionPrices } from '../../schemas/prices.ts';
import { isValidSize, neighbourSizes, type TaskSize } from '../taskdef/sizes.ts';

export type Platform = 'linux-x86_64' | 'linux-arm64' | 'windows-x86_64';
export const PLATFORMS: readonly Platform[] = ['linux-x86_64', 'linux-arm64', 'windows-x86_64'];
export const osOf = (p: Platform) => (p === 'windows-x86_64' ? 'windows' : 'linux');

/** Ephemeral storage included in the price, in GB. */
export const INCLUDED_STORAGE_GB = 20;
/** The billing minimum for Linux tasks, in seconds. Windows' minimum is not in our facts. */
export const LINUX_MINIMUM_SECONDS = 60;
/** Fargate Spot: "up to a 70% discount", so a Spot task costs 30–100% of on-demand. */
export const SPOT_MIN_PERCENT_OF_ON_DEMAND = 30;

const NANO = 10n ** 9n;
const SCALE = 10n ** 4n; // room for percentages of percentages (Spot share × Spot discount)
/** Every amount is `n / DEN` US dollars. */
export const DEN = 1024n * 3600n * NANO * SCALE;

/** An exact amount of US dollars: numerator over DEN. */
export type Usd = bigint;

/** "0.04048" → 40480000 nano-dollars. */
export function nanoUsd(decimal: string): bigint {
	const [whole = '0', frac = ''] = decimal.split('.');
	return BigInt(whole) * NANO + BigInt((frac + '000000000').slice(0, 9));
}

/** What a task asks for. */
export interface TaskShape extends TaskSize {
	platform: Platform;
	/** Ephemeral storage in GB (20 included). */
	storageGb: number;
}

/** One billed dimension: quantity × hourly rate. */
export interface Part {
	kind: 'vcpu' | 'memory' | 'storage' | 'license';
	/** Billed quantity: vCPUs or GB. */
	quantity: number;
	/** USD per unit-hour, as written in the price list. */
	rate: string;
	/** Cost of one task for one hour. */
	perTaskHour: Usd;
}

export interface Pricing {
	/** The dimensions that have a price, in lesson order (vCPU, memory, storage). */
	parts: Part[];
	/** Prices this shape needs that the data does not have. */
	missing: ('platform' | 'storage')[];
	/** Sum of the parts for one task-hour. */
	perTaskHour: Usd;
}

/** The rates for a platform in a Region, if the data has them. */
export function ratesFor(
	prices: RegionPrices,
	platform: Platform,
): (Rates & { licenseVcpuHour?: string }) | undefined {
	if (platform === 'linux-x86_64') return prices.linux.X86_64;
	if (platform === 'linux-arm64') return prices.linux.ARM64;
	return prices.windows;
}

/** Per-task-hour pricing of a task shape, part by part. */
export function price(shape: TaskShape, prices: RegionPrices): Pricing {
	const parts: Part[] = [];
	const missing: Pricing['missing'] = [];
	const rates = ratesFor(prices, shape.platform);
	// Quantities in 1/1024 units so 0.25 vCPU and 512 MiB stay whole numbers.
	const hour = (rate: string, units1024: number) =>
		nanoUsd(rate) * BigInt(units1024) * 3600n * SCALE;
	// Without the platform's rates there is no price for this task at all: not even storage.
	if (!rates) return { parts, missing: ['platform'], perTaskHour: 0n };
	parts.push({
		kind: 'vcpu',
		quantity: shape.cpu / 1024,
		rate: rates.vcpuHour,
		perTaskHour: hour(rates.vcpuHour, shape.cpu),
	});
	parts.push({
		kind: 'memory',
		quantity: shape.memory / 1024,
		rate: rates.gbHour,
		perTaskHour: hour(rates.gbHour, shape.memory),
	});
	if (rates.licenseVcpuHour)
		parts.push({
			kind: 'license',
			quantity: shape.cpu / 1024,
			rate: rates.licenseVcpuHour,
			perTaskHour: hour(rates.licenseVcpuHour, shape.cpu),
		});
	const extra = Math.max(0, Math.round(shape.storageGb) - INCLUDED_STORAGE_GB);
	if (extra > 0) {
		if (prices.ephemeralGbHour)
			parts.push({
				kind: 'storage',
				quantity: extra,
				rate: prices.ephemeralGbHour,
				perTaskHour: hour(prices.ephemeralGbHour, extra * 1024),
			});
		else missing.push('storage');
	}
	return { parts, missing, perTaskHour: parts.reduce((sum, p) => sum + p.perTaskHour, 0n) };
}

/** Seconds billed for one run: rounded up to the second; at least a minute on Linux. */
export function billedSeconds(
	seconds: number,
	platform: Platform,
): { seconds: number; minimum: boolean } {
	const up = Math.max(0, Math.ceil(seconds - 1e-9));
	if (osOf(platform) === 'linux' && up < LINUX_MINIMUM_SECONDS)
		return { seconds: LINUX_MINIMUM_SECONDS, minimum: true };
	return { seconds: up, minimum: false };
}

/** The cost of `seconds` at `perTaskHour`. */
export const forSeconds = (perTaskHour: Usd, seconds: number): Usd =>
	(perTaskHour * BigInt(seconds)) / 3600n;

/** The inputs of a monthly estimate. */
export interface Workload extends TaskShape {
	/** Tasks running at the same time. */
	tasks: number;
	/** Hours a day each task runs (0–24). */
	hoursPerDay: number;
	/** Days a month. */
	daysPerMonth: number;
	/** Share of the tasks on Fargate Spot, 0–100 (Linux only). */
	spotPercent: number;
}

export interface Estimate extends Pricing {
	validSize: boolean;
	/** Task-hours in the month (tasks × hours a day × days). */
	taskHours: number;
	/** Everything on demand. */
	onDemand: Usd;
	/** With the Spot share: its part costs 30–100% of on-demand. Undefined without a Spot share. */
	spot: { low: Usd; high: Usd } | undefined;
	/** Whether Spot is possible on this platform (not on Windows). */
	spotAvailable: boolean;
	/** The nearest valid sizes and their on-demand month. */
	neighbours: { size: TaskSize; onDemand: Usd; missing: Pricing['missing'] }[];
}

/** Seconds a month one task runs. */
const monthSeconds = (w: Workload) =>
	Math.round(w.hoursPerDay * 3600) * Math.round(w.daysPerMonth) * Math.round(w.tasks);

/** The monthly estimate for a workload in a Region. */
export function estimate(w: Workload, prices: RegionPrices): Estimate {
	const os = osOf(w.platform);
	const pricing = price(w, prices);
	const seconds = monthSeconds(w);
	const onDemand = forSeconds(pricing.perTaskHour, seconds);
	const spotAvailable = os === 'linux';
	const share = BigInt(Math.min(100, Math.max(0, Math.round(w.spotPercent))));
	const spot =
		spotAvailable && share > 0n
			? (() => {
					const spotPart = (onDemand * share) / 100n;
					const rest = onDemand - spotPart;
					return {
						low: rest + (spotPart * BigInt(SPOT_MIN_PERCENT_OF_ON_DEMAND)) / 100n,
						high: onDemand,
					};
				})()
			: undefined;
	return {
		...pricing,
		validSize: isValidSize(w, os),
		taskHours: seconds / 3600,
		onDemand,
		spot,
		spotAvailable,
		neighbours: neighbourSizes(w, os).map((size) => {
			const p = price({ ...w, ...size }, prices);
			return { size, onDemand: forSeconds(p.perTaskHour, seconds), missing: p.missing };
		}),
	};
}

/** An amount for display: exact when it has at most 6 decimals, else rounded and marked. */
export function formatUsd(amount: Usd): { text: string; exact: boolean } {
	const negative = amount < 0n;
	const n = negative ? -amount : amount;
	let decimals = 0;
	while (decimals <= 6 && (n * 10n ** BigInt(decimals)) % DEN !== 0n) decimals++;
	const exact = decimals <= 6;
	const shown = exact ? Math.max(2, decimals) : n >= DEN ? 2 : 5;
	const scaled = (n * 10n ** BigInt(shown) * 2n + DEN) / (2n * DEN); // round half up
	const digits = scaled.toString().padStart(shown + 1, '0');
	const whole = digits.slice(0, digits.length - shown).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return { text: `${negative ? '-' : ''}$${whole}.${digits.slice(digits.length - shown)}`, exact };
}

/** A number with thousands separators and at most 2 decimals: 1,440 or 182.5. */
export function formatNumber(n: number): string {
	const [whole = '0', frac] = (Math.round(n * 100) / 100).toString().split('.');
	return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}
