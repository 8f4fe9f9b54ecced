/**
 * One status-message pattern for the whole site: a `.fd-status` element (role="status") placed
 * next to the control it reports on. A new message replaces the previous one, and its tone
 * (success or error) sets its look (global.css).
 */
export type StatusTone = 'success' | 'error' | 'info';

export function setStatus(el: Element, text: string, tone: StatusTone = 'info'): void {
	el.textContent = text;
	if (text) el.setAttribute('data-tone', tone);
	else el.removeAttribute('data-tone');
}
