// The words of OptionsScreen, in English and Chinese.
import {messages} from '../../i18n/index.js';

export const text = messages({
	registerTitle: {en: 'Register · Options', zh: '注册域名 · 选项'},
	redeemTitle: {en: 'Redeem · Options', zh: '赎回域名 · 选项'},
	renewTitle: {en: 'Renew · Options', zh: '续费域名 · 选项'},
	years: {en: 'Years (1–10)', zh: '年限 (1–10)'},
	yearsReason: {en: 'Years', zh: '年限'},
	dns: {en: 'DNS', zh: 'DNS'},
	customDns: {en: 'custom name servers', zh: '自定义 DNS 服务器'},
	alibabaDns: {en: 'Alibaba Cloud DNS', zh: '阿里云 DNS'},
	privacy: {en: 'Privacy proxy', zh: '隐私保护'},
	on: {en: 'on', zh: '开启'},
	off: {en: 'off', zh: '关闭'},
	premium: {en: 'Allow premium', zh: '允许溢价域名'},
	premiumOn: {en: 'yes, at the premium price', zh: '是，按溢价价格'},
	trademark: {en: 'Allow trademark', zh: '允许商标域名'},
	yes: {en: 'yes', zh: '是'},
	no: {en: 'no', zh: '否'},
	coupon: {en: 'Coupon', zh: '优惠券'},
	promotion: {en: 'Promotion', zh: '促销活动'},
	none: {en: 'none', zh: '无'},
	batchSize: {en: 'Domains per task', zh: '每个任务的域名数'},
	batchSizeReason: {en: 'Batch size', zh: '每批数量'},
	fieldLong: {en: 'Move between the options', zh: '在选项之间移动'},
	continueLong: {en: 'Check the options and go on to the review', zh: '检查选项并进入确认页'},
});
