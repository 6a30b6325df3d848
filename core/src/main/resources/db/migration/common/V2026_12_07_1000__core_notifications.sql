-- Messages to people: one row per (event, recipient, channel), rendered in the recipient's language
-- when queued and sent afterwards with retries. The unique key is what makes a fact announced twice,
-- on two nodes or after a crash, reach a person once on each channel.
create table notifications (
    id              uuid primary key,
    event_key       varchar(200) not null,
    recipient_id    uuid         not null references users (id) on delete cascade,
    channel         varchar(60)  not null,
    kind            varchar(40)  not null,
    subject         varchar(500) not null,
    body_text       text         not null,
    body_html       text         not null,
    link            varchar(2000),
    attachment_name varchar(200),
    attachment_type varchar(100),
    attachment_body text,
    status          varchar(10)  not null,
    attempts        integer      not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(2000),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    constraint notifications_once unique (event_key, recipient_id, channel),
    constraint notifications_status check (status in ('QUEUED', 'SENT', 'FAILED', 'CANCELLED'))
);
create index notifications_due on notifications (status, next_attempt_at);
create index notifications_recipient on notifications (recipient_id);

-- The (kind, channel) pairs a person switched off; everything else that reaches them is on.
create table notification_choices_off (
    user_id uuid        not null references users (id) on delete cascade,
    kind    varchar(40) not null,
    channel varchar(60) not null,
    primary key (user_id, kind, channel)
);
