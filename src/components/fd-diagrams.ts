/**
 * <fd-diagrams>: turns every ```mermaid block on the page into a live diagram.
 *
 * - mermaid is imported only when the first diagram comes within 400px of the viewport, and
 *   never on pages without this element (it is rendered only on pages with a diagram);
 * - layout 'dagre' and securityLevel 'strict', as decided for the product;
 * - the diagram box keeps the height reserved by CSS before and after rendering, and the enlarge
 *   button keeps its place (invisible until the diagram is drawn), so nothing shifts;
 * - one diagram per idle period: diagrams render one at a time from a queue, yielding to the
 *   browser between them, so a page with several diagrams never holds the main thread for
 *   long (Total Blocking Time);
 * - labels never break inside a word (CSS in Diagrams.astro: phrase breaking, strict kana);
 * - 図を拡大して表示 opens the diagram at natural size (text as large as the page's) in a
 *   full-screen dialog, centred on the diagram, with pan (scroll), zoom buttons and the
 *   browser's pinch-zoom;
 * - re-rendered on theme change (THEME_EVENT);
 * - a diagram that fails to parse shows a readable error in place and gets data-state="error"
 *   (the e2e tests fail on it), never an empty box.
 */
import { THEME_EVENT } from '../client/theme.ts';

type Mermaid = typeof import('mermaid').default;

let mermaidPromise: Promise<Mermaid> | undefined;
const loadMermaid = () => (mermaidPromise ??= import('mermaid').then((m) => m.default));

let renderCount = 0;
let initialisedFor: string | undefined;

/** Resolves when the browser is idle (or after a short timeout), so each render is its own task. */
function idle(): Promise<void> {
	return new Promise((resolve) => {
		if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 600 });
		else setTimeout(resolve, 50);
	});
}

interface DiagramState {
	figure: HTMLElement;
	canvas: HTMLElement;
	source: string;
}

class FdDiagrams extends HTMLElement {
	#diagrams: DiagramState[] = [];
	#visible = new Set<DiagramState>();
	#queue: DiagramState[] = [];
	#draining = false;

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
						this.#enqueue(d);
					}
				}
			},
			{ rootMargin: '400px 0px' },
		);
		for (const d of this.#diagrams) observer.observe(d.figure);
		document.addEventListener(THEME_EVENT, () => {
			for (const d of this.#visible) this.#enqueue(d);
		});
	}

	#enqueue(d: DiagramState) {
		if (!this.#queue.includes(d)) this.#queue.push(d);
		void this.#drain();
	}

	/** Renders queued diagrams one per idle period, in page order. */
	async #drain() {
		if (this.#draining) return;
		this.#draining = true;
		try {
			while (this.#queue.length > 0) {
				await idle();
				this.#queue.sort((a, b) => this.#diagrams.indexOf(a) - this.#diagrams.indexOf(b));
				const d = this.#queue.shift();
				if (d) await this.#render(d);
			}
		} finally {
			this.#draining = false;
		}
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

	/**
	 * Shows the diagram at its natural size (its text as large as the page's) in a full-screen
	 * modal dialog, scrolled so the diagram's centre is in the middle of the screen. Scrolling
	 * pans; the zoom buttons (and the browser's pinch-zoom) change the size around the centre.
	 */
	#enlarge(canvas: HTMLElement, opener: HTMLButtonElement) {
		const svg = canvas.querySelector('svg');
		if (!svg) return;
		const dialog = document.createElement('dialog');
		dialog.className = 'fd-diagram-dialog';
		const title = svg.querySelector('title')?.textContent ?? '';
		dialog.setAttribute('aria-label', title);
		const bar = document.createElement('div');
		bar.className = 'fd-dialog-bar';
		const button = (label: string, onClick: () => void, variant = 'secondary') => {
			const b = document.createElement('button');
			b.type = 'button';
			b.className = 'fd-button';
			b.dataset['variant'] = variant;
			b.textContent = label;
			b.addEventListener('click', onClick);
			return b;
		};
		const body = document.createElement('div');
		body.className = 'fd-dialog-body';
		body.tabIndex = 0;
		body.setAttribute('role', 'region');
		body.setAttribute('aria-label', title);
		// The copy keeps the SVG's id on purpose: mermaid scopes the diagram's <style> to it.
		// The dialog is modal, so the page behind (and its duplicate ids) is inert meanwhile.
		const copy = svg.cloneNode(true) as SVGSVGElement;
		copy.removeAttribute('width');
		copy.removeAttribute('height');
		const natural = Math.max(svg.viewBox.baseVal.width, 320);
		let zoom = 1;
		const setZoom = (next: number) => {
			const cx = (body.scrollLeft + body.clientWidth / 2) / body.scrollWidth;
			const cy = (body.scrollTop + body.clientHeight / 2) / body.scrollHeight;
			zoom = Math.min(3, Math.max(0.25, next));
			copy.style.width = `${Math.round(natural * zoom)}px`;
			body.scrollLeft = cx * body.scrollWidth - body.clientWidth / 2;
			body.scrollTop = cy * body.scrollHeight - body.clientHeight / 2;
		};
		copy.style.width = `${natural}px`;
		const stage = document.createElement('div');
		stage.className = 'fd-dialog-stage';
		stage.append(copy);
		body.append(stage);
		bar.append(
			button(this.dataset['zoomOut'] ?? '-', () => setZoom(zoom / 1.25)),
			button(this.dataset['zoomIn'] ?? '+', () => setZoom(zoom * 1.25)),
			button(this.dataset['close'] ?? '', () => dialog.close(), 'primary'),
		);
		dialog.append(bar, body);
		dialog.addEventListener('close', () => {
			dialog.remove();
			opener.focus();
		});
		document.body.append(dialog);
		dialog.showModal();
		// Centre the view on the diagram.
		body.scrollLeft = (body.scrollWidth - body.clientWidth) / 2;
		body.scrollTop = (body.scrollHeight - body.clientHeight) / 2;
	}

	async #render(d: DiagramState) {
		try {
			const mermaid = await loadMermaid();
			const dark = document.documentElement.dataset['theme'] === 'dark';
			const theme = dark ? 'dark' : 'default';
			if (initialisedFor !== theme) {
				initialisedFor = theme;
				mermaid.initialize({
					startOnLoad: false,
					securityLevel: 'strict',
					layout: 'dagre',
					theme,
					fontFamily: getComputedStyle(document.body).fontFamily,
					// Labels wrap only where the author put <br/> or, past this width, between
					// phrases (CSS in Diagrams.astro); never inside a word.
					markdownAutoWrap: false,
					flowchart: { wrappingWidth: 240 },
				});
			}
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
				leftAlignClusterTitles(el);
			}
			d.figure.dataset['state'] = 'rendered';
			// Text smaller than 11 CSS px at the fitted size: point the reader to the enlarged view.
			d.figure.toggleAttribute('data-small', scaleOf(d.canvas) * 16 < 11);
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

/**
 * Moves each subgraph title from the top centre of its box to the top left: dagre routes edges
 * into a box through its top centre, so a centred title (「パブリック」) had arrows across it.
 */
function leftAlignClusterTitles(svg: SVGSVGElement) {
	for (const cluster of svg.querySelectorAll<SVGGElement>('g.cluster')) {
		const rect = cluster.querySelector('rect');
		const label = cluster.querySelector<SVGGElement>('g.cluster-label');
		const match = /translate\(\s*([-\d.]+)[ ,]+([-\d.]+)\s*\)/.exec(
			label?.getAttribute('transform') ?? '',
		);
		if (!rect || !label || !match) continue;
		const x = rect.x.baseVal.value + 8;
		label.setAttribute('transform', `translate(${x}, ${match[2]})`);
	}
}

/** How much the fitted SVG is scaled from its natural size (1 = natural). */
function scaleOf(canvas: HTMLElement): number {
	const svg = canvas.querySelector('svg');
	const w = svg?.viewBox.baseVal.width;
	return svg && w ? svg.getBoundingClientRect().width / w : 1;
}

if (!customElements.get('fd-diagrams')) customElements.define('fd-diagrams', FdDiagrams);
