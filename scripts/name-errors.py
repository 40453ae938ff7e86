#!/usr/bin/env python3
"""Lists name-mention errors per gold file: false positives (FP), false negatives (FN) and
kind errors (KIND), with a few words of context. Matching follows shared/tools/score.py
(exact span, or covering `head` inside `outer`; optional gold mentions excuse a system span).

    scripts/name-errors.py BIN GOLD_DIR [--only fp|fn|kind]
"""
import sys

from gold_export import golds_and_export

SCORED = {"person", "organization", "place"}


def main():
    binary, folder = sys.argv[1], sys.argv[2]
    only = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--only" else None
    golds, system = golds_and_export(binary, folder)
    for g in golds:
        raw = g["text"].encode("utf-8")
        ctx = lambda s, e: (raw[max(0, s - 30):s].decode(errors="replace") + "[" + raw[s:e].decode(errors="replace") + "]" + raw[e:e + 30].decode(errors="replace")).replace("\n", " ")
        sys_m = {}
        for e in system.get(g["id"], {"entities": []})["entities"]:
            for m in e["mentions"]:
                sys_m[(m["start"], m["end"])] = e["kind"]
        gold_m = []
        for e in g["entities"]:
            kinds = set(e.get("kinds", [e["kind"]]))
            opt = e.get("optional") or e["kind"] not in SCORED
            for m in e["mentions"]:
                span = (m["start"], m["end"])
                head = (m["head"]["start"], m["head"]["end"]) if "head" in m else span
                outer = (m["outer"]["start"], m["outer"]["end"]) if "outer" in m else span
                gold_m.append((span, head, outer, kinds, opt, e["kind"]))
        taken, pairing = set(), {}
        for gi, (span, head, outer, *_r) in enumerate(gold_m):
            for s in ([span] if span in sys_m else []) + sorted(sys_m):
                if s not in taken and (s == span or (s[0] <= head[0] and s[1] >= head[1] and s[0] >= outer[0] and s[1] <= outer[1])):
                    pairing[gi] = s
                    taken.add(s)
                    break
        rows = []
        for gi, (span, _h, _o, kinds, opt, kind) in enumerate(gold_m):
            if opt:
                continue
            s = pairing.get(gi)
            if s is None or sys_m[s] not in SCORED:
                rows.append((span[0], "FN", f"{kind:<12} {ctx(*span)}" + (f"  (sys {sys_m[s]})" if s else "")))
            elif sys_m[s] not in kinds:
                rows.append((span[0], "KIND", f"{kind[:5]}<-{sys_m[s][:5]}  {ctx(*s)}"))
        for s, k in sys_m.items():
            if k in SCORED and s not in taken:
                rows.append((s[0], "FP", f"{k:<12} {ctx(*s)}"))
        for _, tag, line in sorted(rows):
            if only is None or tag.lower() == only:
                print(f"{g['id'][:14]:<14} {tag:<4} {line}")


main()
