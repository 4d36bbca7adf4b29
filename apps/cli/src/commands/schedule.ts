import { formatYuan, generateSchedule, parseLoanTerms } from '@daihou/core';
import { parseOptions, requireOption, withOptionNames } from '../shared/args';
import type { Command } from '../shared/cli-io';
import { renderTable } from '../shared/table';

const HELP = `Usage: daihou schedule --principal 120000.00 --rate 6.00 --term 12 \\
  --method equal_installment|equal_principal|interest_only|bullet --start 2026-01-10 \\
  [--frequency monthly|quarterly] [--json]

Prints the repayment schedule (RULES.md §2). --term counts installments (bullet: months to maturity).`;

const OPTION_NAMES = {
  principal: 'principal',
  annualRate: 'rate',
  term: 'term',
  method: 'method',
  frequency: 'frequency',
  disbursementDate: 'start',
};

export const schedule: Command = async (args, io) => {
  const { values } = parseOptions(args, {
    principal: { type: 'string' },
    rate: { type: 'string' },
    term: { type: 'string' },
    method: { type: 'string' },
    start: { type: 'string' },
    frequency: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const terms = withOptionNames(OPTION_NAMES, () =>
    parseLoanTerms({
      principal: requireOption(values.principal, 'principal'),
      annualRate: requireOption(values.rate, 'rate'),
      term: requireOption(values.term, 'term'),
      method: requireOption(values.method, 'method'),
      frequency: values.frequency,
      disbursementDate: requireOption(values.start, 'start'),
    }),
  );
  const rows = generateSchedule(terms).map((i) => ({
    period: i.period,
    dueDate: i.dueDate,
    principal: formatYuan(i.principal),
    interest: formatYuan(i.interest),
    total: formatYuan(i.principal + i.interest),
  }));
  if (values.json) {
    io.out(JSON.stringify(rows));
    return 0;
  }
  const totals = generateSchedule(terms).reduce(
    (t, i) => ({ principal: t.principal + i.principal, interest: t.interest + i.interest }),
    { principal: 0, interest: 0 },
  );
  io.out(
    renderTable(
      ['period', 'dueDate', 'principal', 'interest', 'total'],
      [
        ...rows.map((r) => [String(r.period), r.dueDate, r.principal, r.interest, r.total]),
        [
          'total',
          '',
          formatYuan(totals.principal),
          formatYuan(totals.interest),
          formatYuan(totals.principal + totals.interest),
        ],
      ],
    ),
  );
  return 0;
};
