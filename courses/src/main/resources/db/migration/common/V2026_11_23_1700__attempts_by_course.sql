-- The manual grading queue reads a course's submitted attempts.
create index attempts_course_status on attempts (course_id, status);
