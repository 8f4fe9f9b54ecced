/**
 * Bank validation: the zod schema first, then the checks across banks and lessons. Every problem
 * is collected (never only the first) and located by file, question id and field path.
 * Pure: callers read the files and pass in parsed JSON.
 */
import { BankSchema, type Bank } from '../../schemas/bank.ts';
import { formatPath, type Problem } from '../problem.ts';

/** A bank file as read from disk: its path and its parsed JSON (or the JSON syntax error). */
export interface BankFile {
	file: string;
	json?: unknown;
	syntaxError?: string;
}

/** Field names an instructor may mistype, with the name the schema expects. */
const FRIENDLY_TYPES: Record<string, string> = {
	string: '文字列',
	number: '数値',
	boolean: 'true か false',
	array: '配列 [ … ]',
	object: 'オブジェクト { … }',
};

interface ZodLikeIssue {
	code: string;
	path: PropertyKey[];
	message: string;
	expected?: string;
	values?: unknown[];
	keys?: string[];
	input?: unknown;
}

/** Turns one zod issue into a plain-language message for an instructor. */
function describeIssue(issue: ZodLikeIssue): string {
	switch (issue.code) {
		case 'invalid_type': {
			const want = FRIENDLY_TYPES[issue.expected ?? ''] ?? issue.expected ?? '正しい型';
			return issue.input === undefined
				? `必須の項目がありません。${want}で書いてください`
				: `${want}で書いてください`;
		}
		case 'invalid_value':
			return `次のどれかにしてください: ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
		case 'unrecognized_keys':
			return `知らない項目があります: ${(issue.keys ?? []).join(', ')}。綴りを確認してください`;
		default:
			return issue.message;
	}
}

/** Locates an issue path inside a bank: which question (by id) and which field below it. */
function locate(json: unknown, path: readonly PropertyKey[]): { item?: string; field: string } {
	if (path[0] === 'questions' && typeof path[1] === 'number') {
		const questions = (json as { questions?: unknown[] } | null)?.questions;
		const q = Array.isArray(questions) ? questions[path[1]] : undefined;
		const id =
			q && typeof q === 'object' && typeof (q as { id?: unknown }).id === 'string'
				? (q as { id: string }).id
				: `questions[${path[1]}]`;
		return { item: id, field: formatPath(path.slice(2)) || '(問題全体)' };
	}
	return { field: formatPath(path) || '(バンク全体)' };
}

/** Validates one bank file against the schema. Returns the parsed bank (if valid) and its problems. */
export function validateBankFile(input: BankFile): { bank?: Bank; problems: Problem[] } {
	if (input.syntaxError !== undefined) {
		return {
			problems: [
				{
					file: input.file,
					message: `JSON として読めません（${input.syntaxError}）。カンマや引用符を確認してください`,
				},
			],
		};
	}
	const result = BankSchema.safeParse(input.json);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => {
			const where = locate(input.json, issue.path);
			return {
				file: input.file,
				item: where.item,
				field: where.field,
				message: describeIssue(issue as ZodLikeIssue),
			};
		});
		return { problems };
	}
	const problems: Problem[] = [];
	const expectedId = input.file
		.split('/')
		.pop()
		?.replace(/\.json$/, '');
	if (expectedId !== undefined && result.data.id !== expectedId) {
		problems.push({
			file: input.file,
			field: 'id',
			message: `バンク id「${result.data.id}」がファイル名と違います。「${expectedId}」にしてください`,
		});
	}
	return { bank: result.data, problems };
}

/** A bank (or the readable part of an invalid one) and the file it came from. */
export interface LocatedBank {
	file: string;
	bank: Pick<Bank, 'id'> & { questions: Pick<Bank['questions'][number], 'id' | 'lessons'>[] };
}

/**
 * The parts of an invalid bank that the checks across banks can still use (question ids and
 * lesson slugs), so that one run reports every problem, not only the schema's.
 */
function readablePart(json: unknown): LocatedBank['bank'] | undefined {
	if (!json || typeof json !== 'object') return undefined;
	const raw = json as { id?: unknown; questions?: unknown };
	if (typeof raw.id !== 'string' || !Array.isArray(raw.questions)) return undefined;
	const questions = raw.questions.flatMap((q: unknown) => {
		const r = q as { id?: unknown; lessons?: unknown } | null;
		if (!r || typeof r.id !== 'string') return [];
		const lessons = Array.isArray(r.lessons)
			? r.lessons.filter((l): l is string => typeof l === 'string')
			: [];
		return [{ id: r.id, lessons }];
	});
	return { id: raw.id, questions };
}

/**
 * Checks across banks: bank ids and question ids unique everywhere, every lesson slug known.
 * Used by the CLI and at build time (Astro has already schema-checked the banks there).
 */
export function crossCheckBanks(
	banks: readonly LocatedBank[],
	lessonSlugs: ReadonlySet<string>,
): Problem[] {
	const problems: Problem[] = [];
	const owner = new Map<string, string>();
	const bankIds = new Map<string, string>();
	for (const { file, bank } of banks) {
		const otherBank = bankIds.get(bank.id);
		if (otherBank)
			problems.push({
				file,
				field: 'id',
				message: `バンク id「${bank.id}」は ${otherBank} でも使われています`,
			});
		bankIds.set(bank.id, file);
		for (const q of bank.questions) {
			const first = owner.get(q.id);
			if (first !== undefined && first !== file) {
				problems.push({
					file,
					item: q.id,
					field: 'id',
					message: `問題 id「${q.id}」は ${first} でも使われています。履歴は id で記録されるので、新しい id を付けてください`,
				});
			} else owner.set(q.id, file);
			q.lessons.forEach((slug, j) => {
				if (!lessonSlugs.has(slug)) {
					problems.push({
						file,
						item: q.id,
						field: `lessons[${j}]`,
						message: `レッスン「${slug}」はありません。content/lessons/ にあるファイル名（.mdx を除く）を書いてください`,
					});
				}
			});
		}
	}
	return problems;
}

/** Validates all bank files: each file's schema, then the checks across banks. Every problem is returned. */
export function validateBanks(
	files: readonly BankFile[],
	lessonSlugs: ReadonlySet<string>,
): { banks: Bank[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const banks: Bank[] = [];
	const located: LocatedBank[] = [];
	for (const f of files) {
		const { bank, problems: own } = validateBankFile(f);
		problems.push(...own);
		if (bank) {
			banks.push(bank);
			located.push({ file: f.file, bank });
		} else {
			const part = readablePart(f.json);
			if (part) located.push({ file: f.file, bank: part });
		}
	}
	// Duplicate ids inside one file are already reported by the schema; report them once.
	const seen = new Set(problems.map((p) => `${p.file}|${p.item ?? ''}|${p.field ?? ''}`));
	for (const p of crossCheckBanks(located, lessonSlugs)) {
		if (!seen.has(`${p.file}|${p.item ?? ''}|${p.field ?? ''}`)) problems.push(p);
	}
	return { banks, problems };
}
