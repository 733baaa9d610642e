// The `/` filter line under a domain picker (redeem and renew): the typed text filters the rows by name as it is
// typed, Enter keeps it. The picker's state holds the filter; this only draws the field and sends what is typed.
import {Box, Text} from 'ink';
import {useTheme} from '../theme.js';
import {TextField} from './TextField.js';

export type PickerFilterProps = {
	label: string;
	placeholder: string;
	value: string;
	/** Changes when the field must start again from `value` (the filter was cleared elsewhere). */
	fieldKey: number;
	width: number;
	onChange: (value: string) => void;
	onDone: () => void;
};

export const PickerFilter = ({label, placeholder, value, fieldKey, width, onChange, onDone}: PickerFilterProps) => {
	const {colors} = useTheme();
	return (
		<Box>
			<Text color={colors.accent}>{'/ '}</Text>
			<Text>{label}</Text>
			<TextField
				key={fieldKey}
				defaultValue={value}
				placeholder={placeholder}
				width={width}
				onChange={onChange}
				onSubmit={onDone}
			/>
		</Box>
	);
};
