-- The Sachbericht figures walk the attendance of a period (tens of thousands of rows) to the
-- person's district: event by date with its type, then the navigator's municipality. Both steps
-- now read a narrow index alone instead of looking up each event and navigator row:
-- * events by start date with their type (the date index it replaces was its first column, so
--   every read by date uses this one as before);
-- * a navigator's municipality by the navigator's id.
DROP INDEX ix_event_starts;
CREATE INDEX ix_event_starts_type ON event (starts_on, event_type);
CREATE INDEX ix_navigator_id_municipality ON navigator (id, municipality_id);
