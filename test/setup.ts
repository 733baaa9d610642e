// Loaded before every test file: the Public Suffix List the name rules use is loaded on demand in the app (see
// source/core/names/public-suffix.ts), and tests parse names directly.
import {loadPublicSuffixList} from '../source/core/names/public-suffix.js';

await loadPublicSuffixList();
