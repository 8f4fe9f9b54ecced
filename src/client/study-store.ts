/**
 * The learner's whole stored state in one place, for the dashboard and the backup file
 * (src/lib/study/backup.ts documents the file). It reads and writes through the existing stores,
 * which each document their key, shape and recovery: lesson progress (progress-store.ts,
 * `fd:progress:v1`), quiz history and FSRS cards (quiz-store.ts, `fd:quiz:v1`) and the theme
 * (theme.ts, `fd:theme:v1`). Reading never throws; corrupt values are set aside by those stores.
 */
import { loadHistory, saveHistory, type WriteResult } from './quiz-store.ts';
import { PROGRESS_KEY, readProgress } from './progress-store.ts';
import { readThemePref, writeThemePref, THEME_KEY } from './theme.ts';
import { safeLocalStorage } from './storage.ts';
import {
	makeBackup,
	mergeBackup,
	parseBackup,
	type BackupData,
	type MergeReport,
} from '../lib/study/backup.ts';

export interface Loaded {
	data: BackupData;
	/** Something unreadable was found and set aside. */
	recovered: boolean;
}

/** Everything stored, read once. */
export function loadAll(nowIso: string): Loaded {
	const storage = safeLocalStorage();
	const { history, recovered } = loadHistory(storage, nowIso);
	const progress = readProgress(storage);
	let theme: BackupData['theme'];
	try {
		if (storage?.getItem(THEME_KEY) !== null) theme = readThemePref(storage);
	} catch {
		theme = undefined;
	}
	return { data: { done: progress.done, history, theme }, recovered };
}

/** The backup file's text. */
export function exportAll(data: BackupData, nowIso: string): string {
	return `${JSON.stringify(makeBackup(data, nowIso), null, 2)}\n`;
}

export type ImportResult =
	| { ok: true; report: MergeReport; data: BackupData }
	| { ok: false; reason: 'unreadable' | WriteResultReason };
type WriteResultReason = Extract<WriteResult, { ok: false }>['reason'];

/** Merges a backup file's text into storage. */
export function importAll(current: BackupData, text: string): ImportResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'unreadable' };
	}
	const incoming = parseBackup(value);
	if (!incoming) return { ok: false, reason: 'unreadable' };
	const { data, report } = mergeBackup(current, incoming);
	const storage = safeLocalStorage();
	const saved = saveHistory(storage, data.history);
	if (!saved.ok) return { ok: false, reason: saved.reason };
	try {
		storage?.setItem(PROGRESS_KEY, JSON.stringify({ v: 1, done: data.done }));
	} catch {
		return { ok: false, reason: 'quota' };
	}
	if (report.theme && data.theme) writeThemePref(storage, data.theme);
	return { ok: true, report, data };
}

/** Asks the browser to keep this site's data (no prompt in most browsers); never throws. */
export async function askToPersist(): Promise<boolean> {
	try {
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return false;
	}
}
