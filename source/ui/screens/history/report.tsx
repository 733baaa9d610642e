// Reopening a batch whose submit did not finish: what the check found task by task, what may happen next, and
// the question asked before sending what was proved never ordered (docs/never-order-twice.md).
import {Box, Text} from 'ink';
import {useEffect, useState} from 'react';
import {costLine, quoteOrder} from '../../../core/pricing/cost-quote.js';
import type {OrderMoney} from '../../../core/order/order-money.js';
import {formatMoney} from '../../../core/words/money.js';
import {getLang} from '../../../i18n/index.js';
import {errorLine} from '../../../core/words/error-view.js';
import {Spinner} from '../../components/Spinner.js';
import {TextField} from '../../components/TextField.js';
import type {BatchCheck} from '../../../core/submit/reopen-batch.js';
import type {SubmitSummary} from '../../../core/submit/submit-batch.js';
import {Notice} from '../../components/Notice.js';
import {SelectList} from '../../components/SelectList.js';
import {useTheme} from '../../theme.js';
import type {Line} from './phase.js';
import {text} from './text.js';

/** What checking a batch found, chunk by chunk, then what may happen next. */
export const checkLines = (check: BatchCheck): Line[] => {
	const lines: Line[] = check.findings.map(({chunk, domains, result}) => {
		const name = text.request(chunk + 1, domains);
		switch (result.result) {
			case 'found': {
				return {kind: 'success', text: text.found(name, result.taskNo)};
			}

			case 'absent': {
				return {kind: 'warn', text: text.absent(name, result.how)};
			}

			default: {
				return {kind: 'warn', text: text.unsure(name, result.reason)};
			}
		}
	});
	if (check.neverSent.length > 0) {
		lines.push({kind: 'info', text: text.neverOrdered(check.neverSentDomains, check.neverSent.length)});
	} else if (check.unsure === 0) {
		lines.push({kind: 'success', text: text.accounted(check.taskNos.length)});
	}

	return lines;
};

/** At most two task numbers, then how many more: a line that fits. */
const tasksText = (taskNos: string[]) =>
	[...taskNos.slice(0, 2).map(text.task), ...(taskNos.length > 2 ? [text.moreTasks(taskNos.length - 2)] : [])].join(
		text.countsJoin,
	);

/** What sending the never-ordered domains did. */
export const sentLines = (summary: SubmitSummary): Line[] => [
	...(summary.leftOut.length > 0
		? [
				{
					kind: 'info' as const,
					text: text.leftOut(summary.leftOut.length, tasksText([...new Set(summary.leftOut.map((l) => l.taskNo))])),
				},
			]
		: []),
	...(summary.checkFailed ? [{kind: 'error' as const, text: text.checkStopped(summary.checkFailed)}] : []),
	...(summary.submitted.length > 0
		? [{kind: 'success' as const, text: text.submitted(summary.submitted.map((s) => text.task(s.taskNo)).join(', '))}]
		: []),
	...summary.rejected.map((r) => ({
		kind: 'error' as const,
		text: text.refused(r.chunk + 1, r.error.code, r.error.apiMessage),
	})),
	...summary.unknown.map((u) => ({kind: 'warn' as const, text: text.unknown(u.chunk + 1, u.reason)})),
];

type ReportChoice = 'watch' | 'send' | 'back';

export type CheckReportProps = {
	lines: readonly Line[];
	check: BatchCheck;
	onChoose: (choice: ReportChoice) => void;
};

export const CheckReport = ({lines, check, onChoose}: CheckReportProps) => {
	const {symbols} = useTheme();
	const items: Array<{label: string; value: ReportChoice}> = [
		...(check.taskNos.length > 0 ? [{label: text.watch(check.taskNos.length), value: 'watch' as const}] : []),
		...(check.neverSent.length > 0
			? [{label: text.sendNever(check.neverSentDomains, symbols.ellipsis), value: 'send' as const}]
			: []),
		{label: text.backToHistory, value: 'back'},
	];
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				<Notice key={index} kind={line.kind}>
					{line.text}
				</Notice>
			))}
			<Box marginTop={1}>
				<SelectList key="report" items={items} onSelect={(item) => onChoose(item.value)} />
			</Box>
		</Box>
	);
};

export type ConfirmSendProps = {
	check: BatchCheck;
	/** Where the orders would go, in words. */
	where: string;
	onAnswer: (yes: boolean) => void;
	/** Told whether the typed answer (the count or yes) is waiting, so the key bar can say what Enter does. */
	onTypedAnswer?: (waiting: boolean) => void;
};

/**
 * The one confirmation rule (docs/architecture.md): the sandbox keeps its one-key yes; on a paid account the
 * never-ordered domains are priced first, then the cost and the balance are shown and the count (or yes) is typed.
 * Which one is decided by `sandbox` alone: a paid account whose order is not known yet waits, and is never offered
 * the one-key yes.
 */
export const ConfirmSend = (props: ConfirmSendProps & {sandbox: boolean; paid?: PaidOrder}) =>
	props.sandbox ? (
		<ConfirmSandbox {...props} />
	) : props.paid ? (
		<ConfirmPaid {...props} paid={props.paid} />
	) : (
		<Spinner label={text.pricing(props.check.neverSentDomains)} />
	);

/** What a paid confirmation prices: the order's domains and options, and how to read prices and the balance. */
export type PaidOrder = {
	api: Parameters<typeof quoteOrder>[0];
	currency: Parameters<typeof quoteOrder>[1];
	order: Parameters<typeof quoteOrder>[2];
};

const ConfirmPaid = ({check, where, onAnswer, onTypedAnswer, paid}: ConfirmSendProps & {paid: PaidOrder}) => {
	const {colors} = useTheme();
	const domains = check.neverSentDomains;
	const [quote, setQuote] = useState<
		{status: 'loading'} | {status: 'done'; quote: OrderMoney} | {status: 'error'; error: string}
	>({status: 'loading'});
	const [problem, setProblem] = useState<string | undefined>(undefined);
	useEffect(() => {
		const stop = new AbortController();
		quoteOrder(paid.api, paid.currency, paid.order, stop.signal).then(
			(done) => stop.signal.aborted || setQuote({status: 'done', quote: done}),
			(error: unknown) => stop.signal.aborted || setQuote({status: 'error', error: errorLine(error)}),
		);
		return () => stop.abort();
	}, [paid]);
	// The field for the typed answer shows once the order is priced; the bar follows it, and forgets it on leaving.
	const typing = quote.status === 'done';
	useEffect(() => {
		onTypedAnswer?.(typing);
		return () => onTypedAnswer?.(false);
	}, [typing, onTypedAnswer]);
	const lang = getLang();
	const fallback = paid.currency ?? 'CNY';
	// The order's money, as every door has it (core/order/order-money.ts): the balance and what is left after it.
	const balance = quote.status === 'done' ? quote.quote.balance : undefined;
	const left = quote.status === 'done' && !quote.quote.budget.currencyMismatch ? quote.quote.budget.left : undefined;
	const shown = balance?.status === 'known' ? formatMoney(balance.balance.amount, balance.balance.currency, lang) : '';
	const balanceText =
		balance?.status === 'known'
			? left === undefined
				? shown
				: left < 0
					? text.balanceShort(shown, formatMoney(-left, balance.balance.currency, lang))
					: text.balanceLeft(shown, formatMoney(left, balance.balance.currency, lang))
			: balance?.status === 'no-permission'
				? text.balanceNoPermission(balance.permission)
				: balance
					? text.balanceUnknown(balance.error)
					: '';
	return (
		<Box flexDirection="column">
			<Notice kind="warn">{text.confirm(domains, check.neverSent.length, where)}</Notice>
			{quote.status === 'loading' ? <Spinner label={text.pricing(domains)} /> : null}
			{quote.status === 'error' ? <Notice kind="error">{text.priceFailed(quote.error)}</Notice> : null}
			{quote.status === 'done' ? (
				<>
					<Text wrap="wrap">{`${text.costLabel}${costLine(quote.quote.estimate, fallback, lang)}`}</Text>
					<Text wrap="wrap">{`${text.balanceLabel}${balanceText}`}</Text>
					<Box marginTop={1}>
						<Text color={colors.warning}>{text.typePrompt(domains)}</Text>
						<TextField
							width={12}
							onSubmit={(typed) => {
								const answer = typed.trim().toLowerCase();
								if (answer === 'yes' || answer === String(domains)) {
									onAnswer(true);
								} else {
									setProblem(text.typeToSubmit(domains));
								}
							}}
						/>
					</Box>
				</>
			) : null}
			{problem ? <Notice kind="warn">{problem}</Notice> : null}
		</Box>
	);
};

const ConfirmSandbox = ({check, where, onAnswer}: ConfirmSendProps) => {
	const domains = check.neverSentDomains;
	return (
		<Box flexDirection="column">
			<Notice kind="warn">{text.confirm(domains, check.neverSent.length, where)}</Notice>
			<Box marginTop={1}>
				<SelectList
					key="confirm"
					items={[
						{label: text.no, value: 'no'},
						{label: text.yes(domains), value: 'yes'},
					]}
					defaultValue="no"
					onSelect={(item) => onAnswer(item.value === 'yes')}
				/>
			</Box>
		</Box>
	);
};
