#!/usr/bin/env python3
"""Prints the SQL that the library search runs for one query shape (ResourceSearchRepository and ResourceViews):
the facet cells (every facet's counts and the total, in one statement), the page of ids with its rows and the
caller's marks. Reads the skills' bits from the bench database (BENCH_DB, PG_HOST, PG_PORT, PG_USER).

    python3 bench/library/sql_for.py 'q=donnees&programmingLanguage=PYTHON' [count|page|all]

Literal values instead of bind parameters; no ':' so that pgbench reads it as plain SQL."""
import os
import subprocess
import sys
import urllib.parse

ME = "00000000-0000-4000-8000-000000000001"


def matching(langs):
    out = []
    for lang in langs:
        out.append(lang)
        if lang in ("PYTHON", "R"):
            out.append("BOTH")
    return sorted(set(out))


def quoted(values):
    return ", ".join("'" + v + "'" for v in values)


def skill_bits():
    """The skills' bits (skill.search_bit), read from the bench database as ResourceSearchRepository reads them."""
    out = subprocess.run(
        ["psql", "-h", os.environ.get("PG_HOST", "127.0.0.1"), "-p", os.environ.get("PG_PORT", "5432"),
         "-U", os.environ.get("PG_USER", "postgres"), "-d", os.environ.get("BENCH_DB", "spyrales_bench_library"),
         "-XtA", "-F", " ", "-c", "SELECT search_bit, code FROM skill ORDER BY search_bit"],
        check=True, capture_output=True, text=True).stdout
    return [(int(bit), code) for bit, code in (line.split() for line in out.splitlines() if line)]


def build(query):
    params = urllib.parse.parse_qs(query)
    q = " ".join(params.get("q", [])) or None
    base = "r.search_vector @@ tsq" if q else "TRUE"
    filters = {}
    if "type" in params:
        filters["type"] = "r.type IN (" + quoted(params["type"]) + ")"
    if "programmingLanguage" in params:
        filters["pl"] = "r.programming_language IN (" + quoted(matching(params["programmingLanguage"])) + ")"
    if "level" in params:
        filters["level"] = "r.level IN (" + quoted(params["level"]) + ")"
    bits = skill_bits()
    if "topic" in params:
        mask = 0
        for bit, code in bits:
            if code in params["topic"]:
                mask |= 1 << bit
        filters["topic"] = "r.topic_bits & " + str(mask) + " <> 0"
    if "contentLanguage" in params:
        filters["cl"] = "r.content_language IN (" + quoted(params["contentLanguage"]) + ")"
    if params.get("freeOnly") == ["true"]:
        filters["free"] = "r.free"
    frm = "training_resource_search r" + (", directory_tsquery('" + q + "') AS tsq" if q else "")

    per_cell = ("SELECT r.facet_cell, count(*) FILTER (WHERE " + filters.get("topic", "TRUE") + ") AS matches, "
                + ", ".join("count(*) FILTER (WHERE r.topic_bits & " + str(1 << bit) + " <> 0) AS t" + str(bit)
                            for bit, _ in bits)
                + " FROM " + frm + " WHERE " + base + " GROUP BY r.facet_cell")
    count_sql = ("SELECT f.type, f.programming_language, f.level, f.content_language, f.free, c.* FROM (" + per_cell
                 + ") AS c JOIN training_resource_facet_cell f ON f.id = c.facet_cell;")
    sort = params.get("sort", ["relevance" if q else "newest"])[0]
    # ResourceSort.order: the keys, each with its direction; the page selects them (its last row gives `next`) and
    # reads one row more than the page (is there a next page?).
    if sort == "relevance" and q:
        keys = [("CAST(ts_rank(r.search_vector, tsq) AS numeric)", " DESC"), ("r.published_at", " DESC"), ("r.id", "")]
    elif sort == "rating":
        keys = [("COALESCE(CAST(r.rating_sum AS numeric) / NULLIF(r.rating_count, 0), 0)", " DESC"),
                ("r.rating_count", " DESC"), ("r.published_at", " DESC"), ("r.id", "")]
    else:
        keys = [("r.published_at", " DESC"), ("r.id", "")]
    order = ", ".join(k + d for k, d in keys)
    where = " AND ".join([base] + list(filters.values()))
    offset = " OFFSET " + str(20 * int(params.get("page", ["0"])[0]))
    page = ("SELECT r.id FROM " + frm + " WHERE (" + where + ") ORDER BY " + order + " LIMIT 20" + offset)
    page_sql = ("SELECT " + ", ".join(k for k, _ in keys) + " FROM " + frm + " WHERE (" + where + ") ORDER BY "
                + order + " LIMIT 21" + offset + ";\n"
                "SELECT * FROM training_resource WHERE id IN (" + page + ");\n"
                "SELECT resource_id FROM training_resource_bookmark WHERE member_id = '" + ME
                + "' AND resource_id IN (" + page + ");\n"
                "SELECT resource_id FROM training_resource_done WHERE member_id = '" + ME
                + "' AND resource_id IN (" + page + ");")
    return {"count": count_sql, "page": page_sql}


if __name__ == "__main__":
    parts = build(sys.argv[1])
    which = sys.argv[2] if len(sys.argv) > 2 else "all"
    print("\n".join(parts.values()) if which == "all" else parts[which])
