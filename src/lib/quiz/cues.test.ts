import { describe, expect, it } from 'vitest';
import {
	absoluteWords,
	bankCueFigures,
	bankCues,
	formatCue,
	ideaTokens,
	plainText,
	questionCues,
	reusedIdeas,
	specificity,
	statedChoose,
	textLength,
	thresholdFailures,
	type CueQuestion,
} from './cues.ts';

/** A single-answer question with options of the given texts; the first is the key. */
function single(
	id: string,
	texts: string[],
	stem = 'ある企業の要件を満たす最も適切な方法はどれですか。',
): CueQuestion {
	return {
		id,
		type: 'single',
		stem,
		options: texts.map((text, i) => ({ id: 'abcdefgh'[i] ?? `${i}`, text, correct: i === 0 })),
	};
}

/** A choose-N question: the first `n` options are keys. */
function multiple(id: string, texts: string[], n: number, stem: string): CueQuestion {
	return {
		id,
		type: 'multiple',
		choose: n,
		stem,
		options: texts.map((text, i) => ({ id: 'abcdefgh'[i] ?? `${i}`, text, correct: i < n })),
	};
}

const kinds = (q: CueQuestion) => questionCues(q).map((c) => c.kind);

describe('textLength', () => {
	it.each([
		['タスクロールを使う', 9],
		['`taskRoleArn` を指定する', 16], // code keeps its text, backticks and spaces do not count
		['**太字**と[リンク](https://example.com)', 6],
		['ＡＢＣ　１２３', 6], // NFKC: full-width ASCII and the ideographic space
		['<b>x</b>', 1],
		['', 0],
	])('%s → %d', (text, n) => {
		expect(textLength(text)).toBe(n);
	});
	it('plainText keeps code text and collapses spaces', () => {
		expect(plainText('A  `b`\n*c*')).toBe('A b c');
	});
});

describe('absoluteWords', () => {
	it.each([
		['タスクは常に同じ AZ で動く', ['常に']],
		['すべてのタスクと全てのサービス', ['すべて']],
		['必ずしも必要ではない', []], // hedged, not absolute
		['必ず再起動される', ['必ず']],
		['EC2 起動タイプしか使えない', ['…しか…ない']],
		['しかし Fargate では動く', []],
		['必要な権限だけを付与する', []], // だけ is left out on purpose
		['`readonlyRootFilesystem` を有効にする', []], // code is not wording
		['It always restarts', ['always']],
		['Networking only テンプレート', ['only']],
	])('%s → %j', (text, words) => {
		expect(absoluteWords(text)).toEqual(words);
	});
});

describe('specificity', () => {
	it.each([
		['設定を見直す', 0],
		['`cpu` を 1024 にする', 2], // a code span, a number
		['CloudWatch Logs に 30 日保存する', 3], // two names, a number
		['ECS Exec と `enableExecuteCommand`', 3],
	])('%s → %d', (text, n) => {
		expect(specificity(text)).toBe(n);
	});
});

describe('statedChoose', () => {
	it.each([
		['正しいものはどれですか。（2つ選択）', 2],
		['正しいものを 3 つ選んでください。', 3],
		['正しいものを三つ選択してください', 3],
		['（２つ選択）', 2], // full width
		['Which two? (Choose two.)', 2],
		['最も適切なものはどれですか。', undefined],
		['`2つ選択` はコードの中', undefined],
	])('%s → %s', (stem, n) => {
		expect(statedChoose(stem)).toBe(n);
	});
});

describe('questionCues', () => {
	it.each([
		[
			'balanced options',
			single('q', [
				'タスクロールを指定する',
				'タスク実行ロールを使う',
				'アクセスキーを渡す',
				'ロールを二つ付ける',
			]),
			[],
		],
		// 30 vs 10: ratio 3 and longest by 200 %
		[
			'a long key',
			single('q', ['あ'.repeat(30), 'い'.repeat(10), 'う'.repeat(10), 'え'.repeat(10)]),
			['long-key'],
		],
		// 12 vs mean 10 (ratio 1.2, not above) and longest by 9 %: no cue
		[
			'a key at the limits',
			single('q', ['あ'.repeat(12), 'い'.repeat(11), 'う'.repeat(10), 'え'.repeat(9)]),
			[],
		],
		// ratio 11/9 = 1.22 > 1.2
		[
			'a key above the ratio',
			single('q', ['あ'.repeat(11), 'い'.repeat(11), 'う'.repeat(8), 'え'.repeat(8)]),
			['long-key'],
		],
		// 12 vs 10, 10, 10: the ratio is at the limit (1.2) but the key is longest by 20 %
		[
			'a key longest by a margin',
			single('q', ['あ'.repeat(12), 'い'.repeat(10), 'う'.repeat(10), 'え'.repeat(10)]),
			['long-key'],
		],
		[
			'absolute words only in distractors',
			single('q', [
				'タスクロールを指定する',
				'常にタスク実行ロールを使う',
				'アクセスキーを渡す',
				'ロールを二つ付ける',
			]),
			['absolute-words'],
		],
		[
			'absolute words in a key too',
			single('q', [
				'すべてのロールを使う',
				'常にタスク実行ロールを使う',
				'アクセスキーを渡す',
				'ロールを二つ付ける',
			]),
			[],
		],
		[
			'a claim to refute',
			single(
				'q',
				[
					'タスクロールを指定する',
					'タスク実行ロールを使う',
					'アクセスキーを渡す',
					'ロールを二つ付ける',
				],
				'同僚は「Fargate では IAM ロールを使えない」と主張しています。最も適切な対応はどれですか。',
			),
			['claim-framing'],
		],
		[
			'a question about a claim',
			single(
				'q',
				[
					'タスクロールを指定する',
					'タスク実行ロールを使う',
					'アクセスキーを渡す',
					'ロールを二つ付ける',
				],
				'担当者の説明によると ECS Exec には SSH が必要です。この説明は正しいですか。',
			),
			['claim-framing'],
		],
		[
			'a wish is a scenario',
			single(
				'q',
				[
					'タスクロールを指定する',
					'タスク実行ロールを使う',
					'アクセスキーを渡す',
					'ロールを二つ付ける',
				],
				'チームはコストを下げたいと考えています。運用チームはサーバーを管理したくないと言っています。最も適切な方法はどれですか。',
			),
			[],
		],
		[
			'study notes quoted',
			single(
				'q',
				[
					'タスクロールを指定する',
					'タスク実行ロールを使う',
					'アクセスキーを渡す',
					'ロールを二つ付ける',
				],
				'チームの学習ノートには「Fargate は Docker イメージだけを実行する」と書かれています。最も適切な方法はどれですか。',
			),
			['quotes-notes'],
		],
		[
			'a document quoted',
			single(
				'q',
				[
					'タスクロールを指定する',
					'タスク実行ロールを使う',
					'アクセスキーを渡す',
					'ロールを二つ付ける',
				],
				'社内の手順書には「Pod 定義で起動タイプを選ぶ」と書かれています。最も適切な方法はどれですか。',
			),
			['quotes-notes'],
		],
		[
			'a requirement quoted is a scenario',
			single(
				'q',
				[
					'タスクロールを指定する',
					'タスク実行ロールを使う',
					'アクセスキーを渡す',
					'ロールを二つ付ける',
				],
				'セキュリティ規定には「長期の認証情報を使わないこと」と書かれています。最も適切な方法はどれですか。',
			),
			[],
		],
		[
			'memory is not a memo',
			single(
				'q',
				[
					'タスクロールを指定する',
					'タスク実行ロールを使う',
					'アクセスキーを渡す',
					'ロールを二つ付ける',
				],
				'メモリには 2 GB を割り当てています。最も適切な方法はどれですか。',
			),
			[],
		],
		[
			'choose N stated',
			multiple(
				'q',
				['あ'.repeat(10), 'い'.repeat(10), 'う'.repeat(10), 'え'.repeat(10), 'お'.repeat(10)],
				2,
				'正しいものはどれですか。（2つ選択）',
			),
			[],
		],
		[
			'choose N missing',
			multiple(
				'q',
				['あ'.repeat(10), 'い'.repeat(10), 'う'.repeat(10), 'え'.repeat(10), 'お'.repeat(10)],
				2,
				'正しいものはどれですか。',
			),
			['choose-n'],
		],
		[
			'choose N wrong',
			multiple(
				'q',
				['あ'.repeat(10), 'い'.repeat(10), 'う'.repeat(10), 'え'.repeat(10), 'お'.repeat(10)],
				2,
				'正しいものはどれですか。（3つ選択）',
			),
			['choose-n'],
		],
		[
			'keys are the N longest',
			multiple(
				'q',
				['あ'.repeat(11), 'い'.repeat(11), 'う'.repeat(10), 'え'.repeat(10), 'お'.repeat(10)],
				2,
				'正しいものはどれですか。（2つ選択）',
			),
			['long-key'],
		],
	] as const)('%s', (_, q, expected) => {
		expect(kinds(q)).toEqual(expected);
	});

	it('says what and how to fix, located by question id', () => {
		const q = single(
			'net-001',
			['あ'.repeat(30), '常に' + 'い'.repeat(8), 'う'.repeat(10), 'え'.repeat(10)],
			'同僚は「…」と主張しています。学習ノートには「…」と書かれています。最も適切なものはどれですか。',
		);
		expect(questionCues(q).map((c) => formatCue('quizzes/x.json', c))).toMatchInlineSnapshot(`
			[
			  "quizzes/x.json › net-001 › 正解が誤答より長い（正解 30 字、誤答の平均 10 字で 3.00 倍、最長の誤答より 200 % 長い） › 正解の理由づけ（「…なので」「…のため」）は explanation に移して正解を短くするか、誤答にも同じ具体性（設定名・数値・条件）を持たせて、選択肢の長さを ±20 % 以内にそろえてください",
			  "quizzes/x.json › net-001 › 断定語が誤答にだけある（b「常に」） › 断定語があるだけで誤りと分かる誤答は手がかりになります。誤りの理由を内容（別の設定・別のサービス・別の数値）にして断定語を外すか、正解にも同じ強さの言い方を使ってください",
			  "quizzes/x.json › net-001 › 問題文が誰かの主張の正誤を問う形になっている（同僚は「...」と主張しています。） › 主張を示して判定させる形は「その主張は誤り」という手がかりになります。会社・要件・制約を状況として書き、何をすべきか（どの設計・設定・対処か）を問う形にしてください",
			  "quizzes/x.json › net-001 › 問題文が学習ノートや資料の記述を引用している（学習ノートには「...」と書かれて…） › 実際の試験問題は資料を引用しません。引用をやめて状況（会社・要件・制約）を書いてください。誤解を問いたいときは、その誤解に基づく行動を誤答にします",
			]
		`);
	});
});

describe('bank figures', () => {
	const options = (key: number, ...distractors: number[]) =>
		[key, ...distractors].map((n, i) => 'あいうえ'.charAt(i).repeat(n));
	/** Key longest by 11 % (no per-question cue), ratio 1.11. */
	const long = (id: string) => single(id, options(20, 18, 18, 18));
	const short = (id: string) => single(id, options(18, 20, 18, 18));
	const tied = (id: string) => single(id, options(20, 20, 18, 18));
	const veryLong = (id: string) => single(id, options(30, 10, 10, 10));

	it('splits ties: a key tied with one distractor counts a half', () => {
		const f = bankCueFigures([long('a'), short('b'), tied('c'), short('d')]);
		expect(f.keyLongest).toBe(1.5);
		expect(f.keyLongestShare).toBe(0.375);
		expect(f.chanceShare).toBe(0.25);
		// keys (20 + 18 + 20 + 18) / 4 = 19; distractors (54 + 56 + 56 + 56) / 12 = 18.5
		expect(f.lengthRatio).toBeCloseTo(19 / 18.5, 10);
	});

	it('has no share without single-answer questions, and passes the thresholds then', () => {
		const f = bankCueFigures([
			multiple('m', ['ああ', 'いい', 'うう', 'ええ', 'おお'], 2, '（2つ選択）を選ぶ問題文です'),
		]);
		expect(f.keyLongestShare).toBeNull();
		expect(thresholdFailures(f)).toEqual([]);
	});

	it.each([
		[
			'3 long keys in 10 (30 %) pass',
			[...['a', 'b', 'c'].map(long), ...['d', 'e', 'f', 'g', 'h', 'i', 'j'].map(short)],
			[],
		],
		[
			'4 long keys in 10 (40 %) fail the share',
			[...['a', 'b', 'c', 'd'].map(long), ...['e', 'f', 'g', 'h', 'i', 'j'].map(short)],
			['bank-key-longest'],
		],
		[
			'very long keys fail the share and the ratio',
			['a', 'b'].map(veryLong),
			['bank-key-longest', 'bank-length-ratio'],
		],
	] as const)('%s', (_, questions, expected) => {
		expect(thresholdFailures(bankCueFigures(questions)).map((t) => t.kind)).toEqual(expected);
	});

	it('fails on a single stem quoting notes', () => {
		const q = { ...short('a'), stem: '学習メモによると、最も適切な方法はどれですか。' };
		expect(
			thresholdFailures(bankCueFigures([q, short('b'), short('c')])).map((t) => t.kind),
		).toEqual(['bank-quotes-notes']);
	});

	it('prints the bank-level cues with figures', () => {
		const questions = ['a', 'b', 'c', 'd'].map((id) =>
			single(
				id,
				['あ'.repeat(30), '常に `DAEMON` 戦略を使う', 'い'.repeat(10), 'う'.repeat(10)],
				id === 'a' ? '学習ノートには「…」と書かれています。どれですか。' : 'どれが最も適切ですか。',
			),
		);
		expect(bankCues(bankCueFigures(questions)).map((c) => formatCue('quizzes/x.json', c)))
			.toMatchInlineSnapshot(`
			[
			  "quizzes/x.json › (問題集全体) › 1つ選択の問題で正解が最長の選択肢である割合が 100 %（4 問中 4 問。同じ長さは等分。偶然なら約 25 %、基準 35 % 以下） › 「正解が誤答より長い」の警告が出た問題から、正解を短くするか誤答を具体的にしてください。最長の選択肢を選ぶだけで何点取れるかは node scripts/bench/test-wise.ts で確かめられます",
			  "quizzes/x.json › (問題集全体) › 正解の平均の長さが誤答の平均の 2.73 倍（正解 30 字、誤答 11 字。基準 1.15 倍以下） › 正解に書いた理由づけを explanation に移し、誤答にも正解と同じ程度の具体性を持たせてください",
			  "quizzes/x.json › (問題集全体) › 学習ノートや資料を引用した問題文が 1 問（a。基準 0 問） › 各問題の「学習ノートや資料の記述を引用している」の警告に従って、状況を書く形に直してください",
			  "quizzes/x.json › (問題集全体) › 断定語（必ず・常に・すべて・のみ…）のある選択肢が、誤答では 33 %、正解では 0 %（誤答にだけある問題: a, b, c, d） › 断定語は正解と誤答に同じくらいの割合で使ってください。誤答は内容で誤りにします",
			  "quizzes/x.json › (問題集全体) › 同じ考え方の誤答が繰り返し使われている: 「daemon」4 問（正解では 0 問）、「戦略」4 問（正解では 0 問） › 何度も誤答に出る考え方は「これは正解にならない」と覚えられてしまいます。各問題の場面に固有の誤解（取り違えやすい設定・サービス・数値）に置き換えてください",
			]
		`);
	});
});

describe('reused distractor ideas', () => {
	it('tokens: identifiers, Latin words and kanji/katakana runs, without stop words', () => {
		expect([
			...ideaTokens('`DAEMON` 戦略でウォームプールを使う（Fargate の privileged: true）'),
		]).toEqual(['daemon', 'privileged', '戦略', 'ウォームプール']);
	});

	it('counts an idea once per question, not when the stem or a key names it, and drops ideas common in keys', () => {
		const q = (
			id: string,
			distractor: string,
			key = 'タスクロールを指定する',
			stem = 'どれが適切ですか。',
		) => single(id, [key, distractor, '別の案を選ぶ', 'さらに別の案'], stem);
		const questions = [
			q('1', '`DAEMON` 戦略にする'),
			q('2', '`DAEMON` 戦略で配置する'),
			q('3', '`DAEMON` を使う'),
			q('4', '`DAEMON` を使う', 'タスクロールを指定する', '`DAEMON` 戦略の説明として正しいものは'), // the topic
			q('5', 'ウォームプールを使う'),
			q('6', 'ウォームプールを維持する'),
			q('7', 'ウォームプールを作る', 'ウォームプールはない'), // in a key
			q('8', 'ウォームプールを作る'),
		];
		expect(reusedIdeas(questions).map((r) => [r.idea, r.questions, r.inKeys])).toEqual([
			['daemon', ['1', '2', '3'], 0],
			['ウォームプール', ['5', '6', '8'], 1],
		]);
	});
});
