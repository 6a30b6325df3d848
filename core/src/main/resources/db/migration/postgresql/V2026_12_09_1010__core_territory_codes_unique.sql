-- Issue 15: an oblast, district or hromada KATOTTG code belongs to one organisation only (institutions in
-- one settlement share its code).
create unique index organizations_territory_katottg_unique on organizations (katottg)
    where kind in ('OBLAST', 'DISTRICT', 'HROMADA');
