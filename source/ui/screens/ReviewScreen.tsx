// Everything that will be sent, on one screen. A stray Enter goes back, never forward: Submit must be chosen, and a
// real account must also type the number of domains (or yes). The exact requests can be saved instead (dry run).
// What it sends and what that costs is the review's order (ui/state/wizard-selectors.ts reviewOrder, core's money);
// the terms, the money lines and the typed confirmation are drawn by ReviewTerms, ReviewCost and ReviewConfirm.
import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import {Notice} from '../components/Notice.js';
import {SelectList, type SelectListItem} from '../components/SelectList.js';
import {Spinner} from '../components/Spinner.js';
import {hint, matches, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {expiryRows} from '../state/wizard-state.js';
import {reviewOrder} from '../state/wizard-selectors.js';
import {moneyBlock} from '../../core/order/order-money.js';
import {formatMoney} from '../../core/words/money.js';
import {RetryQuestion} from './RetryQuestion.js';
import {ReviewCost} from './ReviewCost.js';
import {ReviewConfirm} from './ReviewConfirm.js';
import {ReviewTerms} from './ReviewTerms.js';
import {ReviewRow as Row} from './ReviewRow.js';
import {accountLabel, endpointLabel} from '../endpoint-label.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState, useWizard} from '../app/contexts.js';
import {ScreenFrame, useScreenBodyRows} from '../app/ScreenFrame.js';
import {operationTitle} from '../../core/words/operation-name.js';
import {text} from './review-text.js';

type Action = 'back' | 'submit' | 'dry-run';

export const ReviewScreen = () => {
	const {symbols, colors} = useTheme();
	const state = useWizard();
	const session = useSessionState();
	const {dispatch, engine} = useActions();
	const [confirming, setConfirming] = useState(false);
	const [problem, setProblem] = useState<string | undefined>(undefined);
	// What `c` left out, said until the next change: the names and what they would have cost.
	const [cut, setCut] = useState<string | undefined>(undefined);
	const runtime = session.runtime;
	const register = state.operation === 'register';
	const {review, options} = state;
	// Whole-list work is done when the wizard's state changes, not for each key typed in the confirmation
	// (docs/performance.md).
	const order = useMemo(() => reviewOrder(state), [state]);
	const {domains, estimate, budget} = order;
	const tasks = Math.ceil(domains.length / options.batchSize);
	const pricing = state.pricing.status === 'running';
	// Over the balance the review warns and offers to cut the list; --max-spend blocks Submit.
	const block = moneyBlock(order, state.maxSpend);
	const maxBlocks = block === 'over-max-spend' || block === 'max-spend-unknown';
	const currency = runtime?.currency ?? 'CNY';
	const ready = review.status === 'done' && runtime !== undefined;
	const sending = useMemo(() => new Set(domains), [domains]);
	const expiries = register ? [] : expiryRows(state).filter((row) => sending.has(row.name));
	const differing = expiries.filter((row) => row.differs);

	// Names as typed: a Chinese name reads as itself, not as its xn-- form.
	const shownName = useMemo(
		() => new Map(state.list.entries.map((entry) => [entry.name, entry.unicode ?? entry.name])),
		[state.list.entries],
	);

	useKeypress((key) => {
		if (confirming) {
			if (keys.isBack(key)) {
				setConfirming(false);
				setProblem(undefined);
				return true;
			}

			return undefined;
		}

		if (keys.isBack(key)) {
			dispatch({type: 'back'});
			return true;
		}

		if (matches('useAccountExpiries', key) && differing.length > 0) {
			dispatch({type: 'expiry-use-account', names: differing.map((row) => row.name)});
			return true;
		}

		if (review.status === 'error' && matches('retryCheck', key)) {
			dispatch({type: 'review-retry'});
			return true;
		}

		if (pricing && matches('stopPricing', key)) {
			engine.stopPricing();
			return true;
		}

		if (!pricing && matches('price', key) && !estimate.complete) {
			engine.startPricing();
			return true;
		}

		if (matches('cutToBalance', key) && budget.overBalance) {
			const names = new Set(budget.shortOf);
			const amount = estimate.lines.filter((line) => names.has(line.domain)).reduce((sum, l) => sum + l.amount, 0);
			const shown = budget.shortOf.map((name) => shownName.get(name) ?? name);
			setCut(
				text.cut(
					shown.length,
					shown.slice(0, 3).join(', ') + (shown.length > 3 ? ', …' : ''),
					formatMoney(amount, estimate.currency ?? currency),
				),
			);
			dispatch({type: 'cut-to-balance', names: budget.shortOf});
			return true;
		}

		return undefined;
	});

	const choose = ({value}: SelectListItem<Action>) => {
		switch (value) {
			case 'back': {
				dispatch({type: 'back'});
				break;
			}

			case 'submit': {
				if (runtime?.sandbox) {
					void engine.submit();
				} else {
					setConfirming(true);
				}

				break;
			}

			case 'dry-run': {
				void engine.saveDryRun();
				break;
			}
		}
	};

	const confirm = (typed: string) => {
		const answer = typed.trim().toLowerCase();
		if (answer === 'yes' || answer === String(domains.length)) {
			setConfirming(false);
			void engine.submit();
			return;
		}

		setProblem(text.typeToSubmit(domains.length));
	};

	// A retry's premium or trademark names: asked about, default no, before anything else may be chosen.
	const question = state.retryAsk ? <RetryQuestion ask={state.retryAsk} currency={currency} /> : undefined;

	const actions: Array<SelectListItem<Action>> = [
		{label: text.back, value: 'back', hint: text.backHint},
		{
			label: text.submit(text.domainsCount(domains.length)),
			value: 'submit',
			disabled: domains.length === 0 || !ready || pricing || maxBlocks,
			reason:
				domains.length === 0
					? text.nothingToSubmit
					: !ready
						? text.checking
						: pricing
							? text.pricingNow
							: budget.overMaxSpend
								? text.overMaxSpend
								: text.notAllPriced,
			hint: runtime?.sandbox ? text.toSandbox : text.paid,
		},
		{
			label: text.dryRun,
			value: 'dry-run',
			disabled: domains.length === 0 || !ready,
			reason: domains.length === 0 ? text.nothingToSave : text.checking,
			hint: text.nothingSent,
		},
	];

	const hints: KeyHint[] = confirming
		? [hint('confirmSubmit', {description: text.confirmLong(domains.length)}), hint('cancelSubmit')]
		: [
				hint('select'),
				hint('back'),
				...(differing.length > 0 ? [hint('useAccountExpiries')] : []),
				...(review.status === 'error' ? [hint('retryCheck')] : []),
				...(pricing ? [hint('stopPricing')] : estimate.complete ? [] : [hint('price')]),
				...(budget.overBalance ? [hint('cutToBalance')] : []),
				hint('move', {arrows: symbols.arrowUpDown}),
			];

	const first =
		domains
			.slice(0, 3)
			.map((d) => shownName.get(d) ?? d)
			.join(', ') + (domains.length > 3 ? ', …' : '');

	// A short terminal (60×20) drops the two blank lines, so the review stays within the screen and its title in view.
	const compact = useScreenBodyRows(hints, !confirming) < 18;

	return (
		<ScreenFrame
			title={{register: text.registerTitle, redeem: text.redeemTitle, renew: text.renewTitle}[state.operation]}
			hints={hints}
			helpActive={!confirming}
		>
			<Text bold>{text.headline(operationTitle(state.operation), domains.length, tasks, options.batchSize)}</Text>
			<Box flexDirection="column" marginTop={compact ? 0 : 1}>
				<Row label={text.account}>
					{`${runtime ? accountLabel(runtime.accountLabel) : '…'} ${symbols.separator} ${runtime ? endpointLabel(runtime.endpoint) : '…'}`}
					{runtime?.sandbox ? (
						<Text color={colors.sandbox} bold>
							{text.sandbox}
						</Text>
					) : (
						<Text color={colors.warning} bold>
							{text.costsMoney}
						</Text>
					)}
				</Row>
				<Row label={text.domains}>
					{domains.length > 0 ? text.listed(text.domainsCount(domains.length), first) : text.none}
				</Row>
				{review.excluded.length > 0 && (
					<Row label={text.leftOut}>
						<Text color={colors.warning}>{`${review.excluded.length}: ${review.excluded
							.slice(0, 2)
							.map((x) => `${x.domain} (${x.reason})`)
							.join('; ')}${review.excluded.length > 2 ? '; …' : ''}`}</Text>
					</Row>
				)}
				{state.list.rejected.length > 0 && (
					<Row label={text.rejected}>
						<Text color={colors.warning}>{`${text.rejectedCount(state.list.rejected.length)}${state.list.rejected
							.slice(0, 2)
							.map((r) => text.rejectedLine(r.line, r.input, r.reason))
							.join(text.rejectedJoin)}${state.list.rejected.length > 2 ? `${text.rejectedJoin}…` : ''}`}</Text>
					</Row>
				)}
				<ReviewTerms typedExpiries={expiries.filter((row) => row.typed).length} differing={differing} />
				<ReviewCost order={order} pricing={state.pricing} maxSpend={state.maxSpend} currency={currency} />
			</Box>
			<Box marginTop={compact ? 0 : 1} flexDirection="column">
				{review.status === 'loading' || review.status === 'idle' ? (
					<Spinner label={text.checkingEarlier} />
				) : review.status === 'error' ? (
					<Notice error={review.error}>{text.checkFailed}</Notice>
				) : confirming ? (
					<ReviewConfirm order={order} account={runtime?.accountLabel ?? ''} currency={currency} onSubmit={confirm} />
				) : (
					(question ?? <SelectList items={actions} defaultValue="back" onSelect={choose} />)
				)}
				{review.savedTo && <Notice kind="success">{text.saved(review.savedTo)}</Notice>}
				{problem && <Notice kind="warn">{problem}</Notice>}
				{cut && <Notice kind="info">{cut}</Notice>}
			</Box>
		</ScreenFrame>
	);
};
