import type { LoginFailureCounts } from '@daihou/db';
import type { LoginPolicy } from '../../config';

/**
 * Lock-out and throttling of failed sign-ins. A username is locked for `lockMinutes` after the failure
 * that brought it to `maxFailuresPerUser` within `windowMinutes`; a client address likewise at
 * `maxFailuresPerClient` (many usernames from one place: password spraying). Attempts while locked are
 * refused without checking the password and are not counted, so a lock ends on time.
 * Returns the seconds until the caller may try again, or null when an attempt is allowed.
 */
export function loginRetryAfter(counts: LoginFailureCounts, policy: LoginPolicy, now: Date): number | null {
  const lockMs = policy.lockMinutes * 60_000;
  const until = (n: number, max: number, latest: number | null): number =>
    n >= max && latest !== null ? latest + lockMs : 0;
  const lockedUntil = Math.max(
    until(counts.usernameFailures, policy.maxFailuresPerUser, counts.usernameLatest),
    until(counts.clientFailures, policy.maxFailuresPerClient, counts.clientLatest),
  );
  const waitMs = lockedUntil - now.getTime();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : null;
}
