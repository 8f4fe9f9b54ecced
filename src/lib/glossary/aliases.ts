/**
 * Which of a term's aliases a term page lists. Aliases serve search first: kana spellings
 * (「たすくでぃふぃにしょん」), katakana letter names of an acronym (「イーシーツー」) and
 * near-duplicate spellings (「lamda」,
 * 「ログドライバ」 beside 「ログドライバー」). A learner reads only the distinct names: English
 * names, abbreviations and Japanese names. Search keeps every alias.
 */
import { editDistance } from './distance.ts';
import { normalizeForSearch } from './normalize.ts';

const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー・\s]+$/u;
const KATAKANA_ONLY = /^[\p{Script=Katakana}ー・\s]+$/u;
/** Katakana names of Latin letters and the digits used in AWS names (イーシーツー = EC2). */
const LETTER_NAMES =
	/^(?:エー|エイ|ビー|シー|ディー|デー|イー|エフ|ジー|エイチ|エッチ|アイ|ジェー|ジェイ|ケー|エル|エム|エヌ|オー|ピー|キュー|アール|エス|ティー|テー|ユー|ブイ|ヴイ|ダブリュー|ダブリュ|エックス|ワイ|ゼット|ゼッド|ワン|ツー|スリー|・|\s)+$/u;

/** True for an alias that is there only so search finds the term. */
function searchOnly(alias: string): boolean {
	if (HIRAGANA_ONLY.test(alias)) return true;
	// Katakana words stay (ラムダ, タスクデフィニション: names a Japanese reader may meet).
	return KATAKANA_ONLY.test(alias) && LETTER_NAMES.test(alias);
}

/** The aliases to show on the term page, in their order, without the search-only ones. */
export function displayAliases(term: {
	ja: string;
	en: string;
	reading?: string | undefined;
	aliases: readonly string[];
}): string[] {
	const shown: string[] = [];
	const seen = [term.ja, term.en, term.reading ?? ''].filter(Boolean).map(normalizeForSearch);
	for (const alias of term.aliases) {
		if (searchOnly(alias)) continue;
		const n = normalizeForSearch(alias);
		// Same name in another spelling (case, spaces, ー, one typo) as one already shown.
		if (seen.some((s) => s === n || (n.length >= 4 && editDistance(s, n) <= 1))) continue;
		seen.push(n);
		shown.push(alias);
	}
	return shown;
}
