#!/usr/bin/env python3
"""Sanity check for the held-out gold files: JSON parses, schema fields/values are valid,
and every evidence string is an exact substring of its document. usage: check.py [dev|test ...]"""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["doc","actor","kind","troops","amount","currency","item","count","status","recipient","evidence","scored"]
KINDS = {"troops","money","equipment","support"}
STATUS = {"pledged","delivered","considering","declined"}
ACTOR = re.compile(r"^([A-Z]{2}|EU|NATO|group:.+)$")
def check(split):
    bad = 0; rows = []
    docs = {f[:-4] for f in os.listdir(os.path.join(HERE, split)) if f.endswith(".txt")}
    texts = {d: open(os.path.join(HERE, split, d + ".txt"), encoding="utf-8").read() for d in docs}
    for n, line in enumerate(open(os.path.join(HERE, split + ".gold.jsonl"), encoding="utf-8"), 1):
        if not line.strip(): continue
        try: r = json.loads(line)
        except json.JSONDecodeError as e: print(f"{split}:{n}: bad JSON {e}"); bad += 1; continue
        rows.append(r); errs = []
        if list(r) != FIELDS: errs.append("fields")
        if r["doc"] not in texts: errs.append("unknown doc")
        elif r["evidence"] not in texts[r["doc"]]: errs.append("evidence not a substring")
        if not ACTOR.match(r["actor"]): errs.append("actor")
        if r["actor"].startswith("group:") and r["scored"]: errs.append("group scored")
        if r["kind"] not in KINDS: errs.append("kind")
        if r["status"] not in STATUS: errs.append("status")
        if r["kind"] == "money" and r["amount"] is not None and not re.match(r"^[A-Z]{3}$", r["currency"] or ""): errs.append("currency")
        if r["kind"] != "troops" and r["troops"] is not None: errs.append("troops on non-troops")
        if r["kind"] != "money" and (r["amount"] is not None or r["currency"] is not None): errs.append("amount on non-money")
        if errs: print(f"{split}:{n}: {errs}: {r['evidence'][:70]}"); bad += 1
    no_gold = docs - {r["doc"] for r in rows}
    if no_gold: print(f"{split}: documents without gold lines: {sorted(no_gold)}")
    sc = [r for r in rows if r["scored"]]
    print(f"{split}: {len(docs)} docs, {len(rows)} lines ({len(sc)} scored), {bad} problems")
    print("  by kind  :", dict(Counter(r["kind"] for r in sc)))
    print("  by status:", dict(Counter(r["status"] for r in sc)))
    print("  kind x status:", dict(sorted(Counter((r["kind"], r["status"]) for r in sc).items())))
    return bad
if __name__ == "__main__":
    sys.exit(1 if sum(check(s) for s in (sys.argv[1:] or ["dev", "test"]) if os.path.exists(os.path.join(HERE, s + ".gold.jsonl"))) else 0)
