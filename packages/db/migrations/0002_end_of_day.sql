-- End of day (日终): the state it keeps per loan, the as-of history, and the run ledger.

-- What end of day needs to know about a loan between evaluations (docs/domain/end-of-day.md):
alter table loan
  -- Due date of the oldest installment with unpaid principal or interest; DPD at the end of any day d
  -- up to the next money movement is max(0, d − oldest_unpaid_due). Null when nothing is unpaid.
  add column oldest_unpaid_due date,
  -- The next business date whose end of day can change this loan without money in (null: none).
  add column next_check_date date,
  -- The last business date whose end of day evaluated this loan.
  add column evaluated_on date,
  add column on_time_streak integer not null default 0,
  -- The loan's own class before the debtor-level 10 % rule (RULES.md §5).
  add column own_classification text not null default 'normal'
    check (own_classification in ('normal', 'special_mention', 'substandard', 'doubtful', 'loss')),
  add column own_class_rule text not null default 'dpd=0',
  add column manual_classification text
    check (manual_classification in ('normal', 'special_mention', 'substandard', 'doubtful', 'loss')),
  -- Set by the run-level debtor step: the enterprise debtor has more than 10 % non-performing.
  add column debtor_npl_floor boolean not null default false,
  add column specific_provision bigint not null default 0;
create index loan_next_check_idx on loan (next_check_date) where status = 'active';

-- Qualitative triggers recorded against a loan (RULES.md §5), by inspections, warnings or people.
create table loan_class_trigger (
  id bigserial primary key,
  loan_id bigint not null references loan (id),
  trigger text not null check (trigger in ('fund_misuse', 'new_loan_repays_old', 'npl_elsewhere', 'malicious_evasion')),
  recorded_on date not null,
  lifted_on date,
  source text not null,
  note text
);
create index loan_class_trigger_loan_idx on loan_class_trigger (loan_id) where lifted_on is null;

-- The loan's end-of-day state as intervals: a row holds for the ends of days valid_from ≤ d < valid_to.
-- DPD and bucket for a day inside an interval derive from oldest_unpaid_due, so a loan that only ages
-- writes nothing; "the loan at the end of any past date" is one indexed lookup.
create table loan_state_history (
  loan_id bigint not null references loan (id),
  valid_from date not null,
  valid_to date not null default 'infinity',
  status text not null,
  principal_owed bigint not null,
  credit_balance bigint not null,
  oldest_unpaid_due date,
  classification text not null,
  class_rule text not null,
  specific_provision bigint not null,
  primary key (loan_id, valid_from),
  check (valid_from < valid_to)
);

-- The run ledger: one run per business date, its partitions by loan id range, and each step's cost.
create table eod_run (
  id bigserial primary key,
  business_date date not null unique,
  status text not null check (status in ('running', 'failed', 'completed')),
  partitions integer not null,
  loans integer not null,
  workers integer not null default 1,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  error text
);

create table eod_partition (
  run_id bigint not null references eod_run (id),
  partition_no integer not null,
  lo_id bigint not null,
  hi_id bigint not null,
  status text not null default 'pending' check (status in ('pending', 'done', 'failed')),
  attempts integer not null default 0,
  loans_evaluated integer not null default 0,
  loans_changed integer not null default 0,
  events_written integer not null default 0,
  millis integer,
  error text,
  error_loan_id bigint,
  finished_at timestamptz,
  primary key (run_id, partition_no)
);

create table eod_step_timing (
  run_id bigint not null references eod_run (id),
  partition_no integer not null,
  step text not null,
  millis integer not null,
  items integer not null,
  primary key (run_id, partition_no, step)
);

-- The portfolio at the end of each business date, for trends and the dashboard.
create table portfolio_daily (
  business_date date not null,
  branch_id text not null references branch (id),
  bucket text not null,
  classification text not null,
  loans integer not null,
  principal_owed bigint not null,
  specific_provision bigint not null,
  primary key (business_date, branch_id, bucket, classification)
);

-- A re-run of a day can never add the same end-of-day event twice.
create unique index loan_event_eod_once_idx on loan_event (loan_id, business_date, event_type, new_value)
  where actor = 'eod';
