// Every named key binding the app shows, in one table: the keys as the bar prints them, the matcher that tells
// whether a key event is that binding, a short label, the help's longer words, and how much it matters. A screen
// picks bindings by name for its bar (`hint`) and asks the same table whether a key is one (`matches`), so what the
// bar says and what a key does cannot drift, and `Esc`, `q` and `?` say the same thing on every screen; the help
// overlay is built from this table. Longer than 300 lines because it is that one table: every binding's keys and
// matcher, then its words in both languages.
//
// The same meanings everywhere:
//   Esc      back one step (on a view with nothing behind it: leave it); in a field: cancel the field
//   q        leave this view (status, history); on home: quit
//   ? or F1  help; in a text field `?` is text, so the bar shows F1
//   Ctrl+C   quit the app (a submit in flight finishes its request first)
//   Ctrl+L   draw the screen again
import {messages} from '../../i18n/index.js';
import type {KeyEvent} from './key-event.js';
import * as keys from './keys.js';

/**
 * How much a binding matters on the key bar. `exit` (the way out), `main` (the screen's main action) and `help`
 * (which lists whatever the bar has no room for) are never hidden; the rest give way, lowest first, when the bar
 * is narrow.
 */
export type Importance = 'exit' | 'main' | 'help' | 'normal' | 'minor';

export const importanceRank: Record<Importance, number> = {exit: 0, main: 1, help: 2, normal: 3, minor: 4};

/** Bindings of these ranks stay on the bar at any width. */
export const isVital = (importance: Importance = 'normal') => importanceRank[importance] <= importanceRank.help;

/** A key and what it does, for the key bar and the help overlay. */
export type KeyHint = {
	keys: string;
	label: string;
	/** Longer words for the help overlay; the label is used when absent. */
	description?: string;
	/** Default `normal`. */
	importance?: Importance;
	/** The binding's name in the table. */
	id?: string;
};

/** Whether a key event is the binding's key. */
export type KeyMatcher = (key: KeyEvent) => boolean;

type Binding = {keys: string; importance: Importance; match: KeyMatcher};

// Matchers for the table. Named keys (Enter, Esc, Space, Tab, the arrows) are told apart once, in keys.ts; a
// printable key is the text it types, which a key held with Ctrl or Alt never carries.
const letter =
	(text: string): KeyMatcher =>
	(key) =>
		key.text === text;
const ctrl =
	(name: string): KeyMatcher =>
	(key) =>
		key.ctrl && key.name === name;
const either =
	(...matchers: KeyMatcher[]): KeyMatcher =>
	(key) =>
		matchers.some((match) => match(key));
/** A paste is not a key: the binding only tells the bar and the help that a pasted list is taken. */
const never: KeyMatcher = () => false;
const moves: KeyMatcher = (key) => keys.listMoveFor(key) !== undefined;
const fields = either(keys.isUp, keys.isDown, keys.isNextField, keys.isPreviousField);
const toInput = either(keys.isNextField, keys.isPreviousField, keys.isBack);
const deleteDomain: KeyMatcher = (key) => key.name === 'delete' || key.name === 'backspace' || key.text === 'd';
/** Typing narrows a list: any printable key. */
const typing: KeyMatcher = (key) => keys.insertableText(key) !== undefined;

// The keys, importance and matcher of each binding; the words are in `words` below, under the same name (`…Long`
// for the help, `…Keys` where the keys are a word).
const table = {
	// Shared by every screen.
	move: {keys: '↑↓', importance: 'minor', match: moves},
	select: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	back: {keys: 'Esc', importance: 'exit', match: keys.isBack},
	leave: {keys: 'q', importance: 'exit', match: keys.isLeave},
	help: {keys: '?', importance: 'help', match: keys.isHelp},
	helpInField: {keys: 'F1', importance: 'help', match: keys.isHelpInField},
	quit: {keys: 'Ctrl+C', importance: 'minor', match: keys.isQuit},
	quitHome: {keys: 'q', importance: 'exit', match: keys.isLeave},
	openUnfinished: {keys: 'o', importance: 'normal', match: letter('o')},
	cancel: {keys: 'Esc', importance: 'exit', match: keys.isBack},
	continue: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	field: {keys: '↑↓/Tab', importance: 'minor', match: fields},
	// Accounts.
	useAccount: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	addAccount: {keys: 'a', importance: 'normal', match: letter('a')},
	importAccounts: {keys: 'i', importance: 'normal', match: letter('i')},
	removeAccount: {keys: 'd', importance: 'normal', match: letter('d')},
	// Asked after `d`; any other key keeps the account.
	confirmRemove: {keys: 'y/Enter', importance: 'main', match: either(letter('y'), keys.isSubmit)},
	useSandbox: {keys: 's', importance: 'normal', match: letter('s')},
	// Adding an account.
	nextField: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	site: {keys: 'Space', importance: 'normal', match: keys.isToggle},
	backUnsaved: {keys: 'Esc', importance: 'exit', match: keys.isBack},
	// The domain list.
	addDomain: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	pasteList: {keys: 'paste', importance: 'minor', match: never},
	loadFile: {keys: 'Ctrl+O', importance: 'normal', match: ctrl('o')},
	toList: {keys: 'Tab', importance: 'normal', match: keys.isNextField},
	toInput: {keys: 'Tab/Esc', importance: 'exit', match: toInput},
	deleteDomain: {keys: 'd/Del', importance: 'normal', match: deleteDomain},
	showRejected: {keys: 'r', importance: 'normal', match: letter('r')},
	discardDraft: {keys: 'Ctrl+X', importance: 'normal', match: ctrl('x')},
	load: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	cancelFile: {keys: 'Esc', importance: 'exit', match: keys.isBack},
	// Availability.
	stopChecking: {keys: 's/Esc', importance: 'exit', match: either(letter('s'), keys.isBack)},
	check: {keys: 'c', importance: 'normal', match: letter('c')},
	dropUnavailable: {keys: 'x', importance: 'normal', match: letter('x')},
	// Going on without checking: Enter (the bar's `continue`) or `s`, the same key that stops a check under way.
	skipCheck: {keys: 's', importance: 'minor', match: letter('s')},
	// Expiry.
	useExpiry: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	keepExpiry: {keys: 'Esc', importance: 'exit', match: keys.isBack},
	typeExpiry: {keys: 'e', importance: 'normal', match: letter('e')},
	retryExpiry: {keys: 'r', importance: 'normal', match: letter('r')},
	useAccountExpiry: {keys: 'a', importance: 'normal', match: letter('a')},
	// The redemption picker.
	pickDomain: {keys: 'Space', importance: 'normal', match: keys.isToggle},
	pickAll: {keys: 'a', importance: 'normal', match: letter('a')},
	filterPicker: {keys: '/', importance: 'normal', match: letter('/')},
	sortPicker: {keys: 's', importance: 'normal', match: letter('s')},
	typeNames: {keys: 't', importance: 'normal', match: letter('t')},
	retryPicker: {keys: 'r', importance: 'main', match: letter('r')},
	pickerWindow: {keys: 'w', importance: 'normal', match: letter('w')},
	keepPickerFilter: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	clearPickerFilter: {keys: 'Esc', importance: 'exit', match: keys.isBack},
	// Registrant profile.
	chooseProfile: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	filterProfiles: {keys: 'type', importance: 'minor', match: typing},
	retryProfiles: {keys: 'r', importance: 'normal', match: letter('r')},
	// Options.
	switchOption: {keys: 'Space', importance: 'normal', match: keys.isToggle},
	keepOptionsBack: {keys: 'Esc', importance: 'exit', match: keys.isBack},
	// Review.
	confirmSubmit: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	cancelSubmit: {keys: 'Esc', importance: 'exit', match: keys.isBack},
	retryCheck: {keys: 'r', importance: 'normal', match: letter('r')},
	stopPricing: {keys: 's', importance: 'normal', match: letter('s')},
	price: {keys: 'p', importance: 'normal', match: letter('p')},
	cutToBalance: {keys: 'c', importance: 'normal', match: letter('c')},
	useAccountExpiries: {keys: 'a', importance: 'normal', match: letter('a')},
	// Submitting, and after a submit.
	stopSubmit: {keys: 'Ctrl+C', importance: 'exit', match: keys.isQuit},
	watchTasks: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	// `h` (for home) does the same; the bar shows Esc, the key every screen goes back with.
	home: {keys: 'Esc', importance: 'exit', match: either(keys.isBack, letter('h'))},
	// Status.
	details: {keys: 'Enter', importance: 'normal', match: keys.isSubmit},
	closeDetails: {keys: 'Esc', importance: 'exit', match: keys.isBack},
	filter: {keys: 'f', importance: 'normal', match: letter('f')},
	search: {keys: '/', importance: 'normal', match: letter('/')},
	keepSearch: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	clearSearch: {keys: 'Esc', importance: 'exit', match: keys.isBack},
	export: {keys: 'e', importance: 'normal', match: letter('e')},
	retryFailed: {keys: 'r', importance: 'main', match: letter('r')},
	leaveStatus: {keys: 'q', importance: 'exit', match: keys.isLeave},
	// History.
	open: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	switchSection: {keys: 'Tab', importance: 'normal', match: keys.isNextField},
	taskNumber: {keys: 't', importance: 'normal', match: letter('t')},
	reload: {keys: 'r', importance: 'minor', match: letter('r')},
	leaveHistory: {keys: 'q', importance: 'exit', match: keys.isLeave},
	openTasks: {keys: 'Enter', importance: 'main', match: keys.isSubmit},
	cancelTyping: {keys: 'Esc', importance: 'exit', match: keys.isBack},
} satisfies Record<string, Binding>;

export type BindingId = keyof typeof table;

const words = messages({
	move: {en: 'move', zh: '移动'},
	moveLong: {en: 'Move the highlight; PgUp/PgDn and Home/End jump', zh: '移动高亮；PgUp/PgDn 和 Home/End 跳转'},
	select: {en: 'select', zh: '选择'},
	selectLong: {en: 'Choose the highlighted item', zh: '选择高亮的项'},
	back: {en: 'back', zh: '返回'},
	backLong: {en: 'Go back one step', zh: '返回上一步'},
	leave: {en: 'leave', zh: '离开'},
	leaveLong: {en: 'Leave this view', zh: '离开此页面'},
	help: {en: 'help', zh: '帮助'},
	helpLong: {
		en: `Show or hide this help (${table.helpInField.keys} works in text fields too)`,
		zh: `显示或隐藏本帮助（在输入框中也可按 ${table.helpInField.keys}）`,
	},
	helpInField: {en: 'help', zh: '帮助'},
	helpInFieldLong: {
		en: 'Show this help; in a text field ? is typed as text',
		zh: '显示本帮助；在输入框中 ? 会作为文字输入',
	},
	quit: {en: 'quit', zh: '退出'},
	quitLong: {en: 'Leave the app', zh: '退出程序'},
	openUnfinished: {en: 'open unfinished', zh: '打开未完成的'},
	openUnfinishedLong: {
		en: 'Open the newest unfinished batch: a running one in its status view, an unsure one in history',
		zh: '打开最新的未完成批次：执行中的进入状态页，结果不确定的进入历史记录先检查',
	},
	quitHome: {en: 'quit', zh: '退出'},
	quitHomeLong: {en: 'Leave the app', zh: '退出程序'},
	cancel: {en: 'cancel', zh: '取消'},
	cancelLong: {en: 'Cancel and go back', zh: '取消并返回'},
	continue: {en: 'continue', zh: '继续'},
	continueLong: {en: 'Go on to the next step', zh: '进入下一步'},
	field: {en: 'field', zh: '切换字段'},
	fieldLong: {en: 'Move between the fields', zh: '在字段之间移动'},
	useAccount: {en: 'use', zh: '使用'},
	useAccountLong: {en: 'Use the highlighted account from now on', zh: '从现在起使用高亮的账号'},
	addAccount: {en: 'add', zh: '添加'},
	addAccountLong: {en: 'Add an AccessKey', zh: '添加 AccessKey'},
	importAccounts: {en: 'import', zh: '导入'},
	importAccountsLong: {
		en: "Import AK and StsToken profiles from the command-line tool's config",
		zh: '从命令行工具的配置中导入 AK 和 StsToken 配置',
	},
	removeAccount: {en: 'remove', zh: '删除'},
	removeAccountLong: {en: 'Remove the highlighted account (asks first)', zh: '删除高亮的账号（会先确认）'},
	confirmRemove: {en: 'remove', zh: '删除'},
	confirmRemoveLong: {
		en: 'Remove the account asked about; any other key keeps it',
		zh: '删除所询问的账号；按其他键保留',
	},
	useSandbox: {en: 'sandbox', zh: '沙箱'},
	useSandboxLong: {en: 'Use the built-in sandbox', zh: '使用内置沙箱'},
	nextField: {en: 'next', zh: '下一项'},
	nextFieldLong: {
		en: 'Next field; on the site, verify the key with one read and save it',
		zh: '下一个字段；在站点一栏按下则用一次读取验证密钥并保存',
	},
	site: {en: 'site', zh: '站点'},
	siteLong: {en: 'Switch between the China and international sites', zh: '在中国站和国际站之间切换'},
	backUnsaved: {en: 'back', zh: '返回'},
	backUnsavedLong: {en: 'Go back without saving', zh: '不保存并返回'},
	addDomain: {en: 'add / continue when empty', zh: '添加 / 空行时继续'},
	addDomainLong: {
		en: 'Add what is typed; on an empty line, go on to the next step',
		zh: '添加输入的内容；空行时进入下一步',
	},
	pasteListKeys: {en: 'paste', zh: '粘贴'},
	pasteList: {en: 'add a list', zh: '添加列表'},
	pasteListLong: {en: 'A pasted list is added at once, whatever its length', zh: '粘贴的列表一次全部添加，不限长度'},
	loadFile: {en: 'load file', zh: '加载文件'},
	loadFileLong: {en: 'Load a file of domains by its path', zh: '按路径加载域名文件'},
	toList: {en: 'list', zh: '列表'},
	toListLong: {
		en: 'Move through the list to delete entries or see rejected lines',
		zh: '进入列表以删除条目或查看被拒绝的行',
	},
	toInput: {en: 'type', zh: '输入'},
	toInputLong: {en: 'Back to the input line', zh: '回到输入行'},
	deleteDomain: {en: 'delete', zh: '删除'},
	deleteDomainLong: {en: 'Remove the highlighted domain', zh: '删除高亮的域名'},
	showRejected: {en: 'show rejected', zh: '显示被拒绝的行'},
	showRejectedLong: {en: 'Switch between the domains and the rejected lines', zh: '在域名和被拒绝的行之间切换'},
	discardDraft: {en: 'discard draft', zh: '丢弃草稿'},
	discardDraftLong: {en: 'Discard the restored draft and start with an empty list', zh: '丢弃恢复的草稿，从空列表开始'},
	load: {en: 'load', zh: '加载'},
	loadLong: {en: 'Load the file: one domain per line', zh: '加载文件：每行一个域名'},
	cancelFile: {en: 'cancel', zh: '取消'},
	cancelFileLong: {en: 'Back to typing', zh: '返回输入'},
	stopChecking: {en: 'stop', zh: '停止'},
	stopCheckingLong: {en: 'Stop checking; the results so far are kept', zh: '停止查询；已有结果会保留'},
	check: {en: 'check', zh: '查询'},
	checkLong: {
		en: 'Check availability and price of every name, many per call where the account allows',
		zh: '查询每个域名的可用性和价格，账号允许时每次查询多个',
	},
	dropUnavailable: {en: 'drop unavailable', zh: '删除不可注册的'},
	skipCheck: {en: 'skip check', zh: '跳过查询'},
	skipCheckLong: {en: 'Go on without checking availability', zh: '不查询可用性，直接继续'},
	dropUnavailableLong: {
		en: 'Remove every taken or unavailable name from the list',
		zh: '从列表中删除所有已被注册或不可注册的域名',
	},
	useExpiry: {en: 'use this expiry', zh: '使用此到期时间'},
	useExpiryLong: {
		en: 'Milliseconds since 1970, or an ISO date and time with its zone',
		zh: '自 1970 年起的毫秒数，或带时区的 ISO 日期时间',
	},
	keepExpiry: {en: 'cancel', zh: '取消'},
	keepExpiryLong: {en: 'Keep the looked-up expiry', zh: '保留查询到的到期时间'},
	typeExpiry: {en: 'type expiry', zh: '输入到期时间'},
	typeExpiryLong: {en: 'Type the expiry of the highlighted domain by hand', zh: '手动输入高亮域名的到期时间'},
	retryExpiry: {en: 'retry', zh: '重试'},
	retryExpiryLong: {en: 'Look the expiries up again', zh: '重新查询到期时间'},
	useAccountExpiry: {en: "use account's", zh: '用账号的值'},
	useAccountExpiryLong: {
		en: "Send the account's expiry for the highlighted domain instead of the typed one",
		zh: '高亮域名改用账号中的到期时间，而不是手动输入的值',
	},
	pickDomain: {en: 'select', zh: '选择'},
	pickDomainLong: {en: 'Select or unselect the highlighted domain', zh: '选择或取消选择高亮的域名'},
	pickAll: {en: 'all/none', zh: '全选/全不选'},
	pickAllLong: {
		en: 'Select every domain shown that can be redeemed, or none',
		zh: '选择所有显示的可赎回域名，或全部取消',
	},
	filterPicker: {en: 'filter', zh: '筛选'},
	filterPickerLong: {en: 'Show only names containing some text', zh: '只显示包含某段文字的域名'},
	sortPicker: {en: 'sort', zh: '排序'},
	sortPickerLong: {en: 'Sort by days left (soonest first) or by name', zh: '按剩余天数（最紧迫在前）或按名称排序'},
	typeNames: {en: 'type names', zh: '输入域名'},
	typeNamesLong: {
		en: 'Type or paste names instead (a list kept elsewhere)',
		zh: '改为输入或粘贴域名（在别处保存的列表）',
	},
	pickerWindow: {en: 'window', zh: '期限'},
	pickerWindowLong: {
		en: 'List the domains expiring within another number of days',
		zh: '改为列出在其他天数内到期的域名',
	},
	retryPicker: {en: 'retry', zh: '重试'},
	retryPickerLong: {en: 'Look the list up again', zh: '重新查询列表'},
	keepPickerFilter: {en: 'done', zh: '完成'},
	keepPickerFilterLong: {en: 'Keep the filter and go back to the list', zh: '保留筛选，回到列表'},
	clearPickerFilter: {en: 'clear', zh: '清除'},
	clearPickerFilterLong: {en: 'Clear the filter', zh: '清除筛选'},
	chooseProfile: {en: 'choose', zh: '选择'},
	chooseProfileLong: {en: 'Register the domains to the highlighted profile', zh: '用高亮的模板注册这些域名'},
	filterProfilesKeys: {en: 'type', zh: '输入'},
	filterProfiles: {en: 'filter', zh: '筛选'},
	filterProfilesLong: {
		en: `Typing narrows the list; Backspace edits, ${table.back.keys} clears`,
		zh: `输入文字筛选列表；Backspace 删除，${table.back.keys} 清空`,
	},
	retryProfiles: {en: 'retry', zh: '重试'},
	retryProfilesLong: {en: 'Load the profiles again', zh: '重新加载模板'},
	switchOption: {en: 'switch', zh: '开关'},
	switchOptionLong: {en: 'Turn the highlighted option on or off', zh: '打开或关闭高亮的选项'},
	keepOptionsBack: {en: 'back', zh: '返回'},
	keepOptionsBackLong: {en: 'Go back one step; the options are kept', zh: '返回上一步；选项会保留'},
	confirmSubmit: {en: 'confirm', zh: '确认'},
	confirmSubmitLong: {
		en: `Type the number of domains or yes, then ${table.confirmSubmit.keys}`,
		zh: `输入域名数量或 yes，再按 ${table.confirmSubmit.keys}`,
	},
	cancelSubmit: {en: 'cancel', zh: '取消'},
	cancelSubmitLong: {en: 'Do not submit', zh: '不提交'},
	retryCheck: {en: 'retry', zh: '重试'},
	retryCheckLong: {en: 'Check earlier orders again', zh: '重新检查之前的订单'},
	stopPricing: {en: 'stop pricing', zh: '停止询价'},
	stopPricingLong: {en: 'Stop asking prices; what is priced is kept', zh: '停止询价；已询价的保留'},
	price: {en: 'price', zh: '询价'},
	priceLong: {
		en: 'Price every name not priced yet, many per call where the account allows',
		zh: '给尚未询价的域名询价，账号允许时每次查询多个',
	},
	cutToBalance: {en: 'cut to balance', zh: '按余额缩减'},
	cutToBalanceLong: {en: 'Leave out the domains the balance does not cover', zh: '去掉余额不够支付的域名'},
	useAccountExpiries: {en: "use account's expiry", zh: '改用账号的到期时间'},
	useAccountExpiriesLong: {
		en: "Send the account's expiry for every domain whose typed expiry differs",
		zh: '手动输入的到期时间与账号不同的域名，全部改用账号中的值',
	},
	stopSubmit: {en: 'stop and quit', zh: '停止并退出'},
	stopSubmitLong: {
		en: 'Finish the request in flight, record it, and quit; reopen the batch from history',
		zh: '完成正在发送的请求并记录，然后退出；之后可从历史记录重新打开该批次',
	},
	watchTasks: {en: 'watch tasks', zh: '查看任务'},
	watchTasksLong: {en: 'Open the live status of the submitted tasks', zh: '打开已提交任务的实时状态'},
	home: {en: 'home', zh: '首页'},
	homeLong: {en: 'Back to the home screen; the batch stays in the history', zh: '回到首页；该批次保留在历史记录中'},
	details: {en: 'details', zh: '详情'},
	detailsLong: {en: 'Everything about the highlighted domain', zh: '高亮域名的全部信息'},
	closeDetails: {en: 'close', zh: '关闭'},
	closeDetailsLong: {en: 'Back to the list', zh: '返回列表'},
	filter: {en: 'filter', zh: '筛选'},
	filterLong: {en: 'Show all, failed, in progress or succeeded domains', zh: '显示全部、失败、进行中或已成功的域名'},
	search: {en: 'search', zh: '搜索'},
	searchLong: {
		en: `Find domains by name; ${table.clearSearch.keys} clears the search`,
		zh: `按名称查找域名；${table.clearSearch.keys} 清除搜索`,
	},
	keepSearch: {en: 'keep', zh: '保留'},
	keepSearchLong: {en: 'Keep the search and go back to the list', zh: '保留搜索并返回列表'},
	clearSearch: {en: 'clear', zh: '清除'},
	clearSearchLong: {en: 'Clear the search', zh: '清除搜索'},
	export: {en: 'export', zh: '导出'},
	exportLong: {
		en: 'Write results.csv, results.json and failed.txt',
		zh: '写出 results.csv、results.json 和 failed.txt',
	},
	retryFailed: {en: 'retry failed', zh: '重试失败'},
	retryFailedLong: {
		en: 'Take the failed domains back through review for a new batch',
		zh: '把失败的域名带回确认页，作为新批次提交',
	},
	leaveStatus: {en: 'leave', zh: '离开'},
	leaveStatusLong: {
		en: `Stop watching; resume later from history (${table.back.keys} too)`,
		zh: `停止查看；之后可从历史记录继续（${table.back.keys} 也可）`,
	},
	open: {en: 'open', zh: '打开'},
	openLong: {
		en: 'Watch the highlighted batch or task; an unfinished submit is checked first',
		zh: '查看高亮的批次或任务；未完成的提交会先检查',
	},
	switchSection: {en: 'switch list', zh: '切换列表'},
	switchSectionLong: {
		en: "Switch between this computer's batches and the account's tasks on the server",
		zh: '在本机的批次和账号在服务器上的任务之间切换',
	},
	taskNumber: {en: 'task number', zh: '任务编号'},
	taskNumberLong: {
		en: 'Type task numbers to open (several: separate with spaces)',
		zh: '输入要打开的任务编号（多个用空格分隔）',
	},
	reload: {en: 'reload', zh: '刷新'},
	reloadLong: {en: 'Read the list again', zh: '重新读取列表'},
	leaveHistory: {en: 'leave', zh: '离开'},
	leaveHistoryLong: {en: `Leave history (${table.back.keys} too)`, zh: `离开历史记录（${table.back.keys} 也可）`},
	openTasks: {en: 'open', zh: '打开'},
	openTasksLong: {en: 'Open the typed task numbers', zh: '打开输入的任务编号'},
	cancelTyping: {en: 'cancel', zh: '取消'},
	cancelTypingLong: {en: 'Back to the list', zh: '返回列表'},
});

/**
 * The hint for a named binding. `label` replaces the short label where it carries a value ("retry 3 failed");
 * `arrows` replaces the arrows for a terminal that cannot draw them.
 */
export const hint = (id: BindingId, options: {label?: string; description?: string; arrows?: string} = {}): KeyHint => {
	const binding: Binding = table[id];
	const w = words as unknown as Record<string, string | undefined>;
	// Keys that are words ("paste", "type") are translated like the labels.
	const named = w[`${id}Keys`] ?? binding.keys;
	const keys = options.arrows ? named.replace('↑↓', options.arrows) : named;
	return {
		id,
		keys,
		label: options.label ?? w[id]!,
		description: options.description ?? w[`${id}Long`],
		importance: binding.importance,
	};
};

/**
 * The keys of a binding as the bar prints them, for a message that names a key ("press Enter to go on"): the
 * message then names whatever key the table gives that binding, so it cannot drift from what the key does. For
 * keys, not words: a binding whose keys are a word (paste, type) is translated by `hint`.
 */
export const keyOf = (id: BindingId): string => table[id].keys;

/** Whether a key event is the named binding's key: the same table the bar and the help are built from. */
export const matches = (id: BindingId, key: KeyEvent): boolean => table[id].match(key);

/** Every binding, for tests: each has words in both languages and a known importance. */
export const bindingIds = Object.keys(table) as BindingId[];
