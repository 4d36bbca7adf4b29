-- Recovery (RULES.md §11, §12): write-off (核销) with later recoveries (账销案存), litigation, demands that
-- restart the limitation and guarantee clocks, recovery plans (一户一策) with monthly reviews, interest caps
-- with the dated LPR table. docs/domain/write-off.md, docs/domain/litigation-and-recovery-plans.md.

-- The institution's interest cap (one row): a fixed all-in percentage or a multiple of the one-year LPR at
-- the contract date. Editable data; the default is the small-loan companies' 24 % all-in.
create table interest_cap_setting (
  id integer primary key default 1 check (id = 1),
  kind text not null check (kind in ('fixed', 'lpr_multiple')),
  annual_cap numeric(8, 4) check (annual_cap > 0 and annual_cap <= 36),
  lpr_multiple numeric(6, 4) check (lpr_multiple > 0 and lpr_multiple <= 10),
  updated_by text not null default 'system',
  updated_at timestamptz not null default now(),
  check ((kind = 'fixed' and annual_cap is not null) or (kind = 'lpr_multiple' and lpr_multiple is not null))
);
insert into interest_cap_setting (kind, annual_cap, lpr_multiple) values ('fixed', 24, 4);

-- The one-year (and five-year) LPR as published by the National Interbank Funding Center, by the day each
-- value took effect. Seeded with the published history since the 2019 reform; add rows as they are published.
create table lpr_rate (
  effective_from date primary key,
  one_year numeric(6, 4) not null check (one_year > 0),
  five_year numeric(6, 4) check (five_year > 0)
);
insert into lpr_rate (effective_from, one_year, five_year) values
  ('2019-08-20', 4.25, 4.85),
  ('2019-09-20', 4.20, 4.85),
  ('2019-11-20', 4.15, 4.80),
  ('2020-02-20', 4.05, 4.75),
  ('2020-04-20', 3.85, 4.65),
  ('2021-12-20', 3.80, 4.65),
  ('2022-01-20', 3.70, 4.60),
  ('2022-05-20', 3.70, 4.45),
  ('2022-08-22', 3.65, 4.30),
  ('2023-06-20', 3.55, 4.20),
  ('2023-08-21', 3.45, 4.20),
  ('2024-02-20', 3.45, 3.95),
  ('2024-07-22', 3.35, 3.85),
  ('2024-10-21', 3.10, 3.60),
  ('2025-05-20', 3.00, 3.50);

-- A write-off: the claim taken off the balance sheet, why (cause + evidence), what was tried, who was
-- responsible (责任认定), who asked and who approved. One per loan. Recovered amounts per component are
-- kept on the row (summed from write_off_recovery in the same transaction) so the claim still pursued is
-- written_off − recovered without a scan.
create table write_off (
  id bigserial primary key,
  loan_id bigint not null unique references loan (id),
  branch_id text not null references branch (id),
  approval_id bigint unique references approval_request (id),
  cause text not null check (cause in ('bankruptcy', 'death', 'enforcement_ended', 'small_balance')),
  evidence jsonb not null check (jsonb_typeof(evidence) = 'array' and jsonb_array_length(evidence) > 0),
  recovery_efforts text not null check (length(btrim(recovery_efforts)) > 0),
  recovery_effort_count integer not null check (recovery_effort_count >= 0),
  responsibility jsonb not null,
  written_off_on date not null,
  principal bigint not null check (principal >= 0),
  interest bigint not null check (interest >= 0),
  fee bigint not null check (fee >= 0),
  penalty bigint not null check (penalty >= 0),
  compound bigint not null check (compound >= 0),
  principal_recovered bigint not null default 0,
  interest_recovered bigint not null default 0,
  fee_recovered bigint not null default 0,
  penalty_recovered bigint not null default 0,
  compound_recovered bigint not null default 0,
  maker text not null,
  approver text not null,
  created_at timestamptz not null default now(),
  check (maker <> approver),
  check (principal_recovered between 0 and principal),
  check (interest_recovered between 0 and interest),
  check (fee_recovered between 0 and fee),
  check (penalty_recovered between 0 and penalty),
  check (compound_recovered between 0 and compound)
);
create index write_off_branch_idx on write_off (branch_id, written_off_on);

-- Money recovered after the write-off, with where each fen went (principal → interest → fee → penalty →
-- compound of what was written off). Idempotent by key like a repayment.
create table write_off_recovery (
  id bigserial primary key,
  write_off_id bigint not null references write_off (id),
  loan_id bigint not null references loan (id),
  recovered_on date not null,
  amount bigint not null check (amount > 0),
  source text not null check (source in
    ('borrower', 'guarantor', 'collateral_sale', 'court_enforcement', 'bankruptcy_distribution', 'other')),
  principal bigint not null default 0 check (principal >= 0),
  interest bigint not null default 0 check (interest >= 0),
  fee bigint not null default 0 check (fee >= 0),
  penalty bigint not null default 0 check (penalty >= 0),
  compound bigint not null default 0 check (compound >= 0),
  note text,
  idempotency_key text unique,
  request_hash text,
  created_by text not null,
  created_at timestamptz not null default now(),
  check (principal + interest + fee + penalty + compound = amount)
);
create index write_off_recovery_loan_idx on write_off_recovery (loan_id, recovered_on);

-- Litigation: the case from the handover to the lawyers to its close, and each step with its date, costs
-- and amounts recovered.
create table litigation_case (
  id bigserial primary key,
  loan_id bigint not null references loan (id),
  branch_id text not null references branch (id),
  stage text not null default 'lawyer_handover'
    check (stage in ('lawyer_handover', 'filing', 'hearing', 'judgment', 'enforcement', 'closed')),
  lawyer text not null,
  court text,
  case_no text,
  claim_amount bigint not null check (claim_amount > 0),
  judgment_amount bigint check (judgment_amount >= 0),
  costs bigint not null default 0 check (costs >= 0),
  recovered bigint not null default 0 check (recovered >= 0),
  handed_over_on date not null,
  closed_on date,
  outcome text,
  created_by text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((stage = 'closed') = (closed_on is not null))
);
-- One litigation in progress per loan.
create unique index litigation_open_idx on litigation_case (loan_id) where stage <> 'closed';
create index litigation_branch_idx on litigation_case (branch_id, stage);

create table litigation_step (
  id bigserial primary key,
  case_id bigint not null references litigation_case (id),
  loan_id bigint not null references loan (id),
  stage text not null
    check (stage in ('lawyer_handover', 'filing', 'hearing', 'judgment', 'enforcement', 'closed')),
  step_on date not null,
  cost bigint not null default 0 check (cost >= 0),
  recovered bigint not null default 0 check (recovered >= 0),
  note text,
  actor text not null,
  created_at timestamptz not null default now()
);
create index litigation_step_case_idx on litigation_step (case_id, step_on);
create index litigation_step_loan_idx on litigation_step (loan_id);

-- Demands (催收函, 律师函, 公证送达 …) on the borrower or a guarantor, and the borrower's acknowledgements
-- of the debt: they restart the limitation period and preserve the guarantee period.
create table recovery_demand (
  id bigserial primary key,
  loan_id bigint not null references loan (id),
  branch_id text not null references branch (id),
  target text not null check (target in ('borrower', 'guarantor')),
  guarantee_id bigint references guarantee (id),
  kind text not null check (kind in ('demand', 'acknowledgement')),
  made_on date not null,
  channel text not null
    check (channel in ('letter', 'registered_mail', 'notary', 'in_person', 'lawyer_letter', 'sms', 'phone')),
  evidence text not null check (length(btrim(evidence)) > 0),
  actor text not null,
  created_at timestamptz not null default now(),
  check ((target = 'guarantor') = (guarantee_id is not null))
);
create index recovery_demand_loan_idx on recovery_demand (loan_id, made_on);

-- 一户一策: one active plan per non-performing (or written-off) loan, its measures and monthly reviews.
create table recovery_plan (
  id bigserial primary key,
  loan_id bigint not null references loan (id),
  branch_id text not null references branch (id),
  likelihood text not null check (likelihood in ('likely', 'hard', 'unlikely')),
  target_amount bigint not null check (target_amount > 0),
  target_date date not null,
  summary text not null check (length(btrim(summary)) > 0),
  status text not null default 'active' check (status in ('active', 'closed')),
  created_by text not null,
  created_on date not null,
  last_reviewed_on date not null,
  closed_on date,
  close_reason text,
  created_at timestamptz not null default now(),
  check ((status = 'closed') = (closed_on is not null))
);
create unique index recovery_plan_active_idx on recovery_plan (loan_id) where status = 'active';
create index recovery_plan_review_idx on recovery_plan (branch_id, last_reviewed_on) where status = 'active';

create table recovery_measure (
  id bigserial primary key,
  plan_id bigint not null references recovery_plan (id),
  kind text not null check (kind in
    ('visit', 'collateral_sale', 'guarantor_payment', 'rent_collection', 'restructuring', 'extension', 'litigation')),
  description text not null,
  target_amount bigint check (target_amount > 0),
  due_date date not null,
  status text not null default 'open' check (status in ('open', 'done', 'dropped')),
  done_on date,
  created_by text not null
);
create index recovery_measure_plan_idx on recovery_measure (plan_id);

create table recovery_review (
  id bigserial primary key,
  plan_id bigint not null references recovery_plan (id),
  reviewed_on date not null,
  likelihood text not null check (likelihood in ('likely', 'hard', 'unlikely')),
  notes text not null check (length(btrim(notes)) > 0),
  reviewer text not null,
  created_at timestamptz not null default now()
);
create index recovery_review_plan_idx on recovery_review (plan_id, reviewed_on);
