// Any failure as the Notice shows it: the one error presenter's notice (core/error-view.ts).
export {errorNotice as noticeOf} from '../../core/error-view.js';
