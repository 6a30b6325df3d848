#!/usr/bin/env python3
"""G4: submissions of the first N attempts of attempts.json, arriving evenly within 5 s (a region's
post-test ending at 17:00), while wrk keeps autosaving other attempts. Prints one RESULT line:
ok, failed, seconds from the first request to the last answer.

Usage: g4_submissions.py <port> <fixture dir> <count>"""
import json
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(__file__))
from fakh_api import Api  # noqa: E402

port, fixtures, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
attempts = json.load(open(os.path.join(fixtures, "attempts.json")))[:count]
api = Api(port)
start = time.monotonic() + 0.5
last_answer = [start]
failures = []
lock = threading.Lock()


def submit(index):
    a = attempts[index]
    time.sleep(max(0.0, start + 5.0 * index / len(attempts) - time.monotonic()))
    try:
        status, body = api.request("POST", f"/api/attempts/{a['attempt']}/submit", {}, a["token"])
    except Exception as e:  # a refused connection is a failure like any other
        status, body = 0, str(e)
    with lock:
        last_answer[0] = max(last_answer[0], time.monotonic())
        if status != 200 or "score" not in (body if isinstance(body, dict) else {}):
            failures.append(f"{status} {body}")


with ThreadPoolExecutor(64) as pool:
    list(pool.map(submit, range(len(attempts))))
print(f"RESULT ok={len(attempts) - len(failures)} failed={len(failures)} span={last_answer[0] - start:.2f}")
for f in failures[:5]:
    print("failure:", f, file=sys.stderr)
