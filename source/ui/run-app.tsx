// The interactive app's entry: `alidomain` in a terminal, and `register` / `redeem` when flags are missing or
// --yes is absent. Renders the app and resolves with its exit code once it has unmounted.
import {render} from 'ink';
import type {ParsedCommandLine} from '../cli/args.js';
import type {CommandIo} from '../cli/command-io.js';
import type {Operation} from '../core/order/order-items.js';
import type {WatchTarget} from '../core/status/watch-target.js';
import type {Runtime} from '../runtime.js';
import {App} from './app/App.js';
import {prefillFromFlags} from './app/prefill.js';
import {defaultCreateRuntime, type CreateRuntime} from './app/use-session.js';

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/** The runtime a command already made serves the app's first connection; switching account makes new ones. */
function handOver(runtime: Runtime): CreateRuntime {
	let first: Runtime | undefined = runtime;
	return async (flags, env) => {
		const given = first;
		first = undefined;
		return given ?? defaultCreateRuntime(flags, env);
	};
}

/** With `runtime`, the app takes it over (and closes it when it ends). */
export async function runApp(
	parsed: ParsedCommandLine,
	io: CommandIo,
	start: {operation?: Operation; watch?: WatchTarget; history?: boolean} = {},
	runtime?: Runtime,
): Promise<number> {
	const prefill = start.operation ? await prefillFromFlags(start.operation, parsed.flags, io.stdin) : undefined;
	let code = 0;
	let summary = '';
	let said: string[] = [];
	// A terminal gets the alternate screen: the app draws full-screen and the shell's screen comes back untouched,
	// with one line saying what happened.
	const stdout = io.stdout as NodeJS.WriteStream;
	const fullScreen = Boolean(stdout.isTTY);
	const leaveAlternateScreen = () => {
		stdout.write(LEAVE_ALTERNATE_SCREEN);
	};

	if (fullScreen) {
		stdout.write(ENTER_ALTERNATE_SCREEN);
		process.once('exit', leaveAlternateScreen);
	}

	const instance = render(
		<App
			flags={parsed.flags}
			env={io.env}
			fullScreen={fullScreen}
			createRuntime={runtime ? handOver(runtime) : undefined}
			start={{operation: start.operation, prefill, watch: start.watch, history: start.history}}
			onExit={(exitCode, line, lines) => {
				code = exitCode;
				summary = line;
				said = lines;
			}}
		/>,
		{
			exitOnCtrlC: false,
			patchConsole: false,
			stdin: io.stdin as NodeJS.ReadStream,
			stdout: io.stdout as NodeJS.WriteStream,
			stderr: io.stderr as NodeJS.WriteStream,
		},
	);
	try {
		await instance.waitUntilExit();
	} finally {
		instance.cleanup();
		if (fullScreen) {
			process.off('exit', leaveAlternateScreen);
			leaveAlternateScreen();
		}
	}

	if (summary) {
		stdout.write(`${summary}\n`);
	}

	// What a stopped submit sent and where a draft was kept, below the summary.
	for (const line of said) io.stderr.write(`${line}\n`);

	return code;
}
