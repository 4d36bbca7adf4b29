import type { LocalDate } from '../calendar/local-date';
import { DomainError } from '../errors/domain-error';

/** How a collector reaches someone (GLOSSARY.md `collectionAction` channels). */
export const CONTACT_CHANNELS = ['phone', 'sms', 'letter', 'visit', 'legal'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Who is contacted: the debtor, a guarantor of the loan, or an unrelated third party (RULES.md §10). */
export const CONTACT_TARGETS = ['debtor', 'guarantor', 'third_party'] as const;
export type ContactTarget = (typeof CONTACT_TARGETS)[number];

/** What came of a contact. `answered` and `promise` are reached voice contacts; the rest are failures or other. */
export const CONTACT_OUTCOMES = [
  'answered',
  'promise',
  'no_answer',
  'busy',
  'wrong_number',
  'refused',
  'delivered',
  'visited',
  'not_found',
] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** A debtor's stop flags: each stops automated contact (RULES.md §10). */
export const STOP_FLAGS = ['complaint', 'dispute', 'deceased', 'litigation'] as const;
export type StopFlag = (typeof STOP_FLAGS)[number];

/** A contact about to be made, in the borrower's local time: a plain date and minutes after midnight. */
export interface ContactAttempt {
  readonly date: LocalDate;
  /** 0 … 1439, in the borrower's local time. */
  readonly minute: number;
  readonly channel: ContactChannel;
  readonly target: ContactTarget;
  /** The number or address dialled / visited; dial caps count per number. */
  readonly contactPoint: string;
  /** True when a scheduler (not a person in a conversation the debtor started) makes the contact. */
  readonly automated: boolean;
}

/** A contact already made with this debtor (any target), as recorded. */
export interface PastContact {
  readonly date: LocalDate;
  readonly minute: number;
  readonly channel: ContactChannel;
  readonly target: ContactTarget;
  readonly contactPoint: string;
  readonly outcome: ContactOutcome;
}

export interface ContactHistory {
  /** Every recorded contact of this debtor's case(s), in any order. */
  readonly contacts: readonly PastContact[];
  readonly stopFlags: readonly StopFlag[];
}

export interface ContactPolicySettings {
  /** First minute contact is allowed (default 08:00 = 480). */
  readonly allowedFromMinute: number;
  /** First minute contact is no longer allowed (default 22:00 = 1320). */
  readonly allowedUntilMinute: number;
  readonly maxAnsweredVoicePerDay: number;
  readonly maxDialsPerNumberPerDay: number;
  /** Consecutive failed attempts to reach the debtor before a third party may be contacted. */
  readonly failedAttemptsBeforeThirdParty: number;
}

export const DEFAULT_CONTACT_POLICY: ContactPolicySettings = {
  allowedFromMinute: 8 * 60,
  allowedUntilMinute: 22 * 60,
  maxAnsweredVoicePerDay: 3,
  maxDialsPerNumberPerDay: 6,
  failedAttemptsBeforeThirdParty: 3,
};

/**
 * Checks institution settings against RULES.md §10: they may narrow the policy, never widen it. A wider
 * window, a higher cap or fewer failed attempts before a third party is refused naming the field.
 */
export function validateContactPolicySettings(s: ContactPolicySettings): ContactPolicySettings {
  const d = DEFAULT_CONTACT_POLICY;
  const whole = (v: number, field: string, min: number, max: number) => {
    if (!Number.isInteger(v) || v < min || v > max) {
      throw new DomainError('bad_input', `${field}: must be a whole number from ${min} to ${max}`, field);
    }
  };
  whole(s.allowedFromMinute, 'allowedFromMinute', 0, 1440);
  whole(s.allowedUntilMinute, 'allowedUntilMinute', 0, 1440);
  whole(s.maxAnsweredVoicePerDay, 'maxAnsweredVoicePerDay', 0, 1000);
  whole(s.maxDialsPerNumberPerDay, 'maxDialsPerNumberPerDay', 0, 1000);
  whole(s.failedAttemptsBeforeThirdParty, 'failedAttemptsBeforeThirdParty', 0, 1000);
  const never = (field: string, message: string) =>
    new DomainError('rule_violation', `${field}: ${message}`, field);
  if (s.allowedFromMinute < d.allowedFromMinute)
    throw never('allowedFromMinute', 'contact may not start before 08:00');
  if (s.allowedUntilMinute > d.allowedUntilMinute)
    throw never('allowedUntilMinute', 'contact may not go past 22:00');
  if (s.allowedFromMinute >= s.allowedUntilMinute) {
    throw never('allowedUntilMinute', 'must be later than allowedFromMinute');
  }
  if (s.maxAnsweredVoicePerDay > d.maxAnsweredVoicePerDay) {
    throw never('maxAnsweredVoicePerDay', `may not exceed ${d.maxAnsweredVoicePerDay}`);
  }
  if (s.maxDialsPerNumberPerDay > d.maxDialsPerNumberPerDay) {
    throw never('maxDialsPerNumberPerDay', `may not exceed ${d.maxDialsPerNumberPerDay}`);
  }
  if (s.failedAttemptsBeforeThirdParty < d.failedAttemptsBeforeThirdParty) {
    throw never('failedAttemptsBeforeThirdParty', `may not be below ${d.failedAttemptsBeforeThirdParty}`);
  }
  return s;
}

export type ContactRefusal =
  | 'bad_time'
  | 'quiet_hours'
  | 'stop_flag'
  | 'answered_cap'
  | 'dial_cap'
  | 'third_party_too_early'
  | 'third_party_refused';

export type ContactDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: ContactRefusal; readonly message: string };

const REACHED: ReadonlySet<ContactOutcome> = new Set(['answered', 'promise', 'refused', 'visited']);
const ANSWERED_VOICE: ReadonlySet<ContactOutcome> = new Set(['answered', 'promise', 'refused']);
const FAILED: ReadonlySet<ContactOutcome> = new Set(['no_answer', 'busy', 'wrong_number', 'not_found']);

const hhmm = (m: number) =>
  `${String((m - (m % 60)) / 60).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const refuse = (reason: ContactRefusal, message: string): ContactDecision => ({
  allowed: false,
  reason,
  message,
});

/**
 * RULES.md §10: may this contact be made now? The history is the debtor's recorded contacts; only those
 * on the attempt's date count toward the daily caps. The first failing rule is the reason given.
 */
export function checkContact(
  attempt: ContactAttempt,
  history: ContactHistory,
  settings: ContactPolicySettings = DEFAULT_CONTACT_POLICY,
): ContactDecision {
  const s = validateContactPolicySettings(settings);
  if (!Number.isInteger(attempt.minute) || attempt.minute < 0 || attempt.minute > 1439) {
    return refuse('bad_time', `minute: ${attempt.minute} is not a minute of the day (0 … 1439)`);
  }
  if (attempt.minute < s.allowedFromMinute || attempt.minute >= s.allowedUntilMinute) {
    return refuse(
      'quiet_hours',
      `no contact between ${hhmm(s.allowedUntilMinute)} and ${hhmm(s.allowedFromMinute)} in the borrower's local time (attempt at ${hhmm(attempt.minute)})`,
    );
  }
  if (attempt.automated && history.stopFlags.length > 0) {
    return refuse(
      'stop_flag',
      `automated contact is stopped: ${[...new Set(history.stopFlags)].sort().join(', ')}`,
    );
  }
  const today = history.contacts.filter((c) => c.date === attempt.date);
  const isVoice = attempt.channel === 'phone';
  if (isVoice && attempt.target === 'debtor') {
    const answered = today.filter(
      (c) => c.channel === 'phone' && c.target === 'debtor' && ANSWERED_VOICE.has(c.outcome),
    ).length;
    if (answered >= s.maxAnsweredVoicePerDay) {
      return refuse(
        'answered_cap',
        `the debtor already answered ${answered} calls today (at most ${s.maxAnsweredVoicePerDay})`,
      );
    }
  }
  if (isVoice) {
    const dials = today.filter(
      (c) => c.channel === 'phone' && c.contactPoint === attempt.contactPoint,
    ).length;
    if (dials >= s.maxDialsPerNumberPerDay) {
      return refuse(
        'dial_cap',
        `${dials} dial attempts to this number today (at most ${s.maxDialsPerNumberPerDay})`,
      );
    }
  }
  if (attempt.target === 'third_party') {
    const refusedBefore = history.contacts.some(
      (c) => c.target === 'third_party' && c.contactPoint === attempt.contactPoint && c.outcome === 'refused',
    );
    if (refusedBefore)
      return refuse('third_party_refused', 'this third party refused contact and is never contacted again');
    const failed = consecutiveFailedDebtorAttempts(history.contacts);
    if (failed < s.failedAttemptsBeforeThirdParty) {
      return refuse(
        'third_party_too_early',
        `a third party may be contacted only after ${s.failedAttemptsBeforeThirdParty} consecutive failed attempts to reach the debtor (${failed} so far)`,
      );
    }
  }
  return { allowed: true };
}

/** The run of failed attempts to reach the debtor since the debtor was last reached, newest first. */
export function consecutiveFailedDebtorAttempts(contacts: readonly PastContact[]): number {
  const debtor = contacts
    .filter((c) => c.target === 'debtor')
    .slice()
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.minute - a.minute));
  let n = 0;
  for (const c of debtor) {
    if (FAILED.has(c.outcome)) n++;
    else if (REACHED.has(c.outcome)) break;
  }
  return n;
}
