#!/usr/bin/env python3
"""Turn a slice of PostgreSQL's log into a pgbench script: the statements one request sent, parameters inlined.

    python3 capture.py <database> <log slice> <pgbench script out>
    python3 capture.py --slow <ms> <database> <log slice>   # the statements that took <ms> or more, NUL-separated

Reads the entries logged with log_min_duration_statement = 0 (line prefix '%m [%p] %q%u@%d '), keeps the executed
statements of <database> in log order ('execute <name>: …' of the extended protocol, 'statement: …' of the simple
one), replaces $n by the value of the 'DETAIL:  parameters:' entry that follows, and writes them one a line-group,
each ended by ';'. pgbench -M prepared runs the script as one transaction per request: the BEGIN and COMMIT are those
the application sent (none when it ran in autocommit). Parse and bind entries are left out (the execute entry carries
the same text). Left out and counted: empty statements (the pool's connection check on each borrow, an empty query)
and the driver's reads of pg_catalog (pgjdbc's column metadata, cached per connection: a new connection's first use).
Prints one summary line: statements, distinct backends, left-out entries, catalogue reads.
"""
import re
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] (\S*)@(\S*) (\w+):  (.*)$")
EXECUTE = re.compile(r"^duration: ([\d.]+) ms  (?:execute [^:]+|statement): (.*)$", re.S)
OTHER_PHASE = re.compile(r"^duration: [\d.]+ ms  (?:parse|bind) ")
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')", re.S)


def entries(lines):
    """(pid, database, level, message) of each entry, continuation lines (a leading tab) joined with newlines."""
    current = None
    for line in lines:
        line = line.rstrip("\n")
        match = ENTRY.match(line)
        if match:
            if current:
                yield current
            current = [match.group(1), match.group(3), match.group(4), match.group(5)]
        elif current and line.startswith("\t"):
            current[3] += "\n" + line[1:]
    if current:
        yield current


def inline(sql, params):
    # Highest numbers first, so that $1 does not eat the start of $12.
    for number in sorted(params, key=int, reverse=True):
        sql = re.sub(r"\$" + number + r"(?!\d)", lambda _: params[number], sql)
    return sql


def read(database, log_slice):
    """The executed statements of <database>, in log order, as [pid, sql, milliseconds]; and how many were left out."""
    statements, skipped, catalogue = [], 0, 0
    last = None  # the last execute entry, waiting for its parameters
    with open(log_slice, encoding="utf-8", errors="replace") as f:
        for pid, db, level, message in entries(f):
            if db != database:
                continue
            if level == "DETAIL" and message.startswith("parameters: ") and last is not None and last[0] == pid:
                last[1] = inline(last[1], dict(PARAM.findall(message[len("parameters: "):])))
                continue
            if level != "LOG":
                continue
            match = EXECUTE.match(message)
            if not match:
                if not OTHER_PHASE.match(message):
                    skipped += 1
                last = None  # a bind's parameters belong to the execute entry that follows
                continue
            sql = match.group(2).strip()
            if not sql or re.search(r"\bpg_catalog\.", sql):
                if sql:
                    catalogue += 1
                else:
                    skipped += 1
                last = None
                continue
            last = [pid, sql, float(match.group(1))]
            statements.append(last)
    return statements, skipped, catalogue


def main():
    if sys.argv[1] == "--slow":
        threshold, database, log_slice = float(sys.argv[2]), sys.argv[3], sys.argv[4]
        for _, sql, ms in read(database, log_slice)[0]:
            if ms >= threshold and sql.upper() not in ("BEGIN", "COMMIT", "ROLLBACK"):
                sys.stdout.write(sql + "\0")
        return
    database, log_slice, out = sys.argv[1:4]
    statements, skipped, catalogue = read(database, log_slice)
    pids = {pid for pid, _, _ in statements}
    with open(out, "w", encoding="utf-8") as f:
        for _, sql, _ in statements:
            f.write(sql.rstrip().rstrip(";") + ";\n")
    print(f"statements={len(statements)} backends={len(pids)} left_out={skipped} catalogue={catalogue}")


if __name__ == "__main__":
    main()
