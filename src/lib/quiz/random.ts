/**
 * Seeded randomness for reproducible question sets (`?seed=`). Pure: the seed is a string and
 * the same seed always gives the same sequence.
 */

/** A function returning floats in [0, 1). */
export type Rng = () => number;

/** cyrb53-style string hash → 32-bit seed. */
function hashSeed(seed: string): number {
	let h1 = 0xdeadbeef ^ seed.length;
	let h2 = 0x41c6ce57 ^ seed.length;
	for (let i = 0; i < seed.length; i++) {
		const ch = seed.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	return h1 >>> 0;
}

/** mulberry32 generator seeded from a string. */
export function createRng(seed: string): Rng {
	let a = hashSeed(seed);
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates shuffle into a new array. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		// i and j are both in range: the swap moves elements, never undefined.
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/** Shuffles items, keeping every `pinned` item at its original index. */
export function shufflePinned<T>(
	items: readonly T[],
	isPinned: (item: T) => boolean,
	rng: Rng,
): T[] {
	const free = shuffle(
		items.filter((x) => !isPinned(x)),
		rng,
	);
	let k = 0;
	return items.map((x) => (isPinned(x) ? x : (free[k++] ?? x)));
}

/** A new random seed string from a random source (the caller passes Math.random in the browser). */
export function newSeed(random: () => number): string {
	return Math.floor(random() * 36 ** 8)
		.toString(36)
		.padStart(8, '0');
}
