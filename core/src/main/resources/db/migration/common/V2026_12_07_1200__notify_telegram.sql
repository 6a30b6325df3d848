-- notify_telegram: who linked which Telegram chat, the one-time tokens of the deep links that link
-- them (only their SHA-256 is kept), and the updates already handled (so two nodes, or a webhook
-- delivered twice, handle each update once; the highest also gives the long poll its offset).
create table notify_telegram_links (
    user_id   uuid primary key references users (id) on delete cascade,
    address   varchar(100) not null,
    linked_at timestamp with time zone not null,
    constraint notify_telegram_links_address unique (address)
);

create table notify_telegram_link_tokens (
    token_hash varchar(64) primary key,
    user_id    uuid not null references users (id) on delete cascade,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index notify_telegram_link_tokens_user on notify_telegram_link_tokens (user_id);
create index notify_telegram_link_tokens_expiry on notify_telegram_link_tokens (expires_at);

create table notify_telegram_updates (
    update_id   bigint primary key,
    received_at timestamp with time zone not null
);
create index notify_telegram_updates_received on notify_telegram_updates (received_at);
