#!/usr/bin/env python3
"""Gives the benchmark data set (generate.py) the territory that G8's reports group by, in SQL.

The oblast gets its KATOTTG code; five districts are placed between it and the 50 hromadas (each with a
code, a kind, a headcount, some frontline or de-occupied since a date); every hromada gets two
institutions of different kinds, and the learners move into them. An ANALYST of the whole installation
and an HR of one district are added. Writes tokens.txt: "<role> <token>" per line.

Usage: places.py [--tokens-only] <database> <fixture dir>
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from fakh_api import mint_token  # noqa: E402
from generate import SECRET, log, psql, write  # noqa: E402

TREE = """
UPDATE organizations SET katottg = 'UA05000000000010236', staff_headcount = NULL WHERE kind = 'OBLAST';
CREATE TEMP TABLE o AS SELECT id, path FROM organizations WHERE kind = 'OBLAST';
CREATE TEMP TABLE d AS
  SELECT g AS n, gen_random_uuid() AS id, 'UA05' || lpad(g::text, 2, '0') || '0000000' || lpad((10000 + g)::text, 5, '0') AS code
  FROM generate_series(1, 5) g;
INSERT INTO organizations (id, kind, name, name_en, parent_id, path, search_text, created_at, updated_at, katottg)
SELECT d.id, 'DISTRICT', 'Район ' || d.n, 'District ' || d.n, o.id, o.path || d.id || '/', 'район ' || d.n, now(), now(), d.code
FROM d, o;
CREATE TEMP TABLE h AS
  SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM organizations WHERE kind = 'HROMADA';
UPDATE organizations x SET parent_id = d.id, path = o.path || d.id || '/' || x.id || '/',
  katottg = 'UA05' || lpad(d.n::text, 2, '0') || lpad((h.n + 1)::text, 3, '0') || '00000' || lpad((20000 + h.n)::text, 5, '0'),
  hromada_kind = (ARRAY['RURAL', 'TOWN', 'CITY'])[h.n % 3 + 1],
  frontline_since = CASE WHEN h.n % 7 = 0 THEN DATE '2024-03-01' END,
  deoccupied_since = CASE WHEN h.n % 11 = 0 THEN DATE '2022-11-11' END
FROM h, d, o WHERE x.id = h.id AND d.n = h.n % 5 + 1;
CREATE TEMP TABLE i AS
  SELECT gen_random_uuid() AS id, h.id AS hromada, h.n, k AS k FROM h CROSS JOIN generate_series(0, 1) k;
INSERT INTO organizations (id, kind, name, name_en, parent_id, path, search_text, created_at, updated_at,
  institution_kind, staff_headcount)
SELECT i.id, 'INSTITUTION', 'Центр ' || (i.n + 1) || '.' || (i.k + 1), 'Centre ' || (i.n + 1) || '.' || (i.k + 1), i.hromada,
       x.path || i.id || '/', 'центр ' || (i.n + 1), now(), now(),
       (ARRAY['social_services_centre', 'family_youth_centre', 'territorial_centre', 'children_service'])[(i.n + i.k) % 4 + 1],
       150 + (i.n * 7) % 100
FROM i JOIN organizations x ON x.id = i.hromada;
UPDATE users u SET organization_id = i.id
FROM i WHERE i.hromada = u.organization_id AND i.k = abs(hashtext(u.id::text)) % 2;
"""

PEOPLE = """
INSERT INTO users (id, email, full_name, search_text, locale, status, password_hash, organization_id, created_at, updated_at)
SELECT gen_random_uuid(), e, n, lower(n), 'uk', 'ACTIVE', NULL, (SELECT id FROM organizations WHERE kind = o LIMIT 1), now(), now()
FROM (VALUES ('analyst@perf.local', 'Аналітик Донора', 'PROVIDER'), ('hr@perf.local', 'Кадровичка Району', 'DISTRICT')) v(e, n, o);
INSERT INTO user_roles (id, user_id, role) SELECT gen_random_uuid(), id, 'ANALYST' FROM users WHERE email = 'analyst@perf.local';
INSERT INTO user_roles (id, user_id, role) SELECT gen_random_uuid(), id, 'HR' FROM users WHERE email = 'hr@perf.local';
INSERT INTO analyst_scopes (user_id, organization_id, updated_at) SELECT id, NULL, now() FROM users WHERE email = 'analyst@perf.local';
ANALYZE;
"""


def main():
    tokens_only = sys.argv[1] == "--tokens-only"  # a copy of a data set that has its places already
    db, out = sys.argv[1 + tokens_only], sys.argv[2 + tokens_only]
    if not tokens_only:
        psql(db, TREE)
        psql(db, PEOPLE)
    people = psql(db, """SELECT u.email, u.id, string_agg(r.role, ',') FROM users u JOIN user_roles r ON r.user_id = u.id
                         WHERE u.email IN ('admin@perf.local', 'analyst@perf.local', 'hr@perf.local')
                         GROUP BY u.email, u.id ORDER BY u.email""", True)
    write(out, "tokens.txt", (f"{email.split('@')[0]} {mint_token(SECRET, email, uid, roles.split(','))}"
                              for email, uid, roles in people))
    counts = psql(db, "SELECT kind, count(*) FROM organizations GROUP BY kind ORDER BY kind", True)
    log("territory: " + ", ".join(f"{k} {n}" for k, n in counts))


if __name__ == "__main__":
    main()
