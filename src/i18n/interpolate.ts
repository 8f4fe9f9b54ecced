/**
 * Placeholder replacement for UI strings. Tiny on purpose: client scripts import this, not the
 * dictionary (they receive their strings through data-* attributes).
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** Replaces `{name}` placeholders with the given values; unknown placeholders stay. */
export function interpolate(
	text: string,
	params?: Readonly<Record<string, string | number>>,
): string {
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (m, name: string) =>
		name in params ? String(params[name]) : m,
	);
}
