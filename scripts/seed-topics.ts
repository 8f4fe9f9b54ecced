/**
 * The topics of the notes the product grew from (shared/seeds/000–004), each with the pattern
 * that recognises a question about it (matched against the stem and the option texts: what a
 * question asks, not what its explanation mentions). `npm run coverage` lists the topics asked
 * fewer than twice; a test requires there be none.
 */
export interface SeedTopic {
	id: string;
	/** Seed file number(s) the topic comes from. */
	seeds: string;
	title: string;
	pattern: RegExp;
}

export const SEED_TOPICS: readonly SeedTopic[] = [
	{
		id: 'control-data-plane',
		seeds: '000',
		title: 'コントロールプレーンとデータプレーン',
		pattern: /コントロールプレーン|データプレーン|control plane|data plane|オーケストレーター/i,
	},
	{
		id: 'managed-by-aws',
		seeds: '000 002 003',
		title: 'AWS が管理する範囲と利用者の責任',
		pattern: /責任共有|パッチ|インフラ(ストラクチャ)?の管理|管理する必要|運用負荷/,
	},
	{
		id: 'task-size',
		seeds: '000 002',
		title: 'タスクの vCPU とメモリの組み合わせ',
		pattern: /vCPU|CPU.{0,20}メモリ|`cpu`|タスクサイズ/,
	},
	{
		id: 'image-cache',
		seeds: '000 002',
		title: 'イメージのキャッシュと起動時間',
		pattern: /キャッシュ|起動(時間|が遅|を速)|SOCI|zstd/,
	},
	{ id: 'gpu', seeds: '000 001 003', title: 'GPU と特定のハードウェア', pattern: /GPU|機械学習/ },
	{
		id: 'daemon-sidecar',
		seeds: '000',
		title: 'DAEMON 戦略とサイドカー',
		pattern: /DAEMON|デーモン|サイドカー|sidecar|DaemonSet/i,
	},
	{
		id: 'awsvpc-eni',
		seeds: '000 002',
		title: 'awsvpc とタスクごとの ENI',
		pattern: /awsvpc|ENI|ネットワークモード/,
	},
	{
		id: 'ephemeral-bind',
		seeds: '000 002',
		title: 'エフェメラルストレージとバインドマウント',
		pattern: /エフェメラル|ephemeral|バインドマウント|bind mount/i,
	},
	{
		id: 'isolation-ssh-exec',
		seeds: '000',
		title: 'タスクの分離、SSH 不可と ECS Exec',
		pattern: /分離|SSH|ECS Exec|execute-command/,
	},
	{ id: 'spot', seeds: '000', title: 'Fargate Spot', pattern: /Spot|SPOT/ },
	{ id: 'graviton', seeds: '000', title: 'Graviton（ARM64）', pattern: /Graviton|ARM64|Arm/ },
	{
		id: 'ecs-vs-fargate',
		seeds: '001',
		title: 'ECS（オーケストレーター）と Fargate（キャパシティ）の関係',
		pattern: /起動タイプ|launch ?type|キャパシティープロバイダー|capacity provider|launchType/i,
	},
	{
		id: 'ecs-anywhere',
		seeds: '001',
		title: 'オンプレミスとの統合（ECS Anywhere）',
		pattern: /ECS Anywhere|EXTERNAL|オンプレミス/,
	},
	{
		id: 'pricing',
		seeds: '001 002 003 004',
		title: '料金と課金の基準',
		pattern: /課金|料金|コスト/,
	},
	{
		id: 'security-groups',
		seeds: '001',
		title: 'セキュリティグループによるアクセス管理',
		pattern: /セキュリティグループ|security group/i,
	},
	{
		id: 'cloudformation',
		seeds: '001',
		title: 'CloudFormation の CapacityProviders',
		pattern: /CloudFormation|CapacityProviders|AWS::ECS/,
	},
	{
		id: 'vpc-endpoints',
		seeds: '001 002',
		title: 'プライベートサブネットと VPC エンドポイント',
		pattern: /エンドポイント|endpoint|NAT/i,
	},
	{
		id: 'alb',
		seeds: '001 003',
		title: 'ALB／NLB との統合',
		pattern: /ALB|NLB|ロードバランサー|Load Balancer|ターゲットグループ/,
	},
	{
		id: 'ecr-build-steps',
		seeds: '001 004',
		title: 'ECR へのイメージ push と構築の順序',
		pattern: /ECR|push|プッシュ|コンソール/,
	},
	{
		id: 'terminology',
		seeds: '001 004',
		title: 'クラスター・タスク・サービス・タスク定義',
		pattern: /クラスター|タスク定義|サービススケジューラ|desired count|必要数|コンテナインスタンス/,
	},
	{ id: 'lambda', seeds: '002 003', title: 'Lambda との比較', pattern: /Lambda/ },
	{
		id: 'terraform',
		seeds: '002',
		title: 'Terraform での実装',
		pattern: /Terraform|aws_ecs|aws_vpc_endpoint|resource "/,
	},
	{
		id: 'secrets',
		seeds: '002',
		title: 'シークレットの注入',
		pattern: /Secrets Manager|シークレット|パラメータストア|Parameter Store|valueFrom/,
	},
	{
		id: 'logs',
		seeds: '002',
		title: 'ログ（awslogs、FireLens）',
		pattern: /awslogs|FireLens|Fluent Bit|CloudWatch Logs|ログ/,
	},
	{
		id: 'monitoring',
		seeds: '002',
		title: 'Container Insights とメトリクス・アラーム',
		pattern: /Container Insights|メトリクス|アラーム|CloudWatch/,
	},
	{
		id: 'health-check',
		seeds: '002',
		title: 'ヘルスチェック',
		pattern: /ヘルスチェック|healthCheck|health check/i,
	},
	{
		id: 'deployment',
		seeds: '002',
		title: 'デプロイ設定とサーキットブレーカー',
		pattern:
			/デプロイ|サーキットブレーカー|circuit breaker|minimumHealthyPercent|maximumPercent|ブルー\/グリーン/i,
	},
	{
		id: 'service-discovery',
		seeds: '002',
		title: 'サービスディスカバリー',
		pattern: /サービスディスカバリー|Cloud Map|Service Connect|サービス検出/,
	},
	{
		id: 'microservices',
		seeds: '002 003 004',
		title: 'マイクロサービス',
		pattern: /マイクロサービス|microservice/i,
	},
	{
		id: 'batch-schedule',
		seeds: '002 004',
		title: 'バッチとスケジュール実行（EventBridge）',
		pattern: /バッチ|EventBridge|cron|スケジュール/,
	},
	{
		id: 'troubleshooting',
		seeds: '002',
		title: '停止理由とエラー（CannotPull、ResourceInitialization、OOM）',
		pattern:
			/CannotPullContainerError|ResourceInitializationError|OutOfMemory|137|停止理由|stoppedReason/,
	},
	{
		id: 'warm-pool',
		seeds: '002',
		title: 'ウォームプール（Fargate にはない）',
		pattern: /ウォームプール|warm pool/i,
	},
	{
		id: 'scaling-limits',
		seeds: '002 003 004',
		title: 'スケーリングとクォータ',
		pattern: /Auto Scaling|スケール|クォータ|スロットリング|quota/i,
	},
	{
		id: 'persistent-storage',
		seeds: '002',
		title: '永続ストレージ（EFS、EBS）',
		pattern: /EFS|EBS/,
	},
	{ id: 'app-runner', seeds: '003', title: 'App Runner との関係', pattern: /App Runner/ },
	{
		id: 'images-oci',
		seeds: '003',
		title: 'コンテナイメージ（Docker／OCI）',
		pattern: /OCI|Docker|イメージ/,
	},
	{
		id: 'image-scanning',
		seeds: '003',
		title: 'イメージの脆弱性スキャン',
		pattern: /スキャン|脆弱性|Inspector/,
	},
	{
		id: 'eks-fargate',
		seeds: '003',
		title: 'EKS on Fargate と Fargate プロファイル',
		pattern: /EKS|Fargate プロファイル|Fargate profile|Pod/,
	},
	{
		id: 'api-backend',
		seeds: '003 004',
		title: 'API バックエンド',
		pattern: /API Gateway|API バックエンド|API サーバー|API を/,
	},
	{
		id: 'iam-roles',
		seeds: '003 004',
		title: 'タスクロールとタスク実行ロール',
		pattern: /タスクロール|タスク実行ロール|taskRoleArn|executionRoleArn|IAM ロール/,
	},
	{ id: 'encryption', seeds: '003', title: 'データの暗号化', pattern: /暗号化|KMS/ },
	{
		id: 'ci-cd',
		seeds: '004',
		title: 'CI/CD パイプライン',
		pattern: /CI\/CD|CodePipeline|CodeBuild|CodeDeploy|パイプライン/,
	},
	{
		id: 'high-availability',
		seeds: '004',
		title: '高可用性と AZ 分散',
		pattern: /アベイラビリティーゾーン|AZ|高可用性|可用性/,
	},
];
