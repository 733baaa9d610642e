// What an import from the Alibaba Cloud CLI's config did, in words: shared by the first-run screen and Accounts.
import {messages} from '../../i18n/index.js';
import type {ImportResult} from '../app/use-accounts.js';

const text = messages({
	imported: {en: (names: string) => `Imported ${names}.`, zh: (names: string) => `已导入 ${names}。`},
	importedNone: {en: 'Imported nothing new.', zh: '没有导入新的账号。'},
	kept: {en: (names: string) => ` Kept ${names} as stored.`, zh: (names: string) => `${names} 保留原有设置。`},
	skipped: {en: (list: string) => ` Skipped ${list}.`, zh: (list: string) => `已跳过 ${list}。`},
	noCliConfig: {
		en: (path: string) => `Nothing to import: there is no ${path}.`,
		zh: (path: string) => `没有可导入的内容：${path} 不存在。`,
	},
	listJoin: {en: ', ', zh: '、'},
});

/** Every account named: what was added, what was kept as stored, what was skipped and why. */
export function describeImport(result: ImportResult): string {
	if (!result.found) return text.noCliConfig(result.path);
	const join = (names: string[]) => names.join(text.listJoin);
	return (
		(result.added.length > 0 ? text.imported(join(result.added)) : text.importedNone) +
		(result.kept.length > 0 ? text.kept(join(result.kept)) : '') +
		(result.skipped.length > 0 ? text.skipped(join(result.skipped.map((s) => `${s.name} (${s.reason})`))) : '')
	);
}
