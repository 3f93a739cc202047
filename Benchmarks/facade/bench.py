#!/usr/bin/env python3
"""The OpenAI facade's two speed figures, each with its peer measured in the same run:

  time to first token   streamed chats through the box (redaction, outbox row, re-identification
                        of every piece) vs. the same chats sent straight to hq (the cloud it
                        forwards to), with the official openai SDK; medians and their ratio.
  embeddings per second POST /v1/embeddings on the box (batch 1 and batch 32) vs. onnxruntime
                        running the same int8 MiniLM-L6 (../shared/anchors) on the same sentences,
                        one thread, batch 1, mean-pooled; medians and ratios.

usage: bench.py --box URL --token T --hq URL [--chats N] [--sentences FILE] [--count N]
Prints one JSON object."""
import argparse, json, os, statistics, sys, time

p = argparse.ArgumentParser()
p.add_argument("--box", required=True)
p.add_argument("--token", required=True)
p.add_argument("--hq", required=True)
p.add_argument("--chats", type=int, default=30)
p.add_argument("--sentences", default=os.path.join(os.path.dirname(__file__), "../../../shared/data/clinc150/val.jsonl"))
p.add_argument("--count", type=int, default=300)
p.add_argument("--anchors", default=os.path.join(os.path.dirname(__file__), "../../../shared/anchors"))
a = p.parse_args()

from openai import OpenAI
box = OpenAI(base_url=a.box, api_key=a.token, timeout=60)
hq = OpenAI(base_url=a.hq, api_key="unused", timeout=60)
out = {}

def ttft(client, messages, **extra):
    start = time.perf_counter()
    first = None
    for chunk in client.chat.completions.create(model="outpost", messages=messages, stream=True, **extra):
        if first is None and chunk.choices and chunk.choices[0].delta.content:
            first = time.perf_counter() - start
    return first, time.perf_counter() - start

box_first, hq_first, box_total, hq_total = [], [], [], []
for i in range(a.chats):
    # The same request shape both ways: the box redacts the name; hq gets the placeholder directly.
    f, t = ttft(box, [{"role": "user", "content": f"Please ask Dr. Amira Haddad to review referral {i} before Friday."}])
    box_first.append(f); box_total.append(t)
    f, t = ttft(hq, [{"role": "system", "content": "You assist staff."}, {"role": "user", "content": f"Please ask <PERSON_1> to review referral {i} before Friday."}],
                extra_headers={"Idempotency-Key": f"bench-direct-{time.time_ns()}"})
    hq_first.append(f); hq_total.append(t)
med = lambda xs: statistics.median([x for x in xs if x is not None]) * 1000
out["ttft_ms"] = {"box_p50": round(med(box_first), 2), "hq_direct_p50": round(med(hq_first), 2),
                  "ratio": round(med(box_first) / med(hq_first), 2),
                  "box_total_p50": round(med(box_total), 2), "hq_total_p50": round(med(hq_total), 2)}

texts = []
with open(a.sentences) as f:
    for line in f:
        texts.append(json.loads(line)["text"])
        if len(texts) >= a.count: break
out["sentences"] = len(texts)

def rate(fn, runs=3):
    times = []
    for _ in range(runs):
        start = time.perf_counter(); fn(); times.append(time.perf_counter() - start)
    return len(texts) / statistics.median(times)

models = [m.id for m in box.models.list().data]
embed = next(m for m in models if "embed" in m)
box.embeddings.create(model=embed, input=texts[:8])  # warm
out["embeddings_per_s"] = {
    "box_batch1": round(rate(lambda: [box.embeddings.create(model=embed, input=t) for t in texts]), 1),
    "box_batch32": round(rate(lambda: [box.embeddings.create(model=embed, input=texts[k:k + 32]) for k in range(0, len(texts), 32)]), 1),
}
try:
    import numpy as np, onnxruntime as ort
    from tokenizers import Tokenizer
    tok = Tokenizer.from_file(os.path.join(a.anchors, "minilm-tokenizer.json")); tok.no_padding()
    o = ort.SessionOptions(); o.intra_op_num_threads = 1; o.inter_op_num_threads = 1
    s = ort.InferenceSession(os.path.join(a.anchors, "minilm-l6-int8pc.onnx"), o, providers=["CPUExecutionProvider"])
    names = [i.name for i in s.get_inputs()]
    def peer():
        for t in texts:
            e = tok.encode(t)
            feed = {"input_ids": np.array([e.ids], dtype=np.int64), "attention_mask": np.array([e.attention_mask], dtype=np.int64),
                    "token_type_ids": np.zeros((1, len(e.ids)), dtype=np.int64)}
            h = s.run(None, {k: v for k, v in feed.items() if k in names})[0][0]
            v = h.mean(axis=0); v / np.linalg.norm(v)
    peer()
    r = rate(peer)
    out["embeddings_per_s"]["onnxruntime_batch1"] = round(r, 1)
    out["embeddings_per_s"]["ratio_box_batch1_to_ort"] = round(out["embeddings_per_s"]["box_batch1"] / r, 2)
    out["embeddings_per_s"]["ratio_box_batch32_to_ort"] = round(out["embeddings_per_s"]["box_batch32"] / r, 2)
except ImportError as e:
    out["embeddings_per_s"]["onnxruntime_batch1"] = f"not measured: {e}"
print(json.dumps(out))
