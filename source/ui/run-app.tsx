// The interactive app's entry: `alidomain` in a terminal, and `register` / `redeem` when flags are missing or
// --yes is absent. Renders the app and resolves with its exit code once it has unmounted.
import {render} from 'ink';
import type {ParsedCommandLine} from '../headless/args.js';
import type {CommandIo} from '../headless/command-io.js';
import type {Operation} from '../core/orders.js';
import type {WatchTarget} from '../core/watch-target.js';
import {App} from './app/App.js';
import {prefillFromFlags} from './app/prefill.js';

export async function runApp(parsed: ParsedCommandLine, io: CommandIo, start: {operation?: Operation; watch?: WatchTarget; history?: boolean} = {}): Promise<number> {
	const prefill = start.operation ? await prefillFromFlags(start.operation, parsed.flags, io.stdin) : undefined;
	let code = 0;
	const instance = render(
		<App flags={parsed.flags} env={io.env} start={{operation: start.operation, prefill, watch: start.watch, history: start.history}} onExit={exitCode => {
			code = exitCode;
		}} />,
		{
			exitOnCtrlC: false,
			patchConsole: false,
			stdin: io.stdin as NodeJS.ReadStream,
			stdout: io.stdout as NodeJS.WriteStream,
			stderr: io.stderr as NodeJS.WriteStream,
		},
	);
	await instance.waitUntilExit();
	instance.cleanup();
	return code;
}
