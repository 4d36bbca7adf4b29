import {
  checkInterestCap,
  DomainError,
  type InterestCapCheck,
  type InterestCapSetting,
  type LocalDate,
  type LprEntry,
  parseDecimal,
  parseInterestCapSetting,
  parseLocalDate,
  type RateTermsToCheck,
} from '@daihou/core';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import type { Database, Sql } from '../sql-client';

/** numeric text without trailing zeros ("24.0000" → "24"), as core's parsers take it. */
const trim = (n: string): string => (n.includes('.') ? n.replace(/0+$/, '').replace(/\.$/, '') : n);

/** The institution's cap setting (migration 0014 seeds the fixed 24 % all-in cap). */
export async function loadInterestCapSetting(sql: Sql): Promise<InterestCapSetting> {
  const [r] = await sql.query<{ kind: string; annual_cap: string | null; lpr_multiple: string | null }>(
    'select kind, annual_cap::text as annual_cap, lpr_multiple::text as lpr_multiple from interest_cap_setting where id = 1',
  );
  if (!r) throw new Error('interest_cap_setting has no row (migration 0014 inserts it)');
  return parseInterestCapSetting({
    kind: r.kind,
    annualCap: r.annual_cap === null ? null : trim(r.annual_cap),
    multiple: r.lpr_multiple === null ? null : trim(r.lpr_multiple),
  });
}

export interface LprRow extends LprEntry {
  readonly fiveYear: string | null;
}

/** The dated LPR table, oldest first. */
export async function listLpr(sql: Sql): Promise<LprRow[]> {
  const rows = await sql.query<{ effective_from: LocalDate; one_year: string; five_year: string | null }>(
    `select effective_from::text as effective_from, one_year::text as one_year, five_year::text as five_year
       from lpr_rate order by effective_from`,
  );
  return rows.map((r) => ({
    effectiveFrom: r.effective_from,
    oneYear: trim(r.one_year),
    fiveYear: r.five_year === null ? null : trim(r.five_year),
  }));
}

/** Checks rates against the configured cap and the LPR table (core checkInterestCap). */
export async function checkRatesAgainstCap(sql: Sql, terms: RateTermsToCheck): Promise<InterestCapCheck> {
  return checkInterestCap(terms, await loadInterestCapSetting(sql), await listLpr(sql));
}

/**
 * Refuses rates above the cap: `rule_violation` naming the field (annualRate, annualFeeRate,
 * penaltyUplift, penaltyDailyRate) with the cap and the numbers in the message.
 */
export async function assertWithinInterestCap(sql: Sql, terms: RateTermsToCheck): Promise<void> {
  const r = await checkRatesAgainstCap(sql, terms);
  if (!r.ok) throw new DomainError('rule_violation', r.message, r.field);
}

const settingSchema = z.strictObject({
  kind: z.enum(['fixed', 'lpr_multiple']),
  annualCap: z.string().optional(),
  multiple: z.string().optional(),
});

/** Changes the institution's cap (administrators); audited as `interest_cap.update`. */
export async function updateInterestCapSetting(
  db: Database,
  body: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<InterestCapSetting> {
  const b = parseOrBadInput(settingSchema, body);
  const setting = parseInterestCapSetting(b);
  return db.transaction(async (tx) => {
    const before = await loadInterestCapSetting(tx);
    await tx.query(
      `update interest_cap_setting set kind = $1,
              annual_cap = coalesce($2::numeric, annual_cap), lpr_multiple = coalesce($3::numeric, lpr_multiple),
              updated_by = $4, updated_at = now()
        where id = 1`,
      [
        setting.kind,
        setting.kind === 'fixed' ? setting.annualCap : null,
        setting.kind === 'lpr_multiple' ? setting.multiple : null,
        actor,
      ],
    );
    await appendAudit(tx, {
      actor,
      action: 'interest_cap.update',
      objectType: 'interest_cap_setting',
      objectId: '1',
      branchId: null,
      before: { ...before },
      after: { ...setting },
      requestId,
    });
    return setting;
  });
}

const lprSchema = z.strictObject({
  effectiveFrom: z.string(),
  oneYear: z.string(),
  fiveYear: z.string().optional(),
});

/** Adds (or corrects) one LPR publication; audited as `lpr.upsert`. */
export async function upsertLpr(
  db: Database,
  body: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<LprRow> {
  const b = parseOrBadInput(lprSchema, body);
  const effectiveFrom = parseLocalDate(b.effectiveFrom, 'effectiveFrom');
  for (const [field, v] of [
    ['oneYear', b.oneYear],
    ['fiveYear', b.fiveYear],
  ] as const) {
    if (v === undefined) continue;
    const r = parseDecimal(v, field);
    if (r.n === 0n || r.n > 20n * r.d) {
      throw new DomainError(
        'bad_input',
        `${field}: "${v}" must be more than 0 and at most 20 % a year`,
        field,
      );
    }
  }
  return db.transaction(async (tx) => {
    await tx.query(
      `insert into lpr_rate (effective_from, one_year, five_year) values ($1, $2, $3)
       on conflict (effective_from) do update set one_year = excluded.one_year, five_year = excluded.five_year`,
      [effectiveFrom, b.oneYear, b.fiveYear ?? null],
    );
    await appendAudit(tx, {
      actor,
      action: 'lpr.upsert',
      objectType: 'lpr_rate',
      objectId: effectiveFrom,
      branchId: null,
      before: null,
      after: { effectiveFrom, oneYear: b.oneYear, fiveYear: b.fiveYear ?? null },
      requestId,
    });
    return {
      effectiveFrom,
      oneYear: trim(b.oneYear),
      fiveYear: b.fiveYear === undefined ? null : trim(b.fiveYear),
    };
  });
}
