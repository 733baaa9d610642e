// What each operation is called, in lowercase (a batch's kind in lists and summaries) and as a title (the home
// menu, the draft note): written once for register, redeem and renew, in both languages.
import {messages} from '../../i18n/index.js';
import type {Operation} from '../order/order-items.js';

const names = messages({
	register: {en: 'register', zh: '注册'},
	redeem: {en: 'redeem', zh: '赎回'},
	renew: {en: 'renew', zh: '续费'},
	Register: {en: 'Register', zh: '注册'},
	Redeem: {en: 'Redeem', zh: '赎回'},
	Renew: {en: 'Renew', zh: '续费'},
});

/** `register`, `redeem`, `renew` (注册, 赎回, 续费); any other text (a task type not ours) is returned as it is. */
export function operationName(operation: Operation | string): string {
	return operation === 'register' || operation === 'redeem' || operation === 'renew' ? names[operation] : operation;
}

/** `Register`, `Redeem`, `Renew`. */
export function operationTitle(operation: Operation): string {
	return names[operation === 'register' ? 'Register' : operation === 'redeem' ? 'Redeem' : 'Renew'];
}
