-- issue14: an attempt may be taken offline in a server-granted window; an answer may arrive after the
-- deadline it was saved before (late), with the device's time of saving beside the server's time of arrival.
alter table attempts add column offline boolean default false not null;
alter table attempts add column offline_granted_at timestamp with time zone;
alter table attempt_answers add column late boolean default false not null;
alter table attempt_answers add column device_saved_at timestamp with time zone;
