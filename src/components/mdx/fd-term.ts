/**
 * <fd-term>: Escape hides the open tooltip, whether it opened on focus or on hover
 * (WCAG 1.4.13 "dismissible"); leaving the term re-arms it. On a touch screen the first tap on
 * a term opens its definition as a popover (data-open) with a 「用語集で詳しく」 link instead of
 * leaving the page; a second tap on the term, or the link, opens the term page; a tap elsewhere
 * closes it.
 */
let lastPointer = 'mouse';

class FdTerm extends HTMLElement {
	connectedCallback() {
		const rearm = () => this.removeAttribute('data-dismissed');
		this.addEventListener('focusout', rearm);
		this.addEventListener('mouseleave', rearm);
		const place = () => requestAnimationFrame(() => this.#keepInViewport());
		this.addEventListener('focusin', place);
		this.addEventListener('mouseenter', place);
		const link = this.querySelector<HTMLAnchorElement>(':scope > a');
		const more = this.querySelector<HTMLAnchorElement>('.fd-term-more');
		link?.addEventListener('click', (e) => {
			const touch = lastPointer === 'touch' || lastPointer === 'pen';
			if (!touch || this.hasAttribute('data-open')) return;
			e.preventDefault();
			closeAll();
			this.setAttribute('data-open', '');
			this.removeAttribute('data-dismissed');
			if (more) more.tabIndex = 0;
			link.setAttribute('aria-expanded', 'true');
			place();
		});
	}

	close() {
		this.removeAttribute('data-open');
		this.querySelector(':scope > a')?.setAttribute('aria-expanded', 'false');
		const more = this.querySelector<HTMLAnchorElement>('.fd-term-more');
		if (more) more.tabIndex = -1;
	}

	/** Shifts an open tooltip left so it never runs past the right edge of a narrow screen. */
	#keepInViewport() {
		const tip = this.querySelector<HTMLElement>('.fd-term-tip');
		if (!tip) return;
		tip.style.removeProperty('left');
		const overflow = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
		if (overflow > 0) tip.style.left = `${-overflow}px`;
	}
}

function closeAll(except?: Element) {
	for (const el of document.querySelectorAll<FdTerm>('fd-term[data-open]'))
		if (el !== except) el.close();
}

if (!customElements.get('fd-term')) {
	customElements.define('fd-term', FdTerm);
	document.addEventListener(
		'pointerdown',
		(e) => {
			lastPointer = e.pointerType || 'mouse';
			const term = e.target instanceof Element ? e.target.closest('fd-term') : null;
			closeAll(term ?? undefined);
		},
		{ capture: true },
	);
	document.addEventListener('keydown', (e) => {
		lastPointer = 'keyboard';
		if (e.key !== 'Escape') return;
		closeAll();
		for (const el of document.querySelectorAll('fd-term:hover, fd-term:focus-within'))
			el.setAttribute('data-dismissed', '');
	});
}
