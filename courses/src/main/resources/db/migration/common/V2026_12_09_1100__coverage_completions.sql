-- issue15 coverage: the coverage report reads completions by day (the period, the first and last year)
-- and by person; without this the whole enrolments table is read to find the first completion.
create index enrollments_completed on enrollments (completed_at);
