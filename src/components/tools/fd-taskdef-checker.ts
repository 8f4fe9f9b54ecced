/**
 * <fd-taskdef-checker>: checks the task definition in the text box, in the browser, and lists
 * the findings (markup: TaskdefChecker.astro). The engine (src/lib/taskdef, with jsonc-parser)
 * loads on first use, so the page starts with this file only. Checks run on the button, on an
 * example or a file, and 400 ms after typing stops. Strings arrive through data-* attributes.
 */
import { interpolate } from '../../i18n/interpolate.ts';
import { lessonHref } from './href.ts';
import type { CheckResult } from '../../lib/taskdef/check.ts';

type Engine = typeof import('../../lib/taskdef/check.ts');

const TYPING_DELAY_MS = 400;

class FdTaskdefChecker extends HTMLElement {
	#engine: Promise<Engine> | undefined;
	#strings: Record<string, string> = {};
	#labels: Record<string, string> = {};
	#abort: AbortController | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#run = 0;

	connectedCallback() {
		const input = this.querySelector('textarea');
		const list = this.querySelector('ol');
		const status = this.querySelector('[role="status"]');
		const template = this.querySelector('template');
		const file = this.querySelector<HTMLInputElement>('input[type="file"]');
		if (!input || !list || !status || !template || !file) return;
		this.#strings = parse(this.dataset['strings']);
		this.#labels = parse(this.dataset['lessonLabels']);
		this.#abort = new AbortController();
		const on = { signal: this.#abort.signal };

		const check = () => void this.#check(input.value, list, status, template);
		this.querySelector('[data-action="check"]')?.addEventListener('click', check, on);
		this.querySelector('[data-action="clear"]')?.addEventListener(
			'click',
			() => {
				input.value = '';
				list.replaceChildren();
				status.textContent = this.#t('tools.taskdef.empty');
				input.focus();
			},
			on,
		);
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-example]'))
			button.addEventListener(
				'click',
				() => {
					input.value = button.dataset['example'] ?? '';
					check();
				},
				on,
			);
		input.addEventListener(
			'input',
			() => {
				clearTimeout(this.#timer);
				this.#timer = setTimeout(check, TYPING_DELAY_MS);
			},
			on,
		);
		// Warm the engine as soon as the learner shows intent.
		input.addEventListener('focus', () => void this.#load().catch(() => undefined), on);

		const readFile = (f: File | undefined) => {
			if (!f) return;
			f.text().then(
				(text) => {
					input.value = text;
					check();
				},
				() => {
					status.textContent = this.#t('tools.taskdef.fileError');
				},
			);
		};
		file.addEventListener(
			'change',
			() => {
				readFile(file.files?.[0]);
			},
			on,
		);
		input.addEventListener(
			'dragover',
			(e) => {
				e.preventDefault();
				input.dataset['drop'] = 'true';
			},
			on,
		);
		input.addEventListener('dragleave', () => delete input.dataset['drop'], on);
		input.addEventListener(
			'drop',
			(e) => {
				delete input.dataset['drop'];
				const dropped = e.dataTransfer?.files[0];
				if (!dropped) return;
				e.preventDefault();
				readFile(dropped);
			},
			on,
		);
	}

	disconnectedCallback() {
		this.#abort?.abort();
		clearTimeout(this.#timer);
	}

	#t(key: string, params?: Record<string, string | number>): string {
		return interpolate(this.#strings[key] ?? key, params);
	}

	#load(): Promise<Engine> {
		this.#engine ??= import('../../lib/taskdef/check.ts');
		return this.#engine;
	}

	async #check(text: string, list: HTMLElement, status: Element, template: HTMLTemplateElement) {
		const run = ++this.#run;
		clearTimeout(this.#timer);
		if (text.trim() === '') {
			list.replaceChildren();
			status.textContent = this.#t('tools.taskdef.empty');
			return;
		}
		status.textContent = this.#t('tools.taskdef.checking');
		const engine = await this.#load();
		if (run !== this.#run) return; // a newer check started meanwhile
		this.#render(engine.checkTaskDefinitionText(text), list, status, template);
	}

	#render(result: CheckResult, list: HTMLElement, status: Element, template: HTMLTemplateElement) {
		const base = this.dataset['lessonBase'];
		const items = result.findings.map((f) => {
			const li = (template.content.cloneNode(true) as DocumentFragment)
				.firstElementChild as HTMLElement;
			li.dataset['level'] = f.level;
			const slot = (name: string) => li.querySelector<HTMLElement>(`[data-slot="${name}"]`);
			const set = (name: string, text: string) => {
				const el = slot(name);
				if (el) el.textContent = text;
			};
			set('level', this.#t(`tools.taskdef.level.${f.level}`));
			set('where', f.line === undefined ? '' : this.#t('tools.taskdef.where', { line: f.line }));
			set('path', f.path || '/');
			set('message', f.message);
			set('rule', f.rule);
			const lesson = slot('lesson');
			if (lesson instanceof HTMLAnchorElement) {
				lesson.href = lessonHref(f.lesson, base);
				lesson.textContent = this.#t('tools.taskdef.lesson', {
					title: this.#labels[f.lesson] ?? f.lesson,
				});
			}
			const source = slot('source');
			if (source instanceof HTMLAnchorElement) source.href = f.source;
			return li;
		});
		list.replaceChildren(...items);
		const count = (level: string) => result.findings.filter((f) => f.level === level).length;
		const shape = result.shape ? this.#t(`tools.taskdef.shape.${result.shape}`) + ' ' : '';
		status.textContent =
			result.findings.length === 0
				? shape + this.#t('tools.taskdef.none')
				: shape +
					this.#t('tools.taskdef.count', {
						error: count('error'),
						warning: count('warning'),
						info: count('info'),
					});
	}
}

function parse(json: string | undefined): Record<string, string> {
	try {
		const value: unknown = JSON.parse(json ?? '{}');
		return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
	} catch {
		return {};
	}
}

customElements.define('fd-taskdef-checker', FdTaskdefChecker);
