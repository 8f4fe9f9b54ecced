/**
 * <fd-review>: まとめて復習, the questions due today across all banks in one drill. It fetches
 * only the banks that have due questions, grades each answer's FSRS card at once and records
 * one review attempt per bank (src/lib/study/review.ts), so quitting half-way loses nothing and
 * never counts an unseen question. Bank HTML was rendered at build time with raw HTML off, so
 * inserting it is safe (as in fd-quiz).
 */
import { loadHistory, saveHistory } from '../../client/quiz-store.ts';
import { safeLocalStorage } from '../../client/storage.ts';
import { emptyHistory, type History } from '../../lib/quiz/history.ts';
import type { ClientBank, ClientQuestion } from '../../lib/quiz/client-bank.ts';
import { isCorrect } from '../../lib/quiz/scoring.ts';
import { gradeCard } from '../../lib/quiz/srs.ts';
import { dueSummary } from '../../lib/study/summary.ts';
import { reviewAttempt, type ReviewAnswer } from '../../lib/study/review.ts';
import { studyInput } from '../../lib/study/from-history.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { url } from '../../lib/url.ts';

interface CatalogBank {
	id: string;
	title: string;
	passingScore: number;
	src: string;
	questions: { id: string; domain: string; lessons: string[] }[];
}
interface Item {
	bank: CatalogBank;
	question: ClientQuestion;
}

function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Record<string, string | undefined> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
	el.append(...children);
	return el;
}

class FdReview extends HTMLElement {
	#s: Record<string, string> = {};
	#history: History = emptyHistory();
	#items: Item[] = [];
	#index = 0;
	#answers = new Map<string, ReviewAnswer[]>();
	#startedAt = Date.now();

	#t(key: string, params?: Record<string, string | number>): string {
		return interpolate(this.#s[key] ?? key, params);
	}
	get #stage(): HTMLElement {
		return this.querySelector<HTMLElement>('.fd-review-stage') ?? this;
	}

	connectedCallback() {
		this.#s = JSON.parse(this.dataset['strings'] ?? '{}') as Record<string, string>;
		const catalog = JSON.parse(
			this.querySelector('script[data-catalog]')?.textContent ?? '[]',
		) as CatalogBank[];
		this.#history = loadHistory(safeLocalStorage(), new Date().toISOString()).history;
		const input = studyInput(this.#history, {}, { banks: catalog });
		const due = dueSummary(input.cards, { banks: catalog }, this.#startedAt);
		if (due.total === 0) return;
		void this.#load(catalog, due.byBank);
	}

	async #load(catalog: CatalogBank[], byBank: { bankId: string; questionIds: string[] }[]) {
		try {
			for (const entry of byBank) {
				const bank = catalog.find((b) => b.id === entry.bankId);
				if (!bank) continue;
				const res = await fetch(bank.src);
				if (!res.ok) throw new Error(String(res.status));
				const data = (await res.json()) as ClientBank;
				const byId = new Map(data.questions.map((q) => [q.id, q]));
				for (const id of entry.questionIds) {
					const question = byId.get(id);
					if (question) this.#items.push({ bank, question });
				}
			}
		} catch {
			this.#stage.replaceChildren(h('p', {}, this.#t('study.review.loadError')));
			return;
		}
		this.#renderQuestion();
	}

	#renderQuestion() {
		const item = this.#items[this.#index];
		if (!item) return;
		const { question: q, bank } = item;
		const type =
			q.type === 'single'
				? this.#t('study.review.single')
				: this.#t('study.review.multiple', { count: q.choose });
		const heading = h(
			'h2',
			{ tabindex: '-1' },
			this.#t('study.review.heading', {
				n: this.#index + 1,
				total: this.#items.length,
				bank: bank.title,
			}),
		);
		const stem = h('div', { id: `fd-review-stem-${q.id}` });
		stem.innerHTML = q.stemHtml;
		const fieldset = h(
			'fieldset',
			{ class: 'fd-q-options', 'aria-describedby': stem.id },
			h('legend', {}, this.#t('study.review.legend', { type })),
		);
		q.options.forEach((o, i) => {
			const text = h('span');
			text.innerHTML = o.html;
			fieldset.append(
				h(
					'label',
					{},
					h('input', {
						type: q.type === 'single' ? 'radio' : 'checkbox',
						name: `fd-review-${q.id}`,
						value: o.id,
					}),
					this.#t('study.review.number', { n: i + 1 }),
					text,
				),
			);
		});
		const answer = h(
			'button',
			{ type: 'submit', class: 'fd-button', disabled: '' },
			this.#t('study.review.answer'),
		);
		const picked = () =>
			[...form.querySelectorAll<HTMLInputElement>('input:checked')].map((x) => x.value);
		const form = h('form', {}, fieldset, h('p', {}, answer));
		// As in the quiz: 回答する waits for exactly as many picks as the question asks for.
		form.addEventListener('change', () => (answer.disabled = picked().length !== q.choose));
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			const chosen = picked();
			if (chosen.length !== q.choose) return;
			for (const input of form.querySelectorAll('input')) {
				input.disabled = true;
				// Marks as in the quiz: the keys, and a wrong pick (styles in global.css).
				const option = q.options.find((o) => o.id === input.value);
				const label = input.closest('label');
				if (label && option)
					label.dataset['result'] = option.correct
						? 'correct'
						: chosen.includes(option.id)
							? 'wrong'
							: '';
			}
			answer.remove();
			this.#check(item, chosen, form);
		});
		this.#stage.replaceChildren(heading, stem, form);
		heading.focus();
	}

	#check(item: Item, chosen: string[], form: HTMLFormElement) {
		const { question: q, bank } = item;
		const correct = isCorrect(q, chosen);
		const now = Date.now();
		const stored = this.#history.cards[q.id];
		const card = gradeCard(stored?.card, correct, now);
		if (card) this.#history.cards[q.id] = { bankId: bank.id, card };
		const list = this.#answers.get(bank.id) ?? [];
		list.push({ questionId: q.id, domain: q.domain, chosen, correct });
		this.#answers.set(bank.id, list);
		const attempt = reviewAttempt(bank, list, this.#startedAt, now);
		this.#history.attempts = [
			...this.#history.attempts.filter((a) => a.id !== attempt.id),
			attempt,
		];
		const saved = saveHistory(safeLocalStorage(), this.#history);
		const key = q.options
			.map((o, i) => (o.correct ? String(i + 1) : ''))
			.filter(Boolean)
			.join(this.#t('study.review.separator'));
		const explanation = h('div');
		explanation.innerHTML = q.explanationHtml;
		// Every option's own explanation, as the quiz shows them (shared styles in global.css).
		const options = h('div');
		q.options.forEach((o, i) => {
			const text = h('p', { class: 'fd-opt-text' });
			text.innerHTML = o.html;
			const body = h('div');
			body.innerHTML = o.explanationHtml;
			const head = `${this.#t('quiz.question.optionKey', { n: i + 1 })} ${this.#t(
				o.correct ? 'quiz.feedback.optionCorrect' : 'quiz.feedback.optionWrong',
			)}${chosen.includes(o.id) ? this.#t('quiz.feedback.chosen') : ''}`;
			options.append(
				h(
					'div',
					{ class: 'fd-opt-expl', 'data-result': o.correct ? 'correct' : 'wrong' },
					h('p', {}, h('strong', {}, head)),
					text,
					body,
				),
			);
		});
		const lessons = h(
			'ul',
			{},
			...q.lessons.map((l) => h('li', {}, h('a', { href: url(`lessons/${l.slug}/`) }, l.title))),
		);
		const last = this.#index >= this.#items.length - 1;
		const next = h(
			'button',
			{ type: 'button', class: 'fd-button' },
			this.#t(last ? 'study.review.finish' : 'study.review.next'),
		);
		next.addEventListener('click', () => {
			this.#index += 1;
			if (last) this.#renderDone();
			else this.#renderQuestion();
		});
		const verdict = h(
			'h3',
			{ class: 'fd-verdict', 'data-result': correct ? 'correct' : 'wrong', tabindex: '-1' },
			this.#t(correct ? 'study.review.correct' : 'study.review.wrong'),
		);
		form.after(
			h(
				'section',
				{},
				verdict,
				h('p', {}, this.#t('study.review.key', { answer: key })),
				h('h4', {}, this.#t('quiz.feedback.options')),
				options,
				h('h4', {}, this.#t('study.review.explanation')),
				explanation,
				q.lessons.length ? h('h4', {}, this.#t('quiz.feedback.lessons')) : '',
				q.lessons.length ? lessons : '',
				saved.ok ? '' : h('p', { role: 'alert' }, this.#t('study.review.saveError')),
				h('p', {}, next),
			),
		);
		verdict.focus();
	}

	#renderDone() {
		const all = [...this.#answers.values()].flat();
		const heading = h(
			'h2',
			{ tabindex: '-1' },
			this.#t('study.review.done', {
				answered: all.length,
				correct: all.filter((a) => a.correct).length,
			}),
		);
		this.#stage.replaceChildren(heading);
		heading.focus();
	}
}

if (!customElements.get('fd-review')) customElements.define('fd-review', FdReview);
