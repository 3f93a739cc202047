# Development only: token ids, offsets and last-layer token vectors of the anchor int8 MiniLM
# (../shared/anchors) for each text, so the keyword scorer can be tuned without the Swift encoder.
# usage: dump_vectors.py DATA.jsonl OUT_PREFIX  -> OUT_PREFIX.jsonl + OUT_PREFIX.f16
import json, os, sys, numpy as np, onnxruntime as ort
ANCHORS = os.environ.get("OUTPOST_ANCHORS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/anchors"))
from tokenizers import Tokenizer
tok = Tokenizer.from_file(os.path.join(ANCHORS, 'minilm-tokenizer.json')); tok.no_padding(); tok.no_truncation()
o = ort.SessionOptions(); o.intra_op_num_threads = 1
s = ort.InferenceSession(os.path.join(ANCHORS, 'minilm-l6-int8pc.onnx'), o)
src, out = sys.argv[1], sys.argv[2]
os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
meta = open(out + '.jsonl', 'w'); vec = open(out + '.f16', 'wb')
for line in open(src):
    d = json.loads(line)
    enc = tok.encode(d['text'])
    ids = enc.ids
    if len(ids) > 512: ids = ids[:511] + [ids[-1]]; offs = enc.offsets[:511] + [(0, 0)]
    else: offs = enc.offsets
    feed = {"input_ids": np.array([ids], dtype=np.int64), "attention_mask": np.ones((1, len(ids)), dtype=np.int64), "token_type_ids": np.zeros((1, len(ids)), dtype=np.int64)}
    h = s.run(None, feed)[0][0]
    vec.write(h.astype(np.float16).tobytes())
    meta.write(json.dumps({"ids": ids, "offsets": [list(x) for x in offs]}) + "\n")
