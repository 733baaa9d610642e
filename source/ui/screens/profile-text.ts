// The words of ProfileScreen, in English and Chinese.
import {count, messages, plural} from '../../i18n/index.js';
import {keyOf} from '../input/key-bindings.js';

export const text = messages({
	title: {en: 'Register · Registrant profile', zh: '注册域名 · 注册人信息模板'},
	individual: {en: 'individual', zh: '个人'},
	organization: {en: 'organisation', zh: '企业'},
	unknown: {en: 'type unknown', zh: '类型未知'},
	default: {en: ' (default)', zh: '（默认）'},
	filter: {en: 'filter', zh: '筛选'},
	loading: {en: 'Loading registrant profiles…', zh: '正在加载注册人信息模板…'},
	loadFailed: {
		en: `Could not load the registrant profiles (${keyOf('retryProfiles')} to try again)`,
		zh: `无法加载注册人信息模板（按 ${keyOf('retryProfiles')} 重试）`,
	},
	none: {
		en: 'This account has no registrant profile. Create one and pass real-name verification in the Alibaba Cloud console, then come back.',
		zh: '该账号没有注册人信息模板。请先在阿里云控制台创建模板并完成实名认证，然后再回来。',
	},
	noneVerified: {
		en: 'No registrant profile of this account has passed real-name verification; only verified profiles can register domains.',
		zh: '该账号的注册人信息模板均未通过实名认证；只有已实名认证的模板才能注册域名。',
	},
	ask: {
		en: (n: number, usable: number, all: number) =>
			`Register ${count(n, ['domain', 'domains'], '')} to which profile? ${usable} of ${all} can be used.`,
		zh: (n: number, usable: number, all: number) =>
			`用哪个模板注册这 ${n.toLocaleString('en-US')} 个域名？${all} 个中有 ${usable} 个可用。`,
	},
	cnnic: {
		en: (n: number) =>
			`${count(n, ['domain', 'domains'], '')} ${plural(n, 'is', 'are')} .cn or .中国: on the international site ${plural(n, 'it needs', 'they need')} a CNNIC profile, and this one is not.`,
		zh: (n: number) => `${n} 个域名是 .cn 或 .中国：在国际站需要 CNNIC 模板，而当前模板不是。`,
	},
	nothingToChoose: {
		en: `${keyOf('chooseProfile')} chose nothing: no profile shown has passed real-name verification, and only a verified profile can register domains. Verify one in the Alibaba Cloud console; ${keyOf('back')} goes back.`,
		zh: `按 ${keyOf('chooseProfile')} 未选择任何模板：列出的模板均未通过实名认证，只有已实名认证的模板才能注册域名。请在阿里云控制台完成认证；按 ${keyOf('back')} 返回。`,
	},
	looking: {en: (id: string) => `Looking for --profile-id ${id}…`, zh: (id: string) => `正在查找 --profile-id ${id}…`},
});
