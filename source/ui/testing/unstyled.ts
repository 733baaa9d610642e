import {stripVTControlCharacters} from 'node:util';

/** A frame as a person reads it: colours and other escape codes removed. */
export const unstyled = (frame: string | undefined): string => stripVTControlCharacters(frame ?? '');
