/** Build-time counter for unique tooltip ids (server only). */
let n = 0;
export function nextTipNumber(): number {
	n += 1;
	return n;
}
