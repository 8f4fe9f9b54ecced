/**
 * The learner's whole stored state in one place, for the dashboard, the quiz page's export and
 * import, and the backup file (src/lib/study/backup.ts documents the file). It reads and writes
 * through the stores (progress-store.ts, quiz-store.ts, theme.ts), whose keys, shapes and
 * recovery are documented in src/client/storage.ts. Reading never throws.
 */
import { loadHistory, loadSetup, saveHistory, saveSetupPrefs } from './quiz-store.ts';
import { loadProgress, saveProgress } from './progress-store.ts';
import { hasThemePref, readThemePref, writeThemePref } from './theme.ts';
import { safeLocalStorage, type WriteFailure, type WriteResult } from './storage.ts';
import {
	makeBackup,
	mergeBackup,
	parseBackup,
	type BackupData,
	type MergeReport,
} from '../lib/study/backup.ts';

export interface Loaded {
	data: BackupData;
	/** Something unreadable was found in any store and set aside. */
	recovered: boolean;
}

/** Everything stored, read once. */
export function loadAll(nowIso: string): Loaded {
	const storage = safeLocalStorage();
	const history = loadHistory(storage, nowIso);
	const progress = loadProgress(storage, nowIso);
	const setup = loadSetup(storage, nowIso);
	const theme = hasThemePref(storage) ? readThemePref(storage) : undefined;
	return {
		data: {
			done: progress.progress.done,
			history: history.history,
			theme,
			...(Object.keys(setup.prefs).length > 0 ? { setup: setup.prefs } : {}),
		},
		recovered: history.recovered || progress.recovered || setup.recovered,
	};
}

/** The backup file's text. */
export function exportAll(data: BackupData, nowIso: string): string {
	return `${JSON.stringify(makeBackup(data, nowIso), null, 2)}\n`;
}

export type ImportResult =
	| { ok: true; report: MergeReport; data: BackupData }
	| { ok: false; reason: 'unreadable' | WriteFailure };

/**
 * Merges a backup file's text (or a bare quiz history) into `current` and writes the result.
 * On a write failure nothing later is written; what was written before it stays (it is merged,
 * never lost data).
 */
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
	const skipped: WriteResult = { ok: true };
	const writes: (() => WriteResult)[] = [
		() => saveHistory(storage, data.history),
		() => saveProgress(storage, { v: 1, done: data.done }),
		() => (report.setups > 0 && data.setup ? saveSetupPrefs(storage, data.setup) : skipped),
		() => (report.theme && data.theme ? writeThemePref(storage, data.theme) : skipped),
	];
	for (const write of writes) {
		const r = write();
		if (!r.ok) return { ok: false, reason: r.reason };
	}
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
