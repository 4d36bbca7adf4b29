import {
  addDays,
  BUCKETS,
  CLASSIFICATIONS,
  DEFAULT_SERVICING,
  formatYuan,
  isLocalDate,
  parseLoanTerms,
  parseLocalDate,
  replayLoan,
  snapshot,
} from '@daihou/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoPortfolio } from '../src/demo/demo-portfolio';
import { DEFAULT_DEMO_CUSTOMERS, generateDemoPortfolio } from '../src/demo/demo-portfolio.generator';
import { CITIES } from '../src/demo/demo-vocabulary';
import { isValidCreditCode, isValidResidentId } from '../src/demo/identity-numbers';

const businessDate = parseLocalDate('2026-11-22');
const HAN = /^[\u4e00-\u9fff]+$/;

/** The items failing a check (the first few), so one assertion covers thousands of rows. */
const failing = <T>(items: readonly T[], ok: (t: T) => boolean): T[] =>
  items.filter((i) => !ok(i)).slice(0, 5);

const countBy = <T>(items: readonly T[], key: (t: T) => string): Map<string, number> => {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
};

describe('demo portfolio generator', () => {
  let big: DemoPortfolio;
  beforeAll(() => {
    big = generateDemoPortfolio({ customers: DEFAULT_DEMO_CUSTOMERS, seed: 7, businessDate });
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateDemoPortfolio({ customers: 120, seed: 11, businessDate });
    const b = generateDemoPortfolio({ customers: 120, seed: 11, businessDate });
    const c = generateDemoPortfolio({ customers: 120, seed: 12, businessDate });
    expect(b).toEqual(a);
    expect(c.customers.map((x) => x.name)).not.toEqual(a.customers.map((x) => x.name));
  });

  it('refuses a size outside the supported range', () => {
    expect(() => generateDemoPortfolio({ customers: 10, seed: 1, businessDate })).toThrow(/--customers/);
    expect(() => generateDemoPortfolio({ customers: 100.5, seed: 1, businessDate })).toThrow(/--customers/);
  });

  it('gives every individual a valid resident ID number from a real district, born 1960–2002', () => {
    const codes = new Set(CITIES.flatMap((c) => c.districtCodes));
    const individuals = big.customers.filter((c) => c.customerType === 'individual');
    const bad = failing(individuals, (c) => {
      const id = c.idNumber;
      const year = Number(id.slice(6, 10));
      return (
        c.idType === '居民身份证' &&
        isValidResidentId(id) &&
        codes.has(id.slice(0, 6)) &&
        c.city.districtCodes.includes(id.slice(0, 6)) &&
        year >= 1960 &&
        year <= 2002 &&
        isLocalDate(`${year}-${id.slice(10, 12)}-${id.slice(12, 14)}`)
      );
    });
    expect(bad).toEqual([]);
  });

  it('gives every enterprise a valid unified social credit code and a company name', () => {
    const enterprises = big.customers.filter((c) => c.customerType === 'enterprise');
    const bad = failing(
      enterprises,
      (c) =>
        c.idType === '统一社会信用代码' &&
        isValidCreditCode(c.idNumber) &&
        /^[\u4e00-\u9fff]+(有限公司|有限责任公司|股份有限公司)$/.test(c.name) &&
        c.name.startsWith(c.city.name.replace(/市$/, '')),
    );
    expect(bad).toEqual([]);
    expect(new Set(enterprises.map((c) => c.name)).size).toBe(enterprises.length);
  });

  it('makes Chinese personal names, unique identity numbers, mobile numbers and known branches', () => {
    const individuals = big.customers.filter((x) => x.customerType === 'individual');
    expect(failing(individuals, (c) => HAN.test(c.name) && c.name.length >= 2 && c.name.length <= 4)).toEqual(
      [],
    );
    const bad = failing(
      big.customers,
      (c) =>
        /^1[3-9]\d{9}$/.test(c.phone) &&
        ['A01', 'A02', 'B01', 'B02'].includes(c.branchId) &&
        [`manager.${c.branchId.toLowerCase()}`, `manager.${c.branchId[0]!.toLowerCase()}`].includes(
          c.manager,
        ) &&
        /^[\u4e00-\u9fff、]+$/.test(c.industry),
    );
    expect(bad).toEqual([]);
    const ids = [
      ...big.customers.map((c) => c.idNumber),
      ...big.guarantees.filter((g) => !g.guarantorCustomerNo).map((g) => g.guarantorIdNumber),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const share = big.customers.filter((c) => c.customerType === 'enterprise').length / big.customers.length;
    expect(share).toBeCloseTo(0.25, 2);
  });

  it('gives customers one to three loans on plausible terms', () => {
    const perCustomer = countBy(big.loans, (l) => l.customerNo);
    expect(perCustomer.size).toBe(big.customers.length);
    for (const n of perCustomer.values()) expect(n).toBeGreaterThanOrEqual(1);
    for (const n of perCustomer.values()) expect(n).toBeLessThanOrEqual(3);
    const customer = new Map(big.customers.map((c) => [c.customerNo, c]));
    // Loans forced into a deep delinquency state may start a little earlier than the three years.
    const earliest = addDays(businessDate, -3 * 365 - 31 * 12);
    const bad = failing(big.loans, (l) => {
      const c = customer.get(l.customerNo)!;
      const yuan = l.principal / 100;
      const [lo, hi] = c.customerType === 'individual' ? [10_000, 500_000] : [100_000, 8_000_000];
      const bp = Number(l.annualRate.replace('.', ''));
      const months = l.method === 'bullet' || l.frequency === 'monthly' ? l.term : l.term * 3;
      return (
        yuan >= lo &&
        yuan <= hi &&
        /^\d{1,2}\.\d{2}$/.test(l.annualRate) &&
        bp >= 345 &&
        bp <= 1200 &&
        months >= 3 &&
        months <= 36 &&
        (l.method !== 'bullet' || l.term <= 12) &&
        l.disbursementDate < businessDate &&
        l.disbursementDate >= earliest &&
        l.branchId === c.branchId &&
        l.manager === c.manager
      );
    });
    expect(bad).toEqual([]);
    const ordinary = big.loans.filter((l) => l.behaviour !== 'stopped');
    expect(ordinary.some((l) => l.disbursementDate < addDays(businessDate, -3 * 365 + 60))).toBe(true);
  });

  it('uses every method, both frequencies, every security type and payment mode', () => {
    expect([...countBy(big.loans, (l) => l.method).keys()].sort()).toEqual([
      'bullet',
      'equal_installment',
      'equal_principal',
      'interest_only',
    ]);
    const quarterly = big.loans.filter((l) => l.frequency === 'quarterly').length / big.loans.length;
    expect(quarterly).toBeGreaterThan(0.03);
    expect(quarterly).toBeLessThan(0.2);
    expect([...countBy(big.loans, (l) => l.securityType).keys()].sort()).toEqual([
      'guarantee',
      'mortgage',
      'pledge',
      'unsecured',
    ]);
    expect([...countBy(big.loans, (l) => l.paymentMode).keys()].sort()).toEqual(['entrusted', 'self']);
    expect([...countBy(big.loans, (l) => l.behaviour).keys()].sort()).toEqual([
      'early',
      'late',
      'on_time',
      'partial',
      'stopped',
    ]);
  });

  it.each([50, 300])('populates every bucket and every class even with %i customers', (customers) => {
    const p = generateDemoPortfolio({ customers, seed: 3, businessDate });
    const active = p.loans.filter((l) => l.expected.status === 'active');
    const buckets = countBy(active, (l) => l.expected.bucket);
    const classes = countBy(active, (l) => l.expected.floor);
    for (const b of BUCKETS) expect(buckets.get(b) ?? 0, b).toBeGreaterThan(0);
    for (const c of CLASSIFICATIONS) expect(classes.get(c) ?? 0, c).toBeGreaterThan(0);
    expect(p.loans.some((l) => l.expected.status === 'settled')).toBe(true);
  });

  it('keeps a realistic shape: mostly current, some settled, a few per cent non-performing', () => {
    const active = big.loans.filter((l) => l.expected.status === 'active');
    const settled = big.loans.length - active.length;
    expect(settled / big.loans.length).toBeGreaterThan(0.25);
    expect(settled / big.loans.length).toBeLessThan(0.7);
    const m0 = active.filter((l) => l.expected.bucket === 'M0').length;
    expect(m0 / active.length).toBeGreaterThan(0.85);
    let all = 0;
    let npl = 0;
    for (const l of active) {
      all += l.expected.principalOwed;
      if (['substandard', 'doubtful', 'loss'].includes(l.expected.floor)) npl += l.expected.principalOwed;
    }
    expect(npl / all).toBeGreaterThan(0.005);
    expect(npl / all).toBeLessThan(0.1);
  });

  it('dates repayments after disbursement and before the business date, unique 流水号, in date order', () => {
    const loans = new Map(big.loans.map((l) => [l.loanNo, l]));
    const lastDay = addDays(businessDate, -1);
    expect(new Set(big.repayments.map((r) => r.repaymentNo)).size).toBe(big.repayments.length);
    const bad = failing(big.repayments, (r) => {
      const loan = loans.get(r.loanNo);
      return (
        !!loan &&
        r.date > loan.disbursementDate &&
        r.date <= lastDay &&
        Number.isSafeInteger(r.amount) &&
        r.amount > 0
      );
    });
    expect(bad).toEqual([]);
    const unordered = big.repayments.filter((r, i) => {
      const before = big.repayments[i - 1];
      return before !== undefined && before.loanNo === r.loanNo && before.date >= r.date;
    });
    expect(unordered).toEqual([]);
  });

  it('pays the exact installment on time and what the rules say is owed when late', () => {
    const onTime = big.loans.filter((l) => l.behaviour === 'on_time' && l.expected.status === 'settled');
    expect(onTime.length).toBeGreaterThan(100);
    for (const l of [
      ...onTime.slice(0, 50),
      ...big.loans.filter((x) => x.behaviour === 'late').slice(0, 50),
    ]) {
      const terms = parseLoanTerms({
        principal: formatYuan(l.principal),
        annualRate: l.annualRate,
        term: l.term,
        method: l.method,
        frequency: l.frequency,
        disbursementDate: l.disbursementDate,
      });
      const repayments = big.repayments.filter((r) => r.loanNo === l.loanNo);
      const asOf = addDays(businessDate, -1);
      const { ledger } = replayLoan({ terms, settings: DEFAULT_SERVICING, repayments, asOf });
      const snap = snapshot(ledger, asOf);
      expect(snap.bucket).toBe(l.expected.bucket);
      expect(snap.status).toBe(l.expected.status);
      // Late payers round up to the yuan: what is left over is less than a yuan per late payment.
      expect(snap.creditBalance).toBeLessThan(100 * repayments.length + 1);
      if (l.behaviour === 'on_time') expect(snap.creditBalance).toBe(0);
    }
  });

  it('attaches guarantees to 保证 loans and collateral to 抵押/质押 loans, with guarantee circles', () => {
    const byContract = (rows: readonly { contractNo: string }[]) => new Set(rows.map((r) => r.contractNo));
    const guaranteed = byContract(big.guarantees);
    const secured = byContract(big.collateral);
    const bad = failing(
      big.loans,
      (l) =>
        guaranteed.has(l.contractNo) === (l.securityType === 'guarantee') &&
        secured.has(l.contractNo) === (l.securityType === 'mortgage' || l.securityType === 'pledge'),
    );
    expect(bad).toEqual([]);
    expect(big.guarantees.some((g) => g.guarantorCustomerNo)).toBe(true);
    expect(big.guarantees.some((g) => !g.guarantorCustomerNo)).toBe(true);
    const outsiders = big.guarantees.filter((x) => !x.guarantorCustomerNo);
    const badIds = failing(outsiders, (g) =>
      g.guarantorIdType === '居民身份证'
        ? isValidResidentId(g.guarantorIdNumber)
        : isValidCreditCode(g.guarantorIdNumber),
    );
    expect(badIds).toEqual([]);
    expect(big.guaranteeCircles.length).toBeGreaterThanOrEqual(2);
    const contractOf = new Map<string, string>();
    for (const l of big.loans) if (!contractOf.has(l.customerNo)) contractOf.set(l.customerNo, l.contractNo);
    for (const circle of big.guaranteeCircles) {
      expect(circle.length).toBeGreaterThanOrEqual(2);
      circle.forEach((member, i) => {
        const next = circle[(i + 1) % circle.length];
        const g = big.guarantees.find(
          (x) => x.contractNo === contractOf.get(member) && x.guarantorCustomerNo === next,
        );
        expect(g, `${next} guarantees ${member}`).toBeDefined();
      });
    }
    expect(new Set(big.collateral.map((c) => c.collateralType)).size).toBeGreaterThanOrEqual(7);
    expect(failing(big.collateral, (c) => c.value > 0 && /[\u4e00-\u9fff]/.test(c.description))).toEqual([]);
  });
});
