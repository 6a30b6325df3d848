-- A password someone else chose (an administrator, an import, a reset) is a one-time password: the
-- person must replace it at the first sign-in before doing anything else. Existing accounts keep theirs.
alter table users add column password_change_required boolean default false not null;
