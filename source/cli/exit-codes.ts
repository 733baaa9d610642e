export const EXIT = {ok: 0, error: 1, usage: 2, someFailed: 3} as const;
