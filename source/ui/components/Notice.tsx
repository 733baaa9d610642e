import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {messages} from '../../i18n/index.js';
import {useTheme} from '../theme.js';
import {Wrapped} from './Wrapped.js';

const text = messages({
	requestId: {en: (id: string) => `Request ID ${id}`, zh: (id: string) => `请求 ID ${id}`},
});

/** An API error as the user needs to see it; the UI takes plain data, never the client's classes. */
export type NoticeError = {
	code: string;
	message: string;
	requestId?: string;
	/** What to do about it, in plain words. */
	hint?: string;
};

export type NoticeKind = 'info' | 'success' | 'warn' | 'error';

export type NoticeProps = {
	kind?: NoticeKind;
	/** The line that says what happened ("Could not load registrant profiles"). */
	children?: ReactNode;
	error?: NoticeError;
};

export const Notice = ({kind, children, error}: NoticeProps) => {
	const {colors, symbols} = useTheme();
	const shownKind = kind ?? (error ? 'error' : 'info');
	const look = {
		info: {symbol: symbols.info, color: colors.info},
		success: {symbol: symbols.success, color: colors.success},
		warn: {symbol: symbols.warning, color: colors.warning},
		error: {symbol: symbols.failure, color: colors.failure},
	}[shownKind];
	const headline = children ?? (error ? <Text bold>{error.code}</Text> : null);

	return (
		<Box flexDirection="column">
			<Box>
				{/* The mark in a box of its own with a margin: a trailing space in the text would be trimmed when the
				    headline wraps, leaving the mark against the first word. */}
				<Box flexShrink={0} marginRight={1}>
					<Text color={look.color}>{look.symbol}</Text>
				</Box>
				<Wrapped>
					<Text>{headline}</Text>
				</Wrapped>
			</Box>
			{error && (
				<Box flexDirection="column" marginLeft={2}>
					<Wrapped>
						<Text>
							{children ? <Text bold>{`${error.code}: `}</Text> : null}
							{error.message}
						</Text>
					</Wrapped>
					{error.requestId && <Text color={colors.muted}>{text.requestId(error.requestId)}</Text>}
					{error.hint && (
						<Box>
							<Box flexShrink={0} marginRight={1}>
								<Text color={colors.warning}>{symbols.arrowRight}</Text>
							</Box>
							<Wrapped>
								<Text color={colors.warning}>{error.hint}</Text>
							</Wrapped>
						</Box>
					)}
				</Box>
			)}
		</Box>
	);
};
