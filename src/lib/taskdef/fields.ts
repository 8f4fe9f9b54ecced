/**
 * The field names a task definition may have, so a misspelt one can be reported instead of being
 * silently ignored. From the ECS API reference (RegisterTaskDefinition, ContainerDefinition) as
 * of 2026-12; `describe-task-definition` output adds read-only fields, which are accepted too.
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** RegisterTaskDefinition request fields. */
const REGISTER_FIELDS = [
	'family',
	'taskRoleArn',
	'executionRoleArn',
	'networkMode',
	'containerDefinitions',
	'volumes',
	'placementConstraints',
	'requiresCompatibilities',
	'cpu',
	'memory',
	'tags',
	'pidMode',
	'ipcMode',
	'proxyConfiguration',
	'inferenceAccelerators',
	'ephemeralStorage',
	'runtimePlatform',
	'enableFaultInjection',
];

/** Read-only fields in `describe-task-definition` output. */
const DESCRIBED_FIELDS = [
	'taskDefinitionArn',
	'revision',
	'status',
	'requiresAttributes',
	'compatibilities',
	'registeredAt',
	'registeredBy',
	'deregisteredAt',
	'deleteRequestedAt',
];

export const TASK_FIELDS: ReadonlySet<string> = new Set([...REGISTER_FIELDS, ...DESCRIBED_FIELDS]);

export const CONTAINER_FIELDS: ReadonlySet<string> = new Set([
	'name',
	'image',
	'repositoryCredentials',
	'cpu',
	'memory',
	'memoryReservation',
	'links',
	'portMappings',
	'essential',
	'restartPolicy',
	'entryPoint',
	'command',
	'environment',
	'environmentFiles',
	'mountPoints',
	'volumesFrom',
	'linuxParameters',
	'secrets',
	'dependsOn',
	'startTimeout',
	'stopTimeout',
	'versionConsistency',
	'hostname',
	'user',
	'workingDirectory',
	'disableNetworking',
	'privileged',
	'readonlyRootFilesystem',
	'dnsServers',
	'dnsSearchDomains',
	'extraHosts',
	'dockerSecurityOptions',
	'interactive',
	'pseudoTerminal',
	'dockerLabels',
	'ulimits',
	'logConfiguration',
	'healthCheck',
	'systemControls',
	'resourceRequirements',
	'firelensConfiguration',
	'credentialSpecs',
]);

/** Edit distance, capped: enough to suggest `executionRoleArn` for `excutionRoleArn`. */
function distance(a: string, b: string): number {
	const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0] ?? 0;
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const up = prev[j] ?? 0;
			const left = prev[j - 1] ?? 0;
			prev[j] = Math.min(up + 1, left + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = up;
		}
	}
	return prev[b.length] ?? Infinity;
}

/** The known field `name` was probably meant to be, if one is close. */
export function closestField(name: string, known: ReadonlySet<string>): string | undefined {
	const lower = name.toLowerCase();
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const field of known) {
		const d = field.toLowerCase() === lower ? 0 : distance(lower, field.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [field, d];
	}
	return bestDistance <= Math.max(1, Math.floor(name.length / 5)) ? best : undefined;
}
