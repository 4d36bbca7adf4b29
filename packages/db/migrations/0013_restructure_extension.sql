-- Restructuring (重组) and extension (展期): RULES.md §5 and §12, docs/domain/restructuring-and-extension.md.

-- The schedule in force is version schedule_version; `installment` always holds exactly that version, so
-- every reader of installments (end of day, loan detail, imports, reports) reads the current schedule
-- without a filter. The versions it replaced are kept row for row in superseded_installment.
alter table loan
  add column schedule_version integer not null default 1,
  -- The contract term before the first extension or restructuring changed `term` (null: never changed).
  add column original_term integer;

create table superseded_installment (
  loan_id bigint not null references loan (id),
  -- The version these rows were (1 = the schedule at disbursement).
  schedule_version integer not null,
  period integer not null,
  kind text not null,
  due_date date not null,
  principal_due bigint not null,
  interest_due bigint not null,
  fee_due bigint not null,
  principal_paid bigint not null,
  interest_paid bigint not null,
  fee_paid bigint not null,
  penalty_micro bigint not null,
  penalty_paid bigint not null,
  compound_micro bigint not null,
  compound_paid bigint not null,
  primary key (loan_id, schedule_version, period)
);

-- One row per approved extension or restructuring: the terms, why, the guarantors' consent and the
-- observation period (RULES.md §5) end of day follows.
create table loan_rescheduling (
  id bigserial primary key,
  loan_id bigint not null references loan (id),
  kind text not null check (kind in ('extension', 'restructure')),
  approval_id bigint not null references approval_request (id),
  effective_date date not null,
  -- The version this change created (the one it superseded is schedule_version − 1).
  schedule_version integer not null,
  reason text not null,
  for_financial_difficulty boolean not null,
  -- Extension: months added to the maturity.
  months integer check (months is null or months > 0),
  old_annual_rate numeric(12, 8) not null,
  old_method text not null,
  old_term integer not null,
  old_maturity_date date not null,
  annual_rate numeric(12, 8) not null,
  method text not null,
  term integer not null,
  maturity_date date not null,
  -- Principal re-scheduled, and the arrears carried onto the first new installment (restructure).
  principal bigint not null,
  carried jsonb not null,
  -- [{guaranteeId, guarantorName, consentDate, evidence}] — every guarantor of the contract.
  guarantor_consents jsonb not null,
  -- Where the observation period now starts: the first repayment date after the change, moved by end
  -- of day to the due date of a missed installment (the period restarts).
  observation_start date not null,
  maker text not null,
  checker text not null,
  created_at timestamptz not null default now(),
  unique (loan_id, schedule_version)
);
create index loan_rescheduling_loan_idx on loan_rescheduling (loan_id, id);
