/**
 * <fd-study>: fills the server-rendered 学習状況 sections from this browser's stored data.
 * The figures are pure functions (src/lib/study/summary.ts) over the dashboard's own input,
 * adapted from the stored history in one place (src/lib/study/from-history.ts). Storage goes
 * through src/client/study-store.ts. Strings come from data-strings; no text is built here.
 */
import { exportAll, importAll, loadAll, askToPersist } from '../../client/study-store.ts';
import { importMessages, type BackupData } from '../../lib/study/backup.ts';
import { studyInput } from '../../lib/study/from-history.ts';
import type { StudyCatalog } from '../../lib/study/model.ts';
import {
	activity,
	domainStats,
	dueSummary,
	hasHistory,
	lessonSummary,
	mastery,
	readiness,
	weakest,
	type ActivityDay,
} from '../../lib/study/summary.ts';
import { interpolate } from '../../i18n/interpolate.ts';

type Child = Node | string | null | undefined | false;

/** Builds an element; text only (no HTML sink). */
function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Record<string, string | undefined> = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
	for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
	return el;
}

const SVG = 'http://www.w3.org/2000/svg';

class FdStudy extends HTMLElement {
	#s: Record<string, string> = {};
	#catalog!: StudyCatalog;
	#data!: BackupData;

	#t(key: string, params?: Record<string, string | number>): string {
		return interpolate(this.#s[key] ?? key, params);
	}
	#part(name: string): HTMLElement | null {
		return this.querySelector<HTMLElement>(`[data-part="${name}"]`);
	}
	/** Replaces a section's content, skipping empty slots. */
	#fill(name: string, ...children: Child[]) {
		this.#part(name)?.replaceChildren(
			...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
		);
	}
	#url(path: string): string {
		return (this.dataset['base'] ?? '/') + path;
	}

	connectedCallback() {
		this.#s = JSON.parse(this.dataset['strings'] ?? '{}') as Record<string, string>;
		this.#catalog = JSON.parse(
			this.querySelector('script[data-catalog]')?.textContent ?? '{}',
		) as StudyCatalog;
		const loaded = loadAll(new Date().toISOString());
		this.#data = loaded.data;
		if (loaded.recovered) this.#notice(this.#t('study.recovered'));
		this.querySelector('[data-action="export"]')?.addEventListener('click', () => {
			this.#export();
		});
		this.querySelector<HTMLInputElement>('.fd-import input')?.addEventListener('change', (e) => {
			void this.#import(e.target as HTMLInputElement);
		});
		for (const el of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
			'[data-action="export"], .fd-import input',
		))
			el.disabled = false;
		this.#render();
		void askToPersist().then((kept) => {
			const p = this.#part('persisted');
			if (p) p.hidden = !kept;
		});
	}

	#notice(text: string) {
		this.querySelector('.fd-study-notices')?.append(h('p', {}, text));
	}

	#render() {
		const input = studyInput(this.#data.history, this.#data.done, this.#catalog);
		const empty = this.#part('empty');
		if (empty) empty.hidden = hasHistory(input);
		const now = Date.now();
		const c = this.#catalog;

		const lessons = lessonSummary(c.lessons, input.lessonsDone);
		this.#fill(
			'lessons',
			h('p', {}, this.#t('study.lessons.count', { done: lessons.done, total: lessons.total })),
			lessons.next
				? h(
						'p',
						{},
						this.#t('study.lessons.next', { title: lessons.next.title }),
						' ',
						h(
							'a',
							{ class: 'fd-button', href: this.#url(`lessons/${lessons.next.slug}/`) },
							this.#t('study.lessons.continue'),
						),
					)
				: h('p', {}, this.#t('study.lessons.allDone')),
		);

		const due = dueSummary(input.cards, c, now);
		this.#fill(
			'due',
			...(due.total === 0
				? [h('p', {}, this.#t('study.due.none'))]
				: [
						h('p', {}, this.#t('study.due.count', { count: due.total })),
						h(
							'ul',
							{},
							...due.byBank.map((b) =>
								h(
									'li',
									{},
									this.#t('study.due.bank', { title: b.title, count: b.questionIds.length }),
								),
							),
						),
						h(
							'p',
							{},
							h(
								'a',
								{ class: 'fd-button', href: this.dataset['review'] },
								this.#t('study.due.start', { count: due.total }),
							),
						),
					]),
		);

		const stats = domainStats(input.attempts, c.domains);
		const weak = weakest(stats, input.attempts, c);
		const th = (key: string) => h('th', { scope: 'col' }, this.#t(key));
		this.#fill(
			'domains',
			h(
				'div',
				{ class: 'fd-table-wrap' },
				h(
					'table',
					{},
					h('caption', { class: 'fd-visually-hidden' }, this.#t('study.domains.caption')),
					h(
						'thead',
						{},
						h(
							'tr',
							{},
							th('study.domains.domain'),
							th('study.domains.percent'),
							th('study.domains.trend'),
						),
					),
					h(
						'tbody',
						{},
						...stats.map((d) =>
							h(
								'tr',
								{},
								h('th', { scope: 'row' }, d.title),
								h(
									'td',
									{},
									d.percent === undefined
										? this.#t('study.domains.noData')
										: this.#t('study.domains.value', {
												percent: d.percent,
												correct: d.correct,
												answered: d.answered,
											}),
								),
								h(
									'td',
									{ class: 'fd-trend' },
									d.trend.length > 0
										? d.trend.map((p) => `${p}%`).join(' → ')
										: this.#t('study.domains.noData'),
								),
							),
						),
					),
				),
			),
			weak
				? h(
						'p',
						{},
						this.#t('study.domains.weakest', { domain: weak.domain.title }),
						weak.lesson ? this.#t('study.domains.reread') : '',
						weak.lesson
							? h('a', { href: this.#url(`lessons/${weak.lesson.slug}/`) }, weak.lesson.title)
							: '',
					)
				: null,
		);

		const ready = readiness(input.attempts, c);
		const date = (ms: number) => new Date(ms).toLocaleDateString('ja-JP');
		this.#fill(
			'readiness',
			ready.mocks.length > 0
				? h(
						'div',
						{},
						h('p', {}, this.#t('study.readiness.mocks', { count: c.fullLength })),
						h(
							'ul',
							{},
							...ready.mocks.map((m) =>
								h(
									'li',
									{},
									this.#t('study.readiness.mock', { date: date(m.finishedAt), score: m.scaled }),
								),
							),
						),
					)
				: h('p', {}, this.#t('study.readiness.noMocks', { count: c.fullLength })),
			ready.estimate !== undefined
				? h(
						'div',
						{},
						h(
							'p',
							{ class: 'fd-estimate' },
							h(
								'strong',
								{},
								this.#t('study.readiness.estimate', {
									score: ready.estimate,
									passing: c.passingScore,
								}),
							),
						),
						h('p', { class: 'fd-muted' }, this.#t('study.readiness.basis', { count: ready.basis })),
					)
				: h(
						'p',
						{},
						this.#t('study.readiness.notEnough', {
							count: 20 - ready.basis,
							basis: ready.basis,
						}),
					),
		);

		this.#renderActivity(activity(input, now, -new Date(now).getTimezoneOffset()));

		const marks = mastery(input.attempts, c);
		this.#fill(
			'mastery',
			h(
				'ul',
				{ class: 'fd-mastery', role: 'list' },
				...marks.map((b) =>
					h(
						'li',
						{},
						h('a', { href: this.#url(`quizzes/${b.bankId}/`) }, b.title),
						' ',
						h('span', { class: 'fd-muted' }, this.#t('study.mastery.counts', b.counts)),
						h(
							'span',
							{ class: 'fd-marks', 'aria-hidden': 'true' },
							...b.marks.map((m) => h('span', { class: 'fd-mark', 'data-mark': m })),
						),
					),
				),
			),
		);
	}

	#renderActivity(weeks: ActivityDay[][]) {
		const days = weeks.flat();
		const answered = days.reduce((n, d) => n + d.answered, 0);
		const lessons = days.reduce((n, d) => n + d.lessons, 0);
		const active = days.filter((d) => d.answered + d.lessons > 0);
		const cell = 14;
		const gap = 3;
		const svg = document.createElementNS(SVG, 'svg');
		svg.setAttribute('class', 'fd-heatmap');
		svg.setAttribute('viewBox', `0 0 ${weeks.length * (cell + gap)} ${7 * (cell + gap)}`);
		svg.setAttribute('aria-hidden', 'true');
		weeks.forEach((week, w) => {
			week.forEach((d, i) => {
				const n = d.answered + d.lessons * 5;
				const rect = document.createElementNS(SVG, 'rect');
				for (const [k, v] of Object.entries({
					x: w * (cell + gap),
					y: i * (cell + gap),
					width: cell,
					height: cell,
					rx: 2,
				}))
					rect.setAttribute(k, String(v));
				rect.dataset['level'] = String(n === 0 ? 0 : n < 10 ? 1 : n < 30 ? 2 : 3);
				svg.append(rect);
			});
		});
		const th = (key: string) => h('th', { scope: 'col' }, this.#t(key));
		this.#fill(
			'activity',
			h('p', {}, this.#t('study.activity.summary', { answered, lessons, days: active.length })),
			svg,
			active.length > 0
				? h(
						'details',
						{},
						h('summary', {}, this.#t('study.activity.table')),
						h(
							'div',
							{ class: 'fd-table-wrap' },
							h(
								'table',
								{},
								h(
									'thead',
									{},
									h(
										'tr',
										{},
										th('study.activity.date'),
										th('study.activity.answered'),
										th('study.activity.lessons'),
									),
								),
								h(
									'tbody',
									{},
									...active
										.reverse()
										.map((d) =>
											h(
												'tr',
												{},
												h('th', { scope: 'row' }, d.date),
												h('td', {}, String(d.answered)),
												h('td', {}, String(d.lessons)),
											),
										),
								),
							),
						),
					)
				: null,
		);
	}

	#export() {
		const now = new Date().toISOString();
		const blob = new Blob([exportAll(this.#data, now)], { type: 'application/json' });
		const a = h('a', {
			href: URL.createObjectURL(blob),
			download: `fargate-drill-backup-${now.slice(0, 10)}.json`,
		});
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => {
			URL.revokeObjectURL(a.href);
		}, 1000);
	}

	async #import(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (!file) return;
		const text = await file.text();
		input.value = '';
		const result = importAll(this.#data, text);
		if (!result.ok) {
			this.#notice(
				this.#t(result.reason === 'unreadable' ? 'study.importError' : 'study.importSaveError'),
			);
			return;
		}
		this.#data = result.data;
		this.#notice(
			importMessages(result.report)
				.map((m) => this.#t(m.key, m.params))
				.join(''),
		);
		this.#render();
	}
}

if (!customElements.get('fd-study')) customElements.define('fd-study', FdStudy);
