#!/usr/bin/env python3
"""Build blind.jsonl from source.txt (standard library only, deterministic).

Markup in source.txt:
  blocks separated by a line containing only ``---``
  first line of a block: ``#meta lang=xx register=yy``
  identifiers:      [[TYPE|value]]
  protected terms:  {{term}}
Offsets in the output are Python str indices (code points) into the text with
the markup removed, half-open [start, end).

Usage:  python3 build.py            (writes blind.jsonl next to this script)
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "source.txt")
OUT = os.path.join(HERE, "blind.jsonl")

TYPES = {
    "PERSON", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTHPLAN",
    "ACCOUNT", "ROUTING", "IBAN", "CARD", "LICENSE", "VEHICLE", "DEVICE",
    "URL", "IP", "ADDRESS", "LOCATION", "ZIP", "ID",
}
LANGS = {"en", "fr", "de", "es", "pt", "nl", "it"}
REGISTERS = {"chat", "form", "email", "note", "bank", "kiosk", "sms"}

# Card / IBAN / routing values that are deliberately NOT checksum-valid
# (a customer mistyping a number is still an identifier).
INTENTIONALLY_INVALID = {
    "4716 2048 9935 1752",  # customer's typo, corrected in the same text
}

TOKEN = re.compile(r"\[\[([A-Z]+)\|(.*?)\]\]|\{\{(.*?)\}\}", re.S)
META = re.compile(r"^#meta lang=([a-z]{2}) register=([a-z]+)$")


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(value):
    s = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def aba_ok(value):
    d = re.sub(r"\D", "", value)
    if len(d) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(a) * b for a, b in zip(d, w)) % 10 == 0


def read_blocks(path):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    assert "\r" not in raw, "source.txt must use LF line endings"
    blocks, cur = [], []
    for line in raw.split("\n"):
        if line == "---":
            blocks.append(cur)
            cur = []
        else:
            cur.append(line)
    blocks.append(cur)
    out = []
    for b in blocks:
        while b and b[0].strip() == "":
            b = b[1:]
        while b and b[-1].strip() == "":
            b = b[:-1]
        if b:
            out.append(b)
    return out


def parse_block(lines, n):
    m = META.match(lines[0])
    assert m, "block %d: bad meta line %r" % (n, lines[0])
    lang, register = m.group(1), m.group(2)
    assert lang in LANGS, "block %d: unknown lang %s" % (n, lang)
    assert register in REGISTERS, "block %d: unknown register %s" % (n, register)
    marked = "\n".join(lines[1:])
    assert marked.strip(), "block %d: empty text" % n
    text_parts, spans, protected = [], [], []
    pos = 0      # position in marked
    length = 0   # length of clean text so far
    for t in TOKEN.finditer(marked):
        before = marked[pos:t.start()]
        text_parts.append(before)
        length += len(before)
        if t.group(1) is not None:
            typ, value = t.group(1), t.group(2)
            assert typ in TYPES, "block %d: unknown type %s" % (n, typ)
            spans.append({"start": length, "end": length + len(value), "type": typ, "_v": value})
        else:
            value = t.group(3)
            protected.append({"start": length, "end": length + len(value), "term": value})
        assert value, "block %d: empty markup" % n
        assert value == value.strip(), "block %d: surrounding whitespace in %r" % (n, value)
        for bad in ("[[", "]]", "{{", "}}", "|"):
            assert bad not in value, "block %d: nested/stray markup in %r" % (n, value)
        text_parts.append(value)
        length += len(value)
        pos = t.end()
    text_parts.append(marked[pos:])
    text = "".join(text_parts)
    for bad in ("[[", "]]", "{{", "}}"):
        assert bad not in text, "block %d: stray markup %r in text" % (n, bad)
    assert "<TAB>" not in text, "block %d: unconverted <TAB>" % n
    # verify offsets
    for s in spans:
        assert text[s["start"]:s["end"]] == s.pop("_v"), "block %d: span mismatch" % n
    for p in protected:
        assert text[p["start"]:p["end"]] == p["term"], "block %d: protected mismatch" % n
    # no overlaps among spans, nor between spans and protected terms
    spans.sort(key=lambda s: (s["start"], s["end"]))
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], "block %d: overlapping spans" % n
    for p in protected:
        for s in spans:
            assert p["end"] <= s["start"] or s["end"] <= p["start"], \
                "block %d: protected %r overlaps a span" % (n, p["term"])
    return text, spans, protected, lang, register


def main():
    blocks = read_blocks(SRC)
    records = []
    seen = set()
    by_type = collections.Counter()
    by_lang = collections.Counter()
    by_reg = collections.Counter()
    phi_lang = collections.Counter()
    nophi_lang = collections.Counter()
    phi_reg = collections.Counter()
    nophi_reg = collections.Counter()
    n_prot = 0
    bad_checksums = []
    for i, b in enumerate(blocks, 1):
        text, spans, protected, lang, register = parse_block(b, i)
        assert text not in seen, "block %d: duplicate text" % i
        seen.add(text)
        no_phi = not spans
        rec = {
            "id": "blind-%04d" % i,
            "text": text,
            "spans": spans,
            "protected": protected,
            "meta": {"set": "blind", "lang": lang, "register": register, "no_phi": no_phi},
        }
        records.append(rec)
        for s in spans:
            by_type[s["type"]] += 1
            v = text[s["start"]:s["end"]]
            ok = True
            if s["type"] == "CARD":
                d = re.sub(r"\D", "", v)
                ok = 13 <= len(d) <= 19 and luhn_ok(d)
            elif s["type"] == "IBAN":
                ok = iban_ok(v)
            elif s["type"] == "ROUTING":
                ok = aba_ok(v)
            if not ok:
                bad_checksums.append((rec["id"], s["type"], v))
        n_prot += len(protected)
        by_lang[lang] += 1
        by_reg[register] += 1
        (nophi_lang if no_phi else phi_lang)[lang] += 1
        (nophi_reg if no_phi else phi_reg)[register] += 1
    for rid, typ, v in bad_checksums:
        assert v in INTENTIONALLY_INVALID, "%s: %s %r fails its checksum" % (rid, typ, v)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")

    n = len(records)
    n_phi = sum(1 for r in records if not r["meta"]["no_phi"])
    print("texts: %d  (with identifiers: %d, without: %d)" % (n, n_phi, n - n_phi))
    print("spans: %d   protected terms: %d" % (sum(by_type.values()), n_prot))
    print("checksum-invalid on purpose: %d" % len(bad_checksums))
    print("\nspans per type:")
    for t, c in sorted(by_type.items(), key=lambda x: (-x[1], x[0])):
        print("  %-11s %4d" % (t, c))
    print("\ntexts per language (with / without identifiers):")
    for l, c in sorted(by_lang.items(), key=lambda x: (-x[1], x[0])):
        print("  %-3s %4d  (%d / %d)" % (l, c, phi_lang[l], nophi_lang[l]))
    print("\ntexts per register (with / without identifiers):")
    for r, c in sorted(by_reg.items(), key=lambda x: (-x[1], x[0])):
        print("  %-6s %4d  (%d / %d)" % (r, c, phi_reg[r], nophi_reg[r]))
    print("\nwrote %s" % OUT)


if __name__ == "__main__":
    sys.exit(main())
