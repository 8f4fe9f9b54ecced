/**
 * <fd-header>: the phone header's search and menu buttons (each opens its row below the
 * header, aria-expanded says which), and the site-wide search shortcut: `/` (outside text
 * fields) or Ctrl+K / ⌘K focuses a search box, the page's own one when it has one
 * ([data-fd-search-primary], e.g. the search page), else the header's, opening it on phones.
 * The shortcut listens on window, so a page's own `/` handler on document (the glossary
 * search) runs first and wins by calling preventDefault.
 */
class FdHeader extends HTMLElement {
	connectedCallback() {
		for (const button of this.querySelectorAll<HTMLButtonElement>('button[aria-controls]')) {
			button.addEventListener('click', () => {
				const open = button.getAttribute('aria-expanded') !== 'true';
				this.#toggle(button, open);
				if (open && button.dataset['fdOpen'] === 'search')
					this.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
			});
		}
		this.addEventListener('keydown', (e) => {
			if (e.key !== 'Escape') return;
			for (const button of this.querySelectorAll<HTMLButtonElement>('[aria-expanded="true"]')) {
				this.#toggle(button, false);
				button.focus();
			}
		});
		window.addEventListener('keydown', this.#shortcut);
	}

	disconnectedCallback() {
		window.removeEventListener('keydown', this.#shortcut);
	}

	#toggle(button: HTMLButtonElement, open: boolean) {
		button.setAttribute('aria-expanded', String(open));
		const target = document.getElementById(button.getAttribute('aria-controls') ?? '');
		target?.toggleAttribute('data-open', open);
	}

	#shortcut = (e: KeyboardEvent) => {
		if (e.defaultPrevented || e.altKey) return;
		const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
		const slash = e.key === '/' && !e.ctrlKey && !e.metaKey;
		if (!ctrlK && !slash) return;
		const target = e.target instanceof HTMLElement ? e.target : null;
		if (slash && (target?.isContentEditable || target?.closest('input, textarea, select'))) return;
		e.preventDefault();
		const primary = document.querySelector<HTMLInputElement>('[data-fd-search-primary]');
		if (primary) {
			primary.focus();
			primary.select();
			return;
		}
		const button = this.querySelector<HTMLButtonElement>('button[data-fd-open="search"]');
		if (button?.checkVisibility()) this.#toggle(button, true);
		const input = this.querySelector<HTMLInputElement>('input[type="search"]');
		input?.focus();
		input?.select();
	};
}

if (!customElements.get('fd-header')) customElements.define('fd-header', FdHeader);
