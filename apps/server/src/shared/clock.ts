/** Wall-clock time for sessions and lock-out (never for business dates, which live in the database). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
