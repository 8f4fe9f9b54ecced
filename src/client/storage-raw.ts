/**
 * Raw access to localStorage that never throws, and the one write-result convention. Part of the
 * storage module (src/client/storage.ts documents every key and re-exports all of this): kept in
 * its own file because the theme switch on every page needs only these few lines, and a bundle
 * shares modules whole (the record helper would add ~0.7 KB gzip to every page's startup JS).
 */
/** What the stores need of `Storage` (localStorage, or an in-memory fake in tests). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };
export type WriteFailure = Extract<WriteResult, { ok: false }>['reason'];

/**
 * Access to window.localStorage that never throws: reading the property itself throws a
 * SecurityError when storage is disabled.
 */
export function safeLocalStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** The raw text under a key; null when missing or when storage cannot be read. Never throws. */
export function readRaw(storage: Pick<Storage, 'getItem'> | undefined, key: string): string | null {
	try {
		return storage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

function failure(e: unknown): WriteResult {
	const name = (e as { name?: unknown } | null)?.name;
	const quota =
		(typeof name === 'string' && /quota/i.test(name)) ||
		// Old Firefox: NS_ERROR_DOM_QUOTA_REACHED; some browsers only say it in the message.
		/quota/i.test(String(e));
	return { ok: false, reason: quota ? 'quota' : 'unavailable' };
}

/** Writes raw text. Never throws. */
export function writeRaw(
	storage: Pick<Storage, 'setItem'> | undefined,
	key: string,
	value: string,
): WriteResult {
	if (!storage) return { ok: false, reason: 'unavailable' };
	try {
		storage.setItem(key, value);
		return { ok: true };
	} catch (e) {
		return failure(e);
	}
}

/** Removes a key. Never throws. */
export function removeRaw(
	storage: Pick<Storage, 'removeItem'> | undefined,
	key: string,
): WriteResult {
	if (!storage) return { ok: false, reason: 'unavailable' };
	try {
		storage.removeItem(key);
		return { ok: true };
	} catch (e) {
		return failure(e);
	}
}
