// Reads `--domains FILE` (or `-` for standard input) as text.
import {readFile} from 'node:fs/promises';
import {UsageError} from './args.js';

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
		throw new UsageError(code === 'ENOENT' ? `--domains: no file '${path}'.` : `--domains: cannot read '${path}' (${code ?? (error as Error).message}).`);
	}
}
