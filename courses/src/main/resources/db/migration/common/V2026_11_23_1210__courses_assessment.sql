-- Question bank (versioned: editing a question adds a version; attempts keep theirs) and quiz attempts.

create table questions (
    id               uuid primary key,
    family_id        uuid          not null,
    version          integer       not null,
    current_version  boolean       not null,
    course_id        uuid          not null references courses (id),
    category         varchar(300)  not null,
    title            varchar(300)  not null,
    type             varchar(60)   not null,
    text             text          not null,
    definition       text          not null,
    general_feedback text,
    created_by       uuid,
    created_at       timestamp with time zone not null,
    constraint questions_family_version unique (family_id, version)
);
create index questions_course on questions (course_id, current_version, category);

create table attempts (
    id            uuid primary key,
    lesson_id     uuid         not null,
    course_id     uuid         not null references courses (id),
    enrollment_id uuid         not null references enrollments (id),
    user_id       uuid         not null references users (id),
    number        integer      not null,
    status        varchar(12)  not null,
    role          varchar(12)  not null,
    seed          bigint       not null,
    questions     text         not null,
    settings      text         not null,
    started_at    timestamp with time zone not null,
    deadline      timestamp with time zone,
    submitted_at  timestamp with time zone,
    score         double precision,
    max_score     double precision not null,
    passed        boolean,
    constraint attempts_number unique (lesson_id, user_id, number),
    constraint attempts_status check (status in ('IN_PROGRESS', 'SUBMITTED', 'GRADED'))
);
create index attempts_user on attempts (user_id, lesson_id);
create index attempts_deadline on attempts (status, deadline);

create table attempt_answers (
    id            uuid    primary key,
    attempt_id    uuid    not null references attempts (id),
    question_id   uuid    not null,
    response      text    not null,
    seq           bigint  not null,
    saved_at      timestamp with time zone not null,
    score         double precision,
    feedback      text,
    graded_by     uuid,
    constraint attempt_answers_unique unique (attempt_id, question_id)
);
