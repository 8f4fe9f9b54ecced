/**
 * <fd-quiz>: practice, exam and review sessions over one bank.
 *
 * The engine is pure (src/lib/quiz); this element only wires it to the DOM and to storage
 * (src/client/quiz-store.ts). Bank data comes from `data-src` (this bank only); UI strings from
 * `data-strings`. Bank HTML (stems, options, explanations) was rendered at build time with raw
 * HTML off, so inserting it is safe.
 */
import {
	checkAnswer,
	createSession,
	finish,
	goTo,
	isExpired,
	isLocked,
	progress,
	remainingMs,
	scoreSession,
	selectAnswer,
	selectQuestions,
	toggleFlag,
	type Mode,
	type Session,
	type SessionQuestion,
	type SessionScore,
} from '../../lib/quiz/session.ts';
import { isCorrect } from '../../lib/quiz/scoring.ts';
import { gradesAtFinish, missedIds } from '../../lib/quiz/policy.ts';
import { newSeed } from '../../lib/quiz/random.ts';
import { dueIds, gradeCard } from '../../lib/quiz/srs.ts';
import {
	mergeHistory,
	parseHistoryValue,
	toAttempt,
	type Attempt,
	type History,
} from '../../lib/quiz/history.ts';
import type { ClientBank, ClientQuestion } from '../../lib/quiz/client-bank.ts';
import {
	clearSession,
	exportHistory,
	loadHistory,
	loadSession,
	saveHistory,
	saveSession,
} from '../../client/quiz-store.ts';
import { safeLocalStorage } from '../../client/storage.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { url } from '../../lib/url.ts';

type Strings = Record<string, string>;
const WARN_AT_MINUTES = [10, 5] as const;

/** Builds an element with attributes and children. */
function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Record<string, string | boolean | undefined> = {},
	...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) {
		if (v === undefined || v === false) continue;
		if (k === 'html') el.innerHTML = String(v);
		else el.setAttribute(k, v === true ? '' : v);
	}
	for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
	return el;
}

/** Replaces an element's children, skipping empty slots. */
function fill(el: Element, ...children: (Node | null | undefined | false)[]): void {
	el.replaceChildren(
		...children.filter((c): c is Node => c !== null && c !== undefined && c !== false),
	);
}

function formatDuration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const hh = Math.floor(total / 3600);
	const mm = Math.floor((total % 3600) / 60);
	const ss = total % 60;
	const two = (n: number) => String(n).padStart(2, '0');
	return hh > 0 ? `${hh}:${two(mm)}:${two(ss)}` : `${mm}:${two(ss)}`;
}

/** `value`, or an error naming what is missing. */
function required<T>(value: T | null, what: string): T {
	if (value === null) throw new Error(`<fd-quiz>: ${what} is missing`);
	return value;
}

class FdQuiz extends HTMLElement {
	#s: Strings = {};
	#bankId = '';
	#bank: ClientBank | undefined;
	#byId = new Map<string, ClientQuestion>();
	#engineQuestions: SessionQuestion[] = [];
	#history: History = { v: 2, attempts: [], cards: {}, bookmarks: {} };
	#session: Session | undefined;
	#timer: number | undefined;
	#warned = new Set<number>();
	#reviewing = false;
	#lessonFilter: string | undefined;

	#t(key: string, params?: Record<string, string | number>): string {
		return interpolate(this.#s[key] ?? key, params);
	}
	#q(selector: string): HTMLElement | null {
		return this.querySelector<HTMLElement>(selector);
	}
	/** An element QuizApp.astro always renders; its absence is a markup bug, reported as such. */
	#el(selector: string): HTMLElement {
		return required(this.#q(selector), selector);
	}
	/** The running session; the methods that read it only run while there is one. */
	get #live(): Session {
		return required(this.#session ?? null, 'session');
	}
	get #storage() {
		return safeLocalStorage();
	}
	get #stage(): HTMLElement {
		return this.#el('.fd-quiz-stage');
	}

	connectedCallback() {
		this.#s = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
		this.#bankId = this.dataset['bankId'] ?? '';
		const nowIso = new Date().toISOString();
		const loaded = loadHistory(this.#storage, nowIso);
		this.#history = loaded.history;
		if (loaded.recovered) this.#notice(this.#t('quiz.history.recovered'));
		const saved = loadSession(this.#storage, this.#bankId, nowIso);
		if (saved.recovered) this.#notice(this.#t('quiz.history.recovered'));
		this.#session = saved.session;

		this.#q('form.fd-quiz-setup')?.addEventListener('submit', (e) => {
			e.preventDefault();
			this.#start();
		});
		this.#q('[data-action="resume"]')?.addEventListener('click', () => this.#resume());
		this.#q('[data-action="discard"]')?.addEventListener('click', () => {
			clearSession(this.#storage, this.#bankId);
			this.#session = undefined;
			this.#el('.fd-quiz-resume').hidden = true;
		});
		this.#q('[data-action="export"]')?.addEventListener('click', () => this.#export());
		this.querySelector<HTMLInputElement>('.fd-import input')?.addEventListener(
			'change',
			(e) => void this.#import(e.target as HTMLInputElement),
		);
		this.addEventListener('keydown', (e) => this.#onKey(e));
		for (const el of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
			'[data-action="export"], .fd-import input',
		))
			el.disabled = false;
		this.#renderHistory();
		void this.#load();
	}

	disconnectedCallback() {
		window.clearInterval(this.#timer);
	}

	#notice(text: string) {
		const box = this.#el('.fd-quiz-notices');
		box.append(h('p', {}, text));
	}

	async #load() {
		const setupButton = required(
			this.querySelector<HTMLButtonElement>('form.fd-quiz-setup button[type="submit"]'),
			'setup button',
		);
		try {
			const res = await fetch(this.dataset['src'] ?? '');
			if (!res.ok) throw new Error(String(res.status));
			this.#bank = (await res.json()) as ClientBank;
		} catch {
			this.#el('.fd-setup-error').textContent = this.#t('quiz.loadError');
			return;
		}
		this.#byId = new Map(this.#bank.questions.map((q) => [q.id, q]));
		this.#engineQuestions = this.#bank.questions.map((q) => ({
			id: q.id,
			domain: q.domain,
			tags: q.tags,
			options: q.options.map((o) => ({ id: o.id, correct: o.correct, pin: o.pin })),
		}));
		setupButton.disabled = false;
		this.#applyUrl();
		this.#renderCounts();
		this.#renderHistory();
		const s = this.#session;
		if (s && s.finishedAt === null) {
			if (isExpired(s, Date.now())) {
				this.#notice(this.#t('quiz.timer.expired'));
				this.#finish();
			} else this.#offerResume(s);
		}
	}

	#applyUrl() {
		const params = new URL(location.href).searchParams;
		const lesson = params.get('lesson');
		const lessons = JSON.parse(this.dataset['lessons'] ?? '{}') as Record<string, string>;
		if (lesson && lessons[lesson]) {
			this.#lessonFilter = lesson;
			const box = this.#el('.fd-lesson-filter');
			required(box.querySelector('span'), '.fd-lesson-filter span').textContent = this.#t(
				'quiz.setup.lessonFilter',
				{
					lesson: lessons[lesson],
				},
			);
			box.hidden = false;
		}
		const mode = params.get('mode');
		if (mode) {
			const radio = this.querySelector<HTMLInputElement>(
				`input[name="mode"][value="${CSS.escape(mode)}"]`,
			);
			if (radio) radio.checked = true;
		}
	}

	#missedIds(): string[] {
		return [...missedIds(this.#history.attempts), ...Object.keys(this.#history.bookmarks)].filter(
			(id) => this.#byId.has(id),
		);
	}
	#dueIds(now: number): string[] {
		const cards = Object.fromEntries(
			Object.entries(this.#history.cards)
				.filter(([id, c]) => c.bankId === this.#bankId && this.#byId.has(id))
				.map(([id, c]) => [id, c.card]),
		);
		return dueIds(cards, now);
	}

	#renderCounts() {
		this.#el('.fd-due-count').textContent = this.#t('quiz.setup.dueCount', {
			count: this.#dueIds(Date.now()).length,
		});
		this.#el('.fd-missed-count').textContent = this.#t('quiz.setup.missedCount', {
			count: this.#missedIds().length,
		});
	}

	#offerResume(s: Session) {
		const box = this.#el('.fd-quiz-resume');
		const p = progress(s);
		required(box.querySelector('.fd-resume-body'), '.fd-resume-body').textContent = this.#t(
			'quiz.resume.body',
			{
				mode: this.#t(`quiz.mode.${s.mode}`),
				answered: p.answered,
				total: p.total,
			},
		);
		box.hidden = false;
	}

	#resume() {
		if (!this.#session) return;
		this.#el('.fd-quiz-resume').hidden = true;
		this.#enterStage();
	}

	#start() {
		if (!this.#bank) return;
		const form = required(
			this.querySelector<HTMLFormElement>('form.fd-quiz-setup'),
			'form.fd-quiz-setup',
		);
		const data = new FormData(form);
		const picked = data.get('mode');
		const choice = typeof picked === 'string' ? picked : 'practice';
		const now = Date.now();
		let onlyIds: string[] | undefined;
		if (choice === 'review') onlyIds = this.#missedIds();
		if (choice === 'due') onlyIds = this.#dueIds(now);
		if (this.#lessonFilter) {
			const lesson = this.#lessonFilter;
			const inLesson = this.#bank.questions
				.filter((q) => q.lessons.some((l) => l.slug === lesson))
				.map((q) => q.id);
			onlyIds = onlyIds ? onlyIds.filter((id) => inLesson.includes(id)) : inLesson;
		}
		const mode: Mode = choice === 'exam' ? 'exam' : choice === 'practice' ? 'practice' : 'review';
		const opts = {
			mode,
			seed: new URL(location.href).searchParams.get('seed') || newSeed(Math.random),
			now,
			count: Number(data.get('count')) || undefined,
			domains: data.getAll('domain').map(String),
			tags: data.getAll('tag').map(String),
			onlyIds,
			timeLimitMinutes: this.#bank.timeLimitMinutes,
			extraMinutes: data.get('extension') ? 30 : 0,
		};
		if (selectQuestions(this.#engineQuestions, opts).length === 0) {
			this.#el('.fd-setup-error').textContent = this.#t('quiz.setup.none');
			return;
		}
		this.#el('.fd-setup-error').textContent = '';
		this.#session = createSession(this.#bankId, this.#engineQuestions, opts);
		this.#warned.clear();
		this.#save();
		this.#enterStage();
	}

	#save() {
		if (!this.#session) return;
		const r = saveSession(this.#storage, this.#session);
		if (!r.ok && r.reason === 'quota') this.#notice(this.#t('quiz.storageFull'));
	}

	#enterStage() {
		this.#el('form.fd-quiz-setup').hidden = true;
		this.#el('.fd-quiz-history').hidden = true;
		this.#stage.hidden = false;
		this.#reviewing = false;
		const s = this.#live;
		window.clearInterval(this.#timer);
		if (s.deadline !== null) {
			// Warnings already passed before a reload are not repeated.
			const left = remainingMs(s, Date.now()) ?? 0;
			for (const m of WARN_AT_MINUTES) if (left <= m * 60_000) this.#warned.add(m);
			this.#timer = window.setInterval(() => this.#tick(), 1000);
		}
		this.#renderQuestion(true);
	}

	#tick() {
		const s = this.#session;
		if (!s || s.finishedAt !== null) return;
		const now = Date.now();
		const left = remainingMs(s, now) ?? 0;
		const timer = this.#stage.querySelector('.fd-timer');
		if (timer) timer.textContent = this.#t('quiz.timer.remaining', { time: formatDuration(left) });
		for (const m of WARN_AT_MINUTES) {
			if (left <= m * 60_000 && !this.#warned.has(m)) {
				this.#warned.add(m);
				this.#announce(this.#t('quiz.timer.warning', { minutes: m }));
			}
		}
		if (isExpired(s, now)) {
			this.#notice(this.#t('quiz.timer.expired'));
			this.#finish();
		}
	}

	#announce(text: string) {
		const live = this.#stage.querySelector('.fd-live');
		if (live) live.textContent = text;
	}

	#current(): ClientQuestion | undefined {
		const s = this.#session;
		return s ? this.#byId.get(s.questionIds[s.current] ?? '') : undefined;
	}

	#renderQuestion(focus: boolean) {
		const s = this.#live;
		const q = this.#current();
		if (!q) return;
		const now = Date.now();
		const locked = isLocked(s, q.id, now);
		const chosen = new Set(s.answers[q.id] ?? []);
		const checked = s.checked.includes(q.id);
		const typeLabel =
			q.type === 'single'
				? this.#t('quiz.question.single')
				: this.#t('quiz.question.multiple', { count: q.choose });
		const heading = h(
			'h2',
			{ tabindex: '-1', class: 'fd-q-title' },
			this.#t('quiz.question.heading', { n: s.current + 1, total: s.questionIds.length }),
			` （${typeLabel}）`,
		);
		const head = h('div', { class: 'fd-q-head' }, heading);
		if (s.deadline !== null)
			head.append(
				h(
					'p',
					{ class: 'fd-timer', role: 'timer' },
					this.#t('quiz.timer.remaining', { time: formatDuration(remainingMs(s, now) ?? 0) }),
				),
			);
		const stemId = `fd-stem-${q.id}`;
		const stem = h('div', { class: 'fd-q-stem', id: stemId, html: q.stemHtml });
		const order = s.optionOrder[q.id] ?? q.options.map((o) => o.id);
		const fieldset = h(
			'fieldset',
			{ class: 'fd-q-options', 'aria-describedby': stemId },
			h('legend', {}, `${this.#t('quiz.question.options')}（${typeLabel}）`),
		);
		order.forEach((optId, i) => {
			const opt = q.options.find((o) => o.id === optId);
			if (!opt) return;
			const input = h('input', {
				type: q.type === 'single' ? 'radio' : 'checkbox',
				name: `fd-q-${q.id}`,
				value: opt.id,
				checked: chosen.has(opt.id),
				disabled: locked,
			});
			input.addEventListener('change', () => this.#onChoose());
			const label = h(
				'label',
				{},
				input,
				h('span', { class: 'fd-opt-key', 'aria-hidden': 'true' }, `${i + 1}.`),
				h('span', { html: opt.html }),
			);
			if (checked)
				label.dataset['result'] = opt.correct ? 'correct' : chosen.has(opt.id) ? 'wrong' : '';
			fieldset.append(label);
		});
		const hint = h('p', { class: 'fd-muted fd-choose-hint' });
		const actions = h('div', { class: 'fd-stage-nav' });
		const stage = this.#stage;
		fill(
			stage,
			h('div', { class: 'fd-live fd-visually-hidden', 'aria-live': 'polite', role: 'status' }),
			head,
			s.mode === 'exam' ? this.#grid() : null,
			stem,
			h('form', { class: 'fd-q-form' }, fieldset, hint),
			actions,
			checked ? this.#feedback(q, s.answers[q.id] ?? [], s.optionOrder[q.id]) : null,
			h(
				'p',
				{ class: 'fd-muted fd-seed' },
				this.#t('quiz.seed', { seed: s.seed }),
				' ',
				h(
					'a',
					{
						href: `?seed=${encodeURIComponent(s.seed)}${this.#lessonFilter ? `&lesson=${this.#lessonFilter}` : ''}&mode=${s.mode}`,
					},
					this.#t('quiz.seedLink'),
				),
			),
		);
		required(stage.querySelector('form.fd-q-form'), 'form.fd-q-form').addEventListener(
			'submit',
			(e) => e.preventDefault(),
		);
		this.#renderActions(actions, q);
		this.#updateHint();
		if (focus) (checked ? stage.querySelector<HTMLElement>('.fd-feedback h3') : heading)?.focus();
	}

	#renderActions(actions: HTMLElement, q: ClientQuestion) {
		const s = this.#live;
		const last = s.current >= s.questionIds.length - 1;
		const button = (
			key: string,
			action: () => void,
			attrs: Record<string, string | boolean | undefined> = {},
		) => {
			const b = h('button', { type: 'button', class: 'fd-button', ...attrs }, this.#t(key));
			b.addEventListener('click', action);
			return b;
		};
		if (s.mode === 'exam') {
			actions.append(
				button('quiz.action.prev', () => this.#move(-1), {
					'data-variant': 'secondary',
					disabled: s.current === 0,
				}),
				button('quiz.action.next', () => this.#move(1), { disabled: last }),
				button(
					s.flagged.includes(q.id) ? 'quiz.action.unflag' : 'quiz.action.flag',
					() => this.#flag(),
					{ 'data-variant': 'secondary', 'aria-pressed': String(s.flagged.includes(q.id)) },
				),
				button('quiz.action.review', () => this.#renderReview(), { 'data-variant': 'secondary' }),
			);
			return;
		}
		if (!s.checked.includes(q.id)) {
			actions.append(
				button('quiz.action.answer', () => this.#check(), {
					disabled: !s.answers[q.id]?.length,
					'data-role': 'answer',
				}),
			);
		} else if (!last) {
			actions.append(button('quiz.action.next', () => this.#move(1)));
		}
		actions.append(
			button('quiz.action.finish', () => this.#finish(), {
				'data-variant': last && s.checked.includes(q.id) ? undefined : 'secondary',
			}),
		);
	}

	#updateHint() {
		const s = this.#live;
		const q = this.#current();
		if (!q) return;
		const hint = this.#stage.querySelector('.fd-choose-hint');
		const n = s.answers[q.id]?.length ?? 0;
		if (hint)
			hint.textContent =
				q.type === 'multiple' && n < q.choose && !s.checked.includes(q.id)
					? this.#t('quiz.question.chooseMore', { count: q.choose - n })
					: '';
		const answer = this.#stage.querySelector<HTMLButtonElement>('[data-role="answer"]');
		if (answer) answer.disabled = n === 0;
	}

	#onChoose() {
		const s = this.#live;
		const q = this.#current();
		if (!q) return;
		const ids = [
			...this.#stage.querySelectorAll<HTMLInputElement>(`input[name="fd-q-${q.id}"]:checked`),
		].map((i) => i.value);
		this.#session = selectAnswer(s, q.id, ids, Date.now());
		this.#save();
		this.#updateHint();
		if (s.mode === 'exam') this.#stage.querySelector('.fd-grid-nav')?.replaceWith(this.#grid());
	}

	#check() {
		const q = this.#current();
		if (!q || !this.#session) return;
		const before = this.#session;
		this.#session = checkAnswer(before, q.id, Date.now());
		if (this.#session === before) return;
		const right = isCorrect(q, this.#session.answers[q.id]);
		this.#gradeCards([[q.id, right]]);
		this.#save();
		this.#renderQuestion(true);
		this.#announce(this.#t(right ? 'quiz.feedback.correct' : 'quiz.feedback.incorrect'));
	}

	/** Updates spaced-repetition cards and stores the history. */
	#gradeCards(results: [string, boolean][]) {
		const now = Date.now();
		for (const [id, right] of results) {
			const next = gradeCard(this.#history.cards[id]?.card, right, now);
			if (next) this.#history.cards[id] = { bankId: this.#bankId, card: next };
		}
		const r = saveHistory(this.#storage, this.#history);
		if (!r.ok) this.#notice(this.#t('quiz.results.saveError'));
	}

	#move(delta: number) {
		if (!this.#session) return;
		const next = goTo(this.#session, this.#session.current + delta);
		if (next === this.#session) return;
		this.#session = next;
		this.#reviewing = false;
		this.#save();
		this.#renderQuestion(true);
	}

	#flag() {
		const q = this.#current();
		if (!q || !this.#session || this.#session.mode !== 'exam') return;
		this.#session = toggleFlag(this.#session, q.id);
		this.#save();
		this.#renderQuestion(false);
		this.#stage.querySelector<HTMLElement>('[aria-pressed]')?.focus();
	}

	#grid(): HTMLElement {
		const s = this.#live;
		const list = h('ol');
		s.questionIds.forEach((id, i) => {
			const answered = (s.answers[id]?.length ?? 0) > 0;
			const flagged = s.flagged.includes(id);
			const state = [
				answered ? this.#t('quiz.grid.answered') : this.#t('quiz.grid.unanswered'),
				flagged ? this.#t('quiz.grid.flagged') : '',
			]
				.filter(Boolean)
				.join('・');
			const b = h(
				'button',
				{
					type: 'button',
					'data-answered': String(answered),
					'data-flagged': String(flagged),
					'aria-current': !this.#reviewing && i === s.current ? 'true' : undefined,
					'aria-label': this.#t('quiz.grid.item', { n: i + 1, state }),
				},
				`${i + 1}${flagged ? '⚑' : ''}`,
			);
			b.addEventListener('click', () => {
				this.#session = goTo(this.#live, i);
				this.#reviewing = false;
				this.#save();
				this.#renderQuestion(true);
			});
			list.append(h('li', {}, b));
		});
		return h(
			'nav',
			{ class: 'fd-grid-nav', 'aria-label': this.#t('quiz.grid.title') },
			h('p', { class: 'fd-grid-legend fd-muted' }, this.#t('quiz.grid.title')),
			list,
		);
	}

	#renderReview() {
		const s = this.#live;
		this.#reviewing = true;
		const p = progress(s);
		const title = h('h2', { tabindex: '-1' }, this.#t('quiz.review.title'));
		const back = h(
			'button',
			{ type: 'button', class: 'fd-button', 'data-variant': 'secondary' },
			this.#t('quiz.action.backToQuestions'),
		);
		back.addEventListener('click', () => {
			this.#reviewing = false;
			this.#renderQuestion(true);
		});
		const submit = h(
			'button',
			{ type: 'button', class: 'fd-button' },
			this.#t('quiz.action.submit'),
		);
		submit.addEventListener('click', () => this.#finish());
		const head = h('div', { class: 'fd-q-head' }, title);
		if (s.deadline !== null)
			head.append(
				h(
					'p',
					{ class: 'fd-timer', role: 'timer' },
					this.#t('quiz.timer.remaining', {
						time: formatDuration(remainingMs(s, Date.now()) ?? 0),
					}),
				),
			);
		fill(
			this.#stage,
			h('div', { class: 'fd-live fd-visually-hidden', 'aria-live': 'polite', role: 'status' }),
			head,
			h('p', {}, this.#t('quiz.review.summary', p)),
			p.unanswered > 0
				? h('p', { class: 'fd-setup-error' }, this.#t('quiz.review.unansweredWarning'))
				: null,
			this.#grid(),
			h('div', { class: 'fd-stage-nav' }, back, submit),
		);
		title.focus();
	}

	/** Verdict, every option's explanation, the overall explanation, lessons and references. */
	#feedback(
		q: ClientQuestion,
		chosenIds: readonly string[],
		shownOrder: readonly string[] | undefined,
	): HTMLElement {
		const right = isCorrect(q, chosenIds);
		const chosen = new Set(chosenIds);
		const order = shownOrder ?? q.options.map((o) => o.id);
		const number = (id: string) => order.indexOf(id) + 1;
		const list = (ids: string[]) =>
			ids.map((id) => `${number(id)}`).join('・') || this.#t('quiz.feedback.noAnswer');
		const correctIds = q.options
			.filter((o) => o.correct)
			.map((o) => o.id)
			.sort((a, b) => number(a) - number(b));
		const box = h(
			'section',
			{ class: 'fd-feedback', 'data-result': right ? 'correct' : 'wrong' },
			h(
				'h3',
				{ tabindex: '-1', class: 'fd-verdict', 'data-result': right ? 'correct' : 'wrong' },
				right ? `✓ ${this.#t('quiz.feedback.correct')}` : `✗ ${this.#t('quiz.feedback.incorrect')}`,
			),
			h(
				'p',
				{},
				this.#t('quiz.feedback.yourAnswer', {
					answer: list([...chosen].sort((a, b) => number(a) - number(b))),
				}),
				' ／ ',
				this.#t('quiz.feedback.correctAnswer', { answer: list(correctIds) }),
			),
			h('h4', {}, this.#t('quiz.feedback.options')),
		);
		for (const id of order) {
			const o = q.options.find((x) => x.id === id);
			if (!o) continue;
			box.append(
				h(
					'div',
					{ class: 'fd-opt-expl', 'data-result': o.correct ? 'correct' : 'wrong' },
					h(
						'p',
						{},
						h(
							'strong',
							{},
							`${number(o.id)}. ${o.correct ? this.#t('quiz.feedback.optionCorrect') : this.#t('quiz.feedback.optionWrong')}${chosen.has(o.id) ? this.#t('quiz.feedback.chosen') : ''}`,
						),
					),
					h('div', { html: o.explanationHtml }),
				),
			);
		}
		box.append(
			h('h4', {}, this.#t('quiz.feedback.explanation')),
			h('div', { html: q.explanationHtml }),
		);
		box.append(
			h('h4', {}, this.#t('quiz.feedback.lessons')),
			h(
				'ul',
				{},
				...q.lessons.map((l) => h('li', {}, h('a', { href: url(`lessons/${l.slug}/`) }, l.title))),
			),
		);
		box.append(
			h('h4', {}, this.#t('quiz.feedback.references')),
			h(
				'ul',
				{},
				...q.references.map((r) => h('li', {}, h('a', { href: r.url, rel: 'noopener' }, r.title))),
			),
		);
		return box;
	}

	#finish() {
		const s = this.#session;
		if (!s || !this.#bank) return;
		window.clearInterval(this.#timer);
		const now = Date.now();
		const done = finish(s, now);
		this.#session = done;
		const score = scoreSession(
			done,
			this.#engineQuestions,
			this.#bank.domains,
			this.#bank.passingScore,
			now,
		);
		const attempt = toAttempt(done, score, (id) => {
			const question = this.#byId.get(id);
			return question !== undefined && isCorrect(question, done.answers[id]);
		});
		this.#history.attempts.push(attempt);
		this.#gradeCards(
			gradesAtFinish(done, (id) => attempt.questions.find((q) => q.id === id)?.correct ?? false),
		);
		clearSession(this.#storage, this.#bankId);
		this.#session = undefined;
		this.#renderResults(done, score, attempt);
		this.#renderCounts();
		this.#renderHistory();
	}

	#renderResults(s: Session, score: SessionScore, attempt: Attempt) {
		const title = h('h2', { tabindex: '-1' }, this.#t('quiz.results.title'));
		const verdict = h(
			'p',
			{ class: `fd-score ${score.passed ? 'fd-result-pass' : 'fd-result-fail'}` },
			score.passed ? `✓ ${this.#t('quiz.results.passed')}` : `✗ ${this.#t('quiz.results.failed')}`,
		);
		const restart = h(
			'button',
			{ type: 'button', class: 'fd-button' },
			this.#t('quiz.action.restart'),
		);
		restart.addEventListener('click', () => this.#backToSetup());
		const weak = this.#weakLessons(s, score);
		const questions = h(
			'section',
			{ 'aria-labelledby': 'fd-results-q' },
			h('h3', { id: 'fd-results-q' }, this.#t('quiz.results.questions')),
		);
		s.questionIds.forEach((id, i) => {
			const q = this.#byId.get(id);
			if (!q) return;
			const right = attempt.questions[i]?.correct ?? false;
			const details = h(
				'details',
				{ class: 'fd-result-q' },
				h(
					'summary',
					{},
					`${i + 1}. ${right ? `✓ ${this.#t('quiz.feedback.correct')}` : `✗ ${this.#t('quiz.feedback.incorrect')}`}`,
				),
				h('div', { class: 'fd-q-stem', html: q.stemHtml }),
				h(
					'ol',
					{},
					...(s.optionOrder[id] ?? []).map((oid) =>
						h('li', { html: q.options.find((o) => o.id === oid)?.html ?? '' }),
					),
				),
			);
			details.append(this.#feedback(q, s.answers[id] ?? [], s.optionOrder[id]));
			questions.append(details);
		});
		fill(
			this.#stage,
			h('div', { class: 'fd-live fd-visually-hidden', 'aria-live': 'polite', role: 'status' }),
			title,
			verdict,
			h(
				'p',
				{ class: 'fd-score' },
				this.#t('quiz.results.scaled', { score: score.scaled, passing: score.passingScore }),
			),
			h('p', { class: 'fd-muted' }, this.#t('quiz.results.estimateNote')),
			h(
				'p',
				{},
				this.#t('quiz.results.raw', {
					correct: score.correct,
					total: score.total,
					percent: score.percent,
				}),
				' ・ ',
				this.#t('quiz.results.time', { time: formatDuration(score.timeUsedMs) }),
			),
			h('h3', {}, this.#t('quiz.results.domains')),
			this.#domainChart(score),
			h('p', { class: 'fd-muted' }, this.#t('quiz.results.domainNote')),
			weak.length > 0 ? h('h3', {}, this.#t('quiz.results.weak')) : null,
			weak.length > 0
				? h(
						'ul',
						{},
						...weak.map((l) => h('li', {}, h('a', { href: url(`lessons/${l.slug}/`) }, l.title))),
					)
				: null,
			questions,
			h('div', { class: 'fd-stage-nav' }, restart),
		);
		title.focus();
		this.#announce(
			`${this.#t('quiz.results.scaled', { score: score.scaled, passing: score.passingScore })} ${score.passed ? this.#t('quiz.results.passed') : this.#t('quiz.results.failed')}`,
		);
	}

	/** Lessons of the wrongly answered questions in domains below the passing ratio. */
	#weakLessons(s: Session, score: SessionScore): { slug: string; title: string }[] {
		const ratio = score.passingScore / 1000;
		const weakDomains = new Set(
			score.byDomain.filter((d) => d.correct / d.total < ratio).map((d) => d.id),
		);
		const out = new Map<string, string>();
		for (const id of s.questionIds) {
			const q = this.#byId.get(id);
			if (!q || !weakDomains.has(q.domain) || isCorrect(q, s.answers[id])) continue;
			for (const l of q.lessons) out.set(l.slug, l.title);
		}
		return [...out].map(([slug, title]) => ({ slug, title }));
	}

	/** Per-domain bars: every bar carries its numbers as text, so colour is never needed. */
	#domainChart(score: SessionScore): SVGSVGElement {
		const NS = 'http://www.w3.org/2000/svg';
		const rowH = 46;
		const width = 600;
		const svg = document.createElementNS(NS, 'svg');
		svg.setAttribute('viewBox', `0 0 ${width} ${score.byDomain.length * rowH + 4}`);
		svg.setAttribute('class', 'fd-domain-chart');
		svg.setAttribute('role', 'img');
		const label = score.byDomain.map((d) => this.#t('quiz.results.domainRow', { ...d })).join('。');
		svg.setAttribute('aria-label', `${this.#t('quiz.results.domains')}: ${label}`);
		score.byDomain.forEach((d, i) => {
			const y = i * rowH;
			const text = document.createElementNS(NS, 'text');
			text.setAttribute('x', '0');
			text.setAttribute('y', String(y + 16));
			text.textContent = this.#t('quiz.results.domainRow', { ...d });
			const bg = document.createElementNS(NS, 'rect');
			bg.setAttribute('class', 'bar-bg');
			Object.entries({ x: 0, y: y + 24, width: width - 2, height: 14, rx: 3 }).forEach(([k, v]) =>
				bg.setAttribute(k, String(v)),
			);
			const bar = document.createElementNS(NS, 'rect');
			bar.setAttribute('class', 'bar');
			Object.entries({
				x: 0,
				y: y + 24,
				width: Math.max(0, ((width - 2) * d.percent) / 100),
				height: 14,
				rx: 3,
			}).forEach(([k, v]) => bar.setAttribute(k, String(v)));
			svg.append(text, bg, bar);
		});
		return svg;
	}

	#backToSetup() {
		this.#stage.hidden = true;
		this.#stage.replaceChildren();
		this.#el('form.fd-quiz-setup').hidden = false;
		this.#el('.fd-quiz-history').hidden = false;
		this.#q('#fd-setup-title')?.setAttribute('tabindex', '-1');
		this.#q('#fd-setup-title')?.focus();
	}

	#renderHistory() {
		const box = this.#el('.fd-history-table');
		const attempts = this.#history.attempts
			.filter((a) => a.bankId === this.#bankId)
			.sort((a, b) => b.finishedAt - a.finishedAt)
			.slice(0, 30);
		if (attempts.length === 0) {
			box.replaceChildren(h('p', {}, this.#t('quiz.history.empty')));
			return;
		}
		const domainTitle = (id: string) => this.#bank?.domains.find((d) => d.id === id)?.title ?? id;
		const th = (key: string) => h('th', { scope: 'col' }, this.#t(key));
		const table = h(
			'table',
			{},
			h(
				'thead',
				{},
				h(
					'tr',
					{},
					th('quiz.history.date'),
					th('quiz.history.mode'),
					th('quiz.history.score'),
					th('quiz.history.correct'),
					th('quiz.history.result'),
					th('quiz.history.domains'),
				),
			),
			h(
				'tbody',
				{},
				...attempts.map((a) =>
					h(
						'tr',
						{},
						h('td', {}, new Date(a.finishedAt).toLocaleString('ja-JP')),
						h('td', {}, this.#t(`quiz.mode.${a.mode}`).replace(/（.*$/, '')),
						h('td', {}, String(a.scaled)),
						h('td', {}, `${a.correct} / ${a.total}`),
						h('td', {}, a.passed ? this.#t('quiz.history.pass') : this.#t('quiz.history.fail')),
						h(
							'td',
							{},
							a.byDomain.map((d) => `${domainTitle(d.id)} ${d.correct}/${d.total}`).join('、'),
						),
					),
				),
			),
		);
		box.replaceChildren(h('div', { class: 'fd-table-wrap' }, table));
	}

	#export() {
		const blob = new Blob([exportHistory(this.#history)], { type: 'application/json' });
		const a = h('a', {
			href: URL.createObjectURL(blob),
			download: `fargate-drill-history-${new Date().toISOString().slice(0, 10)}.json`,
		});
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(a.href), 1000);
	}

	async #import(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (!file) return;
		let parsed;
		try {
			parsed = parseHistoryValue(JSON.parse(await file.text()) as unknown);
		} catch {
			parsed = undefined;
		}
		input.value = '';
		if (!parsed || parsed.unreadable) {
			this.#notice(this.#t('quiz.history.importError'));
			return;
		}
		this.#history = mergeHistory(this.#history, parsed.history);
		const r = saveHistory(this.#storage, this.#history);
		if (!r.ok) this.#notice(this.#t('quiz.results.saveError'));
		this.#notice(this.#t('quiz.history.importDone', { count: parsed.history.attempts.length }));
		this.#renderHistory();
		if (this.#bank) this.#renderCounts();
	}

	#onKey(e: KeyboardEvent) {
		if (
			this.#stage.hidden ||
			!this.#session ||
			this.#session.finishedAt !== null ||
			e.altKey ||
			e.ctrlKey ||
			e.metaKey
		)
			return;
		const target = e.target as HTMLElement;
		if (
			target.matches(
				'input[type="text"], input[type="number"], input[type="search"], textarea, select',
			)
		)
			return;
		const s = this.#session;
		if (this.#reviewing) return;
		const q = this.#current();
		if (!q) return;
		if (/^[1-9]$/.test(e.key)) {
			const input = this.#stage.querySelectorAll<HTMLInputElement>(`input[name="fd-q-${q.id}"]`)[
				Number(e.key) - 1
			];
			if (input && !input.disabled) {
				input.checked = input.type === 'radio' ? true : !input.checked;
				input.focus();
				this.#onChoose();
			}
			e.preventDefault();
		} else if (e.key === 'Enter') {
			if (target.matches('button, a, summary')) return;
			e.preventDefault();
			if (s.mode === 'exam') this.#move(1);
			else if (!s.checked.includes(q.id)) this.#check();
			else if (s.current < s.questionIds.length - 1) this.#move(1);
		} else if ((e.key === 'f' || e.key === 'F') && s.mode === 'exam') {
			e.preventDefault();
			this.#flag();
		} else if (
			(e.key === 'ArrowRight' || e.key === 'ArrowLeft') &&
			!target.matches('input[type="radio"], input[type="checkbox"]')
		) {
			e.preventDefault();
			this.#move(e.key === 'ArrowRight' ? 1 : -1);
		}
	}
}

if (!customElements.get('fd-quiz')) customElements.define('fd-quiz', FdQuiz);
