import type { Fen, LocalDate } from '@daihou/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyField } from '../src/bulk/copy-text';
import { emptyInstallmentColumns, insertNewInstallments } from '../src/bulk/installment.bulk';
import { insertNewLoanHistory } from '../src/bulk/loan.bulk';
import { insertLoanEvents } from '../src/bulk/loan-event.bulk';
import type { HistoryInterval } from '../src/eod/eod-loans.bulk';
import { createTestDatabase, type TestDatabase, testEngines } from '../src/testing/test-databases';
import { seedLoan } from './fixtures';

/** Text that COPY's text format must escape, or that looks like its markers. */
const AWKWARD = ['tab\there', 'line\nbreak', 'cr\rhere', 'back\\slash', '\\N', '\\.', '引号"与,逗号', ''];

describe('COPY text fields', () => {
  it('escapes backslash, tab, newline and carriage return, and writes null as \\N', () => {
    expect(AWKWARD.map(copyField)).toEqual([
      'tab\\there',
      'line\\nbreak',
      'cr\\rhere',
      'back\\\\slash',
      '\\\\N',
      '\\\\.',
      '引号"与,逗号',
      '',
    ]);
    expect([copyField(null), copyField(12), copyField(-3n)]).toEqual(['\\N', '12', '-3']);
  });
});

describe.each(testEngines())('bulk writers on %s', (engine) => {
  let t: TestDatabase;
  let loanIds: string[];
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    loanIds = [(await seedLoan(t.db)).loan.id, (await seedLoan(t.db)).loan.id];
  });
  afterAll(() => t.dispose());

  it('drops installment_due_idx (migration 0003): no query reads installments by due date alone', async () => {
    const [row] = await t.db.query<{ idx: string | null }>(
      "select to_regclass('installment_due_idx')::text as idx",
    );
    expect(row!.idx).toBeNull();
  });

  it('streams with COPY on PostgreSQL only', async () => {
    await t.db.transaction(async (tx) => {
      expect(typeof tx.copyFrom).toBe(engine === 'postgres' ? 'function' : 'undefined');
    });
  });

  it('writes loan events with awkward text and JSON exactly', async () => {
    const [a, b] = loanIds as [string, string];
    await t.db.transaction((tx) =>
      insertLoanEvents(
        tx,
        AWKWARD.map((text, i) => ({
          loanId: i % 2 === 0 ? a : b,
          businessDate: '2026-11-21',
          eventType: 'bulk_test',
          oldValue: i === 0 ? null : text,
          newValue: text,
          rule: null,
          actor: 'import',
          payload: JSON.stringify({ text, i }),
        })),
      ),
    );
    const rows = await t.db.query<{
      old_value: string | null;
      new_value: string;
      rule: null;
      payload: unknown;
    }>(
      `select old_value, new_value, rule, payload from loan_event where event_type = 'bulk_test' order by id`,
    );
    expect(rows).toEqual(
      AWKWARD.map((text, i) => ({
        old_value: i === 0 ? null : text,
        new_value: text,
        rule: null,
        payload: { text, i },
      })),
    );
  });

  it('writes new installments as given', async () => {
    const c = emptyInstallmentColumns();
    const [a] = loanIds as [string];
    for (let p = 101; p <= 103; p++) {
      c.loanId.push(a);
      c.period.push(p);
      c.dueDate.push(`2027-0${p - 100}-10`);
      c.principalDue.push(1000 * p);
      c.interestDue.push(p);
      c.penaltyMicro.push(9007199254740993n + BigInt(p));
      c.compoundMicro.push(0n);
    }
    await t.db.transaction((tx) => insertNewInstallments(tx, c));
    const rows = await t.db.query(
      `select period, due_date, principal_due, interest_due, penalty_micro, compound_micro, principal_paid
         from installment where loan_id = $1 and period > 100 order by period`,
      [a],
    );
    expect(rows).toEqual(
      [101, 102, 103].map((p) => ({
        period: p,
        due_date: `2027-0${p - 100}-10`,
        principal_due: String(1000 * p),
        interest_due: String(p),
        penalty_micro: String(9007199254740993n + BigInt(p)),
        compound_micro: '0',
        principal_paid: '0',
      })),
    );
  });

  it('writes the history of new loans, each interval ending where the next of its loan starts', async () => {
    const [a, b] = loanIds as [string, string];
    await t.db.exec(`delete from loan_state_history where loan_id in (${a}, ${b})`);
    const interval = (loanId: string, validFrom: string, classRule: string): HistoryInterval => ({
      loanId,
      validFrom: validFrom as LocalDate,
      status: 'active',
      principalOwed: 100 as Fen,
      creditBalance: 0 as Fen,
      oldestUnpaidDue: loanId === a ? null : ('2026-02-10' as LocalDate),
      classification: 'normal',
      classRule,
      specificProvision: 1 as Fen,
    });
    // Out of order and interleaved: the ends come from each loan's own order.
    await t.db.transaction((tx) =>
      insertNewLoanHistory(tx, [
        interval(a, '2026-03-01', 'dpd=31\tlate'),
        interval(b, '2026-01-10', 'dpd=0'),
        interval(a, '2026-01-10', 'dpd=0'),
        interval(b, '2026-02-11', 'dpd=1'),
        interval(a, '2026-02-11', 'dpd=1'),
      ]),
    );
    const rows = await t.db.query(
      `select loan_id::text as loan_id, valid_from, valid_to::text as valid_to, oldest_unpaid_due, class_rule
         from loan_state_history where loan_id in (${a}, ${b}) order by loan_id, valid_from`,
    );
    expect(rows).toEqual([
      {
        loan_id: a,
        valid_from: '2026-01-10',
        valid_to: '2026-02-11',
        oldest_unpaid_due: null,
        class_rule: 'dpd=0',
      },
      {
        loan_id: a,
        valid_from: '2026-02-11',
        valid_to: '2026-03-01',
        oldest_unpaid_due: null,
        class_rule: 'dpd=1',
      },
      {
        loan_id: a,
        valid_from: '2026-03-01',
        valid_to: 'infinity',
        oldest_unpaid_due: null,
        class_rule: 'dpd=31\tlate',
      },
      {
        loan_id: b,
        valid_from: '2026-01-10',
        valid_to: '2026-02-11',
        oldest_unpaid_due: '2026-02-10',
        class_rule: 'dpd=0',
      },
      {
        loan_id: b,
        valid_from: '2026-02-11',
        valid_to: 'infinity',
        oldest_unpaid_due: '2026-02-10',
        class_rule: 'dpd=1',
      },
    ]);
  });

  it('fails a COPY whole: a row that breaks a constraint writes none of its batch', async () => {
    const c = emptyInstallmentColumns();
    const [a] = loanIds as [string];
    for (const p of [201, 202, 202]) {
      c.loanId.push(a);
      c.period.push(p);
      c.dueDate.push('2028-01-10');
      c.principalDue.push(1);
      c.interestDue.push(1);
      c.penaltyMicro.push(0n);
      c.compoundMicro.push(0n);
    }
    await expect(t.db.transaction((tx) => insertNewInstallments(tx, c))).rejects.toThrow(/duplicate key/);
    const [row] = await t.db.query<{ n: number }>(
      'select count(*)::int as n from installment where loan_id = $1 and period > 200',
      [a],
    );
    expect(row!.n).toBe(0);
    // The connection is usable afterwards (the COPY ended, the transaction rolled back).
    expect(await t.db.query('select 1 as one')).toEqual([{ one: 1 }]);
  });
});
