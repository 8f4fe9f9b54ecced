/**
 * The checker's rules: for each, how serious a finding is, what it checks (shown in the rule list
 * on /tools/task-definition/), the lesson section that teaches it (`slug#heading-id`, tested
 * against the lessons' headings) and the AWS page the fact comes from.
 *
 * Facts come from shared/facts/fargate-facts.md as amended by updates-2025-2026.md; where neither
 * covers a rule, `source` is the AWS page it was checked against (2026-12-06). A fact the pages
 * do not settle is a warning or info, worded as such, never an error.
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

export type Level = 'error' | 'warning' | 'info';

export interface RuleInfo {
	level: Level;
	/** What the rule checks, one line. */
	title: string;
	/** Lesson section, `slug#heading-id`. */
	lesson: string;
	/** The AWS page the rule's fact comes from. */
	source: string;
}

const ECS = 'https://docs.aws.amazon.com/AmazonECS/latest';
const DG = `${ECS}/developerguide`;
const API = `${ECS}/APIReference`;

export const RULES = {
	'json-syntax': {
		level: 'error',
		title: 'JSON として読めること',
		lesson: 'ecs-terminology#タスク定義-task-definition',
		source: `${DG}/task_definition_parameters.html`,
	},
	shape: {
		level: 'error',
		title: 'タスク定義の形（オブジェクト、containerDefinitions、各コンテナの name と image）',
		lesson: 'ecs-terminology#タスク定義-task-definition',
		source: `${API}/API_RegisterTaskDefinition.html`,
	},
	'unknown-field': {
		level: 'info',
		title: 'タスク定義にない項目名（書き間違いの可能性）',
		lesson: 'ecs-terminology#タスク定義-task-definition',
		source: `${API}/API_RegisterTaskDefinition.html`,
	},
	'cfn-intrinsic': {
		level: 'info',
		title: 'CloudFormation の関数で与えた値（デプロイ時まで決まらないので確かめられない）',
		lesson: 'ecs-terminology#タスク定義-task-definition',
		source:
			'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-taskdefinition.html',
	},
	'requires-compatibilities': {
		level: 'error',
		title: 'requiresCompatibilities に FARGATE があること',
		lesson: 'ecs-terminology#タスク定義-task-definition',
		source: `${DG}/AWS_Fargate.html`,
	},
	'network-mode': {
		level: 'error',
		title: 'networkMode が awsvpc であること',
		lesson: 'networking#awsvpc-だけが使える理由',
		source: `${DG}/fargate-tasks-services.html`,
	},
	'task-size-required': {
		level: 'error',
		title: 'タスクレベルの cpu と memory があること',
		lesson: 'task-size-and-platform#タスクサイズ-cpu-とメモリの組み合わせ',
		source: `${DG}/fargate-task-size-best-practice.html`,
	},
	'task-size-pair': {
		level: 'error',
		title: 'cpu と memory が Fargate の組み合わせ表にあること（Windows は 1〜4 vCPU）',
		lesson: 'task-size-and-platform#タスクサイズ-cpu-とメモリの組み合わせ',
		source: `${DG}/task-cpu-memory-error.html`,
	},
	'container-size': {
		level: 'error',
		title: 'コンテナの cpu・memory・memoryReservation がタスクの枠に収まること',
		lesson: 'task-size-and-platform#コンテナレベルのメモリ設定',
		source: `${DG}/task_definition_parameters.html`,
	},
	'unsupported-parameter': {
		level: 'error',
		title:
			'Fargate で使えないパラメータ（privileged、links、ipcMode、pidMode の host、placementConstraints、GPU など）',
		lesson: 'security#fargate-で使えないパラメータ',
		source: `${DG}/fargate-tasks-services.html`,
	},
	'linux-parameters': {
		level: 'error',
		title:
			'linuxParameters の制限（追加できる capability は SYS_PTRACE だけ、devices・tmpfs などは不可）',
		lesson: 'security#fargate-で使えないパラメータ',
		source: `${DG}/fargate-tasks-services.html`,
	},
	'volume-host': {
		level: 'error',
		title:
			'ボリュームはバインドマウントだけ（dockerVolumeConfiguration と host.sourcePath は不可）',
		lesson: 'storage#バインドマウント-タスク内のコンテナでファイルを共有する',
		source: `${DG}/fargate-tasks-services.html`,
	},
	'port-mapping': {
		level: 'error',
		title: 'awsvpc では hostPort を省くか containerPort と同じにすること',
		lesson: 'networking#awsvpc-だけが使える理由',
		source: `${API}/API_PortMapping.html`,
	},
	'port-conflict': {
		level: 'warning',
		title: '同じタスクの 2 つのコンテナが同じポートを使っていないこと',
		lesson: 'networking#awsvpc-だけが使える理由',
		source: `${API}/API_PortMapping.html`,
	},
	'ephemeral-storage': {
		level: 'error',
		title: 'ephemeralStorage.sizeInGiB が 21〜200 の整数であること',
		lesson: 'task-size-and-platform#エフェメラルストレージ',
		source: `${API}/API_EphemeralStorage.html`,
	},
	'windows-ephemeral-storage': {
		level: 'warning',
		title: 'Windows のエフェメラルストレージ拡張（資料によって記述が異なる）',
		lesson: 'storage#windows-コンテナのエフェメラルストレージ',
		source: `${DG}/fargate-task-storage.html`,
	},
	'runtime-platform': {
		level: 'error',
		title: 'runtimePlatform の OS とアーキテクチャ（Windows は X86_64 のみ）',
		lesson: 'task-size-and-platform#os-linux-と-windows',
		source: `${API}/API_RuntimePlatform.html`,
	},
	'windows-2025': {
		level: 'warning',
		title: 'Windows Server 2025 は Fargate の対応 OS 一覧に載っていない',
		lesson: 'task-size-and-platform#os-linux-と-windows',
		source: `${DG}/fargate-tasks-services.html`,
	},
	'windows-unsupported': {
		level: 'error',
		title: 'Windows で使えない機能（EFS ボリューム、FireLens、pidMode）',
		lesson: 'task-size-and-platform#os-linux-と-windows',
		source: `${DG}/AWS_Fargate.html`,
	},
	'spot-platform': {
		level: 'info',
		title: 'Fargate Spot で動かせるプラットフォームか（Windows は不可）',
		lesson: 'pricing-and-cost#使える条件',
		source: `${API}/API_CapacityProviderStrategyItem.html`,
	},
	'execution-role': {
		level: 'error',
		title:
			'プライベート ECR・awslogs・secrets・repositoryCredentials を使うときの executionRoleArn',
		lesson: 'security#タスクロールとタスク実行ロール',
		source: `${DG}/task_execution_IAM_role.html`,
	},
	'same-role': {
		level: 'warning',
		title: 'タスクロールとタスク実行ロールに同じロールを使っていないこと',
		lesson: 'security#タスクロールとタスク実行ロール',
		source: `${DG}/security-iam-roles.html`,
	},
	'container-count': {
		level: 'error',
		title: 'コンテナは 1 つのタスク定義に 10 個まで',
		lesson: 'ecs-terminology#タスク定義-task-definition',
		source: `${ECS}/userguide/what-is-fargate.html`,
	},
	essential: {
		level: 'error',
		title: '必須コンテナ（essential）が 1 つ以上あること',
		lesson: 'design-patterns#起動順序を-dependson-で制御する',
		source: `${API}/API_ContainerDefinition.html`,
	},
	'depends-on': {
		level: 'error',
		title: 'dependsOn の相手がいて、COMPLETE・SUCCESS の相手が必須コンテナでないこと',
		lesson: 'design-patterns#起動順序を-dependson-で制御する',
		source: `${API}/API_ContainerDependency.html`,
	},
	'health-check': {
		level: 'error',
		title: 'ヘルスチェックの command と数値の範囲（間隔 5〜300 秒など）',
		lesson: 'monitoring-and-logging#ヘルスチェック-コンテナとターゲットグループ',
		source: `${API}/API_HealthCheck.html`,
	},
	'stop-timeout': {
		level: 'error',
		title: 'stopTimeout は 120 秒まで（Fargate Spot の中断通知は 2 分前）',
		lesson: 'pricing-and-cost#中断の仕組み',
		source: `${API}/API_ContainerDefinition.html`,
	},
	'log-driver': {
		level: 'error',
		title: 'ログドライバーは awslogs・splunk・awsfirelens のどれか',
		lesson: 'monitoring-and-logging#fargate-で使えるログドライバー',
		source: `${API}/API_LogConfiguration.html`,
	},
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/** Every rule id, in catalog order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
