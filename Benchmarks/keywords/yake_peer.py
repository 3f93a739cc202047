#!/usr/bin/env python3
"""Peer for `outpost keywords eval`: YAKE (pip install yake nltk) on the same data, same protocol,
one process, one thread. Prints one JSON line {"peer", "documents", "f1_at_5", "f1_at_10", "documents_per_second"}.
usage: yake_peer.py DATA.jsonl"""
import json, re, sys, time
import yake
from nltk.stem import PorterStemmer

ps = PorterStemmer()
def norm(p):
    return " ".join(ps.stem(t) for t in re.findall(r"[a-z0-9]+", p.lower()))

docs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
ex = yake.KeywordExtractor(lan="en", n=3, top=10)
preds, t = [], 0.0
for d in docs:
    a = time.perf_counter()
    kws = [k for k, _ in ex.extract_keywords(d["text"])]
    t += time.perf_counter() - a
    preds.append(kws)
out = {"peer": "yake-" + getattr(yake, "__version__", "?"), "documents": len(docs)}
for k in (5, 10):
    total = 0.0
    for d, p in zip(docs, preds):
        gold = {norm(x) for x in d["keyphrases"]} - {""}
        kept = []
        for x in p:
            n = norm(x)
            if n and n not in kept:
                kept.append(n)
        kept = kept[:k]
        m = sum(1 for x in kept if x in gold)
        if kept and gold and m:
            P, R = m / len(kept), m / len(gold)
            total += 2 * P * R / (P + R)
    out[f"f1_at_{k}"] = round(100 * total / len(docs), 2)
out["documents_per_second"] = round(len(docs) / t, 1)
print(json.dumps(out))
