/**
 * The UI dictionary and `t()`. THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 *
 * Japanese is the only locale today. A second locale is a new file (e.g. `en.ts`) typed
 * `Partial<Dictionary>` and added to `DICTIONARIES`; missing keys fall back to Japanese, and no
 * component changes because components only ever call `t(key)` / `useTranslations(locale)`.
 */
import { ja } from './ja.ts';
import { interpolate } from './interpolate.ts';

export { interpolate };

export type UiKey = keyof typeof ja;
export type Dictionary = Record<UiKey, string>;
export const DEFAULT_LOCALE = 'ja';
export const DICTIONARIES = { ja } satisfies Record<string, Partial<Dictionary>>;
export type Locale = keyof typeof DICTIONARIES;

/** A `t()` bound to one locale, falling back to the default locale key by key. */
export function useTranslations(locale: Locale = DEFAULT_LOCALE) {
	const dict: Partial<Dictionary> = DICTIONARIES[locale];
	return (key: UiKey, params?: Readonly<Record<string, string | number>>): string =>
		interpolate(dict[key] ?? ja[key], params);
}

/** `t()` for the default locale. */
export const t = useTranslations();

/** The strings whose keys start with `prefix` (e.g. "quiz."), for a client script's data-* attribute. */
export function stringsFor(
	prefix: string,
	locale: Locale = DEFAULT_LOCALE,
): Partial<Record<UiKey, string>> {
	const translate = useTranslations(locale);
	const out: Partial<Record<UiKey, string>> = {};
	for (const key of Object.keys(ja) as UiKey[])
		if (key.startsWith(prefix)) out[key] = translate(key);
	return out;
}
