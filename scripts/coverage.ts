/** Prints question coverage. Usage: npm run coverage   (exit 1 when a seed topic is asked fewer than twice) */
import { checkAllContent } from './content-files.ts';
import { coverage } from './coverage-report.ts';

const { banks } = checkAllContent();
const c = coverage(banks);
const table = (title: string, rows: Record<string, number>) => {
	console.log(`\n## ${title}`);
	for (const [k, v] of Object.entries(rows).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
		console.log(`${String(v).padStart(5)}  ${k}`);
};
console.log(`${c.total} questions in ${banks.length} banks`);
table('Questions per lesson (a question may link several lessons)', c.byLesson);
table('Questions per bank/domain', c.byDomain);
table('Questions per type', c.byType);
table('Questions per difficulty', c.byDifficulty);
console.log('\n## Seed topics (questions whose stem or options ask about them)');
for (const t of c.byTopic)
	console.log(`${String(t.count).padStart(5)}  ${t.title} [${t.id}, seed ${t.seeds}]`);
console.log(
	`\nSeed topics with fewer than two questions: ${c.thinTopics.length === 0 ? 'none' : c.thinTopics.join(', ')}`,
);
if (c.thinTopics.length > 0) process.exit(1);
