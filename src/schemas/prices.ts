/**
 * Fargate unit prices (src/data/fargate-prices.json): per Region, where and when they were read.
 * A price that could not be confirmed is left out, and the calculator says it is not in the data
 * rather than guessing. Prices are decimal strings (USD) so no float rounding creeps in.
 *
 * THIS FILE IS IMPORTED BY THE ASTRO BUILD AND THE UNIT TESTS. It only imports `astro/zod`.
 */
import { z } from 'astro/zod';

/** A price in US dollars as written on the price list, e.g. "0.04048". */
export const UsdSchema = z.string().regex(/^\d+\.\d{1,9}$/, {
	error: '価格は "0.04048" のように、小数点つきの文字列で書いてください',
});

/** Per-hour prices of one OS/architecture. */
export const RatesSchema = z.object({
	/** USD per vCPU per hour. */
	vcpuHour: UsdSchema,
	/** USD per GB of memory per hour. */
	gbHour: UsdSchema,
});
export type Rates = z.output<typeof RatesSchema>;

/** One Region's prices and their provenance. */
export const RegionPricesSchema = z.object({
	/** Region code, e.g. `ap-northeast-1`. */
	region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, {
		error: 'リージョンコード（例: ap-northeast-1）を書いてください',
	}),
	/** Region name as the page shows it, e.g. `アジアパシフィック（東京）`. */
	name: z.string().min(1),
	/** The day these prices were checked (YYYY-MM-DD). */
	checkedOn: z.iso.date({ error: '確認日は YYYY-MM-DD で書いてください' }),
	/** The AWS pricing page the learner can check them against. */
	pricingPage: z.url({ protocol: /^https$/ }),
	/** Where the numbers were read (the AWS Price List offer file for the Region). */
	source: z.url({ protocol: /^https$/ }),
	/** How the numbers were confirmed, or what is missing and why. */
	note: z.string().min(1),
	/** Linux prices by CPU architecture; an architecture left out is not in the data. */
	linux: z.object({ X86_64: RatesSchema.optional(), ARM64: RatesSchema.optional() }),
	/** Windows prices (X86_64, OS license included); left out when not confirmed. */
	windows: RatesSchema.extend({ licenseVcpuHour: UsdSchema }).optional(),
	/** USD per GB per hour of ephemeral storage beyond the 20 GB included. */
	ephemeralGbHour: UsdSchema.optional(),
});
export type RegionPrices = z.output<typeof RegionPricesSchema>;

export const PricesSchema = z
	.object({
		currency: z.literal('USD'),
		regions: z.array(RegionPricesSchema).min(1),
	})
	.superRefine((data, ctx) => {
		const seen = new Set<string>();
		data.regions.forEach((r, i) => {
			if (seen.has(r.region))
				ctx.addIssue({
					code: 'custom',
					path: ['regions', i, 'region'],
					message: `リージョン ${r.region} が 2 回あります`,
				});
			seen.add(r.region);
		});
	});
export type Prices = z.output<typeof PricesSchema>;
