#!/usr/bin/env python3
"""Conformance of the box's /v1/chat/completions, /v1/embeddings and /v1/models responses to
OpenAI's API description, as the official SDK encodes it: the `openai` package's types are
generated from OpenAI's OpenAPI spec, so each raw response (read with httpx, not through the SDK's
lenient parsing) is validated with pydantic against those types — required fields present, types
and enums right (`object`, `finish_reason`, `role`, tool-call `type`) — and, beyond the types, the
spec's rules the types do not enforce (one `[DONE]` at the end of a stream, `usage` totals, the
usage chunk's empty `choices`, base64 vectors of 4-byte floats).

usage: conformance.py BASE_URL TOKEN   → one JSON object {"checks": [...]} on stdout; exit 0 if all pass."""
import base64, json, sys, traceback
import httpx
from pydantic import TypeAdapter
from openai.types import CreateEmbeddingResponse, Model
from openai.types.chat import ChatCompletion, ChatCompletionChunk

base, token = sys.argv[1].rstrip("/"), sys.argv[2]
http = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60)
checks = []

def check(name):
    def run(fn):
        try:
            fn(); checks.append({"name": name, "ok": True, "detail": ""})
        except Exception as e:
            checks.append({"name": name, "ok": False, "detail": f"{type(e).__name__}: {e}"[:600]})
        return fn
    return run

def strict(model, value):
    """Validates `value` against an SDK type; extra fields (the box's `outpost` object) are allowed, as in the spec."""
    TypeAdapter(model).validate_python(value, strict=False)
    return value

def post(path, body):
    r = http.post(path, json=body)
    assert r.status_code == 200, f"{path}: HTTP {r.status_code} {r.text[:300]}"
    return r

def usage_ok(u):
    assert u["total_tokens"] == u["prompt_tokens"] + u["completion_tokens"], f"usage does not add up: {u}"

TOOLS = [{"type": "function", "function": {"name": "lookup_chart", "description": "Finds a chart",
          "parameters": {"type": "object", "properties": {"patient_name": {"type": "string"}}, "required": ["patient_name"]}}}]

@check("chat.completion (text)")
def _():
    c = strict(ChatCompletion, post("/chat/completions", {"model": "outpost", "messages": [{"role": "user", "content": "Please ask Dr. Ines Moravec to call me."}]}).json())
    assert c["object"] == "chat.completion" and c["choices"][0]["message"]["role"] == "assistant"
    assert c["choices"][0]["finish_reason"] in ("stop", "length", "tool_calls", "content_filter", "function_call")
    usage_ok(c["usage"])

@check("chat.completion (tool_calls)")
def _():
    c = strict(ChatCompletion, post("/chat/completions", {"model": "outpost", "tool_choice": "required", "tools": TOOLS,
            "messages": [{"role": "user", "content": "Look up the chart of Ines Moravec."}]}).json())
    m = c["choices"][0]["message"]
    assert c["choices"][0]["finish_reason"] == "tool_calls" and m["tool_calls"], f"no tool calls: {m}"
    for call in m["tool_calls"]:
        assert call["type"] == "function" and call["id"] and isinstance(json.loads(call["function"]["arguments"]), dict)

@check("chat.completion (json_schema)")
def _():
    schema = {"type": "object", "properties": {"name": {"type": "string"}, "urgent": {"type": "boolean"}}, "required": ["name", "urgent"], "additionalProperties": False}
    c = strict(ChatCompletion, post("/chat/completions", {"model": "outpost", "messages": [{"role": "user", "content": "Triage Ines Moravec."}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "triage", "schema": schema, "strict": True}}}).json())
    content = json.loads(c["choices"][0]["message"]["content"])
    assert set(content) >= {"name", "urgent"}, f"{content}"

@check("chat.completion.chunk stream")
def _():
    events = []
    with http.stream("POST", "/chat/completions", json={"model": "outpost", "stream": True, "stream_options": {"include_usage": True},
                     "messages": [{"role": "user", "content": "Is the referral of Ines Moravec ready?"}]}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream"), f"HTTP {r.status_code} {r.headers.get('content-type')}"
        for line in r.iter_lines():
            if line.startswith("data: "): events.append(line[6:])
            else: assert line == "" or line.startswith(":"), f"not an SSE data line: {line[:100]}"
    assert events and events[-1] == "[DONE]" and events.count("[DONE]") == 1, "the stream must end with one data: [DONE]"
    chunks = [strict(ChatCompletionChunk, json.loads(e)) for e in events[:-1]]
    assert len({c["id"] for c in chunks}) == 1, "every chunk carries the same id"
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    finished = [c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"]]
    assert len(finished) == 1, f"{len(finished)} chunks with a finish_reason"
    last = chunks[-1]
    assert last["choices"] == [] and last["usage"], "with include_usage the last chunk has empty choices and usage"
    usage_ok(last["usage"])

@check("chat.completion.chunk stream (tool_calls)")
def _():
    events = []
    with http.stream("POST", "/chat/completions", json={"model": "outpost", "stream": True, "tool_choice": "required", "tools": TOOLS,
                     "messages": [{"role": "user", "content": "Look up the chart of Ines Moravec."}]}) as r:
        for line in r.iter_lines():
            if line.startswith("data: "): events.append(line[6:])
    chunks = [strict(ChatCompletionChunk, json.loads(e)) for e in events[:-1]]
    calls = {}
    for c in chunks:
        for t in (c["choices"][0]["delta"].get("tool_calls") or []) if c["choices"] else []:
            assert isinstance(t["index"], int), "a streamed tool call needs its index"
            slot = calls.setdefault(t["index"], {"name": "", "arguments": ""})
            f = t.get("function") or {}
            slot["name"] += f.get("name") or ""; slot["arguments"] += f.get("arguments") or ""
    assert calls and all(json.loads(v["arguments"]) is not None and v["name"] for v in calls.values()), f"{calls}"

@check("embedding list (float)")
def _():
    e = strict(CreateEmbeddingResponse, post("/embeddings", {"model": "outpost-embedding", "input": ["a", "b c"]}).json())
    assert e["object"] == "list" and [d["index"] for d in e["data"]] == [0, 1] and all(d["object"] == "embedding" for d in e["data"])
    assert all(len(d["embedding"]) == 384 for d in e["data"])

@check("embedding list (base64)")
def _():
    raw = post("/embeddings", {"model": "outpost-embedding", "input": "a", "encoding_format": "base64"}).json()
    vector = base64.b64decode(raw["data"][0]["embedding"])
    assert len(vector) == 384 * 4, f"{len(vector)} bytes"
    raw["data"][0]["embedding"] = [0.0] * 384  # the SDK type declares the decoded form
    strict(CreateEmbeddingResponse, raw)

@check("model list")
def _():
    r = http.get("/models"); assert r.status_code == 200
    body = r.json()
    assert body["object"] == "list"
    for m in body["data"]: strict(Model, m)

@check("error object")
def _():
    r = http.post("/chat/completions", json={"model": "outpost", "messages": [{"role": "user", "content": "hi"}], "bogus_field": 1})
    assert r.status_code == 400
    err = r.json()["error"]
    assert isinstance(err["message"], str) and err["message"] and isinstance(err["code"], str), f"{err}"

print(json.dumps({"checks": checks}))
sys.exit(0 if all(c["ok"] for c in checks) else 1)
