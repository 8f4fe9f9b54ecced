/**
 * Fargate task sizes: the valid task-level CPU/memory pairs per operating system, and parsing of
 * the `cpu` / `memory` strings the ECS API accepts. Used by the task-definition checker and the
 * cost calculator. THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 *
 * Facts: shared/facts/fargate-facts.md §3 (table), updates-2025-2026.md §12 (unchanged limits);
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html
 */

export type OsFamily = 'linux' | 'windows';

/** One CPU value and the memory values (MiB) it accepts. */
export interface CpuRow {
	/** CPU units (1024 = 1 vCPU). */
	cpu: number;
	/** Valid task memory values in MiB, ascending. */
	memory: readonly number[];
	/** Operating systems that may use this CPU value. */
	os: readonly OsFamily[];
}

const GB = 1024;
const range = (fromGb: number, toGb: number, stepGb: number): number[] => {
	const out: number[] = [];
	for (let gb = fromGb; gb <= toGb; gb += stepGb) out.push(gb * GB);
	return out;
};

/** The Fargate CPU/memory table, smallest first. */
export const CPU_ROWS: readonly CpuRow[] = [
	{ cpu: 256, memory: [512, 1024, 2048], os: ['linux'] },
	{ cpu: 512, memory: range(1, 4, 1), os: ['linux'] },
	{ cpu: 1024, memory: range(2, 8, 1), os: ['linux', 'windows'] },
	{ cpu: 2048, memory: range(4, 16, 1), os: ['linux', 'windows'] },
	{ cpu: 4096, memory: range(8, 30, 1), os: ['linux', 'windows'] },
	{ cpu: 8192, memory: range(16, 60, 4), os: ['linux'] },
	{ cpu: 16384, memory: range(32, 120, 8), os: ['linux'] },
];

/** A task size: CPU units and memory in MiB. */
export interface TaskSize {
	cpu: number;
	memory: number;
}

/** The CPU row for a CPU value, if Fargate has one. */
export function cpuRow(cpu: number): CpuRow | undefined {
	return CPU_ROWS.find((r) => r.cpu === cpu);
}

/** Whether `size` is a valid Fargate pair for `os`. */
export function isValidSize(size: TaskSize, os: OsFamily): boolean {
	const row = cpuRow(size.cpu);
	return !!row && row.os.includes(os) && row.memory.includes(size.memory);
}

/** Every valid size for an operating system, smallest CPU then memory first. */
export function validSizes(os: OsFamily): TaskSize[] {
	return CPU_ROWS.filter((r) => r.os.includes(os)).flatMap((r) =>
		r.memory.map((memory) => ({ cpu: r.cpu, memory })),
	);
}

/**
 * The valid sizes nearest to `size` for `os`: one memory step down and up at the same CPU, and
 * the next CPU down and up with the closest memory they accept. `size` itself is not included.
 */
export function neighbourSizes(size: TaskSize, os: OsFamily): TaskSize[] {
	const rows = CPU_ROWS.filter((r) => r.os.includes(os));
	const index = rows.findIndex((r) => r.cpu === size.cpu);
	const row = rows[index];
	if (!row) return [];
	const out: TaskSize[] = [];
	const m = row.memory.indexOf(size.memory);
	const down = row.memory[m - 1];
	const up = row.memory[m + 1];
	if (m >= 0 && down !== undefined) out.push({ cpu: row.cpu, memory: down });
	if (m >= 0 && up !== undefined) out.push({ cpu: row.cpu, memory: up });
	const closest = (r: CpuRow) =>
		r.memory.reduce((best, v) =>
			Math.abs(v - size.memory) < Math.abs(best - size.memory) ? v : best,
		);
	const lower = rows[index - 1];
	const higher = rows[index + 1];
	if (lower) out.unshift({ cpu: lower.cpu, memory: closest(lower) });
	if (higher) out.push({ cpu: higher.cpu, memory: closest(higher) });
	return out;
}

/**
 * Parses a task-level `cpu` value as the API accepts it: CPU units (`"1024"`, `1024`) or vCPUs
 * (`"1 vCPU"`, `"0.25 vcpu"`). Returns CPU units, or undefined when it is not a number at all.
 */
export function parseTaskCpu(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (/^\d+$/.test(text)) return Number(text);
	const vcpu = /^(\d+(?:\.\d+)?)\s*vcpu$/i.exec(text);
	return vcpu ? Math.round(Number(vcpu[1]) * 1024) : undefined;
}

/**
 * Parses a task-level `memory` value: MiB (`"2048"`, `2048`) or GB (`"2 GB"`, `"2GB"`, `"0.5 gb"`).
 * Returns MiB, or undefined when it is not a number at all.
 */
export function parseTaskMemory(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (/^\d+$/.test(text)) return Number(text);
	const gb = /^(\d+(?:\.\d+)?)\s*gb$/i.exec(text);
	return gb ? Math.round(Number(gb[1]) * 1024) : undefined;
}

/** `0.25`, `1`, `16`: vCPUs for display. */
export const vcpuLabel = (cpu: number): string => String(cpu / 1024);

/** `512 MiB` below 1 GB, else `2 GB`, `0.5 GB`: memory for display. */
export function memoryLabel(mib: number): string {
	return mib < 1024 ? `${mib} MiB` : `${mib / 1024} GB`;
}
