import {useEffect, useState} from 'react';

/** The time, refreshed every `everyMs` while active: for elapsed times and countdowns. */
export const useNow = (everyMs = 1000, isActive = true): number => {
	const [now, setNow] = useState(() => Date.now());

	useEffect(() => {
		if (!isActive) {
			return;
		}

		setNow(Date.now());
		const timer = setInterval(() => {
			setNow(Date.now());
		}, everyMs);
		return () => {
			clearInterval(timer);
		};
	}, [everyMs, isActive]);

	return now;
};
