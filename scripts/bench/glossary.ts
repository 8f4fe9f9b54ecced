/**
 * Glossary search per keystroke, measured by scripts/bench-glossary.ts (written separately).
 * Loaded dynamically: when the file is missing or fails, the bench reports "not available"
 * instead of failing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type GlossaryBench =
	| {
			available: true;
			/** The exported function that was called. */
			exported: string;
			/** Median ms per keystroke at the real size and at 10,000 terms, when found in the result. */
			realMs: number | null;
			tenThousandMs: number | null;
			/** The result exactly as the module returned it. */
			result: unknown;
	  }
	| { available: false; reason: string };

/** Every numeric leaf of a plain object as "a.b.c" → value. */
function leaves(value: unknown, path = '', out = new Map<string, number>()): Map<string, number> {
	if (typeof value === 'number' && Number.isFinite(value)) out.set(path, value);
	else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
	else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
	return out;
}

/** The median-like figure under a branch whose path matches `branch` (best effort on an unknown shape). */
function pick(all: Map<string, number>, branch: RegExp, exclude?: RegExp): number | null {
	const candidates = [...all].filter(([p]) => branch.test(p) && !(exclude?.test(p) ?? false));
	for (const want of [/median/i, /p50/i, /mean|avg|average/i, /ms$/i]) {
		const hit = candidates.find(([p]) => want.test(p.split('.').pop() ?? ''));
		if (hit) return hit[1];
	}
	return null;
}

export async function benchGlossary(root: string): Promise<GlossaryBench> {
	const file = join(root, 'scripts/bench-glossary.ts');
	if (!existsSync(file)) return { available: false, reason: 'scripts/bench-glossary.ts not found' };
	try {
		const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
		const fns = Object.entries(mod).filter((e): e is [string, (...a: unknown[]) => unknown] => typeof e[1] === 'function');
		const chosen = fns.find(([n]) => n === 'benchGlossary') ?? fns.find(([n]) => n === 'default') ?? fns.find(([n]) => /bench/i.test(n)) ?? fns.find(([n]) => /glossary|search/i.test(n));
		if (!chosen) return { available: false, reason: `scripts/bench-glossary.ts exports no bench function (exports: ${Object.keys(mod).join(', ') || 'none'})` };
		const result = await chosen[1]();
		// Known shape (scripts/bench-glossary.ts): { real: { medianMs }, large: { medianMs } }.
		const known = result as { real?: { medianMs?: unknown }; large?: { medianMs?: unknown } } | null;
		if (typeof known?.real?.medianMs === 'number' && typeof known.large?.medianMs === 'number') {
			return { available: true, exported: chosen[0], realMs: known.real.medianMs, tenThousandMs: known.large.medianMs, result };
		}
		const all = leaves(result);
		return {
			available: true,
			exported: chosen[0],
			realMs: pick(all, /real|actual|current|site|base/i, /10k|10000|10_000|large|synthetic|generated/i),
			tenThousandMs: pick(all, /10k|10000|10_000|large|synthetic|generated|scaled/i),
			result,
		};
	} catch (e) {
		return { available: false, reason: `scripts/bench-glossary.ts failed: ${(e as Error).message.split('\n')[0]}` };
	}
}
