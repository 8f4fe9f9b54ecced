/**
 * An in-memory `Storage` for unit tests (never imported by the site). It can be told to refuse
 * writes as a full storage does (`QuotaExceededError`) or to throw on every access as disabled
 * storage does (`SecurityError`).
 */
export class MemoryStorage {
	readonly data: Map<string, string>;
	/** 'quota': setItem throws QuotaExceededError. 'denied': every access throws SecurityError. */
	fail: 'quota' | 'denied' | undefined;

	constructor(init: Record<string, string> = {}) {
		this.data = new Map(Object.entries(init));
	}

	#guard(write: boolean) {
		if (this.fail === 'denied')
			throw new DOMException('The operation is insecure.', 'SecurityError');
		if (write && this.fail === 'quota')
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	}
	get length(): number {
		this.#guard(false);
		return this.data.size;
	}
	key(index: number): string | null {
		this.#guard(false);
		return [...this.data.keys()][index] ?? null;
	}
	getItem(key: string): string | null {
		this.#guard(false);
		return this.data.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		this.#guard(true);
		this.data.set(key, value);
	}
	removeItem(key: string): void {
		this.#guard(false);
		this.data.delete(key);
	}
	clear(): void {
		this.#guard(false);
		this.data.clear();
	}
	/** The stored value parsed as JSON (for assertions). */
	json(key: string): unknown {
		const raw = this.data.get(key);
		return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
	}
}
