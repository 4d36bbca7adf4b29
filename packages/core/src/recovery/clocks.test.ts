import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../calendar/local-date';
import { guaranteeClock, limitationClock } from './clocks';

const d = (s: string) => s as LocalDate;

describe('limitationClock (诉讼时效)', () => {
  it('runs 3 years from the last due date', () => {
    const c = limitationClock(d('2024-02-29'), []);
    expect(c).toEqual({ startsOn: '2024-02-29', endsOn: '2027-02-28', restartedBy: null, lateEvents: [] });
  });
  it('a demand or acknowledgement inside the period restarts it from its date', () => {
    const c = limitationClock(d('2024-01-10'), [
      { date: d('2025-06-01'), kind: 'demand' },
      { date: d('2026-03-15'), kind: 'acknowledgement' },
    ]);
    expect(c.startsOn).toBe('2026-03-15');
    expect(c.endsOn).toBe('2029-03-15');
    expect(c.restartedBy).toEqual({ date: '2026-03-15', kind: 'acknowledgement' });
  });
  it('a demand on the last day still restarts; the day after does not revive it', () => {
    expect(limitationClock(d('2024-01-10'), [{ date: d('2027-01-10'), kind: 'demand' }]).endsOn).toBe(
      '2030-01-10',
    );
    const late = limitationClock(d('2024-01-10'), [{ date: d('2027-01-11'), kind: 'demand' }]);
    expect(late.endsOn).toBe('2027-01-10');
    expect(late.lateEvents).toHaveLength(1);
  });
  it('events in any order give the same clock; events before the start are ignored', () => {
    const events = [
      { date: d('2026-01-01'), kind: 'demand' as const },
      { date: d('2023-01-01'), kind: 'demand' as const },
      { date: d('2025-01-01'), kind: 'litigation_filed' as const },
    ];
    const a = limitationClock(d('2024-01-10'), events);
    const b = limitationClock(d('2024-01-10'), [...events].reverse());
    expect(a).toEqual(b);
    expect(a.endsOn).toBe('2029-01-01');
  });
});

describe('guaranteeClock (保证期间)', () => {
  it('runs 6 months after maturity, month-end clamped', () => {
    const c = guaranteeClock(d('2025-08-31'), [], d('2025-09-01'));
    expect(c).toEqual({
      endsOn: '2026-02-28',
      status: 'running',
      preservedOn: null,
      guarantorLimitation: null,
    });
  });
  it('lapses the day after the end without a demand', () => {
    expect(guaranteeClock(d('2025-08-31'), [], d('2026-02-28')).status).toBe('running');
    expect(guaranteeClock(d('2025-08-31'), [], d('2026-03-01')).status).toBe('lapsed');
  });
  it('a demand within the period preserves the claim and starts the guarantor’s 3 years', () => {
    const c = guaranteeClock(d('2025-08-31'), [d('2026-01-05'), d('2027-01-05')], d('2028-01-01'));
    expect(c.status).toBe('preserved');
    expect(c.preservedOn).toBe('2026-01-05');
    expect(c.guarantorLimitation?.endsOn).toBe('2030-01-05');
  });
  it('a demand before maturity or after the end does not preserve it', () => {
    const c = guaranteeClock(d('2025-08-31'), [d('2025-08-01'), d('2026-03-01')], d('2026-04-01'));
    expect(c.status).toBe('lapsed');
  });
  it('the period length is configurable', () => {
    expect(guaranteeClock(d('2025-01-15'), [], d('2025-02-01'), 24).endsOn).toBe('2027-01-15');
  });
});
