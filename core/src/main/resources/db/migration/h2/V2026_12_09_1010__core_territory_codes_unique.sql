-- Issue 15: an oblast, district or hromada KATOTTG code belongs to one organisation only (institutions in
-- one settlement share its code). H2 has no partial index: a generated column holds the code of those
-- three kinds only (null for the others, which a unique index lets repeat).
alter table organizations add column territory_katottg varchar(19)
    generated always as (case when kind in ('OBLAST', 'DISTRICT', 'HROMADA') then katottg end);
create unique index organizations_territory_katottg_unique on organizations (territory_katottg);
