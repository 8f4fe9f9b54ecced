import { describe, expect, it } from 'vitest';
import { hasThemePref, readThemePref, resolveTheme, writeThemePref, THEME_KEY } from './theme.ts';
import { MemoryStorage } from './memory-storage.ts';

describe('theme preference', () => {
	it('reads only known values', () => {
		const get = (v: string | null) => ({ getItem: (k: string) => (k === THEME_KEY ? v : null) });
		expect(readThemePref(get('dark'))).toBe('dark');
		expect(readThemePref(get('light'))).toBe('light');
		expect(readThemePref(get('purple'))).toBe('system');
		expect(readThemePref(get(null))).toBe('system');
		expect(readThemePref(undefined)).toBe('system');
		expect(
			readThemePref({
				getItem: () => {
					throw new Error('denied');
				},
			}),
		).toBe('system');
	});
	it('reports a refused write', () => {
		expect(
			writeThemePref(
				{
					setItem: () => {
						throw new Error('quota');
					},
				},
				'dark',
			),
		).toEqual({ ok: false, reason: 'quota' });
		const full = new MemoryStorage();
		full.fail = 'quota';
		expect(writeThemePref(full, 'dark')).toEqual({ ok: false, reason: 'quota' });
		expect(writeThemePref(undefined, 'dark')).toEqual({ ok: false, reason: 'unavailable' });
		const data: Record<string, string> = {};
		expect(writeThemePref({ setItem: (k, v) => void (data[k] = v) }, 'dark')).toEqual({ ok: true });
		expect(data[THEME_KEY]).toBe('dark');
	});
	it('tells a stored preference from none, and leaves an unknown value in place', () => {
		const s = new MemoryStorage({ [THEME_KEY]: 'sepia' });
		expect(hasThemePref(s)).toBe(true);
		expect(readThemePref(s)).toBe('system');
		expect(s.data.get(THEME_KEY)).toBe('sepia');
		expect(hasThemePref(new MemoryStorage())).toBe(false);
		s.fail = 'denied';
		expect(hasThemePref(s)).toBe(false);
	});
	it('resolves system against the media query', () => {
		expect(resolveTheme('system', true)).toBe('dark');
		expect(resolveTheme('system', false)).toBe('light');
		expect(resolveTheme('light', true)).toBe('light');
	});
});
