import {afterEach, describe, expect, it} from 'vitest';
import {ApiError} from '../../source/api/errors.js';
import {hintFor} from '../../source/api/error-codes.js';
import {toNetworkError} from '../../source/api/transport.js';
import {setLang} from '../../source/i18n/index.js';

afterEach(() => setLang('en'));

describe('error explanations in Chinese', () => {
	it("explains Alibaba's codes in Chinese and keeps Alibaba's own message", () => {
		setLang('zh');
		const error = new ApiError(
			{
				Code: 'SignatureDoesNotMatch',
				Message: 'Specified signature is not matched with our calculation.',
				RequestId: 'RID-1',
			},
			403,
		);
		expect(error.hint).toBe('AccessKey Secret 不正确：请用正确的 Secret 重新添加账号。');
		expect(error.apiMessage).toBe('Specified signature is not matched with our calculation.');
		expect(error.requestId).toBe('RID-1');
		expect(hintFor('InvalidTimeStamp.Expired', 400)).toContain('本机时钟偏差超过 15 分钟');
		expect(hintFor('Some.NewCode', 503)).toBe('阿里云出现故障；请稍后重试。');
		const ram = new ApiError({Code: 'Forbidden.RAM', Message: 'no'}, 403, {ramAction: 'domain:CreateOrderActivate'});
		expect(ram.hint).toBe(
			'请为 RAM 用户授予下面列出的权限（例如 AliyunDomainFullAccess 策略）。需要的权限：domain:CreateOrderActivate。',
		);
		setLang('en');
		expect(hintFor('SignatureDoesNotMatch', 403)).toMatch(/secret is wrong/);
	});

	it('says what went wrong on the network in Chinese', () => {
		setLang('zh');
		const refused = toNetworkError(
			Object.assign(new Error('fetch failed'), {cause: {code: 'ECONNREFUSED'}}),
			'http://127.0.0.1:9',
		);
		expect(refused.kind).toBe('refused');
		expect(refused.message).toBe('无法连接 http://127.0.0.1:9（连接被拒绝）');
	});
});
