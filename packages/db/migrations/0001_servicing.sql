-- The servicing core: organisation, parties, contracts, loans, schedules, money and events.
-- Amounts are integer fen in bigint columns; accruals are micro-fen (10^-6 fen) in bigint;
-- rates are exact numerics in percent per year; business dates are `date` (RULES.md §1).

create table branch (
  id text primary key,
  parent_id text references branch (id),
  name text not null,
  level text not null check (level in ('head_office', 'branch', 'sub_branch')),
  -- Materialised path ('/HQ/A/A01/') so a branch subtree is one prefix match.
  path text not null unique
);

create table app_user (
  id bigserial primary key,
  username text not null unique,
  display_name text not null,
  branch_id text not null references branch (id),
  roles text[] not null default '{}',
  password_hash text,
  active boolean not null default true,
  created_at timestamptz not null default now()
);

-- Exactly one row: the current business date moves only when end of day completes.
create table system_state (
  id integer primary key default 1 check (id = 1),
  business_date date not null
);

create table product (
  code text primary key,
  name text not null,
  penalty_uplift numeric(6, 4) not null default 0.5 check (penalty_uplift between 0.3 and 0.5),
  grace_days integer not null default 0 check (grace_days between 0 and 30),
  day_basis integer not null default 360 check (day_basis in (360, 365)),
  waterfall_order text[] not null default '{penalty,compound,fee,interest,principal}',
  prepayment_fee_rate numeric(8, 6) not null default 0 check (prepayment_fee_rate between 0 and 0.1),
  prepayment_fee_free_days integer not null default 0 check (prepayment_fee_free_days >= 0)
);
-- Loans imported from a register without a product code get the standard product's defaults (RULES.md).
insert into product (code, name) values ('standard', '标准贷款产品');

create table business_calendar (
  day date primary key,
  is_business_day boolean not null,
  note text
);

create table customer (
  id bigserial primary key,
  customer_no text not null unique,
  name text not null,
  customer_type text not null check (customer_type in ('individual', 'enterprise')),
  id_type text not null,
  id_number text not null,
  phone text,
  industry text,
  region text,
  branch_id text not null references branch (id),
  manager_id bigint references app_user (id),
  created_at timestamptz not null default now()
);
create index customer_branch_idx on customer (branch_id);
create index customer_manager_idx on customer (manager_id);
create unique index customer_id_number_idx on customer (id_type, id_number);

create table contract (
  id bigserial primary key,
  contract_no text not null unique,
  customer_id bigint not null references customer (id),
  branch_id text not null references branch (id),
  manager_id bigint references app_user (id),
  amount bigint not null check (amount > 0),
  signed_date date not null,
  created_at timestamptz not null default now()
);
create index contract_customer_idx on contract (customer_id);

create table loan (
  id bigserial primary key,
  loan_no text not null unique,
  contract_id bigint not null references contract (id),
  customer_id bigint not null references customer (id),
  branch_id text not null references branch (id),
  manager_id bigint references app_user (id),
  product_code text not null references product (code),
  principal bigint not null check (principal > 0),
  annual_rate numeric(12, 8) not null check (annual_rate >= 0),
  term integer not null check (term between 1 and 360),
  method text not null check (method in ('equal_installment', 'equal_principal', 'interest_only', 'bullet')),
  frequency text not null check (frequency in ('monthly', 'quarterly')),
  disbursement_date date not null,
  maturity_date date not null,
  payment_mode text not null check (payment_mode in ('entrusted', 'self')),
  purpose text not null,
  security_type text not null check (security_type in ('unsecured', 'guarantee', 'mortgage', 'pledge')),
  -- Servicing state as of the end of accrued_through (derived from installments, kept for lists).
  status text not null default 'active' check (status in ('active', 'settled', 'written_off')),
  accrued_through date not null,
  credit_balance bigint not null default 0 check (credit_balance >= 0),
  principal_owed bigint not null,
  dpd integer not null default 0,
  bucket text not null default 'M0',
  classification text not null default 'normal'
    check (classification in ('normal', 'special_mention', 'substandard', 'doubtful', 'loss')),
  class_rule text not null default 'dpd=0',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index loan_customer_idx on loan (customer_id);
create index loan_branch_bucket_idx on loan (branch_id, bucket);
create index loan_branch_class_idx on loan (branch_id, classification);
create index loan_manager_idx on loan (manager_id);

create table installment (
  loan_id bigint not null references loan (id),
  period integer not null,
  kind text not null default 'scheduled' check (kind in ('scheduled', 'prepayment')),
  due_date date not null,
  principal_due bigint not null check (principal_due >= 0),
  interest_due bigint not null check (interest_due >= 0),
  fee_due bigint not null default 0 check (fee_due >= 0),
  principal_paid bigint not null default 0,
  interest_paid bigint not null default 0,
  fee_paid bigint not null default 0,
  penalty_micro bigint not null default 0,
  penalty_paid bigint not null default 0,
  compound_micro bigint not null default 0,
  compound_paid bigint not null default 0,
  primary key (loan_id, period),
  check (principal_paid between 0 and principal_due),
  check (interest_paid between 0 and interest_due),
  check (fee_paid between 0 and fee_due)
);
create index installment_due_idx on installment (due_date);

create table repayment (
  id bigserial primary key,
  loan_id bigint not null references loan (id),
  -- 流水号 from the paying system; a repeated one is never booked twice.
  repayment_no text unique,
  idempotency_key text unique,
  request_hash text,
  value_date date not null,
  amount bigint not null check (amount > 0),
  to_credit_balance bigint not null default 0 check (to_credit_balance >= 0),
  status text not null default 'booked' check (status in ('booked', 'reversed')),
  source text not null default 'manual',
  created_by text,
  created_at timestamptz not null default now()
);
create index repayment_loan_idx on repayment (loan_id, value_date);

-- Where each fen of a repayment (or of the credit balance, repayment_id null) went.
create table repayment_allocation (
  id bigserial primary key,
  loan_id bigint not null references loan (id),
  repayment_id bigint references repayment (id),
  value_date date not null,
  period integer not null,
  component text not null check (component in ('penalty', 'compound', 'fee', 'interest', 'principal')),
  amount bigint not null check (amount > 0)
);
create index repayment_allocation_loan_idx on repayment_allocation (loan_id);
create index repayment_allocation_repayment_idx on repayment_allocation (repayment_id);

create table loan_event (
  id bigserial primary key,
  loan_id bigint not null references loan (id),
  business_date date not null,
  event_type text not null,
  old_value text,
  new_value text,
  rule text,
  actor text not null default 'system',
  payload jsonb,
  created_at timestamptz not null default now()
);
create index loan_event_loan_idx on loan_event (loan_id, business_date);

create table guarantee (
  id bigserial primary key,
  contract_id bigint not null references contract (id),
  -- A guarantor is a customer of the bank when guarantor_customer_id is set, otherwise an outside party.
  guarantor_customer_id bigint references customer (id),
  guarantor_name text not null,
  guarantor_id_type text not null,
  guarantor_id_number text not null,
  guarantor_phone text,
  guarantee_type text not null check (guarantee_type in ('joint_several', 'general')),
  amount bigint not null check (amount > 0),
  net_worth bigint,
  start_date date not null,
  end_date date not null
);
create index guarantee_contract_idx on guarantee (contract_id);
create index guarantee_guarantor_idx on guarantee (guarantor_customer_id);

create table collateral (
  id bigserial primary key,
  contract_id bigint not null references contract (id),
  owner_customer_id bigint references customer (id),
  collateral_type text not null check (collateral_type in
    ('real_estate', 'land_use_right', 'vehicle', 'equipment', 'deposit', 'receivable', 'equity', 'other')),
  description text not null,
  value bigint not null check (value > 0),
  valuation_date date not null,
  registration_no text,
  insurance_expiry date
);
create index collateral_contract_idx on collateral (contract_id);
