// argv → command. Kept small so that start-up loads little: each command is imported only when it runs.
import {parseCommandLine, UsageError, type ParsedCommandLine} from './cli/args.js';
import {langFlag} from './cli/options-from-flags.js';
import type {CommandIo} from './cli/command-io.js';
import {EXIT} from './cli/exit-codes.js';
import {helpText} from './cli/help.js';
import {messages, setLang} from './i18n/index.js';
import {VERSION} from './version.js';

const text = messages({
	seeHelp: {en: "Run 'alidomain --help' for usage.", zh: '用法见 alidomain --help。'},
	needsTerminal: {
		en: 'the interactive app needs a terminal. Without one, use: alidomain register --yes --domains FILE --profile-id ID, alidomain redeem --yes --domains FILE, or alidomain status --wait --json (see --help).',
		zh: '交互界面需要终端。没有终端时可用：alidomain register --yes --domains FILE --profile-id ID、alidomain redeem --yes --domains FILE，或 alidomain status --wait --json（见 --help）。',
	},
});

async function run(parsed: ParsedCommandLine, io: CommandIo): Promise<number> {
	const {command, flags} = parsed;
	// Before anything is written, so help, errors and every screen speak the one language the runtime sends as Lang.
	setLang(langFlag(flags, io.env));
	if (flags.version) {
		io.stdout.write(`${VERSION}\n`);
		return EXIT.ok;
	}
	if (flags.help) {
		io.stdout.write(helpText(command) + '\n');
		return EXIT.ok;
	}
	switch (command) {
		case 'register':
		case 'redeem':
		case 'renew':
			return (await import('./commands/submit-command.js')).runSubmitCommand(command, parsed, io);
		case 'status':
			return (await import('./commands/status-command.js')).runStatusCommand(parsed, io);
		case 'history':
			return (await import('./commands/history-command.js')).runHistoryCommand(parsed, io);
		case 'domains':
			return (await import('./commands/domains-command.js')).runDomainsCommand(parsed, io);
		case 'sandbox':
			return (await import('./commands/sandbox-command.js')).runSandboxCommand(parsed, io);
		case 'accounts':
			return (await import('./commands/accounts-command.js')).runAccountsCommand(parsed, io);
		case undefined:
			if (!io.isTerminal) {
				throw new UsageError(text.needsTerminal);
			}
			return (await import('./ui/run-app.js')).runApp(parsed, io);
	}
}

async function main(): Promise<number> {
	const io: CommandIo = {
		stdin: process.stdin,
		stdout: process.stdout,
		stderr: process.stderr,
		env: process.env,
		isTerminal: Boolean(process.stdin.isTTY && process.stdout.isTTY),
	};
	try {
		return await run(parseCommandLine(process.argv.slice(2)), io);
	} catch (error) {
		// A bad --endpoint (or an account's) is a usage error too; matched by name so start-up loads no API code.
		if (error instanceof UsageError || (error instanceof Error && error.name === 'InvalidEndpointError')) {
			io.stderr.write(`alidomain: ${error.message}\n${text.seeHelp}\n`);
			return EXIT.usage;
		}
		const {describeError} = await import('./commands/output.js');
		io.stderr.write(`alidomain: ${describeError(error).join('\n')}\n`);
		return EXIT.error;
	}
}

process.exitCode = await main();
