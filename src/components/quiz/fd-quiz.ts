/**
 * <fd-quiz>: practice, exam and review sessions over one bank (or the comprehensive exam).
 *
 * A thin controller: the rules live in the pure engine (src/lib/quiz: session, policy, scoring,
 * srs, history, draw), storage in src/client/quiz-store.ts, markup in the <template>s that
 * QuizApp.astro renders, UI strings in `data-strings` (src/i18n/ja.ts). This file clones
 * templates, fills their `data-slot`s with text, and wires events.
 */
import { setStatus } from '../../client/status.ts';
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
	type Session,
	type SessionQuestion,
} from '../../lib/quiz/session.ts';
import { isCorrect } from '../../lib/quiz/scoring.ts';
import {
	canAnswer,
	domainCounts,
	gradesAtFinish,
	markOf,
	matchesFilter,
	missedIds,
	missingChoices,
	modeForSet,
	poolForSet,
	resultKind,
	retryIds,
	setupDefaults,
	SETS,
	toggleChoice,
	warningDue,
	weakLessons,
	WARN_AT_MINUTES,
	type ResultFilter,
	type SetupSet,
} from '../../lib/quiz/policy.ts';
import { drawByBlueprint, SAA_C03_BLUEPRINT } from '../../lib/quiz/draw.ts';
import { newSeed } from '../../lib/quiz/random.ts';
import { dueIds, gradeCard } from '../../lib/quiz/srs.ts';
import {
	emptyHistory,
	setBookmark,
	toAttempt,
	type Attempt,
	type History,
} from '../../lib/quiz/history.ts';
import type { ClientBank, ClientQuestion } from '../../lib/quiz/client-bank.ts';
import {
	clearSession,
	loadHistory,
	loadSession,
	loadSetupPrefs,
	saveHistory,
	saveSession,
	saveSetupPref,
} from '../../client/quiz-store.ts';
import { safeLocalStorage } from '../../client/storage.ts';
import { exportAll, importAll, loadAll } from '../../client/study-store.ts';
import { importMessages, type BackupData } from '../../lib/study/backup.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { url } from '../../lib/url.ts';

type Strings = Record<string, string>;
/** The attribute on <html> while an exam runs: the site header turns compact from CSS. */
const EXAM_ATTR = 'data-fd-exam';

function formatDuration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const hh = Math.floor(total / 3600);
	const mm = Math.floor((total % 3600) / 60);
	const ss = total % 60;
	const two = (n: number) => String(n).padStart(2, '0');
	return hh > 0 ? `${hh}:${two(mm)}:${two(ss)}` : `${mm}:${two(ss)}`;
}

/** `value`, or an error naming what is missing (a markup bug in QuizApp.astro). */
function required<T>(value: T | null | undefined, what: string): T {
	if (value === null || value === undefined) throw new Error(`<fd-quiz>: ${what} is missing`);
	return value;
}

/**
 * The one place bank HTML enters the page. Stems, options and explanations were rendered from
 * Markdown at build time with raw HTML off (src/lib/markdown.ts), so they are safe markup.
 */
function setBankHtml(el: Element, html: string): void {
	el.innerHTML = html;
}

/** A cloned template and typed access to its slots. */
class View {
	constructor(readonly root: DocumentFragment | HTMLElement) {}
	slot(name: string): HTMLElement {
		return required(this.root.querySelector<HTMLElement>(`[data-slot="${name}"]`), `slot ${name}`);
	}
	action(name: string): HTMLButtonElement {
		return required(
			this.root.querySelector<HTMLButtonElement>(`[data-action="${name}"]`),
			`action ${name}`,
		);
	}
	text(name: string, value: string): HTMLElement {
		const el = this.slot(name);
		el.textContent = value;
		return el;
	}
}

class FdQuiz extends HTMLElement {
	#s: Strings = {};
	#bankId = '';
	#bank: ClientBank | undefined;
	#byId = new Map<string, ClientQuestion>();
	#engineQuestions: SessionQuestion[] = [];
	#history: History = emptyHistory();
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
	#el(selector: string): HTMLElement {
		return required(this.#q(selector), selector);
	}
	#view(name: string): View {
		const tpl = this.#el(`template[data-tpl="${name}"]`) as HTMLTemplateElement;
		return new View(tpl.content.cloneNode(true) as DocumentFragment);
	}
	get #live(): Session {
		return required(this.#session, 'session');
	}
	get #storage() {
		return safeLocalStorage();
	}
	get #stage(): HTMLElement {
		return this.#el('.fd-quiz-stage');
	}
	get #comprehensive(): boolean {
		return this.dataset['comprehensive'] === 'true';
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
			this.#startFromSetup();
		});
		this.#q('[data-action="resume"]')?.addEventListener('click', () => this.#resume());
		this.#q('[data-action="discard"]')?.addEventListener('click', () => {
			clearSession(this.#storage, this.#bankId);
			this.#session = undefined;
			this.#el('.fd-quiz-resume').hidden = true;
		});
		this.#q('[data-action="export"]')?.addEventListener('click', () => this.#export());
		(this.#q('.fd-import input') as HTMLInputElement | null)?.addEventListener(
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
		document.documentElement.removeAttribute(EXAM_ATTR);
	}

	/** A message at the top of the quiz; a new one replaces the last. */
	#notice(text: string) {
		const p = document.createElement('p');
		p.textContent = text;
		this.#el('.fd-quiz-notices').replaceChildren(p);
	}

	#announce(text: string) {
		this.#el('.fd-live').textContent = text;
	}

	async #load() {
		const setupButton = this.#el('form.fd-quiz-setup button[type="submit"]') as HTMLButtonElement;
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
		this.#applySetup();
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

	/** The setup form: the learner's last choice for this bank, then the URL, then the lesson filter. */
	#applySetup() {
		const form = this.#el('form.fd-quiz-setup') as HTMLFormElement;
		const params = new URL(location.href).searchParams;
		const total = Number(this.dataset['total']) || 0;
		const saved = loadSetupPrefs(this.#storage)[this.#bankId];
		const choice = setupDefaults(total, this.dataset['fullLength'] === 'true', saved);
		const urlMode = params.get('mode');
		const set =
			urlMode && (SETS as readonly string[]).includes(urlMode) ? (urlMode as SetupSet) : choice.set;
		const radio = form.querySelector<HTMLInputElement>(
			`input[type="radio"][name="mode"][value="${set}"]`,
		);
		if (radio) radio.checked = true;
		const count = form.querySelector<HTMLInputElement>('input[name="count"]');
		if (count) count.value = String(choice.count);
		const ext = form.querySelector<HTMLInputElement>('input[name="extension"]');
		if (ext) ext.checked = choice.extension;

		const lesson = params.get('lesson');
		const lessons = JSON.parse(this.dataset['lessons'] ?? '{}') as Record<string, string>;
		if (!lesson || !lessons[lesson] || !this.#bank) return;
		this.#lessonFilter = lesson;
		const box = this.#el('.fd-lesson-filter');
		required(box.querySelector('span'), '.fd-lesson-filter span').textContent = this.#t(
			'quiz.setup.lessonFilter',
			{ lesson: lessons[lesson] },
		);
		box.hidden = false;
		// The domain counts of the filtered set, not of the whole bank.
		const counts = domainCounts(this.#lessonQuestions());
		for (const label of this.querySelectorAll<HTMLElement>('.fd-domains label[data-domain]')) {
			const id = label.dataset['domain'] ?? '';
			const title = this.#bank.domains.find((d) => d.id === id)?.title ?? id;
			const n = counts[id] ?? 0;
			required(label.querySelector('span'), 'domain label').textContent = this.#t(
				'quiz.setup.domainCount',
				{ title, count: n },
			);
			label.hidden = n === 0;
			const input = label.querySelector('input');
			if (input) input.checked = n > 0;
		}
		const filtered = this.#lessonQuestions().length;
		if (count) {
			count.max = String(filtered);
			count.value = String(Math.min(Number(count.value) || filtered, filtered));
		}
	}

	#lessonQuestions(): ClientQuestion[] {
		const lesson = this.#lessonFilter;
		const all = this.#bank?.questions ?? [];
		return lesson ? all.filter((q) => q.lessons.some((l) => l.slug === lesson)) : all;
	}

	#missed(): string[] {
		return missedIds(this.#history.attempts).filter((id) => this.#byId.has(id));
	}
	#flaggedIds(): string[] {
		return Object.keys(this.#history.bookmarks).filter((id) => this.#byId.has(id));
	}
	#due(now: number): string[] {
		const cards = Object.fromEntries(
			Object.entries(this.#history.cards)
				.filter(([id]) => this.#byId.has(id))
				.map(([id, c]) => [id, c.card]),
		);
		return dueIds(cards, now);
	}

	#renderCounts() {
		const set = (selector: string, key: string, count: number) => {
			const el = this.#q(selector);
			if (el) el.textContent = this.#t(key, { count });
		};
		set('.fd-due-count', 'quiz.setup.dueCount', this.#due(Date.now()).length);
		set('.fd-missed-count', 'quiz.setup.missedCount', this.#missed().length);
		set('.fd-flagged-count', 'quiz.setup.flaggedCount', this.#flaggedIds().length);
	}

	#offerResume(s: Session) {
		const box = this.#el('.fd-quiz-resume');
		const p = progress(s);
		this.#el('.fd-resume-body').textContent = this.#t('quiz.resume.body', {
			mode: this.#t(`quiz.mode.${s.mode}`),
			answered: p.answered,
			total: p.total,
		});
		box.hidden = false;
	}

	#resume() {
		if (!this.#session) return;
		this.#el('.fd-quiz-resume').hidden = true;
		this.#enterStage();
	}

	#seedFromUrl(): string {
		return new URL(location.href).searchParams.get('seed') || newSeed(Math.random);
	}

	#startFromSetup() {
		if (!this.#bank) return;
		const form = this.#el('form.fd-quiz-setup') as HTMLFormElement;
		const data = new FormData(form);
		const picked = data.get('mode');
		const set: SetupSet =
			typeof picked === 'string' && (SETS as readonly string[]).includes(picked)
				? (picked as SetupSet)
				: 'practice';
		const now = Date.now();
		const extension = data.get('extension') !== null;
		const seed = this.#seedFromUrl();
		if (this.#comprehensive) {
			const drawn = drawByBlueprint(this.#engineQuestions, SAA_C03_BLUEPRINT, seed);
			this.#begin(
				createSession(this.#bankId, this.#engineQuestions, {
					mode: 'exam',
					seed,
					now,
					onlyIds: drawn.map((q) => q.id),
					count: drawn.length,
					timeLimitMinutes: Number(this.dataset['timeLimit']) || 130,
					timeLimitFor: drawn.length,
					extraMinutes: extension ? 30 : 0,
					flagged: this.#flaggedIds(),
				}),
			);
			return;
		}
		const count = Number(data.get('count')) || undefined;
		saveSetupPref(this.#storage, this.#bankId, { set, count: count ?? 10, extension });
		const lessonIds = this.#lessonFilter ? this.#lessonQuestions().map((q) => q.id) : undefined;
		const onlyIds = poolForSet(
			set,
			{ missed: this.#missed(), flagged: this.#flaggedIds(), due: this.#due(now) },
			lessonIds,
		);
		const opts = {
			mode: modeForSet(set),
			seed,
			now,
			count,
			domains: data.getAll('domain').map(String),
			tags: data.getAll('tag').map(String),
			onlyIds,
			timeLimitMinutes: this.#bank.timeLimitMinutes,
			extraMinutes: extension ? 30 : 0,
			flagged: this.#flaggedIds(),
		};
		if (selectQuestions(this.#engineQuestions, opts).length === 0) {
			this.#el('.fd-setup-error').textContent = this.#t('quiz.setup.none');
			return;
		}
		this.#el('.fd-setup-error').textContent = '';
		this.#begin(createSession(this.#bankId, this.#engineQuestions, opts));
	}

	/** 「間違えた問題だけもう一度」 / 「フラグだけ」: a drill over some questions of an attempt. */
	#retry(ids: string[]) {
		const known = ids.filter((id) => this.#byId.has(id));
		if (known.length === 0) return;
		this.#begin(
			createSession(this.#bankId, this.#engineQuestions, {
				mode: 'review',
				seed: newSeed(Math.random),
				now: Date.now(),
				onlyIds: known,
				flagged: this.#flaggedIds(),
			}),
		);
	}

	#begin(session: Session) {
		this.#session = session;
		this.#warned.clear();
		this.#save();
		this.#enterStage();
	}

	#save() {
		if (!this.#session) return;
		const r = saveSession(this.#storage, this.#session);
		if (!r.ok && r.reason === 'quota') this.#notice(this.#t('quiz.storageFull'));
	}

	/** Saves the history; on failure says so at the top of the quiz. True when saved. */
	#saveHistory(): boolean {
		const r = saveHistory(this.#storage, this.#history);
		if (!r.ok) this.#notice(this.#t('quiz.results.saveError'));
		return r.ok;
	}

	#showStage() {
		this.#el('form.fd-quiz-setup').hidden = true;
		this.#el('.fd-quiz-history').hidden = true;
		this.#el('.fd-quiz-resume').hidden = true;
		this.#stage.hidden = false;
	}

	#enterStage() {
		this.#showStage();
		this.#reviewing = false;
		const s = this.#live;
		window.clearInterval(this.#timer);
		if (s.mode === 'exam') document.documentElement.setAttribute(EXAM_ATTR, '');
		// The learner scrolled down to 開始する: a session starts at the top of the page.
		window.scrollTo({ top: 0 });
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
		const timer = this.#stage.querySelector('[data-slot="timer"]');
		if (timer) timer.textContent = this.#t('quiz.timer.remaining', { time: formatDuration(left) });
		const due = warningDue(left, this.#warned);
		if (due !== undefined) {
			for (const m of WARN_AT_MINUTES) if (m >= due) this.#warned.add(m);
			const text = this.#t('quiz.timer.warning', { minutes: due });
			this.#announce(text);
			this.#showWarning(text);
		}
		if (isExpired(s, now)) {
			this.#notice(this.#t('quiz.timer.expired'));
			this.#finish();
		}
	}

	#showWarning(text: string) {
		const warning = this.#stage.querySelector<HTMLElement>('[data-slot="warning"]');
		if (!warning) return;
		warning.textContent = text;
		warning.hidden = false;
	}

	/** Timer (and the last warning given) in a view's sticky bar. */
	#fillBar(view: View, s: Session) {
		if (s.deadline === null) return;
		const timer = view.text(
			'timer',
			this.#t('quiz.timer.remaining', {
				time: formatDuration(remainingMs(s, Date.now()) ?? 0),
			}),
		);
		timer.hidden = false;
		const last = Math.min(...this.#warned);
		if (Number.isFinite(last) && (remainingMs(s, Date.now()) ?? 0) <= last * 60_000) {
			const w = view.text('warning', this.#t('quiz.timer.warning', { minutes: last }));
			w.hidden = false;
		}
	}

	#current(): ClientQuestion | undefined {
		const s = this.#session;
		return s ? this.#byId.get(s.questionIds[s.current] ?? '') : undefined;
	}

	#typeLabel(q: ClientQuestion): string {
		return q.type === 'single'
			? this.#t('quiz.question.single')
			: this.#t('quiz.question.multiple', { count: q.choose });
	}

	#renderQuestion(focus: boolean) {
		const s = this.#live;
		const q = this.#current();
		if (!q) return;
		const now = Date.now();
		const locked = isLocked(s, q.id, now);
		const chosen = new Set(s.answers[q.id] ?? []);
		const checked = s.checked.includes(q.id);
		const exam = s.mode === 'exam';
		const last = s.current >= s.questionIds.length - 1;
		const v = this.#view('question');

		v.text(
			'title',
			this.#t('quiz.question.heading', { n: s.current + 1, total: s.questionIds.length }),
		);
		this.#fillBar(v, s);
		if (exam) {
			v.slot('grid-box').hidden = false;
			this.#fillGrid(v.slot('grid'), v.slot('grid-summary'));
		}
		const stem = v.slot('stem');
		stem.id = `fd-stem-${q.id}`;
		setBankHtml(stem, q.stemHtml);
		v.text('verified', this.#t('quiz.question.verified', { date: q.verified }));
		const options = v.slot('options') as HTMLFieldSetElement;
		options.setAttribute('aria-describedby', stem.id);
		v.text('legend', `${this.#t('quiz.question.options')}（${this.#typeLabel(q)}）`);
		const order = s.optionOrder[q.id] ?? q.options.map((o) => o.id);
		order.forEach((optId, i) => {
			const opt = q.options.find((o) => o.id === optId);
			if (!opt) return;
			const ov = this.#view('option');
			const input = ov.slot('input') as HTMLInputElement;
			input.type = q.type === 'single' ? 'radio' : 'checkbox';
			input.name = `fd-q-${q.id}`;
			input.value = opt.id;
			input.checked = chosen.has(opt.id);
			input.disabled = locked;
			input.addEventListener('change', () => this.#onChoose(input));
			ov.text('key', this.#t('quiz.question.optionKey', { n: i + 1 }));
			setBankHtml(ov.slot('text'), opt.html);
			if (checked) {
				const label = required(ov.root.querySelector('label'), 'option label');
				label.dataset['result'] = opt.correct ? 'correct' : chosen.has(opt.id) ? 'wrong' : '';
			}
			options.append(ov.root);
		});
		required(v.root.querySelector('form'), 'question form').addEventListener('submit', (e) =>
			e.preventDefault(),
		);

		const answer = v.action('answer');
		if (exam || checked) answer.remove();
		answer.addEventListener('click', () => this.#check());
		const prev = v.action('prev');
		if (!exam) prev.remove();
		prev.disabled = s.current === 0;
		prev.addEventListener('click', () => this.#move(-1));
		const examNext = v.action('exam-next');
		if (!exam) examNext.remove();
		examNext.disabled = last;
		examNext.addEventListener('click', () => this.#move(1));
		const flag = v.action('flag');
		const flagged = s.flagged.includes(q.id);
		flag.setAttribute('aria-pressed', String(flagged));
		flag.textContent = this.#t(flagged ? 'quiz.action.unflag' : 'quiz.action.flag');
		flag.addEventListener('click', () => this.#flag());
		const review = v.action('review');
		if (!exam) review.remove();
		review.addEventListener('click', () => this.#renderReview());
		const next = v.action('next');
		if (exam || !checked || last) next.remove();
		next.addEventListener('click', () => this.#move(1));
		const fin = v.action('finish');
		if (exam) fin.remove();
		if (last && checked) fin.removeAttribute('data-variant');
		fin.addEventListener('click', () => this.#finish());

		if (checked) v.slot('feedback').append(this.#feedback(q, s.answers[q.id] ?? [], order));
		const params = new URLSearchParams({ seed: s.seed, mode: s.mode });
		if (this.#lessonFilter) params.set('lesson', this.#lessonFilter);
		(v.slot('seed') as HTMLAnchorElement).href = `?${params.toString()}`;

		this.#stage.replaceChildren(v.root);
		this.#updateHint();
		if (focus)
			this.#focus(
				checked
					? this.#stage.querySelector<HTMLElement>('.fd-feedback h3')
					: this.#stage.querySelector<HTMLElement>('.fd-q-stem'),
			);
	}

	/**
	 * Moves focus without the browser's scroll jump; scrolls to the top of the stage only when
	 * the target is off screen, so the sticky bar and the question read from the top.
	 */
	#focus(el: HTMLElement | null) {
		if (!el) return;
		el.focus({ preventScroll: true });
		const r = el.getBoundingClientRect();
		if (r.top < 0 || r.top > window.innerHeight * 0.6)
			this.#stage.scrollIntoView({ block: 'start' });
	}

	#updateHint(refusedText = '') {
		const s = this.#live;
		const q = this.#current();
		if (!q) return;
		const chosen = s.answers[q.id] ?? [];
		const hint = this.#stage.querySelector('[data-slot="hint"]');
		const missing = missingChoices(q, chosen);
		if (hint)
			hint.textContent =
				q.type === 'multiple' && missing > 0 && !s.checked.includes(q.id)
					? this.#t('quiz.question.chooseMore', { count: missing })
					: '';
		const refused = this.#stage.querySelector('[data-slot="refused"]');
		if (refused) refused.textContent = refusedText;
		const answer = this.#stage.querySelector<HTMLButtonElement>('[data-action="answer"]');
		if (answer) answer.disabled = !canAnswer(q, chosen);
	}

	#onChoose(input: HTMLInputElement) {
		const s = this.#live;
		const q = this.#current();
		if (!q) return;
		const { chosen, refused } = toggleChoice(q, s.answers[q.id] ?? [], input.value, input.checked);
		if (refused) input.checked = false;
		this.#session = selectAnswer(s, q.id, chosen, Date.now());
		this.#save();
		this.#updateHint(refused ? this.#t('quiz.question.tooMany', { count: q.choose }) : '');
		if (s.mode === 'exam') {
			const grid = this.#stage.querySelector<HTMLElement>('[data-slot="grid"]');
			const summary = this.#stage.querySelector<HTMLElement>('[data-slot="grid-summary"]');
			if (grid) this.#fillGrid(grid, summary);
		}
	}

	#check() {
		const q = this.#current();
		if (!q || !this.#session) return;
		if (!canAnswer(q, this.#session.answers[q.id] ?? [])) return;
		const before = this.#session;
		this.#session = checkAnswer(before, q.id, Date.now());
		if (this.#session === before) return;
		const right = isCorrect(q, this.#session.answers[q.id]);
		this.#gradeCards([[q.id, right]]);
		this.#save();
		this.#renderQuestion(true);
		this.#announce(this.#t(right ? 'quiz.feedback.correct' : 'quiz.feedback.incorrect'));
	}

	/** Updates spaced-repetition cards (answered questions only) and stores the history. */
	#gradeCards(results: [string, boolean][]) {
		const now = Date.now();
		for (const [id, right] of results) {
			const next = gradeCard(this.#history.cards[id]?.card, right, now);
			if (next) this.#history.cards[id] = { bankId: this.#bankOf(id), card: next };
		}
		this.#saveHistory();
	}

	#bankOf(questionId: string): string {
		return this.#byId.get(questionId)?.bankId ?? this.#bankId;
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

	/** Flags are bookmarks: kept in the history across sessions, in every mode. */
	#flag() {
		const q = this.#current();
		if (!q || !this.#session) return;
		this.#session = toggleFlag(this.#session, q.id);
		const on = this.#session.flagged.includes(q.id);
		this.#history = setBookmark(this.#history, q.id, this.#bankOf(q.id), on, Date.now());
		this.#saveHistory();
		this.#save();
		this.#renderQuestion(false);
		this.#stage.querySelector<HTMLElement>('[data-action="flag"]')?.focus();
	}

	#fillGrid(list: HTMLElement, summary: HTMLElement | null) {
		const s = this.#live;
		list.replaceChildren();
		s.questionIds.forEach((id, i) => {
			const answered = (s.answers[id]?.length ?? 0) > 0;
			const flagged = s.flagged.includes(id);
			const state = [
				this.#t(answered ? 'quiz.grid.answered' : 'quiz.grid.unanswered'),
				flagged ? this.#t('quiz.grid.flagged') : '',
			]
				.filter(Boolean)
				.join(this.#t('quiz.grid.stateSep'));
			const v = this.#view('grid-item');
			const b = v.slot('button') as HTMLButtonElement;
			b.dataset['answered'] = String(answered);
			b.dataset['flagged'] = String(flagged);
			if (!this.#reviewing && i === s.current) b.setAttribute('aria-current', 'true');
			b.setAttribute('aria-label', this.#t('quiz.grid.item', { n: i + 1, state }));
			b.textContent = `${i + 1}${flagged ? this.#t('quiz.grid.flagMark') : ''}`;
			b.addEventListener('click', () => {
				this.#session = goTo(this.#live, i);
				this.#reviewing = false;
				this.#save();
				this.#renderQuestion(true);
			});
			list.append(v.root);
		});
		if (summary) summary.textContent = this.#t('quiz.grid.summary', progress(s));
	}

	#renderReview() {
		const s = this.#live;
		this.#reviewing = true;
		const p = progress(s);
		const v = this.#view('review');
		this.#fillBar(v, s);
		v.text('summary', this.#t('quiz.review.summary', p));
		v.slot('unanswered').hidden = p.unanswered === 0;
		this.#fillGrid(v.slot('grid'), null);
		v.action('back').addEventListener('click', () => {
			this.#reviewing = false;
			this.#renderQuestion(true);
		});
		v.action('submit').addEventListener('click', () => this.#finish());
		this.#stage.replaceChildren(v.root);
		this.#stage.querySelector<HTMLElement>('[data-slot="title"]')?.focus();
	}

	/** Verdict, every option's explanation, the overall explanation, lessons and references. */
	#feedback(
		q: ClientQuestion,
		chosenIds: readonly string[],
		shownOrder: readonly string[] | undefined,
	): DocumentFragment {
		const right = isCorrect(q, chosenIds);
		const chosen = new Set(chosenIds);
		const order = shownOrder ?? q.options.map((o) => o.id);
		const v = this.#view('feedback');
		const box = required(v.root.querySelector<HTMLElement>('.fd-feedback'), '.fd-feedback');
		box.dataset['result'] = right ? 'correct' : 'wrong';
		const verdict = v.text(
			'verdict',
			this.#t(right ? 'quiz.feedback.verdictCorrect' : 'quiz.feedback.verdictWrong'),
		);
		verdict.dataset['result'] = right ? 'correct' : 'wrong';
		v.text(
			'your',
			this.#t('quiz.feedback.yourAnswer', { answer: this.#numbers(chosenIds, order) }),
		);
		v.text(
			'key',
			this.#t('quiz.feedback.correctAnswer', { answer: this.#numbers(this.#keyIds(q), order) }),
		);
		const list = v.slot('options');
		order.forEach((id, i) => {
			const o = q.options.find((x) => x.id === id);
			if (!o) return;
			const ov = this.#view('option-explanation');
			required(ov.root.querySelector<HTMLElement>('.fd-opt-expl'), '.fd-opt-expl').dataset[
				'result'
			] = o.correct ? 'correct' : 'wrong';
			ov.text(
				'head',
				`${this.#t('quiz.question.optionKey', { n: i + 1 })} ${this.#t(
					o.correct ? 'quiz.feedback.optionCorrect' : 'quiz.feedback.optionWrong',
				)}${chosen.has(o.id) ? this.#t('quiz.feedback.chosen') : ''}`,
			);
			setBankHtml(ov.slot('text'), o.html);
			setBankHtml(ov.slot('body'), o.explanationHtml);
			list.append(ov.root);
		});
		setBankHtml(v.slot('explanation'), q.explanationHtml);
		this.#links(
			v.slot('lessons'),
			q.lessons.map((l) => ({ href: url(`lessons/${l.slug}/`), text: l.title })),
		);
		this.#links(
			v.slot('references'),
			q.references.map((r) => ({ href: r.url, text: r.title, external: true })),
		);
		return v.root as DocumentFragment;
	}

	#keyIds(q: ClientQuestion): string[] {
		return q.options.filter((o) => o.correct).map((o) => o.id);
	}

	/** Option ids as the numbers the learner saw ("1・3"), or 未回答. */
	#numbers(ids: readonly string[], order: readonly string[]): string {
		const nums = ids
			.map((id) => order.indexOf(id) + 1)
			.filter((n) => n > 0)
			.sort((a, b) => a - b);
		return nums.length > 0
			? nums.join(this.#t('quiz.feedback.listSep'))
			: this.#t('quiz.feedback.noAnswer');
	}

	#links(list: HTMLElement, items: { href: string; text: string; external?: boolean }[]) {
		for (const item of items) {
			const v = this.#view('link-item');
			const a = v.slot('link') as HTMLAnchorElement;
			a.href = item.href;
			a.textContent = item.text;
			if (item.external) a.rel = 'noopener';
			list.append(v.root);
		}
	}

	#finish() {
		const s = this.#session;
		if (!s || !this.#bank) return;
		window.clearInterval(this.#timer);
		const now = Date.now();
		const done = finish(s, now);
		const score = scoreSession(
			done,
			this.#engineQuestions,
			this.#bank.domains,
			this.#bank.passingScore,
			now,
		);
		const isRight = (id: string) => {
			const question = this.#byId.get(id);
			return question !== undefined && isCorrect(question, done.answers[id]);
		};
		const attempt = toAttempt(done, score, isRight);
		this.#history.attempts.push(attempt);
		this.#gradeCards(gradesAtFinish(done, isRight));
		clearSession(this.#storage, this.#bankId);
		this.#session = undefined;
		this.#renderResults(attempt);
		this.#renderCounts();
		this.#renderHistory();
	}

	/** The result page of an attempt, just finished or reopened from the history table. */
	#renderResults(attempt: Attempt) {
		document.documentElement.removeAttribute(EXAM_ATTR);
		this.#showStage();
		const v = this.#view('results');
		const answered = attempt.questions.filter((q) => q.answered).length;
		const kind = resultKind(attempt.mode, answered, attempt.total);
		if (kind === 'verdict') {
			v.slot('drill').remove();
			v.slot('verdict-box').hidden = false;
			const verdict = v.text(
				'verdict',
				this.#t(attempt.passed ? 'quiz.results.verdictPassed' : 'quiz.results.verdictFailed'),
			);
			verdict.classList.add(attempt.passed ? 'fd-result-pass' : 'fd-result-fail');
			v.text(
				'scaled',
				this.#t('quiz.results.scaled', {
					score: attempt.scaled,
					passing: attempt.passingScore,
				}),
			);
			v.text(
				'raw',
				this.#t('quiz.results.raw', {
					correct: attempt.correct,
					total: attempt.total,
					percent: attempt.total ? Math.round((attempt.correct / attempt.total) * 1000) / 10 : 0,
				}),
			);
		} else {
			// A drill has no verdict: its verdict box is not on the page at all.
			v.slot('verdict-box').remove();
			v.slot('drill').hidden = false;
			v.text(
				'drill',
				attempt.drill
					? this.#t('quiz.results.drill')
					: this.#t('quiz.results.partial', { count: attempt.total - answered }),
			);
			v.text('raw', this.#t('quiz.results.drillRaw', { answered, correct: attempt.correct }));
		}
		v.text('time', this.#t('quiz.results.time', { time: formatDuration(attempt.timeUsedMs) }));
		if (attempt.mode === 'exam' && attempt.unanswered > 0) {
			const u = v.text(
				'unanswered',
				this.#t('quiz.results.unanswered', { count: attempt.unanswered }),
			);
			u.hidden = false;
		}
		if (attempt.drill) this.#nextDue(v, attempt);
		v.slot('chart').append(this.#domainChart(attempt));
		const weak = weakLessons(
			attempt.questions.flatMap((q) => {
				const cq = this.#byId.get(q.id);
				return cq ? [cq] : [];
			}),
			attempt.questions,
		);
		if (weak.length > 0) {
			v.slot('weak').hidden = false;
			this.#links(
				v.slot('weak-list'),
				weak.map((l) => ({ href: url(`lessons/${l.slug}/`), text: l.title })),
			);
		}
		const wrong = retryIds(attempt.questions, 'wrong');
		const flagged = retryIds(attempt.questions, 'flagged');
		const retryWrong = v.action('retry-wrong');
		if (wrong.length === 0) retryWrong.remove();
		retryWrong.addEventListener('click', () => this.#retry(wrong));
		const retryFlagged = v.action('retry-flagged');
		if (flagged.length === 0) retryFlagged.remove();
		retryFlagged.addEventListener('click', () => this.#retry(flagged));
		v.action('restart').addEventListener('click', () => this.#backToSetup());
		this.#fillResultRows(v, attempt);
		this.#stage.replaceChildren(v.root);
		this.#focus(this.#stage.querySelector<HTMLElement>('[data-slot="title"]'));
		this.#announce(
			kind === 'verdict'
				? `${this.#t('quiz.results.scaled', { score: attempt.scaled, passing: attempt.passingScore })} ${this.#t(attempt.passed ? 'quiz.results.passed' : 'quiz.results.failed')}`
				: this.#t('quiz.results.drillRaw', { answered, correct: attempt.correct }),
		);
	}

	/** Drills: when the questions answered come back in the spaced-repetition queue. */
	#nextDue(v: View, attempt: Attempt) {
		const dues = attempt.questions
			.filter((q) => q.answered)
			.map((q) => this.#history.cards[q.id]?.card.due)
			.filter((d): d is string => d !== undefined)
			.map((d) => Date.parse(d))
			.sort((a, b) => a - b);
		const first = dues[0];
		if (first === undefined) return;
		const el = v.text(
			'next-due',
			this.#t('quiz.results.nextDue', {
				count: dues.length,
				date: new Date(first).toLocaleDateString('ja-JP'),
			}),
		);
		el.hidden = false;
	}

	#fillResultRows(v: View, attempt: Attempt) {
		const rows = v.slot('rows');
		const empty = v.slot('rows-empty');
		const items: { li: HTMLElement; q: Attempt['questions'][number] }[] = [];
		attempt.questions.forEach((aq, i) => {
			const q = this.#byId.get(aq.id);
			if (!q) return;
			const order = aq.order ?? q.options.map((o) => o.id);
			const rv = this.#view('result-row');
			const li = required(rv.root.querySelector<HTMLElement>('li'), 'result row');
			const mark = markOf(aq);
			li.dataset['mark'] = mark;
			li.dataset['flagged'] = String(aq.flagged);
			rv.text('n', this.#t('quiz.results.rowNumber', { n: i + 1 }));
			rv.text('mark', this.#t(`quiz.mark.${mark}`));
			rv.slot('flag').hidden = !aq.flagged;
			rv.text('stem', q.stemStart);
			rv.text('your', this.#t('quiz.results.rowYour', { answer: this.#numbers(aq.chosen, order) }));
			rv.text(
				'key',
				this.#t('quiz.results.rowKey', { answer: this.#numbers(this.#keyIds(q), order) }),
			);
			const details = required(rv.root.querySelector('details'), 'result details');
			const body = rv.slot('body');
			// The full explanation is built when the row is first opened (65 rows stay light).
			details.addEventListener('toggle', () => {
				if (!details.open || body.childElementCount > 0) return;
				const stem = document.createElement('div');
				stem.className = 'fd-q-stem';
				setBankHtml(stem, q.stemHtml);
				body.append(stem, this.#feedback(q, aq.chosen, order));
			});
			items.push({ li, q: aq });
			rows.append(rv.root);
		});
		const counts = Object.fromEntries(
			(['all', 'wrong', 'unanswered', 'flagged'] as const).map((f) => [
				f,
				attempt.questions.filter((q) => matchesFilter(q, f)).length,
			]),
		);
		for (const label of v.root.querySelectorAll<HTMLElement>('[data-filter-label]')) {
			const f = label.dataset['filterLabel'] ?? 'all';
			label.textContent = this.#t(`quiz.results.filter.${f}`, { count: counts[f] ?? 0 });
		}
		for (const radio of v.root.querySelectorAll<HTMLInputElement>('input[name="fd-result-filter"]'))
			radio.addEventListener('change', () => {
				const f = radio.value as ResultFilter;
				let shown = 0;
				for (const { li, q } of items) {
					li.hidden = !matchesFilter(q, f);
					if (!li.hidden) shown += 1;
				}
				empty.hidden = shown > 0;
			});
	}

	/** Per-domain bars: every bar carries its numbers as text, so colour is never needed. */
	#domainChart(attempt: Attempt): SVGSVGElement {
		const rows = attempt.byDomain.map((d) => ({
			...d,
			title: this.#bank?.domains.find((x) => x.id === d.id)?.title ?? d.id,
			percent: d.total > 0 ? Math.floor((d.correct / d.total) * 100) : 0,
		}));
		const NS = 'http://www.w3.org/2000/svg';
		const rowH = 46;
		const width = 600;
		const svg = document.createElementNS(NS, 'svg');
		svg.setAttribute('viewBox', `0 0 ${width} ${rows.length * rowH + 4}`);
		svg.setAttribute('class', 'fd-domain-chart');
		svg.setAttribute('role', 'img');
		const label = rows.map((d) => this.#t('quiz.results.domainRow', { ...d })).join(' ');
		svg.setAttribute('aria-label', `${this.#t('quiz.results.domains')}: ${label}`);
		const rect = (cls: string, attrs: Record<string, number>) => {
			const r = document.createElementNS(NS, 'rect');
			r.setAttribute('class', cls);
			for (const [k, val] of Object.entries(attrs)) r.setAttribute(k, String(val));
			return r;
		};
		rows.forEach((d, i) => {
			const y = i * rowH;
			const text = document.createElementNS(NS, 'text');
			text.setAttribute('x', '0');
			text.setAttribute('y', String(y + 16));
			text.textContent = this.#t('quiz.results.domainRow', { ...d });
			svg.append(
				text,
				rect('bar-bg', { x: 0, y: y + 24, width: width - 2, height: 14, rx: 3 }),
				rect('bar', {
					x: 0,
					y: y + 24,
					width: Math.max(0, ((width - 2) * d.percent) / 100),
					height: 14,
					rx: 3,
				}),
			);
		});
		return svg;
	}

	#backToSetup() {
		document.documentElement.removeAttribute(EXAM_ATTR);
		this.#stage.hidden = true;
		this.#stage.replaceChildren();
		this.#el('form.fd-quiz-setup').hidden = false;
		this.#el('.fd-quiz-history').hidden = false;
		this.#q('#fd-setup-title')?.focus();
	}

	#renderHistory() {
		const attempts = this.#history.attempts
			.filter((a) => a.bankId === this.#bankId)
			.sort((a, b) => b.finishedAt - a.finishedAt)
			.slice(0, 30);
		this.#el('.fd-history-empty').hidden = attempts.length > 0;
		this.#el('.fd-table-wrap').hidden = attempts.length === 0;
		const body = this.#el('.fd-history-rows');
		body.replaceChildren();
		const domainTitle = (id: string) => this.#bank?.domains.find((d) => d.id === id)?.title ?? id;
		for (const a of attempts) {
			const v = this.#view('history-row');
			v.text('date', new Date(a.finishedAt).toLocaleString('ja-JP'));
			v.text('mode', this.#t(`quiz.modeShort.${a.mode}`));
			const answered = a.questions.filter((q) => q.answered).length;
			const verdict = resultKind(a.mode, answered, a.total) === 'verdict';
			v.text('score', verdict ? String(a.scaled) : this.#t('quiz.history.drill'));
			v.text('correct', `${a.correct} / ${a.total}`);
			v.text(
				'result',
				verdict
					? this.#t(a.passed ? 'quiz.history.pass' : 'quiz.history.fail')
					: this.#t('quiz.history.drill'),
			);
			const domains = v.slot('domains');
			for (const d of a.byDomain) {
				const item = this.#view('text-item');
				item.text(
					'text',
					this.#t('quiz.history.domainItem', {
						title: domainTitle(d.id),
						correct: d.correct,
						total: d.total,
					}),
				);
				domains.append(item.root);
			}
			const open = v.slot('open') as HTMLButtonElement;
			open.disabled = !this.#bank;
			open.addEventListener('click', () => this.#renderResults(a));
			body.append(v.root);
		}
	}

	/** Everything stored, with this page's history as it is in memory (it may be unsaved). */
	#allData(nowIso: string): BackupData {
		return { ...loadAll(nowIso).data, history: this.#history };
	}

	/** The same backup file as the dashboard's (src/lib/study/backup.ts): everything stored. */
	#export() {
		const now = new Date().toISOString();
		const blob = new Blob([exportAll(this.#allData(now), now)], { type: 'application/json' });
		const a = document.createElement('a');
		a.href = URL.createObjectURL(blob);
		a.download = `fargate-drill-backup-${now.slice(0, 10)}.json`;
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(a.href), 1000);
	}

	/** Reads a backup file (or a bare history export) and merges all of it, as the dashboard does. */
	async #import(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (!file) return;
		const text = await file.text();
		input.value = '';
		// Reported next to the import button (src/client/status.ts).
		const status = this.#el('.fd-history-status');
		const result = importAll(this.#allData(new Date().toISOString()), text);
		if (!result.ok) {
			setStatus(
				status,
				this.#t(result.reason === 'unreadable' ? 'study.importError' : 'study.importSaveError'),
				'error',
			);
			return;
		}
		this.#history = result.data.history;
		setStatus(
			status,
			importMessages(result.report)
				.map((m) => this.#t(m.key, m.params))
				.join(''),
			'success',
		);
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
				this.#onChoose(input);
			}
			e.preventDefault();
		} else if (e.key === 'Enter') {
			if (target.matches('button, a, summary')) return;
			e.preventDefault();
			if (s.mode === 'exam') this.#move(1);
			else if (!s.checked.includes(q.id)) this.#check();
			else if (s.current < s.questionIds.length - 1) this.#move(1);
		} else if (e.key === 'f' || e.key === 'F') {
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
