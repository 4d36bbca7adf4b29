-- The audit trail (hash-chained, append-only) and maker–checker approval requests
-- (docs/domain/audit-and-approvals.md).

-- One entry per write or view of unmasked personal data. `hash` = sha256 over the previous entry's hash
-- and a canonical serialisation of this entry (everything but seq and the two hashes), so editing,
-- deleting or reordering entries breaks the chain where it happened.
create table audit_entry (
  -- 1, 2, 3 … with no gaps: assigned under the chain-head lock.
  seq bigint primary key check (seq > 0),
  occurred_at timestamptz not null,
  -- A username, or 'system'.
  actor text not null,
  action text not null,
  object_type text not null,
  object_id text,
  -- No foreign key on purpose: an entry outlives whatever it describes.
  branch_id text,
  before jsonb,
  after jsonb,
  request_id text,
  prev_hash text not null,
  hash text not null unique
);
create index audit_entry_object_idx on audit_entry (object_type, object_id, seq);
create index audit_entry_actor_idx on audit_entry (actor, seq);
create index audit_entry_occurred_idx on audit_entry (occurred_at);
create index audit_entry_request_idx on audit_entry (request_id) where request_id is not null;

-- Exactly one row: the last entry of the chain. Appenders lock it (`for update`), which serialises
-- appends; it also lets verification notice entries deleted from the end of the chain.
create table audit_chain_head (
  id integer primary key default 1 check (id = 1),
  seq bigint not null,
  hash text not null
);
insert into audit_chain_head (id, seq, hash) values (1, 0, repeat('0', 64));

-- Append-only on the database side. A superuser or the tables' owner can still disable these triggers
-- (or set session_replication_role = replica); that is why the chain exists, and why the application
-- should run as a role that owns neither table (docs/domain/audit-and-approvals.md).
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'the audit trail is append-only: % on % is refused', tg_op, tg_table_name
    using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
  for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function audit_refuse_change();
create trigger audit_chain_head_no_delete before delete on audit_chain_head
  for each row execute function audit_refuse_change();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
  for each statement execute function audit_refuse_change();

-- A new entry must extend the head by exactly one (no fork, even from code that forgot the lock), and
-- moves the head to itself.
create function audit_extend_head() returns trigger language plpgsql as $$
begin
  update audit_chain_head set seq = new.seq, hash = new.hash
   where id = 1 and seq = new.seq - 1 and hash = new.prev_hash;
  if not found then
    raise exception 'audit entry % does not extend the chain head', new.seq
      using errcode = 'serialization_failure';
  end if;
  return null;
end;
$$;
create trigger audit_entry_extends_head after insert on audit_entry
  for each row execute function audit_extend_head();

-- The head only moves forward, one entry at a time, onto the entry that extends it.
create function audit_head_forward_only() returns trigger language plpgsql as $$
begin
  if new.id <> old.id or new.seq <> old.seq + 1 or not exists (
       select 1 from audit_entry e where e.seq = new.seq and e.hash = new.hash and e.prev_hash = old.hash) then
    raise exception 'the audit chain head only moves forward onto a new entry'
      using errcode = 'insufficient_privilege';
  end if;
  return new;
end;
$$;
create trigger audit_chain_head_forward_only before update on audit_chain_head
  for each row execute function audit_head_forward_only();

-- Maker–checker: a sensitive change is stored as a request and takes effect only when a different user
-- with the approving permission approves it (RULES.md §5, §12; DESIGN.md "Security").
create table approval_request (
  id bigserial primary key,
  -- class_override, repayment_reversal, … (the registry in packages/db/src/approvals).
  kind text not null,
  object_type text not null,
  object_id text not null,
  branch_id text not null references branch (id),
  -- What the maker asks for, as validated by the kind's schema.
  payload jsonb not null,
  -- What the object looked like when the request was made; approval refuses a request whose object
  -- has changed since (a stale request).
  basis jsonb not null,
  reason text not null,
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
  maker text not null,
  requested_at timestamptz not null default now(),
  request_id text,
  checker text,
  decided_at timestamptz,
  -- Why it was rejected (required), or the checker's note on approval.
  decision_reason text,
  -- What applying it did (approved requests).
  result jsonb,
  check ((status = 'pending') = (checker is null and decided_at is null)),
  check (status <> 'rejected' or decision_reason is not null),
  check (checker is null or checker <> maker)
);
create index approval_request_status_idx on approval_request (status, id);
create index approval_request_object_idx on approval_request (object_type, object_id);
create index approval_request_branch_idx on approval_request (branch_id, status);
-- One open request per object and kind: a second one would race the first for the same change.
create unique index approval_request_pending_once_idx on approval_request (kind, object_type, object_id)
  where status = 'pending';
