#!/usr/bin/env python3
"""G9: 10,000 people enrolled by an administrator (two requests of 5,000, the API's most); each enrolment queues one e-mail in the
outbox (in the enrolment's transaction) and the application's senders deliver them to a local SMTP
server run here. Measures the queueing request and the time until the last message arrived; checks
that every message arrived exactly once (distinct Message-IDs) and the database marks each SENT.
The application must have been started with FAKH_MAIL_HOST=127.0.0.1, FAKH_MAIL_PORT=<smtp port>,
FAKH_MAIL_TLS=none. Prints RESULT.

Usage: g9_notifications.py <app port> <database> <smtp port> [count]"""
import asyncore
import os
import re
import smtpd
import subprocess
import sys
import threading
import time
import warnings

sys.path.insert(0, os.path.dirname(__file__))
from fakh_api import Api  # noqa: E402
from generate import PASSWORD, build_course  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)
port, db, smtp_port = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
count = int(sys.argv[4]) if len(sys.argv) > 4 else 10_000
MESSAGE_ID = re.compile(rb"^Message-ID:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


class Sink(smtpd.SMTPServer):
    """Accepts every message and keeps its Message-ID and arrival time; nothing is stored."""

    def __init__(self, address):
        super().__init__(address, None, decode_data=False)
        self.ids, self.received, self.last = set(), 0, None
        self.lock = threading.Lock()

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        found = MESSAGE_ID.search(data)
        with self.lock:
            self.received += 1
            self.ids.add(found.group(1) if found else b"<none %d>" % self.received)
            self.last = time.monotonic()


def psql(sql):
    return subprocess.run(["psql", "-XAtq", "-d", db, "-c", sql], check=True, capture_output=True,
                          text=True).stdout.strip()


sink = Sink(("127.0.0.1", smtp_port))
threading.Thread(target=asyncore.loop, kwargs={"timeout": 0.05}, daemon=True).start()

api = Api(port)
trainer = api.login("trainer@perf.local", PASSWORD)
provider = psql("SELECT organization_id FROM users WHERE email = 'trainer@perf.local'")
course, _ = build_course(api, trainer, provider, 9009)
people = psql(f"SELECT id FROM users WHERE email LIKE 'learner%@perf.local' ORDER BY email LIMIT {count}").split()
if len(people) < count:
    raise SystemExit(f"only {len(people)} learners in the data set, {count} wanted")
admin = api.login("admin@perf.local", PASSWORD)
# messages queued while the data set was made (the real learners' enrolments) drain first
drain_until = time.monotonic() + 120
while psql("SELECT count(*) FROM notifications WHERE status = 'QUEUED'") != "0" and time.monotonic() < drain_until:
    time.sleep(0.5)
time.sleep(3)
with sink.lock:
    before, sink.ids = sink.received, set()

t0 = time.monotonic()
for start in range(0, len(people), 5000):  # the API enrols at most 5,000 people per request
    api.ok("POST", f"/api/courses/{course}/enrollments", {"userIds": people[start:start + 5000]}, admin)
queued_s = time.monotonic() - t0
queued = int(psql(f"SELECT count(*) FROM notifications n JOIN enrollments e ON n.event_key = 'enrolled:' || e.id "
                  f"WHERE e.course_id = '{course}' AND n.channel = 'notify_email'"))
deadline = t0 + 900
while time.monotonic() < deadline:
    with sink.lock:
        arrived = sink.received - before
    if arrived >= queued:
        break
    time.sleep(0.1)
time.sleep(3)  # anything sent twice would arrive now
with sink.lock:
    arrived, distinct, last = sink.received - before, len(sink.ids), sink.last
sent = int(psql(f"SELECT count(*) FROM notifications n JOIN enrollments e ON n.event_key = 'enrolled:' || e.id "
                f"WHERE e.course_id = '{course}' AND n.channel = 'notify_email' AND n.status = 'SENT'"))
span = (last - t0) if last else float("nan")
print(f"RESULT count={count} queued={queued} queue_seconds={queued_s:.2f} arrived={arrived} distinct={distinct} "
      f"sent_in_db={sent} seconds={span:.2f} per_second={arrived / span:.1f}")
