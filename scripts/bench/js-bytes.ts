/**
 * The JavaScript a built page loads at startup, measured from the files in dist/ (no browser).
 *
 * Startup = every `<script>` of the page that the browser runs (`type` absent, `module` or a
 * JavaScript MIME type; JSON and template scripts are data, not code), plus every module they
 * import statically, transitively. Modules reached only through `import()` are "lazy": listed
 * separately, never counted in the totals. Inline scripts count (their bytes ship in the HTML);
 * their static imports are followed too.
 *
 * Used by `npm run bench` and by the byte-budget tests. Node only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
// es-module-lexer comes with Astro and Vite (the same parser Vite uses on these files); it reads
// template-literal `import(\`./x.js\`)` as Rolldown emits it and ignores strings and comments.
import { init, parse } from 'es-module-lexer';

export interface ScriptBytes {
	/** URL path of the module (`/_astro/x.js`), or `inline:<n>` for the n-th inline script. */
	file: string;
	raw: number;
	gzip: number;
	/** True for a script written inside the HTML. */
	inline?: boolean;
}

export interface PageJsBytes {
	/** Startup scripts in discovery order (HTML order, then imports breadth-first). */
	scripts: ScriptBytes[];
	totalRaw: number;
	totalGzip: number;
	/** URL paths of the modules reachable only through dynamic `import()` (transitively). */
	lazy: string[];
}

/** gzip size as a web server would serve it (level 9, like the `gzip-size` package). */
export function gzipBytes(data: string | Uint8Array): number {
	return gzipSync(data, { level: 9 }).length;
}

const JS_TYPES = new Set([
	'',
	'module',
	'text/javascript',
	'application/javascript',
	'application/ecmascript',
	'text/ecmascript',
]);

interface HtmlScript {
	src?: string;
	module: boolean;
	body: string;
}

/** The scripts of an HTML document the browser would execute. */
export function htmlScripts(html: string): HtmlScript[] {
	const out: HtmlScript[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const attrs = m[1] ?? '';
		const attr = (name: string) =>
			new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
		const typeMatch = attr('type');
		const type = (typeMatch?.[1] ?? typeMatch?.[2] ?? typeMatch?.[3] ?? '').trim().toLowerCase();
		if (!JS_TYPES.has(type)) continue;
		const srcMatch = attr('src');
		const src = srcMatch?.[1] ?? srcMatch?.[2] ?? srcMatch?.[3];
		out.push({
			...(src !== undefined ? { src: src.replaceAll('&amp;', '&') } : {}),
			module: type === 'module',
			body: m[2] ?? '',
		});
	}
	return out;
}

/** The HTML file serving a URL path: `/a/` → a/index.html, `/404.html` → 404.html. */
export function htmlFileFor(distDir: string, pagePath: string): string {
	const clean = decodeURIComponent(pagePath.split(/[?#]/)[0] ?? '/');
	const candidates = clean.endsWith('/')
		? [join(distDir, clean, 'index.html')]
		: [join(distDir, clean), join(distDir, `${clean}.html`), join(distDir, clean, 'index.html')];
	const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
	if (!found)
		throw new Error(
			`No built page for ${pagePath} in ${distDir} (tried ${candidates.map((c) => relative(distDir, c)).join(', ')})`,
		);
	return found;
}

/** Static and dynamic import specifiers of an ES module's source. */
export function moduleImports(source: string): { statics: string[]; dynamics: string[] } {
	const [imports] = parse(source);
	const statics: string[] = [];
	const dynamics: string[] = [];
	for (const i of imports) {
		if (i.n === undefined) continue; // import.meta, or import() of a computed string
		if (i.d === -1) statics.push(i.n);
		else if (i.d >= 0) dynamics.push(i.n);
	}
	return { statics, dynamics };
}

/**
 * Startup JavaScript of one built page, with raw and gzip bytes, and the lazy modules.
 *
 * @param distDir the build output (dist/)
 * @param pagePath the page's URL path, e.g. `/`, `/lessons/networking/`, `/404.html`
 */
export async function pageJsBytes(distDir: string, pagePath: string): Promise<PageJsBytes> {
	await init;
	const root = resolve(distDir);
	const htmlFile = htmlFileFor(root, pagePath);
	const pageUrl = new URL(
		`http://page.invalid${pagePath.startsWith('/') ? pagePath : `/${pagePath}`}`,
	);

	/** URL path of a same-origin specifier, or undefined for another origin / a missing file. */
	const toLocal = (specifier: string, base: URL): string | undefined => {
		const url = new URL(specifier, base);
		if (url.origin !== pageUrl.origin) return undefined;
		const path = decodeURIComponent(url.pathname);
		const file = join(root, path);
		if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile())
			return undefined;
		return path;
	};
	const sources = new Map<string, string>();
	const read = (path: string) => {
		let s = sources.get(path);
		if (s === undefined) {
			s = readFileSync(join(root, path), 'utf8');
			sources.set(path, s);
		}
		return s;
	};

	const scripts: ScriptBytes[] = [];
	const startup = new Set<string>();
	const queue: string[] = [];
	const lazySeeds: string[] = [];
	const follow = (source: string, base: URL) => {
		const { statics, dynamics } = moduleImports(source);
		for (const s of statics) {
			const p = toLocal(s, base);
			if (p && !startup.has(p)) {
				startup.add(p);
				queue.push(p);
			}
		}
		for (const s of dynamics) {
			const p = toLocal(s, base);
			if (p) lazySeeds.push(p);
		}
	};
	const addFile = (path: string) => {
		const source = read(path);
		scripts.push({ file: path, raw: Buffer.byteLength(source), gzip: gzipBytes(source) });
	};

	let inlineCount = 0;
	for (const script of htmlScripts(readFileSync(htmlFile, 'utf8'))) {
		if (script.src !== undefined) {
			const p = toLocal(script.src, pageUrl);
			if (!p || startup.has(p)) continue;
			startup.add(p);
			if (script.module) queue.push(p);
			else addFile(p); // a classic script cannot import
		} else if (script.body.trim() !== '') {
			inlineCount += 1;
			scripts.push({
				file: `inline:${inlineCount}`,
				raw: Buffer.byteLength(script.body),
				gzip: gzipBytes(script.body),
				inline: true,
			});
			if (script.module) follow(script.body, pageUrl);
		}
		// Breadth-first over this script's graph before the next script, so the order reads naturally.
		for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
			addFile(p);
			follow(read(p), new URL(p, pageUrl));
		}
	}

	const lazy = new Set<string>();
	const lazyQueue = lazySeeds.filter((p) => !startup.has(p));
	for (let p = lazyQueue.shift(); p !== undefined; p = lazyQueue.shift()) {
		if (lazy.has(p) || startup.has(p)) continue;
		lazy.add(p);
		const { statics, dynamics } = moduleImports(read(p));
		for (const s of [...statics, ...dynamics]) {
			const q = toLocal(s, new URL(p, pageUrl));
			if (q && !lazy.has(q) && !startup.has(q)) lazyQueue.push(q);
		}
	}

	return {
		scripts,
		totalRaw: scripts.reduce((n, s) => n + s.raw, 0),
		totalGzip: scripts.reduce((n, s) => n + s.gzip, 0),
		lazy: [...lazy].sort(),
	};
}
