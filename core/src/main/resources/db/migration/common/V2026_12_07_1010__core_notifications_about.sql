-- What a queued message is about ("enrollment:<id>", "certificate:<id>"): asked again before sending,
-- so a message about an enrolment withdrawn or a certificate revoked meanwhile is cancelled.
alter table notifications add column about varchar(120);
