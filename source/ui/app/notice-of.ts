// Any failure as the Notice shows it: the one error presenter's notice (core/words/error-view.ts).
export {errorNotice as noticeOf} from '../../core/words/error-view.js';
