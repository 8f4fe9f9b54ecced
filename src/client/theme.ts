/**
 * Theme preference, key `fd:theme:v1` (a plain string, not a JSON record; documented with every
 * other key in src/client/storage.ts). The inline script in src/components/ThemeScript.astro
 * duplicates the key on purpose: it must run before any bundle loads. A write that storage
 * refuses is reported, and the theme still switches for this page.
 */
import { readRaw, writeRaw, type WriteResult } from './storage-raw.ts';

export const THEME_KEY = 'fd:theme:v1';
export type ThemePref = 'light' | 'dark' | 'system';

/** Reads the stored preference, falling back to "system" on anything unexpected. */
export function readThemePref(storage: Pick<Storage, 'getItem'> | undefined): ThemePref {
	const v = readRaw(storage, THEME_KEY);
	return v === 'light' || v === 'dark' ? v : 'system';
}

/** Whether a preference is stored at all (a backup only carries a theme the learner chose). */
export function hasThemePref(storage: Pick<Storage, 'getItem'> | undefined): boolean {
	return readRaw(storage, THEME_KEY) !== null;
}

/** Stores the preference. */
export function writeThemePref(
	storage: Pick<Storage, 'setItem'> | undefined,
	pref: ThemePref,
): WriteResult {
	return writeRaw(storage, THEME_KEY, pref);
}

/** The theme to show for a preference, given whether the system prefers dark. */
export function resolveTheme(pref: ThemePref, systemDark: boolean): 'light' | 'dark' {
	return pref === 'system' ? (systemDark ? 'dark' : 'light') : pref;
}

/** Event fired on `document` when the resolved theme changes (diagrams re-render on it). */
export const THEME_EVENT = 'fd:themechange';
