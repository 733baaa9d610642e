// The domain list editor's words, in both languages.
import {count, messages} from '../../i18n/index.js';
import type {EditorNote, EditorProblem} from '../state/list-editor.js';
import {keyOf} from '../input/key-bindings.js';

export const domainListText = messages({
	registerTitle: {en: 'Register · Domains', zh: '注册域名 · 域名列表'},
	redeemTitle: {en: 'Redeem · Domains', zh: '赎回域名 · 域名列表'},
	renewTitle: {en: 'Renew · Domains', zh: '续费域名 · 域名列表'},
	introRenew: {
		en: `Type a domain of this account and press ${keyOf('addDomain')}, or paste a list; expiries come from the account. `,
		zh: `输入此账号下的域名后按 ${keyOf('addDomain')}，或粘贴一个列表；到期时间取自账号。`,
	},
	allRejected: {
		en: (lines: string, operation: string) =>
			`All ${lines} were rejected: nothing to ${operation}. Fix them and add them again.`,
		zh: (lines: string, operation: string) => `${lines}全部被拒绝，没有可${operation}的域名。请修正后重新添加。`,
	},
	empty: {en: 'The list is empty: type or paste at least one domain.', zh: '列表为空：请至少输入或粘贴一个域名。'},
	showDomains: {en: 'show domains', zh: '显示域名'},
	introRegister: {
		en: `Type a domain and press ${keyOf('addDomain')}, or paste a list. `,
		zh: `输入域名后按 ${keyOf('addDomain')}，或粘贴一个列表。`,
	},
	introRedeem: {
		en: `Type a domain (optionally ",expiry in ms") and press ${keyOf('addDomain')}, or paste a list. `,
		zh: `输入域名（可附加“,到期时间毫秒数”）后按 ${keyOf('addDomain')}，或粘贴一个列表。`,
	},
	ctrlO: {en: `${keyOf('loadFile')} loads a file.`, zh: `${keyOf('loadFile')} 加载文件。`},
	file: {en: 'File: ', zh: '文件：'},
	filePlaceholder: {en: 'path to a file, one domain per line', zh: '文件路径，每行一个域名'},
	another: {
		en: `another domain, or ${keyOf('addDomain')} to continue`,
		zh: `再输入一个域名，或按 ${keyOf('addDomain')} 继续`,
	},
	domains: {
		en: (n: number) => count(n, ['domain', 'domains'], '个域名'),
		zh: (n: number) => count(n, ['domain', 'domains'], '个域名'),
	},
	rejectedLines: {
		en: (n: number) => count(n, ['rejected line', 'rejected lines'], '行被拒绝'),
		zh: (n: number) => count(n, ['rejected line', 'rejected lines'], '行被拒绝'),
	},
	lines: {en: (n: number) => count(n, ['line', 'lines'], '行'), zh: (n: number) => count(n, ['line', 'lines'], '行')},
	duplicates: {
		en: (n: number) => `${count(n, ['duplicate', 'duplicates'], '')} dropped`,
		zh: (n: number) => `已去除 ${n.toLocaleString('en-US')} 个重复项`,
	},
	showingRejected: {en: '   showing rejected lines', zh: '   正在显示被拒绝的行'},
	rejectedNoun: {en: 'rejected lines', zh: '被拒绝的行'},
	domainsNoun: {en: 'domains', zh: '域名'},
	noRejected: {en: 'No rejected lines.', zh: '没有被拒绝的行。'},
	noDomains: {en: 'No domains yet.', zh: '还没有域名。'},
	line: {en: (n: number) => `line ${n}`, zh: (n: number) => `第 ${n} 行`},
	expiry: {en: (ms: number) => `expiry ${ms}`, zh: (ms: number) => `到期 ${ms}`},
	// The counts in the words of the editor's own counts line and of Home ("297 domains · 10 rejected lines").
	draft: {
		en: (counts: string, when: string) =>
			`Draft restored: ${counts}, saved ${when}. ${keyOf('discardDraft')} discards it.`,
		zh: (counts: string, when: string) => `已恢复草稿：${counts}，保存于 ${when}。按 ${keyOf('discardDraft')} 丢弃。`,
	},
	listHasKeys: {
		en: `The list has the keys: ${keyOf('deleteDomain')} deletes, ${keyOf('showRejected')} shows rejected lines. ${keyOf('toInput')} goes back to typing.`,
		zh: `当前焦点在列表：${keyOf('deleteDomain')} 删除，${keyOf('showRejected')} 显示被拒绝的行。按 ${keyOf('toInput')} 回到输入框。`,
	},
	deleted: {en: (name: string) => `Deleted ${name}.`, zh: (name: string) => `已删除 ${name}。`},
	pastedToList: {
		en: (lines: string) => `Pasted ${lines} into the list; typing goes to the input again.`,
		zh: (lines: string) => `已将粘贴的 ${lines}加入列表；输入框重新获得焦点。`,
	},
	more: {
		en: (n: number) =>
			`…and ${count(n, ['more rejected line', 'more rejected lines'], '')}: ${keyOf('toList')}, then ${keyOf('showRejected')} to see them all`,
		zh: (n: number) =>
			`…另有 ${n.toLocaleString('en-US')} 行被拒绝：按 ${keyOf('toList')} 再按 ${keyOf('showRejected')} 查看全部`,
	},
});

/** A list's counts as the editor says them: "297 domains · 10 rejected lines" (the rejected part only when there are any). */
export const listCountsText = ({domains, rejected}: {domains: number; rejected: number}, separator: string): string =>
	rejected > 0
		? `${domainListText.domains(domains)} ${separator} ${domainListText.rejectedLines(rejected)}`
		: domainListText.domains(domains);

/** What a key in the list did, in words. */
export const noteText = (note: EditorNote): string =>
	note.kind === 'deleted'
		? domainListText.deleted(note.name)
		: note.kind === 'pasted'
			? domainListText.pastedToList(domainListText.lines(note.lines))
			: domainListText.listHasKeys;

/** Why the list cannot go on, in words: `rejected` lines were all refused for `operation`. */
export const problemText = (problem: EditorProblem, rejected: number, operation: string): string =>
	problem.kind === 'file'
		? problem.reason
		: problem.kind === 'all-rejected'
			? domainListText.allRejected(domainListText.lines(rejected), operation)
			: domainListText.empty;
