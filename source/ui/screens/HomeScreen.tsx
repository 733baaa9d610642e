// Home: the five things alidomain does, with the account and endpoint in the header, and the batches still
// running or unsure, one key away.
import {Box, Text} from 'ink';
import {useEffect, useMemo, useState} from 'react';
import type {Operation} from '../../core/order/order-items.js';
import {Notice} from '../components/Notice.js';
import {SelectList, type SelectListItem} from '../components/SelectList.js';
import {Spinner} from '../components/Spinner.js';
import {UnfinishedBatches} from '../components/UnfinishedBatches.js';
import {hint, matches} from '../input/key-bindings.js';
import {isLeave} from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState, type AppActions} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';
import {domainListText, listCountsText} from './domain-list-text.js';
import {text} from './home-text.js';

type Choice = 'register' | 'redeem' | 'renew' | 'watch' | 'accounts' | 'quit';

/**
 * Each operation's draft counted in the editor's words, read (by the engine) after the first frame so that it
 * never waits for the disk. A draft saved before it kept counts is counted by its lines.
 */
const useDraftLines = (
	draftOf: AppActions['home']['draftOf'],
	separator: string,
): Partial<Record<Operation, string>> => {
	const [lines, setLines] = useState<Partial<Record<Operation, string>>>({});
	useEffect(() => {
		const count = (operation: Operation) => {
			const draft = draftOf(operation);
			return (
				draft &&
				(draft.counts
					? listCountsText(draft.counts, separator)
					: domainListText.lines(draft.text.split('\n').filter((line) => line.trim() !== '').length))
			);
		};
		// After this render's effects, the app's among them: leaving the list step writes the draft there.
		const timer = setTimeout(() => {
			setLines({register: count('register'), redeem: count('redeem'), renew: count('renew')});
		}, 0);
		return () => {
			clearTimeout(timer);
		};
	}, [draftOf, separator]);
	return lines;
};

const items = (drafts: Partial<Record<Operation, string>>): Array<SelectListItem<Choice>> => [
	{label: text.register, value: 'register', hint: drafts.register ? text.draft(drafts.register) : text.registerHint},
	{label: text.redeem, value: 'redeem', hint: drafts.redeem ? text.redeemDraft(drafts.redeem) : text.redeemHint},
	{label: text.renew, value: 'renew', hint: drafts.renew ? text.redeemDraft(drafts.renew) : text.renewHint},
	{label: text.watch, value: 'watch', hint: text.watchHint},
	{label: text.accounts, value: 'accounts', hint: text.accountsHint},
	{label: text.quit, value: 'quit'},
];

export const HomeScreen = () => {
	const {symbols, colors} = useTheme();
	const session = useSessionState();
	const {dispatch, quit, home} = useActions();
	const drafts = useDraftLines(home.draftOf, symbols.separator);
	const unfinished = useMemo(() => home.unfinished(), [home]);

	// A running batch opens in its status view; one whose outcome is unsure opens in history, which checks it first.
	const openNewest = () => {
		const newest = unfinished[0];
		if (!newest) {
			return;
		}

		if (newest.state === 'running') {
			dispatch({type: 'watch', target: {batchId: newest.id, taskNos: newest.taskNos}});
		} else {
			dispatch({type: 'go', screen: 'history', reopen: newest.id});
		}
	};

	// `q` leaves the app from here, as it leaves any view with nothing behind it.
	useKeypress((key) => {
		if (isLeave(key)) {
			quit();
			return true;
		}

		if (matches('openUnfinished', key) && unfinished.length > 0) {
			openNewest();
			return true;
		}

		return undefined;
	});
	const menu = useMemo(() => items(drafts), [drafts]);

	const choose = ({value}: SelectListItem<Choice>) => {
		switch (value) {
			case 'register':
			case 'redeem':
			case 'renew': {
				dispatch({type: 'start-flow', operation: value});
				break;
			}

			case 'watch': {
				dispatch({type: 'go', screen: 'history'});
				break;
			}

			case 'accounts': {
				dispatch({type: 'go', screen: 'accounts'});
				break;
			}

			case 'quit': {
				quit();
				break;
			}
		}
	};

	return (
		<ScreenFrame
			title={text.title}
			hints={[
				hint('select'),
				hint('quitHome'),
				...(unfinished.length > 0 ? [hint('openUnfinished')] : []),
				hint('move', {arrows: symbols.arrowUpDown}),
			]}
		>
			<Text bold>{text.question}</Text>
			<Box marginTop={1}>
				<SelectList items={menu} onSelect={choose} />
			</Box>
			{unfinished.length > 0 && (
				<Box marginTop={1}>
					<UnfinishedBatches batches={unfinished} />
				</Box>
			)}
			<Box marginTop={1} flexDirection="column">
				{session.status === 'connecting' && (
					<Spinner label={session.flags.sandbox ? text.startingSandbox : text.connecting} />
				)}
				{session.status === 'ready' && session.runtime?.sandbox && <Text color={colors.muted}>{text.sandbox}</Text>}
				{session.status === 'error' && <Notice error={session.error}>{text.couldNotConnect}</Notice>}
			</Box>
		</ScreenFrame>
	);
};
