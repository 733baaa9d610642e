// The interactive app's root: the wizard's state, the session, the engine hooks, one owner of exit, and the
// router that shows one screen at a time.
import {useApp, useStdout} from 'ink';
import {readFile} from 'node:fs/promises';
import {useCallback, useEffect, useMemo, useReducer, useRef, useState} from 'react';
import type {Flags} from '../../cli/args.js';
import {messages} from '../../i18n/index.js';
import {InputProvider} from '../input/InputProvider.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {initialWizardState, wizardReducer, type InitialOptions} from '../state/wizard-state.js';
import {exitSummary, touchedBatch} from './exit-summary.js';
import {ActionsContext, SessionContext, WizardStateContext, type AppActions} from './contexts.js';
import {Router} from './Router.js';
import {useAccounts} from './use-accounts.js';
import {defaultCreateRuntime, useSession, type CreateRuntime} from './use-session.js';
import {useWizardEngine} from './use-wizard-engine.js';

const text = messages({
	noFile: {en: (path: string) => `No file '${path}'.`, zh: (path: string) => `文件 '${path}' 不存在。`},
	cannotRead: {en: (path: string, why: string) => `Cannot read '${path}' (${why}).`, zh: (path: string, why: string) => `无法读取 '${path}'（${why}）。`},
});

export type AppProps = {
	flags: Flags;
	env: NodeJS.ProcessEnv;
	start?: InitialOptions;
	/** Tests hand in a runtime of their own (a fake client, a sandbox with a wrong secret). */
	createRuntime?: CreateRuntime;
	/** With the exit code and the one line to leave in the terminal: what happened and how to resume. */
	onExit?: (code: number, summary: string) => void;
	/** Drawn in the alternate screen: resizing and Ctrl+L clear it and draw again. */
	fullScreen?: boolean;
};

// Clear the screen and put the cursor home; the renderer then draws the last frame again from the top.
const CLEAR_SCREEN = '\u001B[2J\u001B[H';
// Resizing sends many events while a window is dragged; draw again once it stops.
const RESIZE_SETTLE_MS = 40;

/** Ctrl+L, and every resize in the alternate screen, clear it and draw the frame again: no stale lines stay. */
const useRedraw = (fullScreen: boolean) => {
	const {stdout, write} = useStdout();
	useKeypress(key => {
		if (keys.isRedraw(key)) {
			if (fullScreen) {
				write(CLEAR_SCREEN);
			}

			return true;
		}

		return undefined;
	}, {priority: QUIT_PRIORITY});

	useEffect(() => {
		if (!fullScreen) {
			return;
		}

		let timer: NodeJS.Timeout | undefined;
		const onResize = () => {
			clearTimeout(timer);
			timer = setTimeout(() => write(CLEAR_SCREEN), RESIZE_SETTLE_MS);
		};

		stdout.on('resize', onResize);
		return () => {
			clearTimeout(timer);
			stdout.off('resize', onResize);
		};
	}, [fullScreen, stdout, write]);
};

// Hears Ctrl+C before any screen or overlay does.
const QUIT_PRIORITY = 100;

const AppRoot = ({flags, env, start, createRuntime = defaultCreateRuntime, onExit, fullScreen = false}: AppProps) => {
	const {exit} = useApp();
	const [state, dispatch] = useReducer(wizardReducer, start ?? {}, initialWizardState);
	const {session, connect, close} = useSession({flags, env, createRuntime});
	const engine = useWizardEngine({state, dispatch, runtime: session.runtime, env});
	const accounts = useAccounts({env});
	const [quitting, setQuitting] = useState(false);
	const finishing = useRef(false);
	const [startedAt] = useState(() => Date.now());
	useRedraw(fullScreen);
	const watchedBatch = state.watch?.batchId;

	const finish = useCallback((code: number) => {
		if (finishing.current) {
			return;
		}

		finishing.current = true;
		engine.stopCheck();
		const runtime = session.runtime;
		let summary = '';
		try {
			const extra = `${runtime?.sandbox ? ' --sandbox' : ''}${!runtime?.sandbox && flags.endpoint ? ` --endpoint ${flags.endpoint}` : ''}${flags.account ? ` --account ${flags.account}` : ''}`;
			summary = exitSummary(runtime ? touchedBatch(runtime.journal, startedAt, watchedBatch) : undefined, extra);
		} catch {
			// A journal that cannot be read leaves no line; the app still ends.
		}

		void close().finally(() => {
			onExit?.(code, summary);
			exit();
		});
	}, [close, engine, exit, onExit, session.runtime, flags, startedAt, watchedBatch]);

	const quit = useCallback((code = 0) => {
		if (state.submit.status === 'running') {
			// Finish the request in flight and record it; the effect below leaves once the submit has stopped.
			engine.stopSubmit();
			setQuitting(true);
			return;
		}

		finish(code);
	}, [engine, finish, state.submit.status]);

	useEffect(() => {
		if (quitting && state.submit.status === 'done') {
			finish(state.submit.stopped || state.submit.unknown.length > 0 ? 1 : 0);
		}
	}, [quitting, state.submit, finish]);

	useKeypress(key => {
		if (keys.isQuit(key)) {
			quit();
			return true;
		}

		return undefined;
	}, {priority: QUIT_PRIORITY});

	// Nothing to work with: offer the sandbox, a new AccessKey or an import, then come back here.
	useEffect(() => {
		if (session.status === 'no-credentials' && !['first-run', 'add-account', 'accounts'].includes(state.screen)) {
			dispatch({type: 'go', screen: 'first-run'});
		}
	}, [session.status, state.screen]);

	const loadFile = useCallback(async (path: string): Promise<string | undefined> => {
		const home = env.HOME;
		const resolved = home && path.startsWith('~/') ? home + path.slice(1) : path;
		try {
			dispatch({type: 'list-add', text: await readFile(resolved, 'utf8')});
			return undefined;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			return code === 'ENOENT' ? text.noFile(path) : text.cannotRead(path, code ?? (error as Error).message);
		}
	}, [env]);

	const actions = useMemo<AppActions>(() => ({dispatch, engine: {...engine, loadFile}, accounts, connect, quit, env}), [engine, loadFile, accounts, connect, quit, env]);

	return (
		<SessionContext.Provider value={session}>
			<WizardStateContext.Provider value={state}>
				<ActionsContext.Provider value={actions}>
					<Router stopping={quitting} />
				</ActionsContext.Provider>
			</WizardStateContext.Provider>
		</SessionContext.Provider>
	);
};

export const App = (props: AppProps) => (
	<InputProvider>
		<AppRoot {...props} />
	</InputProvider>
);
