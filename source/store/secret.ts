// The AccessKey secret must never reach a screen, a log, an error or a JSON document (docs/architecture.md). Objects
// that carry it mask it themselves when serialised or inspected, so a stray console.log or JSON.stringify is harmless.
import {inspect} from 'node:util';

/** Only the last four characters, and none of a secret too short for four to be a small part of it. */
export function maskSecret(secret: string): string {
	const shown = secret.length >= 16 ? 4 : 0;
	return `${'•'.repeat(8)}${secret.slice(secret.length - shown)}`;
}

interface Secretive {
	accessKeySecret: string;
	securityToken?: string;
}

function masked<T extends Secretive>(value: T, secret: string): Record<string, unknown> {
	return {
		...(value as object),
		accessKeySecret: maskSecret(secret),
		...(value.securityToken ? {securityToken: maskSecret(value.securityToken)} : {}),
	};
}

function addMaskedViews<T extends Secretive>(value: T, secret: () => string, label: string): T {
	Object.defineProperty(value, 'toJSON', {value: () => masked(value, secret()), enumerable: false, configurable: true});
	Object.defineProperty(value, inspect.custom, {
		value: () => `${label} ${inspect(masked(value, secret()))}`,
		enumerable: false,
		configurable: true,
	});
	Object.defineProperty(value, 'toString', {
		value: () =>
			`[${label} ${String((value as {name?: unknown}).name ?? (value as {accessKeyId?: unknown}).accessKeyId ?? '')}]`,
		enumerable: false,
		configurable: true,
	});
	return value;
}

/**
 * For credentials handed to the client: the secret becomes non-enumerable, so even a spread copy or a logger that
 * walks own properties does not carry it along.
 */
export function guardSecret<T extends Secretive>(credentials: T): T {
	const secret = credentials.accessKeySecret;
	Object.defineProperty(credentials, 'accessKeySecret', {value: secret, enumerable: false, writable: false});
	return addMaskedViews(credentials, () => secret, 'Credentials');
}

/**
 * For stored records the app copies and edits: the secret stays an ordinary property (a spread keeps it), and
 * only serialising or inspecting the object itself masks it.
 */
export function maskWhenShown<T extends Secretive>(record: T, label = 'Account'): T {
	return addMaskedViews(record, () => record.accessKeySecret, label);
}
