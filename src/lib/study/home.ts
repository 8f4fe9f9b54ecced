/**
 * The home page's 続きから panel, read straight from the stored JSON values with small guards
 * and no other imports: the home page's whole startup JS budget is 2 KB (e2e/budgets.spec.ts),
 * so it cannot load the history guards and adapter the dashboard uses. A value it cannot read
 * counts as empty (the dashboard, with the full stores, sets such values aside).
 */

export interface HomeSummary {
	done: number;
	total: number;
	next?: { slug: string; title: string } | undefined;
	/** Questions due across all banks. */
	due: number;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The panel's figures, or undefined when there is no history to show (the panel stays hidden).
 * `progress` and `quiz` are the parsed values of `fd:progress:v1` and `fd:quiz:v1`.
 */
export function homeSummary(
	progress: unknown,
	quiz: unknown,
	lessons: readonly { slug: string; title: string }[],
	now: number,
): HomeSummary | undefined {
	const done =
		isObject(progress) && progress['v'] === 1 && isObject(progress['done']) ? progress['done'] : {};
	let due = 0;
	let attempts = 0;
	if (isObject(quiz) && (quiz['v'] === 1 || quiz['v'] === 2)) {
		if (Array.isArray(quiz['attempts'])) attempts = quiz['attempts'].length;
		if (isObject(quiz['cards']))
			for (const entry of Object.values(quiz['cards'])) {
				const card = isObject(entry) && isObject(entry['card']) ? entry['card'] : undefined;
				const at = typeof card?.['due'] === 'string' ? Date.parse(card['due']) : NaN;
				if (at <= now) due += 1;
			}
	}
	const isDone = (slug: string) => typeof done[slug] === 'string';
	const count = lessons.filter((l) => isDone(l.slug)).length;
	if (count === 0 && attempts === 0 && due === 0) return undefined;
	let latest = -1;
	let latestAt = '';
	lessons.forEach((l, i) => {
		const at = done[l.slug];
		if (typeof at === 'string' && at >= latestAt) {
			latest = i;
			latestAt = at;
		}
	});
	const next =
		lessons.slice(latest + 1).find((l) => !isDone(l.slug)) ?? lessons.find((l) => !isDone(l.slug));
	return { done: count, total: lessons.length, next, due };
}
