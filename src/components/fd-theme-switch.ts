/** <fd-theme-switch>: a <select> that stores the theme preference and applies it at once. */
import {
	readThemePref,
	resolveTheme,
	writeThemePref,
	THEME_EVENT,
	type ThemePref,
} from '../client/theme.ts';
import { safeLocalStorage } from '../client/storage-raw.ts';

const media = matchMedia('(prefers-color-scheme: dark)');

function apply(pref: ThemePref) {
	const theme = resolveTheme(pref, media.matches);
	if (document.documentElement.dataset['theme'] !== theme) {
		document.documentElement.dataset['theme'] = theme;
		document.dispatchEvent(new CustomEvent(THEME_EVENT, { detail: { theme } }));
	}
}

class FdThemeSwitch extends HTMLElement {
	connectedCallback() {
		const select = this.querySelector('select');
		if (!select) return;
		select.value = readThemePref(safeLocalStorage());
		select.addEventListener('change', () => {
			const pref = select.value as ThemePref;
			// A refused write (storage full or disabled) still switches the theme for this page.
			writeThemePref(safeLocalStorage(), pref);
			apply(pref);
		});
		media.addEventListener('change', () => apply(readThemePref(safeLocalStorage())));
	}
}
if (!customElements.get('fd-theme-switch')) customElements.define('fd-theme-switch', FdThemeSwitch);
