/** The parts of the bot one process can run (`start --role`); `all` is every part. */
export const ROLES = ['all', 'poller', 'worker', 'http'] as const;
export type Role = (typeof ROLES)[number];
