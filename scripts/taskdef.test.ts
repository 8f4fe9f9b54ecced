/**
 * `npm run taskdef` over the fixtures: every problem in each broken definition is found (and
 * nothing else), the valid ones have no finding at all, and the exit code and --json shape hold.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkFiles, formatFinding, main } from './taskdef.ts';

const DIR = resolve(import.meta.dirname, '../e2e/fixtures/taskdefs');
const fixture = (kind: 'valid' | 'broken', name: string) => resolve(DIR, kind, name);

/** What each broken fixture must produce: rule ids, one entry per finding. */
const EXPECTED: Record<string, string[]> = {
	'cloudformation.json': ['network-mode', 'cfn-intrinsic', 'execution-role', 'port-mapping'],
	'container-limits.json': [
		'unknown-field',
		'ephemeral-storage',
		'container-count',
		'essential',
		'stop-timeout',
		'health-check',
		'health-check',
		'health-check',
		'log-driver',
	],
	'first-deployment.json': [
		'requires-compatibilities',
		'network-mode',
		'task-size-pair',
		'execution-role',
		'unsupported-parameter',
		'port-mapping',
		'execution-role',
	],
	'host-features.json': [
		'unsupported-parameter',
		'unsupported-parameter',
		'unsupported-parameter',
		'volume-host',
		'volume-host',
		'unsupported-parameter',
		'unsupported-parameter',
		'unsupported-parameter',
		'linux-parameters',
		'linux-parameters',
		'linux-parameters',
	],
	'missing-parts.json': ['task-size-required', 'task-size-required', 'shape'],
	'not-an-object.json': ['shape'],
	'sidecars.json': [
		'same-role',
		'container-size',
		'container-size',
		'depends-on',
		'depends-on',
		'port-conflict',
	],
	'syntax-error.json': ['json-syntax'],
	'windows-2025.json': ['windows-unsupported', 'windows-2025', 'spot-platform'],
	'windows-small.json': [
		'task-size-pair',
		'spot-platform',
		'runtime-platform',
		'windows-ephemeral-storage',
		'windows-unsupported',
		'windows-unsupported',
	],
};

describe('npm run taskdef', () => {
	it('has an expectation for every broken fixture', () => {
		expect(readdirSync(resolve(DIR, 'broken')).sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	it.each(Object.entries(EXPECTED))('finds every problem in broken/%s', (name, rules) => {
		const findings = checkFiles([fixture('broken', name)]);
		expect(findings.map((f) => f.rule)).toEqual(rules);
		expect(findings.every((f) => f.line !== undefined)).toBe(true);
	});

	it.each(readdirSync(resolve(DIR, 'valid')))('finds nothing in valid/%s', (name) => {
		expect(checkFiles([fixture('valid', name)])).toEqual([]);
	});

	it('prints file › path › message and exits 1 on an error', () => {
		const out: string[] = [];
		const code = main([fixture('broken', 'first-deployment.json')], (l) => out.push(l));
		expect(code).toBe(1);
		expect(out[0]).toMatch(
			/^.*first-deployment\.json:1:1 › \/requiresCompatibilities › requiresCompatibilities がありません。.* \[error requires-compatibilities\]$/,
		);
		expect(out.at(-1)).toMatch(/7 error\(s\), 0 warning\(s\), 0 info in 1 file\(s\)\./);
	});

	it('exits 0 when findings are only warnings and infos, or none', () => {
		const silent = () => undefined;
		expect(main([fixture('valid', 'web-api.json')], silent)).toBe(0);
		const windows2025 = checkFiles([fixture('broken', 'windows-2025.json')]).filter(
			(f) => f.level === 'error',
		);
		expect(windows2025).toHaveLength(1); // pidMode; the 2025 warning alone would exit 0
	});

	it('prints one JSON array with --json', () => {
		const out: string[] = [];
		const code = main(
			['--json', fixture('broken', 'syntax-error.json'), fixture('valid', 'web-api.json')],
			(l) => out.push(l),
		);
		expect(code).toBe(1);
		expect(out).toHaveLength(1);
		const parsed = JSON.parse(out[0] ?? '') as Record<string, unknown>[];
		expect(parsed).toHaveLength(1);
		expect(Object.keys(parsed[0] ?? {})).toEqual(['file', 'path', 'rule', 'level', 'message']);
		expect(parsed[0]).toMatchObject({ rule: 'json-syntax', level: 'error', path: '' });
		expect(String(parsed[0]?.['message'])).toMatch(/^4 行 1 文字目: /);
	});

	it('reports an unreadable file and a usage error', () => {
		const [f] = checkFiles(['does-not-exist.json']);
		expect(f && formatFinding(f)).toBe(
			'does-not-exist.json › / › ファイルを読めません（ENOENT） [error read-error]',
		);
		const out: string[] = [];
		expect(main([], (l) => out.push(l))).toBe(2);
		expect(main(['--yaml', 'x.json'], (l) => out.push(l))).toBe(2);
		expect(out.join('\n')).toContain('Unknown option: --yaml');
	});
});
