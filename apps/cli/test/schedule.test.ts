import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './run-cli';

const base = [
  '--principal',
  '120000.00',
  '--rate',
  '6.00',
  '--term',
  '12',
  '--start',
  '2026-01-10',
  '--json',
];

describe('daihou schedule (RULES.md §2 worked examples)', () => {
  it.each([
    [
      'equal_installment',
      ['2026-02-10', '9727.97', '600.00'],
      ['2026-03-10', '9776.61', '551.36'],
      ['2027-01-10', '10276.61', '51.38'],
      '3935.66',
    ],
    [
      'equal_principal',
      ['2026-02-10', '10000.00', '600.00'],
      ['2026-03-10', '10000.00', '550.00'],
      ['2027-01-10', '10000.00', '50.00'],
      '3900.00',
    ],
    [
      'interest_only',
      ['2026-02-10', '0.00', '600.00'],
      ['2026-03-10', '0.00', '600.00'],
      ['2027-01-10', '120000.00', '600.00'],
      '7200.00',
    ],
  ])('%s', async (method, p1, p2, p12, totalInterest) => {
    const r = await runCli(['schedule', ...base, '--method', method]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rows = JSON.parse(r.stdout) as {
      dueDate: string;
      principal: string;
      interest: string;
      total: string;
    }[];
    expect(rows).toHaveLength(12);
    const pick = (i: number) => [rows[i]!.dueDate, rows[i]!.principal, rows[i]!.interest];
    expect(pick(0)).toEqual(p1);
    expect(pick(1)).toEqual(p2);
    expect(pick(11)).toEqual(p12);
    const fen = rows.reduce((s, row) => s + Number(row.interest.replace('.', '')), 0);
    expect((fen / 100).toFixed(2)).toBe(totalInterest);
    expect(rows[0]).toEqual({
      period: 1,
      dueDate: p1[0],
      principal: p1[1],
      interest: p1[2],
      total: method === 'equal_installment' ? '10327.97' : expect.any(String),
    });
  });

  it('bullet: 50,000.00 at 5.22 % for 6 months from 2026-03-31', async () => {
    const r = await runCli([
      'schedule',
      '--principal',
      '50000.00',
      '--rate',
      '5.22',
      '--term',
      '6',
      '--method',
      'bullet',
      '--start',
      '2026-03-31',
      '--json',
    ]);
    expect(JSON.parse(r.stdout)).toEqual([
      { period: 1, dueDate: '2026-09-30', principal: '50000.00', interest: '1326.75', total: '51326.75' },
    ]);
  });

  it('clamps due dates to month end without carrying the clamp over', async () => {
    const r = await runCli([
      'schedule',
      '--principal',
      '6000.00',
      '--rate',
      '5.00',
      '--term',
      '6',
      '--method',
      'equal_principal',
      '--start',
      '2026-01-31',
      '--json',
    ]);
    const dates = (JSON.parse(r.stdout) as { dueDate: string }[]).map((x) => x.dueDate);
    expect(dates).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
    ]);
    const r2 = await runCli([
      'schedule',
      '--principal',
      '4000.00',
      '--rate',
      '5.00',
      '--term',
      '4',
      '--method',
      'equal_principal',
      '--start',
      '2026-11-30',
      '--json',
    ]);
    expect((JSON.parse(r2.stdout) as { dueDate: string }[]).map((x) => x.dueDate)).toEqual([
      '2026-12-30',
      '2027-01-30',
      '2027-02-28',
      '2027-03-30',
    ]);
  });

  it('quarterly: the term counts quarters and r = annual / 4', async () => {
    const r = await runCli([
      'schedule',
      '--principal',
      '100000.00',
      '--rate',
      '8.00',
      '--term',
      '4',
      '--method',
      'interest_only',
      '--start',
      '2026-01-15',
      '--frequency',
      'quarterly',
      '--json',
    ]);
    const rows = JSON.parse(r.stdout) as { dueDate: string; interest: string }[];
    expect(rows.map((x) => x.dueDate)).toEqual(['2026-04-15', '2026-07-15', '2026-10-15', '2027-01-15']);
    expect(rows.every((x) => x.interest === '2000.00')).toBe(true);
  });

  it('prints a readable table without --json', async () => {
    const r = await runCli([
      'schedule',
      ...base.filter((a) => a !== '--json'),
      '--method',
      'equal_installment',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2026-02-10\s+9727\.97\s+600\.00\s+10327\.97/);
    expect(r.stdout).toMatch(/total\s+120000\.00\s+3935\.66/);
  });
});

describe('daihou schedule refuses bad input with exit 2 naming the field', () => {
  it.each([
    [['--principal', '-5.00'], 'principal'],
    [['--principal', '100.123'], 'principal'],
    [['--principal', 'abc'], 'principal'],
    [['--rate', '6.0.0'], 'rate'],
    [['--rate', '40'], 'rate'],
    [['--term', '0'], 'term'],
    [['--term', '2.5'], 'term'],
    [['--method', 'balloon'], 'method'],
    [['--start', '2026-02-30'], 'start'],
    [['--start', '2026/01/10'], 'start'],
    [['--frequency', 'weekly'], 'frequency'],
    [['--principal', '5.00', '--term', '12'], 'principal'],
  ])('%j', async (override, field) => {
    const args: Record<string, string> = {
      '--principal': '120000.00',
      '--rate': '6.00',
      '--term': '12',
      '--method': 'equal_installment',
      '--start': '2026-01-10',
    };
    for (let i = 0; i < override.length; i += 2) args[override[i]!] = override[i + 1]!;
    const r = await runCli(['schedule', ...Object.entries(args).flat(), '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const fieldName = new RegExp(`^--${field}: `);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(fieldName);
  });

  it('names a missing option', async () => {
    const r = await runCli(['schedule', '--principal', '1000.00']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^--rate: is required/);
  });

  it('the real executable exits 2 with one line on stderr and 0 with JSON on stdout', () => {
    const bad = spawnCli([
      'schedule',
      '--principal',
      '1.001',
      '--rate',
      '6',
      '--term',
      '1',
      '--method',
      'bullet',
      '--start',
      '2026-01-01',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^--principal: .*more than two decimals/);
    const ok = spawnCli([
      ...[
        'schedule',
        '--principal',
        '1000.00',
        '--rate',
        '6',
        '--term',
        '1',
        '--method',
        'bullet',
        '--start',
        '2026-01-01',
      ],
      '--json',
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toHaveLength(1);
  });
});
