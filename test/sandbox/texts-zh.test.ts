import {describe, expect, it} from 'vitest';
import {FAILURES, SUCCESS_MESSAGE, type Failure} from '../../source/sandbox/registry-rules.js';
import {inLang} from '../../source/sandbox/texts-zh.js';
import {SandboxWorld} from '../../source/sandbox/world.js';

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

describe('the sandbox answers in Chinese when asked', () => {
	it('has a Chinese form of every failure text it can give', () => {
		const {trademark, expiryMismatch, ...fixed} = FAILURES;
		const failures: Failure[] = [...Object.values(fixed), trademark('nike'), expiryMismatch(1735689600000)];
		for (const {errorMsg, failReason} of failures) {
			expect(hasChinese(inLang(errorMsg, 'zh')), errorMsg).toBe(true);
			expect(hasChinese(inLang(failReason, 'zh')), failReason).toBe(true);
			expect(inLang(failReason, 'en')).toBe(failReason);
		}
		expect(inLang(FAILURES.trademark('lego').failReason, 'zh')).toContain('“lego”');
		expect(inLang(FAILURES.expiryMismatch(123).failReason, 'zh')).toContain('123');
		expect(inLang(SUCCESS_MESSAGE, 'zh')).toBe('操作成功。');
	});

	it('gives task details and availability in the language of the request', () => {
		let now = Date.UTC(2026, 10, 23);
		const world = new SandboxWorld({now: () => now, speed: 1000});
		const ctx = {accessKeyId: 'sandbox', clientIp: '127.0.0.1', requestId: 'R'};
		const profile = world.handle('QueryRegistrantProfiles', {DefaultRegistrantProfile: true}, ctx).RegistrantProfiles
			.RegistrantProfile[0]!;
		const {TaskNo} = world.handle(
			'SaveBatchTaskForCreatingOrderActivate',
			{OrderActivateParam: [{DomainName: 'taken-zh.com', RegistrantProfileId: profile.RegistrantProfileId}]},
			ctx,
		);
		now += 60_000;
		const read = (Lang: 'en' | 'zh') =>
			world.handle('QueryTaskDetailList', {TaskNo, PageNum: 1, PageSize: 10, Lang}, ctx).Data.TaskDetail[0]!;
		expect(read('en').FailReason).toBe('The domain name has already been registered.');
		expect(read('zh').FailReason).toBe('域名已被注册。');
		expect(world.handle('CheckDomain', {DomainName: 'taken-x.com', Lang: 'zh'}, ctx).Reason).toBe('已被使用');
		now += 2000;
		expect(world.handle('CheckDomain', {DomainName: 'taken-x.com'}, ctx).Reason).toBe('In use');
	});
});
