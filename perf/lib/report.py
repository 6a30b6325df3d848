#!/usr/bin/env python3
"""Turns the figures perf/run collected (KEY=VALUE lines) into the results table: each figure,
its baseline, the ratio, the goal, met or missed."""
import sys

f = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if "=" in line:
        k, v = line.rstrip("\n").split("=", 1)
        f[k] = v


def num(key):
    try:
        return float(f[key])
    except (KeyError, ValueError):
        return float("nan")


def ms(key):
    return num(key) / 1000.0


def verdict(ok):
    return "**met**" if ok else "**missed**"


rows = []
if "G1_RPS" in f:  # not in an --analytics or --notifications run
    ping, ping_p99 = num("G1_BASE_RPS"), ms("G1_P99_US")
    g1, g1_p99, r1 = num("G1_RPS"), ms("G1_P99_US"), num("G1_RATIO")
    rows.append(("G1", "public check, 90 % known codes, 32 connections",
                 f"{g1:.0f} req/s, p99 {g1_p99:.1f} ms", f"ping {ping:.0f} req/s (interleaved)",
                 f"{r1:.2f}", "≥ 0.5; p99 ≤ 10 ms", verdict(r1 >= 0.5 and g1_p99 <= 10)))
    hit, miss = ms("G1_HIT_P50_US"), ms("G1_MISS_P50_US")
    rows.append(("G1′", "public check, known codes only vs unknown only (constant time), 8 connections",
                 f"p50 hit {hit:.2f} ms, miss {miss:.2f} ms; p99 hit {ms('G1_HIT_P99_US'):.1f}, "
                 f"miss {ms('G1_MISS_P99_US'):.1f} ms", "hit", f"{miss / hit:.2f}", "miss/hit 0.8–1.25",
                 verdict(0.8 <= miss / hit <= 1.25)))
    g2, g2_p99, r2 = num("G2_RPS"), ms("G2_P99_US"), num("G2_RATIO")
    rows.append(("G2", "course page (HTML), logged-in learner, 50 lessons with progress, 8 connections",
                 f"{g2:.0f} req/s, p99 {g2_p99:.1f} ms", f"ping {num('G2_BASE_RPS'):.0f} req/s (32 connections, interleaved)",
                 f"{r2:.3f}", "≥ 0.10; p99 ≤ 50 ms", verdict(r2 >= 0.10 and g2_p99 <= 50)))
    if "G2_FLOOR_RATIO" in f:  # what any signed-in page costs at least, against the same ping
        rows.append(("G2 floor", "GET /api/me as a learner (JWT, the caller read, the user read, small JSON), 32 connections",
                     f"{num('G2_FLOOR_RPS'):.0f} req/s, p99 {ms('G2_FLOOR_P99_US'):.1f} ms",
                     f"ping {num('G2_FLOOR_BASE_RPS'):.0f} req/s (interleaved)", f"{num('G2_FLOOR_RATIO'):.3f}",
                     "— (the course page costs this and more)", "measured"))
    g3, g3_p99, r3, tpcb = num("G3_RPS"), ms("G3_P99_US"), num("G3_RATIO"), num("G3_BASE_RPS")
    rows.append(("G3", "quiz autosave, distinct attempts, 16 connections",
                 f"{g3:.0f} req/s, p99 {g3_p99:.1f} ms", f"pgbench TPC-B-like {tpcb:.0f} tps (16 clients, interleaved)",
                 f"{r3:.2f}", "≥ 1.0; p99 ≤ 25 ms", verdict(r3 >= 1.0 and g3_p99 <= 25)))
    n4, ok4, span4, p99_4 = num("G4_SUBMISSIONS"), num("G4_OK"), num("G4_SPAN_S"), ms("G4_AUTOSAVE_P99_US")
    rows.append(("G4", f"{n4:.0f} submissions within 5 s while autosaves continue (8 connections)",
                 f"{ok4:.0f}/{n4:.0f} ok, last answer {span4:.1f} s after the first, autosave p99 {p99_4:.0f} ms "
                 f"({num('G4_AUTOSAVE_RPS'):.0f} req/s)", "—", "—", "all ok; ≤ 15 s; p99 ≤ 250 ms",
                 verdict(ok4 == n4 and span4 <= 15 and p99_4 <= 250)))
    g5 = num("G5_PER_SECOND")
    rows.append(("G5", f"issuing {num('G5_COUNT'):.0f} certificates (PDF + signature + stored), through the outbox",
                 f"{g5:.1f} per second ({num('G5_SECONDS'):.1f} s)", "—", "—", "≥ 100 per second", verdict(g5 >= 100)))
    start, rss = num("G6_START_MS"), num("G6_RSS_MB")
    rows.append(("G6", "start-up to first /health 200 (AppCDS); RSS after G1–G4 with -Xmx256m",
                 f"{start / 1000:.2f} s; {rss:.0f} MB", f"first start (migrations, keys) {num('FIRST_START_MS') / 1000:.1f} s",
                 "—", "≤ 2.5 s; ≤ 300 MB", verdict(start <= 2500 and rss <= 300)))
    e1, e2 = num("EMPTY_G1_RATIO"), num("EMPTY_G2_RATIO")
    f1, f2 = r1 / e1, r2 / e2
    rows.append(("G7", "G1 and G2, full data set vs almost empty (each as a ratio to its own rounds' ping)",
                 f"G1 {r1:.2f} vs {e1:.2f}; G2 {r2:.3f} vs {e2:.3f}",
                 f"empty: ping {num('EMPTY_G1_BASE_RPS'):.0f}, G1 {num('EMPTY_G1_RPS'):.0f}, G2 {num('EMPTY_G2_RPS'):.0f} req/s",
                 f"G1 {f1:.2f}, G2 {f2:.2f}", "within 0.8–1.2", verdict(0.8 <= f1 <= 1.2 and 0.8 <= f2 <= 1.2)))

G8_GOAL_MS = 300
for key in sorted(k for k in f if k.startswith("G8_") and k.endswith("_P95_US")):
    who, path = f[key[:-len("_P95_US")] + "_PATH"].split(" ", 1)
    p95 = ms(key)
    figure = "no answer within 10 s" if p95 >= 10000 else f"p95 {p95:.0f} ms"
    rows.append(("G8", f"territory report `{path}` as {who}, 4 connections", figure, "—", "—",
                 f"p95 < {G8_GOAL_MS} ms", verdict(p95 < G8_GOAL_MS)))

if "G9_COUNT" in f:
    n9, arrived, distinct, sent9 = num("G9_COUNT"), num("G9_ARRIVED"), num("G9_DISTINCT"), num("G9_SENT_IN_DB")
    rows.append(("G9", f"{n9:.0f} people enrolled at once: one e-mail each queued in the enrolment's transaction, "
                       "sent to a local SMTP server",
                 f"{num('G9_PER_SECOND'):.0f} messages/s ({num('G9_SECONDS'):.1f} s to the last; queueing request "
                 f"{num('G9_QUEUE_SECONDS'):.1f} s); {arrived:.0f} arrived, {distinct:.0f} distinct, {sent9:.0f} SENT",
                 "—", "—", "measured; each exactly once", verdict(arrived == n9 and distinct == n9 and sent9 == n9)))

G10_GOAL_MS = 50
if "G10_RPS" in f:
    p50, p99, bad = ms("G10_P50_US"), ms("G10_P99_US"), num("G10_BAD")
    rows.append(("G10", "join page of an online session (meeting_link; logs the join, 303 to the meeting), "
                        f"264 signed-in people in turn ({f.get('G10_SCHEME')}), 264 connections",
                 f"{num('G10_RPS'):.0f} req/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms; {bad:.0f} answers not 303",
                 f"ping {num('G10_BASE_RPS'):.0f} req/s (264 connections, interleaved)", f"{num('G10_RATIO'):.3f}",
                 f"p99 < {G10_GOAL_MS} ms; every answer 303", verdict(p99 < G10_GOAL_MS and bad == 0)))
    b99 = num("G10_BURST_P99_MS")
    rows.append(("G10‴", "the meeting starts: all 264 press join at the same moment (one connection each, released "
                         f"together by a barrier in Python), {num('G10_BURST_ROUNDS'):.0f} times",
                 f"p50 {num('G10_BURST_P50_MS'):.1f} ms, p99 {b99:.1f} ms (medians of the rounds), slowest "
                 f"{num('G10_BURST_MAX_MS'):.1f} ms; all 264 answered within {num('G10_BURST_SPAN_S'):.2f} s", "—", "—",
                 f"p99 < {G10_GOAL_MS} ms; every answer 303", verdict(b99 < G10_GOAL_MS)))
    people, each, logged, passes = num("G10_PEOPLE"), num("G10_EACH_JOINED"), num("G10_LOGGED"), num("G10_PASSES")
    rows.append(("G10′", "the trainer's join log (GET /api/sessions/{id}/joins) after the runs",
                 f"{logged:.0f} joins logged for {passes:.0f} answers 303 counted by the clients; "
                 f"{each:.0f} of {people:.0f} people with joins", "—", "—",
                 f"every counted pass logged, at most {num('G10_UNCOUNTED_MAX'):.0f} more (one in flight per "
                 "connection when each wrk run stopped); all 264 appear",
                 verdict(passes <= logged <= passes + num("G10_UNCOUNTED_MAX") and each == 264 and people == 264)))
    n, checked = num("G10_CHECKIN_COUNT"), num("G10_CHECKIN_CHECKED_IN")
    rows.append(("G10″", f"{n:.0f} people enter the host's check-in code once each "
                         f"(POST /api/sessions/{{id}}/checkins, {num('G10_CHECKIN_THREADS'):.0f} at a time, Python client)",
                 f"p50 {num('G10_CHECKIN_P50_MS'):.1f} ms, p99 {num('G10_CHECKIN_P99_MS'):.1f} ms, "
                 f"all in {num('G10_CHECKIN_SPAN_S'):.1f} s; {checked:.0f} checked in once", "—", "—",
                 "measured; each checked in exactly once", verdict(num("G10_CHECKIN_OK") == n and checked == n)))

print(f"# Fakh benchmark results ({f.get('MODE')} run)\n")
print(f"- commit `{f.get('COMMIT')}`; {f.get('CPUS')} CPUs; load average before `{f.get('LOAD_BEFORE')}`, "
      f"after `{f.get('LOAD_AFTER')}` (the machine is shared)")
print(f"- {f.get('JAVA')}; JVM flags `{f.get('JVM_FLAGS')}`")
if "DATA" in f:
    print(f"- PostgreSQL {f.get('POSTGRES')} on 127.0.0.1; data: {f.get('DATA')} (generated in {f.get('GENERATE_SECONDS')} s)")
else:  # a --seminar run: G10's own small database only
    print(f"- PostgreSQL {f.get('POSTGRES')} on 127.0.0.1; data: G10's own database (one course, 264 learners)")
if "G1_RPS" in f:
    print(f"- baselines, each measured in rounds alternating with its workload: ping (same process) {ping:.0f} req/s at 32 "
          f"connections; pgbench TPC-B-like {tpcb:.0f} tps (16 clients, 1 thread); before the application started: "
          f"pgbench -S -M prepared {num('PGBENCH_SELECT_TPS'):.0f} tps, TPC-B-like {num('PGBENCH_TPCB_TPS'):.0f} tps")
print("- wrk -t1 pinned to CPU 1 (`taskset -c 1`), medians of the runs; latencies from wrk\n")
print("| # | workload | figure | baseline | ratio | goal | |")
print("|---|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")

jmh = sorted(k for k in f if k.startswith("JMH_"))
if jmh:
    print("\nJMH (one thread, average time per operation, µs; fork 1):\n")
    print("| benchmark | µs/op | per second on one core |")
    print("|---|---|---|")
    for k in jmh:
        score = float(f[k].split("±")[0])
        print(f"| {k[4:]} | {f[k].replace('±', ' ± ')} | {1e6 / score:,.0f} |")
