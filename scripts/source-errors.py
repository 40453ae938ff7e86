#!/usr/bin/env python3
"""Lists quotations whose source is missed or wrong, per gold file, as shared/tools/score.py
matches them (a quotation found when its span overlaps the gold one by 80% both ways; its
source right when the source's text or its entity's name or aliases is one the gold accepts).

    scripts/source-errors.py BIN GOLD_DIR
"""
import sys, unicodedata

from gold_export import golds_and_export


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def overlap(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(1, a[1] - a[0])


def main():
    binary, folder = sys.argv[1], sys.argv[2]
    golds, system = golds_and_export(binary, folder)
    for g in golds:
        b = system[g["id"]]
        raw = g["text"].encode("utf-8")
        names = {e["id"]: [e["name"]] + e.get("aliases", []) for e in b["entities"]}
        for q in g.get("quotes", []):
            accept = (q.get("source") or {}).get("accept")
            if not accept:
                continue
            gs = (q["start"], q["end"])
            hit = next((sq for sq in b["quotes"] if overlap(gs, (sq["start"], sq["end"])) >= 0.8
                        and overlap((sq["start"], sq["end"]), gs) >= 0.8), None)
            opening = raw[q["start"]:q["start"] + 40].decode(errors="replace").replace("\n", " ")
            if hit is None:
                print(f"{g['id'][:14]} MISSED  {opening!r} gold={accept[:3]}")
                continue
            src = hit.get("source") or {}
            cands = [src.get("text", "")] + names.get(src.get("entity"), [])
            if not any(norm(x) in {norm(a) for a in accept} for x in cands if x):
                print(f"{g['id'][:14]} WRONG   {opening!r} system={src.get('text')!r} gold={accept[:3]}")


main()
