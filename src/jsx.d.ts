/**
 * Types the elements of .astro templates as HTMLElement for ESLint's type-aware rules. Astro
 * declares a JSX element as `HTMLElement | any` (it supports several JSX frameworks), so every
 * `{items.map((item) => <li>…</li>)}` would be an unsafe `any` return. The fix eslint-plugin-astro
 * documents; it changes nothing in the build.
 */
import 'astro/astro-jsx';

declare global {
	namespace JSX {
		type Element = HTMLElement;
	}
}
