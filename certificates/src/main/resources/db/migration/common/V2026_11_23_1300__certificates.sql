-- Certificates: snapshots issued exactly once per enrolment (issue_key), numbered per provider and
-- year without gaps, found by a random verification code, never deleted.

create table certificates (
    id                 uuid primary key,
    issue_key          varchar(100) not null,
    enrollment_id      uuid,
    user_id            uuid         not null references users (id),
    course_id          uuid         not null references courses (id),
    provider_id        uuid         not null references organizations (id),
    serial_number      varchar(80)  not null,
    verification_code  varchar(40)  not null,
    status             varchar(10)  not null,
    snapshot           text         not null,
    issued_at          timestamp with time zone not null,
    issued_by          uuid,
    valid_until        date,
    revoked_at         timestamp with time zone,
    revoked_by         uuid,
    revocation_reason  varchar(1000),
    superseded_by      uuid,
    status_list_index  bigint       not null,
    pdf_blob_key       varchar(512),
    pdf_sha256         varchar(64),
    search_text        varchar(2000) not null,
    constraint certificates_issue_key unique (issue_key),
    constraint certificates_serial unique (serial_number),
    constraint certificates_code unique (verification_code),
    constraint certificates_status_index unique (status_list_index),
    constraint certificates_status check (status in ('ISSUED', 'REVOKED'))
);
create index certificates_user on certificates (user_id);
create index certificates_course on certificates (course_id);
create index certificates_issued on certificates (issued_at);

-- The next registration number per provider code (EDRPOU, or a short id) and year; locked while a
-- certificate is numbered. Keyed by the code, not the organisation, because the number carries the code:
-- two departments of one legal entity share one register.
create table certificate_counters (
    provider_code varchar(20) not null,
    issue_year    integer     not null,
    last_value    bigint      not null,
    primary key (provider_code, issue_year)
);

-- The next bit of the revocation status list.
create table status_list_counter (
    id         integer primary key,
    last_index bigint  not null
);
insert into status_list_counter (id, last_index) values (1, -1);

-- Who signs a provider's certificates, how they are numbered, and how they look.
create table provider_settings (
    provider_id        uuid primary key references organizations (id),
    signatory_name     varchar(300) not null,
    signatory_position varchar(300) not null,
    serial_pattern     varchar(100) not null,
    provider_code      varchar(20)  not null,
    primary_color      varchar(7)   not null,
    accent_color       varchar(7)   not null,
    logo_blob_key      varchar(512),
    updated_at         timestamp with time zone not null
);

-- Signing keys, encrypted with the installation's master secret, so every node has them.
create table signing_keys (
    id          uuid primary key,
    provider_id uuid,
    kid         varchar(400) not null,
    purpose     varchar(20)  not null,
    encrypted   text         not null,
    certificate text         not null,
    created_at  timestamp with time zone not null,
    active      boolean      not null,
    constraint signing_keys_kid unique (kid)
);
