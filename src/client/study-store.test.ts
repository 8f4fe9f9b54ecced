import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportAll, importAll, loadAll } from './study-store.ts';
import { MemoryStorage } from './memory-storage.ts';
import { PROGRESS_KEY } from './progress-store.ts';
import { HISTORY_KEY, SETUP_KEY } from './quiz-store.ts';
import { THEME_KEY } from './theme.ts';
import { readAside } from './storage.ts';
import { emptyHistory } from '../lib/quiz/history.ts';

const NOW = '2026-11-23T00:00:00.000Z';
const SETUP = { networking: { set: 'exam', count: 65, extension: true } };

/** Puts an in-memory localStorage behind safeLocalStorage() (window.localStorage). */
function useStorage(init: Record<string, string> = {}): MemoryStorage {
	const s = new MemoryStorage(init);
	vi.stubGlobal('window', { localStorage: s });
	return s;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('study-store', () => {
	it('loads everything; nothing stored is nothing recovered', () => {
		useStorage();
		expect(loadAll(NOW)).toEqual({
			data: { done: {}, history: emptyHistory(), theme: undefined },
			recovered: false,
		});
	});
	it('reports recovery from the progress store too (not only quiz history)', () => {
		const s = useStorage({ [PROGRESS_KEY]: '{"v":1,"done":' });
		expect(loadAll(NOW).recovered).toBe(true);
		expect(readAside(s).map((e) => e.key)).toEqual([PROGRESS_KEY]);
	});
	it('reports recovery from the setup choices', () => {
		useStorage({ [SETUP_KEY]: '"foreign"' });
		expect(loadAll(NOW).recovered).toBe(true);
	});
	it('carries the theme and setup choices into the file and back through import', () => {
		const s = useStorage({
			[PROGRESS_KEY]: JSON.stringify({ v: 1, done: { networking: NOW } }),
			[THEME_KEY]: 'dark',
			[SETUP_KEY]: JSON.stringify(SETUP),
		});
		const loaded = loadAll(NOW);
		expect(loaded.data.theme).toBe('dark');
		expect(loaded.data.setup).toEqual(SETUP);
		const file = exportAll(loaded.data, NOW);
		expect(JSON.parse(file)).toMatchObject({
			format: 'fargate-drill-backup',
			v: 1,
			settings: { theme: 'dark', quizSetup: SETUP },
		});
		s.clear();
		const result = importAll(loadAll(NOW).data, file);
		expect(result).toMatchObject({
			ok: true,
			report: { lessons: 1, theme: true, setups: 1, attempts: 0 },
		});
		expect(s.data.get(THEME_KEY)).toBe('dark');
		expect(s.json(SETUP_KEY)).toEqual(SETUP);
		expect(s.json(PROGRESS_KEY)).toEqual({ v: 1, done: { networking: NOW } });
		expect(s.json(HISTORY_KEY)).toEqual(emptyHistory());
		// Again: nothing new, nothing duplicated.
		const again = importAll(loadAll(NOW).data, file);
		expect(again).toMatchObject({
			ok: true,
			report: { lessons: 0, theme: false, setups: 0, attempts: 0 },
		});
	});
	it('imports a bare history export', () => {
		const s = useStorage();
		const result = importAll(loadAll(NOW).data, JSON.stringify(emptyHistory()));
		expect(result.ok).toBe(true);
		expect(s.json(HISTORY_KEY)).toEqual(emptyHistory());
	});
	it('refuses what is not a backup, and reports a full storage', () => {
		const s = useStorage();
		expect(importAll(loadAll(NOW).data, 'nope')).toEqual({ ok: false, reason: 'unreadable' });
		expect(importAll(loadAll(NOW).data, '{"hello":1}')).toEqual({
			ok: false,
			reason: 'unreadable',
		});
		s.fail = 'quota';
		expect(importAll(loadAll(NOW).data, JSON.stringify(emptyHistory()))).toEqual({
			ok: false,
			reason: 'quota',
		});
	});
	it('storage that throws on access: empty data, imports unavailable', () => {
		const s = useStorage({ [THEME_KEY]: 'dark' });
		s.fail = 'denied';
		expect(loadAll(NOW)).toEqual({
			data: { done: {}, history: emptyHistory(), theme: undefined },
			recovered: false,
		});
		expect(importAll(loadAll(NOW).data, JSON.stringify(emptyHistory()))).toEqual({
			ok: false,
			reason: 'unavailable',
		});
	});
});
