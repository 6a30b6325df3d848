-- Open registration for a cohort (issue 16): its seats, closing time and waiting list. A seat is an
-- enrolment in the cohort (enrollments.cohort_id), so reminders, calendar and certificates apply as to
-- any member; this row is also what registrations lock, one cohort at a time, so seats are never oversold.
create table cohort_registrations (
    cohort_id         uuid primary key references cohorts (id),
    capacity          integer not null,
    closes_at         timestamp with time zone not null,
    accepting         boolean not null,
    next_position     bigint  not null,
    updated_by        uuid,
    updated_at        timestamp with time zone not null,
    constraint cohort_registrations_capacity check (capacity >= 1)
);

-- The waiting list: positions from the cohort's counter, so the order is total and never reused.
create table cohort_waitlist (
    id            uuid primary key,
    cohort_id     uuid   not null references cohorts (id),
    user_id       uuid   not null,
    position      bigint not null,
    joined_at     timestamp with time zone not null,
    registered_by uuid,
    constraint cohort_waitlist_person unique (cohort_id, user_id),
    constraint cohort_waitlist_position unique (cohort_id, position)
);
