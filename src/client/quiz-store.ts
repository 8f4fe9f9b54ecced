/**
 * Quiz history (attempts, FSRS cards, bookmarks), setup choices and unfinished sessions. The keys
 * (`fd:quiz:v2`, legacy `fd:quiz:v1`, `fd:quiz:setup:v1`, `fd:quiz:session:v1:<bank-id>`), their
 * shapes, migrations and recovery are documented with every other key in src/client/storage.ts;
 * everything here goes through that module's record helper.
 */
import { parseHistoryValue, emptyHistory, type History } from '../lib/quiz/history.ts';
import { parseSetupPrefs, type SetupChoice } from '../lib/quiz/policy.ts';
import { isSession, type Session } from '../lib/quiz/session.ts';
import {
	defineRecord,
	removeRaw,
	type Parsed,
	type StorageLike,
	type WriteResult,
} from './storage.ts';

export type { WriteResult } from './storage.ts';

export const HISTORY_KEY = 'fd:quiz:v2';
export const LEGACY_HISTORY_KEY = 'fd:quiz:v1';
export const SETUP_KEY = 'fd:quiz:setup:v1';
export const SESSION_PREFIX = 'fd:quiz:session:v1:';

const unreadable = <T>(value: T, raw: unknown): Parsed<T> => ({
	value,
	rejected: [raw],
	unreadable: true,
});

export const historyRecord = defineRecord<History>({
	key: HISTORY_KEY,
	// v2 as is; a v1 value found under the v2 key is migrated too; anything else is unreadable.
	parse: (value) => {
		const p = parseHistoryValue(value);
		return { value: p.history, rejected: p.rejected, unreadable: p.unreadable };
	},
	empty: emptyHistory,
	legacy: {
		key: LEGACY_HISTORY_KEY,
		// Only v1 lives under the legacy key: a "v2" there is foreign, never read as current.
		parse: (value) => {
			if ((value as { v?: unknown } | null)?.v !== 1) return unreadable(emptyHistory(), value);
			const p = parseHistoryValue(value);
			return { value: p.history, rejected: p.rejected, unreadable: p.unreadable };
		},
	},
});

/** Validates setup choices: a non-object is unreadable, bad entries are rejected one by one. */
export function parseSetupValue(value: unknown): Parsed<Record<string, SetupChoice>> {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return unreadable({}, value);
	const good = parseSetupPrefs(value);
	const rejected = Object.entries(value as Record<string, unknown>)
		.filter(([bank]) => !(bank in good))
		.map(([bank, v]) => ({ [bank]: v }));
	return { value: good, rejected, unreadable: false };
}

export const setupRecord = defineRecord<Record<string, SetupChoice>>({
	key: SETUP_KEY,
	parse: parseSetupValue,
	empty: () => ({}),
});

/** The unfinished session of one bank; "no session" removes the key. */
export function sessionRecord(bankId: string) {
	return defineRecord<Session | undefined>({
		key: SESSION_PREFIX + bankId,
		parse: (value) =>
			isSession(value) && value.bankId === bankId
				? { value, rejected: [], unreadable: false }
				: unreadable(undefined, value),
		empty: () => undefined,
		toRaw: (s) => (s === undefined ? null : JSON.stringify(s)),
	});
}

export interface LoadedHistory {
	history: History;
	/** True when something unusable was found and set aside (show a notice once). */
	recovered: boolean;
}

/** Reads the history; unusable parts are set aside and the rest is returned. */
export function loadHistory(storage: StorageLike | undefined, nowIso: string): LoadedHistory {
	const { value, recovered } = historyRecord.load(storage, nowIso);
	return { history: value, recovered };
}

/** Writes the whole history. */
export function saveHistory(storage: StorageLike | undefined, history: History): WriteResult {
	return historyRecord.save(storage, history);
}

/** The last setup choices per bank and whether bad entries were set aside. */
export function loadSetup(
	storage: StorageLike | undefined,
	nowIso: string = new Date().toISOString(),
): { prefs: Record<string, SetupChoice>; recovered: boolean } {
	const { value, recovered } = setupRecord.load(storage, nowIso);
	return { prefs: value, recovered };
}

/** The last setup choices per bank (bad or missing data: none). */
export function loadSetupPrefs(
	storage: StorageLike | undefined,
	nowIso: string = new Date().toISOString(),
): Record<string, SetupChoice> {
	return loadSetup(storage, nowIso).prefs;
}

/** Writes every bank's setup choice. */
export function saveSetupPrefs(
	storage: StorageLike | undefined,
	prefs: Record<string, SetupChoice>,
): WriteResult {
	return setupRecord.save(storage, prefs);
}

/** Remembers a bank's setup choice. */
export function saveSetupPref(
	storage: StorageLike | undefined,
	bankId: string,
	choice: SetupChoice,
): WriteResult {
	return saveSetupPrefs(storage, { ...loadSetupPrefs(storage), [bankId]: choice });
}

/** The unfinished session of a bank, if a usable one is stored. */
export function loadSession(
	storage: StorageLike | undefined,
	bankId: string,
	nowIso: string,
): { session?: Session; recovered: boolean } {
	const { value, recovered } = sessionRecord(bankId).load(storage, nowIso);
	return value ? { session: value, recovered } : { recovered };
}

export function saveSession(storage: StorageLike | undefined, session: Session): WriteResult {
	return sessionRecord(session.bankId).save(storage, session);
}

export function clearSession(storage: StorageLike | undefined, bankId: string): WriteResult {
	return removeRaw(storage, SESSION_PREFIX + bankId);
}
