/**
 * Worked examples for /tools/task-definition/: typical first attempts and one clean definition.
 * Each broken example shows a different group of rules. Keys match `tools.taskdef.example.*`.
 */

const execRole = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
const ecrImage = (name: string) => `123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/${name}`;

export const EXAMPLES = {
	/** A first deployment: EC2 habits carried over to Fargate. */
	first: {
		family: 'first-deployment',
		networkMode: 'bridge',
		cpu: '256',
		memory: '4096',
		taskRoleArn: 'arn:aws:iam::123456789012:role/appTaskRole',
		containerDefinitions: [
			{
				name: 'web',
				image: ecrImage('web:latest'),
				essential: true,
				privileged: true,
				portMappings: [{ containerPort: 8080, hostPort: 80 }],
				stopTimeout: 300,
				logConfiguration: {
					logDriver: 'awslogs',
					options: {
						'awslogs-group': '/ecs/web',
						'awslogs-region': 'ap-northeast-1',
						'awslogs-stream-prefix': 'web',
					},
				},
			},
		],
	},
	/** Windows with Linux-only choices. */
	windows: {
		family: 'legacy-dotnet',
		requiresCompatibilities: ['FARGATE'],
		networkMode: 'awsvpc',
		cpu: '512',
		memory: '1024',
		runtimePlatform: {
			operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE',
			cpuArchitecture: 'ARM64',
		},
		executionRoleArn: execRole,
		volumes: [{ name: 'shared', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0' } }],
		containerDefinitions: [
			{
				name: 'app',
				image: 'mcr.microsoft.com/dotnet/framework/aspnet:4.8',
				essential: true,
				logConfiguration: { logDriver: 'awsfirelens' },
			},
		],
	},
	/** CloudFormation Properties with a host volume and a sidecar waiting on an essential container. */
	cloudformation: {
		Family: 'app-with-sidecar',
		RequiresCompatibilities: ['FARGATE'],
		NetworkMode: 'awsvpc',
		Cpu: '1024',
		Memory: '2048',
		ExecutionRoleArn: { 'Fn::GetAtt': ['ExecutionRole', 'Arn'] },
		TaskRoleArn: { 'Fn::GetAtt': ['ExecutionRole', 'Arn'] },
		Volumes: [{ Name: 'logs', Host: { SourcePath: '/var/log/app' } }],
		ContainerDefinitions: [
			{
				Name: 'app',
				Image: ecrImage('app:2.0.0'),
				Essential: true,
				PortMappings: [{ ContainerPort: 8080 }],
				DependsOn: [{ ContainerName: 'migrate', Condition: 'SUCCESS' }],
				HealthCheck: { Command: ['curl -f http://localhost:8080/'], Interval: 3 },
			},
			{ Name: 'migrate', Image: ecrImage('app:2.0.0'), Command: ['./migrate'] },
		],
	},
	/** A clean web API: what the fixes look like. */
	valid: {
		family: 'web-api',
		requiresCompatibilities: ['FARGATE'],
		networkMode: 'awsvpc',
		cpu: '1024',
		memory: '2048',
		runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
		executionRoleArn: execRole,
		taskRoleArn: 'arn:aws:iam::123456789012:role/webApiTaskRole',
		containerDefinitions: [
			{
				name: 'api',
				image: ecrImage('web-api:1.4.2'),
				essential: true,
				portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
				logConfiguration: {
					logDriver: 'awslogs',
					options: {
						'awslogs-group': '/ecs/web-api',
						'awslogs-region': 'ap-northeast-1',
						'awslogs-stream-prefix': 'api',
					},
				},
				healthCheck: {
					command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'],
					interval: 30,
					timeout: 5,
					retries: 3,
				},
				stopTimeout: 120,
			},
		],
	},
} as const;

export type ExampleId = keyof typeof EXAMPLES;
export const EXAMPLE_IDS = Object.keys(EXAMPLES) as ExampleId[];

/** An example as a learner would paste it. */
export const exampleText = (id: ExampleId): string => JSON.stringify(EXAMPLES[id], null, 2);
