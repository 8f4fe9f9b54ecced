/**
 * <fd-glossary-search>: search-as-you-type over the glossary, enhancing the server-rendered list
 * (see GlossarySearch.astro for the markup it expects).
 *
 * - Lazy: Fuse, the search (src/lib/glossary/search.ts and its modules) and the index load on
 *   the first focus of the box (or on load when the URL already has `?q=`), never before. This
 *   file is all the page runs until then, so keep it small (budget: e2e/budgets.spec.ts).
 * - ARIA combobox: the input owns a listbox; ArrowDown/ArrowUp move `aria-activedescendant`,
 *   Enter opens the active term. "/" anywhere (outside a text field) focuses the box.
 * - URL: `?q=` follows the box. The first keystroke of a new search pushes a history entry (so
 *   Back closes the search), later keystrokes replace it; `?category=` follows the filter.
 *   Coming Back from a term page reloads `?q=` and shows the same results.
 * - The number of results is announced through the role=status region, after typing pauses.
 * Strings arrive through data-* attributes (no dictionary in the browser).
 */
import type {
	GlossaryIndexData,
	GlossarySearcher,
	Range,
	SearchHit,
} from '../lib/glossary/search.ts';
import type { Category } from '../schemas/glossary.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { url } from '../lib/url.ts';

interface Engine {
	searcher: GlossarySearcher;
	splitByRanges: (text: string, ranges: readonly Range[]) => { text: string; mark: boolean }[];
}

/** Results shown at most; the status still gives the full count. */
const RESULT_LIMIT = 30;
/** Wait this long after the last keystroke before announcing the count to screen readers. */
const ANNOUNCE_DELAY_MS = 500;

class FdGlossarySearch extends HTMLElement {
	#engine: Promise<Engine> | undefined;
	#abort: AbortController | undefined;
	#input!: HTMLInputElement;
	#listbox!: HTMLElement;
	#status!: HTMLElement;
	#suggest!: HTMLElement;
	#list!: HTMLElement;
	#hits: SearchHit[] = [];
	#active = -1;
	#category = '';
	#run = 0;
	#announceTimer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input[role="combobox"]');
		const listbox = this.querySelector<HTMLElement>('[role="listbox"]');
		const status = this.querySelector<HTMLElement>('[role="status"]');
		const suggest = this.querySelector<HTMLElement>('.fd-gs-suggest');
		const list = this.querySelector<HTMLElement>('[data-fd-list]');
		if (!input || !listbox || !status || !suggest || !list) return;
		[this.#input, this.#listbox, this.#status, this.#suggest, this.#list] = [
			input,
			listbox,
			status,
			suggest,
			list,
		];
		this.#abort = new AbortController();
		const on = { signal: this.#abort.signal };

		input.addEventListener('focus', () => void this.#load().catch(() => {}), on);
		input.addEventListener(
			'input',
			() => {
				this.#onInput();
			},
			on,
		);
		input.addEventListener(
			'keydown',
			(e) => {
				this.#onKeydown(e);
			},
			on,
		);
		listbox.addEventListener(
			'click',
			(e) => {
				const option = (e.target as Element).closest<HTMLElement>('[role="option"]');
				if (option?.dataset['href'])
					this.#open(option.dataset['href'], e.ctrlKey || e.metaKey || e.shiftKey);
			},
			on,
		);
		for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-category]')) {
			link.addEventListener(
				'click',
				(e) => {
					if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
					e.preventDefault();
					this.#category = link.dataset['category'] ?? '';
					this.#syncUrl('push');
					void this.#update();
				},
				on,
			);
		}
		window.addEventListener(
			'popstate',
			() => {
				this.#fromUrl();
			},
			on,
		);
		document.addEventListener(
			'keydown',
			(e) => {
				if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
				const target = e.target instanceof HTMLElement ? e.target : null;
				if (target?.isContentEditable || target?.closest('input, textarea, select')) return;
				e.preventDefault();
				input.focus();
				input.select();
			},
			on,
		);
		this.#fromUrl();
	}

	disconnectedCallback() {
		this.#abort?.abort();
	}

	/** Reads `?q=` and `?category=` (first load, Back/Forward). */
	#fromUrl() {
		const params = new URL(location.href).searchParams;
		const category = params.get('category') ?? '';
		this.#category = this.querySelector(`a[data-category="${CSS.escape(category)}"]`)
			? category
			: '';
		this.#input.value = params.get('q') ?? '';
		void this.#update();
	}

	#onInput() {
		const wasSearching = new URL(location.href).searchParams.has('q');
		this.#syncUrl(wasSearching || !this.#input.value.trim() ? 'replace' : 'push');
		void this.#update();
	}

	#syncUrl(mode: 'push' | 'replace') {
		const url = new URL(location.href);
		const q = this.#input.value.trim();
		if (q) url.searchParams.set('q', this.#input.value);
		else url.searchParams.delete('q');
		if (this.#category) url.searchParams.set('category', this.#category);
		else url.searchParams.delete('category');
		url.hash = '';
		if (url.href === location.href) return;
		if (mode === 'push') history.pushState(null, '', url);
		else history.replaceState(history.state, '', url);
	}

	/** Fuse + engine + index, once; a failure is forgotten so the next focus retries. */
	#load(): Promise<Engine> {
		this.#engine ??= Promise.all([
			import('../lib/glossary/search.ts'),
			fetch(this.dataset['indexUrl'] ?? '').then((r) => {
				if (!r.ok) throw new Error(`HTTP ${r.status}`);
				return r.json() as Promise<GlossaryIndexData>;
			}),
		]).then(([mod, data]) => ({
			searcher: mod.createSearcher(data),
			splitByRanges: mod.splitByRanges,
		}));
		this.#engine.catch(() => (this.#engine = undefined));
		return this.#engine;
	}

	/** Shows the list (no query) or the results for the box and the filter. */
	async #update() {
		const run = ++this.#run;
		for (const link of this.querySelectorAll<HTMLElement>('a[data-category]')) {
			link.setAttribute('aria-current', String(link.dataset['category'] === this.#category));
		}
		for (const section of this.#list.querySelectorAll<HTMLElement>('section[data-category]')) {
			section.hidden = Boolean(this.#category) && section.dataset['category'] !== this.#category;
		}
		const query = this.#input.value;
		if (!query.trim()) {
			this.#show([], '', false);
			return;
		}
		let engine: Engine;
		try {
			if (!this.#hits.length) this.#status.textContent = this.dataset['loading'] ?? '';
			engine = await this.#load();
		} catch {
			if (run === this.#run) this.#status.textContent = this.dataset['loadError'] ?? '';
			return;
		}
		if (run !== this.#run) return; // a newer keystroke won
		const { searcher } = engine;
		// #category is one of the filter links' data-category values (checked in #fromUrl).
		const category = (this.#category || undefined) as Category | undefined;
		const { total, hits } = searcher.search(query, RESULT_LIMIT, category);
		this.#renderHits(engine, hits);
		let message: string;
		if (total === 0) {
			const suggestions = searcher.suggest(query);
			this.#renderSuggestions(suggestions);
			message = interpolate(this.dataset['noResults'] ?? '', { query: query.trim() });
			const label = this.#suggest.querySelector('.fd-gs-suggest-label')?.textContent ?? '';
			if (suggestions.length > 0)
				message += ` ${label} ${suggestions.map((r) => r.ja).join(' / ')}`;
		} else {
			this.#renderSuggestions([]);
			message = interpolate(
				(total > hits.length ? this.dataset['resultsShown'] : this.dataset['results']) ?? '',
				{ count: total, shown: hits.length },
			);
		}
		this.#show(hits, message, true);
	}

	/** Switches between the full list and the results, and schedules the announcement. */
	#show(hits: SearchHit[], message: string, searching: boolean) {
		this.#hits = hits;
		this.#setActive(-1);
		this.#list.hidden = searching;
		this.#listbox.hidden = hits.length === 0;
		this.#input.setAttribute('aria-expanded', String(hits.length > 0));
		if (!searching) {
			this.#listbox.replaceChildren();
			this.#renderSuggestions([]);
		}
		clearTimeout(this.#announceTimer);
		if (!message || this.#status.textContent === this.dataset['loading'])
			this.#status.textContent = '';
		if (message)
			this.#announceTimer = setTimeout(
				() => (this.#status.textContent = message),
				ANNOUNCE_DELAY_MS,
			);
	}

	#renderHits(engine: Engine, hits: SearchHit[]) {
		const marked = (text: string, ranges: readonly Range[]) =>
			engine.splitByRanges(text, ranges).map((part) => {
				if (!part.mark) return document.createTextNode(part.text);
				const mark = document.createElement('mark');
				mark.textContent = part.text;
				return mark;
			});
		const span = (className: string, nodes: Node[], lang?: string) => {
			const el = document.createElement('span');
			el.className = className;
			if (lang) el.lang = lang;
			el.append(...nodes);
			return el;
		};
		this.#listbox.replaceChildren(
			...hits.map((hit, i) => {
				const { record, marks, via } = hit;
				const li = document.createElement('li');
				li.id = `fd-gs-option-${i}`;
				li.className = 'fd-gs-option';
				li.setAttribute('role', 'option');
				li.setAttribute('aria-selected', 'false');
				li.dataset['href'] = url(`glossary/${record.id}/`);
				const name = span('fd-gs-name', [
					span('fd-gs-ja', marked(record.ja, marks.ja)),
					span('fd-gs-en', marked(record.en, marks.en), 'en'),
				]);
				li.append(name, span('fd-gs-def', marked(record.definition, marks.definition)));
				if (via)
					li.append(
						span('fd-gs-via', [
							document.createTextNode(`${this.dataset['matchedVia'] ?? ''} `),
							...marked(via.text, via.marks),
						]),
					);
				return li;
			}),
		);
	}

	#renderSuggestions(records: { id: string; ja: string; en: string }[]) {
		const list = this.#suggest.querySelector('ul');
		this.#suggest.hidden = records.length === 0;
		list?.replaceChildren(
			...records.map((r) => {
				const li = document.createElement('li');
				const a = document.createElement('a');
				a.href = url(`glossary/${r.id}/`);
				a.textContent = r.ja;
				if (r.en !== r.ja) {
					const en = document.createElement('span');
					en.lang = 'en';
					en.className = 'fd-muted';
					en.textContent = ` ${r.en}`;
					a.append(en);
				}
				li.append(a);
				return li;
			}),
		);
	}

	#onKeydown(e: KeyboardEvent) {
		if (e.isComposing) return; // IME conversion owns the keys
		const n = this.#hits.length;
		if (e.key === 'ArrowDown' && n > 0) {
			e.preventDefault();
			this.#setActive(this.#active + 1 >= n ? 0 : this.#active + 1);
		} else if (e.key === 'ArrowUp' && n > 0) {
			e.preventDefault();
			this.#setActive(this.#active <= 0 ? n - 1 : this.#active - 1);
		} else if (e.key === 'Enter') {
			const hit = this.#hits[this.#active];
			if (hit) {
				e.preventDefault();
				this.#open(url(`glossary/${hit.record.id}/`), e.ctrlKey || e.metaKey || e.shiftKey);
			}
		} else if (e.key === 'Escape' && this.#active >= 0) {
			e.preventDefault(); // first Escape leaves the list; the next one clears the box (native)
			this.#setActive(-1);
		}
	}

	#setActive(index: number) {
		const options = this.#listbox.children;
		this.#active = index;
		Array.from(options).forEach((option, i) => {
			option.setAttribute('aria-selected', String(i === index));
		});
		const active = options[index];
		if (active) {
			this.#input.setAttribute('aria-activedescendant', active.id);
			active.scrollIntoView({ block: 'nearest' });
		} else {
			this.#input.removeAttribute('aria-activedescendant');
		}
	}

	#open(href: string, newTab: boolean) {
		if (newTab) window.open(href, '_blank', 'noopener');
		else location.assign(href);
	}
}

if (!customElements.get('fd-glossary-search'))
	customElements.define('fd-glossary-search', FdGlossarySearch);
