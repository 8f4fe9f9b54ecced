import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../scripts/content-files.ts';
import { normalizeForSearch } from './normalize.ts';
import {
	buildIndexData,
	createSearcher,
	splitByRanges,
	toGlossaryRecord,
	type GlossaryIndexData,
	type GlossaryRecord,
	type Range,
	type SearchHit,
} from './search.ts';

const content = loadContent();
const records = content.terms.map((t) => toGlossaryRecord(t.id, t.data));
/** Index data through JSON, as the browser gets it from /glossary/index.json. */
const indexOf = (terms: readonly GlossaryRecord[]) =>
	JSON.parse(JSON.stringify(buildIndexData(terms))) as GlossaryIndexData;
const searcher = createSearcher(indexOf(records));
const topIds = (q: string, n = 3) => searcher.search(q, n).hits.map((h) => h.record.id);
/** "[marked]" rendering, to read expectations at a glance. */
const show = (text: string, ranges: readonly Range[]) =>
	splitByRanges(text, ranges)
		.map((p) => (p.mark ? `[${p.text}]` : p.text))
		.join('');
/** The hit for term `id`; fails the test when there is none. */
const hitFor = (hits: readonly SearchHit[], id: string): SearchHit => {
	const hit = hits.find((h) => h.record.id === id);
	if (!hit) throw new Error(`no hit for ${id} in ${hits.map((h) => h.record.id).join(', ')}`);
	return hit;
};

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

	it('has at least 40 queries', () => {
		expect(TABLE.length).toBeGreaterThanOrEqual(40);
	});

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
		const { hits, total } = searcher.search('ふ', 200);
		expect(hits.length).toBeGreaterThan(0);
		expect(total).toBe(hits.length);
		for (const hit of hits) {
			const names = [hit.record.ja, hit.record.en, hit.record.reading, ...hit.record.aliases].map(
				normalizeForSearch,
			);
			expect(
				names.some((n) => n.startsWith('ふ')),
				hit.record.id,
			).toBe(true);
		}
		// …and every such term is listed.
		const starting = records.filter((r) =>
			[r.ja, r.en, r.reading, ...r.aliases].some((n) => normalizeForSearch(n).startsWith('ふ')),
		);
		expect(total).toBe(starting.length);
	});

	it('do not search definitions', () => {
		expect(searcher.search('の', 200).hits.every((h) => h.tier < 5)).toBe(true);
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
	const s = createSearcher(indexOf(tiny));

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
		expect(s.search('クラスタ', 0)).toEqual({ total: 2, hits: [] });
	});

	it('filters by category', () => {
		expect(s.search('クラスタ', 10, 'networking').total).toBe(0);
		expect(s.search('SG', 10, 'networking').hits.map((h) => h.record.id)).toEqual(['sg']);
	});

	it('marks the original strings, and says which alias matched when no name shows it', () => {
		const { hits } = s.search('くらすた');
		const cluster = hitFor(hits, 'cluster');
		const task = hitFor(hits, 'task');
		expect(show(cluster.record.ja, cluster.marks.ja)).toBe('[クラスター]');
		expect(cluster.via).toBeUndefined();
		expect(show(task.record.definition, task.marks.definition)).toBe(
			'[クラスター]で動く実行単位です。',
		);
		const sg = hitFor(s.search('ｓｇ').hits, 'sg');
		expect(sg.via && show(sg.via.text, sg.via.marks)).toBe('[SG]');
		expect(sg.marks.ja).toEqual([]);
	});

	it('marks a typo match on the closest part of the name', () => {
		const hit = hitFor(s.search('securty group').hits, 'sg');
		expect(hit.tier).toBe(3);
		expect(show(hit.record.en, hit.marks.en)).toBe('[Security group]');
	});

	it('ranks a match straddling two words below real matches, and only marks it in names', () => {
		const s2 = createSearcher(
			indexOf([
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
		);
		const hits = s2.search('SG').hits;
		expect(hits.map((h) => h.record.id)).toEqual(['sg', 'graviton']);
		const graviton = hitFor(hits, 'graviton');
		expect(show(graviton.record.en, graviton.marks.en)).toBe('AW[S G]raviton');
		expect(hitFor(hits, 'sg').marks.definition).toEqual([]);
		// A query with a space may span words.
		const spaced = hitFor(s2.search('s g').hits, 'graviton');
		expect(show(spaced.record.en, spaced.marks.en)).toBe('AW[S G]raviton');
	});

	it('is deterministic', () => {
		expect(s.search('くらすた')).toEqual(s.search('くらすた'));
	});

	it('suggests close names for a query that finds nothing', () => {
		expect(searcher.search('fergit').total).toBe(0);
		expect(searcher.suggest('fergit').map((r) => r.id)).toEqual(['fargate']);
		expect(searcher.search('clastr').total).toBe(0);
		expect(searcher.suggest('clastr').map((r) => r.id)).toEqual(['cluster']);
		// Nothing close: no suggestion rather than noise.
		expect(searcher.search('xyzzy').total).toBe(0);
		expect(searcher.suggest('xyzzy')).toEqual([]);
		expect(searcher.suggest('')).toEqual([]);
	});

	it('takes queries longer than the 32 units Fuse matches in one piece', () => {
		const long = 'ECS_CONTAINER_METADATA_URI_V4 タスクメタデータエンドポイント';
		expect(normalizeForSearch(long).length).toBeGreaterThan(32);
		expect(() => searcher.search(long)).not.toThrow();
		expect(searcher.search('a'.repeat(40)).total).toBe(0);
	});
});
