// The review's loader: each time the review is entered, the one prepared order (core/order/prepared-order.ts) says
// what goes and what is left out with its reason: ordered already, in flight, or failed before for a reason that
// still holds (the never-order-twice check, docs/never-order-twice.md). It only reads; nothing is sent from here.
import {useEffect, useRef, type Dispatch} from 'react';
import {prepareOrder} from '../../core/order/prepared-order.js';
import type {Runtime} from '../../runtime.js';
import type {WizardAction, WizardState} from '../state/wizard-state.js';
import {noticeOf} from './notice-of.js';
import {orderInputOf, prepareOptionsOf} from './plan-of.js';

export function useReviewCheck({
	state,
	dispatch,
	runtime,
}: {
	state: WizardState;
	dispatch: Dispatch<WizardAction>;
	runtime?: Runtime;
}) {
	const latest = useRef(state);
	latest.current = state;
	const {screen} = state;
	const {status} = state.review;
	useEffect(() => {
		if (!runtime || screen !== 'review' || status !== 'idle') {
			return;
		}

		dispatch({type: 'review-checking'});
		const current = {...latest.current, review: {status: 'loading' as const, excluded: []}};
		prepareOrder(runtime, orderInputOf(current), prepareOptionsOf(current)).then(
			(order) =>
				dispatch({type: 'review-ready', excluded: order.leftOut.map(({domain, reason}) => ({domain, reason}))}),
			(error) => dispatch({type: 'review-failed', error: noticeOf(error)}),
		);
	}, [runtime, screen, status, dispatch]);
}
