#!/usr/bin/env python3
"""Writes the statements of « Mon espace » (the SELECT text blocks of OverviewRepository.java) as one pgbench
script for one member: what GET /api/v1/me/overview runs, read from the code so that the bench never drifts."""
import re
import sys

source, member = sys.argv[1], sys.argv[2]
java = open(source, encoding="utf-8").read()
blocks = [b for b in re.findall(r'"""\n(.*?)"""', java, re.S) if b.lstrip().upper().startswith("SELECT")]
if len(blocks) < 10:
    sys.exit(f"expected the overview's SELECT blocks in {source}, found {len(blocks)}")
for block in blocks:
    sql = " ".join(line.strip() for line in block.strip().splitlines())
    sql = sql.replace(":member", f"'{member}'::uuid").replace(":limit", "5")
    print(sql + ";")
