import { describe, expect, it } from 'vitest';
import { readThemePref, resolveTheme, writeThemePref, THEME_KEY } from './theme.ts';

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
		).toBe(false);
		const data: Record<string, string> = {};
		expect(writeThemePref({ setItem: (k, v) => void (data[k] = v) }, 'dark')).toBe(true);
		expect(data[THEME_KEY]).toBe('dark');
	});
	it('resolves system against the media query', () => {
		expect(resolveTheme('system', true)).toBe('dark');
		expect(resolveTheme('system', false)).toBe('light');
		expect(resolveTheme('light', true)).toBe('light');
	});
});
