#!/usr/bin/env python3
"""G5: N learners complete their last lesson at once; the outbox issues each certificate (snapshot,
number, PDF rendered, signed and stored). Measures from the first completion request until the last
certificate of those enrolments has its PDF. Prints RESULT count, seconds, per second.

Usage: g5_issuing.py <port> <database> <fixture dir>"""
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(__file__))
from fakh_api import Api  # noqa: E402

port, db, fixtures = int(sys.argv[1]), sys.argv[2], sys.argv[3]
todo = json.load(open(os.path.join(fixtures, "completions.json")))
api = Api(port)
ids = ",".join(f"'{t['enrollment']}'" for t in todo)
count_sql = f"SELECT count(*) FROM certificates WHERE pdf_blob_key IS NOT NULL AND enrollment_id IN ({ids})"


def issued():
    return int(subprocess.run(["psql", "-XAtq", "-d", db, "-c", count_sql], check=True, capture_output=True,
                              text=True).stdout.strip())


def complete(t):
    status, body = api.request("POST", f"/api/enrollments/{t['enrollment']}/lessons/{t['lesson']}/complete", None,
                               t["token"])
    if status >= 300:
        raise SystemExit(f"completion refused: {status} {body}")


t0 = time.monotonic()
with ThreadPoolExecutor(16) as pool:
    list(pool.map(complete, todo))
requests_done = time.monotonic() - t0
deadline = t0 + 600
while (n := issued()) < len(todo) and time.monotonic() < deadline:
    time.sleep(0.2)
elapsed = time.monotonic() - t0
print(f"RESULT count={n} expected={len(todo)} seconds={elapsed:.2f} per_second={n / elapsed:.1f} "
      f"completions_seconds={requests_done:.2f}")
