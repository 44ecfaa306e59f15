-- Every generated id used to come from a sequence that reserved 32 values at a time. Reserving
-- the next 32 commits the sequence, and with WRITE_DELAY=0 (see Database) every such commit wrote
-- all pages changed so far to the file: a bulk write of 100,000 rows wrote its growing pages about
-- 3,000 times (the expense apply spent about a third of its time there and left a 357 MB file).
-- Reserving 10,000 values makes that ten times per 100,000 rows. A clean close hands the unused
-- values back; a crash leaves a gap of at most 10,000 ids in a table, which nothing relies on.
ALTER TABLE account_category ALTER COLUMN id SET CACHE 10000;
ALTER TABLE admin_association ALTER COLUMN id SET CACHE 10000;
ALTER TABLE attendance ALTER COLUMN id SET CACHE 10000;
ALTER TABLE budget_line ALTER COLUMN id SET CACHE 10000;
ALTER TABLE coach ALTER COLUMN id SET CACHE 10000;
ALTER TABLE coaching_assignment ALTER COLUMN id SET CACHE 10000;
ALTER TABLE coaching_session ALTER COLUMN id SET CACHE 10000;
ALTER TABLE coaching_topic ALTER COLUMN id SET CACHE 10000;
ALTER TABLE contact_person ALTER COLUMN id SET CACHE 10000;
ALTER TABLE cost_category ALTER COLUMN id SET CACHE 10000;
ALTER TABLE course_module ALTER COLUMN id SET CACHE 10000;
ALTER TABLE directory_edition ALTER COLUMN id SET CACHE 10000;
ALTER TABLE district ALTER COLUMN id SET CACHE 10000;
ALTER TABLE event ALTER COLUMN id SET CACHE 10000;
ALTER TABLE expense ALTER COLUMN id SET CACHE 10000;
ALTER TABLE expense_change ALTER COLUMN id SET CACHE 10000;
ALTER TABLE funding_contract ALTER COLUMN id SET CACHE 10000;
ALTER TABLE funds_request ALTER COLUMN id SET CACHE 10000;
ALTER TABLE local_project ALTER COLUMN id SET CACHE 10000;
ALTER TABLE local_project_status ALTER COLUMN id SET CACHE 10000;
ALTER TABLE municipality ALTER COLUMN id SET CACHE 10000;
ALTER TABLE navigator ALTER COLUMN id SET CACHE 10000;
ALTER TABLE participation ALTER COLUMN id SET CACHE 10000;
ALTER TABLE proof_submission ALTER COLUMN id SET CACHE 10000;
