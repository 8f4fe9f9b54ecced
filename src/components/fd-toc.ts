/**
 * <fd-toc>: the lesson's table of contents, a <details> that is closed on phones (one line
 * above the lesson) and open beside the text on wide screens, where the link of the section
 * being read gets aria-current="true".
 */
const WIDE = '(min-width: 64rem)';

class FdToc extends HTMLElement {
	#links: HTMLAnchorElement[] = [];
	#headings: HTMLElement[] = [];
	#frame = 0;

	connectedCallback() {
		const details = this.querySelector('details');
		if (!details) return;
		const wide = matchMedia(WIDE);
		details.open = wide.matches;
		wide.addEventListener('change', () => (details.open = wide.matches));
		this.#links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
		this.#headings = this.#links
			.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
			.filter((h): h is HTMLElement => h !== null);
		// On a phone, following a link closes the list so the section is in view.
		details.addEventListener('click', (e) => {
			if (!wide.matches && e.target instanceof HTMLAnchorElement) details.open = false;
		});
		window.addEventListener('scroll', this.#schedule, { passive: true });
		this.#update();
	}

	disconnectedCallback() {
		window.removeEventListener('scroll', this.#schedule);
	}

	#schedule = () => {
		if (this.#frame) return;
		this.#frame = requestAnimationFrame(() => {
			this.#frame = 0;
			this.#update();
		});
	};

	/** The current section: the last heading above the top third of the window. */
	#update() {
		const line = innerHeight / 3;
		let current: HTMLElement | undefined;
		for (const h of this.#headings) {
			if (h.getBoundingClientRect().top <= line) current = h;
			else break;
		}
		for (const a of this.#links) {
			const on = current !== undefined && decodeURIComponent(a.hash.slice(1)) === current.id;
			if (on) a.setAttribute('aria-current', 'true');
			else a.removeAttribute('aria-current');
		}
	}
}

if (!customElements.get('fd-toc')) customElements.define('fd-toc', FdToc);
