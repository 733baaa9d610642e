// The words of AvailabilityScreen, in English and Chinese.
import {count, messages, plural} from '../../i18n/index.js';
import {keyOf} from '../input/key-bindings.js';

export const text = messages({
	dropped: {
		en: (names: readonly string[]) =>
			`Dropped ${plural(names.length, 'the name', `${names.length} names`)} that cannot be registered: ${names.join(', ')}.`,
		zh: (names: readonly string[]) => `已去掉 ${names.length} 个无法注册的域名：${names.join('、')}。`,
	},
	title: {en: 'Register · Availability', zh: '注册域名 · 可用性'},
	notChecked: {en: 'not checked', zh: '未查询'},
	available: {en: 'available', zh: '可注册'},
	premium: {en: 'premium', zh: '溢价域名'},
	taken: {en: 'taken', zh: '已被注册'},
	unavailable: {en: 'unavailable', zh: '不可注册'},
	error: {en: 'could not check', zh: '查询失败'},
	checkAgain: {en: 'check again', zh: '重新查询'},
	resume: {en: 'check the rest', zh: '继续查询其余'},
	continueLong: {en: 'Go on to the registrant profile', zh: '进入注册人信息模板'},
	drop: {en: (n: number) => `drop ${n} unavailable`, zh: (n: number) => `去掉 ${n} 个不可注册`},
	ask: {
		en: (n: number) => `Check availability and price of ${count(n, ['domain', 'domains'], '')}? `,
		zh: (n: number) => `查询 ${count(n, ['', ''], '个域名')}的可用性和价格？`,
	},
	optional: {
		en: `Optional. Press ${keyOf('check')} to check, ${keyOf('continue')} to skip.`,
		zh: `可选。按 ${keyOf('check')} 查询，按 ${keyOf('continue')} 跳过。`,
	},
	connecting: {en: 'Connecting…', zh: '正在连接…'},
	progress: {
		en: (done: number, total: number, left: number | undefined) =>
			`${done}/${total} checked${left === undefined ? '' : `, about ${left} s left`}`,
		zh: (done: number, total: number, left: number | undefined) =>
			`已查询 ${done}/${total}${left === undefined ? '' : `，约剩 ${left} 秒`}`,
	},
	checking: {en: `Checking… (${keyOf('stopChecking')} to stop)`, zh: `正在查询…（按 ${keyOf('stopChecking')} 停止）`},
	stopped: {
		en: (n: number) => `Stopped: ${n} not checked. ${keyOf('check')} checks the rest.`,
		zh: (n: number) => `已停止：${n} 个未查询。按 ${keyOf('check')} 继续查询其余。`,
	},
	cannot: {
		en: (n: number) =>
			`${n} cannot be registered: press ${keyOf('dropUnavailable')} to drop ${plural(n, 'it', 'them')}.`,
		zh: (n: number) => `${n} 个无法注册：按 ${keyOf('dropUnavailable')} 去掉。`,
	},
	allGood: {en: 'Every checked name can be registered.', zh: '已查询的域名全部可注册。'},
	perYear: {en: (money: string) => `${money}/year`, zh: (money: string) => `${money}/年`},
	trademarkTerm: {en: 'trademark term', zh: '含商标词'},
	premiumFail: {
		en: (n: number) =>
			`${count(n, ['premium name fails', 'premium names fail'], '')} unless premium is allowed (Options).`,
		zh: (n: number) => `${n} 个溢价域名会失败，除非在选项中允许溢价。`,
	},
	trademarkFail: {
		en: (n: number) =>
			`${count(n, ['name holds a trademark term and fails', 'names hold a trademark term and fail'], '')} unless trademark is allowed (Options).`,
		zh: (n: number) => `${n} 个域名含商标词，除非在选项中允许商标域名，否则会失败。`,
	},
	couldNotCheck: {
		en: (n: number) =>
			`${count(n, ['name', 'names'], '')} could not be checked: press ${keyOf('check')} to check again.`,
		zh: (n: number) => `${n} 个域名查询失败：按 ${keyOf('check')} 重新查询。`,
	},
	domains: {en: 'domains', zh: '域名'},
	because: {en: (reason: string) => `: ${reason}`, zh: (reason: string) => `：${reason}`},
});
