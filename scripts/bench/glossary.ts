/**
 * Glossary search per keystroke, measured by scripts/bench-glossary.ts. When that fails, the
 * bench reports "not available" with the reason instead of failing as a whole.
 */
import {
	benchGlossary as measureGlossary,
	type GlossaryBench as Figures,
} from '../bench-glossary.ts';

export type GlossaryBench =
	| {
			available: true;
			/** Median ms per keystroke at the real size and at 10,000 generated terms. */
			realMs: number;
			tenThousandMs: number;
			/** Everything scripts/bench-glossary.ts measured. */
			result: Figures;
	  }
	| { available: false; reason: string };

export function benchGlossary(): GlossaryBench {
	try {
		const result = measureGlossary();
		return {
			available: true,
			realMs: result.real.medianMs,
			tenThousandMs: result.large.medianMs,
			result,
		};
	} catch (e) {
		return {
			available: false,
			reason: `scripts/bench-glossary.ts failed: ${(e as Error).message.split('\n')[0]}`,
		};
	}
}
