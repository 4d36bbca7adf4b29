import { DEFAULT_INSPECTION_SETTINGS, type InspectionSettings, parseDecimal } from '@daihou/core';
import type { Sql } from '../sql-client';

interface SettingRow {
  product_code: string;
  first_due_days: number;
  first_due_days_self_payment: number;
  periodic_months_enterprise: number;
  periodic_months_individual: number;
  periodic_months_key_customer: number;
  periodic_lead_days: number;
  adhoc_dpd: number;
  adhoc_due_days: number;
  spot_check_share: string;
}

/** Each product's inspection settings: its row in product_inspection_setting, else the defaults. */
export async function loadInspectionSettings(
  sql: Sql,
  defaults: InspectionSettings = DEFAULT_INSPECTION_SETTINGS,
): Promise<Map<string, InspectionSettings>> {
  const products = await sql.query<{ code: string }>('select code from product order by code');
  const rows = await sql.query<SettingRow>(
    `select product_code, first_due_days, first_due_days_self_payment, periodic_months_enterprise,
            periodic_months_individual, periodic_months_key_customer, periodic_lead_days, adhoc_dpd,
            adhoc_due_days, spot_check_share::text as spot_check_share
       from product_inspection_setting`,
  );
  const byProduct = new Map(rows.map((r) => [r.product_code, r]));
  const out = new Map<string, InspectionSettings>();
  for (const { code } of products) {
    const r = byProduct.get(code);
    out.set(
      code,
      r
        ? {
            firstDueDays: r.first_due_days,
            firstDueDaysSelfPayment: r.first_due_days_self_payment,
            periodicMonthsEnterprise: r.periodic_months_enterprise,
            periodicMonthsIndividual: r.periodic_months_individual,
            periodicMonthsKeyCustomer: r.periodic_months_key_customer,
            periodicLeadDays: r.periodic_lead_days,
            adhocDpd: r.adhoc_dpd,
            adhocDueDays: r.adhoc_due_days,
            spotCheckShare: parseDecimal(r.spot_check_share, 'spotCheckShare'),
          }
        : defaults,
    );
  }
  return out;
}

/**
 * A CTE `s` with every product's settings (its row, else the defaults given as parameters $1–$10), so
 * set-based planning applies each loan's product rules in SQL. Statements using it put their own
 * parameters from $11 on.
 */
export const SETTINGS_CTE = `s as (
  select p.code as product_code,
         coalesce(x.first_due_days, $1::int) as first_due_days,
         coalesce(x.first_due_days_self_payment, $2::int) as first_due_days_self_payment,
         coalesce(x.periodic_months_enterprise, $3::int) as periodic_months_enterprise,
         coalesce(x.periodic_months_individual, $4::int) as periodic_months_individual,
         coalesce(x.periodic_months_key_customer, $5::int) as periodic_months_key_customer,
         coalesce(x.periodic_lead_days, $6::int) as periodic_lead_days,
         coalesce(x.adhoc_dpd, $7::int) as adhoc_dpd,
         coalesce(x.adhoc_due_days, $8::int) as adhoc_due_days,
         coalesce(x.spot_check_share, $9::numeric / $10::numeric) as spot_check_share
    from product p left join product_inspection_setting x on x.product_code = p.code
)`;

export const settingsParams = (d: InspectionSettings): unknown[] => [
  d.firstDueDays,
  d.firstDueDaysSelfPayment,
  d.periodicMonthsEnterprise,
  d.periodicMonthsIndividual,
  d.periodicMonthsKeyCustomer,
  d.periodicLeadDays,
  d.adhocDpd,
  d.adhocDueDays,
  d.spotCheckShare.n.toString(),
  d.spotCheckShare.d.toString(),
];

/** Whether customer `c` (an alias in the query) is a key customer now. */
export const IS_KEY_SQL = (c: string) =>
  `exists (select 1 from key_customer k where k.customer_id = ${c}.id and k.valid_to is null)`;

/**
 * The next periodic due date, as core's nextPeriodicDue: the customer type's rhythm, or the key
 * customers' when shorter, in months from `basis` (the last completed inspection; PostgreSQL clamps to
 * the month's last day from the start date, as addMonthsClamped does), or — when `basis` is null — the
 * first date of the rhythm from disbursement on or after `rollFrom`; null on or after maturity.
 */
export const nextPeriodicSql = (basis: string, l: string, c: string, rollFrom: string) => `(
  select case when due < ${l}.maturity_date then due end
    from (select case
            when ${basis} is not null then (greatest(${basis}, ${l}.disbursement_date) + make_interval(months => m))::date
            when (${l}.disbursement_date + make_interval(months => k0 * m))::date >= ${rollFrom}
              then (${l}.disbursement_date + make_interval(months => k0 * m))::date
            else (${l}.disbursement_date + make_interval(months => (k0 + 1) * m))::date end as due
            from (select m, case when apart > m then apart / m else 1 end as k0
                    from (select case
                            when ${IS_KEY_SQL(c)} and s.periodic_months_key_customer <
                                 (case when ${c}.customer_type = 'enterprise' then s.periodic_months_enterprise
                                       else s.periodic_months_individual end)
                              then s.periodic_months_key_customer
                            when ${c}.customer_type = 'enterprise' then s.periodic_months_enterprise
                            else s.periodic_months_individual end as m,
                            ((extract(year from ${rollFrom}) - extract(year from ${l}.disbursement_date)) * 12
                              + extract(month from ${rollFrom}) - extract(month from ${l}.disbursement_date))::int as apart
                            from s where s.product_code = ${l}.product_code) x) y) n)`;
