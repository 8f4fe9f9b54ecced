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

/**
 * Edit distance with adjacent transpositions (optimal string alignment): `explaination` →
 * `explanation` is 1, `lesosns` → `lessons` is 1.
 */
export function editDistance(a: string, b: string): number {
	const x = Array.from(a); // code points: names are plain text, no emoji sequences
	const y = Array.from(b);
	// d[i][j]: distance between the first i characters of x and the first j of y.
	const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
		Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
	for (let i = 1; i <= x.length; i++) {
		const row = d[i] ?? [];
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
				best = Math.min(best, at(i - 2, j - 2) + 1);
			row[j] = best;
		}
	}
	return at(x.length, y.length);
}

/** Case, `_`, `-` and spaces do not matter when comparing names: `Passing_Score` ≈ `passingScore`. */
const foldName = (s: string) =>
	s
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s_-]+/g, '');

/**
 * The candidate an instructor most likely meant by `input` (a misspelt field name or slug), or
 * undefined when none is close. Close means, after ignoring case, `_`, `-` and spaces: an alias
 * (`aliases[input]`, e.g. `choices` → `options`), or an edit distance of at most a third of the
 * candidate's length (at least 1, at most 3), or one name being a prefix of the other with at
 * least 3 characters in common (`pinned` → `pin`, `expl` → `explanation`). The smallest
 * distance wins; ties go to the earlier candidate.
 */
export function closest(
	input: string,
	candidates: readonly string[],
	aliases: Readonly<Record<string, string>> = {},
): string | undefined {
	const alias = aliases[foldName(input)];
	if (alias !== undefined && candidates.includes(alias)) return alias;
	const folded = foldName(input);
	let best: { name: string; distance: number } | undefined;
	for (const name of candidates) {
		const target = foldName(name);
		const distance = editDistance(folded, target);
		const limit = Math.min(3, Math.max(1, Math.floor(Array.from(target).length / 3)));
		const [short, long] = folded.length <= target.length ? [folded, target] : [target, folded];
		const prefix = short.length >= 3 && long.startsWith(short);
		if ((distance <= limit || prefix) && (best === undefined || distance < best.distance))
			best = { name, distance };
	}
	return best?.name;
}
