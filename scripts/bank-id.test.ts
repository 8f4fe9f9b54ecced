import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BankSchema, RESERVED_BANK_IDS } from '../src/schemas/bank.ts';

const networking = JSON.parse(readFileSync('quizzes/networking.json', 'utf8')) as { id: string };

describe('bank id', () => {
	it('accepts a real bank as it is', () => {
		expect(BankSchema.safeParse(networking).success).toBe(true);
	});
	it.each(RESERVED_BANK_IDS)('refuses "%s", which a site page uses, at the id field', (id) => {
		const result = BankSchema.safeParse({ ...networking, id });
		expect(result.success).toBe(false);
		const issues = result.error?.issues ?? [];
		expect(issues.map((i) => i.path.join('.'))).toEqual(['id']);
		expect(issues[0]?.message).toContain(`/quizzes/${id}/`);
	});
});
