-- A coaching session may be held with one or more navigators: they move into a join table.
CREATE TABLE coaching_session_navigator (
    session_id    BIGINT NOT NULL,
    navigator_id  BIGINT NOT NULL,
    PRIMARY KEY (session_id, navigator_id),
    CONSTRAINT fk_sessnav_session FOREIGN KEY (session_id) REFERENCES coaching_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_sessnav_navigator FOREIGN KEY (navigator_id) REFERENCES navigator (id)
);
CREATE INDEX ix_sessnav_navigator ON coaching_session_navigator (navigator_id);

INSERT INTO coaching_session_navigator (session_id, navigator_id)
    SELECT id, navigator_id FROM coaching_session;

ALTER TABLE coaching_session DROP CONSTRAINT fk_session_navigator;
DROP INDEX ix_session_navigator;
ALTER TABLE coaching_session DROP COLUMN navigator_id;

-- the totals per coach and month of a year read only this index
CREATE INDEX ix_session_date_coach_hours ON coaching_session (session_date, coach_id, hours);

-- Sessions and hours per coach and month, kept by the coaching service in the transaction that
-- changes a session (the cell is recomputed from the sessions, so it cannot drift); the totals per
-- coach and month of a year read these few rows instead of a year of sessions.
CREATE TABLE coaching_month_total (
    coach_id     BIGINT       NOT NULL,
    total_year   INT          NOT NULL,
    total_month  INT          NOT NULL,
    sessions     INT          NOT NULL,
    hours        DECIMAL(9,2) NOT NULL,
    PRIMARY KEY (total_year, coach_id, total_month),
    CONSTRAINT fk_monthtotal_coach FOREIGN KEY (coach_id) REFERENCES coach (id) ON DELETE CASCADE,
    CONSTRAINT ck_monthtotal_month CHECK (total_month BETWEEN 1 AND 12)
);
CREATE INDEX ix_monthtotal_coach ON coaching_month_total (coach_id);

INSERT INTO coaching_month_total (coach_id, total_year, total_month, sessions, hours)
    SELECT coach_id, EXTRACT(YEAR FROM session_date), EXTRACT(MONTH FROM session_date), COUNT(*), SUM(hours)
      FROM coaching_session
     GROUP BY coach_id, EXTRACT(YEAR FROM session_date), EXTRACT(MONTH FROM session_date);
