/**
 * Offline study: after every build (and after Pagefind has written its index, so this
 * integration comes last in astro.config.mjs), lists the output, decides what to precache
 * (src/lib/offline/precache.ts) and writes `<outDir>/sw.js`: the version and the precache list
 * followed by the worker itself (src/integrations/sw.js, which documents its lifecycle).
 * URLs in the list are relative to the worker's scope, so the same worker works under any base.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheVersion, precacheEntries, type BuiltFile } from '../lib/offline/precache.ts';

function listFiles(root: string): BuiltFile[] {
	const out: BuiltFile[] = [];
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const full = join(entry.parentPath, entry.name);
		const hash = createHash('sha256').update(readFileSync(full)).digest('hex').slice(0, 16);
		out.push({ path: relative(root, full).split(sep).join('/'), hash });
	}
	return out;
}

export function offline(): AstroIntegration {
	let root: URL | undefined;
	return {
		name: 'fd-offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!root) throw new Error('fd-offline: astro:config:done did not run');
				const out = fileURLToPath(dir);
				const entries = precacheEntries(listFiles(out));
				const worker = readFileSync(new URL('src/integrations/sw.js', root), 'utf8');
				// A change to the worker's own code is a new version too.
				const workerHash = createHash('sha256').update(worker).digest('hex').slice(0, 16);
				const version = cacheVersion([...entries, { url: 'sw.js', revision: workerHash }]);
				writeFileSync(
					join(out, 'sw.js'),
					`const FD_VERSION = ${JSON.stringify(version)};\nconst FD_PRECACHE = ${JSON.stringify(entries)};\n${worker}`,
				);
				logger.info(`sw.js: ${entries.length} files precached, version ${version}`);
			},
		},
	};
}
