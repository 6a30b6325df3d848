-- An enrollment's due_at is now the person's own due date only; null follows the cohort's.
-- Bulk enrolment used to copy the cohort's date into every member, so a later change of the
-- cohort's date reached nobody. A copy equal to the cohort's date is taken for such a copy.
update enrollments
set due_at = null
where cohort_id is not null
  and due_at = (select c.due_at from cohorts c where c.id = enrollments.cohort_id);
