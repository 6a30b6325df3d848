-- Links that let a person choose their own password: an invitation (7 days) or a reset (1 hour).
-- Only the SHA-256 of a token is kept; a token is used once (used_at set by one conditional update).
create table password_tokens (
    id         uuid primary key,
    user_id    uuid not null references users (id) on delete cascade,
    purpose    varchar(20) not null,
    token_hash varchar(64) not null unique,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index password_tokens_user on password_tokens (user_id, purpose);
