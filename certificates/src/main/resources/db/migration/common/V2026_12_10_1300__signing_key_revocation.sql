-- Issue 17: a provider's signing key can be revoked (its certificate then appears on the installation CA's CRL
-- and OCSP answers "revoked"); revoked keys sign nothing new.
alter table signing_keys add column revoked_at timestamp with time zone;
