// The whole app in ink-testing-library, against an in-process sandbox or a fake client, in a temporary home.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createDomainClient, type DomainClient} from '../../../source/api/client.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../../source/sandbox/server.js';
import type {Flags} from '../../../source/cli/args.js';
import type {Runtime} from '../../../source/runtime.js';
import {Journal} from '../../../source/store/journal.js';
import {createSubmitLock} from '../../../source/store/submit-lock.js';
import {TEST_STATUS_PACE} from '../../support/sandbox-runtime.js';
import {App} from '../../../source/ui/app/App.js';
import type {CreateRuntime} from '../../../source/ui/app/use-session.js';
import type {InitialOptions} from '../../../source/ui/state/wizard-state.js';
import stringWidth from 'string-width';
import {bindingIds, hint} from '../../../source/ui/input/key-bindings.js';
import {renderWithInput, settle, unstyled, waitFor, waitForContent} from '../../../source/ui/testing/index.js';

export const tempHome = () => mkdtempSync(join(tmpdir(), 'alidomain-wizard-'));

export function runtimeFor(client: DomainClient, home: string, extra: Partial<Runtime> = {}): Runtime {
	return {
		client,
		journal: new Journal(join(home, 'journal')),
		accountLabel: 'sandbox',
		endpoint: client.endpoint,
		sandbox: true,
		lang: 'en',
		settleMs: 0,
		lock: createSubmitLock(join(home, 'locks'), 'test'),
		statusPace: TEST_STATUS_PACE,
		close: async () => {},
		...extra,
	};
}

export const sandboxClient = (sandbox: RunningSandbox, secret: string = SANDBOX_CREDENTIALS.accessKeySecret) =>
	createDomainClient({
		credentials: {accessKeyId: SANDBOX_CREDENTIALS.accessKeyId, accessKeySecret: secret},
		endpoint: sandbox.url,
		retry: {retries: 0},
	});

export const startTestSandbox = () => startSandbox({port: 0, quiet: true, speed: 50});

/** The app's start with the sandbox's runtime in `home`. */
export const withSandboxOf = (sandbox: RunningSandbox, home = tempHome()) => ({
	home,
	createRuntime: async () => runtimeFor(sandboxClient(sandbox), home),
});

/** A runtime maker that finds no credentials, as on a first run. */
export const noCredentials = async (): Promise<never> => {
	const error = new Error('No credentials.');
	error.name = 'NoCredentialsError';
	throw error;
};

export async function startApp({
	home = tempHome(),
	flags = {},
	createRuntime,
	start,
	size,
}: {
	home?: string;
	flags?: Flags;
	createRuntime: CreateRuntime;
	start?: InitialOptions;
	size?: {columns: number; rows: number};
}) {
	const exits: number[] = [];
	const said: string[] = [];
	const env = {HOME: home, ALIDOMAIN_HOME: join(home, 'alidomain')};
	const rendered = await renderWithInput(
		<App
			flags={flags}
			env={env}
			start={start}
			createRuntime={createRuntime}
			onExit={(code, _summary, lines) => {
				exits.push(code);
				said.push(...lines);
			}}
		/>,
	);
	if (size) {
		rendered.resize(size.columns, size.rows);
		// Wait for a frame drawn at the new size.
		await waitFor(
			() =>
				unstyled(rendered.lastFrame())
					.split('\n')
					.every((line) => stringWidth(line) <= size.columns),
			() => `no frame at ${size.columns} columns`,
		);
	}

	const frame = () => unstyled(rendered.lastFrame());
	const press = async (input: string, expected: string) => {
		rendered.stdin.write(input);
		const frame = await waitForContent(rendered.lastFrame, expected);
		// A new screen subscribes to keys as it mounts; let that happen before the next write.
		await settle();
		return frame;
	};

	const see = async (expected: string) => {
		const frame = await waitForContent(rendered.lastFrame, expected);
		await settle();
		return frame;
	};
	return {...rendered, home, env, exits, said, frame, press, see};
}

/**
 * The key bar at the bottom of a frame: its last line, and the line above when that is a second line of the bar
 * (each of its parts starts with the keys of a binding). `keys` are the keys it names, each part's first word.
 */
export function keyBarOf(lines: readonly string[]): {text: string; keys: Set<string>} {
	const known = new Set(bindingIds.map((id) => hint(id).keys));
	const partsOf = (line: string) => line.trim().split(` · `);
	const keysOf = (line: string) => partsOf(line).map((part) => part.split(' ')[0]!);
	const last = lines.at(-1) ?? '';
	const above = lines.at(-2) ?? '';
	const barLines = above.trim() !== '' && keysOf(above).every((key) => known.has(key)) ? [above, last] : [last];
	return {text: barLines.join('\n'), keys: new Set(barLines.flatMap(keysOf))};
}
