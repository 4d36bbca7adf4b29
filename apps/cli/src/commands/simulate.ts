import { readFileSync } from 'node:fs';
import {
  badInput,
  compoundAccrued,
  formatYuan,
  type LoanSnapshot,
  penaltyAccrued,
  replayLoan,
  snapshot,
} from '@daihou/core';
import { parseOptions } from '../shared/args';
import type { Command } from '../shared/cli-io';
import { renderTable } from '../shared/table';
import { parseScenario } from '../simulate/scenario';

const HELP = `Usage: daihou simulate <scenario.json | -> [--json]

Replays one loan day by day under RULES.md §2–§5 and prints its state at the end of asOf.
Scenario: {"loan": {"principal","annualRate","term","method","disbursementDate",
           "frequency"?, "graceDays"?, "penaltyUplift"?}, "repayments": [{"date","amount"}], "asOf"}`;

function readScenario(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch {
    throw badInput('scenario', `cannot read "${path}"`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw badInput('scenario', `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

export const simulate: Command = async (args, io) => {
  const { values, positionals } = parseOptions(
    args,
    { json: { type: 'boolean' }, help: { type: 'boolean' } },
    true,
  );
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw badInput('scenario', 'give exactly one scenario file (or - for stdin)');
  const scenario = parseScenario(readScenario(positionals[0]!));
  const { ledger } = replayLoan(scenario);
  const state = snapshot(ledger, scenario.asOf);
  const result = {
    asOf: state.asOf,
    dpd: state.dpd,
    bucket: state.bucket,
    classification: state.classification,
    status: state.status,
    outstanding: {
      principal: formatYuan(state.outstanding.principal),
      overduePrincipal: formatYuan(state.outstanding.overduePrincipal),
      overdueInterest: formatYuan(state.outstanding.overdueInterest),
      penalty: formatYuan(state.outstanding.penalty),
      compound: formatYuan(state.outstanding.compound),
    },
    creditBalance: formatYuan(state.creditBalance),
    installments: ledger.installments.map((i) => ({
      period: i.period,
      dueDate: i.dueDate,
      principalDue: formatYuan(i.principalDue),
      interestDue: formatYuan(i.interestDue),
      principalPaid: formatYuan(i.principalPaid),
      interestPaid: formatYuan(i.interestPaid),
      penaltyAccrued: formatYuan(penaltyAccrued(i)),
      penaltyPaid: formatYuan(i.penaltyPaid),
      compoundAccrued: formatYuan(compoundAccrued(i)),
      compoundPaid: formatYuan(i.compoundPaid),
    })),
  };
  if (values.json) {
    io.out(JSON.stringify(result, null, 2));
    return 0;
  }
  io.out(describe(state));
  io.out(
    renderTable(
      ['period', 'dueDate', 'principal', 'paid', 'interest', 'paid', 'penalty', 'paid', 'compound', 'paid'],
      result.installments.map((i) => [
        String(i.period),
        i.dueDate,
        i.principalDue,
        i.principalPaid,
        i.interestDue,
        i.interestPaid,
        i.penaltyAccrued,
        i.penaltyPaid,
        i.compoundAccrued,
        i.compoundPaid,
      ]),
    ),
  );
  return 0;
};

function describe(s: LoanSnapshot): string {
  const o = s.outstanding;
  return [
    `as of ${s.asOf}: ${s.status}, DPD ${s.dpd}, bucket ${s.bucket}, class ${s.classification}`,
    `principal owed ${formatYuan(o.principal)} (overdue ${formatYuan(o.overduePrincipal)}), overdue interest ${formatYuan(o.overdueInterest)}`,
    `penalty ${formatYuan(o.penalty)}, compound ${formatYuan(o.compound)}, credit balance ${formatYuan(s.creditBalance)}`,
    '',
  ].join('\n');
}
