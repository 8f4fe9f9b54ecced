import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Fuse from 'fuse.js/basic';
import { loadContent } from '../../../scripts/content-files.ts';
import { normalizeForSearch } from './normalize.ts';
import { BENCH_QUERIES, generateRecords } from '../../../scripts/bench-glossary.ts';
import {
	approximateMatch,
	buildIndexData,
	createSearcher,
	editDistance,
	FUSE_OPTIONS,
	maxErrors,
	SEARCH_THRESHOLD,
	SUGGEST_THRESHOLD,
	substringDistance,
	occurrences,
	spansWords,
	highlightRanges,
	splitByRanges,
	toGlossaryRecord,
	type GlossaryIndexData,
	type GlossaryRecord,
	type Range,
} from './search.ts';

const content = loadContent();
const records = content.terms.map((t) => toGlossaryRecord(t.id, t.data));
// Through JSON, as the browser gets it from /glossary/index.json.
const data = JSON.parse(JSON.stringify(buildIndexData(records))) as GlossaryIndexData;
const searcher = createSearcher(data);
const topIds = (q: string, n = 3) => searcher.search(q, n).hits.map((h) => h.record.id);
/** "[marked]" rendering, to read expectations at a glance. */
const show = (text: string, ranges: readonly Range[]) =>
	splitByRanges(text, ranges)
		.map((p) => (p.mark ? `[${p.text}]` : p.text))
		.join('');

describe('search over the real glossary: the expected term is in the top 3', () => {
	it('reads every glossary file', () => {
		expect(content.problems.filter((p) => p.file.startsWith('content/glossary'))).toEqual([]);
		expect(records.length).toBeGreaterThanOrEqual(100);
	});

	// [query, expected id, what it exercises]
	const TABLE: [string, string, string][] = [
		// typos
		['fargte', 'fargate', 'typo: missing letter'],
		['fagrate', 'fargate', 'typo: swapped letters'],
		['kubernets', 'kubernetes', 'typo'],
		['kubenetis', 'kubernetes', 'typo: two edits'],
		['sidcar', 'sidecar', 'typo'],
		['sidekar', 'sidecar', 'typo'],
		['clustr', 'cluster', 'typo'],
		['secuirty group', 'security-group', 'typo in a two-word name'],
		['cloudwach logs', 'cloudwatch-logs', 'typo'],
		['tsk definition', 'task-definition', 'typo'],
		['servce connect', 'service-connect', 'typo'],
		['terrafrom', 'terraform', 'typo: swapped letters'],
		['fargate spto', 'fargate-spot', 'typo'],
		// reading in kana for a kanji name
		['たすくていぎ', 'task-definition', 'kana for kanji'],
		['たすくじっこうろーる', 'task-execution-role', 'kana for kanji'],
		['せきにんきょうゆうもでる', 'shared-responsibility-model', 'kana for kanji'],
		['さいしょうけんげん', 'least-privilege', 'kana for kanji'],
		['きどうたいぷ', 'launch-type', 'kana for kanji'],
		['ていしりゆう', 'stopped-reason', 'kana for kanji'],
		['ひっすこんてな', 'essential-container', 'kana for kanji'],
		['タスクていぎ', 'task-definition', 'mixed katakana and hiragana'],
		// hiragana for katakana
		['さいどかー', 'sidecar', 'hiragana for katakana'],
		['ふぁーげーと', 'fargate', 'hiragana for katakana'],
		['せきゅりてぃぐるーぷ', 'security-group', 'hiragana for katakana'],
		['えふぇめらるすとれーじ', 'ephemeral-storage', 'hiragana for katakana'],
		['さーびすこねくと', 'service-connect', 'hiragana for katakana'],
		// long-vowel mark missing or extra
		['くらすた', 'cluster', 'no long vowel, hiragana'],
		['クラスタ', 'cluster', 'no long vowel'],
		['クラスター', 'cluster', 'with long vowel'],
		['ロードバランサ', 'alb', 'no final long vowel'],
		['ロードバランサー', 'alb', 'with long vowel'],
		['サイドカ', 'sidecar', 'no long vowel'],
		['コンテナー', 'container', 'extra long vowel'],
		['キャパシティプロバイダ', 'capacity-provider', 'no long vowels'],
		['サーバレス', 'serverless', 'one long vowel missing'],
		['インターフェースエンドポイント', 'interface-endpoint', 'ー for イ'],
		// full width / half width / case
		['ＥＣＳ', 'amazon-ecs', 'full-width letters'],
		['ecs', 'amazon-ecs', 'lower case'],
		['Ecs', 'amazon-ecs', 'mixed case'],
		['ＦＡＲＧＡＴＥ', 'fargate', 'full-width capitals'],
		['ｸﾗｽﾀｰ', 'cluster', 'half-width katakana'],
		['ﾀｽｸ定義', 'task-definition', 'half-width katakana + kanji'],
		// abbreviations
		['SG', 'security-group', 'abbreviation'],
		['ENI', 'eni', 'abbreviation'],
		['ALB', 'alb', 'abbreviation'],
		['NLB', 'nlb', 'abbreviation'],
		['ASG', 'auto-scaling-group', 'abbreviation'],
		['AZ', 'availability-zone', 'abbreviation'],
		['IGW', 'internet-gateway', 'abbreviation'],
		['TMDE', 'task-metadata-endpoint', 'abbreviation'],
		['OOM', 'out-of-memory-error', 'abbreviation'],
		['k8s', 'kubernetes', 'numeronym'],
		['CFn', 'aws-cloudformation', 'abbreviation'],
		['CI/CD', 'ci-cd', 'abbreviation with a slash'],
		// English for a Japanese name, Japanese for an English one
		['task definition', 'task-definition', 'English for タスク定義'],
		['security group', 'security-group', 'English for セキュリティグループ'],
		['desired count', 'desired-count', 'English for 必要なタスク数'],
		['least privilege', 'least-privilege', 'English for 最小権限'],
		['circuit breaker', 'deployment-circuit-breaker', 'English, partial'],
		['nat gateway', 'nat-gateway', 'English, lower case'],
		['コンテナイメージ', 'container-image', 'Japanese for Container image'],
		['シークレットマネージャー', 'secrets-manager', 'Japanese for Secrets Manager'],
		['クーベルネテス', 'kubernetes', 'Japanese for Kubernetes'],
		['ファイアレンズ', 'firelens', 'Japanese for FireLens'],
		['ラムダ', 'aws-lambda', 'Japanese for Lambda'],
		// API and configuration names
		['taskRoleArn', 'task-role', 'API name'],
		['executionRoleArn', 'task-execution-role', 'API name'],
		['networkMode', 'awsvpc-network-mode', 'API name'],
		['desiredCount', 'desired-count', 'API name'],
		['minimumHealthyPercent', 'deployment-percent', 'API name'],
		['stopTimeout', 'sigterm-stop-timeout', 'API name'],
		['assignPublicIp', 'public-ip', 'API name'],
		['readonlyRootFilesystem', 'readonly-root-filesystem', 'API name'],
		['healthCheckGracePeriodSeconds', 'health-check', 'API name'],
		['CannotPullContainerError', 'cannot-pull-container-error', 'error name'],
		['ECS_CONTAINER_METADATA_URI_V4', 'task-metadata-endpoint', 'environment variable'],
		['FARGATE_SPOT', 'fargate-spot', 'capacity provider name'],
	];

	it('has at least 40 queries', () => expect(TABLE.length).toBeGreaterThanOrEqual(40));

	it.each(TABLE)('%j → %s (%s)', (query, id) => {
		expect(
			records.some((r) => r.id === id),
			`no term ${id}`,
		).toBe(true);
		expect(topIds(query)).toContain(id);
	});

	it.each([
		['ecs', 'amazon-ecs'],
		['くらすた', 'cluster'],
		['SG', 'security-group'],
		['fargte', 'fargate'],
		['taskRoleArn', 'task-role'],
	])('ranks %j → %s first', (query, id) => {
		expect(topIds(query, 1)).toEqual([id]);
	});
});

describe('one-character queries', () => {
	it('list only the terms whose name starts with the character', () => {
		const searcher = createSearcher(data);
		const { hits } = searcher.search('ふ', 200);
		expect(hits.length).toBeGreaterThan(0);
		for (const hit of hits) {
			const names = [hit.record.ja, hit.record.en, hit.record.reading, ...hit.record.aliases].map(
				normalizeForSearch,
			);
			expect(
				names.some((n) => n.startsWith('ふ')),
				hit.record.id,
			).toBe(true);
		}
	});
});

describe('the fast path gives what Fuse over every term gives', () => {
	const exhaustive = createSearcher(data, { exhaustive: true });
	// Every prefix of every name, alias and reading: the strings people actually type.
	const typed = [
		...new Set(
			records.flatMap((r) => [r.ja, r.en, r.reading, ...r.aliases]).map(normalizeForSearch),
		),
	]
		.filter((k, i) => k.length > 0 && i % 12 === 0)
		.flatMap((k) => [k.slice(0, 1), k.slice(0, 2), k.slice(0, 5), k.slice(0, 9), k]);
	const letters = [...new Set(typed.join(''))];

	it('for typed prefixes: same hits, order, marks and count, and the same suggestions', () => {
		for (const q of typed) {
			expect(searcher.search(q, 30), q).toEqual(exhaustive.search(q, 30));
			expect(searcher.suggest(q), q).toEqual(exhaustive.suggest(q));
		}
	}, 60_000);

	it('for typos, spaces, categories and page sizes', () => {
		const queries = [
			'fargte',
			'secuirty group',
			'task def',
			'くらすた',
			'ＥＣＳ',
			'サイドカ',
			'ろどばらんさ',
			'kubernets',
			'SG',
			'CI/CD',
			'a'.repeat(40),
		];
		for (const q of queries) {
			for (const limit of [1, 3, 30, 500])
				expect(searcher.search(q, limit), `${q} ${limit}`).toEqual(exhaustive.search(q, limit));
			for (const category of ['networking', 'ecs-core', 'security'] as const) {
				expect(searcher.search(q, 10, category), `${q} ${category}`).toEqual(
					exhaustive.search(q, 10, category),
				);
			}
		}
	}, 60_000);

	it('for random queries', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 14 }),
				fc.constantFrom(1, 5, 30),
				(chars, limit) => {
					const q = chars.join('');
					expect(searcher.search(q, limit)).toEqual(exhaustive.search(q, limit));
					expect(searcher.suggest(q)).toEqual(exhaustive.suggest(q));
				},
			),
			{ numRuns: 150 },
		);
	}, 60_000);

	it('at 2,000 generated terms, where many terms tie', () => {
		const large = JSON.parse(
			JSON.stringify(buildIndexData(generateRecords(records, 2000))),
		) as GlossaryIndexData;
		const fast = createSearcher(large);
		const slow = createSearcher(large, { exhaustive: true });
		for (const query of BENCH_QUERIES) {
			const chars = [...query];
			for (let i = 1; i <= chars.length; i++) {
				const q = chars.slice(0, i).join('');
				expect(fast.search(q, 30), q).toEqual(slow.search(q, 30));
			}
		}
		expect(fast.suggest('fergit')).toEqual(slow.suggest('fergit'));
	}, 120_000);
});

describe('substringDistance (Myers)', () => {
	// A small alphabet makes near-matches, the interesting case, common.
	const text = fc
		.array(fc.constantFrom('a', 'b', 'c', 'く', 'ら'), { maxLength: 40 })
		.map((c) => c.join(''));
	const pattern = fc
		.array(fc.constantFrom('a', 'b', 'c', 'く', 'ら'), { minLength: 1, maxLength: 32 })
		.map((c) => c.join(''));

	it('equals the smallest edit distance to a substring (approximateMatch)', () => {
		fc.assert(
			fc.property(pattern, text, (p, t) => {
				expect(substringDistance(p, t)).toBe(
					approximateMatch(p, t, p.length)?.distance ?? p.length,
				); // undefined: empty text
			}),
			{ numRuns: 2000 },
		);
	});

	it('keeps exactly the texts Fuse keeps, at the search and the suggestion thresholds', () => {
		fc.assert(
			fc.property(
				pattern,
				text,
				fc.constantFrom(SEARCH_THRESHOLD, SUGGEST_THRESHOLD),
				(p, t, threshold) => {
					// The options Bitap reads, over one plain string.
					const fuse = new Fuse([t], {
						ignoreLocation: FUSE_OPTIONS.ignoreLocation!,
						isCaseSensitive: FUSE_OPTIONS.isCaseSensitive!,
						includeMatches: FUSE_OPTIONS.includeMatches!,
						threshold,
					});
					expect(substringDistance(p, t) <= maxErrors(p.length, threshold)).toBe(
						t.length > 0 && fuse.search(p).length === 1,
					);
				},
			),
			{ numRuns: 2000 },
		);
	});

	it('handles the full 32-unit pattern and units outside the pattern', () => {
		const p = 'abcdefghijklmnopqrstuvwxyz012345';
		expect(substringDistance(p, `xx${p}yy`)).toBe(0);
		expect(substringDistance(p, p.replace('k', 'K'))).toBe(1);
		expect(substringDistance('くらすた', 'くらすたあ')).toBe(0);
		expect(substringDistance('abc', '')).toBe(3);
		expect(() => substringDistance('', 'abc')).toThrow(RangeError);
		expect(() => substringDistance('a'.repeat(33), 'abc')).toThrow(RangeError);
	});
});

describe('createSearcher', () => {
	const tiny: GlossaryRecord[] = [
		{
			id: 'cluster',
			en: 'Cluster',
			ja: 'クラスター',
			reading: 'くらすたー',
			aliases: ['クラスタ'],
			definition: 'タスクをまとめる論理的なグループです。',
			category: 'ecs-core',
		},
		{
			id: 'sg',
			en: 'Security group',
			ja: 'セキュリティグループ',
			reading: 'せきゅりてぃぐるーぷ',
			aliases: ['SG'],
			definition: '仮想ファイアウォールです。',
			category: 'networking',
		},
		{
			id: 'task',
			en: 'Task',
			ja: 'タスク',
			reading: 'たすく',
			aliases: [],
			definition: 'クラスターで動く実行単位です。',
			category: 'ecs-core',
		},
	];
	const s = createSearcher(JSON.parse(JSON.stringify(buildIndexData(tiny))) as GlossaryIndexData);

	it('finds nothing for an empty or blank query', () => {
		expect(s.search('')).toEqual({ total: 0, hits: [] });
		expect(s.search(' ー・ ')).toEqual({ total: 0, hits: [] });
	});

	it('ranks a name match above a definition match', () => {
		expect(s.search('クラスタ').hits.map((h) => h.record.id)).toEqual(['cluster', 'task']);
	});

	it('caps hits at the limit but counts them all', () => {
		const r = s.search('クラスタ', 1);
		expect(r.total).toBe(2);
		expect(r.hits.map((h) => h.record.id)).toEqual(['cluster']);
	});

	it('filters by category', () => {
		expect(s.search('クラスタ', 10, 'networking').total).toBe(0);
		expect(s.search('SG', 10, 'networking').hits.map((h) => h.record.id)).toEqual(['sg']);
	});

	it('marks the original strings, and says which alias matched when no name shows it', () => {
		const [cluster, task] = s.search('くらすた').hits;
		expect(show(cluster!.record.ja, cluster!.marks.ja)).toBe('[クラスター]');
		expect(cluster!.via).toBeUndefined();
		expect(show(task!.record.definition, task!.marks.definition)).toBe(
			'[クラスター]で動く実行単位です。',
		);
		const [sg] = s.search('ｓｇ').hits;
		expect(sg!.via && show(sg!.via.text, sg!.via.marks)).toBe('[SG]');
		expect(sg!.marks.ja).toEqual([]);
	});

	it('marks a typo match on the closest part of the name', () => {
		const [hit] = s.search('securty group').hits;
		expect(show(hit!.record.en, hit!.marks.en)).toBe('[Security group]');
	});

	it('ranks a match straddling two words below real matches, and only marks it in names', () => {
		const s2 = createSearcher(
			JSON.parse(
				JSON.stringify(
					buildIndexData([
						{
							id: 'graviton',
							en: 'AWS Graviton',
							ja: 'AWS Graviton',
							reading: '',
							aliases: [],
							definition: 'AWS Graviton プロセッサです。',
							category: 'compute',
						},
						{
							id: 'sg',
							en: 'Security group',
							ja: 'セキュリティグループ',
							reading: '',
							aliases: ['SG'],
							definition: 'AWS Graviton とは無関係です。',
							category: 'networking',
						},
					]),
				),
			) as GlossaryIndexData,
		);
		const hits = s2.search('SG').hits;
		expect(hits.map((h) => h.record.id)).toEqual(['sg', 'graviton']);
		expect(show(hits[1]!.record.en, hits[1]!.marks.en)).toBe('AW[S G]raviton');
		expect(hits[0]!.marks.definition).toEqual([]);
		// A query with a space may span words.
		expect(
			show(
				hits[1]!.record.en,
				s2.search('s g').hits.find((h) => h.record.id === 'graviton')!.marks.en,
			),
		).toBe('AW[S G]raviton');
	});

	it('is deterministic', () => {
		expect(s.search('くらすた')).toEqual(s.search('くらすた'));
	});

	it('suggests close names for a query that finds nothing', () => {
		const real = createSearcher(data);
		expect(real.search('fergit').total).toBe(0);
		expect(real.suggest('fergit').map((r) => r.id)).toEqual(['fargate']);
		expect(real.search('clastr').total).toBe(0);
		expect(real.suggest('clastr').map((r) => r.id)).toEqual(['cluster']);
		// Nothing close: no suggestion rather than noise.
		expect(real.search('xyzzy').total).toBe(0);
		expect(real.suggest('xyzzy')).toEqual([]);
		expect(real.suggest('')).toEqual([]);
	});
});

describe('highlightRanges', () => {
	it.each([
		['Amazon ECS', 'ecs', '[Amazon ECS]'.replace('[Amazon ', 'Amazon [')],
		['ＥＣＳ と ECS', 'ecs', '[ＥＣＳ] と [ECS]'],
		['クラスター', 'くらすた', '[クラスター]'],
		['ｸﾗｽﾀｰ', 'くらすた', '[ｸﾗｽﾀｰ]'],
		['Task definition', 'taskdef', '[Task def]inition'],
		['CI/CD', 'cicd', '[CI/CD]'],
		['タスク定義', 'たすく', '[タスク]定義'],
		['AWS Fargate', 'fargte', 'AWS Fargate'],
		['', 'ecs', ''],
		['ECS', '', 'ECS'],
	])('%j / %j → %j (exact only)', (text, q, expected) => {
		expect(show(text, highlightRanges(text, q))).toBe(expected);
	});

	it.each([
		['AWS Fargate', 'fargte', 'AWS [Fargate]'],
		['Kubernetes', 'kubernets', '[Kubernetes]'],
		['Sidecar', 'sdi', 'Sidecar'], // too short to mark a guess
		['Security group', 'xxxxxxxx', 'Security group'],
	])('%j / %j → %j (fuzzy)', (text, q, expected) => {
		expect(show(text, highlightRanges(text, q, true))).toBe(expected);
	});
});

describe('occurrences and spansWords', () => {
	it.each([
		['AWS Graviton', 'sg', false, []],
		['AWS Graviton', 'sg', true, [2]],
		['ロードバランサー', 'ろどばらんさ', false, [0]],
		['Security group (SG) と SG', 'sg', false, [13, 16]],
		['bridge・host', 'eh', false, []],
	])('%j / %j (across words: %s) → %j', (text, q, across, expected) => {
		expect(occurrences(text, q, across).at).toEqual(expected);
	});

	it.each([
		['SG', false],
		['task def', true],
		['CI/CD', true],
		['  ecs  ', false],
		['たすく・ていぎ', true],
	])('spansWords(%j) = %s', (q, expected) => {
		expect(spansWords(q)).toBe(expected);
	});
});

describe('approximateMatch', () => {
	it.each([
		['fargte', 'awsfargate', 1, { start: 3, end: 10, distance: 1 }],
		['abc', 'xxabcxx', 0, { start: 2, end: 5, distance: 0 }],
		['abc', 'xxxx', 1, undefined],
		['', 'abc', 1, undefined],
	])('%j in %j (≤ %i errors)', (p, t, k, expected) => {
		expect(approximateMatch(p, t, k)).toEqual(expected);
	});
});

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['abc', '', 3],
		['kitten', 'sitting', 3],
		['fergit', 'fargate', 3],
		['くらすた', 'くらすた', 0],
	])('%j ↔ %j = %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
		expect(editDistance(b, a)).toBe(d);
	});
});

describe('splitByRanges', () => {
	it('splits into plain and marked parts', () => {
		expect(
			splitByRanges('abcdef', [
				[1, 2],
				[4, 6],
			]),
		).toEqual([
			{ text: 'a', mark: false },
			{ text: 'b', mark: true },
			{ text: 'cd', mark: false },
			{ text: 'ef', mark: true },
		]);
		expect(splitByRanges('abc', [])).toEqual([{ text: 'abc', mark: false }]);
	});
});
