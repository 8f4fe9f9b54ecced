/** Times `npm run build` (astro build, which also writes the Pagefind index) in a checkout. */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';

let clockTicks: number | undefined;
/**
 * CPU seconds (user + system) used so far by this process's finished children and their own
 * children, from /proc (Linux); null elsewhere. Less sensitive than wall time to other work on
 * the machine.
 */
export function childCpuSeconds(): number | null {
	try {
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
		clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
		return (Number(fields[13]) + Number(fields[14])) / clockTicks; // cutime + cstime
	} catch {
		return null;
	}
}

export interface BuildTime {
	/** Wall time, seconds. */
	seconds: number;
	/** CPU time of the build's processes, seconds (null when the OS does not tell). */
	cpuSeconds: number | null;
}

/**
 * Runs `npm run build` in `cwd` and returns its wall and CPU time. The output goes to
 * `logFile`; on failure the error quotes the log's last lines.
 */
export async function timeBuild(cwd: string, logFile: string): Promise<BuildTime> {
	mkdirSync(dirname(logFile), { recursive: true });
	const log = createWriteStream(logFile);
	const cpuStart = childCpuSeconds();
	const start = performance.now();
	const code = await new Promise<number | null>((resolve, reject) => {
		const child = spawn('npm', ['run', 'build'], {
			cwd,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		});
		child.stdout.pipe(log, { end: false });
		child.stderr.pipe(log, { end: false });
		child.on('error', reject);
		child.on('close', resolve);
	});
	const seconds = (performance.now() - start) / 1000;
	const cpuEnd = childCpuSeconds();
	await new Promise<void>((resolve) => log.end(resolve));
	if (code !== 0) {
		const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-25).join('\n');
		throw new Error(`npm run build failed in ${cwd} (exit ${code}); log: ${logFile}\n${tail}`);
	}
	return { seconds, cpuSeconds: cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart };
}
