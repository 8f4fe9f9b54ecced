/**
 * <fd-back-link>: on a term page, the way back to where the learner came from. Shown only when
 * the previous page is on this site and is not the glossary itself (the list link covers that):
 * 「← レッスンに戻る」 after a lesson, 「← 前のページに戻る」 after another page. It goes back in
 * history when it can, so the lesson opens where the learner left it.
 */
class FdBackLink extends HTMLElement {
	connectedCallback() {
		const link = this.querySelector('a');
		if (!link || !document.referrer) return;
		let from: URL;
		try {
			from = new URL(document.referrer);
		} catch {
			return;
		}
		if (from.origin !== location.origin || from.href === location.href) return;
		const lessons = this.dataset['lessons'] ?? '/lessons/';
		const glossary = this.dataset['glossary'] ?? '/glossary/';
		if (from.pathname.startsWith(glossary)) return;
		const isLesson = from.pathname.startsWith(lessons) && from.pathname !== lessons;
		link.href = from.href;
		link.textContent = (isLesson ? this.dataset['lessonLabel'] : this.dataset['pageLabel']) ?? '';
		link.addEventListener('click', (e) => {
			if (history.length > 1) {
				e.preventDefault();
				history.back();
			}
		});
		this.hidden = false;
	}
}

if (!customElements.get('fd-back-link')) customElements.define('fd-back-link', FdBackLink);
