import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './content-files.ts';
import { BANK_SCHEMA_FILE, bankJsonSchemaText } from './bank-json-schema.ts';

describe('quizzes/bank.schema.json', () => {
	it('matches the zod schema (run `npm run schema` after changing src/schemas/bank.ts)', () => {
		expect(readFileSync(resolve(ROOT, BANK_SCHEMA_FILE), 'utf8')).toBe(bankJsonSchemaText());
	});
	it('describes the fields editors complete', () => {
		const schema = JSON.parse(bankJsonSchemaText()) as {
			properties: Record<string, unknown>;
			required: string[];
		};
		expect(Object.keys(schema.properties)).toEqual(
			expect.arrayContaining([
				'id',
				'title',
				'exam',
				'passingScore',
				'timeLimitMinutes',
				'domains',
				'questions',
			]),
		);
		expect(schema.required).toEqual(
			expect.arrayContaining(['id', 'title', 'timeLimitMinutes', 'domains', 'questions']),
		);
	});
});
