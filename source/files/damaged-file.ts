// A file the app reads that is not what it wrote: the error names the file and the place (line and column) and
// says what to do, and never carries any of the file's text. The files hold secrets (the accounts file) or the
// user's domain lists, and a JSON parser's own message quotes the text around the fault.
// The ESM build: the package's main entry is a UMD file whose dynamic requires a bundle cannot follow.
import {parse, type ParseError} from 'jsonc-parser/lib/esm/main.js';
import {messages} from '../i18n/index.js';

const text = messages({
	damaged: {
		en: (path: string, where: string) => `${path} is damaged: it is not valid JSON${where}.`,
		zh: (path: string, where: string) => `${path} 已损坏：不是有效的 JSON${where}。`,
	},
	wrongShape: {
		en: (path: string, where: string) =>
			`${path} is damaged: it is JSON, but not in the form alidomain writes (${where}).`,
		zh: (path: string, where: string) => `${path} 已损坏：它是 JSON，但不是 alidomain 写入的格式（${where}）。`,
	},
	at: {
		en: (line: number, column: number) => ` at line ${line}, column ${column}`,
		zh: (line: number, column: number) => `（第 ${line} 行第 ${column} 列）`,
	},
	fix: {en: 'Repair it at that place, or move it away to start afresh.', zh: '请在该处修复，或将其移走后重新开始。'},
});

export interface FilePlace {
	line: number;
	column: number;
}

export class DamagedFileError extends Error {
	override readonly name = 'DamagedFileError';
	/** Which file and where, without what to do. */
	readonly problem: string;
	constructor(
		readonly path: string,
		readonly place: FilePlace | undefined,
		/** What to do about it, in the interface language. */
		readonly fix: string,
		/** Valid JSON of the wrong form: which field is wrong (a name in the file, never a value). */
		readonly field?: string,
	) {
		const problem =
			field !== undefined
				? text.wrongShape(path, field)
				: text.damaged(path, place ? text.at(place.line, place.column) : '');
		super(`${problem} ${fix}`);
		this.problem = problem;
	}
}

/**
 * JSON.parse, but a failure becomes a DamagedFileError with the path, line and column only. The parser's error
 * is not kept as a cause: its message quotes the file.
 */
export function parseJsonFile(path: string, content: string, fix: string = text.fix): unknown {
	try {
		return JSON.parse(content);
	} catch {
		throw new DamagedFileError(path, locateJsonError(content), fix);
	}
}

/** Where strict JSON first goes wrong, as 1-based line and column; undefined when no place can be named. */
export function locateJsonError(content: string): FilePlace | undefined {
	const errors: ParseError[] = [];
	parse(content, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false});
	const offset = errors[0]?.offset ?? firstControlCharacter(content);
	return offset === undefined ? undefined : placeOf(content, offset);
}

// Raw control characters inside strings pass the lenient scanner but not JSON.parse.
function firstControlCharacter(content: string): number | undefined {
	for (let i = 0; i < content.length; i++) {
		const code = content.charCodeAt(i);
		if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return i;
	}
	return undefined;
}

export function placeOf(content: string, offset: number): FilePlace {
	let line = 1;
	let lineStart = 0;
	const end = Math.min(offset, content.length);
	for (let i = 0; i < end; i++) {
		if (content.charCodeAt(i) === 0x0a) {
			line++;
			lineStart = i + 1;
		}
	}
	return {line, column: end - lineStart + 1};
}
