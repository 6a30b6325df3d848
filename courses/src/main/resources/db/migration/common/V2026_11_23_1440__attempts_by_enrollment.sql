-- The course result at completion reads every attempt of one enrolment.
create index attempts_enrollment on attempts (enrollment_id);
