/** 4: domains were held back because an earlier request is still undecided; run again when the output says. */
export const EXIT = {ok: 0, error: 1, usage: 2, someFailed: 3, heldBack: 4} as const;
