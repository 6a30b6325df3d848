-- Every token carries its user's session version; raising it (sign-out, password change or reset,
-- disabling, a role change) ends every older token and browser cookie at once, on every node.
alter table users add column session_version bigint default 0 not null;

-- Refresh tokens rotate on use: each one names the family (the first token of a login) it belongs
-- to and, once used, when it was replaced; using a replaced token again revokes the whole family.
alter table refresh_tokens add column family_id uuid;
update refresh_tokens set family_id = id;
alter table refresh_tokens alter column family_id set not null;
alter table refresh_tokens add column replaced_at timestamp with time zone;
create index refresh_tokens_family on refresh_tokens (family_id);
