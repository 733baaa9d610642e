// The command line, parsed with node's own parser: the command, its flags and its positionals. What a flag's value
// means (and the complaint when it is wrong) is options-from-flags.ts's job.
import {parseArgs} from 'node:util';
import {detectLang, messages, setLang} from '../i18n/index.js';

const text = messages({
	unknownOption: {en: (option: string) => `Unknown option '${option}'.`, zh: (option: string) => `未知选项 '${option}'。`},
	missingValue: {en: (option: string) => `Option '${option} <value>' argument missing`, zh: (option: string) => `选项 '${option}' 缺少取值。`},
	noValue: {en: (option: string) => `Option '${option}' does not take an argument`, zh: (option: string) => `选项 '${option}' 不带取值。`},
	unknownCommand: {en: (command: string, all: string) => `unknown command '${command}'. Commands: ${all}.`, zh: (command: string, all: string) => `未知命令 '${command}'。可用命令：${all}。`},
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

export const COMMANDS = ['register', 'redeem', 'status', 'history', 'domains', 'sandbox', 'accounts'] as const;
export type Command = (typeof COMMANDS)[number];

const options = {
	// register / redeem
	domains: {type: 'string'},
	'skip-invalid': {type: 'boolean'},
	'profile-id': {type: 'string'},
	years: {type: 'string'},
	dns: {type: 'string'},
	'no-privacy': {type: 'boolean'},
	premium: {type: 'boolean'},
	trademark: {type: 'boolean'},
	coupon: {type: 'string'},
	promotion: {type: 'string'},
	'batch-size': {type: 'string'},
	yes: {type: 'boolean', short: 'y'},
	'dry-run': {type: 'boolean'},
	'max-spend': {type: 'string'},
	'no-estimate': {type: 'boolean'},
	wait: {type: 'boolean'},
	json: {type: 'boolean'},
	// sandbox
	port: {type: 'string'},
	faults: {type: 'string'},
	speed: {type: 'string'},
	state: {type: 'string'},
	seed: {type: 'string'},
	'by-day': {type: 'boolean'},
	// accounts
	'access-key-id': {type: 'string'},
	'secret-stdin': {type: 'boolean'},
	// redeem / domains
	'all-in-redemption': {type: 'boolean'},
	redemption: {type: 'boolean'},
	file: {type: 'string'},
	// global
	account: {type: 'string'},
	endpoint: {type: 'string'},
	site: {type: 'string'},
	'api-version': {type: 'string'},
	'billing-endpoint': {type: 'string'},
	'billing-api-version': {type: 'string'},
	signature: {type: 'string'},
	lang: {type: 'string'},
	sandbox: {type: 'boolean'},
	'sandbox-reset': {type: 'boolean'},
	'sandbox-seed': {type: 'string'},
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
} as const;

export type Flags = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
	return parseArgs({args: argv, options, allowPositionals: true, strict: true});
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
	const [first, ...rest] = parsed.positionals;
	if (first === undefined) return {flags: parsed.values, positionals: []};
	if (!(COMMANDS as readonly string[]).includes(first)) {
		setLang(detectLang(parsed.values.lang, process.env));
		throw new UsageError(text.unknownCommand(first, COMMANDS.join(', ')));
	}
	return {command: first as Command, flags: parsed.values, positionals: rest};
}
