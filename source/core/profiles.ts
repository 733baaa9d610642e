// Registrant profiles as the wizard and the headless commands need them: every profile of the account, each
// marked usable or not with the reason (only real-name-verified profiles can register since 2022-03-01).
import type {DomainClient} from '../api/client.js';
import type {ResponseOf} from '../api/schema.js';

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

const STATUS_REASON: Record<string, string> = {
	AUDITING: 'real-name verification is still under review',
	FAILED: 'real-name verification failed; fix the profile in the console',
	NONAUDIT: 'real-name verification has not been submitted',
};

export function toProfileView(p: RawProfile): ProfileView {
	const verified = p.RealNameStatus === 'SUCCEED';
	return {
		id: p.RegistrantProfileId,
		name: p.RegistrantName || p.ZhRegistrantName || `profile ${p.RegistrantProfileId}`,
		organization: p.RegistrantOrganization || p.ZhRegistrantOrganization || undefined,
		email: p.Email || undefined,
		type: p.RegistrantType === '1' ? 'individual' : p.RegistrantType === '2' ? 'organization' : 'unknown',
		cnnic: p.RegistrantProfileType === 'cnnic',
		isDefault: Boolean(p.DefaultRegistrantProfile),
		usable: verified,
		reason: verified ? undefined : STATUS_REASON[p.RealNameStatus ?? ''] ?? `real-name status ${p.RealNameStatus ?? 'unknown'}`,
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
	return out.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || Number(b.usable) - Number(a.usable) || a.name.localeCompare(b.name));
}

/** TLDs the China registry governs: on the international site they need a CNNIC profile. */
export function needsCnnicProfile(domain: string): boolean {
	return /\.(cn|中国|xn--fiqs8s|xn--fiqz9s)$/i.test(domain);
}
