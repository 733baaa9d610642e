// One screen at a time, chosen by the wizard's state.
import {AccountsScreen} from '../screens/AccountsScreen.js';
import {AddAccountScreen} from '../screens/AddAccountScreen.js';
import {AvailabilityScreen} from '../screens/AvailabilityScreen.js';
import {DomainListScreen} from '../screens/DomainListScreen.js';
import {ExpiryScreen} from '../screens/ExpiryScreen.js';
import {FirstRunScreen} from '../screens/FirstRunScreen.js';
import {HomeScreen} from '../screens/HomeScreen.js';
import {OptionsScreen} from '../screens/OptionsScreen.js';
import {ProfileScreen} from '../screens/ProfileScreen.js';
import {RedemptionPickerScreen} from '../screens/RedemptionPickerScreen.js';
import {RenewalPickerScreen} from '../screens/RenewalPickerScreen.js';
import {ReviewScreen} from '../screens/ReviewScreen.js';
import {SubmitScreen} from '../screens/SubmitScreen.js';
import {useWizard} from './contexts.js';
import {HistoryRoute, StatusRoute} from './StatusRoute.js';

export const Router = ({stopping}: {stopping: boolean}) => {
	const {screen, operation} = useWizard();
	switch (screen) {
		case 'first-run': {
			return <FirstRunScreen />;
		}

		case 'accounts': {
			return <AccountsScreen />;
		}

		case 'add-account': {
			return <AddAccountScreen />;
		}

		case 'home': {
			return <HomeScreen />;
		}

		case 'history': {
			return <HistoryRoute stopping={stopping} />;
		}

		case 'status': {
			return <StatusRoute />;
		}

		case 'picker': {
			return operation === 'renew' ? <RenewalPickerScreen /> : <RedemptionPickerScreen />;
		}

		case 'domains': {
			return <DomainListScreen />;
		}

		case 'availability': {
			return <AvailabilityScreen />;
		}

		case 'expiry': {
			return <ExpiryScreen />;
		}

		case 'profile': {
			return <ProfileScreen />;
		}

		case 'options': {
			return <OptionsScreen />;
		}

		case 'review': {
			return <ReviewScreen />;
		}

		case 'submit': {
			return <SubmitScreen stopping={stopping} />;
		}
	}
};
