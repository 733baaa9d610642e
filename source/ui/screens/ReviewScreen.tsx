// Longer than 300 lines since the formatter reflowed its JSX: to be split into a screen and its parts.
// Everything that will be sent, on one screen. A stray Enter goes back, never forward: Submit must be chosen, and a
// real account must also type the number of domains (or yes). The exact requests can be saved instead (dry run).
import {Box, Text} from 'ink';
import {useMemo, useState, type ReactNode} from 'react';
import {Notice} from '../components/Notice.js';
import {SelectList, type SelectListItem} from '../components/SelectList.js';
import {Spinner} from '../components/Spinner.js';
import {TextField} from '../components/TextField.js';
import {hint, matches, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {domainsToSend, estimateOf, expiryRows} from '../state/wizard-state.js';
import {checkBudget} from '../../core/pricing/estimate.js';
import {formatMoney} from '../../core/words/money.js';
import {RetryQuestion} from './RetryQuestion.js';
import {costQuote} from '../../core/pricing/cost-quote.js';
import {getLang} from '../../i18n/index.js';
import {ReviewCost} from './ReviewCost.js';
import {accountLabel, endpointLabel} from '../endpoint-label.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState, useWizard} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';
import {operationTitle} from '../../core/words/operation-name.js';
import {text} from './review-text.js';

type Action = 'back' | 'submit' | 'dry-run';

const LABEL_WIDTH = 16;

const Row = ({label, children}: {label: string; children: ReactNode}) => (
	<Box>
		<Box width={LABEL_WIDTH} flexShrink={0}>
			<Text bold>{label}</Text>
		</Box>
		<Box flexShrink={1}>
			<Text wrap="wrap">{children}</Text>
		</Box>
	</Box>
);

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
	const domains = useMemo(() => domainsToSend(state), [state]);
	const tasks = Math.ceil(domains.length / options.batchSize);
	const estimate = useMemo(() => estimateOf(state), [state]);
	const balanceView = state.balance.view;
	const budget = checkBudget(
		estimate,
		balanceView?.status === 'known' ? balanceView.balance : undefined,
		state.maxSpend,
	);
	const pricing = state.pricing.status === 'running';
	const maxBlocks = state.maxSpend !== undefined && (budget.overMaxSpend || !estimate.complete);
	const currency = runtime?.currency ?? 'CNY';
	const profile = state.profiles.list.find((p) => p.id === state.profileId);
	const ready = review.status === 'done' && runtime !== undefined;
	const sending = useMemo(() => new Set(domains.map((d) => d.name)), [domains]);
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
					formatMoney(amount, estimate.currency ?? currency, getLang()),
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
			.map((d) => shownName.get(d.name) ?? d.name)
			.join(', ') + (domains.length > 3 ? ', …' : '');

	return (
		<ScreenFrame
			title={{register: text.registerTitle, redeem: text.redeemTitle, renew: text.renewTitle}[state.operation]}
			hints={hints}
			helpActive={!confirming}
		>
			<Text bold>{text.headline(operationTitle(state.operation), domains.length, tasks, options.batchSize)}</Text>
			<Box flexDirection="column" marginTop={1}>
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
				{register && (
					<>
						<Row label={text.years}>{String(options.years)}</Row>
						<Row label={text.profile}>
							{profile
								? `${profile.name}${profile.organization ? ` · ${profile.organization}` : ''} (#${profile.id})`
								: `#${state.profileId ?? '?'}`}
						</Row>
						<Row label={text.dns}>{options.dns ? `${options.dns[0]}, ${options.dns[1]}` : text.alibabaDns}</Row>
						<Row label={text.flags}>
							{[text.privacy(options.privacy), text.premium(options.premium), text.trademark(options.trademark)].join(
								` ${symbols.separator} `,
							)}
						</Row>
					</>
				)}
				{state.operation === 'renew' && (
					<>
						<Row label={text.years}>{String(options.years)}</Row>
						<Row label={text.expiries}>{text.fromAccount}</Row>
						<Row label={text.flags}>{text.premium(options.premium)}</Row>
					</>
				)}
				{state.operation === 'redeem' && (
					<Row label={text.expiries}>{text.typedByHand(expiries.filter((row) => row.typed).length)}</Row>
				)}
				{differing.length > 0 && (
					<Text color={colors.warning} wrap="truncate-end">{`${symbols.warning} ${text.expiriesDiffer(
						differing.length,
						differing
							.slice(0, 2)
							.map((row) => row.name)
							.join(', ') + (differing.length > 2 ? ', …' : ''),
					)}`}</Text>
				)}
				{state.retryNotes?.map((note) => (
					<Text key={note} color={colors.info} wrap="truncate-end">{`${symbols.info} ${note}`}</Text>
				))}
				{(options.coupon || options.promotion) && (
					<Row label={text.coupon}>{text.couponLine(options.coupon || text.none, options.promotion || text.none)}</Row>
				)}
				<ReviewCost
					estimate={estimate}
					budget={budget}
					pricing={state.pricing}
					balance={state.balance}
					maxSpend={state.maxSpend}
					currency={currency}
				/>
			</Box>
			<Box marginTop={1} flexDirection="column">
				{review.status === 'loading' || review.status === 'idle' ? (
					<Spinner label={text.checkingEarlier} />
				) : review.status === 'error' ? (
					<Notice error={review.error}>{text.checkFailed}</Notice>
				) : confirming ? (
					<Box flexDirection="column">
						<Text color={colors.warning} wrap="wrap">
							{`${symbols.warning} ${text.charged(text.domainsCount(domains.length), runtime?.accountLabel ?? '')}`}
							{` ${costQuote(estimate, currency, getLang())}`}
							{budget.overBalance ? text.overBalanceToo(budget.shortOf.length) : ''}
						</Text>
						<Box>
							<Text>{text.typePrompt(domains.length)}</Text>
							<TextField onSubmit={confirm} width={12} />
						</Box>
					</Box>
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
