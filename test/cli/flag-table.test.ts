import {afterEach, describe, expect, expectTypeOf, it} from 'vitest';
import {COMMANDS, parseCommandLine, UsageError, type Command} from '../../source/cli/args.js';
import {COMMAND_FLAGS, GLOBAL_FLAGS, type FlagSpec, type Flags} from '../../source/cli/flag-table.js';
import {helpText} from '../../source/cli/help.js';
import {intFlag, speedFlag} from '../../source/cli/options-from-flags.js';
import {setLang} from '../../source/i18n/index.js';

afterEach(() => setLang('en'));

const tables = Object.entries(COMMAND_FLAGS) as Array<[Command | 'app', Record<string, FlagSpec>]>;
const sample = (spec: FlagSpec): string[] =>
	spec.type === 'boolean' ? [] : [String(spec.choices?.[0] ?? spec.range?.min ?? 'x')];
const argvOf = (name: string, spec: FlagSpec) => [`--${name}`, ...sample(spec)];
const complaint = (argv: string[]): string => {
	try {
		parseCommandLine(argv);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	throw new Error(`no complaint for ${argv.join(' ')}`);
};

describe('flags declared per command', () => {
	it('every command has a table, and the app takes only the global flags', () => {
		expect(Object.keys(COMMAND_FLAGS).sort()).toEqual([...COMMANDS, 'app'].sort());
		expect(Object.keys(COMMAND_FLAGS.app)).toEqual([]);
	});

	it('each command takes its own flags and the global ones', () => {
		for (const [command, table] of tables) {
			const head = command === 'app' ? [] : [command];
			for (const [name, spec] of Object.entries({...table, ...GLOBAL_FLAGS})) {
				const parsed = parseCommandLine([...head, ...argvOf(name, spec)]);
				expect({command, name, given: name in parsed.flags}).toEqual({command, name, given: true});
			}
		}
	});

	it('refuses a flag the command does not take, naming the flags it does', () => {
		expect(complaint(['history', '--batch-size', '7'])).toBe(
			'--batch-size is for alidomain register, alidomain redeem, or alidomain renew. Flags of alidomain history: --json, and the global ones (see alidomain --help).',
		);
		expect(complaint(['sandbox', '--years', '3'])).toMatch(
			/^--years is for alidomain register or alidomain renew\. Flags of alidomain sandbox: --port, --faults, --speed, --state, --seed, --by-day, and the global ones/,
		);
		expect(complaint(['redeem', '--profile-id', '7'])).toMatch(
			/^--profile-id is for alidomain register\. Flags of alidomain redeem: --domains, /,
		);
		expect(complaint(['status', '-y'])).toMatch(
			/^--yes is for alidomain register, alidomain redeem, or alidomain renew\. Flags of alidomain status: --wait, --json,/,
		);
		expect(complaint(['--domains', 'list.txt'])).toMatch(
			/^--domains is for alidomain register, alidomain redeem, or alidomain renew\. The interactive app takes only the global flags/,
		);
		expect(complaint(['--lang', 'zh', 'history', '--batch-size', '7'])).toBe(
			'--batch-size 用于 alidomain register、alidomain redeem或alidomain renew。alidomain history 的选项：--json，以及全局选项（见 alidomain --help）。',
		);
	});

	it('every command refuses every flag that only other commands take', () => {
		const every = new Map(tables.flatMap(([, table]) => Object.entries(table)));
		for (const [command, table] of tables) {
			for (const [name, spec] of every) {
				if (name in table) continue;
				const head = command === 'app' ? [] : [command];
				expect(() => parseCommandLine([...head, ...argvOf(name, spec)])).toThrow(UsageError);
			}
		}
	});

	it('a flag several commands take has one type, letter, choices and range', () => {
		const seen = new Map<string, string>();
		for (const [command, table] of [...tables, ['global', GLOBAL_FLAGS] as const]) {
			for (const [name, spec] of Object.entries(table as Record<string, FlagSpec>)) {
				const shape = JSON.stringify({
					type: spec.type,
					short: spec.short,
					choices: spec.choices,
					range: spec.range,
					default: spec.default?.value,
				});
				expect({command, name, shape}).toEqual({command, name, shape: seen.get(name) ?? shape});
				seen.set(name, shape);
			}
		}
		expect(seen.get('json')).toBeDefined();
	});

	it('help lists, for each command, exactly its flags, with choices, range and default from the table', () => {
		for (const lang of ['en', 'zh'] as const) {
			setLang(lang);
			const every = new Set(tables.flatMap(([, table]) => Object.keys(table)));
			for (const [command, table] of tables) {
				const page = helpText(command === 'app' ? undefined : command);
				const listed = new Set([...page.matchAll(/^ {2}(?:-\w, )?--([a-z-]+)/gm)].map((m) => m[1]!));
				for (const name of Object.keys(table))
					expect({command, name, listed: listed.has(name)}).toEqual({command, name, listed: true});
				for (const name of listed)
					expect({command, name, declared: name in table || name in GLOBAL_FLAGS || !every.has(name)}).toEqual({
						command,
						name,
						declared: true,
					});
			}
		}
		setLang('en');
		expect(helpText('register')).toMatch(/^ {2}--batch-size N {7}domains per task, 1–1000 \(default 100\)$/m);
		expect(helpText('register')).toMatch(/^ {2}--years N {12}registration years, 1–10 \(default 1\)$/m);
		expect(helpText()).toMatch(/^ {2}--site cn\|intl {7}China site/m);
		expect(helpText('sandbox')).toContain(
			'Usage: alidomain sandbox [--port N] [--faults SPEC] [--speed X] [--state FILE] [--seed standard|large]',
		);
		setLang('zh');
		expect(helpText('register')).toMatch(/^ {2}--batch-size N {7}每个任务的域名数，1–1000（默认 100）$/m);
	});

	it('converts with the range and default the table declares', () => {
		const sandbox = (...argv: string[]) => parseCommandLine(['sandbox', ...argv]).flags;
		expect(intFlag(sandbox(), 'port')).toBe(0);
		expect(intFlag(sandbox('--port', '8080'), 'port')).toBe(8080);
		expect(() => intFlag(sandbox('--port', '65536'), 'port')).toThrow(
			"--port must be a whole number from 0 to 65535, not '65536'.",
		);
		expect(speedFlag(sandbox())).toBe(1);
		expect(speedFlag(sandbox('--speed', '2.5'))).toBe(2.5);
	});

	it('types each parsed flag by its declaration', () => {
		expectTypeOf<Flags['yes']>().toEqualTypeOf<boolean | undefined>();
		expectTypeOf<Flags['domains']>().toEqualTypeOf<string | undefined>();
		const parsed = parseCommandLine(['register', '-y', '--domains', 'a.txt']).flags;
		expect(parsed).toEqual({yes: true, domains: 'a.txt'});
	});
});
