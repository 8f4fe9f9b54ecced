/**
 * Lesson progress (「学習済みにする」), key `fd:progress:v1`. Its shape, writers, migrations and
 * recovery are documented with every other key in src/client/storage.ts; reads and writes go
 * through that module's record helper.
 */
import { defineRecord, type Parsed, type StorageLike, type WriteResult } from './storage.ts';

export const PROGRESS_KEY = 'fd:progress:v1';

export interface Progress {
	v: 1;
	done: Record<string, string>;
}

const SLUG = /^[a-z0-9-]{1,100}$/;
const emptyProgress = (): Progress => ({ v: 1, done: {} });

/** Validates a parsed value as v1 progress: bad entries are rejected one by one. */
export function parseProgressValue(value: unknown): Parsed<Progress> {
	const v = value as { v?: unknown; done?: unknown } | null;
	if (
		typeof v !== 'object' ||
		v === null ||
		v.v !== 1 ||
		typeof v.done !== 'object' ||
		v.done === null ||
		Array.isArray(v.done)
	)
		return { value: emptyProgress(), rejected: [value], unreadable: true };
	const done: Record<string, string> = {};
	const rejected: unknown[] = [];
	for (const [slug, at] of Object.entries(v.done as Record<string, unknown>)) {
		if (typeof at === 'string' && SLUG.test(slug)) done[slug] = at;
		else rejected.push({ [slug]: at });
	}
	return { value: { v: 1, done }, rejected, unreadable: false };
}

/** Validates a parsed value as v1 progress; returns undefined when it is not. */
export function parseProgress(value: unknown): Progress | undefined {
	const parsed = parseProgressValue(value);
	return parsed.unreadable ? undefined : parsed.value;
}

export const progressRecord = defineRecord<Progress>({
	key: PROGRESS_KEY,
	parse: parseProgressValue,
	empty: emptyProgress,
});

/** Reads progress and whether something unusable was set aside. Never throws. */
export function loadProgress(
	storage: StorageLike | undefined,
	nowIso: string = new Date().toISOString(),
): { progress: Progress; recovered: boolean } {
	const { value, recovered } = progressRecord.load(storage, nowIso);
	return { progress: value, recovered };
}

/** Reads progress, setting unreadable data aside. Never throws. */
export function readProgress(
	storage: StorageLike | undefined,
	nowIso: string = new Date().toISOString(),
): Progress {
	return loadProgress(storage, nowIso).progress;
}

/** Writes the whole progress. */
export function saveProgress(storage: StorageLike | undefined, progress: Progress): WriteResult {
	return progressRecord.save(storage, progress);
}

/** Marks or unmarks a lesson. Returns the write's result and the progress as it now is. */
export function setLessonDone(
	storage: StorageLike | undefined,
	slug: string,
	done: boolean,
	nowIso: string,
): WriteResult & { progress: Progress } {
	const progress = readProgress(storage, nowIso);
	if (done) progress.done[slug] = nowIso;
	else
		progress.done = Object.fromEntries(Object.entries(progress.done).filter(([s]) => s !== slug));
	return { ...saveProgress(storage, progress), progress };
}
