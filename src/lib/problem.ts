/**
 * A located problem in a content file, and how it is printed. Shared by the build-time integrity
 * check, the bank validator (`npm run validate`) and `scripts/check-content.ts`.
 */

/** One problem: which file, which item in it (question / term / lesson id), which field, what to do. */
export interface Problem {
	/** Path relative to the repository root, e.g. `quizzes/networking.json`. */
	file: string;
	/** The item inside the file, e.g. a question id; omitted for file-level problems. */
	item?: string | undefined;
	/** Field path inside the item, e.g. `options[2].text`. */
	field?: string | undefined;
	/** Plain-language message saying what is wrong and what to do. */
	message: string;
}

/** Formats a zod-style path (`['questions', 3, 'options', 1, 'text']`) as `questions[3].options[1].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}

/** One line per problem: `file › item › field: message`. */
export function formatProblem(p: Problem): string {
	const where = [p.file, p.item, p.field].filter((s) => s !== undefined && s !== '').join(' › ');
	return `${where}: ${p.message}`;
}

/** Sorts problems by file, then item, then field, so reports are stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	const key = (p: Problem) => `${p.file}\u0000${p.item ?? ''}\u0000${p.field ?? ''}`;
	return [...problems].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
