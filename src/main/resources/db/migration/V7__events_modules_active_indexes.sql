-- Course modules can be deactivated: an inactive module is no longer offered for new courses, its
-- past courses keep it. The attendance index covers the reads of the event figures and the
-- qualification (event, state, navigator, guest municipality), so they need no row lookups.
ALTER TABLE course_module ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;

CREATE INDEX ix_attendance_event_person ON attendance (event_id, status, navigator_id, guest_municipality_id);
CREATE INDEX ix_event_module_dates ON event (module_id, starts_on, ends_on);
