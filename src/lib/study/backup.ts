/**
 * The one backup file: everything the site stores about a learner, as one JSON document. Both
 * the dashboard (学習状況) and the quiz page export and import this file.
 *
 * Format (`format` and `v` identify it; a reader must accept every older `v`):
 *   {
 *     "format": "fargate-drill-backup",
 *     "v": 1,
 *     "exportedAt": "<ISO date>",
 *     "progress": { "v": 1, "done": { "<lesson-slug>": "<ISO date marked>" } },   // fd:progress:v1
 *     "quiz": { "v": 2, "attempts": [...], "cards": {...}, "bookmarks": {...} }, // fd:quiz:v2
 *     "settings": {
 *       "theme": "system" | "light" | "dark",                                     // fd:theme:v1
 *       "quizSetup": { "<bank-id>": { "set", "count", "extension" } }             // fd:quiz:setup:v1
 *     }
 *   }
 * Every part is optional on reading. `quiz` may also be a v1 history (files written before the
 * history became v2); it is migrated like stored v1 history. `settings.theme` and
 * `settings.quizSetup` are only written when set. `quizSetup` was added without a version bump:
 * it is an optional field that older readers ignore, so the file stays v1.
 * Import also reads a bare quiz history (`{ "v": 1 | 2, "attempts", "cards", "bookmarks"? }`),
 * the file the quiz page's export wrote before this format existed.
 * Merging never duplicates: attempts by id, lessons by slug (the earlier date is kept), cards by
 * question (the more recently reviewed wins), bookmarks by question (the one here wins);
 * settings are taken only when none are set here (the theme; each bank's setup choice).
 * The stored keys themselves are documented in src/client/storage.ts.
 * Pure: the browser side (src/client/study-store.ts) reads and writes storage.
 */
import { emptyHistory, mergeHistory, parseHistoryValue, type History } from '../quiz/history.ts';
import { parseSetupPrefs, type SetupChoice } from '../quiz/policy.ts';

export const BACKUP_FORMAT = 'fargate-drill-backup';
export const BACKUP_VERSION = 1;
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Backup {
	format: typeof BACKUP_FORMAT;
	v: 1;
	exportedAt: string;
	progress: { v: 1; done: Record<string, string> };
	quiz: History;
	settings: { theme?: Theme | undefined; quizSetup?: Record<string, SetupChoice> | undefined };
}

export interface BackupData {
	done: Record<string, string>;
	history: History;
	theme?: Theme | undefined;
	/** The quiz setup form's last choice per bank. */
	setup?: Record<string, SetupChoice> | undefined;
}

export function makeBackup(data: BackupData, nowIso: string): Backup {
	return {
		format: BACKUP_FORMAT,
		v: BACKUP_VERSION,
		exportedAt: nowIso,
		progress: { v: 1, done: { ...data.done } },
		quiz: data.history,
		settings: {
			...(data.theme ? { theme: data.theme } : {}),
			...(data.setup && Object.keys(data.setup).length > 0 ? { quizSetup: { ...data.setup } } : {}),
		},
	};
}

const SLUG = /^[a-z0-9-]{1,100}$/;

function parseDone(value: unknown): Record<string, string> {
	const done: Record<string, string> = {};
	if (typeof value !== 'object' || value === null) return done;
	const inner = (value as { done?: unknown }).done;
	if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return done;
	for (const [slug, at] of Object.entries(inner as Record<string, unknown>))
		if (SLUG.test(slug) && typeof at === 'string') done[slug] = at;
	return done;
}

/** A backup file's content, or undefined when it is not one (nor an older history export). */
export function parseBackup(value: unknown): BackupData | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const v = value as Record<string, unknown>;
	if (v['format'] === BACKUP_FORMAT) {
		if (v['v'] !== BACKUP_VERSION) return undefined;
		const quiz = v['quiz'] === undefined ? undefined : parseHistoryValue(v['quiz']);
		if (quiz?.unreadable) return undefined;
		const settings = v['settings'] as { theme?: unknown; quizSetup?: unknown } | undefined;
		const theme = settings?.theme;
		const setup = parseSetupPrefs(settings?.quizSetup);
		return {
			done: parseDone(v['progress']),
			history: quiz?.history ?? emptyHistory(),
			theme: (THEMES as readonly unknown[]).includes(theme) ? (theme as Theme) : undefined,
			...(Object.keys(setup).length > 0 ? { setup } : {}),
		};
	}
	const legacy = parseHistoryValue(value);
	return legacy.unreadable ? undefined : { done: {}, history: legacy.history };
}

export interface MergeReport {
	attempts: number;
	lessons: number;
	cards: number;
	/** Flagged questions added. */
	bookmarks: number;
	/** The theme was taken from the file. */
	theme: boolean;
	/** Banks whose setup choice was taken from the file. */
	setups: number;
}

/** Merges an imported backup into the current data and says what it added. */
export function mergeBackup(
	current: BackupData,
	incoming: BackupData,
): { data: BackupData; report: MergeReport } {
	const history = mergeHistory(current.history, incoming.history);
	const done = { ...current.done };
	let lessons = 0;
	for (const [slug, at] of Object.entries(incoming.done)) {
		const mine = done[slug];
		if (mine === undefined) lessons += 1;
		if (mine === undefined || at < mine) done[slug] = at;
	}
	let cards = 0;
	for (const [id, entry] of Object.entries(history.cards))
		if (current.history.cards[id] !== entry) cards += 1;
	const bookmarks = Object.keys(incoming.history.bookmarks).filter(
		(id) => !(id in current.history.bookmarks),
	).length;
	const theme = current.theme ?? incoming.theme;
	const setup = { ...incoming.setup, ...current.setup };
	const setups = Object.keys(incoming.setup ?? {}).filter(
		(bank) => !(bank in (current.setup ?? {})),
	).length;
	return {
		data: {
			done,
			history,
			theme,
			...(Object.keys(setup).length > 0 ? { setup } : {}),
		},
		report: {
			attempts: history.attempts.length - current.history.attempts.length,
			lessons,
			cards,
			bookmarks,
			theme: current.theme === undefined && incoming.theme !== undefined,
			setups,
		},
	};
}

/** The messages (ja.ts keys and their values) that tell the learner what an import restored. */
export function importMessages(report: MergeReport): {
	key: 'study.importDone' | 'study.importExtra' | 'study.importNothing';
	params: Record<string, number>;
}[] {
	const settings = (report.theme ? 1 : 0) + report.setups;
	if (report.attempts + report.lessons + report.cards + report.bookmarks + settings === 0)
		return [{ key: 'study.importNothing', params: {} }];
	const { attempts, lessons, cards, bookmarks } = report;
	return [
		{ key: 'study.importDone', params: { attempts, lessons, cards } },
		...(bookmarks + settings > 0
			? [{ key: 'study.importExtra' as const, params: { bookmarks, settings } }]
			: []),
	];
}
