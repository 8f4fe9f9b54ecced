/**
 * <fd-term>: Escape hides the open tooltip, whether it opened on focus or on hover
 * (WCAG 1.4.13 "dismissible"); leaving the term re-arms it.
 */
class FdTerm extends HTMLElement {
	connectedCallback() {
		const rearm = () => this.removeAttribute('data-dismissed');
		this.addEventListener('focusout', rearm);
		this.addEventListener('mouseleave', rearm);
		const place = () => requestAnimationFrame(() => this.#keepInViewport());
		this.addEventListener('focusin', place);
		this.addEventListener('mouseenter', place);
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
if (!customElements.get('fd-term')) {
	customElements.define('fd-term', FdTerm);
	document.addEventListener('keydown', (e) => {
		if (e.key !== 'Escape') return;
		for (const el of document.querySelectorAll('fd-term:hover, fd-term:focus-within'))
			el.setAttribute('data-dismissed', '');
	});
}
