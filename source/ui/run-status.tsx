// The status view and history as standalone apps (`alidomain status`, `alidomain history` in a terminal). Each
// owns its exit: leaving, Ctrl+C and `q` unmount the screen (which records the last counts) and then resolve.
// "Retry failed" ends the app too and hands the intent back with the failed domains written to failed.txt, so
// the caller can take them through review.
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {render, useApp} from 'ink';
import type {ReactNode} from 'react';
import type {Runtime} from '../runtime.js';
import {folderName} from '../store/exports.js';
import {appPaths} from '../store/paths.js';
import {WatchBatch} from './flows/WatchBatch.js';
import type {RetryIntent} from './flows/watch-session.js';
import {InputProvider} from './input/InputProvider.js';
import * as keys from './input/keys.js';
import {useKeypress} from './input/use-keypress.js';
import {HistoryScreen} from './screens/HistoryScreen.js';

export type StandaloneResult = {
	code: number;
	/** Set when the user asked to retry the failed domains. */
	retry?: RetryIntent & {failedFile: string};
};

export type StandaloneOptions = {
	env?: NodeJS.ProcessEnv;
	stdin?: NodeJS.ReadStream;
	stdout?: NodeJS.WriteStream;
	stderr?: NodeJS.WriteStream;
};

// Above every screen and overlay, so no text field or list can swallow it.
const QUIT_PRIORITY = 100;

const QuitOnCtrlC = ({onQuit}: {onQuit: () => void}) => {
	useKeypress(key => {
		if (keys.isQuit(key)) {
			onQuit();
			return true;
		}

		return undefined;
	}, {priority: QUIT_PRIORITY});
	return null;
};

/** Ends the Ink app from inside it, so the final frame is flushed and every effect's cleanup runs. */
const Exit = ({children, done}: {children: (finish: () => void) => ReactNode; done: {current: boolean}}) => {
	const {exit} = useApp();
	const finish = () => {
		done.current = true;
		exit();
	};

	return (
		<>
			<QuitOnCtrlC onQuit={finish} />
			{children(finish)}
		</>
	);
};

async function runStandalone(tree: (finish: () => void, setRetry: (intent: RetryIntent) => void) => ReactNode, options: StandaloneOptions, dataDir: string): Promise<StandaloneResult> {
	let retry: RetryIntent | undefined;
	const done = {current: false};
	const instance = render(
		<InputProvider>
			<Exit done={done}>{finish => tree(finish, intent => {
				retry = intent;
				finish();
			})}</Exit>
		</InputProvider>,
		{
			exitOnCtrlC: false,
			patchConsole: false,
			// Ink's defaults stand unless a stream is given: an explicit undefined would replace them.
			...(options.stdin ? {stdin: options.stdin} : {}),
			...(options.stdout ? {stdout: options.stdout} : {}),
			...(options.stderr ? {stderr: options.stderr} : {}),
		},
	);
	await instance.waitUntilExit();
	instance.cleanup();
	if (!retry) {
		return {code: 0};
	}

	return {code: 0, retry: {...retry, failedFile: await writeFailedList(dataDir, retry)}};
}

export async function runStatusApp(runtime: Runtime, batchId: string | undefined, taskNos: string[], options: StandaloneOptions = {}): Promise<StandaloneResult> {
	const {dataDir} = appPaths(options.env ?? process.env);
	return runStandalone(
		(finish, setRetry) => <WatchBatch runtime={runtime} dataDir={dataDir} target={{batchId, taskNos}} onLeave={finish} onRetryFailed={setRetry} />,
		options,
		dataDir,
	);
}

export async function runHistoryApp(runtime: Runtime, options: StandaloneOptions = {}): Promise<StandaloneResult> {
	const {dataDir} = appPaths(options.env ?? process.env);
	return runStandalone(
		(finish, setRetry) => <HistoryScreen runtime={runtime} dataDir={dataDir} onLeave={finish} onRetryFailed={setRetry} />,
		options,
		dataDir,
	);
}

async function writeFailedList(dataDir: string, intent: RetryIntent): Promise<string> {
	const dir = path.join(dataDir, 'exports', folderName(intent.batchId) ?? `retry-${Date.now()}`);
	await mkdir(dir, {recursive: true});
	const file = path.join(dir, 'failed.txt');
	await writeFile(file, intent.domains.map(d => d + '\n').join(''));
	return file;
}

/** The command that takes the failed domains back through confirmation with the batch's options. */
export function retryCommand(intent: RetryIntent & {failedFile: string}, globalFlags: string[] = []): string {
	const o = intent.options;
	const flags = [intent.operation, ...globalFlags.map(quote), '--domains', quote(intent.failedFile)];
	if (intent.operation === 'register') {
		if (o.profileId !== undefined) flags.push('--profile-id', String(o.profileId));
		if (o.years !== undefined) flags.push('--years', String(o.years));
		if (Array.isArray(o.dns)) flags.push('--dns', o.dns.join(','));
		if (o.privacy === false) flags.push('--no-privacy');
		if (o.premium === true) flags.push('--premium');
		if (o.trademark === true) flags.push('--trademark');
	}

	if (typeof o.coupon === 'string') flags.push('--coupon', quote(o.coupon));
	if (typeof o.promotion === 'string') flags.push('--promotion', quote(o.promotion));
	return `alidomain ${flags.join(' ')}`;
}

const quote = (text: string) => (/^[\w./:@,+-]+$/.test(text) ? text : `'${text.replaceAll('\'', '\'\\\'\'')}'`);

/** The flags that pick the same account and endpoint, for the retry command. */
export function globalFlagsOf(flags: {sandbox?: boolean; account?: string; endpoint?: string; site?: string}): string[] {
	return [
		...(flags.sandbox ? ['--sandbox'] : []),
		...(flags.account ? ['--account', flags.account] : []),
		...(flags.endpoint ? ['--endpoint', flags.endpoint] : []),
		...(flags.site ? ['--site', flags.site] : []),
	];
}

/** What the terminal shows after the app ends with a retry intent. */
export function retryLines(result: StandaloneResult, globalFlags: string[]): string[] {
	if (!result.retry) {
		return [];
	}

	const {domains, failedFile} = result.retry;
	return [
		`${domains.length} failed domain${domains.length === 1 ? '' : 's'} written to ${failedFile}.`,
		'To try them again with the same options (you will confirm first; domains already ordered are left out):',
		`  ${retryCommand(result.retry, globalFlags)}`,
	];
}
