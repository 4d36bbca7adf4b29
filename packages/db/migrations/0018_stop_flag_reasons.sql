-- Stop flags set and lifted by people (RULES.md §10, issue #7 console): why a flag was set, who lifted it
-- and why. Flags recorded before this migration keep a null reason; a lifted flag needs who and why.
alter table customer_stop_flag add column reason text;
alter table customer_stop_flag add column lifted_by text;
alter table customer_stop_flag add column lift_reason text;
alter table customer_stop_flag add constraint customer_stop_flag_lift_reason_chk
  check (lifted_on is null or (lifted_by is not null and lift_reason is not null));
