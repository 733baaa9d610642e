// The connection the wizard works through: a Runtime made in an effect, so the first frame is drawn before the
// sandbox starts or the accounts file is read. Switching account or trying the sandbox makes a new one.
import {useCallback, useEffect, useRef, useState} from 'react';
import type {Flags} from '../../cli/args.js';
import type {Runtime} from '../../runtime.js';
import type {NoticeError} from '../components/Notice.js';
import {noticeOf} from './notice-of.js';

export type CreateRuntime = (flags: Flags, env: NodeJS.ProcessEnv) => Promise<Runtime>;

export type Session = {
	status: 'connecting' | 'ready' | 'no-credentials' | 'error';
	runtime?: Runtime;
	error?: NoticeError;
	flags: Flags;
};

/** Loaded on first use: the runtime brings the client, the journal and (with --sandbox) the sandbox. */
export const defaultCreateRuntime: CreateRuntime = async (flags, env) =>
	(await import('../../runtime.js')).createRuntime({flags, env});

const isNoCredentials = (error: unknown) => error instanceof Error && error.name === 'NoCredentialsError';

export function useSession({
	flags,
	env,
	createRuntime,
}: {
	flags: Flags;
	env: NodeJS.ProcessEnv;
	createRuntime: CreateRuntime;
}) {
	const [session, setSession] = useState<Session>({status: 'connecting', flags});
	const current = useRef<Runtime | undefined>(undefined);
	const generation = useRef(0);

	const connect = useCallback(
		(nextFlags: Flags) => {
			const mine = ++generation.current;
			const previous = current.current;
			current.current = undefined;
			setSession({status: 'connecting', flags: nextFlags});
			void (async () => {
				await previous?.close();
				try {
					const runtime = await createRuntime(nextFlags, env);
					if (mine !== generation.current) {
						await runtime.close();
						return;
					}

					current.current = runtime;
					setSession({status: 'ready', runtime, flags: nextFlags});
				} catch (error) {
					if (mine !== generation.current) {
						return;
					}

					setSession(
						isNoCredentials(error)
							? {
									status: 'no-credentials',
									flags: nextFlags,
									error: {code: 'NoCredentials', message: (error as Error).message},
								}
							: {status: 'error', flags: nextFlags, error: noticeOf(error)},
					);
				}
			})();
		},
		[createRuntime, env],
	);

	useEffect(() => {
		connect(flags);
		return () => {
			// A counter, not a rendered node: bumping it at unmount drops the answers that arrive after.
			// eslint-disable-next-line react-hooks/exhaustive-deps -- the counter is read at unmount on purpose
			generation.current++;
			void current.current?.close();
			current.current = undefined;
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps -- connects once, at mount; later connections are the user's (connect)
	}, []);

	/** Closes the runtime (the in-process sandbox saves its state) before the app exits. */
	const close = useCallback(async () => {
		generation.current++;
		const runtime = current.current;
		current.current = undefined;
		await runtime?.close();
	}, []);

	return {session, connect, close};
}
