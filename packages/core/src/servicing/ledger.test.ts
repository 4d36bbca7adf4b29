import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day } from '../../test/helpers';
import type { Fen } from '../money/fen';
import {
  compoundOwed,
  hasUnpaidDue,
  type InstallmentLedger,
  isInstallmentCleared,
  microToFen,
  openLedger,
  penaltyOwed,
} from './ledger';

const base: InstallmentLedger = openLedger(
  [{ period: 1, dueDate: day('2026-02-10'), principal: 1000 as Fen, interest: 50 as Fen }],
  day('2026-01-10'),
).installments[0]!;

describe('ledger', () => {
  it('opens with nothing paid or accrued, accrued through the disbursement date', () => {
    const l = openLedger(
      [{ period: 1, dueDate: day('2026-02-10'), principal: 1000 as Fen, interest: 50 as Fen }],
      day('2026-01-10'),
    );
    expect(l.accruedThrough).toBe('2026-01-10');
    expect(l.creditBalance).toBe(0);
    expect(base).toMatchObject({ principalPaid: 0, interestPaid: 0, penaltyMicro: 0n, compoundMicro: 0n });
  });

  it('turns micro-fen into fen half up', () => {
    expect(microToFen(0n)).toBe(0);
    expect(microToFen(499_999n)).toBe(0);
    expect(microToFen(500_000n)).toBe(1);
    expect(microToFen(1_499_999n)).toBe(1);
    expect(microToFen(15_279_956_250n)).toBe(15280);
  });

  it('owes the rounded accrual minus what was paid', () => {
    const i = { ...base, penaltyMicro: 2_600_000n, penaltyPaid: 1 as Fen, compoundMicro: 400_000n };
    expect(penaltyOwed(i)).toBe(2);
    expect(compoundOwed(i)).toBe(0);
  });

  it('counts unpaid principal or interest for DPD, everything for cleared', () => {
    expect(hasUnpaidDue(base)).toBe(true);
    const paid = { ...base, principalPaid: 1000 as Fen, interestPaid: 50 as Fen };
    expect(hasUnpaidDue(paid)).toBe(false);
    expect(isInstallmentCleared(paid)).toBe(true);
    expect(isInstallmentCleared({ ...paid, penaltyMicro: 500_000n })).toBe(false);
    expect(isInstallmentCleared({ ...paid, penaltyMicro: 499_999n })).toBe(true);
    expect(isInstallmentCleared({ ...paid, compoundMicro: 700_000n, compoundPaid: 1 as Fen })).toBe(true);
    expect(isInstallmentCleared({ ...paid, feeDue: 10 as Fen })).toBe(false);
  });
});

describe('microToFen', () => {
  it('rounds half up exactly like the BigInt formula, below and above 2^53', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.bigInt({ min: 0n, max: 10n ** 22n })),
        (micro) => {
          expect(microToFen(micro)).toBe(Number((micro * 2n + 1_000_000n) / 2_000_000n));
        },
      ),
      { numRuns: 5000 },
    );
    for (const edge of [
      499_999n,
      500_000n,
      1_499_999n,
      1_500_000n,
      9_007_199_254_740_991n,
      9_007_199_253_740_991n,
    ]) {
      expect(microToFen(edge)).toBe(Number((edge * 2n + 1_000_000n) / 2_000_000n));
    }
  });
});
