-- Nobody signs in with a password someone else chose any more (accounts start with an invitation link),
-- so the "change your password first" flag has no reader left.
alter table users drop column password_change_required;
