export {Header, type HeaderProps} from './Header.js';
export {HelpOverlay, useHelpToggle, type HelpOverlayProps} from './HelpOverlay.js';
export {fitHints, KeyBar, type KeyBarProps} from './KeyBar.js';
export {Notice, type NoticeError, type NoticeKind, type NoticeProps} from './Notice.js';
export {formatBar, formatPercent, ProgressBar, type ProgressBarProps} from './ProgressBar.js';
export {SelectList, type SelectListItem, type SelectListProps} from './SelectList.js';
export {Spinner, type SpinnerProps} from './Spinner.js';
export {TextField, type TextFieldProps} from './TextField.js';
export {WindowedList, type WindowedListProps} from './WindowedList.js';
