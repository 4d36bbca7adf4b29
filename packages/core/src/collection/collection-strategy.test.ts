import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../calendar/local-date';
import {
  DEFAULT_COLLECTION_STRATEGY,
  isPromiseBroken,
  stageOf,
  tasksToCreate,
  validateCollectionStrategy,
} from './collection-strategy';

describe('collection strategy (RULES.md §12)', () => {
  it('stages at the edges', () => {
    expect(stageOf(0)).toBeNull();
    expect(stageOf(1)?.stage).toBe('early');
    expect(stageOf(7)?.stage).toBe('early');
    expect(stageOf(8)?.stage).toBe('contact');
    expect(stageOf(30)?.stage).toBe('contact');
    expect(stageOf(31)?.stage).toBe('formal');
    expect(stageOf(90)?.stage).toBe('formal');
    expect(stageOf(91)?.stage).toBe('legal');
  });

  it('creates the stage tasks once', () => {
    expect(tasksToCreate(10, [])).toEqual([
      { stage: 'contact', kind: 'call' },
      { stage: 'contact', kind: 'visit' },
    ]);
    expect(tasksToCreate(10, [{ stage: 'contact', kind: 'call' }])).toEqual([
      { stage: 'contact', kind: 'visit' },
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), (dpd) => {
        const first = tasksToCreate(dpd, []);
        expect(tasksToCreate(dpd, first)).toEqual([]);
      }),
    );
  });

  it('refuses a strategy not starting at DPD 1', () => {
    expect(() => validateCollectionStrategy([{ stage: 'early', fromDpd: 2, tasks: [] }])).toThrow(
      expect.objectContaining({ field: 'strategy[0].fromDpd' }),
    );
    expect(validateCollectionStrategy(DEFAULT_COLLECTION_STRATEGY)).toBe(DEFAULT_COLLECTION_STRATEGY);
  });

  it('a promise is broken at the end of its date, when less than promised came in', () => {
    const p = { promisedOn: '2026-03-01' as LocalDate, promiseDate: '2026-03-05' as LocalDate, amount: 1000 };
    expect(isPromiseBroken(p, 0, '2026-03-04' as LocalDate)).toBe(false);
    expect(isPromiseBroken(p, 0, '2026-03-05' as LocalDate)).toBe(true);
    expect(isPromiseBroken(p, 999, '2026-03-06' as LocalDate)).toBe(true);
    expect(isPromiseBroken(p, 1000, '2026-03-06' as LocalDate)).toBe(false);
  });
});
