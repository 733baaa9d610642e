// `alidomain sandbox`: serve the local Domain API until interrupted.
import {intFlag, UsageError, type ParsedCommandLine} from './args.js';
import type {CommandIo} from './command-io.js';
import {EXIT} from './exit-codes.js';

export async function runSandboxCommand({flags}: ParsedCommandLine, io: CommandIo): Promise<number> {
	const port = intFlag(flags, 'port', 0, 65535) ?? 0;
	const speed = flags.speed === undefined ? 1 : Number(flags.speed);
	if (!(speed > 0) || !Number.isFinite(speed)) throw new UsageError(`--speed must be a positive number, not '${flags.speed}'.`);
	const {startSandbox, SANDBOX_CREDENTIALS} = await import('../sandbox/server.js');
	let sandbox;
	try {
		sandbox = await startSandbox({port, speed, faults: flags.faults, stateFile: flags.state});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; pick another with --port or leave it out.`);
		if (error instanceof Error && /fault/i.test(error.message)) throw new UsageError(error.message);
		throw error;
	}
	io.stdout.write(
		[
			`Sandbox Domain API listening on ${sandbox.url}`,
			`  AccessKey ID ${SANDBOX_CREDENTIALS.accessKeyId}, secret ${SANDBOX_CREDENTIALS.accessKeySecret} (sandbox only)`,
			`  speed ${speed}${flags.faults ? `, faults ${flags.faults}` : ''}${flags.state ? `, state in ${flags.state}` : ''}`,
			`  try: ALIBABA_CLOUD_ACCESS_KEY_ID=${SANDBOX_CREDENTIALS.accessKeyId} ALIBABA_CLOUD_ACCESS_KEY_SECRET=${SANDBOX_CREDENTIALS.accessKeySecret} alidomain --endpoint ${sandbox.url} history`,
			'Press Ctrl+C to stop.',
			'',
		].join('\n'),
	);
	await new Promise<void>((resolve) => {
		process.once('SIGINT', resolve);
		process.once('SIGTERM', resolve);
	});
	await sandbox.close();
	io.stderr.write('Sandbox stopped.\n');
	return EXIT.ok;
}
