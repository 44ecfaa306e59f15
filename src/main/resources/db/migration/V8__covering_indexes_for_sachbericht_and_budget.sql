-- Two reads that summed over tens of thousands of rows, each row looked up for two or three
-- columns, now read an index alone:
-- * the Sachbericht figures of a period: the coaching sessions of the period with their
--   municipality and hours (sessions and hours per district, municipalities reached);
-- * the budget against actual of a contract year: the receipts' sums per category and month. The
--   index of contract, year, category and payment date gets the cancellation and both amounts;
--   it keeps its first columns, so the ledger's reads use it as before.
CREATE INDEX ix_session_date_municipality_hours ON coaching_session (session_date, municipality_id, hours);

DROP INDEX ix_expense_year_category;
CREATE INDEX ix_expense_year_category_amounts
    ON expense (contract_id, fiscal_year, category_id, payment_date, cancelled_on, gross_amount, eligible_amount);
