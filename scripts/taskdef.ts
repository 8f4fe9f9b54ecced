/**
 * Checks Fargate task definitions (ECS API JSON, describe-task-definition output, or CloudFormation
 * AWS::ECS::TaskDefinition Properties / JSON template) with the engine in src/lib/taskdef.
 *
 * Usage: npm run taskdef -- [--json] <file.json>…
 *   Prints `file:line:column › /json/pointer › message [level rule]` per finding and a summary;
 *   with --json, one JSON array of { file, path, rule, level, message }.
 *   Exit code: 1 when any finding is an error (or a file cannot be read), 2 on a usage error, else 0.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkTaskDefinitionText, type Finding } from '../src/lib/taskdef/check.ts';

const USAGE = 'Usage: npm run taskdef -- [--json] <task-definition.json>…';

/** One finding as the CLI reports it. */
export interface CliFinding {
	file: string;
	path: string;
	rule: string;
	level: Finding['level'];
	message: string;
	line?: number | undefined;
	column?: number | undefined;
}

/** Checks files; a file that cannot be read is one error finding. */
export function checkFiles(files: readonly string[], cwd = process.cwd()): CliFinding[] {
	const out: CliFinding[] = [];
	for (const file of files) {
		const name = relative(cwd, resolve(cwd, file)) || file;
		let text: string;
		try {
			text = readFileSync(resolve(cwd, file), 'utf8');
		} catch (e) {
			out.push({
				file: name,
				path: '',
				rule: 'read-error',
				level: 'error',
				message: `ファイルを読めません（${(e as NodeJS.ErrnoException).code ?? String(e)}）`,
			});
			continue;
		}
		for (const f of checkTaskDefinitionText(text.replace(/^\uFEFF/, '')).findings)
			out.push({
				file: name,
				path: f.path,
				rule: f.rule,
				level: f.level,
				message: f.message,
				line: f.line,
				column: f.column,
			});
	}
	return out;
}

/** `file:12:5 › /containerDefinitions/0/image › message [error execution-role]`. */
export function formatFinding(f: CliFinding): string {
	const where = f.line === undefined ? f.file : `${f.file}:${f.line}:${f.column ?? 1}`;
	return `${where} › ${f.path || '/'} › ${f.message} [${f.level} ${f.rule}]`;
}

/** Runs the CLI; returns the exit code. */
export function main(argv: readonly string[], print: (line: string) => void): number {
	const json = argv.includes('--json');
	const files = argv.filter((a) => a !== '--json');
	const unknownOption = files.find((a) => a.startsWith('--'));
	if (files.length === 0 || unknownOption) {
		print(unknownOption ? `Unknown option: ${unknownOption}\n${USAGE}` : USAGE);
		return 2;
	}
	const findings = checkFiles(files);
	if (json) {
		print(
			JSON.stringify(
				findings.map(({ file, path, rule, level, message }) => ({
					file,
					path,
					rule,
					level,
					message,
				})),
				null,
				2,
			),
		);
	} else {
		for (const f of findings) print(formatFinding(f));
		const count = (level: Finding['level']) => findings.filter((f) => f.level === level).length;
		print(
			findings.length === 0
				? `OK: ${files.length} file(s), no findings.`
				: `\n${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info in ${files.length} file(s).`,
		);
	}
	return findings.some((f) => f.level === 'error') ? 1 : 0;
}

if (import.meta.main)
	process.exit(
		main(process.argv.slice(2), (line) => {
			console.log(line);
		}),
	);
