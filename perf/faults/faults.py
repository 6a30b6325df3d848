#!/usr/bin/env python3
"""The fault tests (Python 3 standard library only). Each subcommand asserts and exits non-zero on
failure; perf/faults/run starts the application processes and calls them in order.

  fuzz <port> <db>                       bad input against every route of the OpenAPI document
  upload <port> <db> <data dir>          a multipart upload cut mid-stream
  restart <port> <db> <fixtures>         PostgreSQL restarted while autosaves flow
  two-nodes <portA> <portB> <db> <fixtures>   500 completions split over two processes
  crash <port> <pid> <db> <fixtures>     completions, then kill -9 of the process at once
  crash-check <port> <db> <fixtures>     after the restart: exactly one certificate each
"""
import http.client
import json
import os
import random
import re
import socket
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))
from fakh_api import Api  # noqa: E402

PASSWORD = os.environ.get("PERF_PASSWORD", "perf-Passw0rd-1")


def log(msg):
    print(f"[faults {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def fail(msg):
    log("FAILED: " + msg)
    sys.exit(1)


def sql(db, query):
    out = subprocess.run(["psql", "-XAtq", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", query],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def row_counts(db):
    tables = [r[0] for r in sql(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                    "AND tablename NOT LIKE 'perf_%' ORDER BY 1")]
    # A failed login is audited by design (who tried which e-mail from where): not a row a rejected request "wrote".
    counted = {"audit_events": "count(*) FILTER (WHERE action <> 'LOGIN_FAILED')"}
    # Rate limits count requests by design, refused or not: "forgot password?" answers 202 to any address
    # (known or not) and counts it per address and per e-mail. Bookkeeping of limits, not a record written.
    tables = [t for t in tables if t != "rate_limit_counters"]
    query = " UNION ALL ".join(f"SELECT '{t}', {counted.get(t, 'count(*)')} FROM {t}" for t in tables)
    return {r[0]: int(r[1]) for r in sql(db, query)}


def settled_row_counts(db, seconds=120):
    """Row counts once the background work of earlier steps is done: no outbox event waiting (an
    issued certificate still being rendered would otherwise count as a row the fuzz wrote) and two
    readings a second apart that agree."""
    deadline = time.time() + seconds
    counts = row_counts(db)
    while time.time() < deadline:
        pending = int(sql(db, "SELECT count(*) FROM outbox_events WHERE delivered_at IS NULL AND available_at <= now()")[0][0])
        time.sleep(1)
        again = row_counts(db)
        if pending == 0 and again == counts:
            return again
        counts = again
    fail("the database did not settle before the fuzz run (outbox events still pending)")


def healthy(port):
    status, _ = Api(port).request("GET", "/health")
    return status == 200


def raw(port, data, read_timeout=15):
    """Sends bytes as they are (no client-side checks) and returns the status code, or None when the
    server closed the connection without an answer (allowed for unparseable requests)."""
    with socket.create_connection(("127.0.0.1", port), timeout=read_timeout) as s:
        try:
            s.sendall(data)
        except OSError:
            pass  # the server may close early on a huge request; read what it said
        buf = b""
        try:
            while b"\r\n" not in buf:
                chunk = s.recv(4096)
                if not chunk:
                    break
                buf += chunk
        except (ConnectionResetError, socket.timeout):
            pass
    m = re.match(rb"HTTP/1\.[01] (\d{3})", buf)
    return int(m.group(1)) if m else None


# --------------------------------------------------------------------------------------------- fuzz
def routes(port):
    status, spec = Api(port).request("GET", "/swagger/fakh.yml")
    if status != 200:
        fail(f"no OpenAPI document at /swagger/fakh.yml ({status})")
    found, path = [], None
    for line in spec.splitlines():
        m = re.match(r"^  (/\S*):\s*$", line)
        if m:
            path = m.group(1)
            continue
        m = re.match(r"^    (get|post|put|delete|patch):\s*$", line)
        if m and path:
            found.append((m.group(1).upper(), path))
        if re.match(r"^\S", line):
            path = None
    return found


PATH_VALUES = [lambda: str(uuid.uuid4()), lambda: "not-a-uuid", lambda: "..%2F..%2F..%2Fetc%2Fpasswd",
               lambda: "%00", lambda: "%FF%FE%FD", lambda: "x" * 3000, lambda: "-1", lambda: "'%20OR%201=1--",
               lambda: "%2e%2e", lambda: "%C0%AE%C0%AE", lambda: "1e309", lambda: "{id}"]
BODIES = [
    ("application/json", lambda: os.urandom(random.randint(1, 2000))),
    ("application/json", lambda: b'{"title": 123, "name": [], "codes": "x", "userIds": [1, {}], "response": 5, '
                                 b'"seq": "z", "kind": {}, "email": false, "roles": "ADMIN", "hours": "many"}'),
    ("application/json", lambda: b"[]"), ("application/json", lambda: b'"text"'), ("application/json", lambda: b"null"),
    ("application/json", lambda: b"[" * 20000 + b"]" * 20000),
    ("application/json", lambda: b'{"a":' * 5000 + b"1" + b"}" * 5000),
    ("application/json", lambda: b'{"title": "\xff\xfe\xc0\xaf", "name": "\xed\xa0\x80", "email": "\x80@x"}'),
    ("application/json", lambda: b'{"title": "' + b"\xd0\x96" * 600000 + b'"}'),
    ("application/json", lambda: b'{"seq": 1e999999, "response": {"value": 1e-999999}, "hours": -1, "page": -5}'),
    ("application/json", lambda: b'{"codes": [' + b",".join(b'"%d"' % i for i in range(5000)) + b']}'),
    ("multipart/form-data; boundary=XyZ", lambda: b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; "
                                                   b"filename=\"a.pdf\"\r\n\r\n%PDF-1.4 garbage"),
    ("multipart/form-data", lambda: b"--\r\n--\r\n"),
    ("multipart/form-data; boundary=" + "b" * 200, lambda: os.urandom(3000)),
    ("text/csv", lambda: b"email,fullName\n\xff\xfe,\x00\n" + b",,,,\n" * 100),
    ("text/plain", lambda: b"::Q::{" * 2000),
    ("application/xml", lambda: b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a SYSTEM 'file:///etc/passwd'>]><x>&a;</x>"),
    ("application/x-www-form-urlencoded", lambda: b"a=%ZZ&b=%FF&" * 200),
    ("application/pdf", lambda: os.urandom(5000)),
    # U+0000, which PostgreSQL cannot store: every one must be a 4xx (or a report row), never a 500
    ("application/json", lambda: b'{"title": "a\\u0000b", "name": "\\u0000", "email": "x\\u0000@y.z", "username": '
                                 b'"admin@perf.local\\u0000", "password": "\\u0000", "fullName": "\\u0000", "summary": "\\u0000", '
                                 b'"codes": ["\\u0000"], "reason": "\\u0000", "response": {"value": "\\u0000"}, "seq": 1}'),
    ("application/json", lambda: b'{"\\u0000": 1, "outcomes": ["ok", "\\u0000"], "tags": ["\\u0000"]}'),
    ("application/x-www-form-urlencoded", lambda: b"email=a%00b&password=%00&name=%00&title=%00&next=%2Fx%20y"),
    ("text/csv", lambda: b"email,fullName,organizationId,roles\nx@y.z,A\x00B,00000000-0000-0000-0000-000000000000,LEARNER\n"
                         b"nul\x00@y.z\n"),
    ("text/plain", lambda: b"::Q\x00:: Nul\x00 here {TRUE}\n"),
    ("application/pdf", lambda: b"%PDF-1.7\n\x00" * 1000),
]
QUERIES = ["page=-1&size=99999999&q=%FF", "q=%00", "q=a%00b&page=0", "next=%2Fx%20y", "category=%00"]


def fuzz_requests(routes_found, tokens):
    reqs = []
    for method, path in routes_found:
        for body_kind in range(len(BODIES)):
            for _ in range(2):
                concrete = re.sub(r"\{[^}]+}", lambda _m: random.choice(PATH_VALUES)(), path)
                token = random.choice(tokens)
                ctype, make = BODIES[body_kind]
                body = make() if method in ("POST", "PUT", "PATCH") or random.random() < 0.2 else b""
                headers = [f"{method} {concrete}?{random.choice(QUERIES)} HTTP/1.1", "Host: 127.0.0.1",
                           "Connection: close"]
                if token:
                    headers.append("Authorization: Bearer " + token)
                if random.random() < 0.3:
                    headers.append("Cookie: fakh_session=" + (token or "garbage"))
                if body:
                    headers.append("Content-Type: " + ctype)
                reqs.append(("\r\n".join(headers) + f"\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body)
    # transport-level oddities, once each per route kind
    for method, path in random.sample(routes_found, min(20, len(routes_found))):
        p = re.sub(r"\{[^}]+}", str(uuid.uuid4()), path)
        reqs.append(f"{method} {p} HTTP/1.1\r\nHost: x\r\nX-Big: {'a' * 70000}\r\nConnection: close\r\n\r\n".encode())
        reqs.append(f"{method} {p} HTTP/1.1\r\nHost: x\r\n".encode() + b"".join(
            b"X-H%d: v\r\n" % i for i in range(3000)) + b"Connection: close\r\n\r\n")
        reqs.append(f"{method} {p} HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\nConnection: close\r\n\r\n".encode())
        reqs.append(f"{method} {p} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json"
                    f"\r\nConnection: close\r\n\r\nZZZ\r\nabc\r\n0\r\n\r\n".encode())
        reqs.append(f"{method} {p}/../../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        reqs.append(f"{method} {p}\xff\xfe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode("latin-1"))
        reqs.append(f"{method} //{p}?%%%% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        reqs.append(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + os.urandom(200))
    # page routes (not in the OpenAPI document) that took a client's text straight into a redirect or the database
    for page in ("/lang/en?next=%2Fx%20y", "/lang/uk?next=/a%00b", "/signin?next=%2Fx%20y", "/verify/%00", "/verify/AB%00CD"):
        reqs.append(f"GET {page} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\nConnection: close\r\n\r\n".encode())
    for form in (b"email=admin%40perf.local&password=x&next=%2Fx%20y", b"email=a%00b&password=%00&next=/"):
        reqs.append(b"POST /signin HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\nConnection: close\r\n"
                    b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n%s" % (len(form), form))
    random.shuffle(reqs)
    return reqs


def fuzz(port, db):
    random.seed(int(os.environ.get("FUZZ_SEED", "20261123")))
    api = Api(port)
    admin = api.login("admin@perf.local", PASSWORD)
    trainer = api.login("trainer@perf.local", PASSWORD)
    # POST /logout with a token is accepted and ends that person's sessions: it would sign the fuzz's own
    # administrator out (every later request a plain 401) and write a USER_SIGNED_OUT row.
    found = [r for r in routes(port) if r != ("POST", "/logout")]
    if len(found) < 20:
        fail(f"only {len(found)} routes in the OpenAPI document")
    before = settled_row_counts(db)
    reqs = fuzz_requests(found, [None, admin, trainer, "eyJhbGciOiJub25lIn0.e30.", "a.b.c"])
    log(f"fuzzing {len(found)} routes with {len(reqs)} requests")
    statuses, server_errors = {}, []

    def send(data):
        status = raw(port, data)
        statuses[status] = statuses.get(status, 0) + 1
        if status is not None and status >= 500:
            server_errors.append((status, data[:160]))
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(send, reqs))
    log(f"answers by status: {dict(sorted(statuses.items(), key=lambda kv: str(kv[0])))}")
    for status, head in server_errors[:20]:
        log(f"{status} for {head!r}")
    if server_errors:
        fail(f"{len(server_errors)} requests answered 5xx")
    if not healthy(port):
        fail("unhealthy after the fuzz run")
    after = row_counts(db)
    changed = {t: (before.get(t), after.get(t)) for t in after if before.get(t) != after.get(t)}
    if changed:
        fail(f"rejected requests wrote rows: {changed}")
    log(f"fuzz passed: {len(reqs)} requests, no 5xx, healthy, row counts unchanged")


# ------------------------------------------------------------------------------------------- upload
def blob_files(data_dir):
    """Every file under the blob store, half-written temporaries included (a blob is stored with its .sha256)."""
    root = os.path.join(data_dir, "blobs")
    return sum(len(files) for _, _, files in os.walk(root)) if os.path.isdir(root) else 0


def upload(port, db, data_dir):
    api = Api(port)
    trainer = api.login("trainer@perf.local", PASSWORD)
    course = sql(db, "SELECT id FROM courses LIMIT 1")[0][0]
    before_rows, before_blobs = row_counts(db), blob_files(data_dir)
    part = (b"--CUT\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lecture.pdf\"\r\n"
            b"Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
    for kind in ("length", "chunked"):
        head = (f"POST /api/courses/{course}/materials HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {trainer}\r\n"
                f"Content-Type: multipart/form-data; boundary=CUT\r\n").encode()
        head += b"Content-Length: 20000000\r\n\r\n" if kind == "length" else b"Transfer-Encoding: chunked\r\n\r\n"
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(head)
        payload = part + os.urandom(4 * 1024 * 1024)
        if kind == "chunked":
            payload = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in
                               (payload[i:i + 65536] for i in range(0, len(payload), 65536)))
        s.sendall(payload)
        time.sleep(0.5)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # RST, not FIN
        s.close()
    time.sleep(3)
    if not healthy(port):
        fail("unhealthy after the cut uploads")
    after_rows, after_blobs = row_counts(db), blob_files(data_dir)
    changed = {t: (before_rows.get(t), after_rows.get(t)) for t in after_rows if before_rows.get(t) != after_rows.get(t)}
    if changed or after_blobs != before_blobs:
        fail(f"a cut upload left something: rows {changed}, blob files {before_blobs} -> {after_blobs}")
    # and a whole upload still works afterwards (the test would pass vacuously on a broken route)
    body = part + b"%%EOF\n\r\n--CUT--\r\n"
    status = raw(port, (f"POST /api/courses/{course}/materials HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {trainer}\r\n"
                        f"Content-Type: multipart/form-data; boundary=CUT\r\nContent-Length: {len(body)}\r\n"
                        f"Connection: close\r\n\r\n").encode() + body)
    if status != 201 or blob_files(data_dir) != before_blobs + 2:
        fail(f"a complete upload afterwards answered {status}; blob files {before_blobs} -> {blob_files(data_dir)}")
    sql(db, "SELECT 1")
    log("upload passed: cut uploads left no row and no blob; a whole one is stored")


# ------------------------------------------------------------------------------------------ restart
def restart(port, db, fixtures):
    attempts = json.load(open(os.path.join(fixtures, "attempts.json")))
    api = Api(port)
    acked, lock, stop = {}, threading.Lock(), threading.Event()
    seq = [int(time.time() * 1000)]
    answered_after = []
    restarted_at = [None]

    def worker(mine):
        while not stop.is_set():
            for a in mine:
                for qid, body in a["answers"]:
                    if stop.is_set():
                        return
                    with lock:
                        seq[0] += 1
                        s = seq[0]
                    body = dict(body, seq=s)
                    try:
                        status, _ = api.request("PUT", f"/api/attempts/{a['attempt']}/answers/{qid}", body, a["token"])
                    except Exception:
                        status = 0
                    if status == 204:
                        with lock:
                            key = (a["attempt"], qid)
                            acked[key] = max(acked.get(key, 0), s)
                            if restarted_at[0] is not None:
                                answered_after.append(time.monotonic())
                    elif status == 0 or status >= 500:
                        if status >= 500 and status != 503:
                            with lock:
                                other_5xx.append(status)
                        time.sleep(0.05)  # the database is away; a client retries a little later
    other_5xx, outage_answers = [], []

    def probe(token):
        """While PostgreSQL restarts, the API must say 503 with Retry-After (a client's cue to retry), never 500."""
        while not stop.is_set():
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
            try:
                conn.request("GET", "/api/me", headers={"Authorization": "Bearer " + token})
                resp = conn.getresponse()
                resp.read()
                if resp.status >= 500:
                    outage_answers.append((resp.status, resp.getheader("Retry-After")))
            except OSError:
                pass
            finally:
                conn.close()
            time.sleep(0.05)
    threads = [threading.Thread(target=worker, args=(attempts[i::8],)) for i in range(8)]
    threads.append(threading.Thread(target=probe, args=(attempts[0]["token"],)))
    for t in threads:
        t.start()
    time.sleep(3)
    log("restarting PostgreSQL (the one restart of this fault run)")
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "restart"], check=True)
    for _ in range(60):
        if subprocess.run(["pg_isready", "-q"]).returncode == 0:
            break
        time.sleep(0.2)
    restarted_at[0] = time.monotonic()
    deadline = restarted_at[0] + 15
    while time.monotonic() < deadline and not answered_after:
        time.sleep(0.1)
    time.sleep(2)
    stop.set()
    for t in threads:
        t.join()
    if not answered_after:
        fail("no autosave succeeded within 15 s of PostgreSQL being back")
    if other_5xx:
        fail(f"autosaves during the restart answered {sorted(set(other_5xx))}, not 503")
    wrong = [a for a in outage_answers if a[0] != 503 or not (a[1] or "").isdigit()]
    if wrong:
        fail(f"during the restart the API answered {wrong[:5]}; expected 503 with Retry-After")
    log(f"during the restart: {len(outage_answers)} probe answers were 503 with Retry-After")
    recovery = min(answered_after) - restarted_at[0]
    stored = {(r[0], r[1]): int(r[2]) for r in sql(db, "SELECT attempt_id, question_id, seq FROM attempt_answers")}
    lost = [(k, s, stored.get(k)) for k, s in acked.items() if stored.get(k, -1) < s]
    if lost:
        fail(f"{len(lost)} autosaves answered 204 are not in the database, e.g. {lost[:3]}")
    if recovery > 10:
        fail(f"the application served again only {recovery:.1f} s after PostgreSQL was back")
    if not healthy(port):
        fail("unhealthy after the restart")
    log(f"restart passed: {len(acked)} answers acknowledged are all stored; serving again {recovery:.2f} s "
        "after PostgreSQL was back")


# ---------------------------------------------------------------------------------------- two nodes
def complete_all(todo, ports):
    apis = [Api(p) for p in ports]

    def one(i):
        t = todo[i]
        status, body = apis[i % len(apis)].request(
            "POST", f"/api/enrollments/{t['enrollment']}/lessons/{t['lesson']}/complete", None, t["token"])
        if status != 200:
            fail(f"completion refused: {status} {body}")
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(one, range(len(todo))))


def certificates_of(db, todo, with_pdf=False):
    ids = ",".join(f"'{t['enrollment']}'" for t in todo)
    extra = " AND pdf_blob_key IS NOT NULL" if with_pdf else ""
    return int(sql(db, f"SELECT count(*) FROM certificates WHERE enrollment_id IN ({ids}){extra}")[0][0])


def wait_certificates(db, todo, seconds):
    deadline = time.monotonic() + seconds
    while certificates_of(db, todo, True) < len(todo) and time.monotonic() < deadline:
        time.sleep(0.5)
    return certificates_of(db, todo, True)


def two_nodes(port_a, port_b, db, fixtures):
    todo = json.load(open(os.path.join(fixtures, "completions.json")))[:500]
    t0 = time.monotonic()
    complete_all(todo, [port_a, port_b])
    n = wait_certificates(db, todo, 300)
    if n != 500:
        fail(f"{n} of 500 certificates issued")
    ids = ",".join(f"'{t['enrollment']}'" for t in todo)
    serials = [r[0] for r in sql(db, f"SELECT serial_number FROM certificates WHERE enrollment_id IN ({ids})")]
    if len(set(serials)) != 500:
        fail("registration numbers are not distinct")
    # numbering is per provider and year: every number of this register, 1..N without a hole
    numbers = sorted(int(re.search(r"(\d+)$", r[0]).group(1)) for r in sql(db, "SELECT serial_number FROM certificates"))
    if numbers != list(range(1, len(numbers) + 1)):
        fail(f"registration numbers have gaps or repeats: {numbers[:5]}…{numbers[-5:]} ({len(numbers)})")
    events = sql(db, "SELECT count(*), count(delivered_at), coalesce(max(attempts), 0) FROM outbox_events "
                     "WHERE type LIKE '%CourseCompleted' AND (" +
                 " OR ".join(f"payload LIKE '%{t['enrollment']}%'" for t in todo) + ")")[0]
    if events != ["500", "500", "0"]:
        fail(f"completion events (count, delivered, most attempts): {events}; expected each delivered once")
    pdfs = int(sql(db, f"SELECT count(DISTINCT pdf_blob_key) FROM certificates WHERE enrollment_id IN ({ids})")[0][0])
    if pdfs != 500:
        fail(f"{pdfs} distinct PDFs for 500 certificates")
    log(f"two-nodes passed: 500 certificates, distinct gap-free numbers 1..{len(numbers)}, each event delivered once, "
        f"{time.monotonic() - t0:.1f} s")


# -------------------------------------------------------------------------------------------- crash
def crash(port, pid, db, fixtures):
    todo = json.load(open(os.path.join(fixtures, "completions.json")))[500:520]
    complete_all(todo, [port])
    os.kill(pid, 9)
    log(f"killed the application right after {len(todo)} completions committed; "
        f"{certificates_of(db, todo)} certificates existed at that moment")


def crash_check(port, db, fixtures):
    todo = json.load(open(os.path.join(fixtures, "completions.json")))[500:520]
    n = wait_certificates(db, todo, 60)
    time.sleep(3)  # a second delivery would show up here
    ids = ",".join(f"'{t['enrollment']}'" for t in todo)
    per = sql(db, f"SELECT enrollment_id, count(*) FROM certificates WHERE enrollment_id IN ({ids}) GROUP BY 1")
    if n != len(todo) or len(per) != len(todo) or any(r[1] != "1" for r in per):
        fail(f"after the restart: {n} certificates with PDF for {len(todo)} completions; per enrolment {per}")
    log(f"crash passed: exactly one certificate for each of the {len(todo)} completions after the restart")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"fuzz": lambda: fuzz(int(args[0]), args[1]),
     "upload": lambda: upload(int(args[0]), args[1], args[2]),
     "restart": lambda: restart(int(args[0]), args[1], args[2]),
     "two-nodes": lambda: two_nodes(int(args[0]), int(args[1]), args[2], args[3]),
     "crash": lambda: crash(int(args[0]), int(args[1]), args[2], args[3]),
     "crash-check": lambda: crash_check(int(args[0]), args[1], args[2])}[cmd]()
