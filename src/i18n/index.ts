/**
 * The UI dictionary and `t()`. THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 *
 * Japanese is the only locale today. A second locale is a new file (e.g. `en.ts`) typed
 * `Partial<Dictionary>` and added to `DICTIONARIES`; missing keys fall back to Japanese, and no
 * component changes because components only ever call `t(key)` / `useTranslations(locale)`.
 */
import { ja } from './ja.ts';

export type UiKey = keyof typeof ja;
export type Dictionary = Record<UiKey, string>;
export const DEFAULT_LOCALE = 'ja';
export const DICTIONARIES = { ja } satisfies Record<string, Partial<Dictionary>>;
export type Locale = keyof typeof DICTIONARIES;

/** Replaces `{name}` placeholders with the given values. */
export function interpolate(text: string, params?: Readonly<Record<string, string | number>>): string {
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A `t()` bound to one locale, falling back to the default locale key by key. */
export function useTranslations(locale: Locale = DEFAULT_LOCALE) {
	const dict: Partial<Dictionary> = DICTIONARIES[locale];
	return (key: UiKey, params?: Readonly<Record<string, string | number>>): string =>
		interpolate(dict[key] ?? ja[key], params);
}

/** `t()` for the default locale. */
export const t = useTranslations();
