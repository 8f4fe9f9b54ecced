import { describe, expect, it } from 'vitest';
import {
	PROGRESS_KEY,
	loadProgress,
	parseProgress,
	readProgress,
	setLessonDone,
} from './progress-store.ts';
import { ASIDE_KEY, LEGACY_ASIDE_KEYS, readAside } from './storage.ts';
import { MemoryStorage } from './memory-storage.ts';

const memory = (init: Record<string, string> = {}) => new MemoryStorage(init);
const NOW = '2026-11-23T00:00:00.000Z';

describe('lesson progress store', () => {
	it('starts empty and round-trips', () => {
		const s = memory();
		expect(readProgress(s, NOW)).toEqual({ v: 1, done: {} });
		expect(setLessonDone(s, 'networking', true, NOW)).toEqual({
			ok: true,
			progress: { v: 1, done: { networking: NOW } },
		});
		expect(readProgress(s, NOW).done).toEqual({ networking: NOW });
		setLessonDone(s, 'networking', false, NOW);
		expect(readProgress(s, NOW).done).toEqual({});
		expect(s.data.has(ASIDE_KEY)).toBe(false);
	});

	it.each([
		['corrupt JSON', '{"v":1,"done":'],
		['foreign value', '"hello"'],
		['future version', '{"v":2,"done":{}}'],
		['wrong shape', '{"v":1,"done":[1,2]}'],
	])('sets %s aside and keeps working', (_name, raw) => {
		const s = memory({ [PROGRESS_KEY]: raw });
		expect(loadProgress(s, NOW)).toEqual({ progress: { v: 1, done: {} }, recovered: true });
		// One shared aside list (storage.ts), no longer the single value under fd:progress:v1:aside.
		expect(readAside(s)).toEqual([{ at: NOW, key: PROGRESS_KEY, value: raw }]);
		expect(setLessonDone(s, 'storage', true, NOW).progress.done).toEqual({ storage: NOW });
	});

	it('a second corrupt value does not overwrite the first one set aside', () => {
		const s = memory({ [PROGRESS_KEY]: 'first' });
		readProgress(s, NOW);
		s.data.set(PROGRESS_KEY, 'second');
		readProgress(s, NOW);
		expect(readAside(s).map((e) => e.value)).toEqual(['first', 'second']);
	});

	it('leaves the old aside key untouched', () => {
		const s = memory({ [LEGACY_ASIDE_KEYS[0]]: 'old', [PROGRESS_KEY]: 'bad' });
		readProgress(s, NOW);
		expect(s.data.get(LEGACY_ASIDE_KEYS[0])).toBe('old');
	});

	it('drops bad entries one by one', () => {
		expect(parseProgress({ v: 1, done: { ok: NOW, bad: 3, 'Bad Slug': NOW } })).toEqual({
			v: 1,
			done: { ok: NOW },
		});
	});

	it('sets bad entries aside one by one and keeps the rest', () => {
		const s = memory({
			[PROGRESS_KEY]: JSON.stringify({ v: 1, done: { ok: NOW, bad: 3, 'Bad Slug': NOW } }),
		});
		expect(loadProgress(s, NOW)).toEqual({
			progress: { v: 1, done: { ok: NOW } },
			recovered: true,
		});
		expect(readAside(s).map((e) => JSON.parse(e.value) as unknown)).toEqual([
			{ bad: 3 },
			{ 'Bad Slug': NOW },
		]);
		expect(s.json(PROGRESS_KEY)).toEqual({ v: 1, done: { ok: NOW } });
	});

	it('survives storage that throws', () => {
		const throwing = memory({ [PROGRESS_KEY]: JSON.stringify({ v: 1, done: { a: NOW } }) });
		throwing.fail = 'denied';
		expect(readProgress(throwing, NOW)).toEqual({ v: 1, done: {} });
		expect(setLessonDone(throwing, 'a', true, NOW)).toMatchObject({
			ok: false,
			reason: 'unavailable',
		});
		expect(readProgress(undefined, NOW)).toEqual({ v: 1, done: {} });
		expect(setLessonDone(undefined, 'a', true, NOW).ok).toBe(false);
	});

	it('reports a full storage and keeps the stored progress', () => {
		const s = memory({ [PROGRESS_KEY]: JSON.stringify({ v: 1, done: { a: NOW } }) });
		s.fail = 'quota';
		expect(setLessonDone(s, 'b', true, NOW)).toMatchObject({ ok: false, reason: 'quota' });
		expect(s.json(PROGRESS_KEY)).toEqual({ v: 1, done: { a: NOW } });
	});
});
