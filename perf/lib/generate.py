#!/usr/bin/env python3
"""Fills a fresh Fakh database for the benchmarks.

What has real logic behind it goes through the application's API (organisations, the trainer, every
course with its 10 sections x 5 lessons and question bank, publishing, one learner per course who
enrols, completes the course and sits the quiz, so the outbox issues a real certificate). The bulk
(learners, enrolments, progress, certificates, attempts) is then copied in SQL from those real rows
with generate_series, so it has exactly the shape the services write, in seconds instead of hours.

Usage: generate.py <port> <database> <scale: full|quick|tiny> <fixture dir>
"""
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(__file__))
from fakh_api import Api, mint_token  # noqa: E402

SCALES = {  # courses, learners (each with 5 completed enrolments + certificates), bench learners
    "full": dict(courses=100, learners=20000, attempts_every=2, group_a=1200, group_b=1000),
    "quick": dict(courses=10, learners=2000, attempts_every=2, group_a=240, group_b=200),
    "tiny": dict(courses=1, learners=0, attempts_every=2, group_a=120, group_b=0),
    # the fault tests: 500 learners one lesson short of completion, for the two-node and crash tests
    "faults": dict(courses=1, learners=0, attempts_every=2, group_a=120, group_b=520),
}
PASSWORD = os.environ.get("PERF_PASSWORD", "perf-Passw0rd-1")
SECRET = os.environ["FAKH_JWT_SECRET"]
QUESTIONS = 10


def psql(db, sql, fetch=False):
    out = subprocess.run(["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "-At", "-F", "\t", "-d", db, "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line] if fetch else None


def log(msg):
    print(f"[gen {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def build_course(api, trainer, provider, n):
    course = api.ok("POST", "/api/courses", {
        "title": f"Ведення випадку {n}: соціальна робота з родинами", "titleEn": f"Case management {n}",
        "summary": "Курс для фахівців із соціальної роботи громад", "hours": 30, "outcomes": [
            "Оцінює потреби родини", "Складає план допомоги"], "language": "uk", "providerId": provider,
        "enrollmentPolicy": "OPEN", "certificateValidityMonths": 36}, trainer)["id"]
    gift = "$CATEGORY: Тест\n\n" + "\n".join(
        f"::Q{q}::Твердження {q}: план допомоги складають разом з отримувачем. {{{'T' if q % 3 else 'F'}}}\n"
        for q in range(QUESTIONS))
    api.ok("POST", f"/api/courses/{course}/questions/import", gift, trainer, content_type="text/plain")
    quiz = None
    for s in range(10):
        section = api.ok("POST", f"/api/courses/{course}/sections",
                         {"title": f"Розділ {s + 1}", "titleEn": f"Part {s + 1}"}, trainer)["id"]
        for l in range(5):
            if s == 9 and l == 4:
                quiz = api.ok("POST", f"/api/sections/{section}/lessons", {
                    "title": "Підсумковий тест", "type": "content_quiz", "required": False, "content": {
                        "category": "Тест", "randomCount": QUESTIONS, "role": "GRADED", "passingScorePercent": 50,
                        "attemptsAllowed": 100}}, trainer)["id"]
            else:
                api.ok("POST", f"/api/sections/{section}/lessons", {
                    "title": f"Урок {s + 1}.{l + 1}", "type": "content_markdown", "content": {
                        "markdown": f"## Урок {s + 1}.{l + 1}\n\nЗміст уроку про **ведення випадку**, "
                                    "оцінку потреб і план допомоги. " * 5}}, trainer)
    api.ok("POST", f"/api/courses/{course}/publish", {}, trainer)
    return course, quiz


def answer_body(question, seq):
    kind = question["type"]
    if kind == "qtype_truefalse":
        response = {"value": True}
    elif kind in ("qtype_singlechoice",):
        response = {"choiceId": question["choices"][0]["id"]}
    elif kind == "qtype_multichoice":
        response = {"choiceIds": [question["choices"][0]["id"]]}
    else:
        response = {"text": "відповідь"}
    return {"response": response, "seq": seq}


def real_learner_flow(api, admin, hromada, course, quiz, n):
    """One learner through the API: enrols, completes every lesson, sits and submits the quiz."""
    email = f"real{n:04d}@perf.local"
    user, token = api.create_user(admin, {"email": email, "fullName": f"Слухачка Реальна {n}",
                                          "organizationId": hromada, "roles": ["LEARNER"]}, PASSWORD)
    enrollment = api.ok("POST", f"/api/courses/{course}/enrollments", {}, token)
    attempt = api.ok("POST", f"/api/lessons/{quiz}/attempts", None, token)
    for i, q in enumerate(attempt["questions"]):
        api.ok("PUT", f"/api/attempts/{attempt['id']}/answers/{q['id']}", answer_body(q, i + 1), token)
    api.ok("POST", f"/api/attempts/{attempt['id']}/submit", {}, token)
    for lesson in (x for x in enrollment["lessons"] if x["lessonId"] != quiz):
        api.ok("POST", f"/api/enrollments/{enrollment['id']}/lessons/{lesson['lessonId']}/complete", None, token)
    return user["id"]


def main():
    port, db, scale_name, out = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    scale = SCALES[scale_name]
    os.makedirs(out, exist_ok=True)
    api = Api(port)
    admin = api.login("admin@perf.local", PASSWORD)
    t0 = time.time()
    oblast = api.ok("POST", "/api/organizations", {"name": "Perf область", "kind": "OBLAST"}, admin)["id"]
    with ThreadPoolExecutor(4) as pool:
        hromadas = list(pool.map(lambda h: api.ok("POST", "/api/organizations", {
            "name": f"Громада {h + 1}", "kind": "HROMADA", "parentId": oblast}, admin)["id"], range(50)))
    provider = api.ok("POST", "/api/organizations", {"name": "Центр підвищення кваліфікації", "kind": "PROVIDER",
                                                     "parentId": oblast}, admin)["id"]
    api.create_user(admin, {"email": "trainer@perf.local", "fullName": "Оксана Тренерка",
                            "organizationId": provider, "roles": ["TRAINER"]}, PASSWORD)
    trainer = api.login("trainer@perf.local", PASSWORD)
    with ThreadPoolExecutor(4) as pool:
        courses = list(pool.map(lambda n: build_course(api, trainer, provider, n), range(scale["courses"])))
    log(f"{len(hromadas)} hromadas, {len(courses)} courses through the API in {time.time() - t0:.0f} s")
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda n: real_learner_flow(api, admin, hromadas[n % 50], courses[n][0], courses[n][1], n),
                      range(len(courses))))
    deadline = time.time() + 120
    while int(psql(db, "SELECT count(*) FROM certificates", True)[0][0]) < len(courses):
        if time.time() > deadline:
            raise SystemExit("the outbox did not issue the template certificates")
        time.sleep(0.5)
    log(f"{len(courses)} real learners completed their course through the API; certificates issued")
    bulk_sql(db, scale, len(courses))
    log(f"bulk rows copied in SQL; total {time.time() - t0:.0f} s")
    fixtures(api, db, scale, courses, out)
    log(f"fixtures written to {out}; total {time.time() - t0:.0f} s")


def bulk_sql(db, scale, course_count):
    n = scale["learners"]
    bench = scale["group_a"] + scale["group_b"]
    step = max(1, course_count // 5)
    psql(db, f"""
CREATE TEMP TABLE c AS SELECT row_number() OVER (ORDER BY catalog_title, id) - 1 AS idx, id FROM courses;
CREATE UNLOGGED TABLE perf_courses AS SELECT * FROM c;
-- learners: the same row the user service writes, with the real learner's Argon2id hash (same password)
INSERT INTO users (id, email, full_name, search_text, locale, status, password_hash, organization_id, created_at, updated_at)
SELECT gen_random_uuid(), 'learner' || lpad(g::text, 5, '0') || '@perf.local', 'Слухачка Тестова ' || g,
       'слухачка тестова ' || g || ' learner' || lpad(g::text, 5, '0') || '@perf.local', 'uk', 'ACTIVE', t.password_hash,
       (SELECT id FROM organizations WHERE kind = 'HROMADA' ORDER BY name OFFSET (g % 50) LIMIT 1), now(), now()
FROM generate_series(1, {n + bench}) g, (SELECT password_hash FROM users WHERE email = 'real0000@perf.local') t;
CREATE UNLOGGED TABLE perf_learners AS
  SELECT id, email, substring(email from 8 for 5)::int AS n FROM users WHERE email LIKE 'learner%@perf.local';
INSERT INTO user_roles (id, user_id, role) SELECT gen_random_uuid(), id, 'LEARNER' FROM perf_learners;
-- 5 completed enrolments per learner
INSERT INTO enrollments (id, course_id, user_id, status, enrolled_at, completed_at, completed_version)
SELECT gen_random_uuid(), c.id, l.id, 'COMPLETED', now() - interval '200 days', now() - interval '100 days', 1
FROM perf_learners l CROSS JOIN generate_series(0, 4) k JOIN perf_courses c ON c.idx = (l.n + k * {step}) % {course_count}
WHERE l.n <= {n};
-- one active enrolment for each bench learner, in a course none of their others is in
INSERT INTO enrollments (id, course_id, user_id, status, enrolled_at)
SELECT gen_random_uuid(), c.id, l.id, 'ACTIVE', now() - interval '10 days'
FROM perf_learners l JOIN perf_courses c ON c.idx = (l.n + 1) % {course_count} WHERE l.n > {n};
INSERT INTO lesson_progress (id, enrollment_id, lesson_id, done_at)
SELECT gen_random_uuid(), e.id, cl.id, e.completed_at - interval '1 day'
FROM enrollments e JOIN perf_learners l ON l.id = e.user_id
JOIN course_lessons cl ON cl.course_id = e.course_id AND cl.required AND NOT cl.deleted
WHERE e.status = 'COMPLETED';
-- bench group A: half way through (25 lessons); group B: every required lesson but the last one
INSERT INTO lesson_progress (id, enrollment_id, lesson_id, done_at)
SELECT gen_random_uuid(), e.id, x.id, now() - interval '1 day'
FROM enrollments e JOIN perf_learners l ON l.id = e.user_id
JOIN LATERAL (SELECT cl.id, row_number() OVER (ORDER BY s.position, cl.position) AS rn
              FROM course_lessons cl JOIN course_sections s ON s.id = cl.section_id
              WHERE cl.course_id = e.course_id AND cl.required AND NOT cl.deleted) x
  ON x.rn <= CASE WHEN l.n <= {n + scale['group_a']} THEN 25 ELSE 48 END
WHERE e.status = 'ACTIVE';
""")
    # certificates: copies of the course's real one, with the holder, numbers and code of each row
    psql(db, f"""
CREATE TEMP TABLE tpl AS SELECT c.*, u.full_name AS holder, u.id AS holder_id FROM certificates c JOIN users u ON u.id = c.user_id;
CREATE TEMP TABLE todo AS
  SELECT e.id AS enrollment_id, e.user_id, e.course_id, l.n, u.full_name, gen_random_uuid() AS id,
         substr(md5(e.id::text || random()::text), 1, 26) AS code,
         row_number() OVER (ORDER BY e.id) AS rn
  FROM enrollments e JOIN perf_learners l ON l.id = e.user_id JOIN users u ON u.id = e.user_id WHERE e.status = 'COMPLETED';
-- numbered on from the register's counter, without a gap (the fault tests check the register)
CREATE TEMP TABLE made AS
  SELECT d.*, regexp_replace(t.serial_number, '[0-9]+$', '')
              || lpad(((SELECT max(last_value) FROM certificate_counters) + d.rn)::text, 6, '0') AS serial,
         (SELECT last_index FROM status_list_counter) + d.rn AS list_index
  FROM todo d JOIN tpl t ON t.course_id = d.course_id;
INSERT INTO certificates (id, issue_key, enrollment_id, user_id, course_id, provider_id, serial_number, verification_code,
  status, snapshot, issued_at, issued_by, valid_until, status_list_index, pdf_blob_key, pdf_sha256, search_text)
SELECT d.id, 'enrollment:' || d.enrollment_id, d.enrollment_id, d.user_id, d.course_id, t.provider_id, d.serial, d.code,
       'ISSUED', replace(replace(replace(replace(t.snapshot, t.id::text, d.id::text), t.serial_number, d.serial),
                                 t.verification_code, d.code), t.holder, d.full_name),
       now() - interval '100 days', NULL, t.valid_until, d.list_index, NULL, NULL,
       replace(replace(t.search_text, lower(t.holder), 'слухачка тестова ' || d.n), lower(t.serial_number), lower(d.serial))
FROM made d JOIN tpl t ON t.course_id = d.course_id;
UPDATE certificate_counters SET last_value = last_value + (SELECT count(*) FROM todo);
UPDATE status_list_counter SET last_index = (SELECT max(status_list_index) FROM certificates);
""")
    # quiz attempts: every other completed enrolment has a graded attempt copied from its course's real one
    psql(db, f"""
CREATE TEMP TABLE ta AS SELECT * FROM attempts;
CREATE TEMP TABLE na AS
  SELECT gen_random_uuid() AS id, t.id AS tpl, e.id AS enrollment_id, e.user_id
  FROM enrollments e JOIN perf_learners l ON l.id = e.user_id JOIN ta t ON t.course_id = e.course_id
  WHERE e.status = 'COMPLETED' AND l.n % {scale['attempts_every']} = 0;
INSERT INTO attempts (id, lesson_id, course_id, enrollment_id, user_id, number, status, role, seed, questions, settings,
  started_at, deadline, submitted_at, score, max_score, passed)
SELECT na.id, t.lesson_id, t.course_id, na.enrollment_id, na.user_id, 1, t.status, t.role, t.seed, t.questions, t.settings,
       now() - interval '101 days', t.deadline, now() - interval '101 days', t.score, t.max_score, t.passed
FROM na JOIN ta t ON t.id = na.tpl;
INSERT INTO attempt_answers (id, attempt_id, question_id, response, seq, saved_at, score, feedback, graded_by)
SELECT gen_random_uuid(), na.id, a.question_id, a.response, a.seq, now() - interval '101 days', a.score, a.feedback, NULL
FROM na JOIN attempt_answers a ON a.attempt_id = na.tpl;
ANALYZE;
""")


def fixtures(api, db, scale, courses, out):
    """Files the wrk scripts and drivers read: codes, learner tokens, attempts, enrolments about to complete."""
    n = scale["learners"]
    codes = psql(db, "SELECT verification_code FROM certificates ORDER BY random() LIMIT 10000", True)
    write(out, "codes.txt", (c[0] for c in codes))
    rows = psql(db, f"""SELECT l.email, l.id, e.id, e.course_id, l.n FROM perf_learners l
                        JOIN enrollments e ON e.user_id = l.id AND e.status = 'ACTIVE' ORDER BY l.n""", True)
    group_a = [r for r in rows if int(r[4]) <= n + scale["group_a"]]
    group_b = [r for r in rows if int(r[4]) > n + scale["group_a"]]
    token = {r[1]: mint_token(SECRET, r[0], r[1], ["LEARNER"]) for r in rows}
    write(out, "course_pages.txt", (f"{token[r[1]]} /courses/{r[3]}" for r in group_a[:100]))
    quiz_of = dict(courses)

    def start(r):
        attempt = api.ok("POST", f"/api/lessons/{quiz_of[r[3]]}/attempts", None, token[r[1]])
        return {"token": token[r[1]], "attempt": attempt["id"],
                "answers": [[q["id"], answer_body(q, 0)] for q in attempt["questions"]]}
    with ThreadPoolExecutor(4) as pool:
        attempts = list(pool.map(start, group_a))
    with open(os.path.join(out, "attempts.json"), "w") as f:
        json.dump(attempts, f)
    # one line per attempt for wrk: token attempt question-ids body-template
    write(out, "attempts.txt", (f"{a['token']} {a['attempt']} " + ",".join(q for q, _ in a["answers"])
                                for a in attempts))
    last = psql(db, """SELECT e.id, x.id FROM enrollments e JOIN perf_learners l ON l.id = e.user_id
        JOIN LATERAL (SELECT cl.id FROM course_lessons cl JOIN course_sections s ON s.id = cl.section_id
                      WHERE cl.course_id = e.course_id AND cl.required AND NOT cl.deleted
                      ORDER BY s.position DESC, cl.position DESC LIMIT 1) x ON true
        WHERE e.status = 'ACTIVE'""", True)
    last_of = dict(last)
    with open(os.path.join(out, "completions.json"), "w") as f:
        json.dump([{"token": token[r[1]], "enrollment": r[2], "lesson": last_of[r[2]]} for r in group_b], f)


def write(out, name, lines):
    with open(os.path.join(out, name), "w") as f:
        for line in lines:
            f.write(line + "\n")


if __name__ == "__main__":
    main()
