-- The signatory in English too: printed after the Ukrainian wording on certificates of courses that have an English title.
alter table provider_settings add column signatory_name_en varchar(300);
alter table provider_settings add column signatory_position_en varchar(300);
