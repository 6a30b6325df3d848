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
ping, tpcb = num("PING_RPS"), num("PGBENCH_TPCB_TPS")
if "G1_RPS" in f:  # not in an --analytics run
    ping, ping_p99 = num("PING_RPS"), ms("PING_P99_US")
    g1, g1_p99 = num("G1_RPS"), ms("G1_P99_US")
    g1_limit = max(10.0, 2 * ping_p99)
    rows.append(("G1", "public check, 90 % known codes, 32 connections",
                 f"{g1:.0f} req/s, p99 {g1_p99:.1f} ms", f"ping {ping:.0f} req/s, p99 {ping_p99:.1f} ms",
                 f"{g1 / ping:.2f}", f"≥ 0.5; p99 ≤ {g1_limit:.1f} ms", verdict(g1 / ping >= 0.5 and g1_p99 <= g1_limit)))
    g2, g2_p99 = num("G2_RPS"), ms("G2_P99_US")
    rows.append(("G2", "course page (HTML), logged-in learner, 50 lessons with progress, 8 connections",
                 f"{g2:.0f} req/s, p99 {g2_p99:.1f} ms", f"ping {ping:.0f} req/s", f"{g2 / ping:.3f}",
                 "≥ 0.10; p99 ≤ 50 ms", verdict(g2 / ping >= 0.10 and g2_p99 <= 50)))
    g3, g3_p99, tpcb = num("G3_RPS"), ms("G3_P99_US"), num("PGBENCH_TPCB_TPS")
    rows.append(("G3", "quiz autosave, distinct attempts, 16 connections",
                 f"{g3:.0f} req/s, p99 {g3_p99:.1f} ms", f"pgbench TPC-B-like {tpcb:.0f} tps (16 clients)",
                 f"{g3 / tpcb:.2f}", "≥ 1.0; p99 ≤ 25 ms", verdict(g3 / tpcb >= 1.0 and g3_p99 <= 25)))
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
    e_ping = num("EMPTY_PING_RPS")
    r1 = (g1 / ping) / (num("EMPTY_G1_RPS") / e_ping)
    r2 = (g2 / ping) / (num("EMPTY_G2_RPS") / e_ping)
    rows.append(("G7", "G1 and G2, full data set vs almost empty (each as a ratio to its own run's ping)",
                 f"G1 {g1 / ping:.2f} vs {num('EMPTY_G1_RPS') / e_ping:.2f}; G2 {g2 / ping:.3f} vs {num('EMPTY_G2_RPS') / e_ping:.3f}",
                 f"empty: ping {e_ping:.0f}, G1 {num('EMPTY_G1_RPS'):.0f}, G2 {num('EMPTY_G2_RPS'):.0f} req/s",
                 f"G1 {r1:.2f}, G2 {r2:.2f}", "within 0.8–1.2", verdict(0.8 <= r1 <= 1.2 and 0.8 <= r2 <= 1.2)))

G8_GOAL_MS = 300
for key in sorted(k for k in f if k.startswith("G8_") and k.endswith("_P95_US")):
    who, path = f[key[:-len("_P95_US")] + "_PATH"].split(" ", 1)
    p95 = ms(key)
    figure = "no answer within 10 s" if p95 >= 10000 else f"p95 {p95:.0f} ms"
    rows.append(("G8", f"territory report `{path}` as {who}, 4 connections", figure, "—", "—",
                 f"p95 < {G8_GOAL_MS} ms", verdict(p95 < G8_GOAL_MS)))

print(f"# Fakh benchmark results ({f.get('MODE')} run)\n")
print(f"- commit `{f.get('COMMIT')}`; {f.get('CPUS')} CPUs; load average before `{f.get('LOAD_BEFORE')}`, "
      f"after `{f.get('LOAD_AFTER')}` (the machine is shared)")
print(f"- {f.get('JAVA')}; JVM flags `{f.get('JVM_FLAGS')}`")
print(f"- PostgreSQL {f.get('POSTGRES')} on 127.0.0.1; data: {f.get('DATA')} (generated in {f.get('GENERATE_SECONDS')} s)")
if "G1_RPS" in f:
    print(f"- baselines: ping (same process) {ping:.0f} req/s at 32 connections, {num('PING8_RPS'):.0f} req/s at 8; "
          f"pgbench -S -M prepared {num('PGBENCH_SELECT_TPS'):.0f} tps, TPC-B-like {tpcb:.0f} tps (16 clients, 1 thread)")
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
