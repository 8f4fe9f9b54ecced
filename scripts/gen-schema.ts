/** Writes quizzes/bank.schema.json from the zod schema. Usage: npm run schema */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './content-files.ts';
import { BANK_SCHEMA_FILE, bankJsonSchemaText } from './bank-json-schema.ts';

writeFileSync(resolve(ROOT, BANK_SCHEMA_FILE), bankJsonSchemaText());
console.log(`wrote ${BANK_SCHEMA_FILE}`);
