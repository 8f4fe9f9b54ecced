/** The editor JSON Schema for banks, generated from the zod schema (the single source of truth). */
import { z } from 'astro/zod';
import { BankSchema } from '../src/schemas/bank.ts';

export const BANK_SCHEMA_FILE = 'quizzes/bank.schema.json';

/** The JSON Schema text as committed in quizzes/bank.schema.json. */
export function bankJsonSchemaText(): string {
	const schema = z.toJSONSchema(BankSchema, {
		io: 'input',
		target: 'draft-2020-12',
		unrepresentable: 'any',
	});
	const withMeta = {
		...schema,
		$id: 'https://fargate-drill.example/quizzes/bank.schema.json',
		title: 'Fargate Drill question bank',
		description: 'Generated from src/schemas/bank.ts by `npm run schema`. Do not edit by hand.',
	};
	return `${JSON.stringify(withMeta, null, '\t')}\n`;
}
