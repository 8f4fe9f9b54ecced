/**
 * Glossary search per keystroke, measured by scripts/bench-glossary.ts: the real glossary
 * (target: median ≤ 2 ms) and 1,000 generated terms (reported only). When the measurement
 * fails, the bench reports "not available" with the reason instead of failing as a whole.
 */
import {
	benchGlossary as measureGlossary,
	type GlossaryBench as Figures,
} from '../bench-glossary.ts';

export type GlossaryBench =
	| {
			available: true;
			/** Median and 95th-percentile ms per keystroke over the real glossary. */
			realMs: number;
			realP95Ms: number;
			/** The same over the generated glossary (`result.generated.terms` terms). */
			generatedMs: number;
			generatedP95Ms: number;
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
			realP95Ms: result.real.p95Ms,
			generatedMs: result.generated.medianMs,
			generatedP95Ms: result.generated.p95Ms,
			result,
		};
	} catch (e) {
		return {
			available: false,
			reason: `scripts/bench-glossary.ts failed: ${(e as Error).message.split('\n')[0] ?? ''}`,
		};
	}
}
