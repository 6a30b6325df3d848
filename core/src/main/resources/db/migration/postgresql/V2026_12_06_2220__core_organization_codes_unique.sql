-- Organisations get a code of the installation's own (for units without an EDRPOU, and for CSV imports),
-- and EDRPOU and code become unique. EDRPOUs were not unique before: where several organisations share
-- one, the oldest keeps it and the others lose it; each loss is written to the audit log (the search
-- still finds the organisation by its old EDRPOU) so an administrator can sort it out.
alter table organizations add column code varchar(40);

insert into audit_events (id, occurred_at, actor_id, actor_email, action, target_type, target_id, details)
select gen_random_uuid(), current_timestamp, null, null, 'ORGANIZATION_EDRPOU_CLEARED', 'organization', cast(o.id as varchar(80)),
       '{"edrpou":"' || o.edrpou || '","reason":"duplicate"}'
from organizations o
where o.edrpou is not null
  and exists (select 1 from organizations older
              where older.edrpou = o.edrpou
                and (older.created_at < o.created_at or (older.created_at = o.created_at and older.id < o.id)));

update organizations set edrpou = null
where edrpou is not null
  and exists (select 1 from organizations older
              where older.edrpou = organizations.edrpou
                and (older.created_at < organizations.created_at
                     or (older.created_at = organizations.created_at and older.id < organizations.id)));

create unique index organizations_edrpou_unique on organizations (edrpou);
create unique index organizations_code_unique on organizations (code);
