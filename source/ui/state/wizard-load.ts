// What a step loaded from the account is at any moment: not asked yet, on its way, there, or failed with the notice
// to show. The per-step slices of the wizard's state (wizard-*.ts) wrap what they load in it.
import type {NoticeError} from '../components/Notice.js';

export type Load<T> = {status: 'idle' | 'loading' | 'done' | 'error'; error?: NoticeError} & T;
