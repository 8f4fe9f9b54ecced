/**
 * Prints question coverage and the questions to re-check first (verified before their lessons).
 * Usage: npm run coverage   (exit 1 when a seed topic is asked fewer than twice)
 */
import { checkAllContent } from './content-files.ts';
import { coverage, staleQuestions } from './coverage-report.ts';

const { banks, locatedBanks, lessons } = checkAllContent();
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

// Keep it current: the oldest checks first, and those older than their lessons' facts.
const byDate: Record<string, number> = {};
for (const { bank } of locatedBanks)
	for (const q of bank.questions) byDate[q.verified] = (byDate[q.verified] ?? 0) + 1;
console.log('\n## Questions per verified date (oldest first)');
for (const [date, n] of Object.entries(byDate).sort((a, b) => a[0].localeCompare(b[0])))
	console.log(`${String(n).padStart(5)}  ${date}`);
const stale = staleQuestions(
	locatedBanks,
	lessons.map((l) => ({ slug: l.slug, lastVerified: l.data.lastVerified })),
);
console.log(
	`\n## Questions verified before a lesson they link was (re-check these first): ${stale.length === 0 ? 'none' : stale.length}`,
);
for (const s of stale)
	console.log(
		`  ${s.file} › ${s.id}: verified ${s.verified}, lesson ${s.lesson} ${s.lessonVerified}`,
	);
if (c.thinTopics.length > 0) process.exit(1);
