// Register: the optional availability and price check: many names per call with the batch price API where the
// account has it, else CheckDomain several in flight at the account's pace (core/pricing/availability.ts).
// It can be skipped, stopped part way, and the unavailable names dropped with one key.
import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import type {CheckResult} from '../../core/pricing/availability.js';
import {getLang} from '../../i18n/index.js';
import {formatMoney} from '../../core/words/money.js';
import {useTimeLeft} from '../hooks/use-time-left.js';
import {ProgressBar} from '../components/ProgressBar.js';
import {Spinner} from '../components/Spinner.js';
import {WindowedList} from '../components/WindowedList.js';
import {useListNavigation} from '../hooks/use-list-navigation.js';
import {hint, matches, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {isUnavailable} from '../state/wizard-state.js';
import {unavailableNames} from '../state/wizard-availability.js';
import {padEndCells} from '../../core/words/text-width.js';
import {shownDomain} from '../../core/names/domain-name.js';
import {useTheme, type Theme} from '../theme.js';
import {useActions, useSessionState, useWizard} from '../app/contexts.js';
import {ScreenFrame, useScreenBodyRows} from '../app/ScreenFrame.js';
import {Wrapped} from '../components/Wrapped.js';
import {text} from './availability-text.js';

const describe = (result: CheckResult | undefined, {colors}: Theme): {text: string; color?: string} => {
	if (!result) {
		return {text: text.notChecked, color: colors.muted};
	}

	const price = result.yearlyPrice;
	const priced =
		price === undefined ? '' : ` · ${text.perYear(formatMoney(price, result.currency ?? 'CNY', getLang()))}`;
	switch (result.availability) {
		case 'available': {
			// A trademark term is a known failure unless allowed: never shown as plainly good.
			if (result.trademark) {
				return {text: `${text.available}${priced} · ${text.trademarkTerm}`, color: colors.warning};
			}

			return {text: `${text.available}${priced}${result.reason ? ` (${result.reason})` : ''}`, color: colors.success};
		}

		case 'premium': {
			return {text: `${text.premium}${priced}${result.reason ? ` (${result.reason})` : ''}`, color: colors.warning};
		}

		case 'taken': {
			return {text: `${text.taken}${result.reason ? text.because(result.reason) : ''}`, color: colors.failure};
		}

		case 'unavailable': {
			return {text: `${text.unavailable}${result.reason ? text.because(result.reason) : ''}`, color: colors.failure};
		}

		case 'error': {
			return {text: `${text.error}${result.reason ? text.because(result.reason) : ''}`, color: colors.warning};
		}
	}
};

export const AvailabilityScreen = () => {
	const theme = useTheme();
	const {symbols, colors} = theme;
	const state = useWizard();
	const session = useSessionState();
	const {dispatch, engine} = useActions();
	const {availability, list} = state;
	const [dropped, setDropped] = useState<string[] | undefined>(undefined);
	const running = availability.status === 'running';
	const checked = availability.status !== 'idle';
	const left = useTimeLeft(availability.done, availability.total, availability.status === 'running');
	// What is known to fail, or is not known at all: nothing is shown green while any of it remains. Counted over the
	// whole list only when the list or its results change, never for a key that moves the cursor (docs/performance.md).
	const {unavailable, premiumFails, trademarkFails, errors} = useMemo(() => {
		const resultsOf = list.entries.map((entry) => availability.results[entry.name]);
		return {
			unavailable: resultsOf.filter((r) => isUnavailable(r)).length,
			premiumFails: state.options.premium ? 0 : resultsOf.filter((r) => r?.availability === 'premium').length,
			trademarkFails: state.options.trademark
				? 0
				: resultsOf.filter((r) => r?.trademark && r.availability !== 'taken' && r.availability !== 'unavailable')
						.length,
			errors: resultsOf.filter((r) => r?.availability === 'error').length,
		};
	}, [list.entries, availability.results, state.options.premium, state.options.trademark]);
	const concerns = [
		...(unavailable > 0 ? [text.cannot(unavailable)] : []),
		...(premiumFails > 0 ? [text.premiumFail(premiumFails)] : []),
		...(trademarkFails > 0 ? [text.trademarkFail(trademarkFails)] : []),
		...(errors > 0 ? [text.couldNotCheck(errors)] : []),
	];
	const hints: KeyHint[] = running
		? [hint('stopChecking')]
		: [
				hint('continue', {description: text.continueLong}),
				hint('back'),
				hint(
					'check',
					availability.status === 'stopped' ? {label: text.resume} : checked ? {label: text.checkAgain} : {},
				),
				...(unavailable > 0 ? [hint('dropUnavailable', {label: text.drop(unavailable)})] : []),
				hint('move', {arrows: symbols.arrowUpDown}),
			];

	const height = Math.max(3, useScreenBodyRows(hints) - 8 - Math.max(1, concerns.length + (dropped ? 1 : 0)));
	const navigation = useListNavigation({count: list.entries.length, pageSize: height});

	useKeypress((key) => {
		if (running) {
			if (matches('stopChecking', key)) {
				engine.stopCheck();
			}

			return keys.isQuit(key) ? undefined : true;
		}

		if (keys.isBack(key)) {
			dispatch({type: 'back'});
			return true;
		}

		if (matches('check', key) && session.runtime) {
			setDropped(undefined);
			engine.startCheck();
			return true;
		}

		if (matches('skipCheck', key) || matches('continue', key)) {
			dispatch({type: 'next'});
			return true;
		}

		if (matches('dropUnavailable', key) && unavailable > 0) {
			// Said until the next check: which names left the list, so nothing goes without a word.
			setDropped([...unavailableNames(list, availability)].map(shownDomain));
			dispatch({type: 'drop-unavailable'});
			return true;
		}

		return undefined;
	});

	return (
		<ScreenFrame title={text.title} hints={hints}>
			{!checked && (
				<Text>
					{text.ask(list.entries.length)}
					<Text color={colors.muted}>{text.optional}</Text>
				</Text>
			)}
			{!session.runtime && <Spinner label={text.connecting} />}
			{checked && (
				<Box flexDirection="column">
					<ProgressBar
						value={availability.total === 0 ? 1 : availability.done / availability.total}
						label={text.progress(availability.done, availability.total, left)}
					/>
					{running && <Spinner label={text.checking} />}
					{availability.status === 'stopped' && (
						<Text
							color={colors.warning}
						>{`${symbols.warning} ${text.stopped(availability.total - availability.done)}`}</Text>
					)}
					{availability.status !== 'running' &&
						concerns.map((line) => (
							<Wrapped key={line}>
								<Text color={colors.warning} wrap="wrap">{`${symbols.warning} ${line}`}</Text>
							</Wrapped>
						))}
					{availability.status !== 'running' && dropped && (
						<Wrapped>
							<Text color={colors.success} wrap="wrap">{`${symbols.success} ${text.dropped(dropped)}`}</Text>
						</Wrapped>
					)}
					{availability.status === 'done' && concerns.length === 0 && !dropped && (
						<Text color={colors.success}>{`${symbols.success} ${text.allGood}`}</Text>
					)}
				</Box>
			)}
			<Box marginTop={1}>
				<WindowedList
					items={list.entries}
					height={height}
					selectedIndex={navigation.index}
					noun={text.domains}
					getKey={(entry) => entry.name}
					renderItem={(entry, _index, selected) => {
						const shown = describe(availability.results[entry.name], theme);
						return (
							<Text wrap="truncate-end">
								<Text
									color={selected ? colors.accent : undefined}
								>{`${selected ? symbols.pointer : ' '} ${padEndCells(entry.unicode ?? entry.name, 32)} `}</Text>
								<Text color={shown.color}>{shown.text}</Text>
							</Text>
						);
					}}
				/>
			</Box>
		</ScreenFrame>
	);
};
