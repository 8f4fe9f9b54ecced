import { describe, expect, it } from 'vitest';
import {
	ASIDE_KEY,
	ASIDE_MAX,
	LEGACY_ASIDE_KEYS,
	defineRecord,
	readAside,
	readRaw,
	removeRaw,
	setAside,
	writeRaw,
	type Parsed,
} from './storage.ts';
import { MemoryStorage } from './memory-storage.ts';

const NOW = '2026-11-23T00:00:00.000Z';
const KEY = 'fd:test:v2';
const LEGACY = 'fd:test:v1';

interface Box {
	v: 2;
	items: string[];
}
const empty = (): Box => ({ v: 2, items: [] });
/** v2 boxes; items that are not strings are rejected one by one; anything else is unreadable. */
function parseBox(value: unknown): Parsed<Box> {
	const v = value as { v?: unknown; items?: unknown } | null;
	if (typeof v !== 'object' || v === null || v.v !== 2 || !Array.isArray(v.items))
		return { value: empty(), rejected: [value], unreadable: true };
	const items = v.items.filter((i): i is string => typeof i === 'string');
	return {
		value: { v: 2, items },
		rejected: v.items.filter((i) => typeof i !== 'string'),
		unreadable: false,
	};
}
/** v1 stored a comma-separated string. */
function parseLegacy(value: unknown): Parsed<Box> {
	const v = value as { v?: unknown; list?: unknown } | null;
	if (typeof v !== 'object' || v === null || v.v !== 1 || typeof v.list !== 'string')
		return { value: empty(), rejected: [value], unreadable: true };
	return { value: { v: 2, items: v.list.split(',') }, rejected: [], unreadable: false };
}
const box = defineRecord<Box>({
	key: KEY,
	parse: parseBox,
	empty,
	legacy: { key: LEGACY, parse: parseLegacy },
});

describe('raw access', () => {
	it('reads, writes and removes; never throws', () => {
		const s = new MemoryStorage();
		expect(readRaw(s, 'k')).toBe(null);
		expect(writeRaw(s, 'k', 'v')).toEqual({ ok: true });
		expect(readRaw(s, 'k')).toBe('v');
		expect(removeRaw(s, 'k')).toEqual({ ok: true });
		expect(readRaw(s, 'k')).toBe(null);
	});
	it('tells a full storage from an unavailable one', () => {
		const s = new MemoryStorage();
		s.fail = 'quota';
		expect(writeRaw(s, 'k', 'v')).toEqual({ ok: false, reason: 'quota' });
		s.fail = 'denied';
		expect(writeRaw(s, 'k', 'v')).toEqual({ ok: false, reason: 'unavailable' });
		expect(removeRaw(s, 'k')).toEqual({ ok: false, reason: 'unavailable' });
		expect(readRaw(s, 'k')).toBe(null);
		expect(writeRaw(undefined, 'k', 'v')).toEqual({ ok: false, reason: 'unavailable' });
		expect(removeRaw(undefined, 'k')).toEqual({ ok: false, reason: 'unavailable' });
		expect(readRaw(undefined, 'k')).toBe(null);
		// Older browsers name it differently; the message still says quota.
		const firefox = {
			setItem: () => {
				throw Object.assign(new Error('Persistent storage maximum size reached (quota)'), {
					name: 'NS_ERROR_DOM_QUOTA_REACHED',
				});
			},
		};
		expect(writeRaw(firefox, 'k', 'v')).toEqual({ ok: false, reason: 'quota' });
	});
});

describe('aside list', () => {
	it('keeps values verbatim with their key and date', () => {
		const s = new MemoryStorage();
		expect(setAside(s, 'a', ['{"broken', { x: 1 }], NOW)).toBe(true);
		expect(readAside(s)).toEqual([
			{ at: NOW, key: 'a', value: '{"broken' },
			{ at: NOW, key: 'a', value: '{"x":1}' },
		]);
	});
	it(`keeps only the newest ${ASIDE_MAX}`, () => {
		const s = new MemoryStorage();
		for (let i = 0; i < ASIDE_MAX + 5; i += 1) setAside(s, 'k', [String(i)], NOW);
		const list = readAside(s);
		expect(list).toHaveLength(ASIDE_MAX);
		expect(list[0]?.value).toBe('5');
		expect(list.at(-1)?.value).toBe(String(ASIDE_MAX + 4));
	});
	it('starts an unreadable list afresh and reports a refused write', () => {
		const s = new MemoryStorage({ [ASIDE_KEY]: '{oops' });
		expect(setAside(s, 'k', ['x'], NOW)).toBe(true);
		expect(readAside(s)).toEqual([{ at: NOW, key: 'k', value: 'x' }]);
		s.fail = 'quota';
		expect(setAside(s, 'k', ['y'], NOW)).toBe(false);
		expect(setAside(undefined, 'k', ['y'], NOW)).toBe(false);
	});
	it('never touches the legacy aside keys', () => {
		const legacy = Object.fromEntries(LEGACY_ASIDE_KEYS.map((k) => [k, `old ${k}`]));
		const s = new MemoryStorage({ ...legacy, [KEY]: 'not json' });
		box.load(s, NOW);
		for (const k of LEGACY_ASIDE_KEYS) expect(s.data.get(k)).toBe(`old ${k}`);
		expect(readAside(s)).toHaveLength(1);
	});
});

describe('defineRecord', () => {
	it('missing: the empty value, nothing written', () => {
		const s = new MemoryStorage();
		expect(box.load(s, NOW)).toEqual({ value: empty(), recovered: false });
		expect(s.data.size).toBe(0);
	});
	it('round-trips', () => {
		const s = new MemoryStorage();
		expect(box.save(s, { v: 2, items: ['a'] })).toEqual({ ok: true });
		expect(box.load(s, NOW)).toEqual({ value: { v: 2, items: ['a'] }, recovered: false });
	});
	it.each([
		['corrupt JSON', '{"v":2,"items":['],
		['a foreign shape', '["not","ours"]'],
		['a future version', '{"v":3,"items":[]}'],
		['not JSON at all', 'hello'],
	])('%s: set aside whole, then the key is rewritten empty', (_name, raw) => {
		const s = new MemoryStorage({ [KEY]: raw });
		expect(box.load(s, NOW)).toEqual({ value: empty(), recovered: true });
		expect(readAside(s)).toEqual([{ at: NOW, key: KEY, value: raw }]);
		expect(s.json(KEY)).toEqual(empty());
		// Read again: nothing more to recover.
		expect(box.load(s, NOW)).toEqual({ value: empty(), recovered: false });
	});
	it('partial rejects: only the bad items are set aside', () => {
		const s = new MemoryStorage({ [KEY]: JSON.stringify({ v: 2, items: ['a', 1, 'b', null] }) });
		expect(box.load(s, NOW)).toEqual({ value: { v: 2, items: ['a', 'b'] }, recovered: true });
		expect(readAside(s).map((e) => e.value)).toEqual(['1', 'null']);
		expect(s.json(KEY)).toEqual({ v: 2, items: ['a', 'b'] });
	});
	it('legacy: migrated and written under the new key; the legacy key is left as it was', () => {
		const old = JSON.stringify({ v: 1, list: 'a,b' });
		const s = new MemoryStorage({ [LEGACY]: old });
		expect(box.load(s, NOW)).toEqual({ value: { v: 2, items: ['a', 'b'] }, recovered: false });
		expect(s.json(KEY)).toEqual({ v: 2, items: ['a', 'b'] });
		expect(s.data.get(LEGACY)).toBe(old);
	});
	it('legacy is not read once the new key exists', () => {
		const s = new MemoryStorage({
			[LEGACY]: JSON.stringify({ v: 1, list: 'old' }),
			[KEY]: JSON.stringify({ v: 2, items: ['new'] }),
		});
		expect(box.load(s, NOW).value.items).toEqual(['new']);
	});
	it('an unusable legacy value is set aside under its own key; the legacy key is not written', () => {
		const s = new MemoryStorage({ [LEGACY]: '{"v":9}' });
		expect(box.load(s, NOW)).toEqual({ value: empty(), recovered: true });
		expect(readAside(s)).toEqual([{ at: NOW, key: LEGACY, value: '{"v":9}' }]);
		expect(s.data.get(LEGACY)).toBe('{"v":9}');
		expect(s.json(KEY)).toEqual(empty());
	});
	it('quota: the unusable value is never replaced when it could not be set aside', () => {
		const s = new MemoryStorage({ [KEY]: '{"v":3}' });
		s.fail = 'quota';
		expect(box.load(s, NOW)).toEqual({ value: empty(), recovered: true });
		expect(s.data.get(KEY)).toBe('{"v":3}');
		expect(s.data.has(ASIDE_KEY)).toBe(false);
		expect(box.save(s, empty())).toEqual({ ok: false, reason: 'quota' });
	});
	it('storage that throws on every access: empty value, writes unavailable', () => {
		const s = new MemoryStorage({ [KEY]: JSON.stringify({ v: 2, items: ['a'] }) });
		s.fail = 'denied';
		expect(box.load(s, NOW)).toEqual({ value: empty(), recovered: false });
		expect(box.save(s, empty())).toEqual({ ok: false, reason: 'unavailable' });
		expect(box.load(undefined, NOW)).toEqual({ value: empty(), recovered: false });
		expect(box.save(undefined, empty())).toEqual({ ok: false, reason: 'unavailable' });
	});
	it('toRaw null removes the key (an unusable value is removed once set aside)', () => {
		const maybe = defineRecord<string | undefined>({
			key: 'fd:maybe:v1',
			parse: (v) =>
				typeof v === 'string'
					? { value: v, rejected: [], unreadable: false }
					: { value: undefined, rejected: [v], unreadable: true },
			empty: () => undefined,
			toRaw: (v) => (v === undefined ? null : JSON.stringify(v)),
		});
		const s = new MemoryStorage({ 'fd:maybe:v1': '42' });
		expect(maybe.load(s, NOW)).toEqual({ value: undefined, recovered: true });
		expect(s.data.has('fd:maybe:v1')).toBe(false);
		expect(readAside(s).map((e) => e.value)).toEqual(['42']);
		expect(maybe.save(s, 'x')).toEqual({ ok: true });
		expect(maybe.load(s, NOW)).toEqual({ value: 'x', recovered: false });
	});
});
