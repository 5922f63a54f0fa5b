/** The CLI's exit codes: 0 nothing of severity feil, 1 at least one feil, 2 bad input. */
export const EXIT_OK = 0;
export const EXIT_FEIL = 1;
export const EXIT_BAD_INPUT = 2;
