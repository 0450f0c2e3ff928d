/** Milliseconds in a day: the one length the bot counts its days, windows and deadlines in. */
export const DAY_MS = 86_400_000;
