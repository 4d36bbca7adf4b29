-- Post-loan inspections (贷后检查) and key customers (重点客户): RULES.md §9, docs/domain/inspections.md.

-- A product's inspection rhythm; a product without a row uses the defaults in core
-- (DEFAULT_INSPECTION_SETTINGS), which planning passes in as parameters.
create table product_inspection_setting (
  product_code text primary key references product (code),
  first_due_days integer not null check (first_due_days between 1 and 90),
  first_due_days_self_payment integer not null check (first_due_days_self_payment between 1 and 90),
  periodic_months_enterprise integer not null check (periodic_months_enterprise between 1 and 24),
  periodic_months_individual integer not null check (periodic_months_individual between 1 and 12),
  periodic_months_key_customer integer not null check (periodic_months_key_customer between 1 and 24),
  periodic_lead_days integer not null check (periodic_lead_days between 0 and 60),
  adhoc_dpd integer not null check (adhoc_dpd between 1 and 365),
  adhoc_due_days integer not null check (adhoc_due_days between 1 and 90),
  spot_check_share numeric(5, 4) not null check (spot_check_share between 0 and 1)
);

create table inspection_task (
  id bigserial primary key,
  kind text not null check (kind in ('first', 'periodic', 'adhoc', 'spot_check')),
  -- Rule-made tasks are per loan; an ad-hoc task made by hand may be about the customer as a whole.
  loan_id bigint references loan (id),
  customer_id bigint not null references customer (id),
  branch_id text not null references branch (id),
  -- The account manager who must do it (the loan's, else the customer's); null when none is assigned.
  assignee_id bigint references app_user (id),
  due_date date not null,
  status text not null default 'open'
    check (status in ('open', 'submitted', 'returned', 'approved', 'cancelled')),
  -- Overdue and shown to the manager's department head (set by end of day).
  escalated boolean not null default false,
  escalated_on date,
  origin text not null check (origin in ('rule', 'user')),
  -- The rule (`first:self_payment`, `adhoc:dpd>=60` …) or the person's reason.
  reason text not null,
  created_by text not null,
  created_on date not null,
  completed_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- Never a second unfinished task of one kind for one loan (or, for customer tasks, one customer):
-- planning inserts with `on conflict do nothing`, so a rerun adds nothing.
create unique index inspection_task_open_loan_idx on inspection_task (loan_id, kind)
  where loan_id is not null and status in ('open', 'submitted', 'returned');
create unique index inspection_task_open_customer_idx on inspection_task (customer_id, kind)
  where loan_id is null and status in ('open', 'submitted', 'returned');
-- One first inspection and one spot check per loan, ever (a cancelled one may be replaced).
create unique index inspection_task_once_idx on inspection_task (loan_id, kind)
  where kind in ('first', 'spot_check') and status <> 'cancelled';
create index inspection_task_loan_idx on inspection_task (loan_id, kind, created_on);
create index inspection_task_assignee_idx on inspection_task (assignee_id, status, due_date);
create index inspection_task_branch_idx on inspection_task (branch_id, status, due_date);
-- What escalation reads: unfinished, not yet escalated tasks by due date.
create index inspection_task_due_idx on inspection_task (due_date)
  where status in ('open', 'returned') and not escalated;

create table inspection_report (
  id bigserial primary key,
  task_id bigint not null references inspection_task (id),
  mode text not null check (mode in ('onsite', 'offsite')),
  inspected_on date not null,
  -- Findings by area (useOfFunds, operations, finances, guarantor, collateral), validated by the server.
  findings jsonb not null,
  flags text[] not null default '{}',
  -- Key figures in fen for 资产负债率 and 流动比率 (null when not collected, e.g. individuals).
  total_assets bigint check (total_assets >= 0),
  total_liabilities bigint check (total_liabilities >= 0),
  current_assets bigint check (current_assets >= 0),
  current_liabilities bigint check (current_liabilities >= 0),
  risk_opinion text not null,
  proposed_measures text,
  author text not null,
  submitted_at timestamptz not null default now(),
  submitted_on date not null,
  status text not null default 'submitted' check (status in ('submitted', 'approved', 'returned')),
  reviewer text,
  decided_at timestamptz,
  comments text,
  signed_at timestamptz,
  check ((status = 'submitted') = (reviewer is null)),
  check (reviewer is null or reviewer <> author),
  check (status <> 'returned' or comments is not null),
  check ((status = 'approved') = (signed_at is not null))
);
create index inspection_report_task_idx on inspection_report (task_id, id);

create table key_customer (
  id bigserial primary key,
  customer_id bigint not null references customer (id),
  reason text not null,
  source text not null check (source in ('monthly_top', 'manual')),
  valid_from date not null,
  -- Last day it applied; null while it is in force.
  valid_to date,
  approved_by text,
  requested_by text,
  approval_id bigint references approval_request (id),
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from),
  check (source <> 'manual' or approved_by is not null)
);
create unique index key_customer_current_idx on key_customer (customer_id, source) where valid_to is null;

-- When each active loan's next periodic inspection falls due (null: a periodic task is open, or the loan
-- matures first). Planning reads the loans due within the lead days through the index instead of
-- computing the date for the whole book every night.
create table inspection_plan (
  loan_id bigint primary key references loan (id),
  -- The last completed first or periodic inspection (null: none yet; the rhythm then runs from
  -- disbursement, rolled forward to the first date not before the day it is computed).
  periodic_basis date,
  next_periodic_due date
);
create index inspection_plan_due_idx on inspection_plan (next_periodic_due) where next_periodic_due is not null;

-- Exactly one row: what planning has already covered, so a night with nothing due reads little.
create table inspection_planning_state (
  id integer primary key default 1 check (id = 1),
  -- Loans with a larger id have no inspection_plan row yet (ids only grow).
  planned_loans_through bigint not null default 0,
  -- The first day of the last month whose spot-check sample was drawn.
  spot_checked_month date,
  last_planned_on date
);
insert into inspection_planning_state (id) values (1);

-- New disbursements for first inspections and spot checks, and overdue loans for ad-hoc ones.
create index loan_disbursement_date_idx on loan (disbursement_date);
create index loan_overdue_idx on loan (oldest_unpaid_due) where status = 'active';

-- Inspection findings record RULES.md §5 triggers; the report they came from is in `source`.
create index loan_class_trigger_source_idx on loan_class_trigger (source) where lifted_on is null;
