// eslint-disable-next-line no-control-regex
const ansi = /\u001B\[[0-9;?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

/** A frame as a person reads it: colours and other escape codes removed. */
export const unstyled = (frame: string | undefined): string => (frame ?? '').replace(ansi, '');
