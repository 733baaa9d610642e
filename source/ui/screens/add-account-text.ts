// The words of AddAccountScreen, in English and Chinese.
import {messages} from '../../i18n/index.js';
import {keyOf} from '../input/key-bindings.js';

// The endpoints' own labels live beside the API schema, which the first frame should not load.
export const text = messages({
	title: {en: 'Add an AccessKey', zh: '添加 AccessKey'},
	cn: {en: 'China mainland (aliyun.com)', zh: '中国站 (aliyun.com)'},
	intl: {en: 'International (alibabacloud.com)', zh: '国际站 (alibabacloud.com)'},
	aName: {en: 'a name', zh: '账号名称'},
	theId: {en: 'the AccessKey ID', zh: 'AccessKey ID'},
	theSecret: {en: 'the AccessKey secret', zh: 'AccessKey Secret'},
	enter: {en: (what: string) => `Enter ${what}.`, zh: (what: string) => `请输入${what}。`},
	listJoin: {en: ', ', zh: '、'},
	dots: {en: 'shown as dots', zh: '以圆点显示'},
	verify: {en: 'verify and save', zh: '验证并保存'},
	goOn: {en: 'go on', zh: '继续'},
	intro: {
		en: "A RAM user's AccessKey with the Domain permissions is safest. The secret is stored in a file only you can read.",
		zh: '最安全的是使用具有域名权限的 RAM 用户 AccessKey。密钥保存在仅你可读的文件中。',
	},
	accountName: {en: 'Account name', zh: '账号名称'},
	secretLabel: {en: 'AccessKey secret', zh: 'AccessKey Secret'},
	siteLabel: {en: 'Site', zh: '站点'},
	verifying: {
		en: 'Verifying the key with one read (QueryRegistrantProfiles)…',
		zh: '正在用一次读取验证密钥 (QueryRegistrantProfiles)…',
	},
	failed: {en: 'The key did not work; nothing was saved', zh: '密钥无效；未保存任何内容'},
	savedUnverified: {
		en: (name: string) => `Saved ${name}, but the key could not be checked; ${keyOf('nextField')} goes on`,
		zh: (name: string) => `已保存 ${name}，但无法验证密钥；按 ${keyOf('nextField')} 继续`,
	},
});
