// Everything that will be sent, on one screen. A stray Enter goes back, never forward: Submit must be chosen, and a
// real account must also type the number of domains (or yes). The exact requests can be saved instead (dry run).
import {Box, Text} from 'ink';
import {useState, type ReactNode} from 'react';
import {Notice} from '../components/Notice.js';
import {SelectList, type SelectListItem} from '../components/SelectList.js';
import {Spinner} from '../components/Spinner.js';
import {TextField} from '../components/TextField.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {domainsToSend, estimatedCost} from '../state/wizard-state.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState, useWizard} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';

type Action = 'back' | 'submit' | 'dry-run';

const Row = ({label, children}: {label: string; children: ReactNode}) => (
	<Box>
		<Box width={16} flexShrink={0}><Text bold>{label}</Text></Box>
		<Box flexShrink={1}><Text wrap="truncate-end">{children}</Text></Box>
	</Box>
);

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const ReviewScreen = () => {
	const {symbols, colors} = useTheme();
	const state = useWizard();
	const session = useSessionState();
	const {dispatch, engine} = useActions();
	const [confirming, setConfirming] = useState(false);
	const [problem, setProblem] = useState<string | undefined>(undefined);
	const runtime = session.runtime;
	const register = state.operation === 'register';
	const {review, options} = state;
	const domains = domainsToSend(state);
	const tasks = Math.ceil(domains.length / options.batchSize);
	const cost = estimatedCost(state);
	const profile = state.profiles.list.find(p => p.id === state.profileId);
	const ready = review.status === 'done' && runtime !== undefined;
	const common = keys.commonHints(symbols.arrowUpDown);

	useKeypress(key => {
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

		if (review.status === 'error' && key.text === 'r') {
			dispatch({type: 'review-retry'});
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

	const confirm = (text: string) => {
		const answer = text.trim().toLowerCase();
		if (answer === 'yes' || answer === String(domains.length)) {
			setConfirming(false);
			void engine.submit();
			return;
		}

		setProblem(`Type ${domains.length} or yes to submit; Esc to go back.`);
	};

	const actions: Array<SelectListItem<Action>> = [
		{label: 'Back', value: 'back', hint: 'change something'},
		{label: `Submit ${plural(domains.length, 'domain')}`, value: 'submit', disabled: domains.length === 0 || !ready, reason: domains.length === 0 ? 'nothing to submit' : 'checking…', hint: runtime?.sandbox ? 'to the sandbox, nothing is charged' : 'paid: asks you to confirm'},
		{label: 'Save the request parameters to a file (dry run)', value: 'dry-run', disabled: domains.length === 0 || !ready, reason: domains.length === 0 ? 'nothing to save' : 'checking…', hint: 'nothing is sent'},
	];

	const hints: keys.KeyHint[] = confirming
		? [{keys: 'Enter', label: 'confirm', description: `Type ${domains.length} or yes, then Enter`}, {keys: 'Esc', label: 'cancel', description: 'Do not submit'}]
		: [common.move, common.select, ...(review.status === 'error' ? [{keys: 'r', label: 'retry', description: 'Check earlier orders again'}] : []), common.back];

	const first = domains.slice(0, 3).map(d => d.name).join(', ') + (domains.length > 3 ? ', …' : '');

	return (
		<ScreenFrame title={register ? 'Register · Review' : 'Redeem · Review'} hints={hints} helpActive={!confirming}>
			<Text bold>{`${register ? 'Register' : 'Redeem'} ${plural(domains.length, 'domain')} in ${plural(tasks, 'task')}`}</Text>
			<Box flexDirection="column" marginTop={1}>
				<Row label="Account">
					{`${runtime?.accountLabel ?? '…'} ${symbols.separator} ${runtime?.endpoint ?? '…'}`}
					{runtime?.sandbox ? <Text color={colors.sandbox} bold>  SANDBOX</Text> : <Text color={colors.warning} bold>  real account: this costs money</Text>}
				</Row>
				<Row label="Domains">{domains.length > 0 ? `${plural(domains.length, 'domain')}: ${first}` : 'none'}</Row>
				{review.excluded.length > 0 && (
					<Row label="Left out">
						<Text color={colors.warning}>{`${review.excluded.length}: ${review.excluded.slice(0, 2).map(x => `${x.domain} (${x.reason})`).join('; ')}${review.excluded.length > 2 ? '; …' : ''}`}</Text>
					</Row>
				)}
				<Row label="Tasks">{`${plural(tasks, 'task')} of up to ${options.batchSize} domains`}</Row>
				{register && (
					<>
						<Row label="Years">{String(options.years)}</Row>
						<Row label="Profile">{profile ? `${profile.name}${profile.organization ? ` · ${profile.organization}` : ''} (#${profile.id})` : `#${state.profileId ?? '?'}`}</Row>
						<Row label="DNS">{options.dns ? `${options.dns[0]}, ${options.dns[1]}` : 'Alibaba Cloud DNS'}</Row>
						<Row label="Flags">{`privacy proxy ${options.privacy ? 'on' : 'off'} ${symbols.separator} premium ${options.premium ? 'allowed' : 'not allowed'} ${symbols.separator} trademark ${options.trademark ? 'allowed' : 'not allowed'}`}</Row>
					</>
				)}
				{!register && <Row label="Expiries">{`${domains.filter(d => state.expiry.typed[d.name] !== undefined).length} typed by hand, the rest from the account`}</Row>}
				<Row label="Coupon">{`${options.coupon || 'none'} ${symbols.separator} promotion ${options.promotion || 'none'}`}</Row>
				{cost && cost.priced > 0 && <Row label="Estimated cost">{`${cost.total.toFixed(2)} for ${cost.priced} of ${cost.of} domains (prices from the availability check)`}</Row>}
				{cost && cost.premiumRefused.length > 0 && (
					<Text color={colors.warning} wrap="truncate-end">{`${symbols.warning} ${plural(cost.premiumRefused.length, 'premium name')} will fail unless premium is allowed (Options): ${cost.premiumRefused.join(', ')}`}</Text>
				)}
			</Box>
			<Box marginTop={1} flexDirection="column">
				{review.status === 'loading' || review.status === 'idle'
					? <Spinner label="Checking the journal and the account for earlier orders of these domains…" />
					: review.status === 'error'
						? <Notice error={review.error}>Could not check for earlier orders (r to try again)</Notice>
						: confirming
							? (
								<Box flexDirection="column">
									<Text color={colors.warning}>{`${symbols.warning} This orders ${plural(domains.length, 'domain')} on ${runtime?.accountLabel} and is charged to it.`}</Text>
									<Box>
										<Text>{`Type ${domains.length} or yes to submit: `}</Text>
										<TextField onSubmit={confirm} width={12} />
									</Box>
								</Box>
							)
							: <SelectList items={actions} defaultValue="back" onSelect={choose} />}
				{review.savedTo && <Notice kind="success">{`Saved the exact requests to ${review.savedTo}; nothing was sent.`}</Notice>}
				{problem && <Notice kind="warn">{problem}</Notice>}
			</Box>
		</ScreenFrame>
	);
};
