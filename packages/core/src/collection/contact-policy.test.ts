import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../calendar/local-date';
import {
  type ContactAttempt,
  type ContactHistory,
  checkContact,
  consecutiveFailedDebtorAttempts,
  DEFAULT_CONTACT_POLICY,
  type PastContact,
  validateContactPolicySettings,
} from './contact-policy';

const day = '2026-03-10' as LocalDate;
const at = (hh: number, mm: number) => hh * 60 + mm;
const call = (minute: number, over: Partial<ContactAttempt> = {}): ContactAttempt => ({
  date: day,
  minute,
  channel: 'phone',
  target: 'debtor',
  contactPoint: '13800000001',
  automated: false,
  ...over,
});
const past = (over: Partial<PastContact>): PastContact => ({
  date: day,
  minute: at(9, 0),
  channel: 'phone',
  target: 'debtor',
  contactPoint: '13800000001',
  outcome: 'answered',
  ...over,
});
const none: ContactHistory = { contacts: [], stopFlags: [] };

describe('checkContact — quiet hours (RULES.md §10)', () => {
  it('allows 21:59 and 08:00, refuses 22:00 and 07:59', () => {
    expect(checkContact(call(at(21, 59)), none)).toEqual({ allowed: true });
    expect(checkContact(call(at(8, 0)), none)).toEqual({ allowed: true });
    const late = checkContact(call(at(22, 0)), none);
    expect(late).toMatchObject({ allowed: false, reason: 'quiet_hours' });
    if (!late.allowed) expect(late.message).toContain('22:00');
    expect(checkContact(call(at(7, 59)), none)).toMatchObject({ allowed: false, reason: 'quiet_hours' });
    expect(checkContact(call(0), none)).toMatchObject({ allowed: false, reason: 'quiet_hours' });
  });

  it('applies a narrower configured window', () => {
    const s = { ...DEFAULT_CONTACT_POLICY, allowedFromMinute: at(9, 0), allowedUntilMinute: at(20, 0) };
    expect(checkContact(call(at(8, 30)), none, s)).toMatchObject({ reason: 'quiet_hours' });
    expect(checkContact(call(at(20, 0)), none, s)).toMatchObject({ reason: 'quiet_hours' });
    expect(checkContact(call(at(19, 59)), none, s)).toEqual({ allowed: true });
  });

  it('refuses minutes outside the day', () => {
    expect(checkContact(call(1440), none)).toMatchObject({ reason: 'bad_time' });
    expect(checkContact(call(-1), none)).toMatchObject({ reason: 'bad_time' });
    expect(checkContact(call(600.5), none)).toMatchObject({ reason: 'bad_time' });
  });
});

describe('settings never widen the policy', () => {
  it.each([
    ['allowedFromMinute', { allowedFromMinute: at(7, 59) }],
    ['allowedUntilMinute', { allowedUntilMinute: at(22, 1) }],
    ['maxAnsweredVoicePerDay', { maxAnsweredVoicePerDay: 4 }],
    ['maxDialsPerNumberPerDay', { maxDialsPerNumberPerDay: 7 }],
    ['failedAttemptsBeforeThirdParty', { failedAttemptsBeforeThirdParty: 2 }],
  ])('refuses a wider %s', (field, over) => {
    expect(() => validateContactPolicySettings({ ...DEFAULT_CONTACT_POLICY, ...over })).toThrow(
      expect.objectContaining({ code: 'rule_violation', field }),
    );
    expect(() => checkContact(call(at(10, 0)), none, { ...DEFAULT_CONTACT_POLICY, ...over })).toThrow();
  });

  it('refuses an empty window and non-integers naming the field', () => {
    expect(() =>
      validateContactPolicySettings({
        ...DEFAULT_CONTACT_POLICY,
        allowedFromMinute: at(12, 0),
        allowedUntilMinute: at(12, 0),
      }),
    ).toThrow(expect.objectContaining({ field: 'allowedUntilMinute' }));
    expect(() =>
      validateContactPolicySettings({ ...DEFAULT_CONTACT_POLICY, maxDialsPerNumberPerDay: 2.5 }),
    ).toThrow(expect.objectContaining({ code: 'bad_input', field: 'maxDialsPerNumberPerDay' }));
  });
});

describe('daily caps', () => {
  it('refuses the 4th answered voice contact of the day, not the 3rd', () => {
    const two = {
      contacts: [past({ minute: 540 }), past({ minute: 600, outcome: 'promise' })],
      stopFlags: [],
    };
    expect(checkContact(call(at(11, 0)), two)).toEqual({ allowed: true });
    const three = {
      contacts: [...two.contacts, past({ minute: 660, contactPoint: '13900000002' })],
      stopFlags: [],
    };
    expect(checkContact(call(at(12, 0), { contactPoint: '13700000003' }), three)).toMatchObject({
      allowed: false,
      reason: 'answered_cap',
    });
    // Another day starts a new count; an SMS is not a voice contact.
    expect(checkContact(call(at(12, 0), { date: '2026-03-11' as LocalDate }), three)).toEqual({
      allowed: true,
    });
    expect(checkContact(call(at(12, 0), { channel: 'sms' }), three)).toEqual({ allowed: true });
  });

  it('refuses the 7th dial to one number in a day, not the 6th, and counts per number', () => {
    const dials = (n: number) =>
      Array.from({ length: n }, (_, i) => past({ minute: at(9, i), outcome: 'no_answer' }));
    expect(checkContact(call(at(12, 0)), { contacts: dials(5), stopFlags: [] })).toEqual({ allowed: true });
    expect(checkContact(call(at(12, 0)), { contacts: dials(6), stopFlags: [] })).toMatchObject({
      allowed: false,
      reason: 'dial_cap',
    });
    expect(
      checkContact(call(at(12, 0), { contactPoint: 'other' }), { contacts: dials(6), stopFlags: [] }),
    ).toEqual({
      allowed: true,
    });
  });
});

describe('third parties and stop flags', () => {
  const failed = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      past({ minute: at(9, i), outcome: 'no_answer', contactPoint: `p${i}` }),
    );
  const third = call(at(15, 0), { target: 'third_party', contactPoint: '13600000009' });

  it('allows a third party only after 3 consecutive failed attempts to reach the debtor', () => {
    expect(checkContact(third, { contacts: failed(2), stopFlags: [] })).toMatchObject({
      reason: 'third_party_too_early',
    });
    expect(checkContact(third, { contacts: failed(3), stopFlags: [] })).toEqual({ allowed: true });
    // Reaching the debtor restarts the run.
    const reached = [...failed(3), past({ minute: at(10, 0), outcome: 'answered', contactPoint: 'x' })];
    expect(checkContact(third, { contacts: reached, stopFlags: [] })).toMatchObject({
      reason: 'third_party_too_early',
    });
  });

  it('never contacts again a third party who refused', () => {
    const contacts = [
      ...failed(3),
      past({ minute: at(11, 0), target: 'third_party', contactPoint: '13600000009', outcome: 'refused' }),
    ];
    const next = { ...third, date: '2026-04-01' as LocalDate };
    expect(checkContact(next, { contacts, stopFlags: [] })).toMatchObject({ reason: 'third_party_refused' });
  });

  it('stop flags stop automated contact only', () => {
    const flagged: ContactHistory = { contacts: [], stopFlags: ['complaint'] };
    expect(checkContact(call(at(10, 0), { automated: true }), flagged)).toMatchObject({
      reason: 'stop_flag',
    });
    expect(checkContact(call(at(10, 0)), flagged)).toEqual({ allowed: true });
  });

  it('counts failures newest first, ignoring neutral outcomes', () => {
    const contacts = [
      past({ date: '2026-03-08' as LocalDate, outcome: 'answered' }),
      past({ date: '2026-03-09' as LocalDate, outcome: 'busy' }),
      past({ outcome: 'delivered', channel: 'sms' }),
      past({ minute: at(10, 0), outcome: 'no_answer' }),
    ];
    expect(consecutiveFailedDebtorAttempts(contacts)).toBe(2);
  });
});
