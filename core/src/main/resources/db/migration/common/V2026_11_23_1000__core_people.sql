-- People and organisations. Ids are UUIDs made by the application (ua.fakh.core.common.Ids).

create table organizations (
    id          uuid primary key,
    kind        varchar(20)  not null,
    name        varchar(300) not null,
    name_en     varchar(300),
    edrpou      varchar(8),
    parent_id   uuid references organizations (id),
    -- '/<root id>/.../<own id>/': "X is in Y's subtree" is one indexed prefix match
    path        varchar(2000) not null,
    search_text varchar(700) not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint organizations_kind check (kind in ('OBLAST', 'HROMADA', 'INSTITUTION', 'PROVIDER'))
);
create index organizations_parent on organizations (parent_id);
create index organizations_path on organizations (path);

create table users (
    id              uuid primary key,
    -- stored trimmed and lower-cased: unique regardless of how it was typed
    email           varchar(320) not null,
    full_name       varchar(300) not null,
    search_text     varchar(700) not null,
    locale          varchar(5)   not null,
    status          varchar(10)  not null,
    password_hash   varchar(300),
    organization_id uuid         not null references organizations (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint users_email_unique unique (email),
    constraint users_status check (status in ('ACTIVE', 'DISABLED')),
    constraint users_locale check (locale in ('uk', 'en'))
);
create index users_organization on users (organization_id);

create table user_roles (
    id      uuid primary key,
    user_id uuid        not null references users (id) on delete cascade,
    role    varchar(20) not null,
    constraint user_roles_unique unique (user_id, role),
    constraint user_roles_role check (role in ('ADMIN', 'TRAINER', 'HR', 'LEARNER'))
);

create table refresh_tokens (
    id         uuid primary key,
    -- SHA-256 of the token: a database leak gives no usable token
    token_hash varchar(64) not null,
    user_id    uuid        not null references users (id) on delete cascade,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    revoked_at timestamp with time zone,
    constraint refresh_tokens_hash_unique unique (token_hash)
);
create index refresh_tokens_user on refresh_tokens (user_id);

-- Failed logins per typed e-mail (known or not, so a lock never tells whether an account exists).
create table login_throttle (
    email           varchar(320) primary key,
    failures        integer not null,
    locks           integer not null,
    locked_until    timestamp with time zone,
    last_failure_at timestamp with time zone not null
);

create table audit_events (
    id             uuid primary key,
    occurred_at    timestamp with time zone not null,
    actor_id       uuid,
    actor_email    varchar(320),
    action         varchar(60)  not null,
    target_type    varchar(40),
    target_id      varchar(80),
    details        varchar(4000),
    client_address varchar(100)
);
create index audit_events_time on audit_events (occurred_at);
create index audit_events_target on audit_events (target_type, target_id);

-- Installation secrets shared by every node (JWT signing secret, later signing keys).
create table installation_secrets (
    name       varchar(100) primary key,
    secret     varchar(4000) not null,
    created_at timestamp with time zone not null
);
