/**
 * Bank validation: the zod schema first, then the checks across banks and lessons. Every problem
 * is collected (never only the first) and located by file, question id and field path.
 * Pure: callers read the files and pass in parsed JSON.
 */
import {
	BANK_FIELDS,
	BankSchema,
	DOMAIN_FIELDS,
	OPTION_FIELDS,
	QUESTION_FIELDS,
	SOURCE_FIELDS,
	type Bank,
} from '../../schemas/bank.ts';
import { closest, formatPath, type Problem } from '../problem.ts';

/** A bank file as read from disk: its path and its parsed JSON (or the JSON syntax error). */
export interface BankFile {
	file: string;
	json?: unknown;
	syntaxError?: string;
}

/** Type names as an instructor reads them. */
const FRIENDLY_TYPES: Record<string, string> = {
	string: '文字列',
	number: '数値',
	int: '整数',
	boolean: 'true か false',
	array: '配列 [ … ]',
	object: 'オブジェクト { … }',
};

/**
 * Names instructors write for a field that has another name here (folded: lowercase, no `_`,
 * `-` or spaces), per level of the bank. Edit distance catches the typos; these catch the
 * synonyms it cannot (`choices` is far from `options`).
 */
const FIELD_ALIASES: Record<
	'bank' | 'domain' | 'question' | 'option' | 'source',
	Record<string, string>
> = {
	bank: {
		name: 'title',
		summary: 'description',
		position: 'order',
		sort: 'order',
		examcode: 'exam',
		passmark: 'passingScore',
		minutes: 'timeLimitMinutes',
		timelimit: 'timeLimitMinutes',
		items: 'questions',
	},
	domain: { name: 'title', percent: 'weight', share: 'weight' },
	question: {
		question: 'stem',
		text: 'stem',
		explain: 'explanation',
		body: 'stem',
		choices: 'options',
		answers: 'options',
		source: 'references',
		sources: 'references',
		links: 'references',
		level: 'difficulty',
		exam: 'exams',
		lastverified: 'verified',
		verifiedat: 'verified',
		checked: 'verified',
		date: 'verified',
	},
	option: {
		answer: 'correct',
		iscorrect: 'correct',
		label: 'text',
		explain: 'explanation',
		reason: 'explanation',
		why: 'explanation',
		fixed: 'pin',
		locked: 'pin',
	},
	source: { name: 'title', href: 'url', link: 'url' },
};

/** Which kind of object a zod path points at, and the fields allowed there. */
function levelAt(
	path: readonly PropertyKey[],
): { level: keyof typeof FIELD_ALIASES; fields: readonly string[] } | undefined {
	const [a, i, b, j, ...rest] = path;
	if (path.length === 0) return { level: 'bank', fields: BANK_FIELDS };
	if (a === 'domains' && typeof i === 'number' && path.length === 2)
		return { level: 'domain', fields: DOMAIN_FIELDS };
	if (a !== 'questions' || typeof i !== 'number') return undefined;
	if (path.length === 2) return { level: 'question', fields: QUESTION_FIELDS };
	if (typeof j !== 'number' || rest.length > 0) return undefined;
	if (b === 'options') return { level: 'option', fields: OPTION_FIELDS };
	if (b === 'references') return { level: 'source', fields: SOURCE_FIELDS };
	return undefined;
}

/** The value at a zod path inside parsed JSON (undefined when absent). */
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
	let node: unknown = json;
	for (const key of path) {
		if (!node || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[key];
	}
	return node;
}

/** What to write for a missing or mistyped field, when "a string" says too little. */
const FIELD_HINTS: Record<string, string> = {
	verified:
		'AWS ドキュメントと照合した日付を "YYYY-MM-DD" の形で書いてください（例: "verified": "2026-11-23"）',
};

interface ZodLikeIssue {
	code: string;
	path: PropertyKey[];
	message: string;
	expected?: string;
	values?: unknown[];
	keys?: string[];
}

/** Turns one zod issue into a plain-language message for an instructor. */
function describeIssue(issue: ZodLikeIssue, json: unknown): string {
	switch (issue.code) {
		case 'invalid_type': {
			const want = FRIENDLY_TYPES[issue.expected ?? ''] ?? issue.expected ?? '正しい型';
			const hint = FIELD_HINTS[String(issue.path.at(-1))] ?? `${want}で書いてください`;
			return valueAt(json, issue.path) === undefined ? `必須の項目がありません。${hint}` : hint;
		}
		case 'invalid_value':
			return `次のどれかにしてください: ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
		default:
			return issue.message;
	}
}

/** One message per unknown field, with the field it most likely meant. */
function describeUnknownKey(
	key: string,
	where: { level: keyof typeof FIELD_ALIASES; fields: readonly string[] } | undefined,
): { message: string; meant?: string } {
	if (!where) return { message: '知らない項目です。綴りを確認するか、不要なら削除してください' };
	const meant = closest(key, where.fields, FIELD_ALIASES[where.level]);
	if (meant !== undefined)
		return {
			meant,
			message: `知らない項目です。「${meant}」のつもりなら、項目名を「${meant}」に直してください`,
		};
	return {
		message: `知らない項目です。ここで使える項目は ${where.fields.join(', ')} です。不要なら削除してください`,
	};
}

/** Locates an issue path inside a bank: which question (by id) and which field below it. */
function locate(json: unknown, path: readonly PropertyKey[]): { item?: string; field: string } {
	if (path[0] === 'questions' && typeof path[1] === 'number') {
		const q = valueAt(json, path.slice(0, 2));
		const id =
			q && typeof q === 'object' && typeof (q as { id?: unknown }).id === 'string'
				? (q as { id: string }).id
				: `questions[${path[1]}]`;
		return { item: id, field: formatPath(path.slice(2)) || '(問題全体)' };
	}
	return { field: formatPath(path) || '(バンク全体)' };
}

/** The zod issues of a bank as located problems; a typo and the missing field it causes are one. */
function issuesToProblems(file: string, json: unknown, issues: readonly ZodLikeIssue[]): Problem[] {
	const problems: Problem[] = [];
	/** Fields already explained by a typo ("did you mean `explanation`?"), by path. */
	const meantPaths = new Set<string>();
	for (const issue of issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		for (const key of issue.keys ?? []) {
			const { message, meant } = describeUnknownKey(key, levelAt(issue.path));
			if (meant !== undefined) meantPaths.add(formatPath([...issue.path, meant]));
			problems.push({ file, ...locate(json, [...issue.path, key]), message });
		}
	}
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') continue;
		const missing = issue.code === 'invalid_type' && valueAt(json, issue.path) === undefined;
		if (missing && meantPaths.has(formatPath(issue.path))) continue;
		problems.push({ file, ...locate(json, issue.path), message: describeIssue(issue, json) });
	}
	return problems;
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
		return { problems: issuesToProblems(input.file, input.json, result.error.issues) };
	}
	const problems: Problem[] = [];
	// A draft `_my-bank.json` (not published) is expected to hold the bank `my-bank`.
	const expectedId = input.file
		.split('/')
		.pop()
		?.replace(/\.json$/, '')
		.replace(/^_/, '');
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
	bank: Pick<Bank, 'id'> & {
		questions: Pick<Bank['questions'][number], 'id' | 'lessons'>[];
	};
}

/**
 * The parts of an invalid bank that the checks across banks can still use (question ids and
 * lesson slugs), so that one run reports every problem, not only the schema's.
 */
function readablePart(json: unknown): LocatedBank['bank'] | undefined {
	if (!json || typeof json !== 'object') return undefined;
	const raw = json as { id?: unknown; questions?: unknown };
	if (typeof raw.id !== 'string' || !Array.isArray(raw.questions)) return undefined;
	const questions = (raw.questions as unknown[]).flatMap((q) => {
		const r = q as { id?: unknown; lessons?: unknown } | null;
		if (!r || typeof r.id !== 'string') return [];
		const lessons = Array.isArray(r.lessons)
			? (r.lessons as unknown[]).filter((l): l is string => typeof l === 'string')
			: [];
		return [{ id: r.id, lessons }];
	});
	return { id: raw.id, questions };
}

/** What to write instead of an unknown lesson slug: the closest existing one, or the list. */
function unknownLessonMessage(slug: string, lessonSlugs: ReadonlySet<string>): string {
	const known = [...lessonSlugs].sort();
	const meant = closest(slug, known);
	return meant !== undefined
		? `レッスン「${slug}」はありません。「${meant}」のつもりなら、「${meant}」に直してください`
		: `レッスン「${slug}」はありません。content/lessons/ にあるファイル名（.mdx を除く）を書いてください: ${known.join(', ')}`;
}

/**
 * Checks across banks: bank ids and question ids unique everywhere, every lesson slug known.
 * (Two banks may share an `order`: the list then sorts them by title.) Used by the CLI and at build time (Astro has already schema-checked the banks there).
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
						message: unknownLessonMessage(slug, lessonSlugs),
					});
				}
			});
		}
	}
	return problems;
}

/** Validates all bank files: each file's schema, then the checks across banks. Every problem is returned. */
export function validateBanks(
	bankFiles: readonly BankFile[],
	lessonSlugs: ReadonlySet<string>,
): { banks: Bank[]; files: string[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const banks: Bank[] = [];
	/** files[i] is the file of banks[i]. */
	const files: string[] = [];
	const located: LocatedBank[] = [];
	for (const f of bankFiles) {
		const { bank, problems: own } = validateBankFile(f);
		problems.push(...own);
		if (bank) {
			banks.push(bank);
			files.push(f.file);
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
	return { banks, files, problems };
}
