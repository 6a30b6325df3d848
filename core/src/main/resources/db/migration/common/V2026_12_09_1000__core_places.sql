-- Issue 15: what territory reports group by, who may read them.
--
-- Districts (raions) become organisations of their own, between oblast and hromada, so a report can
-- say "five rural districts" by name; a hromada may still sit straight under its oblast.
alter table organizations drop constraint organizations_kind;
alter table organizations add constraint organizations_kind
    check (kind in ('OBLAST', 'DISTRICT', 'HROMADA', 'INSTITUTION', 'PROVIDER'));

-- The kinds of institution reports group by; administrators add their own beside the built-in ones.
create table institution_kinds (
    code       varchar(40)  primary key,
    name       varchar(200) not null,
    name_en    varchar(200) not null,
    position   integer      not null,
    built_in   boolean      not null,
    created_at timestamp with time zone not null
);
insert into institution_kinds (code, name, name_en, position, built_in, created_at) values
    ('social_services_centre', 'Центр соціальних служб', 'Centre of social services', 10, true, current_timestamp),
    ('family_youth_centre', 'Центр соціальних служб для сім''ї, дітей та молоді',
        'Centre of social services for families, children and youth', 20, true, current_timestamp),
    ('territorial_centre', 'Територіальний центр соціального обслуговування', 'Territorial centre of social care', 30, true, current_timestamp),
    ('children_service', 'Служба у справах дітей', 'Children''s service', 40, true, current_timestamp),
    ('social_protection', 'Орган соціального захисту населення', 'Social-protection department', 50, true, current_timestamp),
    ('admin_services_centre', 'ЦНАП', 'Administrative services centre (CNAP)', 60, true, current_timestamp),
    ('ngo', 'Громадська організація', 'NGO', 70, true, current_timestamp);

-- KATOTTG: 'UA' and 17 digits; its level (oblast, district, hromada, settlement) is read from the digits.
alter table organizations add column katottg varchar(19);
alter table organizations add column hromada_kind varchar(10);
alter table organizations add column institution_kind varchar(40) references institution_kinds (code);
-- the day a community became frontline or de-occupied: reports count it so from then on
alter table organizations add column frontline_since date;
alter table organizations add column deoccupied_since date;
-- the denominator of coverage; absent when unknown
alter table organizations add column staff_headcount integer;
alter table organizations add constraint organizations_hromada_kind check (hromada_kind in ('RURAL', 'TOWN', 'CITY'));
alter table organizations add constraint organizations_headcount check (staff_headcount >= 0);
create index organizations_katottg on organizations (katottg);

-- Facts partners count about a person; asked only when the installation switches them on.
alter table users add column job_position varchar(200);
alter table users add column years_experience integer;
alter table users add constraint users_years_experience check (years_experience between 0 and 70);

alter table user_roles drop constraint user_roles_role;
alter table user_roles add constraint user_roles_role check (role in ('ADMIN', 'TRAINER', 'HR', 'LEARNER', 'ANALYST'));

-- What an ANALYST may count: an organisation's subtree, or the whole installation (no organisation).
create table analyst_scopes (
    user_id         uuid primary key references users (id) on delete cascade,
    organization_id uuid references organizations (id),
    updated_at      timestamp with time zone not null
);
