// Register: the optional availability and price check: many names per call with the batch price API where the
// account has it, else CheckDomain several in flight at the account's pace (core/pricing/availability.ts).
// It can be skipped, stopped part way, and the unavailable names dropped with one key.
import {Box, Text} from 'ink';
import {useMemo} from 'react';
import type {CheckResult} from '../../core/pricing/availability.js';
import {count, getLang, messages} from '../../i18n/index.js';
import {formatMoney} from '../../core/pricing/estimate.js';
import {useTimeLeft} from '../hooks/use-time-left.js';
import {ProgressBar} from '../components/ProgressBar.js';
import {Spinner} from '../components/Spinner.js';
import {WindowedList} from '../components/WindowedList.js';
import {useListNavigation} from '../hooks/use-list-navigation.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {hint, matches, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {isUnavailable} from '../state/wizard-state.js';
import {padEndCells} from '../../core/words/text-width.js';
import {useTheme, type Theme} from '../theme.js';
import {useActions, useSessionState, useWizard} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';
import {Wrapped} from '../components/Wrapped.js';

const text = messages({
	title: {en: 'Register · Availability', zh: '注册域名 · 可用性'},
	notChecked: {en: 'not checked', zh: '未查询'},
	available: {en: 'available', zh: '可注册'},
	premium: {en: 'premium', zh: '溢价域名'},
	taken: {en: 'taken', zh: '已被注册'},
	unavailable: {en: 'unavailable', zh: '不可注册'},
	error: {en: 'could not check', zh: '查询失败'},
	checkAgain: {en: 'check again', zh: '重新查询'},
	resume: {en: 'check the rest', zh: '继续查询其余'},
	continueLong: {en: 'Go on to the registrant profile', zh: '进入注册人信息模板'},
	drop: {en: (n: number) => `drop ${n} unavailable`, zh: (n: number) => `去掉 ${n} 个不可注册`},
	ask: {en: (n: number) => `Check availability and price of ${count(n, ['domain', 'domains'], '')}? `, zh: (n: number) => `查询 ${count(n, ['', ''], '个域名')}的可用性和价格？`},
	optional: {en: 'Optional. Press c to check, Enter to skip.', zh: '可选。按 c 查询，按 Enter 跳过。'},
	connecting: {en: 'Connecting…', zh: '正在连接…'},
	progress: {
		en: (done: number, total: number, left: number | undefined) => `${done}/${total} checked${left === undefined ? '' : `, about ${left} s left`}`,
		zh: (done: number, total: number, left: number | undefined) => `已查询 ${done}/${total}${left === undefined ? '' : `，约剩 ${left} 秒`}`,
	},
	checking: {en: 'Checking… (s to stop)', zh: '正在查询…（按 s 停止）'},
	stopped: {en: (n: number) => `Stopped: ${n} not checked. c checks the rest.`, zh: (n: number) => `已停止：${n} 个未查询。按 c 继续查询其余。`},
	cannot: {en: (n: number) => `${n} cannot be registered: press x to drop them.`, zh: (n: number) => `${n} 个无法注册：按 x 去掉。`},
	allGood: {en: 'Every checked name can be registered.', zh: '已查询的域名全部可注册。'},
	perYear: {en: (money: string) => `${money}/year`, zh: (money: string) => `${money}/年`},
	trademarkTerm: {en: 'trademark term', zh: '含商标词'},
	premiumFail: {en: (n: number) => `${count(n, ['premium name fails', 'premium names fail'], '')} unless premium is allowed (Options).`, zh: (n: number) => `${n} 个溢价域名会失败，除非在选项中允许溢价。`},
	trademarkFail: {en: (n: number) => `${count(n, ['name holds a trademark term and fails', 'names hold a trademark term and fail'], '')} unless trademark is allowed (Options).`, zh: (n: number) => `${n} 个域名含商标词，除非在选项中允许商标域名，否则会失败。`},
	couldNotCheck: {en: (n: number) => `${count(n, ['name', 'names'], '')} could not be checked: press c to check again.`, zh: (n: number) => `${n} 个域名查询失败：按 c 重新查询。`},
	domains: {en: 'domains', zh: '域名'},
	because: {en: (reason: string) => `: ${reason}`, zh: (reason: string) => `：${reason}`},
});

const describe = (result: CheckResult | undefined, {colors}: Theme): {text: string; color?: string} => {
	if (!result) {
		return {text: text.notChecked, color: colors.muted};
	}

	const price = result.yearlyPrice;
	const priced = price === undefined ? '' : ` · ${text.perYear(formatMoney(price, result.currency ?? 'CNY', getLang()))}`;
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
	const {rows} = useTerminalSize();
	const state = useWizard();
	const session = useSessionState();
	const {dispatch, engine} = useActions();
	const {availability, list} = state;
	const running = availability.status === 'running';
	const checked = availability.status !== 'idle';
	const left = useTimeLeft(availability.done, availability.total, availability.status === 'running');
	// What is known to fail, or is not known at all: nothing is shown green while any of it remains. Counted over the
	// whole list only when the list or its results change, never for a key that moves the cursor (docs/performance.md).
	const {unavailable, premiumFails, trademarkFails, errors} = useMemo(() => {
		const resultsOf = list.entries.map(entry => availability.results[entry.name]);
		return {
			unavailable: resultsOf.filter(r => isUnavailable(r)).length,
			premiumFails: state.options.premium ? 0 : resultsOf.filter(r => r?.availability === 'premium').length,
			trademarkFails: state.options.trademark ? 0 : resultsOf.filter(r => r?.trademark && r.availability !== 'taken' && r.availability !== 'unavailable').length,
			errors: resultsOf.filter(r => r?.availability === 'error').length,
		};
	}, [list.entries, availability.results, state.options.premium, state.options.trademark]);
	const concerns = [
		...(unavailable > 0 ? [text.cannot(unavailable)] : []),
		...(premiumFails > 0 ? [text.premiumFail(premiumFails)] : []),
		...(trademarkFails > 0 ? [text.trademarkFail(trademarkFails)] : []),
		...(errors > 0 ? [text.couldNotCheck(errors)] : []),
	];
	const height = Math.max(3, rows - 12 - Math.max(1, concerns.length));
	const navigation = useListNavigation({count: list.entries.length, pageSize: height});

	useKeypress(key => {
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
			engine.startCheck();
			return true;
		}

		if (matches('skipCheck', key) || matches('continue', key)) {
			dispatch({type: 'next'});
			return true;
		}

		if (matches('dropUnavailable', key) && unavailable > 0) {
			dispatch({type: 'drop-unavailable'});
			return true;
		}

		return undefined;
	});

	const hints: KeyHint[] = running
		? [hint('stopChecking')]
		: [
			hint('continue', {description: text.continueLong}),
			hint('back'),
			hint('check', availability.status === 'stopped' ? {label: text.resume} : checked ? {label: text.checkAgain} : {}),
			...(unavailable > 0 ? [hint('dropUnavailable', {label: text.drop(unavailable)})] : []),
			hint('move', {arrows: symbols.arrowUpDown}),
		];

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
					<ProgressBar value={availability.total === 0 ? 1 : availability.done / availability.total} label={text.progress(availability.done, availability.total, left)} />
					{running && <Spinner label={text.checking} />}
					{availability.status === 'stopped' && <Text color={colors.warning}>{`${symbols.warning} ${text.stopped(availability.total - availability.done)}`}</Text>}
					{availability.status !== 'running' && concerns.map(line => <Wrapped key={line}><Text color={colors.warning} wrap="wrap">{`${symbols.warning} ${line}`}</Text></Wrapped>)}
					{availability.status === 'done' && concerns.length === 0 && <Text color={colors.success}>{`${symbols.success} ${text.allGood}`}</Text>}
				</Box>
			)}
			<Box marginTop={1}>
				<WindowedList
					items={list.entries}
					height={height}
					selectedIndex={navigation.index}
					noun={text.domains}
					getKey={entry => entry.name}
					renderItem={(entry, _index, selected) => {
						const shown = describe(availability.results[entry.name], theme);
						return (
							<Text wrap="truncate-end">
								<Text color={selected ? colors.accent : undefined}>{`${selected ? symbols.pointer : ' '} ${padEndCells(entry.unicode ?? entry.name, 32)} `}</Text>
								<Text color={shown.color}>{shown.text}</Text>
							</Text>
						);
					}}
				/>
			</Box>
		</ScreenFrame>
	);
};
