/**
 * Quiz history, bookmarks, setup choices and unfinished sessions in localStorage.
 *
 * Keys and stored shapes (JSON):
 * - `fd:quiz:v2` — the learner's history: `{ "v": 2, "attempts": Attempt[], "cards": { "<question-id>": { "bankId", "card": StoredCard } }, "bookmarks": { "<question-id>": { "bankId", "at" } } }`
 *   (types in src/lib/quiz/history.ts and srs.ts). Written when an answer is graded, a flag
 *   changes, an attempt finishes and an import is merged. Attempts are never pruned
 *   automatically: history is only lost when the learner clears site data.
 * - `fd:quiz:v1` — the v1 history (no bookmarks; unanswered questions stored as misses). Read
 *   once when `fd:quiz:v2` does not exist yet, migrated (src/lib/quiz/history.ts), written as v2.
 *   Never written or removed, so an older tab still reads its own data.
 * - `fd:quiz:setup:v1` — the last setup per bank: `{ "<bank-id>": { "set", "count", "extension" } }`
 *   (src/lib/quiz/policy.ts `SetupChoice`). Bad entries are ignored.
 * - `fd:quiz:session:v1:<bank-id>` — the unfinished session of that bank (src/lib/quiz/session.ts
 *   `Session`), written after every answer, flag or move, removed when the session finishes.
 *   The exam clock is a deadline (epoch ms), so a reload or a browser restart resumes it exactly.
 * - `fd:quiz:v1:aside` — a list `[{ "at", "key", "value" }]` of stored values that could not be
 *   used (corrupt or truncated JSON, a foreign shape, a future version, single bad items). They
 *   are kept verbatim so nothing is lost and the page says so once.
 *
 * Migrations: v1 → v2 as above. A future v3 must read v2; this reader sets a v3 value aside (it
 * never overwrites it with v2 data).
 * Failures: reading never throws. A write that fails (storage full or disabled) returns a reason
 * and the app keeps working in memory; the UI shows a clear message and offers export.
 */
import { parseHistory, type History } from '../lib/quiz/history.ts';
import { parseSetupPrefs, type SetupChoice } from '../lib/quiz/policy.ts';
import { isSession, type Session } from '../lib/quiz/session.ts';

export const HISTORY_KEY = 'fd:quiz:v2';
export const LEGACY_HISTORY_KEY = 'fd:quiz:v1';
export const SETUP_KEY = 'fd:quiz:setup:v1';
export const ASIDE_KEY = 'fd:quiz:v1:aside';
export const SESSION_PREFIX = 'fd:quiz:session:v1:';
/** The aside list keeps this many entries at most; older ones are dropped first. */
const ASIDE_MAX = 20;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };

function write(storage: StorageLike | undefined, key: string, value: string): WriteResult {
	if (!storage) return { ok: false, reason: 'unavailable' };
	try {
		storage.setItem(key, value);
		return { ok: true };
	} catch (e) {
		const name = (e as { name?: string }).name ?? '';
		return {
			ok: false,
			reason: /quota/i.test(name) || /quota/i.test(String(e)) ? 'quota' : 'unavailable',
		};
	}
}

function read(storage: StorageLike | undefined, key: string): string | null {
	try {
		return storage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Keeps unusable values verbatim under ASIDE_KEY. Returns false when that could not be written. */
function setAside(
	storage: StorageLike | undefined,
	key: string,
	values: readonly unknown[],
	at: string,
): boolean {
	let list: unknown[] = [];
	try {
		const parsed: unknown = JSON.parse(read(storage, ASIDE_KEY) ?? '[]');
		if (Array.isArray(parsed)) list = parsed;
	} catch {
		/* an unreadable aside list is replaced */
	}
	for (const v of values)
		list.push({ at, key, value: typeof v === 'string' ? v : JSON.stringify(v) });
	return write(storage, ASIDE_KEY, JSON.stringify(list.slice(-ASIDE_MAX))).ok;
}

export interface LoadedHistory {
	history: History;
	/** True when something unusable was found and set aside (show a notice once). */
	recovered: boolean;
}

/** Reads the history; unusable parts are set aside and the rest is returned. */
export function loadHistory(storage: StorageLike | undefined, nowIso: string): LoadedHistory {
	const current = read(storage, HISTORY_KEY);
	const legacy = current === null ? read(storage, LEGACY_HISTORY_KEY) : null;
	if (current === null && legacy === null)
		return { history: parseHistory(null).history, recovered: false };
	const key = current === null ? LEGACY_HISTORY_KEY : HISTORY_KEY;
	const raw = current ?? legacy;
	const parsed = current === null ? parseHistory(legacy, 1) : parseHistory(current);
	if (parsed.rejected.length === 0) {
		if (key === LEGACY_HISTORY_KEY) write(storage, HISTORY_KEY, JSON.stringify(parsed.history));
		return { history: parsed.history, recovered: false };
	}
	const kept = setAside(storage, key, parsed.unreadable ? [raw] : parsed.rejected, nowIso);
	// Only replace the stored value once its unusable parts are safely kept elsewhere; the
	// legacy key is never written (the migrated history goes to the current key).
	if (kept) write(storage, HISTORY_KEY, JSON.stringify(parsed.history));
	return { history: parsed.history, recovered: true };
}

/** The last setup choices per bank (bad or missing data: none). */
export function loadSetupPrefs(storage: StorageLike | undefined): Record<string, SetupChoice> {
	try {
		return parseSetupPrefs(JSON.parse(read(storage, SETUP_KEY) ?? '{}'));
	} catch {
		return {};
	}
}

/** Remembers a bank's setup choice. */
export function saveSetupPref(
	storage: StorageLike | undefined,
	bankId: string,
	choice: SetupChoice,
): WriteResult {
	return write(
		storage,
		SETUP_KEY,
		JSON.stringify({ ...loadSetupPrefs(storage), [bankId]: choice }),
	);
}

/** Writes the whole history. */
export function saveHistory(storage: StorageLike | undefined, history: History): WriteResult {
	return write(storage, HISTORY_KEY, JSON.stringify(history));
}

/** The unfinished session of a bank, if a usable one is stored. */
export function loadSession(
	storage: StorageLike | undefined,
	bankId: string,
	nowIso: string,
): { session?: Session; recovered: boolean } {
	const key = SESSION_PREFIX + bankId;
	const raw = read(storage, key);
	if (raw === null) return { recovered: false };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		value = undefined;
	}
	if (isSession(value) && value.bankId === bankId) return { session: value, recovered: false };
	if (setAside(storage, key, [raw], nowIso)) {
		try {
			storage?.removeItem(key);
		} catch {
			/* ignore */
		}
	}
	return { recovered: true };
}

export function saveSession(storage: StorageLike | undefined, session: Session): WriteResult {
	return write(storage, SESSION_PREFIX + session.bankId, JSON.stringify(session));
}

export function clearSession(storage: StorageLike | undefined, bankId: string): void {
	try {
		storage?.removeItem(SESSION_PREFIX + bankId);
	} catch {
		/* ignore */
	}
}

/** The export file's content: the whole history, pretty-printed. */
export function exportHistory(history: History): string {
	return `${JSON.stringify(history, null, 2)}\n`;
}
