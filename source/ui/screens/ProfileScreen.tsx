// Register: the registrant profile. Verified profiles can be chosen (filter by typing); the others are listed with
// why they cannot. Warns when the list has TLDs that need a CNNIC profile and the highlighted one is not.
import {Box, Text} from 'ink';
import {useState} from 'react';
import {needsCnnicProfile, type ProfileView} from '../../core/profiles.js';
import {Notice} from '../components/Notice.js';
import {SelectList, type SelectListItem} from '../components/SelectList.js';
import {Spinner} from '../components/Spinner.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';
import {useActions, useWizard} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';

const TYPE_LABEL = {individual: 'individual', organization: 'organisation', unknown: 'type unknown'} as const;

const labelOf = (p: ProfileView) => [
	`${p.name}${p.isDefault ? ' (default)' : ''}`,
	p.organization === p.name ? undefined : p.organization,
	p.email,
	TYPE_LABEL[p.type],
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
	const common = keys.commonHints(symbols.arrowUpDown);
	const cnnicDomains = state.list.entries.filter(entry => needsCnnicProfile(entry.name)).length;
	const usable = profiles.list.filter(p => p.usable);

	useKeypress(key => {
		if (keys.isBack(key)) {
			dispatch({type: 'back'});
			return true;
		}

		if (profiles.status === 'error' && key.text === 'r') {
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

	const hints: keys.KeyHint[] = [
		common.move,
		{keys: 'Enter', label: 'choose', description: 'Register the domains to the highlighted profile'},
		{keys: 'type', label: 'filter', description: 'Typing narrows the list; Backspace edits, Esc clears'},
		...(profiles.status === 'error' ? [{keys: 'r', label: 'retry', description: 'Load the profiles again'}] : []),
		common.back,
	];

	return (
		<ScreenFrame title="Register · Registrant profile" hints={hints}>
			{profiles.status === 'idle' || profiles.status === 'loading'
				? <Spinner label="Loading registrant profiles…" />
				: profiles.status === 'error'
					? <Notice error={profiles.error}>Could not load the registrant profiles (r to try again)</Notice>
					: usable.length === 0
						? (
							<Notice kind="error">
								{profiles.list.length === 0
									? 'This account has no registrant profile. Create one and pass real-name verification in the Alibaba Cloud console, then come back.'
									: 'No registrant profile of this account has passed real-name verification; only verified profiles can register domains.'}
							</Notice>
						)
						: <Text>{`Register ${state.list.entries.length.toLocaleString('en-US')} domain(s) to which profile? ${usable.length} of ${profiles.list.length} can be used.`}</Text>}
			{profiles.status === 'done' && profiles.list.length > 0 && (
				<Box marginTop={1}>
					<SelectList
						filterable
						items={items}
						defaultValue={preferred?.id}
						height={Math.max(3, rows - 14)}
						onHighlight={item => setHighlighted(profiles.list.find(p => p.id === item?.value))}
						onSelect={item => dispatch({type: 'choose-profile', id: item.value})}
					/>
				</Box>
			)}
			{cnnicDomains > 0 && highlighted && !highlighted.cnnic && (
				<Notice kind="warn">{`${cnnicDomains} domain(s) are .cn or .中国: on the international site they need a CNNIC profile, and this one is not.`}</Notice>
			)}
			{state.pendingProfile !== undefined && <Text color={colors.muted}>{`Looking for --profile-id ${state.pendingProfile}…`}</Text>}
		</ScreenFrame>
	);
};
