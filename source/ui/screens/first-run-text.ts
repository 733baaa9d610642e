// The words of FirstRunScreen, in English and Chinese.
import {count, messages} from '../../i18n/index.js';

export const text = messages({
	title: {en: 'Welcome', zh: '欢迎'},
	noCredentials: {en: 'No Alibaba Cloud credentials were found.', zh: '未找到阿里云凭证。'},
	where: {
		en: 'alidomain looks in ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET, then in its stored accounts.',
		zh: 'alidomain 先读取环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET，再读取已保存的账号。',
	},
	sandbox: {en: 'Try the sandbox', zh: '试用沙箱'},
	sandboxHint: {en: 'no account needed, nothing is charged', zh: '无需账号，不产生费用'},
	add: {en: 'Add an AccessKey', zh: '添加 AccessKey'},
	addHint: {en: 'stored in a file only you can read', zh: '保存在仅你可读的文件中'},
	import: {en: (path: string) => `Import from ${path}`, zh: (path: string) => `从 ${path} 导入`},
	importHint: {
		en: (n: number) => `${count(n, ['profile', 'profiles'], '')} can be imported`,
		zh: (n: number) => `可导入 ${n} 个配置`,
	},
	quit: {en: 'Quit', zh: '退出'},
	startingSandbox: {en: 'Starting the sandbox…', zh: '正在启动沙箱…'},
	connecting: {en: 'Connecting…', zh: '正在连接…'},
	couldNotConnect: {en: 'Could not connect', zh: '无法连接'},
});
