import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../calendar/local-date';
import {
  type ClockFacts,
  collateralExpirySignal,
  dpdSignal,
  evaluateSignals,
  guaranteePeriodSignal,
  guarantorExposureSignal,
  type InstallmentFacts,
  isLate,
  type LoanSignalFacts,
  limitationSignal,
  partialPaymentsSignal,
  repeatedLateSignal,
  DEFAULT_WARNING_SETTINGS as S,
  signalsToRaise,
  validateWarningSettings,
} from './warning-signals';

const d = (s: string) => s as LocalDate;
const inst = (
  period: number,
  dueDate: string,
  paid: number,
  paidOffOn: string | null,
  due = 1000,
): InstallmentFacts => ({
  period,
  dueDate: d(dueDate),
  due,
  paid,
  paidOffOn: paidOffOn === null ? null : d(paidOffOn),
});
const facts = (over: Partial<LoanSignalFacts> = {}): LoanSignalFacts => ({
  loanId: '1',
  dpd: 0,
  installments: [],
  guarantors: [],
  circle: null,
  ...over,
});

describe('dpd thresholds', () => {
  it('raises the highest threshold crossed, nothing at 0', () => {
    expect(dpdSignal(0, S)).toBeNull();
    expect(dpdSignal(1, S)).toMatchObject({ code: 'dpd_1', level: 'blue' });
    expect(dpdSignal(30, S)).toMatchObject({ code: 'dpd_1' });
    expect(dpdSignal(31, S)).toMatchObject({ code: 'dpd_31', level: 'yellow' });
    expect(dpdSignal(61, S)).toMatchObject({ code: 'dpd_61', level: 'orange' });
    expect(dpdSignal(400, S)).toMatchObject({
      code: 'dpd_91',
      level: 'red',
      evidence: { dpd: 400, threshold: 91 },
    });
  });

  it('refuses thresholds that are not ascending whole days', () => {
    expect(() =>
      validateWarningSettings({
        ...S,
        dpdThresholds: [
          { dpd: 30, level: 'blue' },
          { dpd: 30, level: 'red' },
        ],
      }),
    ).toThrow(expect.objectContaining({ field: 'dpdThresholds[1].dpd' }));
    expect(() => validateWarningSettings({ ...S, lateCount: 7 })).toThrow(
      expect.objectContaining({ field: 'lateCount' }),
    );
  });
});

describe('payment behaviour', () => {
  it('partial payments in two consecutive periods, not in one', () => {
    const one = [inst(1, '2026-01-10', 500, null), inst(2, '2026-02-10', 1000, '2026-02-10')];
    expect(partialPaymentsSignal(one, d('2026-03-01'), S)).toBeNull();
    const two = [inst(1, '2026-01-10', 500, null), inst(2, '2026-02-10', 300, null)];
    expect(partialPaymentsSignal(two, d('2026-03-01'), S)).toMatchObject({ code: 'partial_payments' });
    // A period not yet due does not count.
    expect(partialPaymentsSignal(two, d('2026-02-09'), S)).toBeNull();
  });

  it('repeated late: 3 of the last 6, paid late or still unpaid', () => {
    const rows = [
      inst(1, '2026-01-10', 1000, '2026-01-12'),
      inst(2, '2026-02-10', 1000, '2026-02-10'),
      inst(3, '2026-03-10', 1000, '2026-03-15'),
      inst(4, '2026-04-10', 1000, '2026-04-09'),
    ];
    expect(repeatedLateSignal(rows, d('2026-04-20'), S)).toBeNull();
    const more = [...rows, inst(5, '2026-05-10', 0, null)];
    const sig = repeatedLateSignal(more, d('2026-05-11'), S);
    expect(sig).toMatchObject({ code: 'repeated_late', evidence: { window: 5 } });
    // On the due date itself an unpaid installment is not late yet.
    expect(isLate(inst(5, '2026-05-10', 0, null), d('2026-05-10'))).toBe(false);
  });

  it('never for a loan that has paid nothing at all (its DPD signals speak for it)', () => {
    const unpaid = [1, 2, 3, 4].map((p) => inst(p, addDays(d('2026-01-10'), 31 * (p - 1)), 0, null));
    expect(repeatedLateSignal(unpaid, d('2026-06-01'), S)).toBeNull();
    const onePaid = [inst(1, '2026-01-10', 1000, '2026-01-12'), ...unpaid.slice(1)];
    expect(repeatedLateSignal(onePaid, d('2026-06-01'), S)).toMatchObject({ code: 'repeated_late' });
  });

  it('only the last six count', () => {
    const rows = [
      inst(1, '2026-01-10', 1000, '2026-01-20'),
      inst(2, '2026-02-10', 1000, '2026-02-20'),
      inst(3, '2026-03-10', 1000, '2026-03-20'),
      ...[4, 5, 6, 7, 8, 9].map((p) =>
        inst(p, addDays(d('2026-01-10'), 31 * (p - 1)), 1000, addDays(d('2026-01-10'), 31 * (p - 1))),
      ),
    ];
    expect(repeatedLateSignal(rows, d('2026-12-31'), S)).toBeNull();
  });
});

describe('guarantors and circles', () => {
  it('raises guarantor_overdue with the guarantor loans seen', () => {
    const sigs = evaluateSignals(
      facts({
        guarantors: [
          { guarantorCustomerId: '7', overdueLoans: [{ loanId: '70', dpd: 12, principalOwed: 5000 }] },
          { guarantorCustomerId: '8', overdueLoans: [] },
        ],
      }),
      d('2026-03-01'),
    );
    expect(sigs).toEqual([
      {
        code: 'guarantor_overdue',
        level: 'orange',
        evidence: {
          guarantors: [
            { guarantorCustomerId: '7', overdueLoans: [{ loanId: '70', dpd: 12, principalOwed: 5000 }] },
          ],
        },
      },
    ]);
  });

  it('raises guarantee_circle only when a member is overdue', () => {
    expect(
      evaluateSignals(facts({ circle: { members: ['1', '2'], overdueMembers: [] } }), d('2026-03-01')),
    ).toEqual([]);
    expect(
      evaluateSignals(facts({ circle: { members: ['1', '2'], overdueMembers: ['2'] } }), d('2026-03-01')),
    ).toEqual([
      {
        code: 'guarantee_circle',
        level: 'orange',
        evidence: { memberCount: 2, members: ['1', '2'], overdueCount: 1, overdueMembers: ['2'] },
      },
    ]);
  });
});

describe('no duplicate while one is open', () => {
  const codes = fc.constantFrom(
    'dpd_1',
    'dpd_31',
    'partial_payments',
    'repeated_late',
    'guarantor_overdue',
    'guarantee_circle',
  );
  it('never returns a code that is open, nor one code twice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ code: codes, level: fc.constantFrom('red', 'blue') }), { maxLength: 10 }),
        fc.uniqueArray(codes),
        (sigs, open) => {
          const raised = signalsToRaise(
            sigs.map((s) => ({ code: s.code as 'repeated_late', level: s.level, evidence: {} })),
            new Set(open),
          );
          const raisedCodes = raised.map((s) => s.code);
          expect(new Set(raisedCodes).size).toBe(raisedCodes.length);
          for (const c of raisedCodes) expect(open).not.toContain(c);
          // Raising again with what was raised now open adds nothing.
          expect(signalsToRaise(raised, new Set([...open, ...raisedCodes]))).toEqual([]);
        },
      ),
    );
  });

  it('evaluateSignals gives at most one signal per code and the DPD one exactly when dpd ≥ 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (dpd) => {
        const s = evaluateSignals(facts({ dpd }), d('2026-03-01'));
        expect(s.filter((x) => x.code.startsWith('dpd_'))).toHaveLength(dpd >= 1 ? 1 : 0);
      }),
    );
  });
});

describe('clock signals (RULES.md §11)', () => {
  const clocks = (over: Partial<ClockFacts> = {}): ClockFacts => ({
    lastDueDate: d('2023-06-10'),
    maturityDate: d('2023-06-10'),
    borrowerEvents: [],
    guarantees: [],
    ...over,
  });

  it('limitation: raised at exactly 90 days left and on the last day, not at 91 nor after the end', () => {
    // 3 years from 2023-06-10 end on 2026-06-10.
    expect(limitationSignal(clocks(), addDays(d('2026-06-10'), -91), S)).toBeNull();
    expect(limitationSignal(clocks(), addDays(d('2026-06-10'), -90), S)).toEqual({
      code: 'limitation_ending',
      level: 'red',
      evidence: {
        lastDueDate: '2023-06-10',
        startsOn: '2023-06-10',
        endsOn: '2026-06-10',
        daysLeft: 90,
        restartedBy: null,
      },
    });
    expect(limitationSignal(clocks(), d('2026-06-10'), S)?.evidence.daysLeft).toBe(0);
    expect(limitationSignal(clocks(), d('2026-06-11'), S)).toBeNull();
    expect(limitationSignal(undefined, d('2026-06-10'), S)).toBeNull();
  });

  it('limitation: a demand or acknowledgement restarts the period; one dated later than the day is not seen', () => {
    const ack = clocks({ borrowerEvents: [{ date: d('2025-01-15'), kind: 'acknowledgement' }] });
    expect(limitationSignal(ack, d('2026-05-01'), S)).toBeNull();
    expect(limitationSignal(ack, addDays(d('2028-01-15'), -90), S)?.evidence).toMatchObject({
      startsOn: '2025-01-15',
      endsOn: '2028-01-15',
      daysLeft: 90,
      restartedBy: { date: '2025-01-15', kind: 'acknowledgement' },
    });
    // Judged on 2026-05-01, a demand dated after it does not exist yet.
    const future = clocks({ borrowerEvents: [{ date: d('2026-05-02'), kind: 'demand' }] });
    expect(limitationSignal(future, d('2026-05-01'), S)).toMatchObject({ code: 'limitation_ending' });
  });

  it('guarantee period: raised at 60 days left with no demand, not at 61, not once a demand preserved it', () => {
    const g = { guaranteeId: '7', guarantorName: '保证人甲', demands: [] as LocalDate[] };
    // 6 months after 2023-06-10: 2023-12-10.
    const c = clocks({ guarantees: [g] });
    expect(guaranteePeriodSignal(c, addDays(d('2023-12-10'), -61), S)).toBeNull();
    expect(guaranteePeriodSignal(c, addDays(d('2023-12-10'), -60), S)).toEqual({
      code: 'guarantee_period_ending',
      level: 'orange',
      evidence: {
        maturityDate: '2023-06-10',
        months: 6,
        guarantees: [{ guaranteeId: '7', guarantorName: '保证人甲', endsOn: '2023-12-10', daysLeft: 60 }],
      },
    });
    expect(guaranteePeriodSignal(c, d('2023-12-10'), S)?.evidence).toMatchObject({
      guarantees: [{ daysLeft: 0 }],
    });
    expect(guaranteePeriodSignal(c, d('2023-12-11'), S)).toBeNull();
    const demanded = clocks({ guarantees: [{ ...g, demands: [d('2023-07-01')] }] });
    expect(guaranteePeriodSignal(demanded, d('2023-11-01'), S)).toBeNull();
    // A demand before maturity does not preserve the claim.
    const early = clocks({ guarantees: [{ ...g, demands: [d('2023-05-01')] }] });
    expect(guaranteePeriodSignal(early, d('2023-11-01'), S)).toMatchObject({
      code: 'guarantee_period_ending',
    });
    // Configured months.
    const twelve = { ...S, guaranteePeriodMonths: 12 };
    expect(guaranteePeriodSignal(c, d('2023-11-01'), twelve)).toBeNull();
    expect(guaranteePeriodSignal(c, addDays(d('2024-06-10'), -60), twelve)).toMatchObject({
      evidence: { months: 12 },
    });
  });

  it('collateral: insurance or registration expiring within 30 days, not 31, not already expired', () => {
    const k = (insuranceExpiry: string | null, registrationExpiry: string | null) => [
      {
        collateralId: '3',
        collateralType: 'vehicle',
        description: '轿车',
        insuranceExpiry: insuranceExpiry === null ? null : d(insuranceExpiry),
        registrationExpiry: registrationExpiry === null ? null : d(registrationExpiry),
      },
    ];
    const day = d('2026-05-01');
    expect(collateralExpirySignal(k(addDays(day, 31), null), day, S)).toBeNull();
    expect(collateralExpirySignal(k(addDays(day, 30), null), day, S)).toEqual({
      code: 'collateral_expiring',
      level: 'yellow',
      evidence: {
        items: [
          {
            collateralId: '3',
            collateralType: 'vehicle',
            description: '轿车',
            kind: 'insurance',
            expiresOn: '2026-05-31',
            daysLeft: 30,
          },
        ],
      },
    });
    expect(collateralExpirySignal(k(null, '2026-05-01'), day, S)?.evidence).toMatchObject({
      items: [{ kind: 'registration', daysLeft: 0 }],
    });
    expect(collateralExpirySignal(k('2026-04-30', null), day, S)).toBeNull();
    expect(collateralExpirySignal(k(null, null), day, S)).toBeNull();
  });

  it('guarantor exposure: above the net worth, not equal to it, not without a recorded net worth', () => {
    const g = (netWorth: number | null, exposure: number) => [
      { guaranteeId: '9', guarantorName: '乙', netWorth, exposure, guarantees: 2 },
    ];
    expect(guarantorExposureSignal(g(100_000, 100_000), S)).toBeNull();
    expect(guarantorExposureSignal(g(null, 100_000), S)).toBeNull();
    expect(guarantorExposureSignal(g(100_000, 100_001), S)).toEqual({
      code: 'guarantor_exposure',
      level: 'orange',
      evidence: {
        guarantors: [
          { guaranteeId: '9', guarantorName: '乙', netWorth: 100_000, exposure: 100_001, guarantees: 2 },
        ],
      },
    });
  });

  it('evaluateSignals includes the new signals when their facts are read', () => {
    const f = facts({ clocks: clocks(), collateral: [], guarantorExposures: [] });
    expect(evaluateSignals(f, d('2026-06-01')).map((x) => x.code)).toEqual(['limitation_ending']);
  });

  it('refuses bad windows and levels naming the field', () => {
    for (const [field, value] of [
      ['limitationWindowDays', 0],
      ['limitationWindowDays', 1.5],
      ['guaranteePeriodWindowDays', 366],
      ['guaranteePeriodMonths', 0],
      ['collateralExpiryWindowDays', -1],
      ['limitationLevel', 'purple'],
    ] as const) {
      expect(() => validateWarningSettings({ ...S, [field]: value })).toThrow(
        expect.objectContaining({ code: 'bad_input', field }),
      );
    }
    expect(() =>
      validateWarningSettings({ ...S, dpdThresholds: [{ dpd: 1, level: 'pink' as 'red' }] }),
    ).toThrow(expect.objectContaining({ field: 'dpdThresholds[0].level' }));
  });
});
