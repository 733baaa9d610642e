// The keys each view's main tasks need, by binding name: the key bar shows every one of them at 80×24 in both
// languages (on a second line when one is not enough, see components/KeyBar.tsx), and
// test/ui/screens/frame-80x24.test.tsx walks every screen and fails when one is missing. A key that only some
// states offer (retry after a failure, drop the unavailable names) is listed under the view of that state. Keys
// for the rest (movement, quit) are on the bar when there is room and always in the help (`?`, or F1 where a
// text field takes `?` as text: `help` here means either).
import type {BindingId} from './key-bindings.js';

export const mainKeys = {
	firstRun: ['select', 'quitHome', 'help'],
	home: ['select', 'quitHome', 'help'],
	accounts: ['useAccount', 'back', 'addAccount', 'removeAccount', 'useSandbox', 'help'],
	addAccount: ['nextField', 'backUnsaved', 'help'],
	addAccountSite: ['nextField', 'backUnsaved', 'site', 'help'],
	domains: ['addDomain', 'back', 'toList', 'loadFile', 'pasteList', 'help'],
	domainsList: ['continue', 'toInput', 'deleteDomain', 'showRejected', 'help'],
	availability: ['continue', 'back', 'check', 'help'],
	availabilityUnavailable: ['continue', 'back', 'check', 'dropUnavailable', 'help'],
	profile: ['chooseProfile', 'back', 'filterProfiles', 'help'],
	options: ['continue', 'keepOptionsBack', 'switchOption', 'help'],
	review: ['select', 'back', 'help'],
	status: ['leaveStatus', 'retryFailed', 'filter', 'search', 'export', 'details', 'help'],
	history: ['open', 'leaveHistory', 'switchSection', 'taskNumber', 'help'],
	expiry: ['continue', 'back', 'typeExpiry', 'help'],
	redeemPicker: ['continue', 'back', 'pickDomain', 'pickAll', 'filterPicker', 'sortPicker', 'typeNames', 'help'],
	renewPicker: [
		'continue',
		'back',
		'pickDomain',
		'pickAll',
		'filterPicker',
		'sortPicker',
		'pickerWindow',
		'typeNames',
		'help',
	],
} satisfies Record<string, BindingId[]>;

export type MainKeysView = keyof typeof mainKeys;
