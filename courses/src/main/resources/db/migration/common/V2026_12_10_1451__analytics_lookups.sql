-- issue15 g8: the gain report asks for enrolments with a graded pre-test and post-test: without this the whole
-- attempts table (with every attempt's questions) is read to find them
create index attempts_role_status on attempts (role, status, enrollment_id);

-- the filter's cohorts: "has anyone of the scope enrolled in this cohort" asked per cohort
create index enrollments_cohort on enrollments (cohort_id);
