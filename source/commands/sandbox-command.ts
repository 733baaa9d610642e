// `alidomain sandbox`: serve the local Domain API until interrupted.
import {UsageError, type ParsedCommandLine} from '../cli/args.js';
import {intFlag, seedFlag, speedFlag} from '../cli/options-from-flags.js';
import type {CommandIo} from '../cli/command-io.js';
import {EXIT} from '../cli/exit-codes.js';
import {messages} from '../i18n/index.js';

const text = messages({
	portInUse: {
		en: (port: number) => `port ${port} is in use; pick another with --port or leave it out.`,
		zh: (port: number) => `端口 ${port} 已被占用；请用 --port 另选一个，或不指定。`,
	},
	listening: {
		en: (url: string) => `Sandbox Domain API listening on ${url}`,
		zh: (url: string) => `沙箱域名 API 正在监听 ${url}`,
	},
	credentials: {
		en: (id: string, secret: string) => `  AccessKey ID ${id}, secret ${secret} (sandbox only)`,
		zh: (id: string, secret: string) => `  AccessKey ID ${id}，Secret ${secret}（仅限沙箱）`,
	},
	ramUser: {
		en: (id: string, secret: string) =>
			`  AccessKey ID ${id}, secret ${secret}: a RAM user without the billing permission (the balance is unknown)`,
		zh: (id: string, secret: string) => `  AccessKey ID ${id}，Secret ${secret}：没有费用权限的 RAM 用户（余额未知）`,
	},
	speedLine: {en: (speed: number) => `  speed ${speed}`, zh: (speed: number) => `  速度 ${speed}`},
	faults: {en: (spec: string) => `, faults ${spec}`, zh: (spec: string) => `，故障 ${spec}`},
	state: {en: (file: string) => `, state in ${file}`, zh: (file: string) => `，状态保存在 ${file}`},
	seed: {en: (seed: string) => `, ${seed} account`, zh: (seed: string) => `，${seed === 'large' ? '大' : '标准'}账号`},
	tryIt: {en: '  try:', zh: '  试试：'},
	byDay: {en: ', task list filtered by day only', zh: '，任务列表仅按日期筛选'},
	stop: {en: 'Press Ctrl+C to stop.', zh: '按 Ctrl+C 停止。'},
	stopped: {en: 'Sandbox stopped.', zh: '沙箱已停止。'},
});

export async function runSandboxCommand({flags}: ParsedCommandLine, io: CommandIo): Promise<number> {
	const port = intFlag(flags, 'port');
	const speed = speedFlag(flags);
	const {startSandbox, SANDBOX_CREDENTIALS, SANDBOX_RAM_CREDENTIALS} = await import('../sandbox/server.js');
	let sandbox;
	try {
		sandbox = await startSandbox({
			port,
			speed,
			faults: flags.faults,
			stateFile: flags.state,
			seed: seedFlag(flags, 'seed'),
			byDay: flags['by-day'] === true,
		});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EADDRINUSE') throw new UsageError(text.portInUse(port));
		if (error instanceof Error && /fault/i.test(error.message)) throw new UsageError(error.message);
		throw error;
	}
	io.stdout.write(
		[
			text.listening(sandbox.url),
			text.credentials(SANDBOX_CREDENTIALS.accessKeyId, SANDBOX_CREDENTIALS.accessKeySecret),
			text.ramUser(SANDBOX_RAM_CREDENTIALS.accessKeyId, SANDBOX_RAM_CREDENTIALS.accessKeySecret),
			`${text.speedLine(speed)}${flags.faults ? text.faults(flags.faults) : ''}${flags.seed ? text.seed(flags.seed) : ''}${flags.state ? text.state(flags.state) : ''}${flags['by-day'] ? text.byDay : ''}`,
			`${text.tryIt} ALIBABA_CLOUD_ACCESS_KEY_ID=${SANDBOX_CREDENTIALS.accessKeyId} ALIBABA_CLOUD_ACCESS_KEY_SECRET=${SANDBOX_CREDENTIALS.accessKeySecret} alidomain --endpoint ${sandbox.url} history`,
			text.stop,
			'',
		].join('\n'),
	);
	await new Promise<void>((resolve) => {
		process.once('SIGINT', resolve);
		process.once('SIGTERM', resolve);
	});
	await sandbox.close();
	io.stderr.write(`${text.stopped}\n`);
	return EXIT.ok;
}
