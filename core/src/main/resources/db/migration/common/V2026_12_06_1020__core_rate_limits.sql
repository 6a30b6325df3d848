-- Rate-limit counters shared by every node: one row per limit and subject (e.g. 'public-check:203.0.113.7'),
-- a fixed window that starts at the subject's first hit. Rows whose window has ended are purged.
create table rate_limit_counters (
    counter_key    varchar(400) primary key,
    window_ends_at timestamp with time zone not null,
    hits           integer not null
);
create index rate_limit_counters_window on rate_limit_counters (window_ends_at);

-- A failed login now locks an account only for the address it came from (colleagues elsewhere can still
-- sign in); the old rows keyed by e-mail alone are dropped (they held at most an hour's lock).
drop table login_throttle;
create table login_throttle (
    email           varchar(320) not null,
    client_address  varchar(100) not null,
    failures        integer not null,
    locks           integer not null,
    locked_until    timestamp with time zone,
    last_failure_at timestamp with time zone not null,
    primary key (email, client_address)
);
create index login_throttle_last_failure on login_throttle (last_failure_at);
