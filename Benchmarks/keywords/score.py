# Re-scores predictions (one JSON array of phrases per line, in data order) with NLTK, as a
# cross-check of the Swift scorer.  usage: score.py DATA.jsonl PREDICTIONS.jsonl
import json, re, sys
from nltk.stem import PorterStemmer
ps = PorterStemmer()
def norm(p): return " ".join(ps.stem(t) for t in re.findall(r"[a-z0-9]+", p.lower()))
gold = [json.loads(l)["keyphrases"] for l in open(sys.argv[1])]
preds = [json.loads(l) for l in open(sys.argv[2])]
for k in (5, 10):
    tot = 0
    for g, p in zip(gold, preds):
        G = {norm(x) for x in g} - {""}
        kept = []
        for x in p:
            n = norm(x)
            if n and n not in kept: kept.append(n)
        kept = kept[:k]
        if not kept or not G: continue
        m = sum(1 for x in kept if x in G)
        P, R = m / len(kept), m / len(G)
        tot += 2 * P * R / (P + R) if m else 0
    print(k, round(100 * tot / len(gold), 2))
