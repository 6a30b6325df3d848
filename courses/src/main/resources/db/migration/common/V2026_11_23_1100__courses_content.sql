-- Courses: a working copy (draft) in these tables, and an immutable snapshot per published version.
-- Learners and the catalogue read the latest snapshot; trainers edit the working copy.

create table courses (
    id                          uuid primary key,
    provider_id                 uuid         not null references organizations (id),
    status                      varchar(10)  not null,
    published_version           integer      not null,
    draft_changed               boolean      not null,
    title                       varchar(300) not null,
    title_en                    varchar(300),
    summary                     text         not null,
    summary_en                  text,
    hours                       numeric(7, 1) not null,
    ects_credits                numeric(6, 2) not null,
    ects_explicit               boolean      not null,
    language                    varchar(5)   not null,
    outcomes                    text         not null,
    competences                 text         not null,
    tags                        text         not null,
    enrollment_policy           varchar(10)  not null,
    enrollment_key              varchar(100),
    certificate_validity_months integer,
    public_preview              boolean      not null,
    created_by                  uuid,
    created_at                  timestamp with time zone not null,
    updated_at                  timestamp with time zone not null,
    -- what the catalogue shows and searches: copied from the latest published version
    catalog_title               varchar(300),
    catalog_language            varchar(5),
    catalog_tags                varchar(2000),
    catalog_search              varchar(20000),
    constraint courses_status check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    constraint courses_policy check (enrollment_policy in ('OPEN', 'KEY', 'TRAINER')),
    constraint courses_hours check (hours > 0)
);
create index courses_provider on courses (provider_id);
create index courses_status on courses (status);

create table course_trainers (
    id        uuid primary key,
    course_id uuid not null references courses (id) on delete cascade,
    user_id   uuid not null references users (id),
    constraint course_trainers_unique unique (course_id, user_id)
);
create index course_trainers_user on course_trainers (user_id);

create table course_sections (
    id        uuid primary key,
    course_id uuid         not null references courses (id) on delete cascade,
    position  integer      not null,
    title     varchar(300) not null,
    title_en  varchar(300),
    deleted   boolean      not null
);
create index course_sections_course on course_sections (course_id);

-- Lessons are never removed (only marked deleted in the draft): published versions and learners'
-- progress keep referring to their stable ids.
create table course_lessons (
    id         uuid primary key,
    course_id  uuid         not null references courses (id) on delete cascade,
    section_id uuid         not null references course_sections (id),
    position   integer      not null,
    title      varchar(300) not null,
    title_en   varchar(300),
    type       varchar(60)  not null,
    content    text         not null,
    required   boolean      not null,
    deleted    boolean      not null
);
create index course_lessons_course on course_lessons (course_id);
create index course_lessons_section on course_lessons (section_id);

create table course_versions (
    course_id    uuid    not null references courses (id) on delete cascade,
    version      integer not null,
    published_at timestamp with time zone not null,
    published_by uuid,
    snapshot     text    not null,
    primary key (course_id, version)
);

create table course_materials (
    id         uuid primary key,
    course_id  uuid          not null references courses (id) on delete cascade,
    filename   varchar(255)  not null,
    media_type varchar(120)  not null,
    size       bigint        not null,
    sha256     varchar(64)   not null,
    blob_key   varchar(512)  not null,
    created_by uuid,
    created_at timestamp with time zone not null
);
create index course_materials_course on course_materials (course_id);

-- Enrolment as far as reading a course needs it; assessment and progress extend it.
create table enrollments (
    id           uuid primary key,
    course_id    uuid        not null references courses (id),
    user_id      uuid        not null references users (id),
    status       varchar(12) not null,
    enrolled_at  timestamp with time zone not null,
    completed_at timestamp with time zone,
    constraint enrollments_unique unique (course_id, user_id),
    constraint enrollments_status check (status in ('ACTIVE', 'COMPLETED', 'WITHDRAWN'))
);
create index enrollments_user on enrollments (user_id);
