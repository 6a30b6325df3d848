#!/usr/bin/env python3
"""G10 (issue 16): an online seminar of 264 people joining through Fakh's join page.

  setup   <port> <fixture dir>           a provider, a trainer, a published course with a cohort and an
          ONLINE session (plugin meeting_link), 264 learners enrolled in the cohort, each signed in through
          the API; each passes the join page once (303 to the meeting, bearer token; the session cookie if
          the page refused the token). Writes join_people.txt (<scheme> <token> per line), session.txt,
          trainer.txt for wrk/join.lua and the steps below. Prints RESULT.
  burst   <port> <fixture dir> [rounds]  all 264 join at the same moment (one connection each), `rounds`
          times: p50/p99 (medians over the rounds) and the slowest of those requests.
  checkin <port> <fixture dir> [threads] the trainer opens a check-in code; the 264 enter it once each
          (POST /api/sessions/{id}/checkins), at most `threads` at a time; p50/p99 of those requests.
  joins   <port> <fixture dir> <passes>  the trainer's GET /api/sessions/{id}/joins: how many people and
          how many joins were logged, against the passes the join page answered with 303.
"""
import http.client
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(__file__))
from fakh_api import Api  # noqa: E402

PASSWORD = os.environ.get("PERF_PASSWORD", "perf-Passw0rd-1")
PEOPLE = 264
MEETING_URL = "https://meet.example.org/abc"


def log(msg):
    print(f"[g10 {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def read(out, name):
    with open(os.path.join(out, name), encoding="utf-8") as f:
        return f.read().strip()


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def setup(port, out):
    api = Api(port)
    t0 = time.monotonic()
    admin = api.login("admin@perf.local", PASSWORD)
    oblast = api.ok("POST", "/api/organizations", {"name": "Область семінару", "kind": "OBLAST"}, admin)["id"]
    hromada = api.ok("POST", "/api/organizations", {"name": "Громада семінару", "kind": "HROMADA",
                                                     "parentId": oblast}, admin)["id"]
    provider = api.ok("POST", "/api/organizations", {"name": "Центр онлайн-семінарів", "kind": "PROVIDER",
                                                     "parentId": oblast}, admin)["id"]
    _, trainer = api.create_user(admin, {"email": "seminar-trainer@perf.local", "fullName": "Оксана Ведуча",
                                         "organizationId": provider, "roles": ["TRAINER"]}, PASSWORD)
    course = api.ok("POST", "/api/courses", {
        "title": "Онлайн-семінар: ведення випадку", "titleEn": "Online seminar: case management",
        "summary": "Дводенний онлайн-семінар", "hours": 12, "outcomes": ["Складає план допомоги"],
        "language": "uk", "providerId": provider}, trainer)["id"]
    section = api.ok("POST", f"/api/courses/{course}/sections", {"title": "Семінар"}, trainer)["id"]
    api.ok("POST", f"/api/sections/{section}/lessons", {"title": "Програма", "type": "content_markdown",
                                                         "content": {"markdown": "Програма семінару"}}, trainer)
    api.ok("POST", f"/api/courses/{course}/publish", {}, trainer)
    cohort = api.ok("POST", f"/api/courses/{course}/cohorts", {"name": "Семінар 264"}, trainer)["id"]
    # begun five minutes ago and lasting two hours: the join page is open for the whole run
    starts = (datetime.now(timezone.utc) - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    sessions = api.ok("POST", f"/api/cohorts/{cohort}/sessions", {
        "title": "Вебінар наживо", "startsAt": starts, "hours": 2, "mode": "ONLINE",
        "meetingProvider": "meeting_link", "meetingUrl": MEETING_URL}, trainer)["sessions"]
    session = next(s["id"] for s in sessions if s["mode"] == "ONLINE")

    def learner(n):
        user, token = api.create_user(admin, {"email": f"seminar{n:03d}@perf.local", "fullName": f"Учасниця Семінару {n}",
                                              "organizationId": hromada, "roles": ["LEARNER"]}, PASSWORD)
        return user["id"], token

    with ThreadPoolExecutor(4) as pool:   # each pays Argon2id (created, signed in, own password set)
        people = list(pool.map(learner, range(PEOPLE)))
    log(f"{PEOPLE} learners created and signed in in {time.monotonic() - t0:.0f} s")
    api.ok("POST", f"/api/courses/{course}/enrollments", {"userIds": [p[0] for p in people], "cohortId": cohort}, trainer)

    # the join page with the bearer token the login API gave; the cookie a browser holds if it refuses that
    scheme = "bearer"
    status, location = pass_join(api, session, scheme, people[0][1])
    if status != 303:
        log(f"the join page answered {status} to a bearer token: trying the session cookie")
        scheme = "cookie"
        status, location = pass_join(api, session, scheme, people[0][1])
    if status != 303 or location != MEETING_URL:
        raise SystemExit(f"the join page answered {status} -> {location}, wanted 303 -> {MEETING_URL}")
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda p: pass_join(api, session, scheme, p[1]), people[1:]))
    wrong = [a for a in answers if a != (303, MEETING_URL)]
    if wrong:
        raise SystemExit(f"{len(wrong)} of {PEOPLE} were not sent to the meeting, e.g. {wrong[0]}")
    with open(os.path.join(out, "join_people.txt"), "w", encoding="utf-8") as f:
        f.writelines(f"{scheme} {token}\n" for _, token in people)
    with open(os.path.join(out, "session.txt"), "w", encoding="utf-8") as f:
        f.write(session + "\n")
    with open(os.path.join(out, "trainer.txt"), "w", encoding="utf-8") as f:
        f.write(trainer + "\n")
    print(f"RESULT session={session} people={PEOPLE} scheme={scheme} passes={PEOPLE} "
          f"seconds={time.monotonic() - t0:.0f}")


def pass_join(api, session, scheme, token):
    """One pass through the join page (GET, redirect not followed): (status, Location)."""
    headers = {"Accept": "text/html"}
    if scheme == "cookie":
        headers["Cookie"] = "fakh_session=" + token
    else:
        headers["Authorization"] = "Bearer " + token
    conn = api._conn()
    conn.request("GET", f"/sessions/{session}/join", headers=headers)
    resp = conn.getresponse()
    resp.read()
    return resp.status, resp.getheader("Location")


def burst(port, out, rounds):
    """The meeting starts: all 264 press "join" at the same moment (one thread and connection each, opened
    beforehand, released together), `rounds` times; each request timed from send to the 303."""
    session = read(out, "session.txt")
    people = [line.split(" ") for line in read(out, "join_people.txt").splitlines()]
    p50s, p99s, worst, spans, passes = [], [], 0.0, [], 0
    for _ in range(rounds):
        gate = threading.Barrier(len(people))
        conns = [http.client.HTTPConnection("127.0.0.1", port, timeout=60) for _ in people]
        for c in conns:
            c.connect()

        def one(k):
            scheme, token = people[k]
            headers = {"Accept": "text/html"}
            headers["Cookie" if scheme == "cookie" else "Authorization"] = \
                ("fakh_session=" if scheme == "cookie" else "Bearer ") + token
            gate.wait()
            t = time.perf_counter()
            conns[k].request("GET", f"/sessions/{session}/join", headers=headers)
            resp = conns[k].getresponse()
            resp.read()
            done = time.perf_counter()
            conns[k].close()
            return t, done, resp.status, resp.getheader("Location")

        with ThreadPoolExecutor(len(people)) as pool:
            answers = list(pool.map(one, range(len(people))))
        wrong = [a for a in answers if (a[2], a[3]) != (303, MEETING_URL)]
        if wrong:
            raise SystemExit(f"{len(wrong)} of {len(people)} joins at once were not sent to the meeting: {wrong[0][2:]}")
        passes += len(answers)
        ms = [(a[1] - a[0]) * 1000 for a in answers]
        p50s.append(percentile(ms, 50))
        p99s.append(percentile(ms, 99))
        worst = max(worst, max(ms))
        spans.append(max(a[1] for a in answers) - min(a[0] for a in answers))
        time.sleep(1)
    print(f"RESULT rounds={rounds} passes={passes} p50_ms={percentile(p50s, 50):.1f} p99_ms={percentile(p99s, 50):.1f} "
          f"max_ms={worst:.1f} span_s={percentile(spans, 50):.2f}")


def checkin(port, out, threads):
    api = Api(port)
    session, trainer = read(out, "session.txt"), read(out, "trainer.txt")
    tokens = [line.split(" ")[1] for line in read(out, "join_people.txt").splitlines()]
    code = api.ok("POST", f"/api/sessions/{session}/checkin-codes", {"minutes": 10}, trainer)["code"]

    def enter(token):
        t = time.perf_counter()
        status, body = api.request("POST", f"/api/sessions/{session}/checkins", {"code": code}, token)
        return time.perf_counter() - t, status, body

    with ThreadPoolExecutor(threads) as pool:
        t0 = time.monotonic()
        answers = list(pool.map(enter, tokens))
        span = time.monotonic() - t0
    ok = [a for a in answers if a[1] == 200]
    if len(ok) != len(tokens):
        bad = next(a for a in answers if a[1] != 200)
        raise SystemExit(f"{len(tokens) - len(ok)} check-ins refused, e.g. {bad[1]} {bad[2]}")
    checked = sum(1 for p in api.ok("GET", f"/api/sessions/{session}/joins", token=trainer) if len(p["checkins"]) == 1)
    ms = [a[0] * 1000 for a in answers]
    print(f"RESULT count={len(tokens)} ok={len(ok)} checked_in={checked} threads={threads} "
          f"p50_ms={percentile(ms, 50):.1f} p99_ms={percentile(ms, 99):.1f} max_ms={max(ms):.1f} span_s={span:.2f}")


def joins(port, out, passes):
    api = Api(port)
    session, trainer = read(out, "session.txt"), read(out, "trainer.txt")
    people = [p for p in api.ok("GET", f"/api/sessions/{session}/joins", token=trainer) if not p["moderator"]]
    logged = sum(p["joins"] for p in people)
    print(f"RESULT people={len(people)} each_joined={sum(1 for p in people if p['joins'] > 0)} "
          f"logged={logged} passes={passes}")


if __name__ == "__main__":
    step, port, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if step == "setup":
        setup(port, out)
    elif step == "checkin":
        checkin(port, out, int(sys.argv[4]) if len(sys.argv) > 4 else 32)
    elif step == "burst":
        burst(port, out, int(sys.argv[4]) if len(sys.argv) > 4 else 5)
    elif step == "joins":
        joins(port, out, int(sys.argv[4]))
    else:
        raise SystemExit(__doc__)
