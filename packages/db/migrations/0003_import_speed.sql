-- installment_due_idx (0001) serves no query: every read of installment goes by loan (the primary key
-- (loan_id, period) is its index), and end of day finds its loans through loan.next_check_date. Keeping
-- it up to date was a quarter of the cost of writing installments, which an import of a register writes
-- by the million.
drop index if exists installment_due_idx;
