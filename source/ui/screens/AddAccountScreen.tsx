// Adding an AccessKey: name, ID, secret (masked as it is typed) and site, verified with one cheap read before it
// is stored. A failure shows Alibaba's code, message, request id and what to do.
import {Box, Text} from 'ink';
import {useState} from 'react';
import type {Site} from '../../api/endpoints.js';
import {Notice, type NoticeError} from '../components/Notice.js';
import {Spinner} from '../components/Spinner.js';
import {TextField} from '../components/TextField.js';
import {hint, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {padEndCells} from '../../core/words/text-width.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';
import {text} from './add-account-text.js';

type Field = 'name' | 'id' | 'secret' | 'site';
const FIELDS: Field[] = ['name', 'id', 'secret', 'site'];
const SITE_ORDER: Site[] = ['cn', 'intl'];

const LABEL_WIDTH = 18;

export const AddAccountScreen = () => {
	const {symbols, colors} = useTheme();
	const session = useSessionState();
	const {dispatch, accounts, connect} = useActions();
	const [values, setValues] = useState({name: accounts.accounts.length === 0 ? 'default' : '', id: '', secret: ''});
	const [site, setSite] = useState<Site>('cn');
	const [focus, setFocus] = useState<Field>('name');
	const [problem, setProblem] = useState<string | undefined>(undefined);
	const [error, setError] = useState<NoticeError | undefined>(undefined);
	const [verifying, setVerifying] = useState(false);
	/** Saved without a check (the server could not be asked): why, until the user goes on. */
	const [unverified, setUnverified] = useState<NoticeError | undefined>(undefined);

	const done = () => {
		connect({...session.flags, sandbox: false, account: undefined});
		dispatch({type: 'back'});
	};

	const move = (by: number) => {
		setFocus(FIELDS[Math.min(FIELDS.length - 1, Math.max(0, FIELDS.indexOf(focus) + by))]!);
	};

	const verify = async () => {
		const name = values.name.trim();
		const id = values.id.trim();
		const missing = [!name && text.aName, !id && text.theId, !values.secret && text.theSecret].filter(Boolean);
		if (missing.length > 0) {
			setProblem(text.enter(missing.join(text.listJoin)));
			setFocus(!name ? 'name' : !id ? 'id' : 'secret');
			return;
		}

		setProblem(undefined);
		setError(undefined);
		setVerifying(true);
		const result = await accounts.add({
			name,
			accessKeyId: id,
			accessKeySecret: values.secret,
			site,
			...(session.flags.endpoint ? {endpoint: session.flags.endpoint} : {}),
		});
		setVerifying(false);
		if (!result.ok) {
			setError(result.error);
			return;
		}

		if (result.unverified) {
			setUnverified(result.unverified);
			return;
		}

		done();
	};

	useKeypress((key) => {
		if (verifying) {
			return true;
		}

		if (unverified) {
			if (keys.isSubmit(key) || keys.isBack(key)) {
				done();
			}

			return true;
		}

		if (keys.isBack(key)) {
			dispatch({type: 'back'});
			return true;
		}

		if (keys.isUp(key) || keys.isPreviousField(key)) {
			move(-1);
			return true;
		}

		if (keys.isDown(key) || keys.isNextField(key)) {
			move(1);
			return true;
		}

		if (focus === 'site') {
			if (keys.isLeft(key) || keys.isRight(key) || keys.isToggle(key)) {
				setSite(site === 'cn' ? 'intl' : 'cn');
				return true;
			}

			if (keys.isSubmit(key)) {
				void verify();
				return true;
			}
		}

		return undefined;
	});

	const field = (name: Exclude<Field, 'site'>, label: string, mask = false) => (
		<Box>
			<Text
				color={focus === name ? colors.accent : undefined}
			>{`${focus === name ? symbols.pointer : ' '} ${padEndCells(label, LABEL_WIDTH)}`}</Text>
			<TextField
				defaultValue={values[name]}
				mask={mask}
				isActive={focus === name && !verifying}
				width={50}
				placeholder={mask ? text.dots : ''}
				onChange={(value) => setValues((previous) => ({...previous, [name]: value}))}
				onSubmit={() => move(1)}
			/>
		</Box>
	);

	const hints: KeyHint[] = unverified
		? [hint('nextField', {label: text.goOn})]
		: [
				hint('nextField', focus === 'site' ? {label: text.verify} : {}),
				hint('backUnsaved'),
				hint('site'),
				hint('field', {arrows: symbols.arrowUpDown}),
			];

	return (
		<ScreenFrame title={text.title} hints={hints} helpActive={focus === 'site'}>
			<Text color={colors.muted}>{text.intro}</Text>
			<Box marginTop={1} flexDirection="column">
				{field('name', text.accountName)}
				{field('id', 'AccessKey ID')}
				{field('secret', text.secretLabel, true)}
				<Box>
					<Box flexShrink={0}>
						<Text
							color={focus === 'site' ? colors.accent : undefined}
						>{`${focus === 'site' ? symbols.pointer : ' '} ${padEndCells(text.siteLabel, LABEL_WIDTH)}`}</Text>
					</Box>
					{/* Side by side where they fit, else the second under the first: never run together. */}
					<Box flexWrap="wrap" columnGap={3}>
						{SITE_ORDER.map((s) => (
							<Box key={s} flexShrink={0}>
								<Text
									bold={s === site}
									color={s === site ? colors.accent : colors.muted}
								>{`${s === site ? symbols.bullet : symbols.pending} ${text[s]}`}</Text>
							</Box>
						))}
					</Box>
				</Box>
			</Box>
			<Box marginTop={1} flexDirection="column">
				{verifying && <Spinner label={text.verifying} />}
				{problem && <Notice kind="warn">{problem}</Notice>}
				{error && <Notice error={error}>{text.failed}</Notice>}
				{unverified && (
					<Notice kind="warn" error={unverified}>
						{text.savedUnverified(values.name.trim())}
					</Notice>
				)}
			</Box>
		</ScreenFrame>
	);
};
