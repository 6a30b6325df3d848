-- Where an in-person session takes place: learners see it on the course page and at home.
alter table cohort_sessions add column place varchar(300);

-- A trainer's override of an enrollment's course result (percent): it wins over the computed mean of
-- the quizzes, on the gradebook and on the certificate; who, when and why are kept (and audited).
create table grade_overrides (
    enrollment_id uuid primary key references enrollments (id),
    percent       numeric(5, 1) not null,
    reason        varchar(1000) not null,
    overridden_by uuid,
    overridden_at timestamp with time zone not null,
    constraint grade_overrides_percent check (percent between 0 and 100)
);
