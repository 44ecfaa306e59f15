-- The Sachbericht figures of a period read the coaching sessions of the period with their
-- municipality and hours (sessions and hours per district, municipalities reached) from this
-- index alone, without looking up each session's row.
CREATE INDEX ix_session_date_municipality_hours ON coaching_session (session_date, municipality_id, hours);
