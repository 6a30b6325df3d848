-- issue13 notices: which scheduled scan ran for which occasion (a day, a week). The first node to
-- claim an occasion runs that scan; the others skip it instead of recomputing every few minutes.
create table notice_scan_occasions (
    scan       varchar(60)  not null,
    occasion   varchar(60)  not null,
    claim      uuid         not null,
    claimed_at timestamp with time zone not null,
    constraint notice_scan_occasions_pk primary key (scan, occasion)
);
