-- End of day reads the triggers of its candidate loans in force on the day, including ones lifted
-- later (a trigger lifted after that date still applied then): the partial index on unlifted triggers
-- could not serve that query, which scanned the whole table once per partition.
drop index loan_class_trigger_loan_idx;
create index loan_class_trigger_loan_idx on loan_class_trigger (loan_id, recorded_on);

-- The run-level enterprise-debtor rule (RULES.md §5) reads enterprise customers' loans and the loans
-- carrying the debtor floor; without these it scanned the whole book every day.
create index customer_enterprise_idx on customer (id) where customer_type = 'enterprise';
create index loan_debtor_floor_idx on loan (id) where debtor_npl_floor;

comment on column eod_run.loans is 'loans due for evaluation (next_check_date on or before the day) when the run started';

-- End of day rewrites a few percent of the loans and of their installments every day. Vacuum them once
-- about 2 % has changed instead of the default 20 %, so a month of days does not pile up dead rows
-- (and bloat the indexes every partition reads) between vacuums.
alter table loan set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
alter table installment set (autovacuum_vacuum_scale_factor = 0.02);

-- Room on every page for the next version of its rows: end of day rewrites an installment when its
-- penalty or compound accrues, and the primary key does not change, so the update can stay on its page
-- (a HOT update: no new index entry, and a loan's installments stay together on one or two pages).
alter table installment set (fillfactor = 90);
alter table loan set (fillfactor = 90);
