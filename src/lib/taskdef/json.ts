/**
 * JSON with locations: parse a task definition so that a syntax error and every finding can be
 * pointed at by line and column. jsonc-parser finds the errors and offsets (strict JSON: no
 * comments, no trailing commas); the value itself comes from JSON.parse, which keeps a
 * `__proto__` key as plain data. THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** One step in a JSON pointer: an object key or an array index. */
export type Segment = string | number;

/** A 1-based line and column. */
export interface Position {
	line: number;
	column: number;
}

/** What went wrong in the JSON text, in words a learner can act on. */
const SYNTAX_MESSAGES: Record<string, string> = {
	InvalidSymbol: 'JSON として読めない文字があります',
	InvalidNumberFormat: '数値の書き方が正しくありません',
	PropertyNameExpected:
		'ここにはキー（"name" のような二重引用符つきの文字列）が必要です。最後の要素の後ろに余分なカンマがないか確かめてください',
	ValueExpected:
		'ここには値が必要です。最後の要素の後ろに余分なカンマがないか、値を書き忘れていないか確かめてください',
	ColonExpected: 'キーの後ろにコロン（:）が必要です',
	CommaExpected: '要素と要素の間にカンマ（,）が必要です',
	CloseBraceExpected: '閉じ波かっこ（}）が足りません',
	CloseBracketExpected: '閉じ角かっこ（]）が足りません',
	EndOfFileExpected: 'JSON の終わりの後ろに、余分な文字があります',
	InvalidCommentToken: 'JSON にはコメントを書けません',
	UnexpectedEndOfComment: 'JSON にはコメントを書けません',
	UnexpectedEndOfString: '文字列が閉じていません（" が足りません）',
	UnexpectedEndOfNumber: '数値が途中で終わっています',
	InvalidUnicode: '\\u の後ろの文字コードが正しくありません',
	InvalidEscapeCharacter: 'バックスラッシュ（\\）の使い方が正しくありません',
	InvalidCharacter: '文字列の中に、そのままでは書けない文字（改行など）があります',
};

/** A JSON syntax error with its place in the text. */
export interface SyntaxProblem extends Position {
	message: string;
}

/** The parsed text: the value and a way to find where a path is in the text. */
export type ParsedJson =
	| { ok: true; value: unknown; locate: (path: readonly Segment[]) => Position | undefined }
	| { ok: false; error: SyntaxProblem };

/** Line and column (1-based) of a character offset in `text`. */
export function positionAt(text: string, offset: number): Position {
	let line = 1;
	let lineStart = 0;
	const end = Math.min(offset, text.length);
	for (let i = 0; i < end; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: end - lineStart + 1 };
}

/** The node at `path` under `root`, or the deepest ancestor that exists. */
function nodeAt(root: Node, path: readonly Segment[]): Node {
	let node = root;
	for (const seg of path) {
		const children = node.children ?? [];
		let next: Node | undefined;
		if (node.type === 'object') {
			const prop = children.find((p) => p.children?.[0]?.value === String(seg));
			// Point at the key of a property: that is where a reader looks for it.
			next = prop?.children?.[1] ?? prop?.children?.[0];
		} else if (node.type === 'array' && typeof seg === 'number') {
			next = children[seg];
		}
		if (!next) return node;
		node = next;
	}
	return node;
}

/** Where the property `path` starts: its key for object members, the value otherwise. */
function startOf(root: Node, path: readonly Segment[]): number {
	const node = nodeAt(root, path);
	const parent = node.parent;
	if (parent?.type === 'property' && parent.children?.[1] === node) return parent.offset;
	return node.offset;
}

/** Parses strict JSON. Never throws. */
export function parseJson(text: string): ParsedJson {
	const errors: ParseError[] = [];
	const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
	const first = errors[0];
	if (first || !tree) {
		const offset = first?.offset ?? 0;
		const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
		return {
			ok: false,
			error: {
				...positionAt(text, offset),
				message: text.trim() === '' ? 'JSON が空です' : (SYNTAX_MESSAGES[code] ?? code),
			},
		};
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		// jsonc-parser accepted what JSON.parse rejects (should not happen in strict mode).
		return { ok: false, error: { line: 1, column: 1, message: 'JSON として読めません' } };
	}
	return { ok: true, value, locate: (path) => positionAt(text, startOf(tree, path)) };
}

/** RFC 6901 JSON pointer for a path: `/containerDefinitions/0/image`. Empty path → `""`. */
export function toPointer(path: readonly Segment[]): string {
	return path.map((s) => '/' + String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}
