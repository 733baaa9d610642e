// The status view's engine moved to ui/app/watch-session.ts (only the engine writes files); these names stay here
// until the history screen and the status route import them from there.
export type {RetryIntent, WatchSessionOptions} from '../app/watch-session.js';
