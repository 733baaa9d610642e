// The words of HomeScreen, in English and Chinese.
import {messages} from '../../i18n/index.js';
import {keyOf} from '../input/key-bindings.js';

export const text = messages({
	title: {en: 'Home', zh: '首页'},
	question: {en: 'What would you like to do?', zh: '要做什么？'},
	register: {en: 'Register domains', zh: '注册域名'},
	registerHint: {en: 'many names in one batch', zh: '一批注册多个域名'},
	redeem: {en: 'Redeem domains', zh: '赎回域名'},
	redeemHint: {en: 'names in their redemption period', zh: '处于赎回期的域名'},
	renew: {en: 'Renew domains', zh: '续费域名'},
	renewHint: {en: 'before they reach redemption', zh: '在进入赎回期之前'},
	watch: {en: 'History', zh: '历史记录'},
	watchHint: {en: 'watch and resume batches submitted before', zh: '查看并继续之前提交的批次'},
	accounts: {en: 'Accounts', zh: '账号'},
	accountsHint: {en: 'add, switch, remove', zh: '添加、切换、删除'},
	quit: {en: 'Quit', zh: '退出'},
	startingSandbox: {en: 'Starting the sandbox…', zh: '正在启动沙箱…'},
	connecting: {en: 'Connecting…', zh: '正在连接…'},
	sandbox: {
		en: 'The sandbox: nothing here touches a real account or costs money.',
		zh: '沙箱环境：不会动用真实账号，也不产生任何费用。',
	},
	couldNotConnect: {en: 'Could not connect', zh: '无法连接'},
	draft: {
		en: (counts: string) => `your draft is waiting: ${counts}`,
		zh: (counts: string) => `您的草稿在等您：${counts}`,
	},
	// Redeem opens at the account's redemption-period list; the typed list (and its draft) is one key away.
	redeemDraft: {
		en: (counts: string) => `your draft is waiting (${keyOf('typeNames')} on the list): ${counts}`,
		zh: (counts: string) => `您的草稿在等您（在列表中按 ${keyOf('typeNames')}）：${counts}`,
	},
});
