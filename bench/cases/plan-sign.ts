// Plan and sign the requests for a 100,000-domain registration (1,000 tasks of 100). Target (docs/performance.md): ≤ 3×
// the reference. Reference: bare node hashing and HMAC-signing bodies of the same size built with URLSearchParams.
import {createHash, createHmac} from 'node:crypto';
import {flattenParams} from '../../source/api/encode.js';
import {buildRequest, type TransportConfig} from '../../source/api/transport.js';
import {activateItem} from '../../source/core/order/order-items.js';
import {planBatches} from '../../source/core/order/task-size.js';
import {report, timeMs} from '../lib.js';

const domains = Array.from({length: 100_000}, (_, i) => `launch-name-${i}.com`);
const options = {profileId: 1234567, years: 1, privacy: true, premium: false, trademark: false};
const config: TransportConfig = {
	credentials: {accessKeyId: 'bench', accessKeySecret: 'bench-secret'},
	endpoint: 'https://domain.aliyuncs.com',
	version: '2018-01-29',
	signature: 'v3',
	timeoutMs: 1000,
	now: () => new Date(),
};

let bytes = 0;
const ours = await timeMs(() => {
	bytes = 0;
	for (const chunk of planBatches(domains, 100)) {
		const params = flattenParams({OrderActivateParam: chunk.map((d) => activateItem(d, options))});
		bytes += buildRequest(config, 'SaveBatchTaskForCreatingOrderActivate', params).body.length;
	}
});

const reference = await timeMs(() => {
	for (let c = 0; c < domains.length; c += 100) {
		const form = new URLSearchParams();
		domains.slice(c, c + 100).forEach((d, i) => {
			form.set(`OrderActivateParam.${i + 1}.DomainName`, d);
			form.set(`OrderActivateParam.${i + 1}.RegistrantProfileId`, '1234567');
		});
		const body = form.toString();
		const hash = createHash('sha256').update(body).digest('hex');
		createHmac('sha256', 'bench-secret').update(hash).digest('hex');
	}
});

report({
	name: `plan + sign 100,000 domains (${(bytes / 1e6).toFixed(1)} MB of requests)`,
	value: ours,
	unit: 'ms',
	reference,
	target: '≤ 3× the reference',
	limit: {ratio: 3},
});
