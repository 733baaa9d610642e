import {afterEach, describe, expect, it} from 'vitest';
import {ApiError} from '../../source/api/errors.js';
import {parseCommandLine, UsageError} from '../../source/cli/args.js';
import {langFlag} from '../../source/cli/options-from-flags.js';
import {helpText} from '../../source/cli/help.js';
import {describeError} from '../../source/commands/output.js';
import {progressLine} from '../../source/commands/watch.js';
import type {PollerState} from '../../source/core/status/status-poller.js';
import {getLang, setLang} from '../../source/i18n/index.js';

afterEach(() => setLang('en'));

describe('headless text in Chinese', () => {
	it('gives the help for the app and for a command in Chinese, saying --json stays English', () => {
		setLang('zh');
		const app = helpText();
		expect(app).toContain('在阿里云上批量注册和赎回域名');
		expect(app).toContain('--lang en|zh         界面语言');
		expect(app).toContain('--json 输出的键和取值在任何语言下都是英文');
		const register = helpText('register');
		expect(register).toContain('用法：alidomain register --domains FILE --profile-id ID [选项]');
		expect(register).toContain('已通过实名认证的注册人信息模板');
		expect(helpText('status')).toContain('waiting | executing | succeeded | failed');
		setLang('en');
		expect(helpText()).toContain('batch domain registration and redemption on Alibaba Cloud');
		expect(helpText()).toContain('--json output keeps English keys and values');
	});

	it('explains an API error in Chinese, keeping the code, the message and the request id', () => {
		setLang('zh');
		const lines = describeError(
			new ApiError(
				{
					Code: 'InvalidTimeStamp.Expired',
					Message: 'Specified time stamp or date value is expired.',
					RequestId: 'RID-9',
				},
				400,
			),
		);
		expect(lines).toEqual([
			'InvalidTimeStamp.Expired: Specified time stamp or date value is expired.',
			'  请求 ID：RID-9',
			'  怎么办：本机时钟偏差超过 15 分钟：请校准时间（开启网络对时）后重试。',
		]);
	});

	it('writes progress lines in Chinese', () => {
		setLang('zh');
		const state = {counts: {total: 3, succeeded: 1, failed: 1, executing: 1, waiting: 0}} as unknown as PollerState;
		expect(progressLine(state)).toBe('2/3 已完成，1 成功，1 失败，1 执行中，0 等待中');
	});

	it('agrees with the locale on the language, and says a bad --lang in the language it can find', () => {
		expect(langFlag(parseCommandLine([]).flags, {LANG: 'zh_CN.UTF-8'})).toBe('zh');
		expect(langFlag(parseCommandLine(['--lang', 'en']).flags, {LC_ALL: 'zh_TW.UTF-8'})).toBe('en');
		expect(langFlag(parseCommandLine([]).flags, {LANG: 'C.UTF-8'})).toBe('en');
		expect(() => langFlag(parseCommandLine(['--lang', 'fr']).flags, {})).toThrow(UsageError);
		expect(() => parseCommandLine(['--lang', 'zh', '--nope'])).toThrow("未知选项 '--nope'。");
		expect(getLang()).toBe('zh');
		setLang('en');
		expect(() => parseCommandLine(['--lang', 'zh', 'fly'])).toThrow(
			"未知命令 'fly'。可用命令：register, redeem, renew, status, history, domains, sandbox, accounts。",
		);
		expect(() => parseCommandLine(['--lang', 'en', 'fly'])).toThrow("unknown command 'fly'. Commands:");
	});
});
