#!/usr/bin/env python3
"""Issue 16's verdicts for each shape of a run, from its results table.

    python3 verdicts.py bench/lists/last-results.md

Reads the rows of run.sh's table (two per shape: 1 and 4 connections) and prints one row per shape: its kind (broad:
p50 ≤ 25 ms at one connection; selective: ≤ 10 ms), the API's and the SQL's p50 and throughput, the throughput ratio
(target ≥ 60 %) and the p99 ratio (target ≤ 3), each at 1 and 4 connections, and whether each target is met (the
ratios at both concurrencies). Then the counts.
"""
import re
import sys

# Shapes that list a large part of a table without a selective filter; every other shape is selective.
BROAD = set("""members_all members_q_data projects_all projects_recruiting resources_all resources_q_donnees
events_upcoming events_past challenge_entries matching_proposals console_pairings console_mentor_candidates
console_queues paths stats""".split())


def main():
    shapes, current = [], None
    for line in open(sys.argv[1], encoding="utf-8"):
        if not line.startswith("| ") or line.startswith("| shape"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 14:  # not a row of run.sh's table (e.g. this script's own table appended after it)
            continue
        if cells[0]:
            name, path = re.match(r"`(\w+)` `([^`]+)`", cells[0]).groups()
            current = {"name": name, "path": re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}", "{id}", path), "total": cells[1]}
            shapes.append(current)
        current[cells[3]] = {
            "api_rps": float(cells[4]), "api_p50": float(cells[5]), "sql_rps": float(cells[7]),
            "sql_p50": float(cells[8]), "ratio": float(cells[10].rstrip(" %")), "p99": float(cells[11]),
            "load": cells[12]}
    yes = lambda ok: "yes" if ok else "**no**"
    print("| shape | kind (p50 target) | total | 1 conn: API / SQL p50 ms | 1 conn: API / SQL req/s"
          " | 4 conn: API / SQL req/s | API/SQL throughput, 1 / 4 conn | p99 API/SQL, 1 / 4 conn"
          " | load at 1 conn (API / SQL) | p50 | ≥ 60 % | p99 ≤ 3× |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|:-:|:-:|:-:|")
    counts = {"p50": 0, "ratio": 0, "p99": 0, "all": 0}
    for s in shapes:
        one, four = s["1"], s["4"]
        broad = s["name"] in BROAD
        ok = {"p50": one["api_p50"] <= (25 if broad else 10),
              "ratio": min(one["ratio"], four["ratio"]) >= 60,
              "p99": max(one["p99"], four["p99"]) <= 3}
        for key in ok:
            counts[key] += ok[key]
        counts["all"] += all(ok.values())
        print(f"| `{s['name']}` `{s['path']}` | {'broad (25)' if broad else 'selective (10)'} | {s['total']}"
              f" | {one['api_p50']:.1f} / {one['sql_p50']:.1f} | {one['api_rps']:.0f} / {one['sql_rps']:.0f}"
              f" | {four['api_rps']:.0f} / {four['sql_rps']:.0f} | {one['ratio']:.0f} / {four['ratio']:.0f} %"
              f" | {one['p99']:.1f} / {four['p99']:.1f} | {one['load']}"
              f" | {yes(ok['p50'])} | {yes(ok['ratio'])} | {yes(ok['p99'])} |")
    print()
    print(f"{len(shapes)} shapes: p50 target met by {counts['p50']}, throughput ≥ 60 % by {counts['ratio']},"
          f" p99 ≤ 3× by {counts['p99']}, all three by {counts['all']}.")


if __name__ == "__main__":
    main()
