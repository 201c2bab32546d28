#!/usr/bin/env python3
"""Prints the SQL that the library search runs for one query shape (ResourceSearchRepository and ResourceViews):
the facet counts with the total, the topic counts, the page of ids with its rows and the caller's marks.

    python3 bench/library/sql_for.py 'q=donnees&programmingLanguage=PYTHON' [count|topics|page|all]

Literal values instead of bind parameters; no ':' so that pgbench reads it as plain SQL."""
import sys
import urllib.parse

TYPES = ["COURSE", "TUTORIAL", "VIDEO", "BOOK", "NOTEBOOK", "EXERCISE", "DOCUMENTATION", "TOOL"]
LANGS = ["PYTHON", "R", "BOTH", "NONE"]
LEVELS = ["BEGINNER", "INTERMEDIATE", "ADVANCED"]
CONTENT = ["FR", "EN"]
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


def build(query):
    params = urllib.parse.parse_qs(query)
    q = " ".join(params.get("q", [])) or None
    base = "r.status = 'PUBLISHED'" + (" AND r.search_vector @@ tsq" if q else "")
    filters = {}
    if "type" in params:
        filters["type"] = "r.type IN (" + quoted(params["type"]) + ")"
    if "programmingLanguage" in params:
        filters["pl"] = "r.programming_language IN (" + quoted(matching(params["programmingLanguage"])) + ")"
    if "level" in params:
        filters["level"] = "r.level IN (" + quoted(params["level"]) + ")"
    if "topic" in params:
        filters["topic"] = "r.topics && CAST(ARRAY[" + quoted(params["topic"]) + "] AS text[])"
    if "contentLanguage" in params:
        filters["cl"] = "r.content_language IN (" + quoted(params["contentLanguage"]) + ")"
    if params.get("freeOnly") == ["true"]:
        filters["free"] = "r.free"
    frm = "training_resource r" + (", directory_tsquery('" + q + "') AS tsq" if q else "")

    def others(left):
        conds = [c for k, c in filters.items() if k != left]
        return " AND ".join(conds) if conds else "true"

    def count(facet, value):
        return "count(*) FILTER (WHERE " + others(facet) + " AND " + value + ")"

    cols = ["count(*) FILTER (WHERE " + others(None) + ")"]
    cols += [count("type", "r.type = '" + t + "'") for t in TYPES]
    cols += [count("pl", "r.programming_language IN (" + quoted(matching([l])) + ")") for l in LANGS]
    cols += [count("level", "r.level = '" + l + "'") for l in LEVELS]
    cols += [count("cl", "r.content_language = '" + c + "'") for c in CONTENT]
    cols += [count("free", "r.free"), count("free", "NOT r.free")]
    count_sql = "SELECT " + ", ".join(cols) + " FROM " + frm + " WHERE " + base + ";"
    where_topic = " AND ".join([base] + [c for k, c in filters.items() if k != "topic"])
    topics_sql = ("SELECT t.topic, count(*) FROM " + frm + ", unnest(r.topics) AS t(topic) WHERE " + where_topic
                  + " GROUP BY t.topic ORDER BY count(*) DESC, t.topic;")
    sort = params.get("sort", ["relevance" if q else "newest"])[0]
    if sort == "relevance" and q:
        order = "ts_rank(r.search_vector, tsq) DESC, r.published_at DESC, r.id"
    elif sort == "rating":
        order = ("(CAST(r.rating_sum AS numeric) / NULLIF(r.rating_count, 0)) DESC NULLS LAST, r.rating_count DESC,"
                 " r.published_at DESC, r.id")
    else:
        order = "r.published_at DESC, r.id"
    where = " AND ".join([base] + list(filters.values()))
    page = ("SELECT r.id FROM " + frm + " WHERE " + where + " ORDER BY " + order + " LIMIT 20 OFFSET "
            + str(20 * int(params.get("page", ["0"])[0])))
    page_sql = (page + ";\n"
                "SELECT * FROM training_resource WHERE id IN (" + page + ");\n"
                "SELECT resource_id FROM training_resource_bookmark WHERE member_id = '" + ME
                + "' AND resource_id IN (" + page + ");\n"
                "SELECT resource_id FROM training_resource_done WHERE member_id = '" + ME
                + "' AND resource_id IN (" + page + ");")
    return {"count": count_sql, "topics": topics_sql, "page": page_sql}


if __name__ == "__main__":
    parts = build(sys.argv[1])
    which = sys.argv[2] if len(sys.argv) > 2 else "all"
    print("\n".join(parts.values()) if which == "all" else parts[which])
