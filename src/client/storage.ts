/**
 * The site's one client storage module: every value the site keeps in this browser goes through
 * here, with one error convention (writes return a `WriteResult`, reads never throw) and one
 * recovery policy (unusable data is set aside verbatim under `fd:aside:v1` and reported).
 *
 * Every key the site stores (localStorage; nothing is sent anywhere):
 *
 * | key | shape | written by | migrations | recovery |
 * | --- | --- | --- | --- | --- |
 * | `fd:progress:v1` | JSON `{ "v": 1, "done": { "<lesson-slug>": "<ISO date marked>" } }` | progress-store.ts (「学習済みにする」 on a lesson page, a backup import) | v1 is the first version | record (below); bad entries (not a string date, not a slug) set aside one by one; slugs of lessons that no longer exist are kept |
 * | `fd:quiz:v2` | JSON `{ "v": 2, "attempts": Attempt[], "cards": { "<question-id>": { "bankId", "card": StoredCard } }, "bookmarks": { "<question-id>": { "bankId", "at" } } }` (src/lib/quiz/history.ts, srs.ts) | quiz-store.ts (an answer graded, a flag changed, an attempt finished, まとめて復習, an import) | read from `fd:quiz:v1` once when absent | record; bad attempts, cards and bookmarks set aside one by one; never pruned automatically |
 * | `fd:quiz:v1` | JSON v1 history (no bookmarks; unanswered questions stored as misses) | nothing any more (legacy) | migrated to v2 (src/lib/quiz/history.ts) and written under `fd:quiz:v2`; never written or removed, so an older tab still reads its own data | a legacy value that is not v1 is set aside |
 * | `fd:quiz:setup:v1` | JSON `{ "<bank-id>": { "set", "count", "extension" } }` (src/lib/quiz/policy.ts `SetupChoice`) | quiz-store.ts (starting a quiz from the setup form, a backup import) | none yet | record; bad entries set aside one by one |
 * | `fd:quiz:session:v1:<bank-id>` | JSON `Session` (src/lib/quiz/session.ts); the exam clock is a deadline (epoch ms) so a reload resumes it exactly | quiz-store.ts after every answer, flag or move; removed when the session finishes or is discarded | none yet | record whose empty value is "no session": an unusable or foreign-bank session is set aside, then the key is removed |
 * | `fd:theme:v1` | plain string `"light" \| "dark" \| "system"` (not JSON) | theme.ts (<fd-theme-switch>, a backup import); also read before first paint by the inline script in src/components/ThemeScript.astro | none yet | anything else reads as "system" and is left in place (a newer version may have written it) |
 * | `fd:aside:v1` | JSON `[{ "at": "<ISO date>", "key": "<where it was>", "value": "<the unusable value, verbatim text>" }]`, the newest `ASIDE_MAX` entries | this module (`setAside`) | replaces the two lists below | an unreadable list is started afresh |
 * | `fd:progress:v1:aside` | one raw string (legacy) | nothing any more: the progress store kept ONE set-aside value here | — | left untouched, never written again |
 * | `fd:quiz:v1:aside` | a list like `fd:aside:v1` (legacy) | nothing any more: the quiz store's set-aside list | — | left untouched, never written again |
 *
 * Read-only outside this module: the home page's 続きから panel (src/components/study/ContinuePanel.astro)
 * reads `fd:progress:v1` and `fd:quiz:v2` (else `fd:quiz:v1`) directly, without the stores, to
 * keep its startup script small; it never writes and treats anything unusable as nothing stored.
 *
 * A record (`defineRecord`) is a JSON value under one key, read and written whole:
 * - missing → the record's empty value; nothing is written;
 * - unreadable JSON, a foreign shape or a future version → the whole raw text is set aside, then,
 *   only if that worked, the key is rewritten with what could be kept (the empty value) — an
 *   unusable value is never overwritten before it is safe elsewhere;
 * - items the parser rejects (bad entries of an otherwise good value) → those items are set
 *   aside, then (again only if that worked) the key is rewritten without them;
 * - a legacy key (older version under an older name) is read only when the current key is
 *   missing; its value is migrated and written under the current key; the legacy key is never
 *   written or removed.
 * `load` reports `recovered: true` whenever something was set aside, so the page can say so once.
 *
 * Writes fail when storage is full (`reason: 'quota'`) or disabled/absent (`'unavailable'`); the
 * app then keeps working in memory and says so. Export/import of everything: src/lib/study/backup.ts
 * (the file format) and study-store.ts (the browser side).
 */

export {
	safeLocalStorage,
	readRaw,
	writeRaw,
	removeRaw,
	type StorageLike,
	type WriteResult,
	type WriteFailure,
} from './storage-raw.ts';
import { readRaw, writeRaw, removeRaw, type StorageLike, type WriteResult } from './storage-raw.ts';

/** The one list of set-aside values. */
export const ASIDE_KEY = 'fd:aside:v1';
/** Older set-aside keys: read by nobody, never written again, left for the learner's sake. */
export const LEGACY_ASIDE_KEYS = ['fd:progress:v1:aside', 'fd:quiz:v1:aside'] as const;
/** The aside list keeps this many entries at most; older ones are dropped first. */
export const ASIDE_MAX = 20;

export interface AsideEntry {
	at: string;
	key: string;
	value: string;
}

/** The set-aside list (newest last); an unreadable list reads as empty. */
export function readAside(storage: Pick<Storage, 'getItem'> | undefined): AsideEntry[] {
	try {
		const parsed: unknown = JSON.parse(readRaw(storage, ASIDE_KEY) ?? '[]');
		return Array.isArray(parsed)
			? parsed.filter(
					(e): e is AsideEntry =>
						typeof e === 'object' &&
						e !== null &&
						typeof (e as AsideEntry).at === 'string' &&
						typeof (e as AsideEntry).key === 'string' &&
						typeof (e as AsideEntry).value === 'string',
				)
			: [];
	} catch {
		return [];
	}
}

/**
 * Keeps unusable values under ASIDE_KEY: strings verbatim, other values as their JSON text.
 * Returns whether the list was written (only then may the caller replace the original).
 */
export function setAside(
	storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
	key: string,
	values: readonly unknown[],
	at: string,
): boolean {
	if (values.length === 0) return true;
	const list = readAside(storage);
	for (const v of values) {
		// JSON.stringify gives undefined for undefined (a rejected item can be that).
		const json = typeof v === 'string' ? v : (JSON.stringify(v) as string | undefined);
		list.push({ at, key, value: json ?? String(v) });
	}
	return writeRaw(storage, ASIDE_KEY, JSON.stringify(list.slice(-ASIDE_MAX))).ok;
}

/** What a record's parser made of a stored (already JSON-parsed) value. */
export interface Parsed<T> {
	value: T;
	/** Items that were not usable; they are set aside, the rest is kept. */
	rejected: readonly unknown[];
	/** The whole value was unusable (foreign shape, future version): it is set aside whole. */
	unreadable: boolean;
}

export interface RecordSpec<T> {
	key: string;
	/** Validates a JSON-parsed value. Must not throw. */
	parse: (value: unknown) => Parsed<T>;
	empty: () => T;
	/** An older key read (and migrated by its own parser) only when `key` is missing. */
	legacy?: { key: string; parse: (value: unknown) => Parsed<T> } | undefined;
	/** The stored text of a value; null removes the key. Default: JSON.stringify. */
	toRaw?: ((value: T) => string | null) | undefined;
}

export interface Loaded<T> {
	value: T;
	/** Something unusable was found and set aside (say so once). */
	recovered: boolean;
}

export interface StoredRecord<T> {
	readonly key: string;
	load(storage: StorageLike | undefined, nowIso: string): Loaded<T>;
	save(storage: StorageLike | undefined, value: T): WriteResult;
}

/** A versioned JSON record under one key; the rules are in this module's top comment. */
export function defineRecord<T>(spec: RecordSpec<T>): StoredRecord<T> {
	const toRaw = spec.toRaw ?? ((v: T) => JSON.stringify(v));
	const save = (storage: StorageLike | undefined, value: T): WriteResult => {
		const raw = toRaw(value);
		return raw === null ? removeRaw(storage, spec.key) : writeRaw(storage, spec.key, raw);
	};
	const load = (storage: StorageLike | undefined, nowIso: string): Loaded<T> => {
		const current = readRaw(storage, spec.key);
		const legacy = current === null && spec.legacy ? readRaw(storage, spec.legacy.key) : null;
		if (current === null && legacy === null) return { value: spec.empty(), recovered: false };
		const fromLegacy = current === null;
		const raw = (current ?? legacy) as string;
		const parse = fromLegacy && spec.legacy ? spec.legacy.parse : spec.parse;
		const where = fromLegacy && spec.legacy ? spec.legacy.key : spec.key;
		let parsed: Parsed<T>;
		try {
			parsed = parse(JSON.parse(raw) as unknown);
		} catch {
			parsed = { value: spec.empty(), rejected: [], unreadable: true };
		}
		if (parsed.unreadable) parsed = { value: spec.empty(), rejected: [raw], unreadable: true };
		if (parsed.rejected.length === 0) {
			if (fromLegacy) save(storage, parsed.value);
			return { value: parsed.value, recovered: false };
		}
		// Replace the stored value only once its unusable parts are safely kept elsewhere.
		if (setAside(storage, where, parsed.rejected, nowIso)) save(storage, parsed.value);
		return { value: parsed.value, recovered: true };
	};
	return { key: spec.key, load, save };
}
