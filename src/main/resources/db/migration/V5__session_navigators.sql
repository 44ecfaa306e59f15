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
