// The exit codes of the headless commands (README, "Exit codes"; `--help` says the same).
/**
 * 3: the batch finished but some domains failed (or failed before for a reason that still holds);
 * 4: domains were held back because an earlier request is still undecided; run again when the output says;
 * 5: nothing was sent and names the user listed were left out: another task holds them (another run is sending
 *    them), or the account refused them.
 */
export const EXIT = {ok: 0, error: 1, usage: 2, someFailed: 3, heldBack: 4, leftOut: 5} as const;
