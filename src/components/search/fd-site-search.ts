/**
 * <fd-site-search>: Pagefind search over the built site. Every `astro build` writes the Pagefind
 * bundle into <outDir>/pagefind (src/integrations/pagefind.ts); it is loaded on demand from the
 * site's base path, and the query lives in `?q=`. The dev server has no index: a search there
 * shows data-error, which in dev explains that the index exists only in a build.
 *
 * The glossary's own search (its normaliser, readings, aliases and typo tolerance; Fuse, loaded
 * lazily with the glossary index on the first query) finds the term a query names: 「たすくていぎ」
 * and 「fargte」 name タスク定義 and AWS Fargate although Pagefind finds little or nothing for
 * them. The lesson that teaches that term (data-teaching, src/lib/content/teaching.ts) then goes
 * first, with an excerpt of its text found by the term's name, and 「もしかして」 names the term
 * when the query is not already its name.
 */
import { interpolate } from '../../i18n/interpolate.ts';
import { BASE, url } from '../../lib/url.ts';
import { normalizeForSearch } from '../../lib/glossary/normalize.ts';
import type {
	GlossaryIndexData,
	GlossaryRecord,
	GlossarySearcher,
} from '../../lib/glossary/search.ts';

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

interface TeachingData {
	/** term id → lesson slug */
	teaching: Record<string, string>;
	/** lesson slug → "N. title" */
	lessons: Record<string, string>;
}

class FdSiteSearch extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#glossary: Promise<GlossarySearcher> | undefined;
	#run = 0;

	/** The glossary searcher, once; a failure is forgotten so the next query retries. */
	#loadGlossary(): Promise<GlossarySearcher> {
		this.#glossary ??= Promise.all([
			import('../../lib/glossary/search.ts'),
			fetch(this.dataset['glossaryIndex'] ?? '').then((r) => {
				if (!r.ok) throw new Error(`HTTP ${r.status}`);
				return r.json() as Promise<GlossaryIndexData>;
			}),
		]).then(([mod, data]) => mod.createSearcher(data));
		this.#glossary.catch(() => (this.#glossary = undefined));
		return this.#glossary;
	}

	/** The glossary term the query names (name, reading, alias, or a typo of one), if any. */
	async #termFor(query: string): Promise<GlossaryRecord | undefined> {
		try {
			const searcher = await this.#loadGlossary();
			const hit = searcher.search(query, 1).hits[0];
			// Names only (exact, prefix, typo): a match in a definition says little.
			if (hit && (hit.tier <= 1 || hit.tier === 3)) return hit.record;
			return searcher.suggest(query, 1)[0];
		} catch {
			return undefined; // site search still works without the glossary
		}
	}

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
		const suggest = this.querySelector<HTMLElement>('.fd-search-suggest');
		if (!status || !list || !suggest) return;
		const run = ++this.#run;
		list.replaceChildren();
		suggest.hidden = true;
		suggest.replaceChildren();
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
			const [{ results }, term] = await Promise.all([pagefind.search(query), this.#termFor(query)]);
			let data = rankPhrase(query, await Promise.all(results.slice(0, 40).map((r) => r.data())));
			let count = results.length;
			const teaching = JSON.parse(this.dataset['teaching'] ?? '{}') as Partial<TeachingData>;
			const slug = term && teaching.teaching?.[term.id];
			let didYouMean = false;
			if (term && slug) {
				const lessonPath = url(`lessons/${slug}/`);
				const isLesson = (d: ResultData) => new URL(d.url, location.href).pathname === lessonPath;
				let lesson = data.find(isLesson);
				if (!lesson) {
					// Found by reading, alias or typo: search the term's name for the lesson's excerpt.
					const byName = await pagefind.search(term.ja);
					const named = await Promise.all(byName.results.slice(0, 40).map((r) => r.data()));
					lesson = named.find(isLesson);
					if (lesson) count += 1;
				}
				if (lesson) data = [lesson, ...data.filter((d) => !isLesson(d))];
				const q = normalizeForSearch(query);
				didYouMean = q !== normalizeForSearch(term.ja) && q !== normalizeForSearch(term.en);
			}
			if (run !== this.#run) return; // a newer query won
			if (term && slug && didYouMean)
				this.#renderSuggestion(suggest, term, slug, teaching.lessons?.[slug] ?? slug);
			const template = (count > 0 ? this.dataset['results'] : this.dataset['noResults']) ?? '';
			status.textContent = interpolate(template, { query, count });
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

	/** 「もしかして: タスク定義（Task definition）（2. ECS の用語 で学べます）」, both linked. */
	#renderSuggestion(box: HTMLElement, term: GlossaryRecord, slug: string, lessonTitle: string) {
		const label = document.createElement('strong');
		label.textContent = this.dataset['didYouMean'] ?? '';
		const termLink = document.createElement('a');
		termLink.href = `${this.dataset['glossaryBase'] ?? ''}${term.id}/`;
		termLink.textContent = `${term.ja}（${term.en}）`;
		const [before = '', after = ''] = (this.dataset['taughtIn'] ?? '{lesson}').split('{lesson}');
		const lessonLink = document.createElement('a');
		lessonLink.href = `${this.dataset['lessonsBase'] ?? ''}${slug}/`;
		lessonLink.textContent = lessonTitle;
		box.replaceChildren(label, ' ', termLink, before, lessonLink, after);
		box.hidden = false;
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
