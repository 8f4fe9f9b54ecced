/**
 * Lesson progress ("学習済みにする").
 *
 * Stored shape, key `fd:progress:v1` (localStorage), JSON:
 *   { "v": 1, "done": { "<lesson-slug>": "<ISO date when marked>" } }
 * Lifecycle: written when a learner marks or unmarks a lesson; read by the lesson list and every
 * lesson page. Slugs of lessons that no longer exist are kept (harmless) so that a renamed lesson
 * that comes back keeps its state.
 * Migrations: v1 is the first version. A future v2 reader must accept v1.
 * Recovery: anything that is not a valid v1 object (corrupt JSON, a foreign value, a future
 * version) is copied once to `fd:progress:v1:aside` and the learner starts from empty progress;
 * entries that are not strings are dropped one by one. Storage that throws never breaks the page:
 * reads give empty progress, writes report failure to the caller.
 */
export const PROGRESS_KEY = 'fd:progress:v1';
export const PROGRESS_ASIDE_KEY = 'fd:progress:v1:aside';

export interface Progress {
	v: 1;
	done: Record<string, string>;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Validates a parsed value as v1 progress; returns undefined when it is not. */
export function parseProgress(value: unknown): Progress | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const v = value as { v?: unknown; done?: unknown };
	if (v.v !== 1 || typeof v.done !== 'object' || v.done === null || Array.isArray(v.done))
		return undefined;
	const done: Record<string, string> = {};
	for (const [slug, at] of Object.entries(v.done as Record<string, unknown>)) {
		if (typeof at === 'string' && /^[a-z0-9-]{1,100}$/.test(slug)) done[slug] = at;
	}
	return { v: 1, done };
}

/** Reads progress, setting unreadable data aside. Never throws. */
export function readProgress(storage: StorageLike | undefined): Progress {
	const empty: Progress = { v: 1, done: {} };
	let raw: string | null | undefined;
	try {
		raw = storage?.getItem(PROGRESS_KEY);
	} catch {
		return empty;
	}
	if (raw === null || raw === undefined) return empty;
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		parsed = undefined;
	}
	const progress = parseProgress(parsed);
	if (progress) return progress;
	try {
		storage?.setItem(PROGRESS_ASIDE_KEY, raw);
		storage?.setItem(PROGRESS_KEY, JSON.stringify(empty));
	} catch {
		/* keep the unreadable value where it is rather than lose it */
	}
	return empty;
}

/** Marks or unmarks a lesson. Returns the new progress, or undefined when storage refused. */
export function setLessonDone(
	storage: StorageLike | undefined,
	slug: string,
	done: boolean,
	nowIso: string,
): Progress | undefined {
	const progress = readProgress(storage);
	if (done) progress.done[slug] = nowIso;
	else
		progress.done = Object.fromEntries(Object.entries(progress.done).filter(([s]) => s !== slug));
	try {
		if (!storage) return undefined;
		storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
		return progress;
	} catch {
		return undefined;
	}
}
