/**
 * The Fargate task-definition checker: a pure function from a task definition (text or value)
 * to findings, each with a JSON pointer, a rule, a level, a Japanese message, the lesson that
 * teaches it and the AWS page it comes from. It never throws and never trusts the input's shape:
 * anything unexpected becomes a finding. See ./rules.ts for the catalog.
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */
import { parseJson, toPointer, type Segment } from './json.ts';
import { Intrinsic, normalize, type Shape } from './normalize.ts';
import { CONTAINER_FIELDS, TASK_FIELDS, closestField } from './fields.ts';
import { RULES, type Level, type RuleId } from './rules.ts';
import {
	cpuRow,
	memoryLabel,
	parseTaskCpu,
	parseTaskMemory,
	vcpuLabel,
	type CpuRow,
} from './sizes.ts';

export interface Finding {
	/** JSON pointer into the document as given (`/containerDefinitions/0/image`). */
	path: string;
	rule: RuleId;
	level: Level;
	/** What is wrong and what to do, in Japanese. */
	message: string;
	/** The lesson section that teaches it: `slug#heading-id`. */
	lesson: string;
	/** The AWS page the rule's fact comes from. */
	source: string;
	/** Where the path is in the text (1-based), when the input was text. */
	line?: number | undefined;
	column?: number | undefined;
}

export interface CheckResult {
	/** Which shape the input was read as; undefined when it is not JSON at all. */
	shape: Shape | undefined;
	findings: Finding[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Json, k: string) => Object.hasOwn(o, k);
const get = (o: Json, k: string): unknown => (has(o, k) ? o[k] : undefined);
const isNonEmptyArray = (v: unknown) => Array.isArray(v) && v.length > 0;
/** A whole number given as a number or a numeric string. */
const int = (v: unknown): number | undefined =>
	typeof v === 'number' && Number.isInteger(v)
		? v
		: typeof v === 'string' && /^-?\d+$/.test(v.trim())
			? Number(v)
			: undefined;
const quote = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** Fargate's log drivers. */
const LOG_DRIVERS = new Set(['awslogs', 'splunk', 'awsfirelens']);
/** Operating systems Fargate lists, and the 2025 ones the API has but Fargate does not list. */
const FARGATE_OS = new Set([
	'LINUX',
	'WINDOWS_SERVER_2019_FULL',
	'WINDOWS_SERVER_2019_CORE',
	'WINDOWS_SERVER_2022_FULL',
	'WINDOWS_SERVER_2022_CORE',
]);
const UNLISTED_OS = new Set(['WINDOWS_SERVER_2025_FULL', 'WINDOWS_SERVER_2025_CORE']);
/** A private Amazon ECR image: `<account>.dkr.ecr(-fips).<region>.amazonaws.com(.cn)/…`. */
const PRIVATE_ECR = /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//;

class Report {
	readonly findings: Finding[] = [];
	readonly #origin: (path: readonly Segment[]) => Segment[];
	constructor(origin: (path: readonly Segment[]) => Segment[]) {
		this.#origin = origin;
	}
	add(rule: RuleId, path: readonly Segment[], message: string): void {
		const info = RULES[rule];
		this.findings.push({
			path: toPointer(this.#origin(path)),
			rule,
			level: info.level,
			message,
			lesson: info.lesson,
			source: info.source,
		});
	}
}

/** "512、1024、2048" or "2048〜8192（1 GB 刻み）": the memory values a CPU row accepts. */
function memoryChoices(row: CpuRow): string {
	const m = row.memory;
	const first = m[0] ?? 0;
	const last = m[m.length - 1] ?? 0;
	if (m.length <= 3) return m.join('、');
	const step = (m[1] ?? first) - first;
	return `${first}〜${last}（${step / 1024} GB 刻み）`;
}

function checkUnknownFields(r: Report, o: Json, known: ReadonlySet<string>, at: Segment[]) {
	for (const key of Object.keys(o)) {
		if (known.has(key)) continue;
		const guess = closestField(key, known);
		r.add(
			'unknown-field',
			[...at, key],
			`"${key}" はタスク定義の項目にないので、ECS に無視されるか登録時にエラーになります。` +
				(guess
					? `"${guess}" の書き間違いではありませんか（大文字と小文字も区別されます）。`
					: '書き間違いがないか確かめてください。'),
		);
	}
}

interface Platform {
	windows: boolean;
}

function checkPlatform(r: Report, td: Json): Platform {
	const rp = get(td, 'runtimePlatform');
	if (rp === undefined || rp instanceof Intrinsic) return { windows: false };
	if (!isObject(rp)) {
		r.add(
			'runtime-platform',
			['runtimePlatform'],
			'runtimePlatform はオブジェクトで書きます（operatingSystemFamily と cpuArchitecture）。',
		);
		return { windows: false };
	}
	const os = get(rp, 'operatingSystemFamily');
	const arch = get(rp, 'cpuArchitecture');
	const osPath = ['runtimePlatform', 'operatingSystemFamily'];
	const windows = typeof os === 'string' && os.startsWith('WINDOWS');
	if (typeof os === 'string' && UNLISTED_OS.has(os)) {
		r.add(
			'windows-2025',
			osPath,
			`${os} は ECS API の値にはありますが、Fargate の対応 OS の一覧（Windows Server 2019／2022 の Full／Core）には載っていません。Fargate で使えるかは確認できていないので、登録して確かめるか 2022 を使ってください。`,
		);
	} else if (
		os !== undefined &&
		!(os instanceof Intrinsic) &&
		!(typeof os === 'string' && FARGATE_OS.has(os))
	) {
		r.add(
			'runtime-platform',
			osPath,
			`operatingSystemFamily ${quote(os)} は Fargate で使えません。LINUX か、WINDOWS_SERVER_2019_FULL・WINDOWS_SERVER_2019_CORE・WINDOWS_SERVER_2022_FULL・WINDOWS_SERVER_2022_CORE のどれかです。`,
		);
	}
	const archPath = ['runtimePlatform', 'cpuArchitecture'];
	if (arch !== undefined && !(arch instanceof Intrinsic) && arch !== 'X86_64' && arch !== 'ARM64') {
		r.add(
			'runtime-platform',
			archPath,
			`cpuArchitecture ${quote(arch)} は使えません。X86_64 か ARM64 です。`,
		);
	} else if (windows && arch === 'ARM64') {
		r.add(
			'runtime-platform',
			archPath,
			'Windows のタスクは X86_64 だけで動きます。ARM64（Graviton）は Linux のタスクでだけ使えます。',
		);
	}
	if (windows)
		r.add(
			'spot-platform',
			osPath,
			'Windows のタスクは Fargate Spot（FARGATE_SPOT）では動かせません。Spot で動かせるのは Linux のタスク（X86_64 は PV 1.3.0 以降、ARM64 は PV 1.4.0 以降）です。',
		);
	return { windows };
}

interface TaskSize {
	cpu: number | undefined;
	memory: number | undefined;
}

function checkTaskSize(r: Report, td: Json, { windows }: Platform): TaskSize {
	const rawCpu = get(td, 'cpu');
	const rawMemory = get(td, 'memory');
	for (const [field, raw] of [
		['cpu', rawCpu],
		['memory', rawMemory],
	] as const) {
		if (raw === undefined || raw === null || raw === '')
			r.add(
				'task-size-required',
				[field],
				`タスクレベルの ${field} がありません。Fargate ではタスク全体の cpu と memory を必ず指定します（例: "cpu": "1024", "memory": "2048"）。`,
			);
		else if (raw instanceof Intrinsic)
			r.add(
				'cfn-intrinsic',
				[field],
				`${field} は ${raw.fn} で与えられているので、組み合わせが正しいかはデプロイ時の値で確かめてください。`,
			);
	}
	const cpu = rawCpu instanceof Intrinsic ? undefined : parseTaskCpu(rawCpu);
	const memory = rawMemory instanceof Intrinsic ? undefined : parseTaskMemory(rawMemory);
	if (
		rawCpu !== undefined &&
		rawCpu !== null &&
		rawCpu !== '' &&
		!(rawCpu instanceof Intrinsic) &&
		cpu === undefined
	)
		r.add(
			'task-size-pair',
			['cpu'],
			`cpu ${quote(rawCpu)} を読めません。CPU ユニット（例: "1024"）か vCPU（例: "1 vCPU"）で書きます。`,
		);
	if (
		rawMemory !== undefined &&
		rawMemory !== null &&
		rawMemory !== '' &&
		!(rawMemory instanceof Intrinsic) &&
		memory === undefined
	)
		r.add(
			'task-size-pair',
			['memory'],
			`memory ${quote(rawMemory)} を読めません。MiB（例: "2048"）か GB（例: "2 GB"）で書きます。`,
		);
	if (cpu === undefined) return { cpu, memory };
	const row = cpuRow(cpu);
	if (!row) {
		r.add(
			'task-size-pair',
			['cpu'],
			`cpu ${cpu} は Fargate で選べる値ではありません。256（0.25 vCPU）、512、1024、2048、4096、8192、16384（16 vCPU）のどれかです。`,
		);
	} else if (windows && !row.os.includes('windows')) {
		r.add(
			'task-size-pair',
			['cpu'],
			`Windows のタスクでは cpu ${cpu}（${vcpuLabel(cpu)} vCPU）は選べません。Windows は 1024（1 vCPU）・2048・4096 のどれかで、0.25／0.5 vCPU と 8／16 vCPU は Linux だけです。`,
		);
	} else if (memory !== undefined && !row.memory.includes(memory)) {
		r.add(
			'task-size-pair',
			['memory'],
			`cpu ${cpu}（${vcpuLabel(cpu)} vCPU）で選べる memory は ${memoryChoices(row)} MiB です。${memory} MiB（${memoryLabel(memory)}）は組み合わせ表にないので、登録時に "Invalid 'cpu' setting for task" のエラーになります。`,
		);
	}
	return { cpu, memory };
}

function checkTaskLevelOptions(r: Report, td: Json, { windows }: Platform) {
	const compat = get(td, 'requiresCompatibilities');
	if (compat === undefined)
		r.add(
			'requires-compatibilities',
			['requiresCompatibilities'],
			'requiresCompatibilities がありません。["FARGATE"] を指定しないと Fargate 向けの検証がされず、Fargate で起動しようとすると "Task definition does not support launch_type FARGATE" のエラーになります。',
		);
	else if (
		!(compat instanceof Intrinsic) &&
		(!Array.isArray(compat) || !compat.includes('FARGATE'))
	)
		r.add(
			'requires-compatibilities',
			['requiresCompatibilities'],
			`requiresCompatibilities ${quote(compat)} に "FARGATE" がありません。Fargate で動かすタスク定義は ["FARGATE"] を含めます。`,
		);

	const mode = get(td, 'networkMode');
	if (mode === undefined)
		r.add(
			'network-mode',
			['networkMode'],
			'networkMode がありません。Fargate では "awsvpc" が必須で、タスクごとに ENI が付きます。',
		);
	else if (mode !== 'awsvpc' && !(mode instanceof Intrinsic))
		r.add(
			'network-mode',
			['networkMode'],
			`networkMode が ${quote(mode)} です。Fargate で使えるのは "awsvpc" だけです（bridge・host・none は EC2 のタスク用）。`,
		);

	if (isNonEmptyArray(get(td, 'placementConstraints')))
		r.add(
			'unsupported-parameter',
			['placementConstraints'],
			'placementConstraints は Fargate では使えません。Fargate のタスクはスケジューラが AZ に分散して配置します。',
		);
	if (get(td, 'ipcMode') !== undefined)
		r.add(
			'unsupported-parameter',
			['ipcMode'],
			'ipcMode は Fargate では使えません。この項目を削除してください。',
		);
	const pid = get(td, 'pidMode');
	if (pid !== undefined && windows)
		r.add('windows-unsupported', ['pidMode'], 'pidMode は Windows のタスクでは使えません。');
	else if (pid !== undefined && pid !== 'task' && !(pid instanceof Intrinsic))
		r.add(
			'unsupported-parameter',
			['pidMode'],
			`pidMode ${quote(pid)} は Fargate では使えません。Fargate（Linux、PV 1.4.0 以降）で指定できるのは "task" だけです。`,
		);
	if (isNonEmptyArray(get(td, 'inferenceAccelerators')))
		r.add(
			'unsupported-parameter',
			['inferenceAccelerators'],
			'inferenceAccelerators は Fargate では使えません。',
		);

	const eph = get(td, 'ephemeralStorage');
	if (eph !== undefined && !(eph instanceof Intrinsic)) {
		const size = isObject(eph) ? get(eph, 'sizeInGiB') : undefined;
		const n = int(size);
		if (!(size instanceof Intrinsic) && (n === undefined || n < 21 || n > 200))
			r.add(
				'ephemeral-storage',
				isObject(eph) ? ['ephemeralStorage', 'sizeInGiB'] : ['ephemeralStorage'],
				`ephemeralStorage.sizeInGiB は 21〜200 の整数で書きます（${size === undefined ? '値がありません' : `いまは ${quote(size)}`}）。何も書かなければ 20 GiB です。`,
			);
		if (windows)
			r.add(
				'windows-ephemeral-storage',
				['ephemeralStorage'],
				'Windows のタスクでエフェメラルストレージを拡張できるかは、AWS の資料によって記述が異なります（以前は「できない」、現行のページは PV 1.0.0 以降で「最大 200 GiB」）。本番で頼る前に、実際に登録して確かめてください。',
			);
	}

	const volumes = get(td, 'volumes');
	if (Array.isArray(volumes))
		volumes.forEach((v: unknown, i) => {
			if (!isObject(v)) return;
			if (has(v, 'dockerVolumeConfiguration'))
				r.add(
					'volume-host',
					['volumes', i, 'dockerVolumeConfiguration'],
					'dockerVolumeConfiguration（Docker ボリューム）は Fargate では使えません。タスク内で共有するならバインドマウント（name だけのボリューム）、永続化するなら EFS か EBS を使います。',
				);
			const host = get(v, 'host');
			if (isObject(host) && get(host, 'sourcePath') !== undefined)
				r.add(
					'volume-host',
					['volumes', i, 'host', 'sourcePath'],
					'host.sourcePath（ホストのディレクトリのマウント）は Fargate では使えません。Fargate のホストには触れないので、name だけのバインドマウントにします。',
				);
			if (windows && has(v, 'efsVolumeConfiguration'))
				r.add(
					'windows-unsupported',
					['volumes', i, 'efsVolumeConfiguration'],
					'EFS ボリュームは Windows のタスクでは使えません（Linux のタスクだけ）。',
				);
			if (has(v, 'fsxWindowsFileServerVolumeConfiguration'))
				r.add(
					'unsupported-parameter',
					['volumes', i, 'fsxWindowsFileServerVolumeConfiguration'],
					'FSx for Windows File Server のボリュームは Fargate では使えません。',
				);
		});
}

interface ContainerFacts {
	name: string | undefined;
	essential: boolean;
	cpu: number | undefined;
	memory: number | undefined;
	reservation: number | undefined;
}

function checkContainer(
	r: Report,
	c: Json,
	at: Segment[],
	{ windows }: Platform,
	needsRole: (reason: string, path: Segment[]) => void,
	ports: Map<string, string>,
): ContainerFacts {
	const name = typeof get(c, 'name') === 'string' ? (get(c, 'name') as string) : undefined;
	if (!name)
		r.add(
			'shape',
			[...at, 'name'],
			'コンテナに name がありません。タスク内で一意の名前を付けます。',
		);
	const image = get(c, 'image');
	if (image === undefined || image === '')
		r.add(
			'shape',
			[...at, 'image'],
			'コンテナに image がありません（例: "123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:1.0"）。',
		);
	else if (typeof image === 'string' && PRIVATE_ECR.test(image))
		needsRole('プライベートの Amazon ECR からイメージを pull する', [...at, 'image']);
	checkUnknownFields(r, c, CONTAINER_FIELDS, at);

	// Parameters Fargate does not accept.
	if (get(c, 'privileged') === true)
		r.add(
			'unsupported-parameter',
			[...at, 'privileged'],
			'privileged（特権コンテナ）は Fargate では使えません。ホストの権限が必要な処理は EC2 のタスクで動かします。',
		);
	if (get(c, 'disableNetworking') === true)
		r.add(
			'unsupported-parameter',
			[...at, 'disableNetworking'],
			'disableNetworking は Fargate では使えません。',
		);
	for (const key of [
		'links',
		'dnsServers',
		'dnsSearchDomains',
		'extraHosts',
		'dockerSecurityOptions',
	])
		if (isNonEmptyArray(get(c, key)))
			r.add(
				'unsupported-parameter',
				[...at, key],
				key === 'links'
					? 'links は Fargate では使えません。awsvpc では同じタスクのコンテナどうしは localhost でつながります。'
					: `${key} は Fargate では使えません。この項目を削除してください。`,
			);
	const requirements = get(c, 'resourceRequirements');
	if (Array.isArray(requirements))
		requirements.forEach((req: unknown, i) => {
			if (isObject(req) && (req['type'] === 'GPU' || req['type'] === 'InferenceAccelerator'))
				r.add(
					'unsupported-parameter',
					[...at, 'resourceRequirements', i],
					`Fargate では ${req['type']} を使えません。GPU が必要なら EC2 か ECS Managed Instances を使います。`,
				);
		});

	const lp = get(c, 'linuxParameters');
	if (isObject(lp)) {
		const lpAt = [...at, 'linuxParameters'];
		const caps = get(lp, 'capabilities');
		const add = isObject(caps) ? get(caps, 'add') : undefined;
		if (Array.isArray(add))
			add.forEach((cap: unknown, i) => {
				if (cap !== 'SYS_PTRACE' && cap !== 'CAP_SYS_PTRACE')
					r.add(
						'linux-parameters',
						[...lpAt, 'capabilities', 'add', i],
						`capability ${quote(cap)} は Fargate では追加できません。追加できるのは SYS_PTRACE だけです（drop は使えます）。`,
					);
			});
		if (isNonEmptyArray(get(lp, 'devices')))
			r.add(
				'linux-parameters',
				[...lpAt, 'devices'],
				'linuxParameters.devices（ホストのデバイス）は Fargate では使えません。',
			);
		for (const key of ['sharedMemorySize', 'tmpfs', 'maxSwap', 'swappiness'])
			if (get(lp, key) !== undefined && !(key === 'tmpfs' && !isNonEmptyArray(get(lp, key))))
				r.add(
					'linux-parameters',
					[...lpAt, key],
					`linuxParameters.${key} は Fargate では使えません。`,
				);
	}

	// Ports: awsvpc gives the task one network namespace.
	const mappings = get(c, 'portMappings');
	if (Array.isArray(mappings))
		mappings.forEach((pm: unknown, i) => {
			if (!isObject(pm)) return;
			const container = int(get(pm, 'containerPort'));
			const host = int(get(pm, 'hostPort'));
			if (host !== undefined && container !== undefined && host !== container)
				r.add(
					'port-mapping',
					[...at, 'portMappings', i, 'hostPort'],
					`awsvpc では hostPort（${host}）は省くか containerPort（${container}）と同じにします。タスクごとに ENI があるので、ポートを付け替える必要はありません。`,
				);
			if (container === undefined) return;
			const protocol =
				typeof get(pm, 'protocol') === 'string' ? String(get(pm, 'protocol')) : 'tcp';
			const key = `${container}/${protocol.toLowerCase()}`;
			const other = ports.get(key);
			if (other !== undefined && other !== (name ?? ''))
				r.add(
					'port-conflict',
					[...at, 'portMappings', i, 'containerPort'],
					`ポート ${key} はコンテナ "${other}" も使っています。awsvpc では同じタスクのコンテナが 1 つのネットワークを共有するので、同じポートで待ち受けられるのは 1 つだけです。`,
				);
			else ports.set(key, name ?? '');
		});

	// Logs.
	const log = get(c, 'logConfiguration');
	if (isObject(log)) {
		const driver = get(log, 'logDriver');
		if (typeof driver === 'string' && !LOG_DRIVERS.has(driver))
			r.add(
				'log-driver',
				[...at, 'logConfiguration', 'logDriver'],
				`ログドライバー "${driver}" は Fargate では使えません。awslogs・splunk・awsfirelens のどれかです。`,
			);
		if (driver === 'awslogs')
			needsRole('awslogs で CloudWatch Logs にログを送る', [
				...at,
				'logConfiguration',
				'logDriver',
			]);
		if (driver === 'awsfirelens' && windows)
			r.add(
				'windows-unsupported',
				[...at, 'logConfiguration', 'logDriver'],
				'FireLens（awsfirelens）は Windows のタスクでは使えません。',
			);
		if (isNonEmptyArray(get(log, 'secretOptions')))
			needsRole('ログの設定にシークレット（secretOptions）を渡す', [
				...at,
				'logConfiguration',
				'secretOptions',
			]);
	}
	if (windows && get(c, 'firelensConfiguration') !== undefined)
		r.add(
			'windows-unsupported',
			[...at, 'firelensConfiguration'],
			'FireLens は Windows のタスクでは使えません。',
		);

	if (isNonEmptyArray(get(c, 'secrets')))
		needsRole('secrets で Secrets Manager や SSM パラメータストアの値を注入する', [
			...at,
			'secrets',
		]);
	if (get(c, 'repositoryCredentials') !== undefined)
		needsRole('repositoryCredentials でプライベートレジストリに認証する', [
			...at,
			'repositoryCredentials',
		]);

	// Health check.
	const hc = get(c, 'healthCheck');
	if (isObject(hc)) {
		const hcAt = [...at, 'healthCheck'];
		const command = get(hc, 'command');
		if (!Array.isArray(command) || (command[0] !== 'CMD' && command[0] !== 'CMD-SHELL'))
			r.add(
				'health-check',
				[...hcAt, 'command'],
				'healthCheck.command は "CMD" か "CMD-SHELL" で始まる文字列の配列で書きます（例: ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]）。',
			);
		for (const [key, min, max, label] of [
			['interval', 5, 300, '秒'],
			['timeout', 2, 60, '秒'],
			['retries', 1, 10, '回'],
			['startPeriod', 0, 300, '秒'],
		] as const) {
			const v = get(hc, key);
			if (v === undefined) continue;
			const n = int(v);
			if (n === undefined || n < min || n > max)
				r.add(
					'health-check',
					[...hcAt, key],
					`healthCheck.${key} は ${min}〜${max} ${label}の整数で書きます（いまは ${quote(v)}）。`,
				);
		}
	}

	const stop = get(c, 'stopTimeout');
	if (stop !== undefined) {
		const n = int(stop);
		if (n === undefined || n < 0 || n > 120)
			r.add(
				'stop-timeout',
				[...at, 'stopTimeout'],
				`Fargate の stopTimeout は 0〜120 秒です（いまは ${quote(stop)}）。SIGTERM の後この時間で SIGKILL になります。Fargate Spot の中断通知は 2 分前なので、後片付けは 120 秒以内に終わるようにします。`,
			);
	}

	const cpu = int(get(c, 'cpu'));
	const memory = int(get(c, 'memory'));
	const reservation = int(get(c, 'memoryReservation'));
	if (memory !== undefined && reservation !== undefined && reservation > memory)
		r.add(
			'container-size',
			[...at, 'memoryReservation'],
			`memoryReservation（${reservation} MiB、ソフトリミット）が memory（${memory} MiB、ハードリミット）より大きくなっています。memory は memoryReservation 以上にします。`,
		);
	return { name, essential: get(c, 'essential') !== false, cpu, memory, reservation };
}

function checkContainers(r: Report, td: Json, platform: Platform, size: TaskSize) {
	const list = get(td, 'containerDefinitions');
	if (list === undefined || list instanceof Intrinsic) {
		if (list === undefined)
			r.add(
				'shape',
				['containerDefinitions'],
				'containerDefinitions がありません。コンテナ定義を 1 つ以上、配列で書きます。',
			);
		return;
	}
	if (!Array.isArray(list) || list.length === 0) {
		r.add(
			'shape',
			['containerDefinitions'],
			'containerDefinitions はコンテナ定義の配列で、1 つ以上必要です。',
		);
		return;
	}
	if (list.length > 10)
		r.add(
			'container-count',
			['containerDefinitions'],
			`コンテナが ${list.length} 個あります。1 つのタスク定義に書けるのは 10 個までです。関係の薄いコンテナは別のタスク定義（別のサービス）に分けます。`,
		);

	const roleNeeds: { reason: string; path: Segment[] }[] = [];
	const ports = new Map<string, string>();
	const facts: (ContainerFacts & { at: Segment[] })[] = [];
	const names = new Map<string, number>();
	list.forEach((c: unknown, i) => {
		const at: Segment[] = ['containerDefinitions', i];
		if (!isObject(c)) {
			r.add('shape', at, 'コンテナ定義はオブジェクト（{ "name": …, "image": … }）で書きます。');
			return;
		}
		const f = checkContainer(
			r,
			c,
			at,
			platform,
			(reason, path) => roleNeeds.push({ reason, path }),
			ports,
		);
		if (f.name !== undefined) {
			if (names.has(f.name))
				r.add(
					'shape',
					[...at, 'name'],
					`コンテナ名 "${f.name}" が重複しています。タスク内で一意にします。`,
				);
			names.set(f.name, i);
		}
		facts.push({ ...f, at });
	});

	if (facts.length > 0 && !facts.some((f) => f.essential))
		r.add(
			'essential',
			['containerDefinitions'],
			'必須コンテナ（essential: true）がありません。タスクには必須コンテナが 1 つ以上必要です（essential を省いたコンテナは true 扱い）。',
		);

	// dependsOn: the container exists; COMPLETE and SUCCESS wait for a container that exits.
	list.forEach((c: unknown, i) => {
		const deps = isObject(c) ? get(c, 'dependsOn') : undefined;
		if (!Array.isArray(deps)) return;
		deps.forEach((d: unknown, j) => {
			if (!isObject(d)) return;
			const target = get(d, 'containerName');
			const condition = get(d, 'condition');
			const at: Segment[] = ['containerDefinitions', i, 'dependsOn', j];
			if (typeof target !== 'string' || !names.has(target)) {
				r.add(
					'depends-on',
					[...at, 'containerName'],
					`dependsOn の containerName ${quote(target)} というコンテナがこのタスク定義にありません。`,
				);
				return;
			}
			const targetFacts = facts.find((f) => f.name === target);
			if ((condition === 'COMPLETE' || condition === 'SUCCESS') && targetFacts?.essential)
				r.add(
					'depends-on',
					[...at, 'condition'],
					`"${target}" の終了を ${condition} で待っていますが、"${target}" は必須コンテナです。必須コンテナが終了するとタスク全体が止まるので、終了を待つ相手は essential: false にします。`,
				);
		});
	});

	// Container sizes inside the task's.
	const { cpu, memory } = size;
	let cpuSum = 0;
	let memorySum = 0;
	for (const f of facts) {
		cpuSum += f.cpu ?? 0;
		memorySum += f.reservation ?? f.memory ?? 0;
		if (cpu !== undefined && f.cpu !== undefined && f.cpu > cpu)
			r.add(
				'container-size',
				[...f.at, 'cpu'],
				`コンテナの cpu（${f.cpu}）がタスクの cpu（${cpu}）を超えています。`,
			);
		if (memory !== undefined && f.memory !== undefined && f.memory > memory)
			r.add(
				'container-size',
				[...f.at, 'memory'],
				`コンテナの memory（${f.memory} MiB）がタスクの memory（${memory} MiB）を超えています。コンテナの値はタスクの枠の中で配分します。`,
			);
	}
	if (cpu !== undefined && facts.filter((f) => f.cpu !== undefined).length > 1 && cpuSum > cpu)
		r.add(
			'container-size',
			['containerDefinitions'],
			`コンテナの cpu の合計（${cpuSum}）がタスクの cpu（${cpu}）を超えています。`,
		);
	if (
		memory !== undefined &&
		facts.filter((f) => (f.reservation ?? f.memory) !== undefined).length > 1 &&
		memorySum > memory
	)
		r.add(
			'container-size',
			['containerDefinitions'],
			`コンテナが確保するメモリの合計（${memorySum} MiB）がタスクの memory（${memory} MiB）を超えています。`,
		);

	// The execution role: used by the Fargate agent, not by the application.
	const exec = get(td, 'executionRoleArn');
	const task = get(td, 'taskRoleArn');
	if ((exec === undefined || exec === '') && roleNeeds.length > 0) {
		const confusion =
			task !== undefined && task !== ''
				? 'taskRoleArn（タスクロール）はアプリが AWS の API を呼ぶためのロールで、イメージの pull やログの送信には使われません。'
				: '';
		for (const need of roleNeeds)
			r.add(
				'execution-role',
				need.path,
				`${need.reason}には executionRoleArn（タスク実行ロール）が必要です。${confusion}AmazonECSTaskExecutionRolePolicy を付けたロールを executionRoleArn に指定します。`,
			);
	}
}

/** Checks a task definition value (any of the accepted shapes). */
export function checkTaskDefinition(doc: unknown): CheckResult {
	const { shape, value, origin } = normalize(doc);
	const r = new Report(origin);
	if (!isObject(value)) {
		r.add(
			'shape',
			[],
			'タスク定義は { で始まる JSON オブジェクトです（register-task-definition の --cli-input-json の形）。',
		);
		return { shape, findings: r.findings };
	}
	checkUnknownFields(r, value, TASK_FIELDS, []);
	const platform = checkPlatform(r, value);
	checkTaskLevelOptions(r, value, platform);
	const size = checkTaskSize(r, value, platform);
	checkContainers(r, value, platform, size);
	const exec = get(value, 'executionRoleArn');
	const task = get(value, 'taskRoleArn');
	if (
		(typeof exec === 'string' && exec !== '' && exec === task) ||
		(exec instanceof Intrinsic && exec.sameAs(task))
	)
		r.add(
			'same-role',
			['taskRoleArn'],
			'taskRoleArn と executionRoleArn が同じロールです。アプリにもイメージの pull やシークレット取得の権限が渡ってしまうので、役割ごとに別のロールにします（最小権限）。',
		);
	return { shape, findings: r.findings };
}

const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, info: 2 };

/** Checks task-definition text: a located syntax error, or the findings with their lines. */
export function checkTaskDefinitionText(text: string): CheckResult {
	const parsed = parseJson(text);
	if (!parsed.ok) {
		const { line, column, message } = parsed.error;
		const info = RULES['json-syntax'];
		return {
			shape: undefined,
			findings: [
				{
					path: '',
					rule: 'json-syntax',
					level: info.level,
					message: `${line} 行 ${column} 文字目: ${message}`,
					lesson: info.lesson,
					source: info.source,
					line,
					column,
				},
			],
		};
	}
	const result = checkTaskDefinition(parsed.value);
	const located = result.findings.map((f) => {
		const path = f.path === '' ? [] : f.path.slice(1).split('/').map(fromPointerSegment);
		const pos = parsed.locate(path);
		return { ...f, line: pos?.line, column: pos?.column };
	});
	located.sort(
		(a, b) =>
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.column ?? 0) - (b.column ?? 0) ||
			LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level],
	);
	return { shape: result.shape, findings: located };
}

/** One pointer segment back to a key or index. */
function fromPointerSegment(s: string): Segment {
	const key = s.replaceAll('~1', '/').replaceAll('~0', '~');
	return /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key;
}
