/**
 * <fd-cost-calculator>: recomputes the estimate on every change of the form (markup:
 * CostCalculator.astro). Only valid CPU/memory pairs are offered: changing the OS rebuilds the
 * vCPU choices, changing the vCPU rebuilds the memory choices (keeping the closest value).
 * The text comes from cost-view.ts, the same function the page used at build time.
 */
import rawPrices from '../../data/fargate-prices.json';
import { interpolate } from '../../i18n/interpolate.ts';
import { PLATFORMS, osOf, type Platform, type Workload } from '../../lib/cost/calculator.ts';
import { cpuRow, memoryLabel, vcpuLabel } from '../../lib/taskdef/sizes.ts';
import type { Prices } from '../../schemas/prices.ts';
import { costView, cpuChoices, type Strings } from './cost-view.ts';

// Validated by PricesSchema at build time (the page parses the same file) and in unit tests.
const prices = rawPrices as Prices;

type Inputs = Workload & { region: string; runSeconds: number };

const clamp = (v: number, min: number, max: number, fallback: number) =>
	Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;

class FdCostCalculator extends HTMLElement {
	#strings: Strings = {};
	#abort: AbortController | undefined;

	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		try {
			this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
		} catch {
			this.#strings = {};
		}
		this.#abort = new AbortController();
		const on = { signal: this.#abort.signal };
		const update = (e: Event) => {
			const target = e.target as HTMLInputElement | HTMLSelectElement;
			this.#update(target.name);
		};
		this.addEventListener('input', update, on);
		this.addEventListener('change', update, on);
		this.querySelector('[data-action="example"]')?.addEventListener(
			'click',
			() => {
				this.#loadExample();
			},
			on,
		);
		this.#update('');
	}

	disconnectedCallback() {
		this.#abort?.abort();
	}

	#field(name: string): HTMLInputElement | HTMLSelectElement | null {
		return this.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
	}

	#read(): Inputs {
		const num = (name: string) => Number(this.#field(name)?.value ?? NaN);
		const checked = this.querySelector<HTMLInputElement>('[name="platform"]:checked')?.value;
		const platform: Platform = PLATFORMS.find((p) => p === checked) ?? 'linux-x86_64';
		return {
			region: this.#field('region')?.value ?? '',
			platform,
			cpu: num('cpu'),
			memory: num('memory'),
			storageGb: Math.round(clamp(num('storageGb'), 20, 200, 20)),
			tasks: Math.round(clamp(num('tasks'), 0, 10000, 1)),
			hoursPerDay: clamp(num('hoursPerDay'), 0, 24, 24),
			daysPerMonth: Math.round(clamp(num('daysPerMonth'), 1, 31, 30)),
			spotPercent: clamp(num('spotPercent'), 0, 100, 0),
			runSeconds: clamp(num('runSeconds'), 0, 86400 * 31, 60),
		};
	}

	/** Rebuilds a select's options, keeping `keep` if offered, else the closest value. */
	#options(
		select: HTMLInputElement | HTMLSelectElement | null,
		values: number[],
		label: (v: number) => string,
		keep: number,
	) {
		if (!(select instanceof HTMLSelectElement)) return;
		const chosen = values.includes(keep)
			? keep
			: values.reduce(
					(best, v) => (Math.abs(v - keep) < Math.abs(best - keep) ? v : best),
					values[0] ?? 0,
				);
		select.replaceChildren(
			...values.map((v) => {
				const option = new Option(label(v), String(v), false, v === chosen);
				return option;
			}),
		);
		select.value = String(chosen);
	}

	#update(changed: string) {
		let w = this.#read();
		if (changed === 'platform' || changed === '' || changed === 'example') {
			this.#options(this.#field('cpu'), cpuChoices(w.platform), vcpuLabel, w.cpu);
			w = this.#read();
		}
		if (changed !== 'memory') {
			this.#options(
				this.#field('memory'),
				[...(cpuRow(w.cpu)?.memory ?? [])],
				memoryLabel,
				w.memory,
			);
			w = this.#read();
		}
		const windows = osOf(w.platform) === 'windows';
		const spot = this.#field('spotPercent');
		if (spot) spot.disabled = windows;
		this.#out('spotHint', this.#t(windows ? 'tools.cost.spotWindows' : 'tools.cost.spotHint'));

		const region = prices.regions.find((r) => r.region === w.region) ?? prices.regions[0];
		if (!region) return;
		const v = costView(
			this.#strings,
			{ ...w, spotPercent: windows ? 0 : w.spotPercent },
			region,
			w.runSeconds,
		);
		this.#out('cpuHint', v.cpuHint);
		this.#out('memoryHint', v.memoryHint);
		this.#show('invalid', v.invalid);
		const missing = this.#slot('missing');
		if (missing) {
			missing.replaceChildren(
				...v.missing.map((m) => {
					const li = document.createElement('li');
					li.textContent = m;
					return li;
				}),
			);
			missing.hidden = v.missing.length === 0;
		}
		this.#out('total', v.total);
		this.#out('spot', v.spot);
		this.#show('spot', v.spot !== '');
		this.#rows(
			'parts',
			v.parts.map((p) => [p.label, p.formula, p.amount]),
		);
		this.#out('perTaskHour', v.perTaskHour);
		this.#out('step2', v.step2);
		this.#out('step3', v.step3);
		this.#out('step4', v.step4);
		this.#out('run', v.run);
		this.#out('runNote', v.runNote);
		this.#show('runNote', v.runNote !== '');
		this.#out('prices', v.prices);
		const body = this.#rows(
			'neighbours',
			v.neighbours.map((n) => [n.size, n.month, n.diff]),
		);
		body?.querySelectorAll('tr').forEach((tr, i) => {
			if (v.neighbours[i]?.current) tr.dataset['current'] = 'true';
		});
	}

	#loadExample() {
		let example: Partial<Inputs>;
		try {
			example = JSON.parse(this.dataset['example'] ?? '{}') as Partial<Inputs>;
		} catch {
			return;
		}
		for (const [name, value] of Object.entries(example)) {
			if (name === 'platform') {
				const radio = this.querySelector<HTMLInputElement>(
					`[name="platform"][value="${String(value)}"]`,
				);
				if (radio) radio.checked = true;
			} else {
				const field = this.#field(name);
				if (field) field.value = String(value);
			}
		}
		this.#update('example');
		const cpu = this.#field('cpu');
		if (cpu && example.cpu !== undefined) cpu.value = String(example.cpu);
		this.#update('cpu');
		const memory = this.#field('memory');
		if (memory && example.memory !== undefined) memory.value = String(example.memory);
		this.#update('memory');
		this.#out('announce', this.#t('tools.cost.exampleDone'), '.fd-cc-announce');
	}

	#t(key: string): string {
		return interpolate(this.#strings[key] ?? key);
	}

	#slot(name: string): HTMLElement | null {
		return this.querySelector<HTMLElement>(`[data-out="${name}"]`);
	}

	#out(name: string, text: string, selector?: string) {
		const el = selector ? this.querySelector(selector) : this.#slot(name);
		if (el && el.textContent !== text) el.textContent = text;
	}

	#show(name: string, visible: boolean) {
		const el = this.#slot(name);
		if (el) el.hidden = !visible;
	}

	/** Replaces a tbody's rows: the first cell a row header, the rest data cells. */
	#rows(name: string, rows: string[][]): HTMLElement | null {
		const body = this.#slot(name);
		const template = this.querySelector<HTMLTemplateElement>('template[data-row]');
		if (!body || !template) return body;
		body.replaceChildren(
			...rows.map((cells) => {
				const tr = (template.content.cloneNode(true) as DocumentFragment)
					.firstElementChild as HTMLElement;
				tr.querySelectorAll('th, td').forEach((cell, i) => {
					cell.textContent = cells[i] ?? '';
				});
				return tr;
			}),
		);
		return body;
	}
}

customElements.define('fd-cost-calculator', FdCostCalculator);
