-- Users administration (apps/server, docs/domain/http-api.md "Users administration"): a password set by
-- someone other than its user (an administrator creating the user or resetting the password) must be
-- changed by the user at the next sign-in; until then the API answers only "who am I", "change my
-- password" and "sign out". Existing users (the demo's among them) keep signing in as before.
alter table app_user add column must_change_password boolean not null default false;
