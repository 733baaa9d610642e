import {describe, expect, it} from 'vitest';
import {defaultOrderOptions} from '../../../source/core/order/order-options.js';
import {readForm} from '../../../source/ui/screens/OptionsScreen.js';

const form = (dns1: string, dns2: string) => ({
	years: '1',
	dns1,
	dns2,
	coupon: '',
	promotion: '',
	batchSize: '100',
	customDns: true,
	privacy: true,
	premium: false,
	trademark: false,
});

describe('the Options form', () => {
	it('refuses one name server written twice, on the second field, and keeps one spelling of two different ones', () => {
		const same = readForm(form('ns1.x.net', 'NS1.x.net.'), defaultOrderOptions());
		expect(same).toEqual({
			ok: false,
			field: 'dns2',
			reason: "DNS 2: 'NS1.x.net.' is the same name server as ns1.x.net; give two different name servers",
		});
		const two = readForm(form('NS1.x.net.', 'ns2.x.net'), defaultOrderOptions());
		expect(two.ok && two.options.dns).toEqual(['ns1.x.net', 'ns2.x.net']);
	});
});
