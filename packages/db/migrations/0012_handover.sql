-- Officer handover (离职移交): issue #6 item 5, docs/domain/handover.md.
-- A handover is drafted by a department head (the customers of a departing user, each to a successor),
-- signed by the departing user (or, once deactivated, by a department head on their behalf) and by each
-- successor; the last signature moves everything in one transaction and records each move.

create table handover (
  id bigserial primary key,
  departing_user_id bigint not null references app_user (id),
  -- The departing user's branch when drafted: the handover's scope.
  branch_id text not null references branch (id),
  mode text not null check (mode in ('manual', 'by_balance')),
  status text not null default 'pending' check (status in ('pending', 'completed', 'cancelled')),
  reason text not null,
  drafted_by text not null,
  drafted_on date not null,
  drafted_at timestamptz not null default now(),
  completed_on date,
  completed_at timestamptz,
  cancelled_by text,
  cancel_reason text,
  check ((status = 'completed') = (completed_at is not null)),
  check ((status = 'cancelled') = (cancelled_by is not null and cancel_reason is not null))
);
-- One pending handover per departing user: a second draft would race the first for the same book.
create unique index handover_pending_once_idx on handover (departing_user_id) where status = 'pending';
create index handover_branch_idx on handover (branch_id, status);

-- Who signs: the departing user (role 'departing') and each successor. signed_by is the username that
-- signed: the party, or the department head signing for a deactivated departing user (on_behalf).
create table handover_party (
  handover_id bigint not null references handover (id),
  user_id bigint not null references app_user (id),
  role text not null check (role in ('departing', 'successor')),
  position integer not null,
  signed_by text,
  on_behalf boolean not null default false,
  signed_at timestamptz,
  primary key (handover_id, user_id),
  check ((signed_by is null) = (signed_at is null)),
  check (not on_behalf or role = 'departing')
);
create index handover_party_user_idx on handover_party (user_id);

-- The plan: each customer of the book to one successor, with what it held when drafted.
create table handover_item (
  handover_id bigint not null references handover (id),
  customer_id bigint not null references customer (id),
  successor_id bigint not null references app_user (id),
  -- Principal owed on the customer's active loans when drafted (fen).
  balance bigint not null check (balance >= 0),
  loans integer not null,
  inspection_tasks integer not null,
  collection_cases integer not null,
  primary key (handover_id, customer_id)
);

-- What the completion moved, object by object, with the holder before and after.
create table handover_move (
  id bigserial primary key,
  handover_id bigint not null references handover (id),
  object_type text not null
    check (object_type in ('customer', 'contract', 'loan', 'inspection_task', 'collection_case')),
  object_id bigint not null,
  customer_id bigint not null references customer (id),
  before_user_id bigint not null references app_user (id),
  after_user_id bigint not null references app_user (id)
);
create index handover_move_handover_idx on handover_move (handover_id, object_type);

-- A departing user's book is read by holder: customers, loans, tasks and cases have their index already.
create index contract_manager_idx on contract (manager_id);
