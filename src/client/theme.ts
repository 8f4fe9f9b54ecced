/**
 * Theme preference storage.
 *
 * Stored shape, key `fd:theme:v1` (localStorage): one of the strings "light" | "dark" | "system".
 * Lifecycle: written when the learner picks a theme; read before first paint by the inline script
 * in src/components/ThemeScript.astro (which duplicates the key on purpose: it must run before
 * any bundle loads) and by <fd-theme-switch>.
 * Migrations: none yet. Anything else stored under the key (corrupt, foreign, future) reads as
 * "system"; storage that throws (private mode, quota) is ignored and the theme still switches.
 */
export const THEME_KEY = 'fd:theme:v1';
export type ThemePref = 'light' | 'dark' | 'system';

/** Reads the stored preference, falling back to "system" on anything unexpected. */
export function readThemePref(storage: Pick<Storage, 'getItem'> | undefined): ThemePref {
	try {
		const v = storage?.getItem(THEME_KEY);
		return v === 'light' || v === 'dark' ? v : 'system';
	} catch {
		return 'system';
	}
}

/** Stores the preference; returns false when storage refused. */
export function writeThemePref(
	storage: Pick<Storage, 'setItem'> | undefined,
	pref: ThemePref,
): boolean {
	try {
		storage?.setItem(THEME_KEY, pref);
		return true;
	} catch {
		return false;
	}
}

/** The theme to show for a preference, given whether the system prefers dark. */
export function resolveTheme(pref: ThemePref, systemDark: boolean): 'light' | 'dark' {
	return pref === 'system' ? (systemDark ? 'dark' : 'light') : pref;
}

/** Event fired on `document` when the resolved theme changes (diagrams re-render on it). */
export const THEME_EVENT = 'fd:themechange';
