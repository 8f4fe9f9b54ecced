/**
 * One-off migration helper: gives every question that has no `verified` date the date passed in,
 * placed right after `difficulty`. Keeps each file's 2-space JSON layout and key order, and
 * never changes a question that already has a date, so it is safe to re-run (for example after
 * merging a branch whose banks predate the field).
 *
 * Usage: node scripts/add-verified.ts YYYY-MM-DD [quizzes/x.json …]   (no files: every bank)
 *
 * Only stamp a date on which the items were really checked against the AWS documentation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listFiles, ROOT } from './content-files.ts';

/** Returns `question` with `verified` inserted after `difficulty` (or at the end), if missing. */
export function withVerified(
	question: Record<string, unknown>,
	date: string,
): Record<string, unknown> {
	if ('verified' in question) return question;
	const out: Record<string, unknown> = {};
	let placed = false;
	for (const [key, value] of Object.entries(question)) {
		out[key] = value;
		if (key === 'difficulty') {
			out['verified'] = date;
			placed = true;
		}
	}
	if (!placed) out['verified'] = date;
	return out;
}

if (import.meta.main) {
	const [date, ...files] = process.argv.slice(2);
	if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
		console.error('usage: node scripts/add-verified.ts YYYY-MM-DD [quizzes/x.json …]');
		process.exit(2);
	}
	const targets =
		files.length > 0
			? files
			: listFiles('quizzes', '.json').filter(
					(f) => !f.endsWith('bank.schema.json') && !/(^|\/)_[^/]*$/.test(f),
				);
	for (const file of targets) {
		const path = resolve(ROOT, file);
		const text = readFileSync(path, 'utf8');
		const bank = JSON.parse(text) as { questions?: unknown };
		if (text !== `${JSON.stringify(bank, null, 2)}\n`) {
			// Rewriting would reflow a hand-laid-out file (e.g. the template): leave it to a person.
			console.log(`${file}: skipped (not in 2-space JSON.stringify layout; add verified by hand)`);
			continue;
		}
		if (!Array.isArray(bank.questions)) continue;
		let added = 0;
		bank.questions = (bank.questions as unknown[]).map((q) => {
			if (!q || typeof q !== 'object' || 'verified' in q) return q;
			added += 1;
			return withVerified(q as Record<string, unknown>, date);
		});
		if (added > 0) writeFileSync(path, `${JSON.stringify(bank, null, 2)}\n`);
		console.log(`${file}: ${added} question(s) stamped`);
	}
}
