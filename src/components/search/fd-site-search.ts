/**
 * <fd-site-search>: Pagefind search over the built site. Every `astro build` writes the Pagefind
 * bundle into <outDir>/pagefind (src/integrations/pagefind.ts); it is loaded on demand from the
 * site's base path, and the query lives in `?q=`. The dev server has no index: a search there
 * shows data-error, which in dev explains that the index exists only in a build.
 */
import { interpolate } from '../../i18n/interpolate.ts';
import { BASE, url } from '../../lib/url.ts';

interface ResultData {
	url: string;
	excerpt: string;
	content: string;
	meta: { title?: string };
	filters?: Record<string, string[]>;
}
interface PagefindResult {
	data(): Promise<ResultData>;
}
interface Pagefind {
	options(o: { baseUrl?: string; ranking?: Record<string, number> }): Promise<void>;
	search(q: string): Promise<{ results: PagefindResult[] }>;
}

const PAGEFIND_URL = url('pagefind/pagefind.js');

class FdSiteSearch extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;

	connectedCallback() {
		const form = this.querySelector('form');
		const input = this.querySelector<HTMLInputElement>('input[type="search"]');
		if (!form || !input) return;
		const q = new URL(location.href).searchParams.get('q') ?? '';
		input.value = q;
		if (q) void this.run(q);
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			const query = input.value.trim();
			const url = new URL(location.href);
			url.searchParams.set('q', query);
			history.pushState(null, '', url);
			void this.run(query);
		});
		window.addEventListener('popstate', () => {
			const query = new URL(location.href).searchParams.get('q') ?? '';
			input.value = query;
			void this.run(query);
		});
	}

	async run(query: string) {
		const status = this.querySelector('.fd-search-status');
		const list = this.querySelector('.fd-search-results');
		if (!status || !list) return;
		list.replaceChildren();
		if (!query) {
			status.textContent = '';
			return;
		}
		if (import.meta.env.DEV) {
			// `astro build` writes the index; the dev server has none (data-error says so).
			status.textContent = this.dataset['error'] ?? '';
			return;
		}
		status.textContent = this.dataset['loading'] ?? '';
		try {
			this.#pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(
				async (pf) => {
					// Result URLs under the base path. Lessons are long; Pagefind's default length
					// penalty buried the lesson that teaches a term under short pages that only
					// mention it.
					await pf.options({ baseUrl: BASE, ranking: { pageLength: 0.1 } });
					return pf;
				},
			);
			const pagefind = await this.#pagefind;
			const { results } = await pagefind.search(query);
			const data = rankPhrase(query, await Promise.all(results.slice(0, 40).map((r) => r.data())));
			const template =
				(results.length > 0 ? this.dataset['results'] : this.dataset['noResults']) ?? '';
			status.textContent = interpolate(template, { query, count: results.length });
			// Grouped by kind (lessons first), each group in Pagefind's relevance order.
			const groups = JSON.parse(this.dataset['groups'] ?? '{}') as Record<string, string>;
			for (const [kind, title] of Object.entries(groups)) {
				const items = data.filter((d) => (d.filters?.['type']?.[0] ?? 'lesson') === kind);
				if (items.length === 0) continue;
				const h2 = document.createElement('h2');
				h2.textContent = title;
				const ol = document.createElement('ol');
				for (const d of items) {
					const li = document.createElement('li');
					const a = document.createElement('a');
					a.href = d.url;
					a.textContent = d.meta.title ?? d.url;
					const p = document.createElement('p');
					// Pagefind's excerpt is HTML with <mark> around matches; keep only that markup.
					p.append(...excerptNodes(d.excerpt));
					li.append(a, p);
					ol.append(li);
				}
				list.append(h2, ol);
			}
		} catch {
			status.textContent = this.dataset['error'] ?? '';
		}
	}
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Pagefind splits a Japanese query such as 「タスク定義」 into words and ranks by each word, so a
 * page that says 「タスク」 in its title outranks the lesson about タスク定義. For a CJK query
 * without spaces, pages are ordered by how often they contain the query as written (then by
 * Pagefind's order); other queries keep Pagefind's ranking.
 */
function rankPhrase(query: string, data: ResultData[]): ResultData[] {
	const q = query.trim();
	if (!CJK.test(q) || /\s/.test(q)) return data;
	const count = (d: ResultData) => d.content.split(q).length - 1;
	return data
		.map((d, i) => ({ d, i, n: count(d) }))
		.sort((a, b) => b.n - a.n || a.i - b.i)
		.map((x) => x.d);
}

/** Turns Pagefind's excerpt (text with <mark>…</mark>) into nodes without parsing other HTML. */
function excerptNodes(excerpt: string): Node[] {
	const nodes: Node[] = [];
	const parts = excerpt.split(/(<mark>|<\/mark>)/);
	let marked = false;
	const decode = (s: string) => {
		const ta = document.createElement('textarea');
		ta.innerHTML = s;
		return ta.value;
	};
	for (const part of parts) {
		if (part === '<mark>') marked = true;
		else if (part === '</mark>') marked = false;
		else if (part) {
			const text = document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
			if (marked) {
				const m = document.createElement('mark');
				m.append(text);
				nodes.push(m);
			} else nodes.push(text);
		}
	}
	return nodes;
}

if (!customElements.get('fd-site-search')) customElements.define('fd-site-search', FdSiteSearch);
