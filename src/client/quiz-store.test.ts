import { describe, expect, it } from 'vitest';
import {
	HISTORY_KEY,
	LEGACY_HISTORY_KEY,
	SESSION_PREFIX,
	SETUP_KEY,
	clearSession,
	loadHistory,
	loadSession,
	loadSetupPrefs,
	saveHistory,
	saveSession,
	saveSetupPref,
} from './quiz-store.ts';
import { ASIDE_KEY, LEGACY_ASIDE_KEYS, readAside } from './storage.ts';
import { MemoryStorage } from './memory-storage.ts';
import { emptyHistory } from '../lib/quiz/history.ts';
import { createSession } from '../lib/quiz/session.ts';

const NOW_ISO = '2026-11-23T00:00:00.000Z';
const memory = (init: Record<string, string> = {}) => new MemoryStorage(init);
const V1 = JSON.stringify({
	v: 1,
	attempts: [
		{
			id: 'n:1:s',
			bankId: 'n',
			mode: 'exam',
			seed: 's',
			startedAt: 1,
			finishedAt: 2,
			timeUsedMs: 1,
			correct: 0,
			total: 1,
			scaled: 100,
			passingScore: 720,
			passed: false,
			byDomain: [],
			questions: [{ id: 'q', chosen: [], correct: false, flagged: false }],
		},
	],
	cards: {},
});

describe('quiz-store', () => {
	it('empty storage: empty history, nothing written', () => {
		const s = memory();
		expect(loadHistory(s, NOW_ISO)).toEqual({ history: emptyHistory(), recovered: false });
		expect(s.data.size).toBe(0);
	});
	it('migrates v1 into the v2 key and leaves v1 untouched', () => {
		const s = memory({ [LEGACY_HISTORY_KEY]: V1 });
		const { history, recovered } = loadHistory(s, NOW_ISO);
		expect(recovered).toBe(false);
		expect(history.attempts[0]?.unanswered).toBe(1);
		expect(s.data.get(LEGACY_HISTORY_KEY)).toBe(V1);
		expect(JSON.parse(s.data.get(HISTORY_KEY)!)).toEqual(history);
	});
	it('sets a corrupt value aside before replacing it', () => {
		const s = memory({ [HISTORY_KEY]: '{"v":2,' });
		expect(loadHistory(s, NOW_ISO).recovered).toBe(true);
		expect(JSON.parse(s.data.get(ASIDE_KEY)!)).toEqual([
			{ at: NOW_ISO, key: HISTORY_KEY, value: '{"v":2,' },
		]);
		expect(JSON.parse(s.data.get(HISTORY_KEY)!)).toEqual(emptyHistory());
	});
	it('a future version is set aside; a legacy v2 value is never read as current', () => {
		const s = memory({ [LEGACY_HISTORY_KEY]: '{"v":2,"attempts":[]}' });
		expect(loadHistory(s, NOW_ISO).recovered).toBe(true);
		expect(s.data.get(ASIDE_KEY)).toContain('\\"v\\":2');
	});
	it('never throws when storage throws; writes report why they failed', () => {
		const broken = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => {
				throw new Error('denied');
			},
		};
		expect(loadHistory(broken, NOW_ISO).history).toEqual(emptyHistory());
		expect(saveHistory(broken, emptyHistory())).toEqual({ ok: false, reason: 'quota' });
		expect(saveHistory(undefined, emptyHistory())).toEqual({ ok: false, reason: 'unavailable' });
		expect(loadSetupPrefs(broken)).toEqual({});
		expect(() => clearSession(broken, 'n')).not.toThrow();
	});
	it('sessions: round-trip, foreign bank or bad shape set aside', () => {
		const s = memory();
		const session = createSession('n', [], { mode: 'practice', seed: 'x', now: 1 });
		saveSession(s, session);
		expect(loadSession(s, 'n', NOW_ISO)).toEqual({ session, recovered: false });
		s.data.set(SESSION_PREFIX + 'm', JSON.stringify(session));
		expect(loadSession(s, 'm', NOW_ISO)).toEqual({ recovered: true });
		expect(s.data.has(SESSION_PREFIX + 'm')).toBe(false);
		clearSession(s, 'n');
		expect(loadSession(s, 'n', NOW_ISO)).toEqual({ recovered: false });
	});
	it('setup choices per bank; bad values ignored', () => {
		const s = memory({ [SETUP_KEY]: '{"x":{"set":"exam"}' });
		expect(loadSetupPrefs(s)).toEqual({});
		saveSetupPref(s, 'a', { set: 'exam', count: 65, extension: true });
		saveSetupPref(s, 'b', { set: 'due', count: 5, extension: false });
		expect(loadSetupPrefs(s)).toEqual({
			a: { set: 'exam', count: 65, extension: true },
			b: { set: 'due', count: 5, extension: false },
		});
	});
	it('bad setup entries are set aside one by one; a foreign value whole', () => {
		const s = memory({
			[SETUP_KEY]: JSON.stringify({
				a: { set: 'exam', count: 65, extension: true },
				b: { set: 'nope' },
			}),
		});
		expect(loadSetupPrefs(s, NOW_ISO)).toEqual({ a: { set: 'exam', count: 65, extension: true } });
		expect(readAside(s)).toEqual([
			{ at: NOW_ISO, key: SETUP_KEY, value: JSON.stringify({ b: { set: 'nope' } }) },
		]);
		expect(s.json(SETUP_KEY)).toEqual({ a: { set: 'exam', count: 65, extension: true } });
		const foreign = memory({ [SETUP_KEY]: '[1,2]' });
		expect(loadSetupPrefs(foreign, NOW_ISO)).toEqual({});
		expect(readAside(foreign).map((e) => e.value)).toEqual(['[1,2]']);
	});
	it('bad attempts, cards and bookmarks are set aside one by one; the rest is kept', () => {
		const s = memory({
			[HISTORY_KEY]: JSON.stringify({
				v: 2,
				attempts: [{ id: 'broken' }],
				cards: { q9: { bankId: 'n', card: 'nope' } },
				bookmarks: { q1: { bankId: 'n', at: 5 }, q2: { bankId: 3 } },
			}),
		});
		const loaded = loadHistory(s, NOW_ISO);
		expect(loaded.recovered).toBe(true);
		expect(loaded.history.bookmarks).toEqual({ q1: { bankId: 'n', at: 5 } });
		expect(readAside(s).map((e) => JSON.parse(e.value) as unknown)).toEqual([
			{ id: 'broken' },
			{ q9: { bankId: 'n', card: 'nope' } },
			{ q2: { bankId: 3 } },
		]);
		expect(s.json(HISTORY_KEY)).toEqual(loaded.history);
	});
	it('a full storage: the migrated history is still returned; nothing is lost', () => {
		const s = memory({ [LEGACY_HISTORY_KEY]: V1 });
		s.fail = 'quota';
		expect(loadHistory(s, NOW_ISO).history.attempts).toHaveLength(1);
		expect(s.data.has(HISTORY_KEY)).toBe(false);
		expect(s.data.get(LEGACY_HISTORY_KEY)).toBe(V1);
		expect(saveSession(s, createSession('n', [], { mode: 'practice', seed: 'x', now: 1 }))).toEqual(
			{
				ok: false,
				reason: 'quota',
			},
		);
		expect(saveSetupPref(s, 'n', { set: 'due', count: 5, extension: false })).toEqual({
			ok: false,
			reason: 'quota',
		});
	});
	it('an unusable session is removed only once it is set aside', () => {
		const s = memory({ [SESSION_PREFIX + 'n']: '{"v":99}' });
		s.fail = 'quota';
		expect(loadSession(s, 'n', NOW_ISO)).toEqual({ recovered: true });
		expect(s.data.get(SESSION_PREFIX + 'n')).toBe('{"v":99}');
		s.fail = undefined;
		expect(loadSession(s, 'n', NOW_ISO)).toEqual({ recovered: true });
		expect(s.data.has(SESSION_PREFIX + 'n')).toBe(false);
		expect(readAside(s)).toEqual([{ at: NOW_ISO, key: SESSION_PREFIX + 'n', value: '{"v":99}' }]);
	});
	it('never writes the old quiz aside list', () => {
		const s = memory({ [LEGACY_ASIDE_KEYS[1]]: '[]', [HISTORY_KEY]: 'corrupt' });
		loadHistory(s, NOW_ISO);
		expect(s.data.get(LEGACY_ASIDE_KEYS[1])).toBe('[]');
		expect(s.data.has(ASIDE_KEY)).toBe(true);
	});
});
