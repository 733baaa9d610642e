// The command line, parsed with node's own parser: the command, its flags and its positionals. Which flags exist and
// which command takes which is flag-table.ts; what a flag's value means (and the complaint when it is wrong) is
// options-from-flags.ts's job.
import {parseArgs} from 'node:util';
import {detectLang, messages, setLang} from '../i18n/index.js';
import {allFlags, COMMAND_FLAGS, GLOBAL_FLAGS, type Flags} from './flag-table.js';

const text = messages({
	unknownOption: {
		en: (option: string) => `Unknown option '${option}'.`,
		zh: (option: string) => `未知选项 '${option}'。`,
	},
	missingValue: {
		en: (option: string) => `Option '${option} <value>' argument missing`,
		zh: (option: string) => `选项 '${option}' 缺少取值。`,
	},
	noValue: {
		en: (option: string) => `Option '${option}' does not take an argument`,
		zh: (option: string) => `选项 '${option}' 不带取值。`,
	},
	notForCommand: {
		en: (flag: string, owners: string, command: string, own: string) =>
			`${flag} is for ${owners}. Flags of alidomain ${command}: ${own}, and the global ones (see alidomain --help).`,
		zh: (flag: string, owners: string, command: string, own: string) =>
			`${flag} 用于 ${owners}。alidomain ${command} 的选项：${own}，以及全局选项（见 alidomain --help）。`,
	},
	notForApp: {
		en: (flag: string, owners: string) =>
			`${flag} is for ${owners}. The interactive app takes only the global flags (see alidomain --help).`,
		zh: (flag: string, owners: string) => `${flag} 用于 ${owners}。交互界面只接受全局选项（见 alidomain --help）。`,
	},
	unknownCommand: {
		en: (command: string, all: string) => `unknown command '${command}'. Commands: ${all}.`,
		zh: (command: string, all: string) => `未知命令 '${command}'。可用命令：${all}。`,
	},
});

function langInArgv(argv: string[]): string | undefined {
	const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
	if (at === -1) return undefined;
	return argv[at] === '--lang' ? argv[at + 1] : argv[at]!.slice('--lang='.length);
}

// Node's own parser speaks English; its three common complaints are said again in the interface language.
function parserMessage(error: Error & {code?: string}): string {
	const english = error.message.replace(/\. To specify a positional argument.*$/s, '.');
	const option = /'(-[^' ]+)/.exec(error.message)?.[1];
	if (!option) return english;
	if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return text.unknownOption(option);
	if (/argument missing$/.test(error.message)) return text.missingValue(option);
	if (/does not take an argument$/.test(error.message)) return text.noValue(option);
	return english;
}

export const COMMANDS = ['register', 'redeem', 'renew', 'status', 'history', 'domains', 'sandbox', 'accounts'] as const;
export type Command = (typeof COMMANDS)[number];
export type {Flags} from './flag-table.js';

// Every declared flag, so that the command (the first positional) is found wherever the flags stand; which of them
// the command takes is checked after.
const options = Object.fromEntries(
	Object.entries(allFlags()).map(([name, spec]) => [
		name,
		spec.short ? {type: spec.type, short: spec.short} : {type: spec.type},
	]),
);

function parse(argv: string[]) {
	return parseArgs({args: argv, options, allowPositionals: true, strict: true});
}

/** The flags `command` takes besides the global ones (none for the interactive app). */
function commandFlagNames(command: Command | undefined): string[] {
	return Object.keys(COMMAND_FLAGS[command ?? 'app']);
}

/** A flag the command does not take is a usage error that says which commands take it and what this one takes. */
function refuseFlagsNotTaken(command: Command | undefined, given: Flags): void {
	const own = commandFlagNames(command);
	const stray = Object.keys(given).find((name) => !(name in GLOBAL_FLAGS) && !own.includes(name));
	if (stray === undefined) return;
	const lang = detectLang(given.lang, process.env);
	setLang(lang);
	const takers = COMMANDS.filter((other) => stray in COMMAND_FLAGS[other]).map((other) => `alidomain ${other}`);
	const owners = new Intl.ListFormat(lang, {type: 'disjunction'}).format(takers);
	if (command === undefined) throw new UsageError(text.notForApp(`--${stray}`, owners));
	throw new UsageError(text.notForCommand(`--${stray}`, owners, command, own.map((name) => `--${name}`).join(', ')));
}

export type ParsedCommandLine = {command?: Command; flags: Flags; positionals: string[]};

export class UsageError extends Error {
	override readonly name = 'UsageError';
}

export function parseCommandLine(argv: string[]): ParsedCommandLine {
	let parsed;
	try {
		parsed = parse(argv);
	} catch (error) {
		// The language is normally set from the flags once they are parsed; a complaint about the command line
		// itself comes before that, so it sets the language first (finding --lang by hand when parsing failed).
		setLang(detectLang(langInArgv(argv), process.env));
		throw new UsageError(parserMessage(error as Error));
	}
	const flags = parsed.values as Flags;
	const [first, ...rest] = parsed.positionals;
	if (first !== undefined && !(COMMANDS as readonly string[]).includes(first)) {
		setLang(detectLang(flags.lang, process.env));
		throw new UsageError(text.unknownCommand(first, COMMANDS.join(', ')));
	}
	const command = first as Command | undefined;
	refuseFlagsNotTaken(command, flags);
	return command === undefined ? {flags, positionals: []} : {command, flags, positionals: rest};
}
