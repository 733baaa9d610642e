// State and actions reach screens through contexts, so a screen deep in the tree never holds the engine itself.
import {createContext, useContext, type Dispatch} from 'react';
import type {Flags} from '../../cli/args.js';
import type {WizardAction, WizardState} from '../state/wizard-state.js';
import type {useAccounts} from './use-accounts.js';
import type {HomeReads} from './use-home-reads.js';
import type {Session} from './use-session.js';
import type {WizardEngine} from './use-wizard-engine.js';

export type AppActions = {
	dispatch: Dispatch<WizardAction>;
	engine: WizardEngine & {loadFile: (path: string) => Promise<string | undefined>};
	accounts: ReturnType<typeof useAccounts>;
	/** What home shows beside its menu: the drafts and the unfinished batches. */
	home: HomeReads;
	/** Connect again, e.g. after switching account or to try the sandbox. */
	connect: (flags: Flags) => void;
	/** Ends the app (after a submit in flight has stopped) with this exit code, 0 unless given. */
	quit: (code?: number) => void;
	env: NodeJS.ProcessEnv;
	/** Runs a submit that is not the wizard's so that Ctrl+C stops it after the request in flight. */
	runBackground: import('./App.js').BackgroundSubmit;
};

export const WizardStateContext = createContext<WizardState | undefined>(undefined);
export const SessionContext = createContext<Session | undefined>(undefined);
export const ActionsContext = createContext<AppActions | undefined>(undefined);

const need = <T>(value: T | undefined, what: string): T => {
	if (value === undefined) {
		throw new Error(`${what} is only available inside <App>.`);
	}

	return value;
};

export const useWizard = (): WizardState => need(useContext(WizardStateContext), 'Wizard state');
export const useSessionState = (): Session => need(useContext(SessionContext), 'The session');
export const useActions = (): AppActions => need(useContext(ActionsContext), 'App actions');
