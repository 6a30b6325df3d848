-- notify_viber: who linked which Viber account (the bot's user id), and the one-time tokens of the
-- deep links that link them (only their SHA-256 is kept).
create table notify_viber_links (
    user_id   uuid primary key references users (id) on delete cascade,
    address   varchar(100) not null,
    linked_at timestamp with time zone not null,
    constraint notify_viber_links_address unique (address)
);

create table notify_viber_link_tokens (
    token_hash varchar(64) primary key,
    user_id    uuid not null references users (id) on delete cascade,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index notify_viber_link_tokens_user on notify_viber_link_tokens (user_id);
create index notify_viber_link_tokens_expiry on notify_viber_link_tokens (expires_at);
