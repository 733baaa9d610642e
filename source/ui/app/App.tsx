// The interactive app's root: the wizard's state, the session, the engine hooks, one owner of exit, and the
// router that shows one screen at a time.
import {useApp, useStdout} from 'ink';
import {readFile} from 'node:fs/promises';
import {useCallback, useEffect, useMemo, useReducer, useRef, useState, type Dispatch} from 'react';
import {loadPublicSuffixList, publicSuffixListLoaded} from '../../core/names/public-suffix.js';
import type {SubmitSummary} from '../../core/submit/submit-batch.js';
import {appPaths} from '../../store/paths.js';
import type {Flags} from '../../cli/args.js';
import {messages} from '../../i18n/index.js';
import {InputProvider} from '../input/InputProvider.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {initialWizardState, wizardReducer, type InitialOptions, type WizardAction} from '../state/wizard-state.js';
import {exitSummary, touchedBatch} from './exit-summary.js';
import {ActionsContext, SessionContext, WizardStateContext, type AppActions} from './contexts.js';
import {Router} from './Router.js';
import {useAccounts} from './use-accounts.js';
import {draftKeptLine, stoppedSubmitLines} from './exit-lines.js';
import {useDraft} from './use-draft.js';
import {useHomeReads} from './use-home-reads.js';
import {defaultCreateRuntime, useSession, type CreateRuntime} from './use-session.js';
import {useWizardEngine} from './use-wizard-engine.js';

const text = messages({
	noFile: {en: (path: string) => `No file '${path}'.`, zh: (path: string) => `文件 '${path}' 不存在。`},
	cannotRead: {
		en: (path: string, why: string) => `Cannot read '${path}' (${why}).`,
		zh: (path: string, why: string) => `无法读取 '${path}'（${why}）。`,
	},
});

export type AppProps = {
	flags: Flags;
	env: NodeJS.ProcessEnv;
	start?: InitialOptions;
	/** Tests hand in a runtime of their own (a fake client, a sandbox with a wrong secret). */
	createRuntime?: CreateRuntime;
	/**
	 * With the exit code, the one line to leave in the terminal (what happened and how to resume), and the lines said
	 * below it (what a stopped submit sent, where a draft was kept).
	 */
	onExit?: (code: number, summary: string, lines: string[]) => void;
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
	useKeypress(
		(key) => {
			if (keys.isRedraw(key)) {
				if (fullScreen) {
					write(CLEAR_SCREEN);
				}

				return true;
			}

			return undefined;
		},
		{priority: QUIT_PRIORITY},
	);

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

/** A submit outside the wizard (history's "submit the never-ordered domains"): Ctrl+C stops it as it stops the wizard's. */
export type BackgroundSubmit = (
	batchId: string,
	run: (signal: AbortSignal) => Promise<SubmitSummary>,
) => Promise<SubmitSummary>;

/**
 * Names are checked against the Public Suffix List, which is loaded after the first frame (core/names/public-suffix.ts).
 * Until it is there, actions wait for it in order; afterwards they go straight through.
 */
function usePslDispatch(dispatch: Dispatch<WizardAction>): Dispatch<WizardAction> {
	useEffect(() => {
		void loadPublicSuffixList();
	}, []);
	return useCallback(
		(action: WizardAction) => {
			if (publicSuffixListLoaded()) {
				dispatch(action);
			} else {
				void loadPublicSuffixList().then(() => {
					dispatch(action);
				});
			}
		},
		[dispatch],
	);
}

// Hears Ctrl+C before any screen or overlay does.
const QUIT_PRIORITY = 100;

const AppRoot = ({flags, env, start, createRuntime = defaultCreateRuntime, onExit, fullScreen = false}: AppProps) => {
	const {exit} = useApp();
	const [state, rawDispatch] = useReducer(wizardReducer, start ?? {}, initialWizardState);
	const dispatch = usePslDispatch(rawDispatch);
	const {session, connect, close} = useSession({flags, env, createRuntime});
	const engine = useWizardEngine({state, dispatch, runtime: session.runtime, env});
	const accounts = useAccounts({env});
	const dataDir = useMemo(() => appPaths(env).dataDir, [env]);
	const draft = useDraft({state, dispatch, dataDir});
	const home = useHomeReads({env, runtime: session.runtime});
	const [quitting, setQuitting] = useState(false);
	const finishing = useRef(false);
	const background = useRef<
		{batchId: string; stop: AbortController; settled: Promise<SubmitSummary | undefined>} | undefined
	>(undefined);
	const [startedAt] = useState(() => Date.now());
	useRedraw(fullScreen);
	const watchedBatch = state.watch?.batchId;

	const finish = useCallback(
		(code: number, lines: string[] = []) => {
			if (finishing.current) {
				return;
			}

			finishing.current = true;
			engine.stopCheck();
			const kept = draft.keep();
			const said = kept ? [...lines, draftKeptLine(kept.lines, kept.operation)] : lines;
			const runtime = session.runtime;
			let summary = '';
			try {
				const extra = `${runtime?.sandbox ? ' --sandbox' : ''}${!runtime?.sandbox && flags.endpoint ? ` --endpoint ${flags.endpoint}` : ''}${flags.account ? ` --account ${flags.account}` : ''}`;
				summary = exitSummary(runtime ? touchedBatch(runtime.journal, startedAt, watchedBatch) : undefined, extra);
			} catch {
				// A journal that cannot be read leaves no line; the app still ends.
			}

			void close().finally(() => {
				onExit?.(code, summary, said);
				exit();
			});
		},
		[close, engine, exit, onExit, draft, session.runtime, flags, startedAt, watchedBatch],
	);

	/** What a stopped submit sent, read back from the journal. */
	const stoppedLines = useCallback(
		(batchId: string | undefined, requests = 0): string[] => {
			const journal = session.runtime?.journal;
			if (!batchId) {
				return [];
			}

			// Stopped before the lock was ours: the batch was never written, and nothing was sent.
			if (!journal?.has(batchId)) {
				return stoppedSubmitLines(batchId, [], requests);
			}

			return stoppedSubmitLines(batchId, journal.load(batchId).chunks);
		},
		[session.runtime],
	);

	const runBackground = useCallback<BackgroundSubmit>(async (batchId, run) => {
		const stop = new AbortController();
		const settled = run(stop.signal);
		background.current = {batchId, stop, settled: settled.catch(() => undefined)};
		try {
			return await settled;
		} finally {
			if (background.current?.stop === stop) {
				background.current = undefined;
			}
		}
	}, []);

	const quit = useCallback(
		(code = 0) => {
			if (state.submit.status === 'running') {
				// Finish the request in flight and record it; the effect below leaves once the submit has stopped.
				engine.stopSubmit();
				setQuitting(true);
				return;
			}

			const running = background.current;
			if (running) {
				// The same promise for history's submit: the request in flight is finished and recorded, nothing after it.
				running.stop.abort();
				setQuitting(true);
				void running.settled.then((summary) => {
					finish(summary?.stopped === false ? 0 : 1, summary?.stopped === false ? [] : stoppedLines(running.batchId));
				});
				return;
			}

			finish(code);
		},
		[engine, finish, state.submit.status, stoppedLines],
	);

	useEffect(() => {
		if (quitting && state.submit.status === 'done') {
			const stopped = state.submit.stopped || state.submit.unknown.length > 0;
			finish(stopped ? 1 : 0, state.submit.stopped ? stoppedLines(state.submit.batchId, state.submit.chunks) : []);
		}
	}, [quitting, state.submit, finish, stoppedLines]);

	useKeypress(
		(key) => {
			if (keys.isQuit(key)) {
				quit();
				return true;
			}

			return undefined;
		},
		{priority: QUIT_PRIORITY},
	);

	// Nothing to work with: offer the sandbox, a new AccessKey or an import, then come back here.
	useEffect(() => {
		if (session.status === 'no-credentials' && !['first-run', 'add-account', 'accounts'].includes(state.screen)) {
			dispatch({type: 'go', screen: 'first-run'});
		}
	}, [session.status, state.screen, dispatch]);

	const loadFile = useCallback(
		async (path: string): Promise<string | undefined> => {
			const home = env.HOME;
			const resolved = home && path.startsWith('~/') ? home + path.slice(1) : path;
			try {
				const content = await readFile(resolved, 'utf8');
				await loadPublicSuffixList();
				dispatch({type: 'list-add', text: content});
				return undefined;
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				return code === 'ENOENT' ? text.noFile(path) : text.cannotRead(path, code ?? (error as Error).message);
			}
		},
		[env, dispatch],
	);

	const actions = useMemo<AppActions>(
		() => ({dispatch, engine: {...engine, loadFile}, accounts, home, connect, quit, env, runBackground}),
		[dispatch, engine, loadFile, accounts, home, connect, quit, env, runBackground],
	);

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
