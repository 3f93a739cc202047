#!/usr/bin/env python3
"""Score `outpost redact` on a corpus, the way ../shared/data/phi/README.md scores (type-agnostic,
alphanumeric characters only), or measure over-redaction on everyday requests without gold spans.

  Benchmarks/redaction/score.py FILE.jsonl [--bin PATH] [--show N] [-- redact options...]
  Benchmarks/redaction/score.py --everyday FILE.jsonl [--bin PATH] [-- redact options...]

Gold files: {"text", "spans": [{"start","end","type"}], "protected": [{"start","end",...}]} per line
(the PHI dev set, the generated corpus splits, the blind set). Everyday files: {"text", ...} per line
(CLINC150, SNIPS); every entity there counts as over-redaction, and the figure the issue asks for is
the share of texts with an entity other than DATE.
"""
import collections
import json
import subprocess
import sys


def run(binp, texts, extra):
    inp = "\n".join(json.dumps({"text": t}) for t in texts) + "\n"
    p = subprocess.run([binp, "redact"] + extra, input=inp, capture_output=True, text=True)
    out = p.stdout.splitlines()
    if len(out) != len(texts):
        sys.exit(f"outpost redact answered {len(out)} of {len(texts)} lines: {p.stderr[-2000:]}")
    return [json.loads(o) for o in out]


def main():
    args = sys.argv[1:]
    extra = []
    if "--" in args:
        i = args.index("--")
        args, extra = args[:i], args[i + 1:]
    binp, show, everyday = "./.build/debug/outpost", 0, False
    if "--bin" in args:
        i = args.index("--bin"); binp = args[i + 1]; del args[i:i + 2]
    if "--show" in args:
        i = args.index("--show"); show = int(args[i + 1]); del args[i:i + 2]
    if "--everyday" in args:
        args.remove("--everyday"); everyday = True
    path = args[0]
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    texts = [r.get("text") or r.get("query") or "" for r in rows]
    results = run(binp, texts, extra)
    if everyday:
        touched = nondate = 0
        kinds = collections.Counter()
        examples = collections.defaultdict(collections.Counter)
        for t, r in zip(texts, results):
            ents = r.get("entities", [])
            touched += bool(ents)
            nd = [e for e in ents if e["type"] != "DATE"]
            nondate += bool(nd)
            for e in nd:
                kinds[e["type"]] += 1
                examples[e["type"]][t[e["start"]:e["end"]].lower()] += 1
        n = len(texts)
        print(f"{path}: {n} texts, touched {touched} ({touched / n:.1%}), with a non-date entity {nondate} ({nondate / n:.1%})")
        for k, c in kinds.most_common():
            print(f"  {k} {c}: {', '.join(w for w, _ in examples[k].most_common(show or 12))}")
        return
    phi = leak = nophi = touched = prot = kept = spans = caught = 0
    miss = collections.Counter()
    ex = collections.defaultdict(list)
    fa = []
    for d, r in zip(rows, results):
        t = d["text"]
        cov = set()
        for e in r.get("entities", []):
            cov.update(range(e["start"], e["end"]))
        for p in d.get("protected", []):
            prot += 1
            kept += not any(i in cov and t[i].isalnum() for i in range(p["start"], p["end"]))
        if d.get("spans"):
            phi += 1
            leaked = False
            for s in d["spans"]:
                spans += 1
                if all(i in cov or not t[i].isalnum() for i in range(s["start"], s["end"])):
                    caught += 1
                else:
                    leaked = True
                    miss[s["type"]] += 1
                    ex[s["type"]].append((t[s["start"]:s["end"]], d["id"]))
            leak += leaked
        else:
            nophi += 1
            if r.get("entities"):
                touched += 1
                fa.append(r["redacted"][:160].replace("\n", " "))
    pct = lambda a, b: f"{a}/{b} ({a / max(1, b):.1%})"
    print(f"{path}: leak texts {pct(leak, phi)}, span recall {caught / max(1, spans):.1%}, "
          f"identifier-free texts touched {pct(touched, nophi)}, protected terms kept {pct(kept, prot)}")
    print("  missed spans by type:", dict(miss.most_common()))
    if show:
        for k, _ in miss.most_common():
            for v, i in ex[k][:show]:
                print(f"    {k} {v!r} ({i})")
        for x in fa[:show]:
            print("    touched:", x)


if __name__ == "__main__":
    main()
