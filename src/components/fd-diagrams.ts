/**
 * <fd-diagrams>: turns every ```mermaid block on the page into a live diagram.
 *
 * - mermaid is imported only when the first diagram comes within 400px of the viewport, and
 *   never on pages without this element (it is rendered only on pages with a diagram);
 * - layout 'dagre' and securityLevel 'strict', as decided for the product;
 * - the diagram box keeps the height reserved by CSS before and after rendering (no layout shift);
 * - re-rendered on theme change (THEME_EVENT);
 * - a diagram that fails to parse shows a readable error in place and gets data-state="error"
 *   (the e2e tests fail on it), never an empty box.
 */
import { THEME_EVENT } from '../client/theme.ts';

type Mermaid = typeof import('mermaid').default;

let mermaidPromise: Promise<Mermaid> | undefined;
const loadMermaid = () => (mermaidPromise ??= import('mermaid').then((m) => m.default));

let renderCount = 0;

interface DiagramState {
	figure: HTMLElement;
	canvas: HTMLElement;
	source: string;
}

class FdDiagrams extends HTMLElement {
	#diagrams: DiagramState[] = [];
	#visible = new Set<DiagramState>();

	connectedCallback() {
		const blocks = [...document.querySelectorAll<HTMLElement>('pre > code.language-mermaid')];
		this.#diagrams = blocks.map((code) => this.#wrap(code));
		const observer = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					if (!entry.isIntersecting) continue;
					observer.unobserve(entry.target);
					const d = this.#diagrams.find((x) => x.figure === entry.target);
					if (d) {
						this.#visible.add(d);
						void this.#render(d);
					}
				}
			},
			{ rootMargin: '400px 0px' },
		);
		for (const d of this.#diagrams) observer.observe(d.figure);
		document.addEventListener(THEME_EVENT, () => {
			for (const d of this.#visible) void this.#render(d);
		});
	}

	/** Replaces <pre><code> with a figure of the same reserved height that keeps the source. */
	#wrap(code: HTMLElement): DiagramState {
		const pre = code.parentElement as HTMLElement;
		const source = code.textContent;
		const figure = document.createElement('figure');
		figure.className = 'fd-diagram';
		figure.dataset['state'] = 'pending';
		const canvas = document.createElement('div');
		canvas.className = 'fd-diagram-canvas';
		canvas.textContent = this.dataset['loading'] ?? '';
		const details = document.createElement('details');
		const summary = document.createElement('summary');
		summary.textContent = this.dataset['source'] ?? '';
		const srcPre = document.createElement('pre');
		srcPre.textContent = source;
		details.append(summary, srcPre);
		const enlarge = document.createElement('button');
		enlarge.type = 'button';
		enlarge.textContent = this.dataset['enlarge'] ?? '';
		enlarge.hidden = true;
		enlarge.addEventListener('click', () => this.#enlarge(canvas, enlarge));
		const tools = document.createElement('div');
		tools.className = 'fd-diagram-tools';
		tools.append(enlarge, details);
		figure.append(canvas, tools);
		const style = pre.getAttribute('style');
		if (style) figure.setAttribute('style', style);
		pre.replaceWith(figure);
		return { figure, canvas, source };
	}

	/** Shows the diagram at its natural size in a modal dialog (small screens, dense diagrams). */
	#enlarge(canvas: HTMLElement, opener: HTMLButtonElement) {
		const svg = canvas.querySelector('svg');
		if (!svg) return;
		const dialog = document.createElement('dialog');
		dialog.className = 'fd-diagram-dialog';
		const title = svg.querySelector('title')?.textContent ?? '';
		dialog.setAttribute('aria-label', title);
		const close = document.createElement('button');
		close.type = 'button';
		close.className = 'fd-button';
		close.dataset['variant'] = 'secondary';
		close.textContent = this.dataset['close'] ?? '';
		close.addEventListener('click', () => dialog.close());
		const body = document.createElement('div');
		body.className = 'fd-dialog-body';
		// The copy keeps the SVG's id on purpose: mermaid scopes the diagram's <style> to it.
		// The dialog is modal, so the page behind (and its duplicate ids) is inert meanwhile.
		const copy = svg.cloneNode(true) as SVGSVGElement;
		copy.removeAttribute('width');
		copy.removeAttribute('height');
		copy.style.width = `${Math.max(svg.viewBox.baseVal.width, 320)}px`;
		body.append(copy);
		dialog.append(close, body);
		dialog.addEventListener('close', () => {
			dialog.remove();
			opener.focus();
		});
		document.body.append(dialog);
		dialog.showModal();
	}

	async #render(d: DiagramState) {
		try {
			const mermaid = await loadMermaid();
			const dark = document.documentElement.dataset['theme'] === 'dark';
			mermaid.initialize({
				startOnLoad: false,
				securityLevel: 'strict',
				layout: 'dagre',
				theme: dark ? 'dark' : 'default',
				fontFamily: getComputedStyle(document.body).fontFamily,
			});
			renderCount += 1;
			const { svg } = await mermaid.render(`fd-mermaid-${renderCount}`, d.source);
			d.canvas.innerHTML = svg;
			const el = d.canvas.querySelector('svg');
			if (el) {
				// Natural size from the viewBox; CSS scales it down to fit the reserved box.
				const [, , w, h] = (el.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
				if (w && h) {
					el.setAttribute('width', String(Math.ceil(w)));
					el.setAttribute('height', String(Math.ceil(h)));
				}
				el.style.removeProperty('max-width');
			}
			d.figure.dataset['state'] = 'rendered';
			const enlarge = d.figure.querySelector<HTMLButtonElement>('.fd-diagram-tools button');
			if (enlarge) enlarge.hidden = false;
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			const p = document.createElement('p');
			p.className = 'fd-diagram-error';
			p.setAttribute('role', 'alert');
			p.textContent = (this.dataset['error'] ?? '{message}').replace(
				'{message}',
				message.split('\n').slice(0, 3).join(' '),
			);
			d.canvas.replaceChildren(p);
			d.figure.dataset['state'] = 'error';
			d.figure.querySelector('details')?.setAttribute('open', '');
			console.error(`Mermaid diagram failed: ${message}`);
		}
	}
}

if (!customElements.get('fd-diagrams')) customElements.define('fd-diagrams', FdDiagrams);
