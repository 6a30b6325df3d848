-- Online sessions (issue 16): how a session is held, its meeting, who joined through Fakh, the codes
-- the host showed and who entered them, what the provider reported, and attendance by measurement.

alter table cohort_sessions add column mode varchar(20) default 'IN_PERSON' not null;
alter table cohort_sessions add column meeting_provider varchar(64);
alter table cohort_sessions add column meeting_trainer_url varchar(2000);
alter table cohort_sessions add column meeting_room text;
alter table cohort_sessions add constraint cohort_sessions_mode check (mode in ('IN_PERSON', 'ONLINE', 'BOTH'));

-- Fakh's own join log: one row per pass through the join page.
create table meeting_joins (
    id         uuid primary key,
    session_id uuid    not null references cohort_sessions (id),
    user_id    uuid    not null,
    joined_at  timestamp with time zone not null,
    moderator  boolean not null
);
create index meeting_joins_session on meeting_joins (session_id, user_id);

-- Check-in codes the host shows during the session, valid for a few minutes, and who entered them.
create table meeting_checkin_codes (
    id         uuid primary key,
    session_id uuid        not null references cohort_sessions (id),
    code       varchar(12) not null,
    opens_at   timestamp with time zone not null,
    closes_at  timestamp with time zone not null,
    created_by uuid        not null
);
create index meeting_checkin_codes_session on meeting_checkin_codes (session_id, code);

create table meeting_checkins (
    id         uuid primary key,
    code_id    uuid not null references meeting_checkin_codes (id),
    session_id uuid not null references cohort_sessions (id),
    user_id    uuid not null,
    checked_at timestamp with time zone not null,
    constraint meeting_checkins_once unique (code_id, user_id)
);
create index meeting_checkins_session on meeting_checkins (session_id, user_id);

-- People who sat at another's device: the host confirms their names against that person's join.
create table meeting_companions (
    id           uuid primary key,
    session_id   uuid not null references cohort_sessions (id),
    host_user_id uuid not null,
    user_id      uuid not null,
    confirmed_by uuid not null,
    confirmed_at timestamp with time zone not null,
    constraint meeting_companions_once unique (session_id, user_id)
);

-- A provider's report of a meeting, kept once however often the provider retries it.
create table meeting_reports (
    id          uuid primary key,
    session_id  uuid         not null references cohort_sessions (id),
    provider    varchar(64)  not null,
    report_key  varchar(200) not null,
    received_at timestamp with time zone not null,
    constraint meeting_reports_once unique (provider, report_key)
);

create table meeting_stretches (
    id          uuid primary key,
    report_id   uuid         not null references meeting_reports (id),
    session_id  uuid         not null references cohort_sessions (id),
    user_id     uuid,
    external_id varchar(200) not null,
    name        varchar(300) not null,
    joined_at   timestamp with time zone not null,
    left_at     timestamp with time zone not null
);
create index meeting_stretches_session on meeting_stretches (session_id, user_id);

-- Attendance by measurement: minutes present, where the mark came from, and an override's reason.
alter table attendance add column minutes integer;
alter table attendance add column source varchar(20) default 'MARKED' not null;
alter table attendance add column reason varchar(1000);
alter table attendance add constraint attendance_source check (source in ('MARKED', 'MEASURED', 'OVERRIDE'));

-- The course's rule: present at a session when there for at least this share of it.
create table course_attendance_rules (
    course_id       uuid primary key references courses (id),
    present_percent integer not null,
    updated_by      uuid    not null,
    updated_at      timestamp with time zone not null,
    constraint course_attendance_rules_percent check (present_percent between 1 and 100)
);
