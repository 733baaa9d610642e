// The words of AccountsScreen, in English and Chinese.
import {messages} from '../../i18n/index.js';
import {keyOf} from '../input/key-bindings.js';

export const text = messages({
	title: {en: 'Accounts', zh: '账号'},
	cn: {en: 'China site', zh: '中国站'},
	intl: {en: 'International site', zh: '国际站'},
	using: {en: (name: string) => `Using ${name}.`, zh: (name: string) => `正在使用 ${name}。`},
	removed: {en: (name: string) => `Removed ${name}.`, zh: (name: string) => `已删除 ${name}。`},
	usingSandbox: {en: 'Using the sandbox.', zh: '正在使用沙箱。'},
	importLong: {
		en: (path: string) => `Import AK and StsToken profiles from ${path}`,
		zh: (path: string) => `从 ${path} 导入 AK 和 StsToken 配置`,
	},
	sandbox: {en: 'sandbox', zh: '沙箱'},
	stored: {en: 'Stored accounts', zh: '已保存的账号'},
	inUse: {en: (name: string) => `  in use: ${name}`, zh: (name: string) => `  当前使用：${name}`},
	none: {en: 'none', zh: '无'},
	envSet: {
		en: 'ALIBABA_CLOUD_ACCESS_KEY_ID is set: it is used before any stored account.',
		zh: '已设置 ALIBABA_CLOUD_ACCESS_KEY_ID：它优先于任何已保存的账号。',
	},
	accounts: {en: 'accounts', zh: '账号'},
	noAccounts: {
		en: `No accounts yet: press ${keyOf('addAccount')} to add an AccessKey, or ${keyOf('useSandbox')} to use the sandbox.`,
		zh: `还没有账号：按 ${keyOf('addAccount')} 添加 AccessKey，或按 ${keyOf('useSandbox')} 使用沙箱。`,
	},
	loading: {en: 'Loading…', zh: '正在加载…'},
	secret: {en: 'secret', zh: '密钥'},
	inUseMark: {en: 'in use', zh: '使用中'},
	confirmRemove: {
		en: (name: string) => `Remove ${name}? Press ${keyOf('confirmRemove')} to remove, any other key to keep it.`,
		zh: (name: string) => `删除 ${name}？按 ${keyOf('confirmRemove')} 删除，按其他键保留。`,
	},
	readFailed: {en: 'Could not read the accounts file', zh: '无法读取账号文件'},
});
