/** Serves a build with `astro preview` on a free port for the browser measurements. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export interface Preview {
	/** Origin without a trailing slash, e.g. http://localhost:4567 */
	origin: string;
	stop(): Promise<void>;
}

/**
 * Starts `astro preview --ignore-lock` (the flag keeps it in the foreground, so it can be stopped)
 * serving `outDir` (relative to `root`), and waits until it answers.
 */
export async function startPreview(root: string, outDir: string): Promise<Preview> {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[
			join(root, 'node_modules/astro/bin/astro.mjs'),
			'preview',
			'--ignore-lock',
			'--port',
			String(port),
			'--outDir',
			outDir,
		],
		{
			cwd: root,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		},
	);
	let output = '';
	child.stdout.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr.on('data', (d: Buffer) => (output += d.toString()));
	const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
	let running = true;
	void exited.then(() => (running = false));
	// Read through a function: the flag changes in a callback, which narrowing cannot see.
	const isRunning = () => running;

	const stop = async () => {
		if (!running || child.pid === undefined) return;
		try {
			process.kill(-child.pid, 'SIGTERM'); // the process group: npm-less, but astro may fork
		} catch {
			return;
		}
		const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
		if (!done) process.kill(-child.pid, 'SIGKILL');
	};

	const origin = `http://localhost:${port}`;
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (!isRunning()) throw new Error(`astro preview exited before serving:\n${output}`);
		try {
			const res = await fetch(`${origin}/`);
			if (res.ok) return { origin, stop };
		} catch {
			// not listening yet
		}
		await sleep(250);
	}
	await stop();
	throw new Error(`astro preview did not answer on ${origin} within 60 s:\n${output}`);
}
