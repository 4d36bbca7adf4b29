import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../calendar/local-date';
import {
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  CONTACT_TARGETS,
  type ContactAttempt,
  type ContactHistory,
  checkContact,
  DEFAULT_CONTACT_POLICY,
  type PastContact,
  STOP_FLAGS,
} from './contact-policy';

const base = '2026-03-01' as LocalDate;
const day = fc.integer({ min: 0, max: 3 }).map((n) => addDays(base, n));
const points = fc.constantFrom('p1', 'p2', 'p3');
const attempt: fc.Arbitrary<ContactAttempt> = fc.record({
  date: day,
  minute: fc.integer({ min: 0, max: 1439 }),
  channel: fc.constantFrom(...CONTACT_CHANNELS),
  target: fc.constantFrom(...CONTACT_TARGETS),
  contactPoint: points,
  automated: fc.boolean(),
});
const pastContact: fc.Arbitrary<PastContact> = fc.record({
  date: day,
  minute: fc.integer({ min: 480, max: 1319 }),
  channel: fc.constantFrom(...CONTACT_CHANNELS),
  target: fc.constantFrom(...CONTACT_TARGETS),
  contactPoint: points,
  outcome: fc.constantFrom(...CONTACT_OUTCOMES),
});
const history: fc.Arbitrary<ContactHistory> = fc.record({
  contacts: fc.array(pastContact, { maxLength: 25 }),
  stopFlags: fc.subarray([...STOP_FLAGS]),
});

describe('checkContact properties', () => {
  it('never allows a contact in quiet hours', () => {
    fc.assert(
      fc.property(attempt, history, (a, h) => {
        const d = checkContact(a, h);
        if (a.minute < 480 || a.minute >= 1320) expect(d.allowed).toBe(false);
      }),
    );
  });

  it('never allows a 4th answered voice contact or a 7th dial of a number in a day', () => {
    fc.assert(
      fc.property(attempt, history, (a, h) => {
        if (!checkContact(a, h).allowed || a.channel !== 'phone') return;
        const today = h.contacts.filter((c) => c.date === a.date && c.channel === 'phone');
        expect(today.filter((c) => c.contactPoint === a.contactPoint).length).toBeLessThan(6);
        if (a.target === 'debtor') {
          const answered = today.filter(
            (c) => c.target === 'debtor' && ['answered', 'promise', 'refused'].includes(c.outcome),
          );
          expect(answered.length).toBeLessThan(3);
        }
      }),
    );
  });

  it('never allows automated contact of a flagged debtor', () => {
    fc.assert(
      fc.property(attempt, history, (a, h) => {
        if (a.automated && h.stopFlags.length > 0) expect(checkContact(a, h).allowed).toBe(false);
      }),
    );
  });

  it('is monotone: adding history never turns a refusal into an allowance', () => {
    fc.assert(
      fc.property(attempt, history, pastContact, (a, h, extra) => {
        // A newer debtor contact that reached them can restart the third-party count, so only compare
        // additions that are not debtor contacts.
        fc.pre(extra.target !== 'debtor');
        if (!checkContact(a, h).allowed) {
          expect(checkContact(a, { ...h, contacts: [...h.contacts, extra] }).allowed).toBe(false);
        }
      }),
    );
  });

  it('a narrower policy never allows what the default refuses', () => {
    const narrow = {
      ...DEFAULT_CONTACT_POLICY,
      allowedFromMinute: 540,
      allowedUntilMinute: 1200,
      maxAnsweredVoicePerDay: 2,
      maxDialsPerNumberPerDay: 4,
    };
    fc.assert(
      fc.property(attempt, history, (a, h) => {
        if (!checkContact(a, h).allowed) expect(checkContact(a, h, narrow).allowed).toBe(false);
      }),
    );
  });
});
