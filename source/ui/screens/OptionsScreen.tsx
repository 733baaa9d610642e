// The order's options. Register: years, DNS (Alibaba Cloud DNS or two custom name servers), privacy, premium,
// trademark; renew: years and premium (PermitPremiumRenew); every operation: coupon, promotion and the batch size. Checked when the user goes on.
import {Box, Text} from 'ink';
import {useState} from 'react';
import {validateNameServers} from '../../core/names/domain-name.js';
import {parseBatchSize, parseYears} from '../../core/order/task-size.js';
import {Notice} from '../components/Notice.js';
import {TextField} from '../components/TextField.js';
import {hint, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import type {WizardOptions} from '../state/wizard-state.js';
import {padEndCells} from '../../core/words/text-width.js';
import {useTheme} from '../theme.js';
import {useActions, useWizard} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';
import {text} from './options-text.js';

const LABEL_WIDTH = 18;

type TextKey = 'years' | 'dns1' | 'dns2' | 'coupon' | 'promotion' | 'batchSize';
type ToggleKey = 'customDns' | 'privacy' | 'premium' | 'trademark';
type Field =
	| {key: TextKey; label: string; kind: 'text'; placeholder?: string}
	| {key: ToggleKey; label: string; kind: 'toggle'; on: string; off: string}
	// Two named ways of which one is chosen (DNS): both are shown, the chosen one filled, so the default never reads
	// as a switch left off.
	| {key: ToggleKey; label: string; kind: 'choice'; on: string; off: string};

type Form = Record<TextKey, string> & Record<ToggleKey, boolean>;

const formOf = (o: WizardOptions): Form => ({
	years: String(o.years),
	customDns: o.dns !== undefined,
	dns1: o.dns?.[0] ?? '',
	dns2: o.dns?.[1] ?? '',
	privacy: o.privacy,
	premium: o.premium,
	trademark: o.trademark,
	coupon: o.coupon,
	promotion: o.promotion,
	batchSize: String(o.batchSize),
});

/** The form as options, or the first problem with the field it is in. */
export function readForm(
	form: Form,
	base: WizardOptions,
): {ok: true; options: WizardOptions} | {ok: false; field: TextKey; reason: string} {
	const years = parseYears(form.years);
	if (!years.ok) {
		return {ok: false, field: 'years', reason: `${text.yearsReason}: ${years.reason}`};
	}

	let dns: [string, string] | undefined;
	if (form.customDns) {
		const servers = validateNameServers([form.dns1.trim(), form.dns2.trim()]);
		if (!servers.ok) {
			const key = servers.index === 0 ? 'dns1' : 'dns2';
			return {
				ok: false,
				field: key,
				reason: `${key === 'dns1' ? 'DNS 1' : 'DNS 2'}: '${form[key].trim()}' ${servers.reason}`,
			};
		}

		dns = servers.servers;
	}

	const batchSize = parseBatchSize(form.batchSize);
	if (!batchSize.ok) {
		return {ok: false, field: 'batchSize', reason: `${text.batchSizeReason}: ${batchSize.reason}`};
	}

	return {
		ok: true,
		options: {
			...base,
			years: years.value,
			dns,
			privacy: form.privacy,
			premium: form.premium,
			trademark: form.trademark,
			coupon: form.coupon.trim(),
			promotion: form.promotion.trim(),
			batchSize: batchSize.value,
		},
	};
}

export const OptionsScreen = () => {
	const {symbols, colors} = useTheme();
	const state = useWizard();
	const {dispatch} = useActions();
	const register = state.operation === 'register';
	const [form, setForm] = useState(() => formOf(state.options));
	const [focus, setFocus] = useState(0);
	/** The first problem found on going on, and the field it is in: it goes once that field is changed. */
	const [problem, setProblem] = useState<{field: TextKey; reason: string} | undefined>(undefined);

	const fields: Field[] = [
		...(register
			? [
					{key: 'years', label: text.years, kind: 'text'} as const,
					{key: 'customDns', label: text.dns, kind: 'choice', on: text.customDns, off: text.alibabaDns} as const,
					...(form.customDns
						? [
								{key: 'dns1', label: 'DNS 1', kind: 'text', placeholder: 'ns1.example.com'} as const,
								{key: 'dns2', label: 'DNS 2', kind: 'text', placeholder: 'ns2.example.com'} as const,
							]
						: []),
					{key: 'privacy', label: text.privacy, kind: 'toggle', on: text.on, off: text.off} as const,
					{key: 'premium', label: text.premium, kind: 'toggle', on: text.premiumOn, off: text.no} as const,
					{key: 'trademark', label: text.trademark, kind: 'toggle', on: text.yes, off: text.no} as const,
				]
			: state.operation === 'renew'
				? [
						{key: 'years', label: text.years, kind: 'text'} as const,
						{key: 'premium', label: text.premium, kind: 'toggle', on: text.premiumOn, off: text.no} as const,
					]
				: []),
		{key: 'coupon', label: text.coupon, kind: 'text', placeholder: text.none},
		{key: 'promotion', label: text.promotion, kind: 'text', placeholder: text.none},
		{key: 'batchSize', label: text.batchSize, kind: 'text'},
	];
	const focused = fields[Math.min(focus, fields.length - 1)]!;

	const submit = () => {
		const read = readForm(form, state.options);
		if (!read.ok) {
			setProblem({field: read.field, reason: read.reason});
			const at = fields.findIndex((f) => f.key === read.field);
			if (at >= 0) {
				setFocus(at);
			}

			return;
		}

		setProblem(undefined);
		dispatch({type: 'set-options', options: read.options});
	};

	useKeypress((key) => {
		if (keys.isBack(key)) {
			dispatch({type: 'back'});
			return true;
		}

		if (keys.isUp(key) || keys.isPreviousField(key)) {
			setFocus(Math.max(0, focus - 1));
			return true;
		}

		if (keys.isDown(key) || keys.isNextField(key)) {
			setFocus(Math.min(fields.length - 1, focus + 1));
			return true;
		}

		if (focused.kind === 'toggle' || focused.kind === 'choice') {
			if (keys.isToggle(key) || keys.isLeft(key) || keys.isRight(key)) {
				setForm({...form, [focused.key]: !form[focused.key]});
				return true;
			}

			if (keys.isSubmit(key)) {
				submit();
				return true;
			}
		}

		return undefined;
	});

	const hints: KeyHint[] = [
		hint('continue', {description: text.continueLong}),
		hint('keepOptionsBack'),
		hint('switchOption'),
		hint('field', {arrows: symbols.arrowUpDown, description: text.fieldLong}),
	];

	return (
		<ScreenFrame
			title={register ? text.registerTitle : state.operation === 'renew' ? text.renewTitle : text.redeemTitle}
			hints={hints}
			helpActive={focused.kind === 'toggle' || focused.kind === 'choice'}
		>
			{fields.map((field, index) => {
				const isFocused = index === focus;
				const label = (
					<Text
						color={isFocused ? colors.accent : undefined}
					>{`${isFocused ? symbols.pointer : ' '} ${padEndCells(field.label, LABEL_WIDTH)}`}</Text>
				);
				if (field.kind === 'choice') {
					const chosen = form[field.key];
					return (
						<Box key={field.key}>
							<Box flexShrink={0}>{label}</Box>
							{/* Side by side where they fit, else the second under the first, as Add AccessKey's sites. */}
							<Box flexWrap="wrap" columnGap={3}>
								{[false, true].map((value) => (
									<Box key={String(value)} flexShrink={0}>
										<Text
											bold={isFocused && value === chosen}
											color={value === chosen ? colors.accent : colors.muted}
										>{`${value === chosen ? symbols.bullet : symbols.pending} ${value ? field.on : field.off}`}</Text>
									</Box>
								))}
							</Box>
						</Box>
					);
				}

				if (field.kind === 'toggle') {
					const on = form[field.key];
					return (
						<Box key={field.key}>
							{label}
							<Text bold={isFocused}>{`${on ? symbols.bullet : symbols.pending} ${on ? field.on : field.off}`}</Text>
						</Box>
					);
				}

				return (
					<Box key={field.key}>
						{label}
						<TextField
							defaultValue={form[field.key]}
							placeholder={field.placeholder}
							isActive={isFocused}
							width={40}
							onChange={(value) => {
								setForm((previous) => ({...previous, [field.key]: value}));
								setProblem((previous) => (previous?.field === field.key ? undefined : previous));
							}}
							onSubmit={submit}
						/>
					</Box>
				);
			})}
			{problem && (
				<Box marginTop={1}>
					<Notice kind="warn">{problem.reason}</Notice>
				</Box>
			)}
		</ScreenFrame>
	);
};
