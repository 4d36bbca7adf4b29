import { runEndOfDay } from '@daihou/batch';
import { parseLocalDate } from '@daihou/core';
import {
  approve,
  CLASS_OVERRIDE_PERMISSION,
  initBusinessDate,
  listLoanEvents,
  requestApproval,
  verifyAuditChain,
} from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/demo-loader';

const DAY = parseLocalDate('2026-11-23');

/**
 * A class override approved through maker–checker is applied by that night's end of day, through core's
 * classifyLoan (rule `manual`), with the class event, the state history and the provision that go with it.
 */
describe.each(testEngines())('an approved class override at end of day (%s)', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await initBusinessDate(t.db, DAY);
    await loadDemo(t.db, { customers: 50, seed: 7, businessDate: DAY });
  }, 300_000);
  afterAll(() => t.dispose());

  it('moves the loan to the manual class with rule manual, even when nothing else was due', async () => {
    // A normal loan end of day would not otherwise look at tonight.
    const [loan] = await t.db.query<{ id: string; principal_owed: string }>(
      `select id::text as id, principal_owed from loan
        where status = 'active' and classification = 'normal' and next_check_date > $1 order by id limit 1`,
      [DAY],
    );
    expect(loan).toBeDefined();
    const made = await requestApproval(t.db, {
      kind: 'class_override',
      objectType: 'loan',
      objectId: loan!.id,
      payload: { classification: 'doubtful', evidence: '法院查封裁定书 (2026) 京01执123号' },
      reason: '主要经营性资产被查封',
      maker: 'officer.a',
    });
    await approve(t.db, made.id, { username: 'risk.head', permissions: [CLASS_OVERRIDE_PERMISSION] });

    const result = await runEndOfDay(t.db, DAY);
    expect(result.status).toBe('completed');
    const [row] = await t.db.query<{
      classification: string;
      class_rule: string;
      specific_provision: string;
    }>('select classification, class_rule, specific_provision from loan where id = $1', [loan!.id]);
    expect(row).toMatchObject({ classification: 'doubtful', class_rule: 'manual' });
    // RULES.md §6: doubtful provisions 50 % of principal owed.
    expect(Number(row!.specific_provision)).toBe(Math.round(Number(loan!.principal_owed) / 2));
    const classEvents = (await listLoanEvents(t.db, loan!.id)).filter(
      (e) => e.eventType === 'classification',
    );
    expect(classEvents.at(-1)).toMatchObject({
      businessDate: DAY,
      oldValue: 'normal',
      newValue: 'doubtful',
      rule: 'manual',
    });
    const [history] = await t.db.query<{ valid_from: string; classification: string; class_rule: string }>(
      `select valid_from, classification, class_rule from loan_state_history where loan_id = $1
        order by valid_from desc limit 1`,
      [loan!.id],
    );
    expect(history).toEqual({ valid_from: DAY, classification: 'doubtful', class_rule: 'manual' });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});
