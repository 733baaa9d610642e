// Adding an AccessKey: name, ID, secret (masked as it is typed) and site, verified with one cheap read before it
// is stored. A failure shows Alibaba's code, message, request id and what to do.
import {Box, Text} from 'ink';
import {useState} from 'react';
import type {Site} from '../../api/endpoints.js';
import {Notice, type NoticeError} from '../components/Notice.js';
import {Spinner} from '../components/Spinner.js';
import {TextField} from '../components/TextField.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';

type Field = 'name' | 'id' | 'secret' | 'site';
const FIELDS: Field[] = ['name', 'id', 'secret', 'site'];
const SITE_ORDER: Site[] = ['cn', 'intl'];
// The endpoints' own labels live beside the API schema, which the first frame should not load.
const SITE_LABEL: Record<Site, string> = {cn: 'China mainland (aliyun.com)', intl: 'International (alibabacloud.com)'};

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

	const move = (by: number) => {
		setFocus(FIELDS[Math.min(FIELDS.length - 1, Math.max(0, FIELDS.indexOf(focus) + by))]!);
	};

	const verify = async () => {
		const name = values.name.trim();
		const id = values.id.trim();
		const missing = [!name && 'a name', !id && 'the AccessKey ID', !values.secret && 'the AccessKey secret'].filter(Boolean);
		if (missing.length > 0) {
			setProblem(`Enter ${missing.join(', ')}.`);
			setFocus(!name ? 'name' : !id ? 'id' : 'secret');
			return;
		}

		setProblem(undefined);
		setError(undefined);
		setVerifying(true);
		const result = await accounts.add({name, accessKeyId: id, accessKeySecret: values.secret, site, ...(session.flags.endpoint ? {endpoint: session.flags.endpoint} : {})});
		setVerifying(false);
		if (!result.ok) {
			setError(result.error);
			return;
		}

		connect({...session.flags, sandbox: false, account: undefined});
		dispatch({type: 'back'});
	};

	useKeypress(key => {
		if (verifying) {
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
			if (keys.isLeft(key) || keys.isRight(key) || key.name === 'space') {
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
			<Text color={focus === name ? colors.accent : undefined}>{`${focus === name ? symbols.pointer : ' '} ${label.padEnd(18)}`}</Text>
			<TextField
				defaultValue={values[name]}
				mask={mask}
				isActive={focus === name && !verifying}
				width={50}
				placeholder={mask ? 'shown as dots' : ''}
				onChange={value => setValues(previous => ({...previous, [name]: value}))}
				onSubmit={() => move(1)}
			/>
		</Box>
	);

	const hints: keys.KeyHint[] = [
		{keys: `${symbols.arrowUpDown}/Tab`, label: 'field', description: 'Move between the fields'},
		{keys: 'Enter', label: focus === 'site' ? 'verify and save' : 'next', description: 'Next field; on the site, verify the key with one read and save it'},
		{keys: 'Space', label: 'site', description: 'Switch between the China and international sites'},
		{keys: 'Esc', label: 'back', description: 'Go back without saving'},
	];

	return (
		<ScreenFrame title="Add an AccessKey" hints={hints} helpActive={focus === 'site'}>
			<Text color={colors.muted}>A RAM user's AccessKey with the Domain permissions is safest. The secret is stored in a file only you can read.</Text>
			<Box marginTop={1} flexDirection="column">
				{field('name', 'Account name')}
				{field('id', 'AccessKey ID')}
				{field('secret', 'AccessKey secret', true)}
				<Box>
					<Text color={focus === 'site' ? colors.accent : undefined}>{`${focus === 'site' ? symbols.pointer : ' '} ${'Site'.padEnd(18)}`}</Text>
					{SITE_ORDER.map(s => (
						<Text key={s} bold={s === site} color={s === site ? colors.accent : colors.muted}>{`${s === site ? symbols.bullet : symbols.pending} ${SITE_LABEL[s]}   `}</Text>
					))}
				</Box>
			</Box>
			<Box marginTop={1} flexDirection="column">
				{verifying && <Spinner label="Verifying the key with one read (QueryRegistrantProfiles)…" />}
				{problem && <Notice kind="warn">{problem}</Notice>}
				{error && <Notice error={error}>The key did not work; nothing was saved</Notice>}
			</Box>
		</ScreenFrame>
	);
};
