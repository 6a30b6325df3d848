-- The outbox: events written in the same transaction as the change they announce, delivered to
-- listeners afterwards (at least once; listeners are idempotent).
create table outbox_events (
    id           uuid primary key,
    type         varchar(200)  not null,
    payload      text          not null,
    created_at   timestamp with time zone not null,
    available_at timestamp with time zone not null,
    attempts     integer       not null,
    last_error   varchar(2000),
    delivered_at timestamp with time zone
);
create index outbox_events_pending on outbox_events (delivered_at, available_at);
