/**
 * Item-writing cues: features of a question's form that let a candidate who knows nothing about
 * the subject guess the key (see /work/shared/ITEM-WRITING.md and issue 14). `npm run validate`
 * prints them as warnings, `validate --strict` turns the bank-level thresholds into errors, the
 * /instructors/ page shows the figures, and the test-wise benchmark (scripts/bench/test-wise.ts)
 * scores strategies with the same measures.
 *
 * THIS FILE IS IMPORTED BY THE CLI (scripts/check-content.ts), THE BENCH AND THE ASTRO BUILD
 * (the /instructors/ page). Pure: text in, figures and messages out.
 *
 * How things are measured (documented on /instructors/ too):
 * - Length: characters (Unicode code points) of the option as the learner reads it: NFKC
 *   (full-width ASCII becomes half-width), Markdown syntax removed (backticks, emphasis, link
 *   targets, HTML tags; code text kept), whitespace removed (spacing style does not count).
 * - Long key: single answer, the key is more than 1.2 × the mean distractor length (options
 *   should stay within ±20 % of each other), or it is the longest option by more than 10 %
 *   of the longest distractor. Choose N: the keys' mean is more than 1.2 × the distractors'
 *   mean, or every key is longer than every distractor ("pick the N longest" wins).
 * - Absolute words: ABSOLUTE_WORDS (必ず・常に・すべて・のみ…), outside code; a cue when some
 *   distractor has one and no key has any.
 * - Refute-the-claim framing and quoting notes or documents in the stem: CLAIM_PATTERNS and
 *   NOTES_PATTERNS, sentence by sentence, outside code.
 * - Bank level: share of single-answer questions whose key is the longest option (a key tied
 *   with k distractors counts 1/(k+1): the expected score of "always pick the longest"), ratio
 *   of the mean key length to the mean distractor length over all options of the bank, and the
 *   distractor ideas reused most (see `reusedIdeas`).
 */

/** One option as the cue checks read it (a bank option fits). */
export interface CueOption {
	id: string;
	text: string;
	correct: boolean;
	pin?: boolean | undefined;
}

/** One question as the cue checks read it (a bank question fits). */
export interface CueQuestion {
	id: string;
	type: 'single' | 'multiple';
	choose?: number | undefined;
	stem: string;
	options: readonly CueOption[];
}

/** The bank-level thresholds `validate --strict` enforces on every bank. */
export const CUE_THRESHOLDS = {
	/** Share of single-answer questions whose key is the longest option (chance with 4 options: 25 %). */
	keyLongestShare: 0.35,
	/** Mean key length / mean distractor length, over all options of the bank. */
	lengthRatio: 1.15,
	/** Stems that quote study notes or documents. */
	quotesNotes: 0,
} as const;

/** Per-question length limits (warnings). */
export const LENGTH_LIMITS = {
	/** Key (or mean key) longer than this multiple of the mean distractor: warn. */
	ratio: 1.2,
	/** Key longest by more than this fraction of the longest distractor: warn. */
	margin: 0.1,
} as const;

// ---- measuring text --------------------------------------------------------------------------

/** Fenced code blocks (```…```), removed before reading a stem's sentences. */
const FENCE = /```[\s\S]*?(?:```|$)/g;
/** Inline code spans. */
const CODE_SPAN = /`+([^`]*)`+/g;

/**
 * The text a learner reads, for measuring: NFKC, Markdown syntax removed (code keeps its text),
 * whitespace collapsed.
 */
export function plainText(markdown: string): string {
	return markdown
		.normalize('NFKC')
		.replace(/```[^\n]*\n?/g, '')
		.replace(CODE_SPAN, '$1')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/(\*\*|__|\*|~~)/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Length of an option as measured here: code points of `plainText` without whitespace. */
export function textLength(markdown: string): number {
	return Array.from(plainText(markdown).replace(/\s/g, '')).length;
}

/** The prose of a text: NFKC, code blocks and code spans removed (code is not wording). */
function prose(markdown: string): string {
	return markdown.normalize('NFKC').replace(FENCE, ' ').replace(CODE_SPAN, ' ');
}

/**
 * Absolute words, as written in the banks (Japanese) and for English banks. Chosen from the
 * banks: these occur in distractors several times as often as in keys. Left out on purpose:
 * だけ (as common in keys: 「必要な権限だけ」 is least privilege) and できない (plain negation).
 */
export const ABSOLUTE_WORDS: readonly { word: string; pattern: RegExp }[] = [
	{ word: '必ず', pattern: /必ず(?!しも)/ },
	{ word: '常に', pattern: /常に/ },
	{ word: 'すべて', pattern: /すべて|全て/ },
	{ word: '全部', pattern: /全部/ },
	{ word: 'のみ', pattern: /のみ/ },
	{ word: '絶対', pattern: /絶対/ },
	{ word: '一切', pattern: /一切/ },
	{ word: '決して', pattern: /決して/ },
	{ word: '完全に', pattern: /完全に/ },
	{ word: '例外なく', pattern: /例外なく/ },
	{ word: '唯一', pattern: /唯一/ },
	{ word: 'いかなる', pattern: /いかなる/ },
	{ word: '全く', pattern: /全く/ },
	{ word: 'いつでも', pattern: /いつでも/ },
	{ word: '…しか…ない', pattern: /(?<!し)しか(?!し)[^。、]{0,12}?(?:ない|ません)/ },
	{ word: 'always', pattern: /\balways\b/i },
	{ word: 'never', pattern: /\bnever\b/i },
	{ word: 'only', pattern: /\bonly\b/i },
	{ word: 'all', pattern: /\ball\b/i },
	{ word: 'every', pattern: /\bevery\b/i },
	{ word: 'none', pattern: /\bnone\b/i },
];

/** The absolute words in a text (outside code), in list order. */
export function absoluteWords(markdown: string): string[] {
	const text = prose(markdown);
	return ABSOLUTE_WORDS.filter((a) => a.pattern.test(text)).map((a) => a.word);
}

/**
 * How specific an option looks, for the test-wise "most specific" strategy: code spans, numbers
 * and capitalised Latin words (service names, acronyms: CloudWatch, ENI) outside code.
 */
export function specificity(markdown: string): number {
	const text = markdown.normalize('NFKC').replace(FENCE, ' ');
	const spans = text.match(CODE_SPAN)?.length ?? 0;
	const rest = text.replace(CODE_SPAN, ' ');
	const numbers = rest.match(/\d+(?:[.,]\d+)*/g)?.length ?? 0;
	const names = rest.match(/\b[A-Za-z]*[A-Z][A-Za-z0-9]*\b/g)?.length ?? 0;
	return spans + numbers + names;
}

const KANJI_NUMBERS: Record<string, number> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const ENGLISH_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/** The N a stem asks to choose (「2つ選択」「3 つ選んで」「Choose two」), or undefined. */
export function statedChoose(stem: string): number | undefined {
	const text = prose(stem);
	const ja = /([0-9]+|[二三四五六])\s*つ(?:の選択肢)?を?\s*(?:選択|選ん|選び|選べ)/.exec(text);
	if (ja?.[1] !== undefined) return KANJI_NUMBERS[ja[1]] ?? Number(ja[1]);
	const en = /\b(?:choose|select)\s+([0-9]+|two|three|four|five|six)\b/i.exec(text);
	if (en?.[1] !== undefined) return ENGLISH_NUMBERS[en[1].toLowerCase()] ?? Number(en[1]);
	return undefined;
}

/** The stem's sentences (split after 。！？!? and line breaks); code blocks removed, code spans kept. */
function sentences(stem: string): string[] {
	return stem
		.normalize('NFKC')
		.replace(FENCE, '\n')
		.split(/(?<=[。！？!?])|\n+/)
		.map((s) => s.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/**
 * Someone's claim presented for the candidate to judge: 「…」と主張／考え／言っ…, と主張,
 * と言っています, 正しいですか. Wishes (…したいと考えています) are scenario, not claims.
 */
export const CLAIM_PATTERNS: readonly RegExp[] = [
	/」と(?:主張|考え|言っ|言い|提案|説明し|述べ|思っ|思い|信じ|判断し)/,
	/と主張/,
	/(?<!たい|たくない|よう)と(?:考えて|思って)(?:い|お)/,
	/(?<!たい|たくない)と言って(?:い|お)|と言いました/,
	/正しいですか|正しいでしょうか|妥当ですか|妥当でしょうか/,
	/(?:主張|意見|考え)は正しい/,
	/\b(?:claims?|insists?|argues?) that\b/i,
	/\bis (?:this|that|the \w+) correct\?/i,
];

/** Documents a stem may quote (requirements such as 規定・ポリシー are scenario, not quotes). */
const DOCUMENTS =
	'ノート|メモ(?!リ)|資料|手順書|比較表|ドキュメント|記事|ブログ|教材|テキスト|wiki|readme|まとめ';

/** Study notes or a document quoted in the stem. */
export const NOTES_PATTERNS: readonly RegExp[] = [
	/学習ノート|学習メモ/,
	new RegExp(`(?:${DOCUMENTS})(?:に|で)は`, 'i'),
	/」と(?:だけ|も)?(?:書かれ|書いて|記載|あ[りる])/,
	/\b(?:notes?|the docs?|documentation|wiki) (?:says?|states?)\b/i,
];
/** Sentences naming a requirement quote it as a constraint, which is fine. */
const REQUIREMENT = /規定|規則|ポリシー|要件|契約|SLA|ルール|監査/;

/** The first match of `patterns` in the stem, as a short excerpt, or undefined. */
function findInStem(stem: string, patterns: readonly RegExp[], skip?: RegExp): string | undefined {
	for (const sentence of sentences(stem)) {
		if (skip?.test(sentence)) continue;
		for (const p of patterns) {
			const m = p.exec(sentence);
			if (m) return excerpt(sentence, m.index, m[0].length);
		}
	}
	return undefined;
}

/** Up to 12 characters either side of a match, with ellipses. */
function excerpt(text: string, index: number, length: number): string {
	const chars = Array.from(text);
	const start = Array.from(text.slice(0, index)).length;
	const end = start + Array.from(text.slice(index, index + length)).length;
	const from = Math.max(0, start - 12);
	const to = Math.min(chars.length, end + 12);
	return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`;
}

// ---- per-question cues -----------------------------------------------------------------------

export type CueKind =
	| 'long-key'
	| 'absolute-words'
	| 'claim-framing'
	| 'quotes-notes'
	| 'choose-n'
	| 'bank-key-longest'
	| 'bank-length-ratio'
	| 'bank-quotes-notes'
	| 'bank-absolute-words'
	| 'bank-reused-ideas';

/** One cue: what the writer sees (`what`) and what to do (`fix`), in Japanese. */
export interface Cue {
	kind: CueKind;
	/** The question, or undefined for a bank-level cue. */
	questionId?: string | undefined;
	what: string;
	fix: string;
}

const mean = (xs: readonly number[]) =>
	xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
const pct = (x: number) => `${Math.round(x * 100)} %`;
const fixed2 = (x: number) => x.toFixed(2);

/** Per-question length figures. */
export function lengthFigures(q: CueQuestion): {
	keys: number[];
	distractors: number[];
	ratio: number;
	/** How much longer the (shortest) key is than the longest distractor, as a fraction; < 0 when not longest. */
	margin: number;
} {
	const keys = q.options.filter((o) => o.correct).map((o) => textLength(o.text));
	const distractors = q.options.filter((o) => !o.correct).map((o) => textLength(o.text));
	const longestDistractor = Math.max(...distractors);
	return {
		keys,
		distractors,
		ratio: mean(keys) / mean(distractors),
		margin: (Math.min(...keys) - longestDistractor) / longestDistractor,
	};
}

function longKeyCue(q: CueQuestion): Cue | undefined {
	const { keys, distractors, ratio, margin } = lengthFigures(q);
	if (keys.length === 0 || distractors.length === 0 || !Number.isFinite(ratio)) return undefined;
	const tooLong = ratio > LENGTH_LIMITS.ratio;
	const single = q.type === 'single';
	// Single: longest by a margin. Choose N: every key longer than every distractor.
	const longest = single ? margin > LENGTH_LIMITS.margin : margin > 0;
	if (!tooLong && !longest) return undefined;
	const keyMean = Math.round(mean(keys));
	const disMean = Math.round(mean(distractors));
	const what = single
		? `正解が誤答より長い（正解 ${keys[0] ?? 0} 字、誤答の平均 ${disMean} 字で ${fixed2(ratio)} 倍${margin > 0 ? `、最長の誤答より ${pct(margin)} 長い` : ''}）`
		: `正解がそろって長い（正解の平均 ${keyMean} 字、誤答の平均 ${disMean} 字で ${fixed2(ratio)} 倍${margin > 0 ? `。長い順に ${keys.length} つ選ぶと正解になる` : ''}）`;
	return {
		kind: 'long-key',
		questionId: q.id,
		what,
		fix: '正解の理由づけ（「…なので」「…のため」）は explanation に移して正解を短くするか、誤答にも同じ具体性（設定名・数値・条件）を持たせて、選択肢の長さを ±20 % 以内にそろえてください',
	};
}

function absoluteCue(q: CueQuestion): Cue | undefined {
	if (q.options.some((o) => o.correct && absoluteWords(o.text).length > 0)) return undefined;
	const found = q.options
		.filter((o) => !o.correct)
		.map((o) => ({ id: o.id, words: absoluteWords(o.text) }))
		.filter((o) => o.words.length > 0);
	if (found.length === 0) return undefined;
	return {
		kind: 'absolute-words',
		questionId: q.id,
		what: `断定語が誤答にだけある（${found.map((o) => `${o.id}「${o.words.join('」「')}」`).join('、')}）`,
		fix: '断定語があるだけで誤りと分かる誤答は手がかりになります。誤りの理由を内容（別の設定・別のサービス・別の数値）にして断定語を外すか、正解にも同じ強さの言い方を使ってください',
	};
}

function chooseCue(q: CueQuestion): Cue | undefined {
	const stated = statedChoose(q.stem);
	if (q.type === 'multiple') {
		const n = q.choose ?? q.options.filter((o) => o.correct).length;
		if (stated === undefined)
			return {
				kind: 'choose-n',
				questionId: q.id,
				what: '複数選択なのに問題文に選ぶ数がない',
				fix: `問題文の最後に「（${n}つ選択）」と書いてください`,
			};
		if (stated !== n)
			return {
				kind: 'choose-n',
				questionId: q.id,
				what: `問題文は「${stated}つ選択」だが choose は ${n}`,
				fix: '問題文の数と choose（正解の数）を同じにしてください',
			};
	} else if (stated !== undefined && stated > 1) {
		return {
			kind: 'choose-n',
			questionId: q.id,
			what: `1つ選択（single）の問題文に「${stated}つ選択」とある`,
			fix: '複数選択にするなら type を "multiple" にして choose を書き、1つ選択なら問題文から選ぶ数を消してください',
		};
	}
	return undefined;
}

/** Every cue of one question, in a fixed order (length, absolute words, stem, choose N). */
export function questionCues(q: CueQuestion): Cue[] {
	const out: Cue[] = [];
	const long = longKeyCue(q);
	if (long) out.push(long);
	const absolute = absoluteCue(q);
	if (absolute) out.push(absolute);
	const claim = findInStem(q.stem, CLAIM_PATTERNS);
	if (claim !== undefined)
		out.push({
			kind: 'claim-framing',
			questionId: q.id,
			what: `問題文が誰かの主張の正誤を問う形になっている（${claim}）`,
			fix: '主張を示して判定させる形は「その主張は誤り」という手がかりになります。会社・要件・制約を状況として書き、何をすべきか（どの設計・設定・対処か）を問う形にしてください',
		});
	const notes = findInStem(q.stem, NOTES_PATTERNS, REQUIREMENT);
	if (notes !== undefined)
		out.push({
			kind: 'quotes-notes',
			questionId: q.id,
			what: `問題文が学習ノートや資料の記述を引用している（${notes}）`,
			fix: '実際の試験問題は資料を引用しません。引用をやめて状況（会社・要件・制約）を書いてください。誤解を問いたいときは、その誤解に基づく行動を誤答にします',
		});
	const choose = chooseCue(q);
	if (choose) out.push(choose);
	return out;
}

// ---- bank level ------------------------------------------------------------------------------

/** A distractor idea reused across a bank. */
export interface ReusedIdea {
	/** The normalised token: a code identifier, a Latin word or a kanji/katakana run. */
	idea: string;
	/** Questions where it appears in a distractor but neither in the stem nor in a key. */
	questions: string[];
	/** How many questions have it in a key. */
	inKeys: number;
}

/** Tokens too common to be an idea: product names, and verbal nouns of any sentence (変更・設定…). */
const STOP_IDEAS = new Set(
	[
		'aws amazon ecs fargate true false the and for with not',
		'変更 自動 設定 追加 使用 作成 指定 利用 実行 必要 確認 場合 起動 停止 削除 有効 無効 管理',
		'対応 可能 同時 以上 以下 方法 構成 配置 増加 減少 移行 選択 適用 記述 動作 処理 全体',
	].flatMap((line) => line.split(' ')),
);

/**
 * The "ideas" of a text: identifiers and Latin words (lowercased, ≥ 2 characters) and runs of
 * kanji/katakana (≥ 2 characters; hiragana is mostly grammar). A cheap stand-in for clustering
 * distractors by meaning: `DAEMON` in thirty distractors is one token in thirty questions.
 */
export function ideaTokens(markdown: string): Set<string> {
	const text = plainText(markdown).toLowerCase();
	const out = new Set<string>();
	for (const m of text.matchAll(/[a-z][a-z0-9]*(?:[_.:-][a-z0-9]+)*/g))
		if (m[0].length >= 2 && !STOP_IDEAS.has(m[0])) out.add(m[0]);
	for (const m of text.matchAll(/[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu))
		if (!STOP_IDEAS.has(m[0])) out.add(m[0]);
	return out;
}

/**
 * Distractor ideas reused in a bank: for each question, the ideas of its distractors minus
 * those of its stem and keys (an idea the stem names is the topic, not a distractor choice);
 * counted once per question. Listed when used in at least `minQuestions` questions and in keys
 * less than half as often (words common to keys and distractors, such as タスク, are not cues).
 */
export function reusedIdeas(
	questions: readonly CueQuestion[],
	{ minQuestions = 3, limit = 5 } = {},
): ReusedIdea[] {
	const asDistractor = new Map<string, string[]>();
	const inKeys = new Map<string, number>();
	for (const q of questions) {
		const stem = ideaTokens(q.stem);
		const keys = new Set(
			q.options.filter((o) => o.correct).flatMap((o) => [...ideaTokens(o.text)]),
		);
		for (const k of keys) inKeys.set(k, (inKeys.get(k) ?? 0) + 1);
		const distractor = new Set(
			q.options.filter((o) => !o.correct).flatMap((o) => [...ideaTokens(o.text)]),
		);
		for (const idea of distractor) {
			if (stem.has(idea) || keys.has(idea)) continue;
			asDistractor.set(idea, [...(asDistractor.get(idea) ?? []), q.id]);
		}
	}
	return [...asDistractor]
		.map(([idea, ids]) => ({ idea, questions: ids, inKeys: inKeys.get(idea) ?? 0 }))
		.filter((r) => r.questions.length >= minQuestions && r.inKeys * 2 < r.questions.length)
		.sort((a, b) => b.questions.length - a.questions.length || a.idea.localeCompare(b.idea))
		.slice(0, limit);
}

/** The figures of one bank that the thresholds and the /instructors/ page use. */
export interface BankCueFigures {
	questions: number;
	single: number;
	multiple: number;
	/** Single-answer questions whose key is the longest option (ties split). */
	keyLongest: number;
	/** keyLongest / single; null without single-answer questions. */
	keyLongestShare: number | null;
	/** Mean of 1 / options over single-answer questions: the same share by chance. */
	chanceShare: number | null;
	meanKeyLength: number | null;
	meanDistractorLength: number | null;
	/** meanKeyLength / meanDistractorLength over all options of the bank. */
	lengthRatio: number | null;
	/** Share of keys / distractors that contain an absolute word. */
	absoluteInKeys: number | null;
	absoluteInDistractors: number | null;
	/** Question ids per per-question cue. */
	longKey: string[];
	absoluteOnlyInDistractors: string[];
	claimFraming: string[];
	quotesNotes: string[];
	chooseN: string[];
	reusedIdeas: ReusedIdea[];
}

/** Probability that the key of a single-answer question is "the longest" (ties split). */
function keyLongestProbability(q: CueQuestion): number {
	const lengths = q.options.map((o) => ({ correct: o.correct, n: textLength(o.text) }));
	const max = Math.max(...lengths.map((l) => l.n));
	const top = lengths.filter((l) => l.n === max);
	return top.filter((l) => l.correct).length / top.length;
}

/** All figures of a bank, and every question's cues. */
export function bankCueFigures(questions: readonly CueQuestion[]): BankCueFigures {
	const single = questions.filter((q) => q.type === 'single');
	const keys = questions.flatMap((q) => q.options.filter((o) => o.correct));
	const distractors = questions.flatMap((q) => q.options.filter((o) => !o.correct));
	const keyLengths = keys.map((o) => textLength(o.text));
	const distractorLengths = distractors.map((o) => textLength(o.text));
	const keyLongest = single.reduce((n, q) => n + keyLongestProbability(q), 0);
	const cues = questions.flatMap(questionCues);
	const ids = (kind: CueKind) => cues.filter((c) => c.kind === kind).map((c) => c.questionId ?? '');
	const share = (opts: readonly CueOption[]) =>
		opts.length === 0
			? null
			: opts.filter((o) => absoluteWords(o.text).length > 0).length / opts.length;
	const meanKey = keyLengths.length > 0 ? mean(keyLengths) : null;
	const meanDistractor = distractorLengths.length > 0 ? mean(distractorLengths) : null;
	return {
		questions: questions.length,
		single: single.length,
		multiple: questions.length - single.length,
		keyLongest,
		keyLongestShare: single.length > 0 ? keyLongest / single.length : null,
		chanceShare: single.length > 0 ? mean(single.map((q) => 1 / q.options.length)) : null,
		meanKeyLength: meanKey,
		meanDistractorLength: meanDistractor,
		lengthRatio: meanKey !== null && meanDistractor ? meanKey / meanDistractor : null,
		absoluteInKeys: share(keys),
		absoluteInDistractors: share(distractors),
		longKey: ids('long-key'),
		absoluteOnlyInDistractors: ids('absolute-words'),
		claimFraming: ids('claim-framing'),
		quotesNotes: ids('quotes-notes'),
		chooseN: ids('choose-n'),
		reusedIdeas: reusedIdeas(questions),
	};
}

/** Lists ids, the first few then a count. */
function idList(ids: readonly string[], max = 6): string {
	return ids.length <= max
		? ids.join(', ')
		: `${ids.slice(0, max).join(', ')} ほか ${ids.length - max} 問`;
}

/** One failed bank-level threshold: the figure and what to do. */
export interface ThresholdFailure {
	kind: 'bank-key-longest' | 'bank-length-ratio' | 'bank-quotes-notes';
	what: string;
	fix: string;
}

/** The bank-level thresholds this bank exceeds (`validate --strict` makes them errors). */
export function thresholdFailures(f: BankCueFigures): ThresholdFailure[] {
	const out: ThresholdFailure[] = [];
	if (f.keyLongestShare !== null && f.keyLongestShare > CUE_THRESHOLDS.keyLongestShare)
		out.push({
			kind: 'bank-key-longest',
			what: `1つ選択の問題で正解が最長の選択肢である割合が ${pct(f.keyLongestShare)}（${f.single} 問中 ${fixed2(f.keyLongest).replace(/\.00$/, '')} 問。同じ長さは等分。偶然なら約 ${pct(f.chanceShare ?? 0)}、基準 ${pct(CUE_THRESHOLDS.keyLongestShare)} 以下）`,
			fix: '「正解が誤答より長い」の警告が出た問題から、正解を短くするか誤答を具体的にしてください。最長の選択肢を選ぶだけで何点取れるかは node scripts/bench/test-wise.ts で確かめられます',
		});
	if (f.lengthRatio !== null && f.lengthRatio > CUE_THRESHOLDS.lengthRatio)
		out.push({
			kind: 'bank-length-ratio',
			what: `正解の平均の長さが誤答の平均の ${fixed2(f.lengthRatio)} 倍（正解 ${Math.round(f.meanKeyLength ?? 0)} 字、誤答 ${Math.round(f.meanDistractorLength ?? 0)} 字。基準 ${CUE_THRESHOLDS.lengthRatio} 倍以下）`,
			fix: '正解に書いた理由づけを explanation に移し、誤答にも正解と同じ程度の具体性を持たせてください',
		});
	if (f.quotesNotes.length > CUE_THRESHOLDS.quotesNotes)
		out.push({
			kind: 'bank-quotes-notes',
			what: `学習ノートや資料を引用した問題文が ${f.quotesNotes.length} 問（${idList(f.quotesNotes)}。基準 ${CUE_THRESHOLDS.quotesNotes} 問）`,
			fix: '各問題の「学習ノートや資料の記述を引用している」の警告に従って、状況を書く形に直してください',
		});
	return out;
}

/** Bank-level cues (warnings): the failed thresholds, absolute words and reused ideas. */
export function bankCues(f: BankCueFigures): Cue[] {
	const out: Cue[] = thresholdFailures(f).map((t) => ({ ...t }));
	const inKeys = f.absoluteInKeys ?? 0;
	const inDistractors = f.absoluteInDistractors ?? 0;
	if (inDistractors > 2 * inKeys && f.absoluteOnlyInDistractors.length >= 3)
		out.push({
			kind: 'bank-absolute-words',
			what: `断定語（必ず・常に・すべて・のみ…）のある選択肢が、誤答では ${pct(inDistractors)}、正解では ${pct(inKeys)}（誤答にだけある問題: ${idList(f.absoluteOnlyInDistractors)}）`,
			fix: '断定語は正解と誤答に同じくらいの割合で使ってください。誤答は内容で誤りにします',
		});
	if (f.reusedIdeas.length > 0)
		out.push({
			kind: 'bank-reused-ideas',
			what: `同じ考え方の誤答が繰り返し使われている: ${f.reusedIdeas.map((r) => `「${r.idea}」${r.questions.length} 問（正解では ${r.inKeys} 問）`).join('、')}`,
			fix: '何度も誤答に出る考え方は「これは正解にならない」と覚えられてしまいます。各問題の場面に固有の誤解（取り違えやすい設定・サービス・数値）に置き換えてください',
		});
	return out;
}

/** One warning line: `file › question id › what › how to fix` (bank-level: `(問題集全体)`). */
export function formatCue(file: string, cue: Cue): string {
	return [file, cue.questionId ?? '(問題集全体)', cue.what, cue.fix].join(' › ');
}
