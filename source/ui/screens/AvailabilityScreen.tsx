// Register: the optional availability and price check, one CheckDomain per name at no more than 10 a second.
// It can be skipped, stopped part way, and the unavailable names dropped with one key.
import {Box, Text} from 'ink';
import type {CheckResult} from '../../core/availability.js';
import {ProgressBar} from '../components/ProgressBar.js';
import {Spinner} from '../components/Spinner.js';
import {WindowedList} from '../components/WindowedList.js';
import {useListNavigation} from '../hooks/use-list-navigation.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {isUnavailable} from '../state/wizard-state.js';
import {useTheme, type Theme} from '../theme.js';
import {useActions, useSessionState, useWizard} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';

const describe = (result: CheckResult | undefined, {colors}: Theme): {text: string; color?: string} => {
	if (!result) {
		return {text: 'not checked', color: colors.muted};
	}

	const price = result.availability === 'premium' ? result.price : result.regularPrice;
	const priced = price === undefined ? '' : ` · ${price}`;
	switch (result.availability) {
		case 'available': {
			return {text: `available${priced}${result.reason ? ` (${result.reason})` : ''}`, color: colors.success};
		}

		case 'premium': {
			return {text: `premium${priced}${result.reason ? ` (${result.reason})` : ''}`, color: colors.warning};
		}

		case 'taken': {
			return {text: `taken${result.reason ? `: ${result.reason}` : ''}`, color: colors.failure};
		}

		case 'unavailable': {
			return {text: `unavailable${result.reason ? `: ${result.reason}` : ''}`, color: colors.failure};
		}

		case 'error': {
			return {text: `could not check${result.reason ? `: ${result.reason}` : ''}`, color: colors.warning};
		}
	}
};

export const AvailabilityScreen = () => {
	const theme = useTheme();
	const {symbols, colors} = theme;
	const {rows} = useTerminalSize();
	const state = useWizard();
	const session = useSessionState();
	const {dispatch, engine} = useActions();
	const {availability, list} = state;
	const running = availability.status === 'running';
	const checked = availability.status !== 'idle';
	const height = Math.max(3, rows - 13);
	const navigation = useListNavigation({count: list.entries.length, pageSize: height});
	const unavailable = list.entries.filter(entry => isUnavailable(availability.results[entry.name])).length;
	const common = keys.commonHints(symbols.arrowUpDown);
	const seconds = Math.ceil(list.entries.length / 10);

	useKeypress(key => {
		if (running) {
			if (key.text === 's' || keys.isBack(key)) {
				engine.stopCheck();
			}

			return keys.isQuit(key) ? undefined : true;
		}

		if (keys.isBack(key)) {
			dispatch({type: 'back'});
			return true;
		}

		if (key.text === 'c' && session.runtime) {
			engine.startCheck();
			return true;
		}

		if (key.text === 's' || keys.isSubmit(key)) {
			dispatch({type: 'next'});
			return true;
		}

		if (key.text === 'x' && unavailable > 0) {
			dispatch({type: 'drop-unavailable'});
			return true;
		}

		return undefined;
	});

	const hints: keys.KeyHint[] = running
		? [{keys: 's/Esc', label: 'stop', description: 'Stop checking; the results so far are kept'}]
		: [
			{keys: 'c', label: checked ? 'check again' : 'check', description: 'Check availability and price with CheckDomain, 10 names a second'},
			{keys: 'Enter', label: 'continue', description: 'Go on to the registrant profile'},
			...(unavailable > 0 ? [{keys: 'x', label: `drop ${unavailable} unavailable`, description: 'Remove every taken or unavailable name from the list'}] : []),
			common.move,
			common.back,
		];

	return (
		<ScreenFrame title="Register · Availability" hints={hints}>
			{!checked && (
				<Text>
					{`Check availability and price of ${list.entries.length.toLocaleString('en-US')} domain${list.entries.length === 1 ? '' : 's'}? `}
					<Text color={colors.muted}>{`Optional; about ${seconds} s at 10 checks a second. Press c to check, Enter to skip.`}</Text>
				</Text>
			)}
			{!session.runtime && <Spinner label="Connecting…" />}
			{checked && (
				<Box flexDirection="column">
					<ProgressBar value={availability.total === 0 ? 1 : availability.done / availability.total} label={`${availability.done}/${availability.total} checked`} />
					{running && <Spinner label="Checking… (s to stop)" />}
					{availability.status === 'stopped' && <Text color={colors.warning}>{`${symbols.warning} Stopped: ${availability.total - availability.done} not checked.`}</Text>}
					{availability.status === 'done' && (
						<Text color={unavailable > 0 ? colors.warning : colors.success}>
							{unavailable > 0 ? `${symbols.warning} ${unavailable} cannot be registered: press x to drop them.` : `${symbols.success} Every checked name can be registered.`}
						</Text>
					)}
				</Box>
			)}
			<Box marginTop={1}>
				<WindowedList
					items={list.entries}
					height={height}
					selectedIndex={navigation.index}
					noun="domains"
					getKey={entry => entry.name}
					renderItem={(entry, _index, selected) => {
						const shown = describe(availability.results[entry.name], theme);
						return (
							<Text wrap="truncate-end">
								<Text color={selected ? colors.accent : undefined}>{`${selected ? symbols.pointer : ' '} ${entry.name.padEnd(32)} `}</Text>
								<Text color={shown.color}>{shown.text}</Text>
							</Text>
						);
					}}
				/>
			</Box>
		</ScreenFrame>
	);
};
