import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './run-cli';

const FIXTURES = new URL('./fixtures/simulate/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'daihou-sim-'));
let n = 0;
function scenarioFile(doc: unknown): string {
  const file = join(dir, `s${n++}.json`);
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return file;
}

const loan = {
  principal: '120000.00',
  annualRate: '6.00',
  term: 12,
  method: 'equal_installment',
  disbursementDate: '2026-01-10',
};

interface SimResult {
  dpd: number;
  bucket: string;
  classification: string;
  status: string;
  outstanding: Record<string, string>;
  creditBalance: string;
  installments: Record<string, string | number>[];
}

async function simulate(doc: unknown): Promise<SimResult> {
  const r = await runCli(['simulate', scenarioFile(doc), '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as SimResult;
}

describe('daihou simulate: RULES.md §3 worked example', () => {
  it('reproduces every figure at the end of 2026-06-30', async () => {
    const r = await runCli(['simulate', join(FIXTURES, 'rules-s3-worked-example.json'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as SimResult;
    expect(out).toMatchObject({
      asOf: '2026-06-30',
      dpd: 81,
      bucket: 'M3',
      classification: 'special_mention',
      status: 'active',
      outstanding: {
        principal: '96098.60',
        overduePrincipal: '25227.28',
        overdueInterest: '857.33',
        penalty: '232.52',
        compound: '7.80',
      },
      creditBalance: '0.00',
    });
    expect(out.installments).toHaveLength(12);
    expect(out.installments[2]).toEqual({
      period: 3,
      dueDate: '2026-04-10',
      principalDue: '9825.49',
      interestDue: '502.48',
      principalPaid: '4396.82',
      interestPaid: '502.48',
      penaltyAccrued: '152.80',
      penaltyPaid: '95.80',
      compoundAccrued: '4.90',
      compoundPaid: '4.90',
    });
  });

  it('prints exactly one JSON document on stdout through the real executable', () => {
    const r = spawnCli(['simulate', join(FIXTURES, 'rules-s3-worked-example.json'), '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as SimResult).dpd).toBe(81);
  });

  it('reads the scenario from stdin with -', () => {
    const r = spawnCli(['simulate', '-', '--json'], {}, JSON.stringify({ loan, asOf: '2026-02-11' }));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as SimResult).dpd).toBe(1);
  });
});

describe('daihou simulate: servicing-day rules', () => {
  it('a payment in full the day after the due date owes no penalty and never showed DPD 1', async () => {
    const onDayAfter = await simulate({
      loan,
      repayments: [{ date: '2026-02-11', amount: '10327.97' }],
      asOf: '2026-02-11',
    });
    expect(onDayAfter.dpd).toBe(0);
    expect(onDayAfter.outstanding.penalty).toBe('0.00');
    const dayBefore = await simulate({ loan, asOf: '2026-02-10' });
    expect(dayBefore.dpd).toBe(0);
  });

  it('the installment due on asOf is not overdue on asOf', async () => {
    const r = await simulate({ loan, asOf: '2026-02-10' });
    expect(r.outstanding.overduePrincipal).toBe('0.00');
    expect(r.outstanding.overdueInterest).toBe('0.00');
  });

  it('a grace period delays accrual but not DPD', async () => {
    const r = await simulate({ loan: { ...loan, graceDays: 3 }, asOf: '2026-02-13' });
    expect(r.dpd).toBe(3);
    expect(r.outstanding.penalty).toBe('0.00');
    const r2 = await simulate({ loan: { ...loan, graceDays: 3 }, asOf: '2026-02-14' });
    expect(r2.outstanding.penalty).not.toBe('0.00');
  });

  it('money beyond what is due waits as credit balance and pays the next installment on its due date', async () => {
    const r = await simulate({
      loan,
      repayments: [{ date: '2026-02-10', amount: '15000.00' }],
      asOf: '2026-02-20',
    });
    expect(r.creditBalance).toBe('4672.03');
    const r2 = await simulate({
      loan,
      repayments: [{ date: '2026-02-10', amount: '15000.00' }],
      asOf: '2026-03-10',
    });
    expect(r2.creditBalance).toBe('0.00');
    expect(r2.installments[1]).toMatchObject({ interestPaid: '551.36', principalPaid: '4120.67' });
  });

  it('is settled when everything is paid, even with a credit balance left', async () => {
    const r = await simulate({
      loan: {
        principal: '1000.00',
        annualRate: '6.00',
        term: 1,
        method: 'bullet',
        disbursementDate: '2026-01-10',
      },
      repayments: [{ date: '2026-02-10', amount: '1100.00' }],
      asOf: '2026-03-01',
    });
    expect(r.status).toBe('settled');
    expect(r.creditBalance).toBe('94.83');
  });

  it('the penalty uplift changes the penalty', async () => {
    const low = await simulate({ loan: { ...loan, penaltyUplift: '0.3' }, asOf: '2026-03-12' });
    const high = await simulate({ loan: { ...loan, penaltyUplift: '0.5' }, asOf: '2026-03-12' });
    expect(Number(low.outstanding.penalty)).toBeLessThan(Number(high.outstanding.penalty));
  });
});

describe('daihou simulate refuses bad scenarios with exit 2 naming the field', () => {
  it.each([
    ['unknown loan key', { loan: { ...loan, colour: 'red' }, asOf: '2026-06-30' }, /^loan\.colour: /],
    ['unknown top-level key', { loan, asOf: '2026-06-30', extra: 1 }, /^extra: /],
    [
      'three-decimal principal',
      { loan: { ...loan, principal: '1.234' }, asOf: '2026-06-30' },
      /^loan\.principal: /,
    ],
    [
      'negative principal',
      { loan: { ...loan, principal: '-5.00' }, asOf: '2026-06-30' },
      /^loan\.principal: /,
    ],
    ['term 0', { loan: { ...loan, term: 0 }, asOf: '2026-06-30' }, /^loan\.term: /],
    ['term as text', { loan: { ...loan, term: '12' }, asOf: '2026-06-30' }, /^loan\.term: /],
    ['unknown method', { loan: { ...loan, method: 'balloon' }, asOf: '2026-06-30' }, /^loan\.method: /],
    [
      'impossible date',
      { loan: { ...loan, disbursementDate: '2026-02-30' }, asOf: '2026-06-30' },
      /^loan\.disbursementDate: /,
    ],
    [
      'uplift out of range',
      { loan: { ...loan, penaltyUplift: '0.6' }, asOf: '2026-06-30' },
      /^loan\.penaltyUplift: /,
    ],
    [
      'grace days out of range',
      { loan: { ...loan, graceDays: 31 }, asOf: '2026-06-30' },
      /^loan\.graceDays: /,
    ],
    [
      'unknown frequency',
      { loan: { ...loan, frequency: 'weekly' }, asOf: '2026-06-30' },
      /^loan\.frequency: /,
    ],
    ['bad asOf', { loan, asOf: '30/06/2026' }, /^asOf: /],
    ['asOf before disbursement', { loan, asOf: '2026-01-01' }, /^asOf: /],
    [
      'repayment on the disbursement date',
      { loan, repayments: [{ date: '2026-01-10', amount: '1.00' }], asOf: '2026-06-30' },
      /^repayments\[0\]\.date: /,
    ],
    [
      'repayment after asOf',
      { loan, repayments: [{ date: '2026-07-01', amount: '1.00' }], asOf: '2026-06-30' },
      /^repayments\[0\]\.date: /,
    ],
    [
      'zero repayment',
      { loan, repayments: [{ date: '2026-02-10', amount: '0.00' }], asOf: '2026-06-30' },
      /^repayments\[0\]\.amount: /,
    ],
    [
      'three-decimal repayment',
      { loan, repayments: [{ date: '2026-02-10', amount: '1.005' }], asOf: '2026-06-30' },
      /^repayments\[0\]\.amount: /,
    ],
    [
      'unknown repayment key',
      { loan, repayments: [{ date: '2026-02-10', amount: '1.00', via: 'x' }], asOf: '2026-06-30' },
      /^repayments\[0\]\.via: /,
    ],
    ['missing loan', { asOf: '2026-06-30' }, /^loan: /],
    ['not JSON', '{"loan": ', /^scenario: not valid JSON/],
  ])('%s', async (_name, doc, message) => {
    const r = await runCli(['simulate', scenarioFile(doc), '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('a missing file is bad input', async () => {
    const r = await runCli(['simulate', join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^scenario: cannot read/);
  });
});
