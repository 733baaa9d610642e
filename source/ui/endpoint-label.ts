// runtime.ts names the in-process sandbox 'built-in sandbox' (a fixed key in the journal). The screens translate
// that name here rather than import runtime.ts, which would load the client and the store with the first frame.
import {messages} from '../i18n/index.js';

const text = messages({
	builtInSandbox: {en: 'built-in sandbox', zh: '内置沙箱'},
	builtInLargeSandbox: {en: 'built-in sandbox (large)', zh: '内置沙箱（大账号）'},
	sandboxAccount: {en: 'sandbox', zh: '沙箱'},
});

/** The journal's name for the in-process sandbox's endpoint. */
export const BUILT_IN_SANDBOX = 'built-in sandbox';

export const endpointLabel = (endpoint: string): string =>
	endpoint === BUILT_IN_SANDBOX
		? text.builtInSandbox
		: endpoint === 'built-in sandbox (large)'
			? text.builtInLargeSandbox
			: endpoint;

export const accountLabel = (account: string): string => (account === 'sandbox' ? text.sandboxAccount : account);
