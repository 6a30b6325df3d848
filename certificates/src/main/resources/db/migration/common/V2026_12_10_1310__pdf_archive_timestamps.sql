-- Issue 17: every re-timestamp of a stored certificate PDF (PAdES-BASELINE-LTA), once per version of the file;
-- earlier hashes stay "the issued PDF" for HR copies downloaded before.
create table pdf_archive_timestamps (
    id              uuid primary key,
    certificate_id  uuid         not null references certificates (id),
    previous_sha256 varchar(64)  not null,
    new_sha256      varchar(64)  not null,
    proof_expired   timestamp with time zone not null,
    extended_at     timestamp with time zone not null,
    constraint pdf_archive_timestamps_once unique (certificate_id, previous_sha256)
);
create index pdf_archive_timestamps_certificate on pdf_archive_timestamps (certificate_id);
