// CheckDomain's FeeCurrency is documented with USD only (docs/api.md): sent on the international site, left out on the
// China site, where prices come in the API's default, CNY.

export function feeCurrency(currency: 'CNY' | 'USD' | undefined): {FeeCurrency?: 'USD'} {
	return currency === 'USD' ? {FeeCurrency: 'USD'} : {};
}
