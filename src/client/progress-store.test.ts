import { describe, expect, it } from 'vitest';
import {
	PROGRESS_ASIDE_KEY,
	PROGRESS_KEY,
	parseProgress,
	readProgress,
	setLessonDone,
} from './progress-store.ts';

function memory(init: Record<string, string> = {}) {
	const data = new Map(Object.entries(init));
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
	};
}
const NOW = '2026-11-23T00:00:00.000Z';

describe('lesson progress store', () => {
	it('starts empty and round-trips', () => {
		const s = memory();
		expect(readProgress(s)).toEqual({ v: 1, done: {} });
		expect(setLessonDone(s, 'networking', true, NOW)).toEqual({ v: 1, done: { networking: NOW } });
		expect(readProgress(s).done).toEqual({ networking: NOW });
		setLessonDone(s, 'networking', false, NOW);
		expect(readProgress(s).done).toEqual({});
	});

	it.each([
		['corrupt JSON', '{"v":1,"done":'],
		['foreign value', '"hello"'],
		['future version', '{"v":2,"done":{}}'],
		['wrong shape', '{"v":1,"done":[1,2]}'],
	])('sets %s aside and keeps working', (_name, raw) => {
		const s = memory({ [PROGRESS_KEY]: raw });
		expect(readProgress(s)).toEqual({ v: 1, done: {} });
		expect(s.data.get(PROGRESS_ASIDE_KEY)).toBe(raw);
		expect(setLessonDone(s, 'storage', true, NOW)?.done).toEqual({ storage: NOW });
	});

	it('drops bad entries one by one', () => {
		expect(parseProgress({ v: 1, done: { ok: NOW, bad: 3, 'Bad Slug': NOW } })).toEqual({
			v: 1,
			done: { ok: NOW },
		});
	});

	it('survives storage that throws', () => {
		const throwing = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
		};
		expect(readProgress(throwing)).toEqual({ v: 1, done: {} });
		expect(setLessonDone(throwing, 'a', true, NOW)).toBeUndefined();
		expect(readProgress(undefined)).toEqual({ v: 1, done: {} });
	});
});
