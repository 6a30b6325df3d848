-- Secret addresses of iCalendar feeds that phone calendars subscribe to: a person's own feed
-- (course_id null) or a trainer's feed of one course they teach. Only the SHA-256 of the token is
-- kept, so a copy of the database opens no feed; revoking keeps the row (revoked_at) for the record.
create table calendar_feeds (
    id         uuid primary key,
    token_hash varchar(64) not null,
    user_id    uuid        not null references users (id),
    course_id  uuid references courses (id) on delete cascade,
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone,
    constraint calendar_feeds_token unique (token_hash)
);
create index calendar_feeds_owner on calendar_feeds (user_id, course_id);
