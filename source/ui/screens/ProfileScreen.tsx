// Register: the registrant profile. Verified profiles can be chosen (filter by typing); the others are listed with
// why they cannot. Warns when the list has TLDs that need a CNNIC profile and the highlighted one is not.
import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import {needsCnnicProfile, type ProfileView} from '../../core/order/profiles.js';
import {Notice} from '../components/Notice.js';
import {SelectList, type SelectListItem} from '../components/SelectList.js';
import {Spinner} from '../components/Spinner.js';
import {hint, matches, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState, useWizard} from '../app/contexts.js';
import {ScreenFrame, useScreenBodyRows} from '../app/ScreenFrame.js';
import {text} from './profile-text.js';

const typeLabel = (type: ProfileView['type']): string => text[type];

const labelOf = (p: ProfileView) =>
	[
		`${p.name}${p.isDefault ? text.default : ''}`,
		p.organization === p.name ? undefined : p.organization,
		p.email,
		typeLabel(p.type),
		p.cnnic ? 'CNNIC' : undefined,
		`#${p.id}`,
	]
		.filter(Boolean)
		.join(' · ');

export const ProfileScreen = () => {
	const {symbols, colors} = useTheme();
	const state = useWizard();
	const {dispatch} = useActions();
	const {profiles} = state;
	const [highlighted, setHighlighted] = useState<ProfileView | undefined>(undefined);
	const [refused, setRefused] = useState(false);
	// Only the international site has CNNIC profiles, and there .cn needs one (docs/api.md); the China site asks none.
	const site = useSessionState().runtime?.site ?? 'cn';
	const cnnicDomains = useMemo(
		() => (site === 'intl' ? state.list.entries.filter((entry) => needsCnnicProfile(entry.name)).length : 0),
		[state.list.entries, site],
	);
	const usable = profiles.list.filter((p) => p.usable);

	useKeypress((key) => {
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

	const items: Array<SelectListItem<number>> = profiles.list.map((p) => ({
		label: labelOf(p),
		value: p.id,
		key: String(p.id),
		disabled: !p.usable,
		reason: p.reason,
	}));
	const preferred =
		profiles.list.find((p) => p.id === state.profileId && p.usable) ??
		profiles.list.find((p) => p.isDefault && p.usable) ??
		usable[0];

	const hints: KeyHint[] = [
		hint('chooseProfile'),
		hint('back'),
		hint('filterProfiles', {label: text.filter}),
		...(profiles.status === 'error' ? [hint('retryProfiles')] : []),
		hint('move', {arrows: symbols.arrowUpDown}),
	];
	const bodyRows = useScreenBodyRows(hints);

	return (
		<ScreenFrame title={text.title} hints={hints}>
			{profiles.status === 'idle' || profiles.status === 'loading' ? (
				<Spinner label={text.loading} />
			) : profiles.status === 'error' ? (
				<Notice error={profiles.error}>{text.loadFailed}</Notice>
			) : usable.length === 0 ? (
				<Notice kind="error">{profiles.list.length === 0 ? text.none : text.noneVerified}</Notice>
			) : (
				<Text>{text.ask(state.list.entries.length, usable.length, profiles.list.length)}</Text>
			)}
			{profiles.status === 'done' && profiles.list.length > 0 && (
				<Box marginTop={1}>
					<SelectList
						filterable
						items={items}
						defaultValue={preferred?.id}
						height={Math.max(3, bodyRows - 10)}
						onHighlight={(item) => {
							if (item?.value !== highlighted?.id) {
								setHighlighted(profiles.list.find((p) => p.id === item?.value));
								setRefused(false);
							}
						}}
						onNothingToSelect={() => setRefused(true)}
						onSelect={(item) => dispatch({type: 'choose-profile', id: item.value})}
					/>
				</Box>
			)}
			{cnnicDomains > 0 && highlighted && !highlighted.cnnic && <Notice kind="warn">{text.cnnic(cnnicDomains)}</Notice>}
			{refused && <Notice kind="warn">{text.nothingToChoose}</Notice>}
			{state.pendingProfile !== undefined && (
				<Text color={colors.muted}>{text.looking(String(state.pendingProfile))}</Text>
			)}
		</ScreenFrame>
	);
};
