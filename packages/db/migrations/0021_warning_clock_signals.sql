-- RULES.md §11 signals on clocks and security (docs/domain/warnings-and-collection.md): the limitation and
-- guarantee periods, collateral insurance / registration expiry, guarantor exposure above net worth.
-- End of day finds the loans whose deadline reaches its window boundary today by these dates, so the
-- night reads only candidates, never the whole book. Except the loan's, none of these tables is rewritten
-- by end of day, so their indexes cost an insertion only when a row is written.

-- Both periods start at the maturity (the last installment's due date; rescheduling moves it). The
-- installment due-date index was dropped for import speed (0003), so the loan carries it: one more
-- insertion per loan row end of day rewrites (those updates are not HOT anyway: evaluated_on is indexed),
-- about 35,000 a heavy day, against a pass over 1,000,000 loans or 12,000,000 installments.
create index loan_maturity_idx on loan (maturity_date) where status = 'active';

-- The registration (抵押登记 / 质押登记) of a collateral item can lapse; null when it does not or is unknown.
alter table collateral add column registration_expiry date;
create index collateral_insurance_expiry_idx on collateral (insurance_expiry) where insurance_expiry is not null;
create index collateral_registration_expiry_idx on collateral (registration_expiry)
  where registration_expiry is not null;

-- The borrower's demands and acknowledgements, and litigation filings, restart the limitation period: the
-- loans whose restarted period reaches the window today are found by the event's date.
create index recovery_demand_borrower_made_on_idx on recovery_demand (made_on) where target = 'borrower';
create index litigation_step_filing_on_idx on litigation_step (step_on) where stage = 'filing';

-- A guarantor's exposure is everything guaranteed under the same identity document (customers and outside
-- parties alike).
create index guarantee_identity_idx on guarantee (guarantor_id_type, guarantor_id_number);

-- Guarantees with a larger id have not yet been weighed against their guarantor's net worth (ids only grow).
alter table collection_state add column exposure_guarantees_through bigint not null default 0;
