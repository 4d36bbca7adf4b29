-- The HTTP server (apps/server): sign-in sessions, failed sign-ins for lock-out and throttling, and the
-- time of each user's last password change. Idempotency of money-moving requests needs no table of its
-- own: the repayment row keeps the key and the request's fingerprint (0001).

alter table app_user add column password_changed_at timestamptz;

-- One row per sign-in. The cookie carries a random token; only its SHA-256 is stored, so a copy of this
-- table cannot be replayed as a cookie. A session ends at expires_at (absolute), after the idle timeout
-- since last_seen_at, or when revoked (logout, password change).
create table app_session (
  token_hash text primary key,
  user_id bigint not null references app_user (id),
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null,
  revoked_at timestamptz,
  client_ip text,
  user_agent text,
  check (expires_at > created_at)
);
create index app_session_user_idx on app_session (user_id) where revoked_at is null;
create index app_session_expires_idx on app_session (expires_at);

-- Failed sign-ins, by the username as typed (known or not, so a lock-out reveals nothing about which
-- usernames exist) and by client address. Counted over a sliding window to lock a username and to
-- throttle an address; a successful sign-in clears its username's rows.
create table login_failure (
  id bigserial primary key,
  username text not null,
  client_ip text not null,
  failed_at timestamptz not null
);
create index login_failure_username_idx on login_failure (username, failed_at);
create index login_failure_ip_idx on login_failure (client_ip, failed_at);
