-- notify_email: the mail kept for administrators (/admin/mail) when no SMTP server is set. The id is
-- the queued message's id, so a retry after a crash does not keep a message twice.
create table notify_email_kept (
    id                 uuid primary key,
    recipient_id       uuid,
    address            varchar(320)  not null,
    address_folded     varchar(320)  not null,
    subject            varchar(1000) not null,
    search_text        varchar(1400) not null,
    body_text          text          not null,
    body_html          text          not null,
    attachment_name    varchar(255),
    attachment_type    varchar(255),
    attachment_content text,
    kept_at            timestamp with time zone not null
);
create index notify_email_kept_newest on notify_email_kept (kept_at, id);
create index notify_email_kept_address on notify_email_kept (address_folded, kept_at);
