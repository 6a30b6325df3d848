-- Issue 15 map: hromada boundaries an administrator uploaded (GeoJSON keyed by KATOTTG), simplified
-- once at upload. The key is the hromada's nine-character KATOTTG prefix (UA + oblast, raion and
-- hromada digits), so an organisation's full code, or a settlement's below it, finds its hromada.
create table map_boundaries (
    hromada_code  varchar(9)   primary key,
    source_code   varchar(19)  not null,
    svg_path      text         not null,
    geometry_json text         not null,
    min_x         integer      not null,
    min_y         integer      not null,
    max_x         integer      not null,
    max_y         integer      not null,
    uploaded_at   timestamp with time zone not null
);
