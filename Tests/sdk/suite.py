#!/usr/bin/env python3
"""Blind client test suite for Outpost's OpenAI-compatible HTTP interface.

    python suite.py BASE_URL TOKEN        # e.g. http://127.0.0.1:8484/v1 s3cret

Every check is independent (an exception in one is recorded as its failure and
the next one runs). Prints ONE JSON object on stdout:

    {"checks": [{"name", "ok", "detail"}], "planted": [...every identifier sent...]}

Exit status 0 only if every check passed. Written from the documented contract
only (see README.md); nothing here knows how the box is built.
"""

from __future__ import annotations

import array
import asyncio
import base64
import contextlib
import json
import math
import re
import sys
import time
import traceback
import uuid

TIMEOUT_S = 60.0
CHAT_MODEL = "outpost"

# --------------------------------------------------------------------------
# Planted identifiers: all made up. Every value below is sent to the box in at
# least one message, system prompt, tool description, tool result or
# embedding input; `planted` lists them all (plus each name's own words, so a
# partial leak of a name is caught too).
# --------------------------------------------------------------------------
PATIENT = "Théodore Vasquez-Lindqvist"      # multi-turn patient (diacritics)
PATIENT_MRN = "00719364"                    # written as "MRN 00719364"
PATIENT_PHONE = "+1 415 555 0173"
PATIENT_EMAIL = "t.vasquez.lindqvist@example.org"
PATIENT_DOB = "14 March 1987"
PATIENT_ADDRESS = "1842 Willowbrook Terrace"
CLERK = "Małgorzata Wiśniewska"              # only in a system prompt
TOOL_PATIENT = "Declan Rutherford"          # tools (no diacritics)
TOOL_DOB = "1991-07-22"
TOOL_PHONE = "(617) 555-0148"
TOOL_EMAIL = "declan.rutherford@example.net"
TOOL_MRN = "00582047"                       # written as "MRN 00582047"
TOOL_DOCTOR = "Søren Ødegård"               # only in a tool description
LC_TOOL_DOCTOR = "Ingrid Halvorsen-Mbeki"   # only in a LangChain tool docstring
STREAM_PERSON = "Zoë Castellanos-Ferreira"
BATCH_PEOPLE = ["Priyanka Venkataraman", "Ignatius Abernathy", "Oluwaseun Adeyemi"]
LC_PERSON = "Cornelius Fairweather"
ASYNC_PERSON = "Henrietta Blackwood"
STRUCT_PERSON = "Annika Lindqvist-Moreau"
STRUCT_DOB = "3 November 1979"
EMBED_PERSON = "Bartholomew Quennell"       # only in embedding inputs
PARTS_PERSON = "Évelyne Dufresne-Marchetti"
SAMPLING_PERSON = "Rosalind Achterberg"

_VALUES = [
    PATIENT, "MRN " + PATIENT_MRN, PATIENT_MRN, PATIENT_PHONE, PATIENT_EMAIL, PATIENT_DOB,
    PATIENT_ADDRESS, CLERK, TOOL_PATIENT, TOOL_DOB, TOOL_PHONE, TOOL_EMAIL,
    "MRN " + TOOL_MRN, TOOL_MRN, TOOL_DOCTOR, LC_TOOL_DOCTOR, STREAM_PERSON, *BATCH_PEOPLE,
    LC_PERSON, ASYNC_PERSON, STRUCT_PERSON, STRUCT_DOB, EMBED_PERSON, PARTS_PERSON,
    SAMPLING_PERSON,
]
_NAMES = [PATIENT, CLERK, TOOL_PATIENT, TOOL_DOCTOR, LC_TOOL_DOCTOR, STREAM_PERSON, *BATCH_PEOPLE,
          LC_PERSON, ASYNC_PERSON, STRUCT_PERSON, EMBED_PERSON, PARTS_PERSON, SAMPLING_PERSON]


def _planted() -> list[str]:
    out: list[str] = []
    for v in _VALUES + [w for n in _NAMES for w in n.split()]:
        if v not in out:
            out.append(v)
    return out


# A full placeholder (<PERSON_1>, <MRN_2>, <UNKNOWN_1>) ...
PLACEHOLDER_RE = re.compile(r"<[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_\d+>")
# ... or any fragment of one (a streamed "<PERSON_" or a dangling "<PERS" at the end).
FRAGMENT_RE = re.compile(r"<[A-Z]{2,}[A-Z0-9_]*(?:_|\d|>|$)")


class Fail(Exception):
    """A check's expectation was not met; the message is the detail."""


def expect(cond, msg: str) -> None:
    if not cond:
        raise Fail(msg)


def short(s, n: int = 160) -> str:
    s = "" if s is None else str(s)
    s = s.replace("\n", "\\n")
    return s if len(s) <= n else s[: n - 3] + "..."


def describe_exc(e: BaseException) -> str:
    status = getattr(e, "status_code", None)
    if status is not None:
        body = ""
        resp = getattr(e, "response", None)
        with contextlib.suppress(Exception):
            body = resp.text
        return f"{type(e).__name__} HTTP {status}: {short(body or str(e), 220)}"
    return f"{type(e).__name__}: {short(str(e), 220)}"


def name_words(name: str) -> list[str]:
    return [w for w in name.split() if len(w) >= 4]


def found_words(text: str, name: str) -> list[str]:
    return [w for w in name_words(name) if w in (text or "")]


def no_placeholder(text: str, where: str = "reply") -> None:
    m = PLACEHOLDER_RE.search(text or "") or FRAGMENT_RE.search(text or "")
    expect(m is None, f"placeholder {m.group(0)!r} reached the client in the {where}: {short(text)}" if m else "")


def outpost_status(resp) -> str:
    extra = getattr(resp, "model_extra", None) or {}
    o = extra.get("outpost") if isinstance(extra, dict) else None
    return o.get("status", "?") if isinstance(o, dict) else "no outpost object"


def message_text(resp) -> str:
    expect(getattr(resp, "choices", None), f"no choices in response (outpost status: {outpost_status(resp)})")
    return resp.choices[0].message.content or ""


def expect_text_reply(resp, what: str = "reply") -> str:
    text = message_text(resp)
    expect(text.strip(), f"empty {what} (finish_reason={resp.choices[0].finish_reason}, "
                         f"outpost status: {outpost_status(resp)})")
    no_placeholder(text, what)
    return text


def cosine(a, b) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def norm(a) -> float:
    return math.sqrt(sum(x * x for x in a))


# --------------------------------------------------------------------------
# Context shared by the checks (clients are cheap; nothing else is shared).
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, base_url: str, token: str):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self._embed_model = None

    def client(self, api_key: str | None = None):
        import openai
        return openai.OpenAI(base_url=self.base_url, api_key=api_key or self.token,
                             timeout=TIMEOUT_S, max_retries=0)

    def async_client(self):
        import openai
        return openai.AsyncOpenAI(base_url=self.base_url, api_key=self.token,
                                  timeout=TIMEOUT_S, max_retries=0)

    def http(self, method: str, path: str, token: str | None = "__default__", **kw):
        import httpx
        headers = kw.pop("headers", {})
        if token == "__default__":
            token = self.token
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return httpx.request(method, self.base_url + path, headers=headers, timeout=TIMEOUT_S, **kw)

    def chat_lc(self, **kw):
        from langchain_openai import ChatOpenAI
        return ChatOpenAI(model=CHAT_MODEL, base_url=self.base_url, api_key=self.token,
                          timeout=TIMEOUT_S, max_retries=0, **kw)

    def embed_model(self) -> str:
        if self._embed_model is None:
            ids = [m.id for m in self.client().models.list().data]
            embeds = [i for i in ids if "embed" in i.lower()]
            expect(embeds, f"no model id containing 'embed' in /v1/models: {ids}")
            self._embed_model = embeds[0]
        return self._embed_model


CHECKS: list = []


def check(name: str):
    def deco(fn):
        CHECKS.append((name, fn))
        return fn
    return deco


# --------------------------------------------------------------------------
# Authentication and models
# --------------------------------------------------------------------------
@check("auth_wrong_token")
def _(ctx: Ctx):
    import openai
    bad = ctx.client(api_key="wrong-" + uuid.uuid4().hex)
    results = []
    for label, call in [
        ("GET /v1/models", lambda: bad.models.list()),
        ("POST /v1/chat/completions", lambda: bad.chat.completions.create(
            model=CHAT_MODEL, messages=[{"role": "user", "content": "Hello"}])),
        ("POST /v1/embeddings", lambda: bad.embeddings.create(model="any", input="hello")),
    ]:
        try:
            call()
            results.append(f"{label}: accepted (expected 401)")
        except openai.AuthenticationError:
            pass
        except Exception as e:  # noqa: BLE001
            results.append(f"{label}: {describe_exc(e)} (expected AuthenticationError/401)")
    expect(not results, "; ".join(results))
    return "wrong token -> 401 on models, chat, embeddings"


@check("auth_missing_token")
def _(ctx: Ctx):
    problems = []
    for method, path, body in [
        ("GET", "/models", None),
        ("POST", "/chat/completions", {"model": CHAT_MODEL, "messages": [{"role": "user", "content": "Hello"}]}),
        ("POST", "/embeddings", {"model": "any", "input": "hello"}),
    ]:
        r = ctx.http(method, path, token=None, json=body) if body else ctx.http(method, path, token=None)
        if r.status_code != 401:
            problems.append(f"{method} {path}: HTTP {r.status_code} (expected 401)")
            continue
        try:
            err = r.json()["error"]
            assert isinstance(err, dict) and err.get("message")
        except Exception:  # noqa: BLE001
            problems.append(f"{method} {path}: 401 body is not {{\"error\": {{\"message\": ...}}}}: "
                            f"{short(r.text, 80)}")
    expect(not problems, "; ".join(problems))
    return "no Authorization header -> 401 on models, chat, embeddings"


@check("models_list")
def _(ctx: Ctx):
    ids = [m.id for m in ctx.client().models.list().data]
    expect(CHAT_MODEL in ids, f"chat model {CHAT_MODEL!r} missing from /v1/models: {ids}")
    embeds = [i for i in ids if "embed" in i.lower()]
    expect(embeds, f"no embedding model (id containing 'embed') in /v1/models: {ids}")
    others = [i for i in ids if i != CHAT_MODEL and i not in embeds]
    expect(others, f"expected the local intent model too (and the cloud's model), got only: {ids}")
    return f"models: {ids}"


# --------------------------------------------------------------------------
# Chat completions
# --------------------------------------------------------------------------
@check("chat_basic")
def _(ctx: Ctx):
    resp = ctx.client().chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": "Hello, can you tell me the opening hours of the front desk?"}])
    text = expect_text_reply(resp)
    expect(resp.choices[0].message.role == "assistant", f"role {resp.choices[0].message.role!r}")
    expect(resp.choices[0].finish_reason, "no finish_reason")
    return f"reply: {short(text, 80)}"


@check("outpost_object")
def _(ctx: Ctx):
    resp = ctx.client().chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": "Please summarise the visiting rules for the ward."}])
    extra = resp.model_extra or {}
    expect("outpost" in extra, f"no top-level 'outpost' object; top-level extra keys: {sorted(extra)}")
    o = extra["outpost"]
    expect(isinstance(o, dict), f"'outpost' is {type(o).__name__}, expected an object")
    rid, status = o.get("request_id"), o.get("status")
    expect(isinstance(rid, str) and rid, f"outpost.request_id missing/empty: {short(json.dumps(o))}")
    known = {"answered", "queued", "sending", "failed", "refused", "expired"}
    expect(status in known, f"outpost.status {status!r} not one of {sorted(known)}")
    return f"outpost: request_id={rid} status={status}"


def _turn1_messages():
    return [
        {"role": "system", "content": "You are the front-desk assistant of a hospital. Be brief."},
        {"role": "user", "content": (
            f"My name is {PATIENT}, my record number is MRN {PATIENT_MRN} and my phone is "
            f"{PATIENT_PHONE}. I was born on {PATIENT_DOB} and live at {PATIENT_ADDRESS}. "
            f"Please note these details for my appointment.")},
    ]


@check("multi_turn_name_recall")
def _(ctx: Ctx):
    client = ctx.client()
    messages = _turn1_messages()
    r1 = client.chat.completions.create(model=CHAT_MODEL, messages=messages)
    t1 = expect_text_reply(r1, "turn-1 reply")
    messages += [
        {"role": "assistant", "content": t1},
        {"role": "user", "content": "What is my name and my record number?"},
    ]
    r2 = client.chat.completions.create(model=CHAT_MODEL, messages=messages)
    t2 = expect_text_reply(r2, "turn-2 reply")
    words = found_words(t2, PATIENT)
    expect(words, f"turn-2 reply lacks the turn-1 name {PATIENT!r} (status {outpost_status(r2)}): {short(t2)}")
    messages += [
        {"role": "assistant", "content": t2},
        {"role": "user", "content": f"Thanks. Please send the letter for {PATIENT} to {PATIENT_EMAIL}."},
    ]
    r3 = client.chat.completions.create(model=CHAT_MODEL, messages=messages)
    t3 = expect_text_reply(r3, "turn-3 reply")
    words3 = found_words(t3, PATIENT)
    expect(words3, f"turn-3 reply lacks the name {PATIENT!r}: {short(t3)}")
    mrn = "record number back" if PATIENT_MRN in t2 else "record number not echoed"
    return f"turn 2 names {words}, turn 3 names {words3}; {mrn}"


@check("system_prompt_kept")
def _(ctx: Ctx):
    resp = ctx.client().chat.completions.create(model=CHAT_MODEL, messages=[
        {"role": "system", "content": (
            f"You are the assistant of the registration clerk {CLERK}. Always tell the visitor "
            f"the clerk's name.")},
        {"role": "user", "content": "Who is helping me at the registration desk today?"},
    ])
    text = expect_text_reply(resp)
    words = found_words(text, CLERK)
    expect(words, f"reply does not mention the system prompt's clerk {CLERK!r} "
                  f"(system prompt dropped or not re-identified?): {short(text)}")
    return f"system-prompt name came back: {words}"


TOOL_BOOK = {
    "type": "function",
    "function": {
        "name": "book_appointment",
        "description": (f"Book an appointment with Dr. {TOOL_DOCTOR} at the cardiology clinic "
                        f"for the named patient."),
        "parameters": {
            "type": "object",
            "properties": {
                "patient_name": {"type": "string", "description": "Full name of the patient"},
                "date_of_birth": {"type": "string", "description": "Patient's date of birth"},
                "phone": {"type": "string", "description": "Callback phone number"},
            },
            "required": ["patient_name", "date_of_birth", "phone"],
            "additionalProperties": False,
        },
    },
}
TOOL_USER_MSG = (f"Please book a cardiology appointment for {TOOL_PATIENT}, born {TOOL_DOB}, "
                 f"MRN {TOOL_MRN}, phone {TOOL_PHONE}.")


def _tool_values():
    return [TOOL_PATIENT, *name_words(TOOL_PATIENT), TOOL_DOB, TOOL_PHONE, TOOL_MRN]


@check("tools_call_reidentified")
def _(ctx: Ctx):
    resp = ctx.client().chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": TOOL_USER_MSG}],
        tools=[TOOL_BOOK],
        tool_choice={"type": "function", "function": {"name": "book_appointment"}},
    )
    expect(resp.choices, f"no choices (outpost status: {outpost_status(resp)})")
    msg = resp.choices[0].message
    calls = msg.tool_calls or []
    expect(calls, f"no tool_calls (finish_reason={resp.choices[0].finish_reason}, "
                  f"status {outpost_status(resp)}, content={short(msg.content)})")
    call = calls[0]
    expect(call.function.name == "book_appointment", f"tool name {call.function.name!r}")
    expect(call.id, "tool call has no id")
    raw = call.function.arguments
    no_placeholder(raw, "tool-call arguments")
    try:
        args = json.loads(raw)
    except Exception:  # noqa: BLE001
        raise Fail(f"arguments are not JSON: {short(raw)}")
    expect(isinstance(args, dict), f"arguments are not an object: {short(raw)}")
    flat = json.dumps(args, ensure_ascii=False)
    hits = [v for v in _tool_values() if v in flat]
    expect(hits, f"arguments carry none of the real values {_tool_values()}: {short(flat)}")
    return f"book_appointment({short(flat, 120)})"


@check("tools_followup_text")
def _(ctx: Ctx):
    call_id = "call_" + uuid.uuid4().hex[:12]
    args = json.dumps({"patient_name": TOOL_PATIENT, "date_of_birth": TOOL_DOB, "phone": TOOL_PHONE},
                      ensure_ascii=False)
    resp = ctx.client().chat.completions.create(
        model=CHAT_MODEL,
        messages=[
            {"role": "user", "content": TOOL_USER_MSG},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call_id, "type": "function",
                 "function": {"name": "book_appointment", "arguments": args}}]},
            {"role": "tool", "tool_call_id": call_id, "content": json.dumps({
                "booked": True, "patient": TOOL_PATIENT, "when": "next Tuesday 10:30",
                "confirmation_sent_to": TOOL_EMAIL}, ensure_ascii=False)},
        ],
        tools=[TOOL_BOOK],
    )
    expect(resp.choices, f"no choices (outpost status: {outpost_status(resp)})")
    msg = resp.choices[0].message
    expect(not msg.tool_calls, f"expected a text answer after the tool result, got tool_calls "
                               f"{[c.function.name for c in msg.tool_calls or []]}")
    text = expect_text_reply(resp, "answer after the tool result")
    return f"answer: {short(text, 100)}"


@check("json_object")
def _(ctx: Ctx):
    resp = ctx.client().chat.completions.create(
        model=CHAT_MODEL,
        messages=[
            {"role": "system", "content": "Reply with a JSON object only."},
            {"role": "user", "content": (f"Give the patient's name and date of birth as JSON: "
                                         f"{STRUCT_PERSON}, born {STRUCT_DOB}.")},
        ],
        response_format={"type": "json_object"},
    )
    text = message_text(resp)
    no_placeholder(text, "JSON reply")
    try:
        obj = json.loads(text)
    except Exception:  # noqa: BLE001
        raise Fail(f"content is not JSON (status {outpost_status(resp)}): {short(text)}")
    expect(isinstance(obj, dict), f"JSON is a {type(obj).__name__}, expected an object: {short(text)}")
    return f"object keys: {sorted(obj)[:8]}"


PATIENT_CARD_SCHEMA = {
    "type": "object",
    "properties": {
        "patient_name": {"type": "string"},
        "date_of_birth": {"type": "string"},
        "record_number": {"type": "string"},
        "urgent": {"type": "boolean"},
    },
    "required": ["patient_name", "date_of_birth", "record_number", "urgent"],
    "additionalProperties": False,
}


@check("json_schema")
def _(ctx: Ctx):
    resp = ctx.client().chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": (
            f"Fill in the patient card: {STRUCT_PERSON}, born {STRUCT_DOB}, MRN {PATIENT_MRN}, "
            f"not urgent.")}],
        response_format={"type": "json_schema", "json_schema": {
            "name": "patient_card", "strict": True, "schema": PATIENT_CARD_SCHEMA}},
    )
    text = message_text(resp)
    no_placeholder(text, "JSON reply")
    try:
        obj = json.loads(text)
    except Exception:  # noqa: BLE001
        raise Fail(f"content is not JSON (status {outpost_status(resp)}): {short(text)}")
    expect(isinstance(obj, dict), f"not an object: {short(text)}")
    props = PATIENT_CARD_SCHEMA["properties"]
    missing = [k for k in PATIENT_CARD_SCHEMA["required"] if k not in obj]
    extra = [k for k in obj if k not in props]
    expect(not missing and not extra, f"schema mismatch: missing {missing}, extra {extra}: {short(text)}")
    types = {"string": str, "boolean": bool}
    wrong = [k for k, p in props.items() if not isinstance(obj[k], types[p["type"]])]
    expect(not wrong, f"wrong types for {wrong}: {short(text)}")
    return f"patient_card: {short(text, 120)}"


def _pydantic_models():
    from pydantic import BaseModel

    class PatientCard(BaseModel):
        patient_name: str
        date_of_birth: str
        phone: str

    return PatientCard


@check("structured_parse_pydantic")
def _(ctx: Ctx):
    PatientCard = _pydantic_models()
    client = ctx.client()
    completions = client.chat.completions
    parse = getattr(completions, "parse", None) or client.beta.chat.completions.parse
    resp = parse(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": (
            f"Extract the patient card: {STRUCT_PERSON}, born {STRUCT_DOB}, phone {PATIENT_PHONE}.")}],
        response_format=PatientCard,
    )
    msg = resp.choices[0].message
    expect(msg.refusal is None, f"refusal: {short(msg.refusal)}")
    card = msg.parsed
    expect(isinstance(card, PatientCard), f"parsed is {type(card).__name__}: {short(msg.content)}")
    no_placeholder(card.model_dump_json(), "parsed object")
    return f"parsed: {short(card.model_dump_json(), 120)}"


@check("sampling_params_and_usage")
def _(ctx: Ctx):
    resp = ctx.client().chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": (
            f"Remind {SAMPLING_PERSON} that the pharmacy closes at six.")}],
        temperature=0.2, top_p=0.9, max_tokens=200, stop=["\n\n###"], seed=42,
        presence_penalty=0.1, frequency_penalty=0.1, user="desk-7",
    )
    text = expect_text_reply(resp)
    u = resp.usage
    expect(u is not None, "no usage in the response")
    for k in ("prompt_tokens", "completion_tokens", "total_tokens"):
        expect(isinstance(getattr(u, k, None), int), f"usage.{k} missing/not an int: {u}")
    return f"accepted; usage={u.prompt_tokens}/{u.completion_tokens}/{u.total_tokens}; {short(text, 60)}"


@check("max_completion_tokens")
def _(ctx: Ctx):
    resp = ctx.client().chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": "List two things to bring to a blood test."}],
        max_completion_tokens=200,
    )
    text = expect_text_reply(resp)
    return f"accepted: {short(text, 80)}"


@check("unknown_field_400")
def _(ctx: Ctx):
    import openai
    try:
        resp = ctx.client().chat.completions.create(
            model=CHAT_MODEL, messages=[{"role": "user", "content": "Hello"}],
            extra_body={"bogus_field": 1})
    except openai.BadRequestError as e:
        body = ""
        with contextlib.suppress(Exception):
            body = e.response.text
        expect("bogus_field" in body, f"400 but the error does not name the field: {short(body)}")
        try:
            err = json.loads(body).get("error", {})
        except Exception:  # noqa: BLE001
            err = {}
        expect(isinstance(err, dict) and err.get("message"),
               f"400 body is not {{\"error\": {{\"message\": ...}}}}: {short(body)}")
        return f"400: {short(err.get('message'), 100)}"
    raise Fail(f"unknown field accepted (HTTP 200, status {outpost_status(resp)}); expected 400")


@check("content_parts_text")
def _(ctx: Ctx):
    resp = ctx.client().chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": [
            {"type": "text", "text": f"Hello, this is {PARTS_PERSON}."},
            {"type": "text", "text": "Can you confirm my name before my visit?"},
        ]}],
    )
    text = expect_text_reply(resp)
    words = found_words(text, PARTS_PERSON)
    expect(words, f"reply does not mention the name from the text parts {PARTS_PERSON!r}: {short(text)}")
    return f"text parts ok, name back: {words}"


@check("image_part_400")
def _(ctx: Ctx):
    import openai
    png = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGA"
           "hKmMIQAAAABJRU5ErkJggg==")
    try:
        resp = ctx.client().chat.completions.create(
            model=CHAT_MODEL,
            messages=[{"role": "user", "content": [
                {"type": "text", "text": "What is in this picture?"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64," + png}},
            ]}],
        )
    except openai.BadRequestError as e:
        return f"400: {short(describe_exc(e), 120)}"
    raise Fail(f"image part accepted (HTTP 200, status {outpost_status(resp)}); expected 400")


# --------------------------------------------------------------------------
# Streaming
# --------------------------------------------------------------------------
STREAM_MSG = (f"Hello, I am {STREAM_PERSON}, phone {PATIENT_PHONE}. Please repeat my name and "
              f"phone back to me.")


@check("stream_reidentified")
def _(ctx: Ctx):
    stream = ctx.client().chat.completions.create(
        model=CHAT_MODEL, messages=[{"role": "user", "content": STREAM_MSG}], stream=True)
    pieces, finish, nchunks = [], None, 0
    for chunk in stream:
        nchunks += 1
        for ch in chunk.choices:
            if ch.delta and ch.delta.content:
                pieces.append(ch.delta.content)
            if ch.finish_reason:
                finish = ch.finish_reason
    text = "".join(pieces)
    expect(text.strip(), f"no streamed text ({nchunks} chunks)")
    no_placeholder(text, "streamed text")
    for i, p in enumerate(pieces):
        m = FRAGMENT_RE.search(p)
        expect(m is None, f"chunk {i} carries placeholder fragment {m.group(0)!r}" if m else "")
    words = found_words(text, STREAM_PERSON)
    expect(words, f"streamed text lacks the real name {STREAM_PERSON!r}: {short(text)}")
    expect(len(pieces) >= 2, f"only {len(pieces)} content chunk(s): not token-by-token")
    expect(finish, "no chunk carried a finish_reason")
    return f"{len(pieces)} content chunks, name back {words}, finish={finish}"


@check("stream_include_usage")
def _(ctx: Ctx):
    stream = ctx.client().chat.completions.create(
        model=CHAT_MODEL, messages=[{"role": "user", "content": "Say hello to the night shift."}],
        stream=True, stream_options={"include_usage": True})
    chunks = list(stream)
    expect(chunks, "no chunks")
    text = "".join(c.delta.content or "" for ch in chunks for c in ch.choices if c.delta)
    expect(text.strip(), "no streamed text")
    last = chunks[-1]
    expect(last.usage is not None, f"last chunk has no usage (choices={len(last.choices)})")
    expect(not last.choices, f"usage chunk should have empty choices, has {len(last.choices)}")
    expect(isinstance(last.usage.total_tokens, int), f"usage.total_tokens: {last.usage}")
    return f"final usage chunk: total_tokens={last.usage.total_tokens}"


# --------------------------------------------------------------------------
# Embeddings
# --------------------------------------------------------------------------
EMB_A = f"{EMBED_PERSON} needs to reschedule the appointment at the clinic."
EMB_B = "Can I move my clinic appointment to another day?"
EMB_C = "The stock market fell sharply after the earnings report."


def _check_unit(vec, label: str) -> None:
    expect(len(vec) == 384, f"{label}: {len(vec)} dimensions, expected 384")
    n = norm(vec)
    expect(abs(n - 1.0) < 1e-3, f"{label}: norm {n:.5f}, expected unit length")


@check("embeddings_single_float")
def _(ctx: Ctx):
    model = ctx.embed_model()
    resp = ctx.client().embeddings.create(model=model, input=EMB_A, encoding_format="float")
    expect(len(resp.data) == 1, f"{len(resp.data)} items for one input")
    vec = resp.data[0].embedding
    expect(isinstance(vec, list) and all(isinstance(x, float) for x in vec[:5]),
           f"embedding is not a list of floats: {short(vec, 60)}")
    _check_unit(vec, "string input")
    expect(resp.data[0].index == 0, f"index {resp.data[0].index}")
    return f"model {model}: 384-d unit vector"


@check("embeddings_list_sdk_default")
def _(ctx: Ctx):
    model = ctx.embed_model()
    inputs = [EMB_A, EMB_B, EMB_C]
    resp = ctx.client().embeddings.create(model=model, input=inputs)  # SDK asks for base64
    expect(len(resp.data) == 3, f"{len(resp.data)} items for 3 inputs")
    idx = [d.index for d in resp.data]
    expect(idx == [0, 1, 2], f"indices {idx}, expected [0, 1, 2]")
    for d in resp.data:
        _check_unit(d.embedding, f"input {d.index}")
    return "3 inputs -> 3 unit 384-d vectors, indices 0..2"


@check("embeddings_base64")
def _(ctx: Ctx):
    model = ctx.embed_model()
    rb = ctx.http("POST", "/embeddings", json={"model": model, "input": [EMB_B], "encoding_format": "base64"})
    expect(rb.status_code == 200, f"HTTP {rb.status_code}: {short(rb.text)}")
    emb = rb.json()["data"][0]["embedding"]
    expect(isinstance(emb, str), f"base64 requested but embedding is {type(emb).__name__}")
    raw = base64.b64decode(emb)
    expect(len(raw) == 384 * 4, f"decoded {len(raw)} bytes, expected {384 * 4} (384 float32)")
    vec = array.array("f")
    vec.frombytes(raw)
    if sys.byteorder != "little":
        vec.byteswap()
    vec = list(vec)
    _check_unit(vec, "base64 vector")
    rf = ctx.http("POST", "/embeddings", json={"model": model, "input": [EMB_B], "encoding_format": "float"})
    expect(rf.status_code == 200, f"float: HTTP {rf.status_code}: {short(rf.text)}")
    fvec = rf.json()["data"][0]["embedding"]
    diff = max(abs(a - b) for a, b in zip(vec, fvec))
    expect(diff < 1e-4, f"base64 and float vectors differ (max |diff| {diff:.2e})")
    return "base64 decodes to the same 384 float32 as float"


@check("embeddings_similarity")
def _(ctx: Ctx):
    model = ctx.embed_model()
    data = ctx.client().embeddings.create(model=model, input=[EMB_A, EMB_B, EMB_C],
                                          encoding_format="float").data
    by = {d.index: d.embedding for d in data}
    expect(set(by) == {0, 1, 2}, f"indices {sorted(by)}")
    sim, unrel = cosine(by[0], by[1]), cosine(by[0], by[2])
    expect(sim > unrel, f"cos(similar)={sim:.3f} not above cos(unrelated)={unrel:.3f}")
    return f"cos(similar)={sim:.3f} > cos(unrelated)={unrel:.3f}"


@check("embeddings_order")
def _(ctx: Ctx):
    model = ctx.embed_model()
    client = ctx.client()
    inputs = [EMB_C, EMB_A, EMB_B]
    batch = client.embeddings.create(model=model, input=inputs, encoding_format="float").data
    expect([d.index for d in batch] == [0, 1, 2], f"indices {[d.index for d in batch]}")
    bad = []
    for i, text in enumerate(inputs):
        single = client.embeddings.create(model=model, input=text, encoding_format="float").data[0].embedding
        c = cosine(single, batch[i].embedding)
        if c < 0.999:
            bad.append(f"data[{i}] vs input {i}: cos {c:.4f}")
    expect(not bad, "batch order does not follow the input: " + "; ".join(bad))
    return "data[i] is the vector of input i"


# --------------------------------------------------------------------------
# Async and LangChain
# --------------------------------------------------------------------------
@check("async_openai")
def _(ctx: Ctx):
    async def go():
        client = ctx.async_client()
        try:
            chat = await client.chat.completions.create(
                model=CHAT_MODEL,
                messages=[{"role": "user", "content": f"Good morning, this is {ASYNC_PERSON}."}])
            emb = await client.embeddings.create(model=ctx.embed_model(), input=["hello there"],
                                                 encoding_format="float")
            return chat, emb
        finally:
            await client.close()

    chat, emb = asyncio.run(go())
    text = expect_text_reply(chat)
    expect(found_words(text, ASYNC_PERSON), f"async reply lacks {ASYNC_PERSON!r}: {short(text)}")
    expect(len(emb.data) == 1 and len(emb.data[0].embedding) == 384, "async embedding wrong shape")
    return f"async chat + embeddings ok: {short(text, 60)}"


@check("langchain_invoke")
def _(ctx: Ctx):
    from langchain_core.messages import HumanMessage, SystemMessage
    msg = ctx.chat_lc().invoke([
        SystemMessage(content="You are a concise hospital front-desk assistant."),
        HumanMessage(content=f"Hi, I am {LC_PERSON}. Where do I check in?"),
    ])
    text = msg.content if isinstance(msg.content, str) else json.dumps(msg.content)
    expect(text.strip(), "empty AIMessage content")
    no_placeholder(text)
    expect(found_words(text, LC_PERSON), f"reply lacks {LC_PERSON!r}: {short(text)}")
    return f"AIMessage: {short(text, 80)}"


@check("langchain_ainvoke")
def _(ctx: Ctx):
    msg = asyncio.run(ctx.chat_lc().ainvoke(f"Hello, {LC_PERSON} here, is the lab open?"))
    text = msg.content if isinstance(msg.content, str) else json.dumps(msg.content)
    expect(text.strip(), "empty AIMessage content")
    no_placeholder(text)
    return f"AIMessage: {short(text, 80)}"


@check("langchain_batch")
def _(ctx: Ctx):
    prompts = [f"Hello, my name is {p}. Please greet me by name." for p in BATCH_PEOPLE]
    outs = ctx.chat_lc().batch(prompts, config={"max_concurrency": 3})
    expect(len(outs) == len(prompts), f"{len(outs)} results for {len(prompts)} prompts")
    problems = []
    for i, (person, out) in enumerate(zip(BATCH_PEOPLE, outs)):
        text = out.content if isinstance(out.content, str) else json.dumps(out.content)
        if not text.strip():
            problems.append(f"#{i} empty")
            continue
        if PLACEHOLDER_RE.search(text) or FRAGMENT_RE.search(text):
            problems.append(f"#{i} placeholder in {short(text, 60)}")
        if not found_words(text, person):
            problems.append(f"#{i} lacks its own name {person!r}: {short(text, 60)}")
        others = [w for p in BATCH_PEOPLE if p != person for w in found_words(text, p)]
        if others:
            problems.append(f"#{i} carries another conversation's name {others}")
    expect(not problems, "; ".join(problems))
    return f"{len(outs)} answers, each with its own name only"


@check("langchain_stream")
def _(ctx: Ctx):
    llm = ctx.chat_lc(stream_usage=True)
    pieces, agg = [], None
    for chunk in llm.stream(f"Hello, {STREAM_PERSON} here. Please confirm my name."):
        agg = chunk if agg is None else agg + chunk
        if isinstance(chunk.content, str) and chunk.content:
            pieces.append(chunk.content)
    text = "".join(pieces)
    expect(text.strip(), "no streamed text")
    no_placeholder(text, "streamed text")
    expect(found_words(text, STREAM_PERSON), f"streamed text lacks {STREAM_PERSON!r}: {short(text)}")
    expect(len(pieces) >= 2, f"only {len(pieces)} content chunk(s)")
    usage = getattr(agg, "usage_metadata", None)
    expect(usage and usage.get("total_tokens") is not None,
           f"no usage_metadata after the stream (stream_options.include_usage): {usage}")
    return f"{len(pieces)} chunks, usage total_tokens={usage['total_tokens']}"


@check("langchain_bind_tools")
def _(ctx: Ctx):
    from langchain_core.tools import tool

    @tool
    def lookup_patient(patient_name: str, date_of_birth: str) -> str:
        """Look up a patient's chart at the practice of Dr. Ingrid Halvorsen-Mbeki."""
        return "found"

    assert LC_TOOL_DOCTOR in (lookup_patient.description or "")
    # tool_choice="required": the reference cloud answers with text under "auto"
    msg = ctx.chat_lc().bind_tools([lookup_patient], tool_choice="required").invoke(
        f"Look up the chart of {TOOL_PATIENT}, date of birth {TOOL_DOB}.")
    calls = msg.tool_calls or []
    expect(calls, f"no tool_calls; content={short(msg.content)}; invalid={msg.invalid_tool_calls}")
    call = calls[0]
    expect(call["name"] == "lookup_patient", f"tool name {call['name']!r}")
    flat = json.dumps(call["args"], ensure_ascii=False)
    no_placeholder(flat, "tool-call args")
    hits = [v for v in _tool_values() if v in flat]
    expect(hits, f"args carry none of the real values: {short(flat)}")
    return f"lookup_patient({short(flat, 100)})"


@check("langchain_structured_output")
def _(ctx: Ctx):
    from pydantic import BaseModel

    class Appointment(BaseModel):
        patient_name: str
        date_of_birth: str
        department: str

    out = ctx.chat_lc().with_structured_output(Appointment).invoke(
        f"{STRUCT_PERSON}, born {STRUCT_DOB}, wants an appointment in dermatology.")
    expect(isinstance(out, Appointment), f"got {type(out).__name__}: {short(out)}")
    no_placeholder(out.model_dump_json(), "structured output")
    return f"Appointment: {short(out.model_dump_json(), 100)}"


@check("langchain_embeddings")
def _(ctx: Ctx):
    from langchain_openai import OpenAIEmbeddings
    emb = OpenAIEmbeddings(model=ctx.embed_model(), base_url=ctx.base_url, api_key=ctx.token,
                           check_embedding_ctx_length=False, timeout=TIMEOUT_S, max_retries=0)
    docs = emb.embed_documents([EMB_A, EMB_C])
    expect(len(docs) == 2, f"{len(docs)} vectors for 2 documents")
    for i, v in enumerate(docs):
        _check_unit(v, f"document {i}")
    q = emb.embed_query(EMB_A)
    _check_unit(q, "query")
    c = cosine(q, docs[0])
    expect(c > 0.999, f"embed_query(doc0) vs embed_documents[0]: cos {c:.4f}")
    return "embed_documents + embed_query: 384-d unit vectors, consistent"


# --------------------------------------------------------------------------
def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: python suite.py BASE_URL TOKEN", file=sys.stderr)
        return 2
    ctx = Ctx(argv[1], argv[2])
    results = []
    for name, fn in CHECKS:
        t0 = time.monotonic()
        try:
            with contextlib.redirect_stdout(sys.stderr):  # stdout is for the one JSON object
                detail = fn(ctx) or "ok"
            ok = True
        except Fail as e:
            ok, detail = False, str(e)
        except Exception as e:  # noqa: BLE001
            ok, detail = False, describe_exc(e)
            traceback.print_exc(file=sys.stderr)
        dt = time.monotonic() - t0
        print(f"[{'PASS' if ok else 'FAIL'}] {name} ({dt:.1f}s): {detail}", file=sys.stderr)
        results.append({"name": name, "ok": ok, "detail": short(detail, 400)})
    print(json.dumps({"checks": results, "planted": _planted()}, ensure_ascii=False, indent=1))
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
