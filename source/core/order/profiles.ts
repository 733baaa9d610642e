// Registrant profiles as the wizard and the headless commands need them: every profile of the account, each
// marked usable or not with the reason (only real-name-verified profiles can register since 2022-03-01).
import type {DomainClient} from '../../api/client.js';
import type {ResponseOf} from '../../api/schema.js';
import {messages} from '../../i18n/index.js';

type RawProfile = ResponseOf<'QueryRegistrantProfiles'>['RegistrantProfiles']['RegistrantProfile'][number];

export interface ProfileView {
	id: number;
	name: string;
	organization?: string;
	email?: string;
	type: 'individual' | 'organization' | 'unknown';
	cnnic: boolean;
	isDefault: boolean;
	usable: boolean;
	/** Why it cannot be chosen, when it cannot. */
	reason?: string;
}

const text = messages({
	AUDITING: {en: 'real-name verification is still under review', zh: '实名认证仍在审核中'},
	FAILED: {
		en: 'real-name verification failed; fix the profile in the console',
		zh: '实名认证未通过；请在控制台修改该注册人信息模板',
	},
	NONAUDIT: {en: 'real-name verification has not been submitted', zh: '尚未提交实名认证'},
	other: {en: (status: string) => `real-name status ${status}`, zh: (status: string) => `实名认证状态 ${status}`},
	unknown: {en: 'unknown', zh: '未知'},
	profile: {en: (id: number) => `profile ${id}`, zh: (id: number) => `模板 ${id}`},
});

function statusReason(status: string | undefined): string {
	if (status === 'AUDITING' || status === 'FAILED' || status === 'NONAUDIT') return text[status];
	return text.other(status ?? text.unknown);
}

export function toProfileView(p: RawProfile): ProfileView {
	const verified = p.RealNameStatus === 'SUCCEED';
	return {
		id: p.RegistrantProfileId,
		name: p.RegistrantName || p.ZhRegistrantName || text.profile(p.RegistrantProfileId),
		organization: p.RegistrantOrganization || p.ZhRegistrantOrganization || undefined,
		email: p.Email || undefined,
		type: p.RegistrantType === '1' ? 'individual' : p.RegistrantType === '2' ? 'organization' : 'unknown',
		cnnic: p.RegistrantProfileType === 'cnnic',
		isDefault: Boolean(p.DefaultRegistrantProfile),
		usable: verified,
		reason: verified ? undefined : statusReason(p.RealNameStatus),
	};
}

/** Every profile, default first, then usable ones, then by name. */
export async function listProfiles(api: Pick<DomainClient, 'queryRegistrantProfiles'>): Promise<ProfileView[]> {
	const out: ProfileView[] = [];
	for (let page = 1; page <= 100; page++) {
		const answer = await api.queryRegistrantProfiles({PageNum: page, PageSize: 500});
		out.push(...answer.RegistrantProfiles.RegistrantProfile.map(toProfileView));
		if (page >= answer.TotalPageNum || answer.RegistrantProfiles.RegistrantProfile.length === 0) break;
	}
	return out.sort(
		(a, b) =>
			Number(b.isDefault) - Number(a.isDefault) || Number(b.usable) - Number(a.usable) || a.name.localeCompare(b.name),
	);
}

/** TLDs the China registry governs: on the international site they need a CNNIC profile. */
export function needsCnnicProfile(domain: string): boolean {
	return /\.(cn|中国|xn--fiqs8s|xn--fiqz9s)$/i.test(domain);
}
