-- The completion check of a blended course reads one enrolment's attendance; the unique key leads with
-- the session, so without this every mark of every cohort was scanned.
create index attendance_enrollment on attendance (enrollment_id);
