import { describe, expect, it } from 'vitest';
import { checkTaskDefinition, checkTaskDefinitionText, type Finding } from './check.ts';
import { RULES, RULE_IDS, type RuleId } from './rules.ts';

type Json = Record<string, unknown>;

/** A Fargate task definition with no findings at all. */
const base = (): Json => ({
	family: 'web',
	requiresCompatibilities: ['FARGATE'],
	networkMode: 'awsvpc',
	cpu: '1024',
	memory: '2048',
	executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
	taskRoleArn: 'arn:aws:iam::123456789012:role/app',
	containerDefinitions: [
		{
			name: 'app',
			image: '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:1.0',
			essential: true,
			portMappings: [{ containerPort: 8080 }],
			logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/app' } },
		},
	],
});
const container = (td: Json, i = 0) => (td['containerDefinitions'] as Json[])[i] ?? {};
const rules = (findings: Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();
const check = (td: unknown) => checkTaskDefinition(td).findings;

/**
 * Every rule: a change to the clean definition that breaks it (and only it), and a change
 * nearby that is fine. `json-syntax` is text-only and tested below.
 */
const CASES: Record<
	Exclude<RuleId, 'json-syntax'>,
	{ bad: (td: Json) => unknown; good: (td: Json) => unknown }
> = {
	shape: {
		bad: (td) => ({ ...td, containerDefinitions: [{ ...container(td), name: undefined }] }),
		good: (td) => ({ ...td, containerDefinitions: [{ ...container(td), name: 'renamed' }] }),
	},
	'unknown-field': {
		bad: (td) => ({ ...td, excutionRoleArn: 'x' }),
		good: (td) => ({ ...td, tags: [{ key: 'team', value: 'web' }] }),
	},
	'cfn-intrinsic': {
		bad: () => ({
			Family: 'x',
			RequiresCompatibilities: ['FARGATE'],
			NetworkMode: 'awsvpc',
			Cpu: { Ref: 'Cpu' },
			Memory: '2048',
			ContainerDefinitions: [{ Name: 'a', Image: 'nginx' }],
		}),
		good: () => ({
			Family: 'x',
			RequiresCompatibilities: ['FARGATE'],
			NetworkMode: 'awsvpc',
			Cpu: '1024',
			Memory: '2048',
			ContainerDefinitions: [{ Name: 'a', Image: 'nginx' }],
		}),
	},
	'requires-compatibilities': {
		bad: (td) => ({ ...td, requiresCompatibilities: ['EC2'] }),
		good: (td) => ({ ...td, requiresCompatibilities: ['EC2', 'FARGATE'] }),
	},
	'network-mode': {
		bad: (td) => ({ ...td, networkMode: 'bridge' }),
		good: (td) => ({ ...td, networkMode: 'awsvpc' }),
	},
	'task-size-required': {
		bad: (td) => ({ ...td, memory: undefined }),
		good: (td) => ({ ...td, memory: '2 GB' }),
	},
	'task-size-pair': {
		bad: (td) => ({ ...td, cpu: '256', memory: '4096' }),
		good: (td) => ({ ...td, cpu: '0.25 vCPU', memory: '2048' }),
	},
	'container-size': {
		bad: (td) => ({ ...td, containerDefinitions: [{ ...container(td), memory: 4096 }] }),
		good: (td) => ({
			...td,
			containerDefinitions: [{ ...container(td), memory: 2048, memoryReservation: 1024 }],
		}),
	},
	'unsupported-parameter': {
		bad: (td) => ({ ...td, containerDefinitions: [{ ...container(td), privileged: true }] }),
		good: (td) => ({ ...td, containerDefinitions: [{ ...container(td), privileged: false }] }),
	},
	'linux-parameters': {
		bad: (td) => ({
			...td,
			containerDefinitions: [
				{ ...container(td), linuxParameters: { capabilities: { add: ['NET_ADMIN'] } } },
			],
		}),
		good: (td) => ({
			...td,
			containerDefinitions: [
				{
					...container(td),
					linuxParameters: { capabilities: { add: ['SYS_PTRACE'], drop: ['NET_RAW'] } },
				},
			],
		}),
	},
	'volume-host': {
		bad: (td) => ({ ...td, volumes: [{ name: 'logs', host: { sourcePath: '/var/log' } }] }),
		good: (td) => ({ ...td, volumes: [{ name: 'logs' }] }),
	},
	'port-mapping': {
		bad: (td) => ({
			...td,
			containerDefinitions: [
				{ ...container(td), portMappings: [{ containerPort: 8080, hostPort: 80 }] },
			],
		}),
		good: (td) => ({
			...td,
			containerDefinitions: [
				{ ...container(td), portMappings: [{ containerPort: 8080, hostPort: 8080 }] },
			],
		}),
	},
	'port-conflict': {
		bad: (td) => ({
			...td,
			containerDefinitions: [
				container(td),
				{ name: 'proxy', image: 'nginx', portMappings: [{ containerPort: 8080 }] },
			],
		}),
		good: (td) => ({
			...td,
			containerDefinitions: [
				container(td),
				{ name: 'proxy', image: 'nginx', portMappings: [{ containerPort: 8080, protocol: 'udp' }] },
			],
		}),
	},
	'ephemeral-storage': {
		bad: (td) => ({ ...td, ephemeralStorage: { sizeInGiB: 20 } }),
		good: (td) => ({ ...td, ephemeralStorage: { sizeInGiB: 21 } }),
	},
	'windows-ephemeral-storage': {
		bad: (td) => ({ ...windows(td), ephemeralStorage: { sizeInGiB: 40 } }),
		good: (td) => ({ ...td, ephemeralStorage: { sizeInGiB: 40 } }),
	},
	'runtime-platform': {
		bad: (td) => ({
			...td,
			runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM' },
		}),
		good: (td) => ({
			...td,
			runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
		}),
	},
	'windows-2025': {
		bad: (td) => ({
			...td,
			runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2025_FULL' },
		}),
		good: (td) => ({ ...td, runtimePlatform: { operatingSystemFamily: 'LINUX' } }),
	},
	'windows-unsupported': {
		bad: (td) => ({
			...windows(td),
			volumes: [{ name: 'shared', efsVolumeConfiguration: { fileSystemId: 'fs-1' } }],
		}),
		good: (td) => ({
			...td,
			volumes: [{ name: 'shared', efsVolumeConfiguration: { fileSystemId: 'fs-1' } }],
		}),
	},
	'spot-platform': {
		bad: (td) => windows(td),
		good: (td) => ({
			...td,
			runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
		}),
	},
	'execution-role': {
		bad: (td) => ({ ...td, executionRoleArn: undefined }),
		good: (td) => ({
			...td,
			executionRoleArn: undefined,
			containerDefinitions: [{ name: 'app', image: 'public.ecr.aws/nginx/nginx:1.27' }],
		}),
	},
	'same-role': {
		bad: (td) => ({ ...td, taskRoleArn: td['executionRoleArn'] }),
		good: (td) => ({ ...td, taskRoleArn: undefined }),
	},
	'container-count': {
		bad: (td) => ({
			...td,
			containerDefinitions: Array.from({ length: 11 }, (_, i) => ({
				name: `c${i}`,
				image: 'nginx',
			})),
		}),
		good: (td) => ({
			...td,
			containerDefinitions: Array.from({ length: 10 }, (_, i) => ({
				name: `c${i}`,
				image: 'nginx',
			})),
		}),
	},
	essential: {
		bad: (td) => ({ ...td, containerDefinitions: [{ ...container(td), essential: false }] }),
		good: (td) => ({ ...td, containerDefinitions: [{ ...container(td), essential: undefined }] }),
	},
	'depends-on': {
		bad: (td) => ({
			...td,
			containerDefinitions: [
				{ ...container(td), dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] },
				{ name: 'init', image: 'nginx' },
			],
		}),
		good: (td) => ({
			...td,
			containerDefinitions: [
				{ ...container(td), dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] },
				{ name: 'init', image: 'nginx', essential: false },
			],
		}),
	},
	'health-check': {
		bad: (td) => ({
			...td,
			containerDefinitions: [
				{ ...container(td), healthCheck: { command: ['CMD', 'true'], timeout: 61 } },
			],
		}),
		good: (td) => ({
			...td,
			containerDefinitions: [
				{
					...container(td),
					healthCheck: {
						command: ['CMD', 'true'],
						timeout: 60,
						interval: 300,
						retries: 10,
						startPeriod: 0,
					},
				},
			],
		}),
	},
	'stop-timeout': {
		bad: (td) => ({ ...td, containerDefinitions: [{ ...container(td), stopTimeout: 121 }] }),
		good: (td) => ({ ...td, containerDefinitions: [{ ...container(td), stopTimeout: 120 }] }),
	},
	'log-driver': {
		bad: (td) => ({
			...td,
			containerDefinitions: [{ ...container(td), logConfiguration: { logDriver: 'fluentd' } }],
		}),
		good: (td) => ({
			...td,
			containerDefinitions: [{ ...container(td), logConfiguration: { logDriver: 'splunk' } }],
		}),
	},
};

/** The clean definition as a Windows task (1 vCPU is valid for Windows). */
function windows(td: Json): Json {
	return {
		...td,
		runtimePlatform: {
			operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE',
			cpuArchitecture: 'X86_64',
		},
	};
}

/** JSON.stringify drops undefined members, as a learner deleting a line would. */
const roundTrip = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('checkTaskDefinition', () => {
	it('finds nothing in the clean definition', () => {
		expect(check(base())).toEqual([]);
	});

	it('has a failing and a passing case for every rule', () => {
		expect(Object.keys(CASES).sort()).toEqual(RULE_IDS.filter((r) => r !== 'json-syntax').sort());
	});

	for (const [rule, { bad, good }] of Object.entries(CASES)) {
		it(`${rule}: reports the broken definition`, () => {
			const findings = check(roundTrip(bad(base())));
			expect(findings.map((f) => f.rule)).toContain(rule);
			const f = findings.find((x) => x.rule === rule);
			expect(f?.level).toBe(RULES[rule as RuleId].level);
			expect(f?.lesson).toBe(RULES[rule as RuleId].lesson);
			expect(f?.message.length).toBeGreaterThan(10);
		});
		it(`${rule}: accepts the nearby valid definition`, () => {
			expect(rules(check(roundTrip(good(base()))))).not.toContain(rule);
		});
	}

	it('names the memory values a CPU accepts', () => {
		const [f] = check({ ...base(), cpu: '256', memory: '4096' });
		expect(f?.path).toBe('/memory');
		expect(f?.message).toContain('512、1024、2048');
		const [g] = check({ ...base(), cpu: '8192', memory: '18432' });
		expect(g?.message).toContain('16384〜61440（4 GB 刻み）');
	});

	it('explains Windows sizes and the task role confusion', () => {
		const win = check({ ...windows(base()), cpu: '512', memory: '1024' });
		expect(win.find((f) => f.rule === 'task-size-pair')?.message).toMatch(
			/Windows.*1024（1 vCPU）/,
		);
		const noExec = check({ ...base(), executionRoleArn: undefined });
		expect(noExec.filter((f) => f.rule === 'execution-role').map((f) => f.path)).toEqual([
			'/containerDefinitions/0/image',
			'/containerDefinitions/0/logConfiguration/logDriver',
		]);
		expect(noExec[0]?.message).toContain('taskRoleArn（タスクロール）はアプリ');
	});

	it('asks for the execution role for secrets and private registry credentials too', () => {
		const td = {
			...base(),
			executionRoleArn: undefined,
			containerDefinitions: [
				{
					name: 'app',
					image: 'ghcr.io/example/app:1',
					secrets: [
						{ name: 'X', valueFrom: 'arn:aws:ssm:ap-northeast-1:123456789012:parameter/x' },
					],
					repositoryCredentials: { credentialsParameter: 'arn:aws:secretsmanager:…' },
				},
			],
		};
		expect(check(td).map((f) => f.path)).toEqual([
			'/containerDefinitions/0/secrets',
			'/containerDefinitions/0/repositoryCredentials',
		]);
	});

	it('never throws on foreign values', () => {
		for (const value of [
			null,
			1,
			'x',
			[],
			[1],
			{ containerDefinitions: 'x' },
			{ containerDefinitions: [null, 1] },
			{ cpu: {}, memory: [], runtimePlatform: 'LINUX', volumes: [null], ephemeralStorage: 5 },
			JSON.parse('{"__proto__": {"x": 1}, "containerDefinitions": [{"__proto__": {}}]}'),
		])
			expect(() => check(value)).not.toThrow();
		expect(rules(check(null))).toEqual(['shape']);
	});
});

describe('accepted shapes', () => {
	it('reads describe-task-definition output and points into it', () => {
		const result = checkTaskDefinition({ taskDefinition: { ...base(), networkMode: 'host' } });
		expect(result.shape).toBe('describe');
		expect(result.findings.map((f) => f.path)).toEqual(['/taskDefinition/networkMode']);
	});

	it('reads CloudFormation Properties and a template, keeping their key names in paths', () => {
		const props = {
			Family: 'x',
			RequiresCompatibilities: ['FARGATE'],
			Cpu: '256',
			Memory: '512',
			Volumes: [{ Name: 'efs', EFSVolumeConfiguration: { FilesystemId: 'fs-1' } }],
			ContainerDefinitions: [
				{
					Name: 'a',
					Image: 'nginx',
					PortMappings: [{ ContainerPort: 80, HostPort: 8080 }],
					LogConfiguration: { LogDriver: 'awslogs', Options: { 'awslogs-group': 'g' } },
				},
			],
			ExecutionRoleArn: { 'Fn::GetAtt': ['Role', 'Arn'] },
		};
		const direct = checkTaskDefinition(props);
		expect(direct.shape).toBe('cloudformation');
		expect(direct.findings.map((f) => [f.rule, f.path])).toEqual([
			['network-mode', '/NetworkMode'],
			['port-mapping', '/ContainerDefinitions/0/PortMappings/0/HostPort'],
		]);
		const template = checkTaskDefinition({
			Resources: {
				Bucket: { Type: 'AWS::S3::Bucket' },
				Td: { Type: 'AWS::ECS::TaskDefinition', Properties: props },
			},
		});
		expect(template.shape).toBe('cloudformation-template');
		expect(template.findings.map((f) => f.path)).toEqual([
			'/Resources/Td/Properties/NetworkMode',
			'/Resources/Td/Properties/ContainerDefinitions/0/PortMappings/0/HostPort',
		]);
	});
});

describe('checkTaskDefinitionText', () => {
	it('locates a syntax error by line and column', () => {
		const { findings, shape } = checkTaskDefinitionText('{\n  "family": "x",\n}\n');
		expect(shape).toBeUndefined();
		expect(findings).toHaveLength(1);
		expect(findings[0]).toMatchObject({ rule: 'json-syntax', level: 'error', line: 3, column: 1 });
		expect(findings[0]?.message).toMatch(/^3 行 1 文字目: .*カンマ/);
	});

	it('rejects comments and empty input with a located error', () => {
		expect(checkTaskDefinitionText('// hi\n{}').findings[0]).toMatchObject({
			rule: 'json-syntax',
			line: 1,
			column: 1,
		});
		expect(checkTaskDefinitionText('   ').findings[0]?.message).toContain('JSON が空です');
	});

	it('gives each finding the line of its key, sorted by position', () => {
		const text = JSON.stringify(
			{ ...base(), networkMode: 'bridge', cpu: '256', memory: '4096' },
			null,
			2,
		);
		const findings = checkTaskDefinitionText(text).findings;
		const lines = text.split('\n');
		for (const f of findings) {
			const key = f.path.split('/').pop() ?? '';
			expect(lines[(f.line ?? 0) - 1]).toContain(`"${key}"`);
		}
		const found = findings.map((f) => f.line ?? 0);
		expect(found).toHaveLength(2);
		expect(found).toEqual([...found].sort((a, b) => a - b));
	});
});

describe('worked examples', () => {
	it('the broken ones have errors and the valid one has none', async () => {
		const { EXAMPLE_IDS, exampleText } = await import('./examples.ts');
		const byId = Object.fromEntries(
			EXAMPLE_IDS.map((id) => [id, rules(checkTaskDefinitionText(exampleText(id)).findings)]),
		);
		expect(byId).toEqual({
			first: [
				'execution-role',
				'network-mode',
				'port-mapping',
				'requires-compatibilities',
				'stop-timeout',
				'task-size-pair',
				'unsupported-parameter',
			],
			windows: ['runtime-platform', 'spot-platform', 'task-size-pair', 'windows-unsupported'],
			cloudformation: ['depends-on', 'health-check', 'same-role', 'volume-host'],
			valid: [],
		});
	});
});
