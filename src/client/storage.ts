/**
 * Access to window.localStorage that never throws: reading the property itself throws a
 * SecurityError when storage is disabled. Every store in src/client goes through this.
 */
export function safeLocalStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}
