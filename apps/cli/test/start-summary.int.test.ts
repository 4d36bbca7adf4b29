import { DEFAULT_PROVISION_SETTINGS, portfolioRatios } from '@daihou/core';
import { portfolioSummary } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPortfolioSummary } from '../src/commands/start';

/** Loans as (branch, status, bucket, class, principal owed in fen). */
const LOANS: [string, string, string, string, number][] = [
  ['A', 'active', 'M0', 'normal', 500_000],
  ['A', 'active', 'M1', 'special_mention', 12_345], // 2 % = 246.90 → 247
  ['A', 'active', 'M2', 'special_mention', 12_325], // 2 % = 246.50 → 247 (half up)
  ['B', 'active', 'M4', 'substandard', 101], // 25.25 → 25
  ['B', 'active', 'M5', 'substandard', 101], // 25.25 → 25
  ['B', 'active', 'M7+', 'doubtful', 333], // 166.5 → 167
  ['B', 'active', 'M7+', 'loss', 1_000],
  ['A', 'settled', 'M0', 'normal', 0],
];

describe.each(testEngines())('portfolio summary on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    const db = t.db;
    await db.exec(`
      insert into system_state (id, business_date) values (1, '2026-11-22');
      insert into branch (id, parent_id, name, level, path) values
        ('HQ', null, '总行', 'head_office', '/HQ/'), ('A', 'HQ', 'A', 'branch', '/HQ/A/'),
        ('B', 'HQ', 'B', 'branch', '/HQ/B/');
      insert into customer (customer_no, name, customer_type, id_type, id_number, branch_id)
        values ('C1', '张三', 'individual', '居民身份证', '11010519491231002X', 'A');
      insert into contract (contract_no, customer_id, branch_id, amount, signed_date)
        select 'HT1', id, 'A', 1000000, '2026-01-10' from customer;`);
    for (const [i, [branch, status, bucket, cls, owed]] of LOANS.entries()) {
      await db.query(
        `insert into loan (loan_no, contract_id, customer_id, branch_id, product_code, principal, annual_rate,
                           term, method, frequency, disbursement_date, maturity_date, payment_mode, purpose,
                           security_type, status, accrued_through, principal_owed, bucket, classification)
         select $1, c.id, c.customer_id, $2, 'standard', 1000000, 6, 12, 'equal_installment', 'monthly',
                '2026-01-10', '2027-01-10', 'self', '经营周转', 'unsecured', $3, '2026-11-22', $4, $5, $6
           from contract c`,
        [`JJ${i}`, branch, status, owed, bucket, cls],
      );
    }
  });
  afterAll(() => t.dispose());

  it('counts loans by status and sums principal owed by bucket and by class', async () => {
    const s = await portfolioSummary(t.db);
    expect(s.businessDate).toBe('2026-11-22');
    expect(s.loans).toEqual({ active: 7, settled: 1, writtenOff: 0 });
    expect(s.principalOwed).toBe(526_205);
    expect(s.byBucket.map((b) => [b.bucket, b.loans, b.principalOwed])).toEqual([
      ['M0', 1, 500_000],
      ['M1', 1, 12_345],
      ['M2', 1, 12_325],
      ['M3', 0, 0],
      ['M4', 1, 101],
      ['M5', 1, 101],
      ['M6', 0, 0],
      ['M7+', 2, 1_333],
    ]);
  });

  it('rounds the specific provision per loan, half up, and derives the ratios in core', async () => {
    const s = await portfolioSummary(t.db);
    expect(
      s.byClassification.map((c) => [c.classification, c.loans, c.principalOwed, c.specificProvision]),
    ).toEqual([
      ['normal', 1, 500_000, 0],
      ['special_mention', 2, 24_670, 494], // not round(24 670 × 2 %) = 493
      ['substandard', 2, 202, 50], // not round(202 × 25 %) = 51
      ['doubtful', 1, 333, 167],
      ['loss', 1, 1_000, 1_000],
    ]);
    expect(s.ratios).toEqual(portfolioRatios(s.byClassification, DEFAULT_PROVISION_SETTINGS));
    expect(s.ratios.nplPrincipal).toBe(1_535);
    expect(s.ratios.generalProvision).toBe(7_893); // 526 205 × 1.5 % = 7 893.075
    expect(s.ratios.nplRatio).toBe('0.0029');
    expect(s.ratios.provisionCoverage).toBe('6.2567'); // (494 + 50 + 167 + 1000 + 7893) / 1535
  });

  it('limits the summary to a branch subtree', async () => {
    const s = await portfolioSummary(t.db, { branchPath: '/HQ/B/' });
    expect(s.loans).toEqual({ active: 4, settled: 0, writtenOff: 0 });
    expect(s.principalOwed).toBe(1_535);
  });

  it('renders amounts with thousands separators and ratios as percentages', async () => {
    const text = renderPortfolioSummary(await portfolioSummary(t.db), 'pglite (memory)');
    expect(text).toContain('2026-11-22');
    expect(text).toContain('8 (7 active, 1 settled)');
    expect(text).toContain('5,262.05 yuan');
    expect(text).toMatch(/M7\+\s+2\s+13\.33/);
    expect(text).toMatch(/关注 special_mention\s+2\s+246\.70\s+4\.94/);
    expect(text).toContain('0.29%');
    expect(text).toContain('625.67%');
  });
});
