# Dev-only: token ids, offsets and last-layer token vectors of the anchor int8 MiniLM for each text,
# so the keyword scorer can be tuned before the Swift encoder lands. Output: <out>.jsonl + <out>.f16
import json, sys, numpy as np, onnxruntime as ort
from tokenizers import Tokenizer
tok = Tokenizer.from_file('/work/shared/anchors/minilm-tokenizer.json'); tok.no_padding(); tok.no_truncation()
o = ort.SessionOptions(); o.intra_op_num_threads = 1
s = ort.InferenceSession('/work/shared/anchors/minilm-l6-int8pc.onnx', o)
src, out = sys.argv[1], sys.argv[2]
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
