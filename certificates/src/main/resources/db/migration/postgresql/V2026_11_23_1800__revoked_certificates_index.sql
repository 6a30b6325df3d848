-- The status list (GET /status/...) reads the indexes of revoked certificates on every fetch; without
-- this it scanned every certificate ever issued. Revocations are few, so the partial index stays tiny.
create index certificates_revoked on certificates (status_list_index) where status = 'REVOKED';
