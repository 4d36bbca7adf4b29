import { DEFAULT_INSPECTION_SETTINGS, type InspectionSettings, type LocalDate } from '@daihou/core';
import type { Sql } from '../sql-client';
import { SETTINGS_CTE, settingsParams } from './inspection-settings.repo';

/**
 * RULES.md §9: an ad-hoc inspection created by a warning. When a person confirms a warning on an active
 * loan, the loan's account manager (else the customer's) gets an ad-hoc task due within the product's
 * ad-hoc days, reason `adhoc:warning:<code>`. Confirmation, not raising, is the trigger: a confirmed
 * warning is one a department head judged real, while end of day raises many (every DPD threshold) that
 * the DPD rule already sends an inspection for. No second task while an ad-hoc one is open on the loan
 * (the open-task unique index). Returns the new task's id, or null when none was needed.
 */
export async function createWarningInspectionTask(
  tx: Sql,
  warningId: string,
  actor: string,
  date: LocalDate,
  defaults: InspectionSettings = DEFAULT_INSPECTION_SETTINGS,
): Promise<string | null> {
  const rows = await tx.query<{ id: string }>(
    `with ${SETTINGS_CTE}
     insert into inspection_task (kind, loan_id, customer_id, branch_id, assignee_id, due_date, origin, reason,
                                  created_by, created_on)
     select 'adhoc', l.id, l.customer_id, l.branch_id, coalesce(l.manager_id, c.manager_id),
            $12::date + s.adhoc_due_days, 'rule', 'adhoc:warning:' || w.code, $13, $12::date
       from warning w
       join loan l on l.id = w.loan_id and l.status = 'active'
       join customer c on c.id = l.customer_id
       join s on s.product_code = l.product_code
      where w.id = $11
     on conflict do nothing
     returning id::text as id`,
    [...settingsParams(defaults), warningId, date, actor],
  );
  return rows[0]?.id ?? null;
}
