// Register: the registrant profile. Verified profiles can be chosen (filter by typing); the others are listed with
// why they cannot. Warns when the list has TLDs that need a CNNIC profile and the highlighted one is not.
import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import {needsCnnicProfile, type ProfileView} from '../../core/order/profiles.js';
import {count, messages, plural} from '../../i18n/index.js';
import {Notice} from '../components/Notice.js';
import {SelectList, type SelectListItem} from '../components/SelectList.js';
import {Spinner} from '../components/Spinner.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {hint, matches, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';
import {useActions, useWizard} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';

const text = messages({
	title: {en: 'Register · Registrant profile', zh: '注册域名 · 注册人信息模板'},
	individual: {en: 'individual', zh: '个人'},
	organization: {en: 'organisation', zh: '企业'},
	unknown: {en: 'type unknown', zh: '类型未知'},
	default: {en: ' (default)', zh: '（默认）'},
	filter: {en: 'filter', zh: '筛选'},
	loading: {en: 'Loading registrant profiles…', zh: '正在加载注册人信息模板…'},
	loadFailed: {en: 'Could not load the registrant profiles (r to try again)', zh: '无法加载注册人信息模板（按 r 重试）'},
	none: {en: 'This account has no registrant profile. Create one and pass real-name verification in the Alibaba Cloud console, then come back.', zh: '该账号没有注册人信息模板。请先在阿里云控制台创建模板并完成实名认证，然后再回来。'},
	noneVerified: {en: 'No registrant profile of this account has passed real-name verification; only verified profiles can register domains.', zh: '该账号的注册人信息模板均未通过实名认证；只有已实名认证的模板才能注册域名。'},
	ask: {en: (n: number, usable: number, all: number) => `Register ${count(n, ['domain', 'domains'], '')} to which profile? ${usable} of ${all} can be used.`, zh: (n: number, usable: number, all: number) => `用哪个模板注册这 ${n.toLocaleString('en-US')} 个域名？${all} 个中有 ${usable} 个可用。`},
	cnnic: {en: (n: number) => `${count(n, ['domain', 'domains'], '')} ${plural(n, 'is', 'are')} .cn or .中国: on the international site ${plural(n, 'it needs', 'they need')} a CNNIC profile, and this one is not.`, zh: (n: number) => `${n} 个域名是 .cn 或 .中国：在国际站需要 CNNIC 模板，而当前模板不是。`},
	nothingToChoose: {
		en: 'Enter chose nothing: no profile shown has passed real-name verification, and only a verified profile can register domains. Verify one in the Alibaba Cloud console; Esc goes back.',
		zh: '按 Enter 未选择任何模板：列出的模板均未通过实名认证，只有已实名认证的模板才能注册域名。请在阿里云控制台完成认证；按 Esc 返回。',
	},
	looking: {en: (id: string) => `Looking for --profile-id ${id}…`, zh: (id: string) => `正在查找 --profile-id ${id}…`},
});

const typeLabel = (type: ProfileView['type']): string => text[type];

const labelOf = (p: ProfileView) => [
	`${p.name}${p.isDefault ? text.default : ''}`,
	p.organization === p.name ? undefined : p.organization,
	p.email,
	typeLabel(p.type),
	p.cnnic ? 'CNNIC' : undefined,
	`#${p.id}`,
].filter(Boolean).join(' · ');

export const ProfileScreen = () => {
	const {symbols, colors} = useTheme();
	const {rows} = useTerminalSize();
	const state = useWizard();
	const {dispatch} = useActions();
	const {profiles} = state;
	const [highlighted, setHighlighted] = useState<ProfileView | undefined>(undefined);
	const [refused, setRefused] = useState(false);
	const cnnicDomains = useMemo(() => state.list.entries.filter(entry => needsCnnicProfile(entry.name)).length, [state.list.entries]);
	const usable = profiles.list.filter(p => p.usable);

	useKeypress(key => {
		if (keys.isBack(key)) {
			dispatch({type: 'back'});
			return true;
		}

		if (profiles.status === 'error' && matches('retryProfiles', key)) {
			dispatch({type: 'session-changed'});
			return true;
		}

		return undefined;
	});

	const items: Array<SelectListItem<number>> = profiles.list.map(p => ({
		label: labelOf(p),
		value: p.id,
		key: String(p.id),
		disabled: !p.usable,
		reason: p.reason,
	}));
	const preferred = profiles.list.find(p => p.id === state.profileId && p.usable) ?? profiles.list.find(p => p.isDefault && p.usable) ?? usable[0];

	const hints: KeyHint[] = [
		hint('chooseProfile'),
		hint('back'),
		hint('filterProfiles', {label: text.filter}),
		...(profiles.status === 'error' ? [hint('retryProfiles')] : []),
		hint('move', {arrows: symbols.arrowUpDown}),
	];

	return (
		<ScreenFrame title={text.title} hints={hints}>
			{profiles.status === 'idle' || profiles.status === 'loading'
				? <Spinner label={text.loading} />
				: profiles.status === 'error'
					? <Notice error={profiles.error}>{text.loadFailed}</Notice>
					: usable.length === 0
						? (
							<Notice kind="error">
								{profiles.list.length === 0
									? text.none
									: text.noneVerified}
							</Notice>
						)
						: <Text>{text.ask(state.list.entries.length, usable.length, profiles.list.length)}</Text>}
			{profiles.status === 'done' && profiles.list.length > 0 && (
				<Box marginTop={1}>
					<SelectList
						filterable
						items={items}
						defaultValue={preferred?.id}
						height={Math.max(3, rows - 14)}
						onHighlight={item => {
							if (item?.value !== highlighted?.id) {
								setHighlighted(profiles.list.find(p => p.id === item?.value));
								setRefused(false);
							}
						}}
						onNothingToSelect={() => setRefused(true)}
						onSelect={item => dispatch({type: 'choose-profile', id: item.value})}
					/>
				</Box>
			)}
			{cnnicDomains > 0 && highlighted && !highlighted.cnnic && (
				<Notice kind="warn">{text.cnnic(cnnicDomains)}</Notice>
			)}
			{refused && <Notice kind="warn">{text.nothingToChoose}</Notice>}
			{state.pendingProfile !== undefined && <Text color={colors.muted}>{text.looking(String(state.pendingProfile))}</Text>}
		</ScreenFrame>
	);
};
