-- PostgreSQL-only: prefix searches on the organisation path use the C collation operator class.
create index organizations_path_prefix on organizations (path varchar_pattern_ops);
