/**
 * Removes, from package-lock.json, optional dependencies that have no entry of their own.
 *
 * Why: this project's package registry mirror lacks some other-platform binaries (e.g.
 * @pagefind/darwin-arm64@1.6.0). npm then writes a lockfile that names them as optional
 * dependencies without recording them, and `npm ci` refuses that lockfile ("Missing: … from
 * lock file"). Dropping the dangling names makes the lockfile self-consistent for this platform;
 * `npm install` on another platform resolves its own binaries again.
 * Usage: npm run lock:prune   (after any `npm install` that changes the lockfile)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const file = resolve(import.meta.dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8')) as {
	packages: Record<string, { optionalDependencies?: Record<string, string> }>;
};
const removed: string[] = [];
for (const [path, entry] of Object.entries(lock.packages)) {
	const optional = entry.optionalDependencies;
	if (!optional) continue;
	const kept = Object.entries(optional).filter(([name]) => {
		const nested = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
		if (nested in lock.packages || `node_modules/${name}` in lock.packages) return true;
		removed.push(`${path || '(root)'} → ${name}`);
		return false;
	});
	if (kept.length === 0) delete entry.optionalDependencies;
	else entry.optionalDependencies = Object.fromEntries(kept);
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
	removed.length
		? `removed ${removed.length} dangling optional dependencies:\n${removed.join('\n')}`
		: 'lockfile already consistent',
);
