// Reads `--domains FILE` (or `-` for standard input) as text.
import {readFile} from 'node:fs/promises';
import {UsageError} from './args.js';
import {messages} from '../i18n/index.js';

const text = messages({
	noFile: {
		en: (path: string) => `--domains: no file '${path}'.`,
		zh: (path: string) => `--domains：没有文件 '${path}'。`,
	},
	cannotRead: {
		en: (path: string, why: string) => `--domains: cannot read '${path}' (${why}).`,
		zh: (path: string, why: string) => `--domains：无法读取 '${path}'（${why}）。`,
	},
});

export async function readDomainsInput(path: string, stdin: NodeJS.ReadableStream): Promise<string> {
	if (path === '-') {
		let text = '';
		stdin.setEncoding?.('utf8');
		for await (const chunk of stdin) text += chunk;
		return text;
	}
	try {
		return await readFile(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new UsageError(
			code === 'ENOENT' ? text.noFile(path) : text.cannotRead(path, code ?? (error as Error).message),
		);
	}
}
