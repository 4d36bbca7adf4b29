-- Risk early warning (风险预警) and collection (催收): RULES.md §10–§12, docs/domain/warnings-and-collection.md.

-- End of day finds the loans whose state changed today through the day it evaluated them.
create index loan_evaluated_on_idx on loan (evaluated_on);
-- Overdue active loans by the day they fell overdue come from loan_overdue_idx (0009_inspections.sql).
-- No further loan index: every one adds an insertion to each loan end of day rewrites.

-- The first run of the collection step scans the whole book for overdue loans without a case (a book
-- imported or upgraded with arrears); later runs look only at the loans whose state can have moved.
create table collection_state (
  id int primary key check (id = 1),
  scanned_on date
);
insert into collection_state (id) values (1);

create table warning (
  id bigserial primary key,
  -- A loan's warning; customer-level signals carry the customer's loan the rule saw it on.
  loan_id bigint references loan (id),
  customer_id bigint not null references customer (id),
  branch_id text not null references branch (id),
  code text not null,
  level text not null check (level in ('red', 'orange', 'yellow', 'blue')),
  status text not null default 'raised' check (status in ('raised', 'confirmed', 'dismissed', 'lifted')),
  -- What the rule saw (core `Signal.evidence`), so the warning can be judged without recomputing it.
  evidence jsonb not null,
  raised_on date not null,
  raised_by text not null,
  decided_by text,
  decided_on date,
  decision_reason text,
  lifted_by text,
  lifted_on date,
  lift_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status <> 'lifted' or (lift_reason is not null and lifted_by is not null))
);
-- RULES.md §11: the same signal is not raised again for a loan while one is open. Raising inserts with
-- `on conflict do nothing`, so a rerun of the day adds nothing.
create unique index warning_open_idx on warning (loan_id, code) where status in ('raised', 'confirmed');
create index warning_board_idx on warning (branch_id, status, level, raised_on);
create index warning_customer_idx on warning (customer_id);

create table warning_measure (
  id bigserial primary key,
  warning_id bigint not null references warning (id),
  description text not null,
  deadline date not null,
  status text not null default 'open' check (status in ('open', 'done')),
  created_by text not null,
  created_on date not null,
  done_on date
);
create index warning_measure_warning_idx on warning_measure (warning_id);

-- A debtor's stop flags (RULES.md §10): while one is set, automated contact stops.
create table customer_stop_flag (
  id bigserial primary key,
  customer_id bigint not null references customer (id),
  flag text not null check (flag in ('complaint', 'dispute', 'deceased', 'litigation')),
  recorded_on date not null,
  recorded_by text not null,
  lifted_on date
);
create unique index customer_stop_flag_open_idx on customer_stop_flag (customer_id, flag) where lifted_on is null;

create table collection_case (
  id bigserial primary key,
  loan_id bigint not null references loan (id),
  customer_id bigint not null references customer (id),
  branch_id text not null references branch (id),
  opened_on date not null,
  stage text not null check (stage in ('early', 'contact', 'formal', 'legal')),
  -- Overdue principal, interest and fee (fen) when end of day last evaluated the loan; with the loan's
  -- DPD (derived from loan.oldest_unpaid_due) it orders the queue.
  overdue_amount bigint not null default 0,
  assignee_id bigint references app_user (id),
  status text not null default 'open' check (status in ('open', 'closed')),
  closed_on date,
  close_reason text check (close_reason in ('current', 'settled', 'written_off')),
  updated_on date not null,
  check ((status = 'closed') = (closed_on is not null and close_reason is not null))
);
-- One open case per loan; a loan that falls overdue again after closing gets a new case.
create unique index collection_case_open_idx on collection_case (loan_id) where status = 'open';
create index collection_case_branch_idx on collection_case (branch_id, status);
create index collection_case_assignee_idx on collection_case (assignee_id, status);

create table collection_task (
  id bigserial primary key,
  case_id bigint not null references collection_case (id),
  stage text not null,
  kind text not null check (kind in
    ('reminder', 'call', 'visit', 'letter', 'guarantor_demand', 'acceleration_review', 'litigation_review')),
  created_on date not null,
  status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
  done_on date
);
create unique index collection_task_once_idx on collection_task (case_id, stage, kind);

create table collection_action (
  id bigserial primary key,
  case_id bigint not null references collection_case (id),
  loan_id bigint not null references loan (id),
  channel text not null check (channel in ('phone', 'sms', 'letter', 'visit', 'legal')),
  target text not null check (target in ('debtor', 'guarantor', 'third_party')),
  contact_point text not null,
  -- The borrower's local date and minute of the day the contact was made (RULES.md §10 quiet hours).
  action_date date not null,
  action_minute integer not null check (action_minute between 0 and 1439),
  outcome text not null,
  notes text,
  actor text not null,
  created_at timestamptz not null default now()
);
create index collection_action_case_idx on collection_action (case_id, action_date);

create table promise_to_pay (
  id bigserial primary key,
  case_id bigint not null references collection_case (id),
  action_id bigint not null references collection_action (id),
  loan_id bigint not null references loan (id),
  amount bigint not null check (amount > 0),
  promise_date date not null,
  promised_on date not null,
  status text not null default 'open' check (status in ('open', 'kept', 'broken')),
  resolved_on date,
  check (promise_date >= promised_on)
);
create index promise_to_pay_open_idx on promise_to_pay (promise_date) where status = 'open';
create index promise_to_pay_case_idx on promise_to_pay (case_id);
