/**
 * Checks every lesson, glossary term and question bank: schemas, then cross-references.
 * Usage: node scripts/check-content.ts [file …]   (no files: everything). Exits 1 on any problem.
 */
import { resolve, relative } from 'node:path';
import { checkAllContent, ROOT } from './content-files.ts';
import { formatProblem, sortProblems } from '../src/lib/problem.ts';

const args = process.argv.slice(2).map((a) => relative(ROOT, resolve(a)));
const only = args.length > 0 ? new Set(args) : undefined;
const content = checkAllContent();
let problems = content.problems;
if (only) problems = problems.filter((p) => only.has(p.file));
for (const p of sortProblems(problems)) console.log(formatProblem(p));
const counts = `${content.lessons.length} lessons, ${content.terms.length} terms, ${content.bankFiles.length} banks`;
if (problems.length > 0) {
	console.log(`\n${problems.length} problem(s) (${counts}).`);
	process.exit(1);
}
console.log(`OK: no problems (${counts}).`);
