/**
 * The one backup file: everything the site stores about a learner, as one JSON document.
 *
 * Format (`format` and `v` identify it; a reader must accept every older `v`):
 *   {
 *     "format": "fargate-drill-backup",
 *     "v": 1,
 *     "exportedAt": "<ISO date>",
 *     "progress": { "v": 1, "done": { "<lesson-slug>": "<ISO date marked>" } },   // fd:progress:v1
 *     "quiz": { "v": 1, "attempts": [...], "cards": { ... } },                   // fd:quiz:v1
 *     "settings": { "theme": "system" | "light" | "dark" }                        // fd:theme:v1
 *   }
 * Import also reads a bare quiz history (`{ "v": 1, "attempts", "cards" }`), the file the quiz
 * page's export wrote before this format existed.
 * Merging never duplicates: attempts by id, lessons by slug (the earlier date is kept), cards by
 * question (the more recently reviewed wins); settings are taken only when none are set here.
 * Pure: the browser side (src/client/study-store.ts) reads and writes storage.
 */
import { emptyHistory, mergeHistory, parseHistoryValue, type History } from '../quiz/history.ts';

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
	settings: { theme?: Theme | undefined };
}

export interface BackupData {
	done: Record<string, string>;
	history: History;
	theme?: Theme | undefined;
}

export function makeBackup(data: BackupData, nowIso: string): Backup {
	return {
		format: BACKUP_FORMAT,
		v: BACKUP_VERSION,
		exportedAt: nowIso,
		progress: { v: 1, done: { ...data.done } },
		quiz: data.history,
		settings: data.theme ? { theme: data.theme } : {},
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
		const theme = (v['settings'] as { theme?: unknown } | undefined)?.theme;
		return {
			done: parseDone(v['progress']),
			history: quiz?.history ?? emptyHistory(),
			theme: (THEMES as readonly unknown[]).includes(theme) ? (theme as Theme) : undefined,
		};
	}
	const legacy = parseHistoryValue(value);
	return legacy.unreadable ? undefined : { done: {}, history: legacy.history };
}

export interface MergeReport {
	attempts: number;
	lessons: number;
	cards: number;
	theme: boolean;
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
	const theme = current.theme ?? incoming.theme;
	return {
		data: { done, history, theme },
		report: {
			attempts: history.attempts.length - current.history.attempts.length,
			lessons,
			cards,
			theme: current.theme === undefined && incoming.theme !== undefined,
		},
	};
}
