-- Enrolment, progress, cohorts of blended trainings, their sessions and attendance.

create table cohorts (
    id                      uuid primary key,
    course_id               uuid         not null references courses (id),
    name                    varchar(200) not null,
    starts_on               date,
    ends_on                 date,
    due_at                  timestamp with time zone,
    min_attendance_percent  integer,
    trainer_ids             text         not null,
    created_at              timestamp with time zone not null,
    constraint cohorts_attendance check (min_attendance_percent is null or min_attendance_percent between 0 and 100)
);
create index cohorts_course on cohorts (course_id);

alter table enrollments add column due_at timestamp with time zone;
alter table enrollments add column cohort_id uuid references cohorts (id);
alter table enrollments add column last_lesson_id uuid;
alter table enrollments add column enrolled_by uuid;
alter table enrollments add column completed_version integer;
create index enrollments_course on enrollments (course_id, status);

create table lesson_progress (
    id            uuid primary key,
    enrollment_id uuid not null references enrollments (id),
    lesson_id     uuid not null,
    done_at       timestamp with time zone not null,
    constraint lesson_progress_unique unique (enrollment_id, lesson_id)
);

create table cohort_sessions (
    id        uuid primary key,
    cohort_id uuid         not null references cohorts (id),
    title     varchar(300) not null,
    starts_at timestamp with time zone not null,
    hours     numeric(5, 1) not null
);
create index cohort_sessions_cohort on cohort_sessions (cohort_id);

create table attendance (
    id            uuid primary key,
    session_id    uuid    not null references cohort_sessions (id),
    enrollment_id uuid    not null references enrollments (id),
    present       boolean not null,
    marked_by     uuid,
    marked_at     timestamp with time zone not null,
    constraint attendance_unique unique (session_id, enrollment_id)
);
