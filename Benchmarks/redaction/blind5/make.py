#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the blind5 redaction test set.

Standard library only, fixed seed, deterministic.  Every identifier in a
template is written as ⟦TYPE:value⟧ (optionally ⟦TYPE/tag:value⟧, the tag is
only used for self-checks such as IBAN mod-97 or card Luhn) and every
protected clinical/banking term as ⟪term⟫.  build() strips the markup and
records offsets while it joins the pieces.  All names, places, numbers and
dates below were written by hand for this file.

    python3 make.py      # writes blind5.jsonl next to this file, prints counts
"""
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 5_2025_0519
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind5.jsonl"

SPAN_TYPES = {"NAME", "LOCATION", "DATE", "AGE", "PHONE", "EMAIL", "URL", "ID"}
MARK = re.compile(r"⟦([A-Z]+)(?:/([a-z]+))?:([^⟦⟧⟪⟫]+)⟧|⟪([^⟦⟧⟪⟫]+)⟫")


# --------------------------------------------------------------------------
# build(): markup -> text, spans, protected terms (offsets recorded on the go)
# --------------------------------------------------------------------------
def build(markup):
    pieces, spans, prot, tags = [], [], [], []
    pos = 0
    last = 0

    def add(s):
        nonlocal pos
        start = pos
        pieces.append(s)
        pos += len(s)
        return start

    for m in MARK.finditer(markup):
        add(markup[last:m.start()])
        if m.group(4) is not None:
            term = m.group(4)
            st = add(term)
            prot.append({"start": st, "end": pos, "term": term})
        else:
            typ, tag, val = m.group(1), m.group(2), m.group(3)
            assert typ in SPAN_TYPES, typ
            st = add(val)
            spans.append({"start": st, "end": pos, "type": typ})
            tags.append((tag, val))
        last = m.end()
    add(markup[last:])
    text = "".join(pieces)
    assert len(text) == pos
    for s, (tag, val) in zip(spans, tags):
        assert text[s["start"]:s["end"]] == val
    for p in prot:
        assert text[p["start"]:p["end"]] == p["term"]
    return text, spans, prot, [t for t, _ in tags]


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
DIG = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
AZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def fill(r, pat, alpha=UP):
    """# -> digit, @ -> letter from alpha, % -> digit or letter."""
    out = []
    for i, ch in enumerate(pat):
        if ch == "#":
            out.append(r.choice(DIG))
        elif ch == "@":
            out.append(r.choice(alpha))
        elif ch == "%":
            out.append(r.choice(DIG + alpha))
        else:
            out.append(ch)
    return "".join(out)


def nz(r, n):
    """n random digits, first one non-zero."""
    return r.choice("123456789") + "".join(r.choice(DIG) for _ in range(n - 1))


def ascii_fold(s):
    for a, b in (("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "Ae"), ("ß", "ss"),
                 ("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("ı", "i"),
                 ("œ", "oe")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def compact(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def _tf(s, mod):
    if mod == "uc":
        return s.upper()
    if mod == "lc":
        return s.lower()
    return s


class Ent:
    """Attribute access returns markup. Suffix _uc / _lc changes case."""

    def __getattr__(self, key):
        if key.startswith("_"):
            raise AttributeError(key)
        mod = ""
        for suf in ("_uc", "_lc"):
            if key.endswith(suf):
                mod = suf[1:]
                key = key[:-3]
                break
        out = []
        for p in self.render(key):
            if isinstance(p, tuple):
                out.append("⟦%s:%s⟧" % (p[0], _tf(p[1], mod)))
            else:
                out.append(_tf(p, mod))
        return "".join(out)

    def render(self, key):  # pragma: no cover
        raise NotImplementedError


# --------------------------------------------------------------------------
# check-digit helpers
# --------------------------------------------------------------------------
IBAN_SPEC = {
    "IE": "@@@@" + "#" * 14, "GB": "@@@@" + "#" * 14, "DE": "#" * 18,
    "AT": "#" * 16, "CH": "#" * 17, "FR": "#" * 23, "BE": "#" * 12,
    "ES": "#" * 20, "IT": "@" + "#" * 22, "PT": "#" * 21,
    "NL": "@@@@" + "#" * 10, "SE": "#" * 20, "NO": "#" * 11, "DK": "#" * 14,
    "FI": "#" * 14, "PL": "#" * 24, "CZ": "#" * 20, "BR": "#" * 23 + "@#",
    "LU": "#" * 16,
}


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def make_iban(r, cc):
    bban = fill(r, IBAN_SPEC[cc], AZ)
    chk = 98 - iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(r, iban):
    if r.random() < 0.75:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def make_card(r):
    k = r.randrange(4)
    if k in (0, 1):
        num = luhn_complete("4" + fill(r, "#" * 14))
    elif k == 2:
        num = luhn_complete("5" + r.choice("12345") + fill(r, "#" * 13))
    else:
        num = luhn_complete("3" + r.choice("47") + fill(r, "#" * 12))
    if len(num) == 15:
        return "%s %s %s" % (num[:4], num[4:10], num[10:])
    sep = r.choice([" ", " ", "-", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def nhs_number(r):
    while True:
        d = [int(c) for c in nz(r, 9)]
        rem = sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        chk = 11 - rem
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        s = "".join(map(str, d)) + str(chk)
        return "%s %s %s" % (s[:3], s[3:6], s[6:])


def nhs_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10:
        return False
    rem = sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    chk = (11 - rem) % 11
    return chk == d[9]


def bsn(r):
    while True:
        d = [int(c) for c in nz(r, 8)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def pesel(r, dob, female):
    y, m, dd = dob.year, dob.month, dob.day
    mm = m + (20 if y >= 2000 else 0)
    ser = fill(r, "###")
    sx = r.choice("02468" if female else "13579")
    base = "%02d%02d%02d%s%s" % (y % 100, mm, dd, ser, sx)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and s.isdigit() and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def dni(r):
    n = int(nz(r, 8))
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def nif_pt(r):
    base = r.choice("12") + fill(r, "#" * 7)
    s = sum(int(c) * w for c, w in zip(base, range(9, 1, -1)))
    c = 11 - s % 11
    if c >= 10:
        c = 0
    return base + str(c)


def cpf(r):
    d = [int(c) for c in fill(r, "#" * 9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
        c = (s * 10) % 11
        d.append(0 if c == 10 else c)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def personnummer(r, dob):
    base = "%02d%02d%02d%s" % (dob.year % 100, dob.month, dob.day, fill(r, "###"))
    full = luhn_complete(base)
    return "%d%s-%s" % (dob.year // 100, full[:6], full[6:])


def hetu(r, dob):
    ind = "%03d" % r.randint(2, 899)
    n = int("%02d%02d%02d%s" % (dob.day, dob.month, dob.year % 100, ind))
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]
    sign = "-" if dob.year < 2000 else "A"
    return "%02d%02d%02d%s%s%s" % (dob.day, dob.month, dob.year % 100, sign, ind, c)


def fnr_no(r, dob):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        base = "%02d%02d%02d%s" % (dob.day, dob.month, dob.year % 100, fill(r, "###"))
        d = [int(c) for c in base]
        k1 = 11 - sum(a * b for a, b in zip(d, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(d, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        d.append(k2)
        return "".join(map(str, d))


def rodne_cislo(r, dob, female):
    mm = dob.month + (50 if female else 0)
    head = "%02d%02d%02d" % (dob.year % 100, mm, dob.day)
    while True:
        tail3 = fill(r, "###")
        n = int(head + tail3)
        c = n % 11
        if c == 10:
            continue
        return "%s/%s%d" % (head, tail3, c)


def nir_fr(r, dob, female):
    dept = r.choice(["06", "37", "29", "35", "13", "25", "94", "69", "64", "84"])
    base = "%d%02d%02d%s%s%s" % (2 if female else 1, dob.year % 100, dob.month, dept,
                                 fill(r, "###"), fill(r, "###"))
    key = 97 - int(base) % 97
    return "%s %s %s %s %s %s %02d" % (base[0], base[1:3], base[3:5], base[5:7],
                                        base[7:10], base[10:13], key)


def rrn_be(r, dob):
    ser = "%03d" % r.randint(1, 997)
    base = "%02d%02d%02d%s" % (dob.year % 100, dob.month, dob.day, ser)
    n = int(base) if dob.year < 2000 else int("2" + base)
    c = 97 - n % 97
    return "%s.%s.%s-%s.%02d" % (base[:2], base[2:4], base[4:6], ser, c)


def ppsn(r):
    d = nz(r, 7)
    s = sum(int(c) * w for c, w in zip(d, range(8, 1, -1)))
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


def ahv(r):
    body = "756" + fill(r, "#" * 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    c = (10 - s % 10) % 10
    n = body + str(c)
    return "%s.%s.%s.%s" % (n[:3], n[3:7], n[7:11], n[11:])


def kvnr(r):
    letter = r.choice(AZ)
    digits = fill(r, "#" * 8)
    seq = "%02d" % (AZ.index(letter) + 1) + digits
    tot = 0
    for i, c in enumerate(seq):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return letter + digits + str(tot % 10)


def svnr_at(r, dob):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        lfd = nz(r, 3)
        tail = "%02d%02d%02d" % (dob.day, dob.month, dob.year % 100)
        digits = lfd + "0" + tail
        c = sum(int(a) * b for a, b in zip(digits, w)) % 11
        if c == 10:
            continue
        return "%s%d %s" % (lfd, c, tail)


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu".split(),
    "pl": "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień".split(),
    "cs": "leden únor březen duben květen červen červenec srpen září říjen listopad prosinec".split(),
}
MONTHS_GEN = {
    "fi": [m + "ta" for m in MONTHS["fi"]],
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
}
EN_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORDW = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth").split()
ORDW += ["twenty-" + w for w in ORDW[:9]] + ["thirtieth", "thirty-first"]


def two_words(n):
    if n < 20:
        return UNITS[n]
    return TENS[n // 10] + ("-" + UNITS[n % 10] if n % 10 else "")


def year_words(y):
    hi, lo = divmod(y, 100)
    if 2000 <= y <= 2009:
        return "two thousand" + (" and " + UNITS[lo] if lo else "")
    if lo == 0:
        return two_words(hi) + " hundred"
    if lo < 10:
        return two_words(hi) + " oh " + UNITS[lo]
    return two_words(hi) + " " + two_words(lo)


def ordsuf(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


DOTLANGS = {"de", "no", "da", "fi", "pl", "cs"}


def fmt_date(d, k, lang, sub):
    D, M, Y = d.day, d.month, d.year
    mn = MONTHS[lang][M - 1]
    mg = MONTHS_GEN.get(lang, MONTHS[lang])[M - 1]
    wd = WEEKDAYS[lang][d.weekday()]
    if k == "iso":
        return "%04d-%02d-%02d" % (Y, M, D)
    if k == "us":
        return "%02d/%02d/%d" % (M, D, Y)
    if k == "us2":
        return "%02d/%02d/%02d" % (M, D, Y % 100)
    if k == "usn":
        return "%d/%d/%d" % (M, D, Y)
    if k == "uk":
        return "%02d/%02d/%d" % (D, M, Y)
    if k == "uk2":
        return "%02d/%02d/%02d" % (D, M, Y % 100)
    if k == "dot":
        return "%02d.%02d.%d" % (D, M, Y)
    if k == "dot2":
        return "%d.%d.%02d" % (D, M, Y % 100)
    if k == "dash":
        return "%02d-%02d-%d" % (D, M, Y)
    if k == "dmon":
        return "%02d-%s-%d" % (D, EN_ABBR[M - 1].upper(), Y)
    if k == "dmon2":
        return "%d-%s-%02d" % (D, EN_ABBR[M - 1], Y % 100)
    if k == "num":
        if lang == "en":
            return fmt_date(d, "us" if sub == "US" else ("iso" if sub == "CA" else "uk"), lang, sub)
        if lang in DOTLANGS:
            return fmt_date(d, "dot", lang, sub)
        if lang == "nl":
            return fmt_date(d, "dash", lang, sub)
        if lang == "sv":
            return fmt_date(d, "iso", lang, sub)
        return fmt_date(d, "uk", lang, sub)
    if k == "long":
        if lang == "en":
            return "%s %d, %d" % (mn, D, Y) if sub == "US" else "%d %s %d" % (D, mn, Y)
        if lang in ("de", "no", "da"):
            return "%d. %s %d" % (D, mn, Y)
        if lang in ("fi", "cs"):
            return "%d. %s %d" % (D, mg, Y)
        if lang == "pl":
            return "%d %s %d" % (D, mg, Y)
        if lang in ("es", "pt"):
            return "%d de %s de %d" % (D, mn, Y)
        if lang == "fr" and D == 1:
            return "1er %s %d" % (mn, Y)
        return "%d %s %d" % (D, mn, Y)
    if k == "uslong":
        return "%s %d, %d" % (mn, D, Y) if lang == "en" else fmt_date(d, "long", lang, sub)
    if k == "dm":
        if lang == "en":
            return "%d %s" % (D, mn)
        if lang in ("de", "no", "da"):
            return "%d. %s" % (D, mn)
        if lang in ("fi", "cs"):
            return "%d. %s" % (D, mg)
        if lang == "pl":
            return "%d %s" % (D, mg)
        if lang in ("es", "pt"):
            return "%d de %s" % (D, mn)
        return "%d %s" % (D, mn)
    if k == "md":
        return "%s %d" % (mn, D) if lang == "en" else fmt_date(d, "dm", lang, sub)
    if k == "wk":
        if lang == "en":
            return "%s, %s %d" % (wd, mn, D) if sub == "US" else "%s %d %s" % (wd, D, mn)
        if lang == "de":
            return "%s, %d. %s" % (wd, D, mn)
        if lang in ("no", "da"):
            return "%s %d. %s" % (wd, D, mn)
        if lang in ("fi", "cs"):
            return "%s %d. %s" % (wd, D, mg)
        if lang == "pl":
            return "%s, %d %s" % (wd, D, mg)
        if lang == "es":
            return "%s %d de %s" % (wd, D, mn)
        if lang == "pt":
            return "%s, %d de %s" % (wd, D, mn)
        return "%s %d %s" % (wd, D, mn)
    if k == "wkus":
        return "%s, %s %d" % (wd, mn, D) if lang == "en" else fmt_date(d, "wk", lang, sub)
    if k == "wkd":
        if lang == "en":
            return "%s the %s" % (wd, ordsuf(D))
        if lang in ("fr", "es", "it"):
            return "%s %d" % (wd, D)
        if lang == "pt":
            return "%s, dia %d" % (wd, D)
        if lang == "nl":
            return "%s de %de" % (wd, D)
        return fmt_date(d, "wk", lang, sub)
    if k == "my":
        if lang in ("es", "pt"):
            return "%s de %d" % (mn, Y)
        if lang == "fi":
            return "%ssa %d" % (mn, Y)
        return "%s %d" % (mn, Y)
    if k == "ord":
        return "%s of %s" % (ordsuf(D), mn) if lang == "en" else fmt_date(d, "dm", lang, sub)
    if k == "words":
        return "%s of %s" % (ORDW[D - 1], mn) if lang == "en" else fmt_date(d, "dm", lang, sub)
    if k == "wordsy":
        if lang == "en":
            return "%s of %s %s" % (ORDW[D - 1], mn, year_words(Y))
        return fmt_date(d, "long", lang, sub)
    raise KeyError(k)


class D(Ent):
    def __init__(self, d, lang, sub):
        self._d, self._lang, self._sub = d, lang, sub

    def render(self, k):
        return [("DATE", fmt_date(self._d, k, self._lang, self._sub))]


def date_range(d, lang):
    start = d if d.day <= 22 else d.replace(day=22)
    end = start + dt.timedelta(days=2 + start.day % 4)
    mn = MONTHS[lang][start.month - 1]
    mg = MONTHS_GEN.get(lang, MONTHS[lang])[start.month - 1]
    a, b, Y = start.day, end.day, start.year
    if lang in ("de", "no", "da"):
        v = "%d.–%d. %s %d" % (a, b, mn, Y)
    elif lang in ("fi", "cs"):
        v = "%d.–%d. %s %d" % (a, b, mg, Y)
    elif lang == "pl":
        v = "%d–%d %s %d" % (a, b, mg, Y)
    elif lang in ("es", "pt"):
        v = "%d–%d de %s de %d" % (a, b, mn, Y)
    else:
        v = "%d–%d %s %d" % (a, b, mn, Y)
    return "⟦DATE:%s⟧" % v


# --------------------------------------------------------------------------
# ages over 89
# --------------------------------------------------------------------------
AGE_WORDS = {
    "en": [two_words(n) for n in range(90, 100)],
    "de": ["neunzig", "einundneunzig", "zweiundneunzig", "dreiundneunzig", "vierundneunzig",
           "fünfundneunzig", "sechsundneunzig", "siebenundneunzig", "achtundneunzig",
           "neunundneunzig"],
    "fr": ["quatre-vingt-dix", "quatre-vingt-onze", "quatre-vingt-douze", "quatre-vingt-treize",
           "quatre-vingt-quatorze", "quatre-vingt-quinze", "quatre-vingt-seize",
           "quatre-vingt-dix-sept", "quatre-vingt-dix-huit", "quatre-vingt-dix-neuf"],
    "fr-BE": ["nonante", "nonante et un", "nonante-deux", "nonante-trois", "nonante-quatre",
              "nonante-cinq", "nonante-six", "nonante-sept", "nonante-huit", "nonante-neuf"],
    "es": ["noventa", "noventa y uno", "noventa y dos", "noventa y tres", "noventa y cuatro",
           "noventa y cinco", "noventa y seis", "noventa y siete", "noventa y ocho",
           "noventa y nueve"],
    "it": ["novanta", "novantuno", "novantadue", "novantatré", "novantaquattro", "novantacinque",
           "novantasei", "novantasette", "novantotto", "novantanove"],
    "pt": ["noventa", "noventa e um", "noventa e dois", "noventa e três", "noventa e quatro",
           "noventa e cinco", "noventa e seis", "noventa e sete", "noventa e oito",
           "noventa e nove"],
    "nl": ["negentig", "eenennegentig", "tweeënnegentig", "drieënnegentig", "vierennegentig",
           "vijfennegentig", "zesennegentig", "zevenennegentig", "achtennegentig",
           "negenennegentig"],
    "sv": ["nittio", "nittioett", "nittiotvå", "nittiotre", "nittiofyra", "nittiofem",
           "nittiosex", "nittiosju", "nittioåtta", "nittionio"],
    "no": ["nitti", "nittien", "nittito", "nittitre", "nittifire", "nittifem", "nittiseks",
           "nittisju", "nittiåtte", "nittini"],
    "da": ["halvfems", "enoghalvfems", "tooghalvfems", "treoghalvfems", "fireoghalvfems",
           "femoghalvfems", "seksoghalvfems", "syvoghalvfems", "otteoghalvfems",
           "nioghalvfems"],
    "fi": ["yhdeksänkymmentä" + s for s in
           ["", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan",
            "yhdeksän"]],
    "pl": ["dziewięćdziesiąt" + s for s in
           ["", " jeden", " dwa", " trzy", " cztery", " pięć", " sześć", " siedem", " osiem",
            " dziewięć"]],
    "cs": ["devadesát" + s for s in
           ["", " jedna", " dva", " tři", " čtyři", " pět", " šest", " sedm", " osm", " devět"]],
}


class Age(Ent):
    def __init__(self, n, lang, sub):
        self._n, self._lang, self._sub = n, lang, sub

    def render(self, k):
        if k == "n":
            return [("AGE", str(self._n))]
        if k == "w":
            assert 90 <= self._n <= 99
            key = "fr-BE" if self._lang == "fr" and self._sub in ("BE", "CHfr") else self._lang
            return [("AGE", AGE_WORDS[key][self._n - 90])]
        raise KeyError(k)


# --------------------------------------------------------------------------
# spoken forms
# --------------------------------------------------------------------------
DIGIT_WORDS = {
    "en": UNITS[:10],
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "sv": "noll ett två tre fyra fem sex sju åtta nio".split(),
    "no": "null en to tre fire fem seks sju åtte ni".split(),
    "da": "nul et to tre fire fem seks syv otte ni".split(),
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět".split(),
}
PLUS_WORD = {"en": "plus", "de": "plus", "fr": "plus", "es": "más", "it": "più", "pt": "mais",
             "nl": "plus", "sv": "plus", "no": "pluss", "da": "plus", "fi": "plus", "pl": "plus",
             "cs": "plus"}
EMAIL_WORDS = {  # dot, at, underscore, hyphen
    "en": ("dot", "at", "underscore", "dash"),
    "de": ("Punkt", "at", "Unterstrich", "Bindestrich"),
    "fr": ("point", "arobase", "tiret bas", "tiret"),
    "es": ("punto", "arroba", "guion bajo", "guion"),
    "it": ("punto", "chiocciola", "trattino basso", "trattino"),
    "pt": ("ponto", "arroba", "underline", "hífen"),
    "nl": ("punt", "apenstaartje", "liggend streepje", "streepje"),
    "sv": ("punkt", "snabel-a", "understreck", "bindestreck"),
    "no": ("punktum", "krøllalfa", "understrek", "bindestrek"),
    "da": ("punktum", "snabel-a", "understreg", "bindestreg"),
    "fi": ("piste", "ät", "alaviiva", "viiva"),
    "pl": ("kropka", "małpa", "podkreślnik", "myślnik"),
    "cs": ("tečka", "zavináč", "podtržítko", "pomlčka"),
}


def spoken_digits(raw, lang, r):
    words = DIGIT_WORDS[lang]
    oh = lang == "en" and r.random() < 0.6
    groups = [g for g in re.split(r"[\s\-/().]+", raw) if g]
    out = []
    for g in groups:
        ws = []
        for ch in g:
            if ch == "+":
                ws.append(PLUS_WORD[lang])
            elif ch.isdigit():
                ws.append("oh" if (oh and ch == "0") else words[int(ch)])
        if ws:
            out.append(" ".join(ws))
    return ", ".join(out)


def spoken_email(em, lang):
    dot, at, us, hy = EMAIL_WORDS[lang]
    s = em.replace(".", " %s " % dot).replace("@", " %s " % at)
    s = s.replace("_", " %s " % us).replace("-", " %s " % hy)
    return re.sub(r"\s+", " ", s).strip()


# --------------------------------------------------------------------------
# people (hand-written pools, wide cultural mix)
# --------------------------------------------------------------------------
WORD_F = ["Rose", "Joy", "Dawn", "Fern", "Iris", "Ivy", "Pearl", "Summer", "Amber", "Faith",
          "Bella", "Luz", "Paz", "Sol", "Blanca", "Lucero", "Rosa", "Sky", "Storm", "Sunny",
          "Robin", "Hope", "Estrella", "Milagros", "Rocío", "Fleur", "Perla"]
WORD_M = ["Hunter", "Bill", "Miles", "Chase", "Robin", "Sunny", "Storm", "Sky", "Jacinto",
          "Ventura", "Rey", "Guy", "Will", "Mark", "Frank", "Amado", "Salvador", "Modesto"]
FEMALE = ["Aoife", "Siobhán", "Niamh", "Caoimhe", "Gráinne", "Eilidh", "Morag", "Catrin",
          "Angharad", "Siân", "Ingrid", "Solveig", "Astrid", "Liv", "Aino", "Päivi", "Marjatta",
          "Zofia", "Agnieszka", "Małgorzata", "Kateřina", "Jana", "Ieva", "Rūta", "Līga",
          "Eleni", "Despina", "Ayşe", "Elif", "Zeynep", "Fatima", "Layla", "Noor", "Maryam",
          "Shirin", "Parisa", "Yael", "Noa", "Tamar", "Priya", "Lakshmi", "Ananya", "Sunita",
          "Ayesha", "Nusrat", "Farzana", "Mei", "Xiaoling", "Ji-woo", "Seo-yeon", "Yuki",
          "Haruka", "Aiko", "Thảo", "Ngọc Anh", "Maricel", "Rosalinda", "Imelda", "Folake",
          "Adaeze", "Chiamaka", "Ngozi", "Abena", "Akosua", "Wanjiru", "Zawadi", "Amina",
          "Tigist", "Selamawit", "Mekdes", "Guadalupe", "Ximena", "Valentina", "Conceição",
          "Inês", "Leonor", "Saskia", "Femke", "Anouk", "Marieke", "Griet", "Annelies",
          "Brigitte", "Ursula", "Hannelore", "Mathilde", "Élodie", "Gaëlle", "Agnès", "Chiara",
          "Giulia", "Benedetta", "Zoë", "Marie-Hélène", "Anne-Sophie", "Dagný", "Signe"] + WORD_F
MALE = ["Cathal", "Darragh", "Pádraig", "Ruairí", "Seán", "Hamish", "Ewan", "Lachlan",
        "Dafydd", "Rhodri", "Gethin", "Sindre", "Magnus", "Øystein", "Bjørn", "Jukka", "Teemu",
        "Ville", "Tomasz", "Grzegorz", "Wojciech", "Jiří", "Ondřej", "Mantas", "Jānis",
        "Dimitrios", "Giorgos", "Mehmet", "Emre", "Kerem", "Yusuf", "Omar", "Khalid", "Tariq",
        "Dariush", "Reza", "Kourosh", "Eitan", "Yonatan", "Avi", "Arjun", "Rajesh", "Vikram",
        "Imran", "Bilal", "Tanvir", "Rashed", "Wei", "Jun", "Hao", "Min-jun", "Dong-hyun",
        "Hiroshi", "Kenji", "Takumi", "Minh", "Quang", "Đức", "Rodel", "Jericho", "Emmanuel",
        "Babatunde", "Oluwaseun", "Chukwuemeka", "Obinna", "Kwame", "Kofi", "Yaw", "Baraka",
        "Juma", "Dawit", "Alejandro", "Joaquín", "Santiago", "João", "Gonçalo", "Tiago",
        "Joris", "Sander", "Pieter", "Bram", "Wout", "Jürgen", "Matthias", "Lukas", "Reto",
        "Urs", "Thibault", "Guillaume", "Loïc", "Benoît", "Giuseppe", "Lorenzo", "Matteo",
        "Jean-Baptiste", "Karl-Heinz", "Tadhg", "Eoghan"] + WORD_M
LAST = ["O'Sullivan", "Ó Conaill", "MacLeod", "McAllister", "Fitzgerald", "Breathnach",
        "Cruickshank", "Llewellyn", "Prys-Jones", "ap Gwilym", "Haugland", "Lindqvist",
        "Åkesson", "Sørensen", "Virtanen", "Hämäläinen", "Koskinen", "Nowak", "Wójcik",
        "Kaczmarek", "Tamm", "Saar", "Yılmaz", "Öztürk", "Çelik", "Şahin", "Aydın",
        "Al-Rashid", "El-Amin", "Haddad", "Nasser", "Abu-Lughod", "Bin Saleh", "Hosseini",
        "Tehrani", "Farahani", "Jafari", "Ben-David", "Shapiro", "Peretz", "Mizrahi",
        "Venkataraman", "Iyer", "Chatterjee", "Subramanian", "Deshpande", "Nair", "Qureshi",
        "Chaudhry", "Malik", "Chowdhury", "Rahman", "Hossain", "Talukder", "Zhang", "Liu",
        "Huang", "Chen", "Guo", "Park", "Kim", "Choi", "Jeong", "Takahashi", "Watanabe",
        "Nakamura", "Yamamoto", "Nguyễn", "Trần", "Phạm", "Lê", "dela Cruz", "Bautista",
        "Macaraeg", "Villanueva", "Dimaculangan", "Adeyemi", "Oyelaran", "Ogunbanjo",
        "Akinwale", "Okonkwo", "Nwosu", "Eze", "Obi", "Mensah", "Owusu", "Boateng", "Asante",
        "Mwangi", "Otieno", "Kamau", "Gebremedhin", "Haile", "Bekele", "de la Cruz",
        "Hernández", "Quispe", "Mamani", "Villalobos", "Paz", "Rey", "Ventura", "Lucero",
        "da Silva", "Gonçalves", "Magalhães", "Sousa", "van den Bosch", "Groot", "Visser",
        "Smit", "Van Damme", "De Smet", "Vermeulen", "van der Linden", "Stern", "Engel",
        "Vogel", "Koch", "Weiss", "Klein", "Lange", "Müller-Lüdenscheidt", "Grüninger",
        "Oberholzer", "Brunner", "Lefèvre", "Dubois-Leclerc", "Lemaire", "D'Hondt",
        "Van Acker", "Esposito", "D'Angelo", "Lo Russo", "Fiore", "Dell'Acqua", "Fisher",
        "Baker", "Cook", "Miller", "Mason", "Young", "Bird", "Fox", "Stone", "Wolf", "Page",
        "Hunter", "Chase", "Mac Giolla Phádraig", "Ó Súilleabháin"]
LAST_F = ["Ní Bhriain", "Nic an tSaoir", "Kowalska", "Dvořáková", "Wiśniewska",
          "Papadopoulou", "Ivanova", "Bērziņa", "Kazlauskienė", "Nowakowska"]
LAST_M = ["Ó Briain", "Mac an tSaoir", "Kowalski", "Dvořák", "Wiśniewski", "Papadopoulos",
          "Ivanov", "Bērziņš", "Kazlauskas", "Nowakowski"]
JOB_SURN = ["Baker", "Cook", "Miller", "Mason", "Fisher", "Hunter", "Shepherd", "Carpenter",
            "Weaver", "Potter", "Archer", "Butler", "Taylor", "Thatcher"]

PROVIDERS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "eircom.net", "btinternet.com",
           "icloud.com", "protonmail.com", "hotmail.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "skynet.be", "wanadoo.fr", "bluewin.ch"],
    "es": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com", "uol.com.br", "hotmail.com", "netcabo.pt"],
    "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "xs4all.nl", "hetnet.nl"],
    "sv": ["telia.com", "bredband.net", "gmail.com"],
    "no": ["online.no", "getmail.no", "gmail.com"],
    "da": ["mail.dk", "jubii.dk", "gmail.com"],
    "fi": ["kolumbus.fi", "luukku.com", "gmail.com"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz"],
}
TLDS = {"en": ["ie", "co.uk", "com"], "de": ["de", "at", "ch"], "fr": ["fr", "be"],
        "es": ["es", "com.mx"], "it": ["it"], "pt": ["pt", "com.br"], "nl": ["nl", "be"],
        "sv": ["se"], "no": ["no"], "da": ["dk"], "fi": ["fi"], "pl": ["pl"], "cs": ["cz"]}


def _ini(s):
    for ch in s:
        if ch.isupper():
            return ascii_fold(ch)
    return ascii_fold(s[0]).upper()


class Person(Ent):
    def __init__(self, first, last, lang, r, female):
        self._f, self._l, self._lang, self._female = first, last, lang, female
        self._mi = r.choice("ABCDEFGHJKLMNPRSTVW")
        fa, la = compact(first), compact(last)
        self._fa, self._la = fa, la
        prov = r.choice(PROVIDERS[lang])
        st = r.randrange(5)
        if st == 0:
            em = "%s.%s@%s" % (fa, la, prov)
        elif st == 1:
            em = "%s%s%d@%s" % (fa[0], la, r.randint(2, 98), prov)
        elif st == 2:
            em = "%s.%s@%s" % (la, fa, prov)
        elif st == 3:
            em = "%s_%s@%s" % (fa, la, prov)
        else:
            em = "%s%s@%s" % (fa, la[:1], prov)
        self._email = em
        self._handle = r.choice(["%s_%s%d" % (fa, la[:4], r.randint(10, 99)), fa + la,
                                 fa[0] + la, "%s.%s" % (la, fa), "%s%s%d" % (fa, la[:2], r.randint(70, 99))])
        tld = r.choice(TLDS[lang])
        self._url = r.choice(["www.%s-%s.%s" % (fa, la, tld), "https://%s%s.github.io" % (fa, la),
                              "https://%s-studio.%s/about" % (la, tld),
                              "http://www.%s%s.net/portfolio" % (fa, la),
                              "https://www.linkedin.com/in/%s-%s-%d" % (fa, la, r.randint(10, 999))])

    def render(self, k):
        f, l = self._f, self._l
        fi, li = _ini(f), _ini(l)
        if k == "first":
            return [("NAME", f)]
        if k == "last":
            return [("NAME", l)]
        if k == "full":
            return [("NAME", "%s %s" % (f, l))]
        if k == "lf":
            return [("NAME", l), ", ", ("NAME", f)]
        if k == "mid":
            return [("NAME", "%s %s %s" % (f, self._mi, l))]
        if k == "fl":
            return [("NAME", "%s. %s" % (f[0], l))]
        if k == "ini":
            return [("NAME", fi + li)]
        if k == "ini3":
            return [("NAME", fi + self._mi + li)]
        if k == "user":
            return [("NAME", self._la)]
        if k == "handle":
            return [("NAME", self._handle)]
        if k == "email":
            return [("EMAIL", self._email)]
        if k == "email_sp":
            return [("EMAIL", spoken_email(self._email, self._lang))]
        if k == "url":
            return [("URL", self._url)]
        if k == "spell":
            return [("NAME", "-".join(self._la.upper()))]
        raise KeyError(k)


# --------------------------------------------------------------------------
# places: one entry per sub-locale.  city tuples: (city, postcode-part, extra)
# --------------------------------------------------------------------------
def LOC(v):
    return ("LOCATION", v)


SUB = {
    "IE": dict(lang="en", cc="IE",
               cities=[("Galway", "H91", "Galway"), ("Tralee", "V92", "Kerry"),
                       ("Sligo", "F91", "Sligo"), ("Ennis", "V95", "Clare"), ("Cobh", "P24", "Cork"),
                       ("Dún Laoghaire", "A96", "Dublin"), ("Carrick-on-Shannon", "N41", "Leitrim"),
                       ("Clonakilty", "P85", "Cork"), ("Letterkenny", "F92", "Donegal")],
               pc=lambda r, c: c[1] + " " + fill(r, "%%%%", "ACDEFHKNPRTVWXY"),
               line=lambda c, pc: [LOC(c[0]), ", ", LOC("Co. " + c[2]), " ", LOC(pc)],
               streets=["{n} Bóthar na Trá", "Rose Cottage, Mill Lane", "{n} Father Griffin Road",
                        "Apartment {m}, The Maltings", "{n} Ard na Gréine", "Cnoc an Óir",
                        "{n} Sráid an Mhuilinn", "The Old Rectory, Church Road", "{n} Fairgreen Terrace"],
               phone=["(091) ### ###", "(066) ### ####", "(071) ### ####", "+353 21 ### ####"],
               mobile=["087 ### ####", "+353 86 ### ####", "085-###-####", "083 ### ####"],
               hosp=["University Hospital {city}", "{city} General Hospital", "St. Brigid's Hospital",
                     "Bon Secours Hospital {city}", "Our Lady of Lourdes Hospital"],
               clinic=["{city} Medical Centre", "{city} Family Practice", "St. Enda's Health Centre",
                       "Fairgreen Surgery {city}"],
               plate=["%s-G-####" % "19#", "2##-KY-####", "1##-D-#####"]),
    "GB": dict(lang="en", cc="GB",
               cities=[("Reading", "RG1", ""), ("Bath", "BA2", ""), ("Hope", "S33", ""),
                       ("Aberystwyth", "SY23", ""), ("Inverness", "IV2", ""), ("Dundee", "DD1", ""),
                       ("Stornoway", "HS1", ""), ("Bangor", "LL57", ""), ("Keswick", "CA12", ""),
                       ("Whitby", "YO21", ""), ("Machynlleth", "SY20", ""), ("Leicester", "LE2", ""),
                       ("Glasgow", "G12", "")],
               pc=lambda r, c: c[1] + " " + fill(r, "#@@", "ABDEFGHJLNPQRSTUWXYZ"),
               line=lambda c, pc: [LOC(c[0]), " ", LOC(pc)],
               streets=["{n} Kennet Side", "Flat {m}, Ashby Court", "Rose Cottage, Mill Lane",
                        "{n} Ffordd y Môr", "{n} Dalkeith Road", "The Old Forge, Church Street",
                        "{n} Heol y Wig", "{n} Pulteney Gardens", "Ivy House, Back Lane",
                        "{n}/{m} Tay Street"],
               phone=["0118 496 0###", "01225 ######", "01970 ######", "01463 ######",
                      "+44 1382 ######", "020 7946 0###"],
               mobile=["07700 900###", "+44 7700 900###", "07### ######"],
               hosp=["Royal {city} Infirmary", "{city} Community Hospital", "St. Aidan's Hospital",
                     "Ysbyty {city}", "{city} General Hospital"],
               clinic=["{city} Health Centre", "{city} Medical Practice", "Kennet Surgery",
                       "Pulteney Street Surgery"],
               plate=["@@## @@@"]),
    "US": dict(lang="en", cc=None,
               cities=[("Mobile", "AL", "366##", "251"), ("Independence", "MO", "640##", "816"),
                       ("Normal", "IL", "61761", "309"), ("Paradise", "CA", "95969", "530"),
                       ("Eagle", "ID", "83616", "208"), ("Ventura", "CA", "930##", "805"),
                       ("Hope", "AR", "71801", "870"), ("Reading", "PA", "196##", "610"),
                       ("Bath", "ME", "04530", "207"), ("Dearborn", "MI", "481##", "313"),
                       ("Tacoma", "WA", "984##", "253"), ("Santa Fe", "NM", "875##", "505")],
               pc=lambda r, c: fill(r, c[2]),
               line=lambda c, pc: [LOC(c[0]), ", " + c[1] + " ", LOC(pc)],
               streets=["{n} Larkspur Drive", "{n} Old Shell Road", "{n} W Magnolia Ave, Apt {m}",
                        "{n} County Road 12", "{n} Sycamore Lane", "{n} N Main Street, Unit {m}",
                        "PO Box {n}{m}"],
               phone=["({ac}) 555-01##", "{ac}-555-01##", "+1 {ac} 555 01##"],
               mobile=["({ac}) 555-01##", "{ac}.555.01##", "+1 {ac}-555-01##"],
               hosp=["{city} Regional Medical Center", "St. Agnes Hospital of {city}",
                     "Larkin Memorial Hospital", "{city} Community Hospital"],
               clinic=["{city} Family Health Clinic", "Magnolia Primary Care of {city}",
                       "{city} Internal Medicine Associates"],
               plate=["#@@@###", "@@@ ####"]),
    "CA": dict(lang="en", cc=None,
               cities=[("Hope", "BC", "V0X", "604"), ("Moncton", "NB", "E1C", "506"),
                       ("Kamloops", "BC", "V2C", "250"), ("Gander", "NL", "A1V", "709"),
                       ("Trois-Rivières", "QC", "G9A", "819"), ("Sudbury", "ON", "P3E", "705")],
               pc=lambda r, c: c[2] + " " + fill(r, "#@#", "ABCEGHJKLMNPRSTVWXYZ"),
               line=lambda c, pc: [LOC(c[0]), ", " + c[1] + " ", LOC(pc)],
               streets=["{n} Wallace Street", "{n} Rue des Forges", "{n} Airport Blvd",
                        "Unit {m}, {n} Elm Row"],
               phone=["({ac}) 555-01##", "{ac}-555-01##"],
               mobile=["({ac}) 555-01##", "+1 {ac} 555 01##"],
               hosp=["{city} Regional Hospital", "Fraser Canyon Hospital", "{city} Health Sciences Centre"],
               clinic=["{city} Medical Clinic", "Elm Row Family Practice"],
               plate=["@@@@ ###"]),
    "AU": dict(lang="en", cc=None,
               cities=[("Paradise", "SA", "5075", "08"), ("Wagga Wagga", "NSW", "2650", "02"),
                       ("Ballarat", "VIC", "3350", "03"), ("Toowoomba", "QLD", "4350", "07"),
                       ("Bunbury", "WA", "6230", "08"), ("Launceston", "TAS", "7250", "03")],
               pc=lambda r, c: c[2],
               line=lambda c, pc: [LOC(c[0]), " " + c[1] + " ", LOC(pc)],
               streets=["{n} Jacaranda Crescent", "Unit {m}/{n} Baylis Street", "{n} Sturt Street",
                        "{n} Ruthven Street"],
               phone=["({ac}) 5550 ####", "+61 {ac1} 5550 ####"],
               mobile=["04## ### ###", "+61 4## ### ###"],
               hosp=["{city} Base Hospital", "St John of God {city}", "{city} Health Service"],
               clinic=["{city} Medical Centre", "Sturt Street Clinic"],
               plate=["#@@ #@@", "@@@-###"]),
    "DE": dict(lang="de", cc="DE",
               cities=[("Berlin", "10115", "Berlin"), ("Leipzig", "04109", "Sachsen"),
                       ("Freiburg im Breisgau", "79098", "Baden-Württemberg"),
                       ("Bad Kissingen", "97688", "Bayern"), ("Lüdenscheid", "58507", "Nordrhein-Westfalen"),
                       ("Görlitz", "02826", "Sachsen"), ("Husum", "25813", "Schleswig-Holstein"),
                       ("Oberammergau", "82487", "Bayern"),
                       ("Bergen auf Rügen", "18528", "Mecklenburg-Vorpommern"),
                       ("Engelskirchen", "51766", "Nordrhein-Westfalen")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["Hauptstraße {n}", "Am Mühlbach {n}a", "Schönhauser Allee {n}", "Kirchweg {n}",
                        "Lindenstraße {n}", "Zur Alten Ziegelei {n}", "Hinterm Dorfe {n}"],
               phone=["0### ######", "+49 30 #### ####", "(0341) ### ###", "0971 ######"],
               mobile=["0151 ########", "+49 171 #######", "0176 ### #####"],
               hosp=["Klinikum {city}", "Kreiskrankenhaus {city}", "St. Josefs-Hospital {city}",
                     "Universitätsklinikum {city}", "Elisabeth-Krankenhaus {city}"],
               clinic=["Gemeinschaftspraxis {city}-Mitte", "MVZ {city}", "Praxis am Rathaus {city}"],
               plate=["HH-@@ ####", "L-@ ###", "FR-@@ ###", "GR-@ ####", "B-@@ ####"]),
    "AT": dict(lang="de", cc="AT",
               cities=[("Wien", "1090", ""), ("Graz", "8010", ""), ("Innsbruck", "6020", ""),
                       ("Hallstatt", "4830", ""), ("Bad Ischl", "4820", ""), ("Villach", "9500", "")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["Währinger Straße {n}", "Herrengasse {n}/{m}", "Maria-Theresien-Straße {n}",
                        "Seestraße {n}"],
               phone=["+43 1 ### ####", "0316 ######", "+43 512 ######"],
               mobile=["+43 664 #######", "0676 #######", "0699 ########"],
               hosp=["LKH {city}", "Klinik {city}", "Barmherzige Brüder {city}"],
               clinic=["Primärversorgungszentrum {city}", "Gruppenpraxis {city}-Süd"],
               plate=["W-#####@", "G-####@", "I-###@@"]),
    "CH": dict(lang="de", cc="CH",
               cities=[("Zürich", "8004", ""), ("Bern", "3011", ""), ("Chur", "7000", ""),
                       ("Winterthur", "8400", ""), ("Luzern", "6003", ""), ("St. Gallen", "9000", "")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["Bahnhofstrasse {n}", "Langstrasse {n}", "Obere Gasse {n}", "Kramgasse {n}"],
               phone=["+41 44 ### ## ##", "031 ### ## ##"],
               mobile=["+41 79 ### ## ##", "076 ### ## ##"],
               hosp=["Kantonsspital {city}", "Stadtspital {city}", "Spital {city}"],
               clinic=["Hausarztpraxis {city}-Süd", "Gesundheitszentrum {city}"],
               plate=["ZH ######", "BE #####", "GR #####"]),
    "FR": dict(lang="fr", cc="FR",
               cities=[("Nice", "06000", ""), ("Tours", "37000", ""), ("Quimper", "29000", ""),
                       ("Saint-Malo", "35400", ""), ("Aix-en-Provence", "13100", ""),
                       ("Besançon", "25000", ""), ("L'Haÿ-les-Roses", "94240", ""),
                       ("Lyon", "69003", ""), ("Pau", "64000", ""), ("Orange", "84100", "")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["{n}, rue des Lilas", "{n} bis avenue Jean-Jaurès", "Lieu-dit Les Granges",
                        "Résidence Les Mimosas, bât. C", "{n} impasse du Moulin",
                        "{n}, boulevard de la Plage", "{n} chemin de la Croix-Blanche"],
               phone=["0# ## ## ## ##", "+33 4 ## ## ## ##", "02 ## ## ## ##"],
               mobile=["06 ## ## ## ##", "+33 7 ## ## ## ##", "07.##.##.##.##"],
               hosp=["CHU de {city}", "Centre hospitalier de {city}", "Hôpital Pasteur",
                     "Clinique Saint-Vincent", "Hôpital privé de {city}"],
               clinic=["Maison de santé de {city}", "Centre de santé {city}-Nord"],
               plate=["@@-###-@@"]),
    "BE": dict(lang="fr", cc="BE",
               cities=[("Mons", "7000", ""), ("Spa", "4900", ""), ("Liège", "4000", ""), ("Namur", "5000", ""),
                       ("Charleroi", "6000", ""), ("Tournai", "7500", "")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["Rue Saint-Gilles {n}", "Avenue de la Toison d'Or {n}",
                        "Chaussée de Bruxelles {n}", "Rue des Wallons {n}/{m}"],
               phone=["+32 4 ### ## ##", "065 ## ## ##"],
               mobile=["+32 475 ## ## ##", "0486 ## ## ##"],
               hosp=["CHU de {city}", "Clinique Saint-Joseph de {city}", "CHR de {city}"],
               clinic=["Maison médicale de {city}"],
               plate=["#-@@@-###"]),
    "CHfr": dict(lang="fr", cc="CH",
                 cities=[("Lausanne", "1003", ""), ("Genève", "1205", ""), ("Neuchâtel", "2000", ""),
                         ("Sion", "1950", ""), ("Fribourg", "1700", "")],
                 pc=lambda r, c: c[1],
                 line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
                 streets=["Rue du Bourg {n}", "Avenue de la Gare {n}", "Chemin des Vignes {n}"],
                 phone=["+41 21 ### ## ##", "022 ### ## ##"],
                 mobile=["+41 79 ### ## ##", "078 ### ## ##"],
                 hosp=["Hôpital cantonal de {city}", "Hôpital de {city}"],
                 clinic=["Permanence médicale de {city}"],
                 plate=["VD ######", "GE #####"]),
    "ES": dict(lang="es", cc="ES",
               cities=[("Madrid", "28013", ""), ("Sevilla", "41003", ""), ("Vigo", "36202", ""),
                       ("Cádiz", "11001", ""), ("Ourense", "32003", ""), ("Teruel", "44001", ""),
                       ("Mataró", "08301", ""), ("Soria", "42002", ""), ("Lugo", "27001", "")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["Calle de la Luna {n}, {m}.º B", "Avda. de la Constitución {n}",
                        "Plaza Mayor {n}", "C/ San Bernardo {n}, bajo", "Travesía del Pozo {n}",
                        "Urbanización Los Pinos, casa {n}"],
               phone=["91 ### ## ##", "+34 95# ### ###", "986 ### ###"],
               mobile=["6## ### ###", "+34 6## ## ## ##", "7## ## ## ##"],
               hosp=["Hospital Universitario de {city}", "Hospital Comarcal de {city}",
                     "Clínica San Rafael", "Hospital Virgen de la Luz"],
               clinic=["Centro de Salud {city} Centro", "Ambulatorio de San Roque"],
               plate=["#### @@@"]),
    "MX": dict(lang="es", cc=None,
               cities=[("Guadalajara", "44100", "Jal."), ("Oaxaca de Juárez", "68000", "Oax."),
                       ("Mérida", "97000", "Yuc."), ("Puebla", "72000", "Pue.")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: ["C.P. ", LOC(pc), " ", LOC(c[0]), ", " + c[2]],
               streets=["Av. Chapultepec Sur {n}, Col. Americana", "Calle 60 #{n}",
                        "Calle Macedonio Alcalá {n}", "Privada de los Pinos {n}"],
               phone=["33 #### ####", "+52 999 ### ####"],
               mobile=["+52 1 33 #### ####", "55 #### ####"],
               hosp=["Hospital Civil de {city}", "Clínica Santa Lucía de {city}"],
               clinic=["Centro de Salud {city}"],
               plate=["@@@-###-@"]),
    "AR": dict(lang="es", cc=None,
               cities=[("Rosario", "S2000", ""), ("Córdoba", "X5000", ""), ("Mendoza", "M5500", ""),
                       ("Salta", "A4400", "")],
               pc=lambda r, c: c[1] + fill(r, "@@@", "ABCDEFGHJKLMNPRSTUVWXYZ"),
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["Bv. Oroño {n}, piso {m}", "Calle San Martín {n}", "Av. Colón {n}"],
               phone=["+54 341 ### ####", "0351 ###-####"],
               mobile=["+54 9 341 ### ####", "15-####-####"],
               hosp=["Hospital Provincial de {city}", "Sanatorio {city}"],
               clinic=["Centro de Salud Barrio {city} Sur"],
               plate=["@@ ### @@"]),
    "CO": dict(lang="es", cc=None,
               cities=[("Medellín", "050021", ""), ("Cali", "760001", ""), ("Manizales", "170001", ""),
                       ("Pasto", "520001", "")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(c[0]), " ", LOC(pc)],
               streets=["Carrera {n} # {m}-27", "Calle {n} # {m}-15, apto 301"],
               phone=["+57 604 ### ####", "(602) ### ####"],
               mobile=["+57 3## ### ####", "31# ### ####"],
               hosp=["Hospital San Vicente de {city}", "Clínica {city}"],
               clinic=["Centro de Salud {city} Norte"],
               plate=["@@@###"]),
    "IT": dict(lang="it", cc="IT",
               cities=[("Bra", "12042", "CN"), ("Milano", "20121", "MI"), ("Bologna", "40126", "BO"),
                       ("Lecce", "73100", "LE"), ("Bari", "70121", "BA"), ("Trento", "38122", "TN"),
                       ("Matera", "75100", "MT"), ("Lodi", "26900", "LO"), ("Cagliari", "09124", "CA")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0]), " (" + c[2] + ")"],
               streets=["Via dei Mille {n}", "Corso Garibaldi {n}", "Piazza San Marco {n}",
                        "Vicolo Stretto {n}", "Via Roma {n}, int. {m}", "Contrada Pantano {n}"],
               phone=["02 #### ####", "+39 051 ######", "0832 ######"],
               mobile=["347 ### ####", "+39 333 ### ####", "320 #######"],
               hosp=["Ospedale Maggiore di {city}", "Policlinico di {city}", "Ospedale San Camillo",
                     "Presidio Ospedaliero di {city}"],
               clinic=["Casa della Salute di {city}", "Poliambulatorio {city} Centro"],
               plate=["@@ ###@@"]),
    "CHit": dict(lang="it", cc="CH",
                 cities=[("Lugano", "6900", ""), ("Bellinzona", "6500", ""), ("Locarno", "6600", "")],
                 pc=lambda r, c: c[1],
                 line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
                 streets=["Via Nassa {n}", "Viale Stazione {n}"],
                 phone=["+41 91 ### ## ##"],
                 mobile=["+41 76 ### ## ##"],
                 hosp=["Ospedale Regionale di {city}", "Clinica Sant'Anna"],
                 clinic=["Studio medico {city} Centro"],
                 plate=["TI ######"]),
    "PT": dict(lang="pt", cc="PT",
               cities=[("Lisboa", "1200", ""), ("Porto", "4000", ""), ("Braga", "4700", ""),
                       ("Coimbra", "3000", ""), ("Évora", "7000", ""), ("Águeda", "3750", ""),
                       ("Tavira", "8800", ""), ("Viseu", "3500", "")],
               pc=lambda r, c: c[1] + "-" + fill(r, "###"),
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["Rua das Flores, n.º {n}, {m}.º Esq", "Travessa do Carmo {n}",
                        "Avenida da República {n}, {m}.º D", "Largo do Pelourinho {n}",
                        "Quinta da Azenha, lote {n}"],
               phone=["21 ### ####", "+351 22 ### ####", "239 ### ###"],
               mobile=["91# ### ###", "+351 93# ### ###", "96# ### ###"],
               hosp=["Hospital Distrital de {city}", "Centro Hospitalar de {city}",
                     "Hospital de Santo António", "Hospital de São João"],
               clinic=["Centro de Saúde de {city}", "USF {city} Norte"],
               plate=["##-@@-##"]),
    "BR": dict(lang="pt", cc="BR",
               cities=[("Natal", "RN", "59020"), ("São Paulo", "SP", "01310"), ("Recife", "PE", "50030"),
                       ("Belo Horizonte", "MG", "30130"), ("Porto Alegre", "RS", "90010"),
                       ("Florianópolis", "SC", "88010")],
               pc=lambda r, c: c[2] + "-" + fill(r, "###"),
               line=lambda c, pc: [LOC(c[0]), " – " + c[1] + ", CEP ", LOC(pc)],
               streets=["Rua Augusta, {n}, apto {m}", "Av. Boa Viagem, {n}", "Rua da Aurora {n}",
                        "Rua Sete de Setembro, {n}"],
               phone=["(11) ####-####", "+55 81 ####-####"],
               mobile=["(11) 9####-####", "+55 31 9####-####"],
               hosp=["Hospital das Clínicas de {city}", "Santa Casa de {city}", "Hospital São Lucas"],
               clinic=["UBS {city} Centro", "Clínica da Família {city}"],
               plate=["@@@#@##"]),
    "NL": dict(lang="nl", cc="NL",
               cities=[("Best", "5681", ""), ("Amsterdam", "1017", ""), ("Beek", "6191", ""),
                       ("'s-Hertogenbosch", "5211", ""), ("Gouda", "2801", ""), ("Utrecht", "3511", ""),
                       ("Zierikzee", "4301", ""), ("Groningen", "9711", ""), ("Hoorn", "1621", ""),
                       ("Zwolle", "8011", "")],
               pc=lambda r, c: c[1] + " " + fill(r, "@@", "ABCEGHJKLMNPRTVWXZ"),
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["Prinsengracht {n}-II", "Kerkstraat {n}", "Dorpsweg {n}", "Oude Gracht {n} bis",
                        "Van Speijkstraat {n}hs", "Molenpad {n}"],
               phone=["020-#######", "+31 30 ### ####", "050 ### ####"],
               mobile=["06-########", "+31 6 #### ####", "06 ## ## ## ##"],
               hosp=["Ziekenhuis {city}", "Sint-Antonius Ziekenhuis", "{city} Medisch Centrum",
                     "Streekziekenhuis {city}"],
               clinic=["Huisartsenpraktijk {city}-Oost", "Gezondheidscentrum De Molen {city}"],
               plate=["##-@@@-#", "@-###-@@"]),
    "BEnl": dict(lang="nl", cc="BE",
                 cities=[("Gent", "9000", ""), ("Brugge", "8000", ""), ("Mechelen", "2800", ""),
                         ("Leuven", "3000", ""), ("Hasselt", "3500", ""), ("Aalst", "9300", ""),
                         ("Geel", "2440", "")],
                 pc=lambda r, c: c[1],
                 line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
                 streets=["Veldstraat {n} bus {m}", "Korenmarkt {n}", "Brusselsesteenweg {n}",
                          "Kapelstraat {n}"],
                 phone=["09 ### ## ##", "+32 16 ## ## ##"],
                 mobile=["0475 ## ## ##", "+32 486 ## ## ##"],
                 hosp=["AZ Sint-Jan {city}", "UZ {city}", "AZ {city}", "Sint-Lucasziekenhuis {city}"],
                 clinic=["Wijkgezondheidscentrum {city}", "Huisartsenpraktijk {city}-Zuid"],
                 plate=["#-@@@-###"]),
    "SE": dict(lang="sv", cc="SE",
               cities=[("Stockholm", "114 55", ""), ("Göteborg", "411 05", ""), ("Umeå", "903 26", ""),
                       ("Kiruna", "981 31", ""), ("Visby", "621 55", ""), ("Lund", "222 21", "")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["Storgatan {n}", "Drottninggatan {n} B", "Källvägen {n}", "Kungsgatan {n}, lgh 1{m}02"],
               phone=["08-### ## ##", "+46 31 ### ## ##"],
               mobile=["070-### ## ##", "+46 73 ### ## ##"],
               hosp=["{city} lasarett", "Sjukhuset i {city}", "Universitetssjukhuset i {city}"],
               clinic=["Vårdcentralen {city} City", "Vårdcentral {city} Norr"],
               plate=["@@@ ##@"]),
    "NO": dict(lang="no", cc="NO",
               cities=[("Moss", "1530", ""), ("Bergen", "5003", ""), ("Tromsø", "9008", ""),
                       ("Bodø", "8006", ""), ("Lillehammer", "2609", ""), ("Hamar", "2317", "")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["Strandgaten {n}", "Kongens gate {n}", "Fjellveien {n} A", "Storgata {n}"],
               phone=["55 ## ## ##", "+47 22 ## ## ##"],
               mobile=["4## ## ###", "+47 9## ## ###"],
               hosp=["Sykehuset i {city}", "{city} sykehus", "Universitetssykehuset {city}"],
               clinic=["{city} legesenter", "Legevakten i {city}"],
               plate=["@@ #####"]),
    "DK": dict(lang="da", cc="DK",
               cities=[("Aarhus", "8000", ""), ("Odense", "5000", ""), ("Esbjerg", "6700", ""),
                       ("Ribe", "6760", ""), ("Skagen", "9990", ""), ("Roskilde", "4000", "")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["Vestergade {n}, {m}. sal", "Nørregade {n}", "Strandvejen {n}", "Klostergade {n}, st"],
               phone=["+45 33 ## ## ##", "86 ## ## ##"],
               mobile=["20 ## ## ##", "+45 31 ## ## ##"],
               hosp=["{city} Universitetshospital", "Sygehus {city}", "Regionshospitalet {city}"],
               clinic=["Lægehuset {city}", "{city} Lægecenter"],
               plate=["@@ ## ###"]),
    "FI": dict(lang="fi", cc="FI",
               cities=[("Helsinki", "00100", ""), ("Tampere", "33100", ""), ("Oulu", "90100", ""),
                       ("Turku", "20100", ""), ("Jyväskylä", "40100", ""), ("Rovaniemi", "96100", ""),
                       ("Porvoo", "06100", "")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["Hämeenkatu {n} B {m}", "Mannerheimintie {n} A {m}", "Kirkkokatu {n}", "Koivukuja {n}"],
               phone=["09 ### ####", "+358 3 ### ####"],
               mobile=["040 ### ####", "+358 50 ### ####", "044 #######"],
               hosp=["Keski-Suomen keskussairaala", "Pirkanmaan sairaala", "Lapin keskussairaala",
                     "Satakunnan keskussairaala"],
               clinic=["Kalevan terveysasema", "Hervannan terveysasema"],
               plate=["@@@-###"]),
    "PL": dict(lang="pl", cc="PL",
               cities=[("Kraków", "31-042", ""), ("Gdańsk", "80-831", ""), ("Łódź", "90-001", ""),
                       ("Zakopane", "34-500", ""), ("Toruń", "87-100", ""), ("Wrocław", "50-077", "")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["ul. Długa {n} m. {m}", "ul. Floriańska {n}", "al. Grunwaldzka {n}/{m}",
                        "os. Słoneczne {n}"],
               phone=["+48 12 ### ## ##", "58 ### ## ##"],
               mobile=["601 ### ###", "+48 512 ### ###", "69# ### ###"],
               hosp=["Szpital im. Jana Pawła II", "Szpital Specjalistyczny im. Ludwika Rydygiera"],
               clinic=["Przychodnia Rejonowa Krowodrza", "Przychodnia Zaspa"],
               plate=["@@ #####"]),
    "CZ": dict(lang="cs", cc="CZ",
               cities=[("Brno", "602 00", ""), ("Praha", "120 00", ""), ("Olomouc", "779 00", ""),
                       ("Plzeň", "301 00", ""), ("České Budějovice", "370 01", ""), ("Liberec", "460 01", "")],
               pc=lambda r, c: c[1],
               line=lambda c, pc: [LOC(pc), " ", LOC(c[0])],
               streets=["Vinohradská {n}", "Masarykova {n}/{m}", "Na Příkopě {n}", "Husova {n}"],
               phone=["+420 224 ### ###", "542 ### ###"],
               mobile=["602 ### ###", "+420 731 ### ###", "777 ### ###"],
               hosp=["Fakultní nemocnice {city}", "Nemocnice {city}"],
               clinic=["Poliklinika {city}-střed"],
               plate=["#@# ####"]),
}
LANG_SUBS = {"en": [("IE", 2), ("GB", 3), ("US", 3), ("CA", 1), ("AU", 1)],
             "de": [("DE", 3), ("AT", 1), ("CH", 1)],
             "fr": [("FR", 3), ("BE", 1), ("CHfr", 1)],
             "es": [("ES", 3), ("MX", 1), ("AR", 1), ("CO", 1)],
             "it": [("IT", 4), ("CHit", 1)],
             "pt": [("PT", 3), ("BR", 2)],
             "nl": [("NL", 3), ("BEnl", 2)],
             "sv": [("SE", 1)], "no": [("NO", 1)], "da": [("DK", 1)], "fi": [("FI", 1)],
             "pl": [("PL", 1)], "cs": [("CZ", 1)]}


def elide(s, lang):
    """French/Italian elision before a vowel: 'de Aix' -> 'd'Aix', 'di Ancona' -> 'd'Ancona'."""
    if lang == "fr":
        return re.sub(r"\bde ([AEIOUÉÈÂ])", r"d'\1", s)
    return s


WORD_CITIES = {"Mobile", "Reading", "Bath", "Nice", "Hope", "Independence", "Normal", "Paradise",
               "Eagle", "Ventura", "Mons", "Gent", "Moss", "Bergen", "Tours", "Orange", "Spa",
               "Best", "Beek", "Natal", "Bra", "Geel", "Gouda", "Cobh", "Bangor", "Lund"}
USED_CITIES = set()
REQUIRED_CITIES = ["Mobile", "Reading", "Bath", "Nice", "Split", "Hope", "Independence", "Normal",
                   "Paradise", "Eagle", "Ventura", "Mons", "Gent", "Moss", "Bergen", "Tours"]


class Place(Ent):
    def __init__(self, sub, r, avoid=()):
        cfg = SUB[sub]
        self._sub = sub
        # word-like city names (Mobile, Moss, Best, Natal, ...) are drawn more often
        # and those not yet present in an accepted text are preferred
        lst = [c for c in cfg["cities"] if c[0] not in avoid] or cfg["cities"]
        fresh = [x for x in lst if x[0] in WORD_CITIES and x[0] not in USED_CITIES]
        if fresh and r.random() < 0.6:
            c = r.choice(fresh)
        else:
            c = r.choices(lst, weights=[4 if x[0] in WORD_CITIES else 1 for x in lst])[0]
        self._c = c
        city = c[0]
        self._city = city
        pc = cfg["pc"](r, c)
        street = r.choice(cfg["streets"]).format(n=r.randint(2, 188), m=r.randint(1, 9))
        ac = c[3] if len(c) > 3 else ""

        def ph(pat):
            return fill(r, pat.replace("{ac}", ac).replace("{ac1}", ac.lstrip("0")))

        self._phone = ph(r.choice(cfg["phone"]))
        self._mobile = ph(r.choice(cfg["mobile"]))
        self._fax = ph(r.choice(cfg["phone"]))
        self._d = {
            "street": [LOC(street)],
            "city": [LOC(city)],
            "pc": [LOC(pc)],
            "cityline": cfg["line"](c, pc),
            "phone": [("PHONE", self._phone)],
            "mobile": [("PHONE", self._mobile)],
            "fax": [("PHONE", self._fax)],
            "hosp": [LOC(elide(r.choice(cfg["hosp"]).format(city=city), cfg["lang"]))],
            "clinic": [LOC(elide(r.choice(cfg["clinic"]).format(city=city), cfg["lang"]))],
            "st": [c[1] if sub in ("US", "CA", "AU") else ""],
        }
        self._d["addr"] = self._d["street"] + [", "] + self._d["cityline"]

    def render(self, k):
        return self._d[k]


def pick_sub(r, lang):
    subs = LANG_SUBS[lang]
    tot = sum(w for _, w in subs)
    x = r.uniform(0, tot)
    for s, w in subs:
        x -= w
        if x <= 0:
            return s
    return subs[-1][0]


def natid(r, sub, dob, female):
    if sub == "IE":
        return ppsn(r)
    if sub == "GB":
        return nhs_number(r)
    if sub == "US":
        return "%03d-%02d-%04d" % (r.randint(101, 665), r.randint(1, 99), r.randint(1, 9999))
    if sub == "CA":
        s = luhn_complete(r.choice("1234567") + fill(r, "#######"))
        return "%s %s %s" % (s[:3], s[3:6], s[6:])
    if sub == "AU":
        return fill(r, "2### ##### #")
    if sub == "DE":
        return kvnr(r)
    if sub == "AT":
        return svnr_at(r, dob)
    if sub in ("CH", "CHfr", "CHit"):
        return ahv(r)
    if sub == "FR":
        return nir_fr(r, dob, female)
    if sub in ("BE", "BEnl"):
        return rrn_be(r, dob)
    if sub == "ES":
        return dni(r)
    if sub == "MX":
        return fill(r, "@@@@", AZ) + "%02d%02d%02d" % (dob.year % 100, dob.month, dob.day) + \
            ("M" if female else "H") + fill(r, "@@@@@", AZ) + fill(r, "%#")
    if sub == "AR":
        n = nz(r, 8)
        return "%s.%s.%s" % (n[:2], n[2:5], n[5:])
    if sub == "CO":
        n = "10" + fill(r, "########")
        return "%s.%s.%s.%s" % (n[0], n[1:4], n[4:7], n[7:])
    if sub == "IT":
        return fill(r, "@@@@@@", AZ) + "%02d" % (dob.year % 100) + r.choice("ABCDEHLMPRST") + \
            "%02d" % (dob.day + (40 if female else 0)) + fill(r, "@###@", AZ)
    if sub == "PT":
        return nif_pt(r)
    if sub == "BR":
        return cpf(r)
    if sub == "NL":
        return bsn(r)
    if sub == "SE":
        return personnummer(r, dob)
    if sub == "NO":
        return fnr_no(r, dob)
    if sub == "DK":
        return "%02d%02d%02d-%s" % (dob.day, dob.month, dob.year % 100, fill(r, "####"))
    if sub == "FI":
        return hetu(r, dob)
    if sub == "PL":
        return pesel(r, dob, female)
    if sub == "CZ":
        return rodne_cislo(r, dob, female)
    raise KeyError(sub)


SEPA_CC = ["DE", "FR", "ES", "IT", "PT", "NL", "BE", "AT", "IE", "FI", "LU"]


def rand_date(r, a, b):
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def make_ctx(r, lang, sub):
    c = {}
    used_last = set()

    def person(first_pool, female, last_pool=None):
        f = r.choice(first_pool)
        pool = last_pool or (LAST + (LAST_F if female else LAST_M))
        while True:
            l = r.choice(pool)
            if l not in used_last:
                used_last.add(l)
                break
        return Person(f, l, lang, r, female)

    fem = r.sample(FEMALE, 3)
    mal = r.sample(MALE, 3)
    for i in range(3):
        c["F%d" % (i + 1)] = person([fem[i]], True)
        c["M%d" % (i + 1)] = person([mal[i]], False)
    c["WF"] = person(WORD_F, True)
    c["WM"] = person(WORD_M, False)
    c["WS"] = person(FEMALE + MALE, r.random() < 0.5, JOB_SURN)
    c["L"] = Place(sub, r)
    c["L2"] = Place(sub, r, avoid=(c["L"]._city,))
    # dates: d* = present era, s* = shifted era (de-identification challenge style)
    for p, (a, b) in (("d", (dt.date(2023, 1, 1), dt.date(2026, 12, 31))),
                      ("s", (dt.date(2061, 1, 1), dt.date(2098, 12, 31)))):
        base = rand_date(r, a, b)
        c[p + "1"] = D(base, lang, sub)
        c[p + "0"] = D(base - dt.timedelta(days=r.randint(2, 21)), lang, sub)
        c[p + "p"] = D(base - dt.timedelta(days=r.randint(60, 900)), lang, sub)
        c[p + "2"] = D(base + dt.timedelta(days=r.randint(1, 12)), lang, sub)
        c[p + "3"] = D(base + dt.timedelta(days=r.randint(20, 120)), lang, sub)
        c["_" + p] = base
    age = r.randint(90, 99)
    c["age"] = Age(age, lang, sub)
    c["age3"] = Age(r.randint(100, 105), lang, sub)
    for p in ("d", "s"):
        ref = c["_" + p]
        m, dd = r.randint(1, 12), r.randint(1, 28)
        y = ref.year - age - (0 if (m, dd) <= (ref.month, ref.day) else 1)
        c[("o" if p == "d" else "so") + "dob"] = D(dt.date(y, m, dd), lang, sub)
    dob = rand_date(r, dt.date(1936, 1, 1), dt.date(2004, 12, 28))
    c["dob"] = D(dob, lang, sub)
    c["y"] = str(r.randint(23, 88))
    c["range"] = date_range(c["_d"] + dt.timedelta(days=r.randint(3, 40)), lang)
    # identifiers
    mrn = fill(r, r.choice(["#######", "########", "###-##-##", "#########", "##-###-###"]))
    if mrn[0] == "0":
        mrn = str(r.randint(1, 9)) + mrn[1:]
    c["mrn"] = "⟦ID:%s⟧" % mrn
    c["acc"] = "⟦ID:%s⟧" % r.choice([fill(r, "RAD########"), fill(r, "CT-##-######"), fill(r, "A#######")])
    c["pager"] = "⟦PHONE:%s⟧" % nz(r, 5)
    c["ext"] = "⟦PHONE:%s⟧" % nz(r, 4)
    cfg = SUB[sub]
    cc = cfg["cc"] or "IE"
    c["iban"] = "⟦ID/iban:%s⟧" % fmt_iban(r, make_iban(r, cc))
    c["iban2"] = "⟦ID/iban:%s⟧" % fmt_iban(r, make_iban(r, r.choice([x for x in SEPA_CC if x != cc])))
    c["card"] = "⟦ID/card:%s⟧" % make_card(r)
    c["acct"] = "⟦ID:%s⟧" % nz(r, r.choice([8, 10, 12]))
    c["acct2"] = "⟦ID:%s⟧" % nz(r, r.choice([9, 11]))
    c["sort"] = "⟦ID:%s⟧" % fill(r, "##-##-##")
    ssn = "%03d-%02d-%04d" % (r.randint(101, 665), r.randint(1, 99), r.randint(1, 9999))
    c["ssn"] = "⟦ID:%s⟧" % ssn
    c["ssn_w"] = "⟦ID:%s⟧" % spoken_digits(ssn, "en", r)
    c["nhs"] = "⟦ID/nhs:%s⟧" % nhs_number(r)
    c["passport"] = "⟦ID:%s⟧" % fill(r, r.choice(["@@#######", "@########", "#########", "@#@##@##%"]))
    c["licence"] = "⟦ID:%s⟧" % fill(r, r.choice(["@@@@@######@@#@@", "@###-####-####", "########"]))
    c["plate"] = "⟦ID:%s⟧" % fill(r, r.choice(cfg["plate"]))
    c["claim"] = "⟦ID:%s⟧" % fill(r, r.choice(["CLM-20##-######", "SIN-####-###", "#######-@@", "POA-###-####"]))
    c["hplan"] = "⟦ID:%s⟧" % fill(r, r.choice(["@@@#########", "W#########", "@@@-###-###-##"]))
    c["serial"] = "⟦ID:%s⟧" % fill(r, r.choice(["@@#@####@@", "PJN%%%%%%%", "###-###-###"]))
    c["ip"] = "⟦ID:%s⟧" % r.choice(["10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(2, 254)),
                                     "192.168.%d.%d" % (r.randint(0, 254), r.randint(2, 254)),
                                     "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 254), r.randint(2, 254))])
    tag = {"GB": "nhs", "NL": "bsn", "PL": "pesel"}.get(sub, "nat")
    c["natid"] = "⟦ID/%s:%s⟧" % (tag, natid(r, sub, dob, True))
    c["natidm"] = "⟦ID/%s:%s⟧" % (tag, natid(r, sub, dob, False))
    c["phw"] = "⟦PHONE:%s⟧" % spoken_digits(c["L"]._mobile, lang, r)
    return c


# --------------------------------------------------------------------------
# templates WITH identifiers.  Fields come from make_ctx(); literal ⟦⟧ marks
# are allowed for hand-picked hard cases.  exc = strings whose uncovered
# occurrences are deliberate (listed in README).
# --------------------------------------------------------------------------
ID_T = []


def T(tid, lang, reg, text, loc=None, exc=(), uses=None):
    ID_T.append(dict(tid=tid, lang=lang, reg=reg, text=text, loc=loc, exc=tuple(exc), uses=uses))


# ----------------------------- English ------------------------------------
T("en01", "en", "clinical_note", """Record date: {s1.iso}

\tNAME:\t{M1.lf}
\tMRN:\t{mrn}

Mr. {M1.last} is a {y}-year-old man with ⟪type 2 diabetes mellitus⟫ and ⟪Parkinson's disease⟫, seen after the ⟪carbidopa-levodopa⟫ increase on {s0.us2}. Tremor better, no falls. Lives with his daughter {F1.first} in {L.city}, {L.st}.

A/P: continue current dose; HbA1c next visit; PT referral placed.

{F2.mid}, MD

{F2.ini3}:{F3.user}
DD: {s1.us2}
DT: {s2.us2}""", loc="US")

T("en02", "en", "discharge_summary", """DISCHARGE SUMMARY

Patient: {F1.full}\tUnit No: {mrn}
Admitted: {s0.num}\tDischarged: {s1.num}
Attending: Dr. {M2.fl}

Diagnosis: ⟪community-acquired pneumonia⟫; background ⟪Alzheimer's disease⟫.
{age.n}F from {L.city}, admitted with fever and new confusion. Right lower lobe consolidation on CXR. IV ⟪ceftriaxone⟫, stepped down to oral ⟪amoxicillin⟫ on day 3. Back to baseline cognition.

Follow-up: GP Dr. {F3.last}, {L2.clinic}, within 7 days. Family contact: son {M3.full}, {L.mobile}.

Dictated by: {M2.mid}, MD
cc: Dr. {F3.full}""")

T("en03", "en", "radiology_report", """EXAM: CT HEAD WITHOUT CONTRAST
DATE OF SERVICE: {s1.us}   ACCESSION: {acc}
PATIENT: {M1.lf_uc}   MRN: {mrn}   DOB: {sodob.us}
HISTORY: {age.n} y/o male, unwitnessed fall at home, on ⟪apixaban⟫.
COMPARISON: {sp.us}.
FINDINGS: No acute intracranial hemorrhage, mass effect or midline shift. Moderate chronic small vessel ischemic change. Calvarium intact.
IMPRESSION: No acute intracranial abnormality.
Electronically signed: {F2.mid}, MD on {s1.us} at 14:32""", loc="US")

T("en04", "en", "referral_letter", """{L2.clinic}
Tel {L2.phone} · Fax {L2.fax}

{d1.long}

Dear Dr {M2.last},

Re: {F1.full}, DOB {dob.uk}, NHS No. {nhs}
{L.street}, {L.city} {L.pc}

Thank you for seeing this {y}-year-old woman with six months of right facial weakness, initially treated as ⟪Bell's palsy⟫ but now progressing, with new hearing loss on that side. I would be grateful for an MRI of the internal auditory meati. She is happy to be contacted on {L.mobile}.

Yours sincerely,

Dr {F3.full}
General Practitioner""", loc="GB")

T("en05", "en", "nurse_handover", """Evening handover, Ward 7B
Bed 2 – {F1.full}, {age.n}, day 2 post ⟪hip hemiarthroplasty⟫. Mobilised with frame. Daughter {F2.first} asked for a call back on {L.mobile}.
Bed 4 – {M1.full}, ⟪delirium⟫ overnight, 1:1 sitter until 02:00. For bloods at 06:00.
Bed 6 – empty, admission expected from ED.
Handed over by {F3.first} (RN), pager {pager}""")

T("en06", "en", "portal_message", """Hi Dr. {M2.last},

This is {F1.full} (DOB {dob.us}). I've had headaches almost every day since {d0.md} and the ⟪sumatriptan⟫ only takes the edge off. Is there anything sooner than {d2.wkus}? My cell is {L.mobile} and I'm free after 3, or email {F1.email}.

Thanks,
{F1.first}""", loc="US")

T("en07", "en", "kiosk_chat", """hi its {F1.first_lc} {F1.last_lc} i had an appt w dr {M2.last_lc} on {d1.dm_lc} but it isnt showing in the app?? my mrn is {mrn} can u check""")

T("en08", "en", "kiosk_chat", """ask {WF.first_lc} if she can cover my shift {d2.wkd_lc}, im taking my nan to {L2.hosp_lc} for her scan. shes {age.n} now lol""")

T("en09", "en", "email", """Subject: rota swap

Hi {WF.first},

Any chance you could swap with {M1.first} on {d2.wk}? I'll be at my sister's in {L2.city} for a few days. Ring me on {L.mobile} if that's easier.

Cheers,
{F2.first}""")

T("en10", "en", "sms", """running late, tell {WM.first} im parking at {L2.hosp} now. home to {L.street} by 6 x {F1.first}""")

T("en11", "en", "bank_teller_note", """Teller note {d1.uk}: customer {M1.full} presented passport {passport} and asked to cancel the ⟪standing order⟫ to {F2.full} on account {acct}, sort code {sort}. Identity confirmed by callback to {L.phone}. New correspondence address {L.street}, {L.city} {L.pc} updated on file.""", loc="GB")

T("en12", "en", "transfer_request", """Please send EUR 1,250.00 by ⟪SEPA⟫ credit transfer from my account {iban} to {F2.full}, IBAN {iban2}, reference "rent {d1.my}". Value date {d1.iso}.
Thanks,
{M1.full}
{L.mobile}""", loc="IE")

T("en13", "en", "form", """NEW PATIENT REGISTRATION
Surname:\t{M1.last}
Forename(s):\t{M1.first}
Date of birth:\t{dob.uk}
Address:\t{L.street}
Town:\t{L.city}
Postcode:\t{L.pc}
NHS number:\t{nhs}
Previous GP:\tDr {F2.fl}, {L2.clinic}
Next of kin:\t{F1.full} (wife) {L.mobile}
Email:\t{M1.email}""", loc="GB")

T("en14", "en", "voice_transcript", """Caller: yeah hi, it's {M1.full}, that's {M1.spell}, I'm ringing about my mum's results.
Agent: Can I take your mum's date of birth?
Caller: the {odob.wordsy}. She's {age.w}.
Agent: And a number to call you back on?
Caller: {phw}. Or email me, {M1.email_sp}.""")

T("en15", "en", "triage_note", """TRIAGE {s1.us2} 03:40
{age.n}M FROM {L.city_uc} CARE HOME, FOUND ON FLOOR, ?⟪NOF FRACTURE⟫. GCS 15. ON ⟪WARFARIN⟫, INR PENDING.
SON {M2.full_uc} EN ROUTE, TEL {L.mobile}.
PT {M1.lf_uc}  MRN {mrn}""")

T("en16", "en", "clinical_note", """Progress Note – {s1.long}
Pt: {F1.lf}   MRN: {mrn}
S: {age.w}-year-old woman with ⟪heart failure with reduced ejection fraction⟫, reports 2 kg weight gain. Daughter-in-law {F2.full} present.
O: BP 112/68, HR 84, bibasal crackles.
A: mild decompensation.
P: increase ⟪furosemide⟫ to 40 mg BD, recheck U&E {s2.dm}. Discussed with Dr. {M2.last} (cardiology, ext. {ext}).
{F3.full}, NP""")

T("en17", "en", "email", """Dear {F1.first},

It was lovely to meet you at the pottery fair in {L2.city} on {d0.long}. The catalogue is on my site, {M1.url}, and my studio line is {L.phone}.

Kind regards,
{M1.full}
{M1.email}""")

T("en18", "en", "sms", """hey its {WF.first_lc}!! can u send me {M1.first_lc}'s number, the one from the flat on {L.street_lc}? need to sort the deposit b4 {d2.dm_lc}""")

T("en19", "en", "referral_letter", """Cardiology Clinic Letter
Clinic date: {d1.uk}
Patient: {M1.full}, {L.street}, {L.city}
Hospital No: {mrn}

Diagnosis: ⟪atrial fibrillation⟫. ⟪Holter monitor⟫ showed rate-controlled AF, no pauses.
Plan: continue ⟪bisoprolol⟫ 5 mg and ⟪apixaban⟫ 5 mg BD. Review in six months.

Dr {F2.full}
Consultant Cardiologist, {L2.hosp}

cc: Dr {M3.fl}, {L2.clinic}
cc: Patient""", loc=["GB", "IE"])

T("en20", "en", "portal_message", """From: {F1.handle}
Hi, I'm {F1.full}'s carer. She's {age.n} and has ⟪Raynaud's phenomenon⟫, and the new ⟪amlodipine⟫ is making her ankles swell. Could the nurse ring me on {L.mobile} before {d2.wkd}? – {WM.first}""")

T("en21", "en", "email", """Hello,

My debit card {card} was declined twice at a pharmacy in {L2.city} on {d1.wk}, although there is plenty in the account. Can you check whether it has been blocked? I'm on {L.mobile}.

Thanks,
{F1.full}
{F1.email}""")

T("en22", "en", "bank_teller_note", """Branch note {d1.num} – {M1.full} attended with lasting power of attorney for his mother, {F2.full} (aged {age.n}), of {L.street}, {L.city}. POA ref {claim}. Requested that the ⟪direct debit⟫ to the care home stays in place. ID seen: driving licence {licence}. Call back on {L.phone}.""", loc=["GB", "IE", "AU"])

T("en23", "en", "form", """CLAIM FORM – OUT-OF-NETWORK SERVICES
Member name: {F1.full}
Member ID: {hplan}
Claim #: {claim}
Date(s) of service: {range}
Provider: {L2.hosp}, {L2.cityline}
Diagnosis: ⟪Crohn's disease⟫ flare; ⟪colonoscopy⟫ performed.
SSN: {ssn}
Phone: {L.phone}""", loc="US")

T("en24", "en", "radiology_report", """ULTRASOUND RIGHT UPPER QUADRANT
Patient: {F1.full_uc}   DOB: {dob.us}   MRN: {mrn}
Referring: {M2.full}, MD, {L2.clinic}
Indication: RUQ pain, positive ⟪Murphy's sign⟫.
Findings: Gallbladder distended with multiple gallstones, wall 5 mm, pericholecystic fluid. CBD 4 mm.
Impression: Acute calculous ⟪cholecystitis⟫.
Called to Dr. {M2.last} on {s1.us} at 16:05, {L2.phone}.""", loc="US")

T("en25", "en", "voice_transcript", """Agent: For security, can you confirm the last name on the policy?
Caller: {M1.last}. {M1.spell}.
Agent: And your social?
Caller: {ssn_w}.
Agent: Thank you, Mr. {M1.last}. I see a claim opened on {d0.md}; the adjuster is {F2.full} at extension {ext}.""", loc="US")

T("en26", "en", "nurse_handover", """@{F1.handle} can u cover bay 3 after 7? {M1.first} in bed 12 is for ⟪blood transfusion⟫ 2 units, consent done. his wife {WF.first} is staying over, shes lovely""")

T("en27", "en", "kiosk_chat", """where do i collect a prescription at {L2.hosp}? im {M1.full_lc}, picking up ⟪insulin glargine⟫ for my dad, his dob is {odob.uk}""")

T("en28", "en", "discharge_summary", """Device clinic summary – {s1.long}
{M1.full}, {age.n}, dual-chamber pacemaker for ⟪complete heart block⟫. Device serial {serial}. Home monitor registered at IP {ip}. Battery 8.5 years. No arrhythmias logged since {sp.long}.
Next remote check {s3.num}. Clinic: {L2.hosp}, tel {L2.phone}.
Physiologist: {F2.full}""")

T("en29", "en", "email", """Hi IT,

{F1.full} on ward 9 can't log in – username {F1.user}, workstation serial {serial}, IP {ip}. Started after the update on {d0.wk}. Could someone call the nurses' station on ext {ext}?

Thanks,
{M2.first}""")

T("en30", "en", "triage_note", """999 CALL NOTE {d1.uk} 22:17
ADDRESS: {L.street_uc}, {L.city_uc} {L.pc_uc}
CALLER {F1.full_uc} (NEIGHBOUR) TEL {L.phone}
PT {M1.lf_uc}, {age.n}, ⟪COPD⟫, SOB, SATS 84% ON AIR, UNABLE TO COMPLETE SENTENCES.
KEY SAFE CODE GIVEN TO CREW.""", loc="GB")

T("en31", "en", "referral_letter", """Dear Mr {M1.last},

Your admission for ⟪laparoscopic cholecystectomy⟫ has been booked at {L2.hosp} on {d2.long}. Please stop ⟪clopidogrel⟫ seven days beforehand. The pre-assessment clinic is closed {range} for refurbishment; if you cannot attend, ring the booking office on {L2.phone}.

Yours sincerely,
{F2.full}
Booking Coordinator""", loc=["GB", "IE", "AU", "CA"])

T("en32", "en", "sms", """Reminder: {F1.first}, your appointment at {L2.clinic} is {d2.wkus} at 09:40. Reply C to cancel or call {L2.phone}.""")

T("en33", "en", "transfer_request", """Wire request – please send USD 4,800 from checking account {acct} to {M2.full}, account {acct2} at a credit union in {L2.city}, {L2.st}. Memo: "tuition {d3.my}". Authorized by {F1.full}, {L.phone}, {d1.us}.""", loc="US")

T("en34", "en", "email", """Hello,

My great-grandmother {F1.full} turns {age3.n} on {d2.md} and the family would love a card from the care home staff. She's in room 14 at {L2.hosp}. You can reach me at {F2.email}.

Warmly,
{F2.first}""")

T("en35", "en", "clinical_note", """Geriatrics consult {s1.iso}
Reason: recurrent falls. This nonagenarian aged {age.n} lives alone in {L.city} with daily carers. Background ⟪osteoporosis⟫, ⟪macular degeneration⟫. Lying/standing BP drop 28 mmHg. Stop ⟪doxazosin⟫. Niece {F2.full} ({L.mobile}) agrees with plan.
– {M2.ini}/{F3.ini}""")

T("en36", "en", "radiology_report", """XR CHEST PA
Patient: {M1.lf}    Hosp No: {mrn}    Location: {L2.hosp}, Ward 12
Requested by: Dr {F2.fl}
Clinical: {age.n} yo, cough, ?⟪pneumonia⟫. Comparison {sp.uk}.
Report: Left basal consolidation with small effusion. Heart size within limits. No pneumothorax.
Reported by: Dr {M3.full}, Consultant Radiologist, {s1.uk}""", loc=["GB", "IE"])

T("en37", "en", "discharge_summary", """{F1.lf_uc}
{mrn}
{s1.us}

ADDENDUM: Pathology from the ⟪Whipple procedure⟫ returned ⟪pancreatic ductal adenocarcinoma⟫, margins negative, 2/17 nodes. Discussed with the patient and her husband {M1.first} by phone ({L.phone}). Oncology referral sent to Dr. {M2.full}.

{M3.mid}, M.D.
{M3.ini3}:{F2.user}
DD: {s1.us2}
DT: {s2.us2}
cc: {M2.full}, M.D., {L2.hosp}""", loc="US")

T("en38", "en", "portal_message", """Hi, I come to {L2.hosp} for ⟪haemodialysis⟫ three times a week. Could you add my car to the parking exemption list? Reg {plate}. My name is {M1.full}, hospital number {mrn}. Thanks!""", loc=["GB", "IE", "AU"])

T("en39", "en", "form", """MEDICAL DECLARATION – TRAVEL COVER
Applicant: {F1.full}    Policy: {claim}
Age at departure: {age.n}
Destination: Portugal, {d2.long} to {d3.long}
Conditions: ⟪Hashimoto's thyroiditis⟫ (on ⟪levothyroxine⟫), well controlled.
GP: Dr {M1.full}, {L2.clinic}, tel {L2.phone}
Email: {F1.email}
Signed: {F1.full}   Date: {d1.num}""")

T("en40", "en", "voice_transcript", """Pharmacist: ...and the name on the prescription?
Patient: {WS.full}. {WS.last} like the job.
Pharmacist: Got it, ⟪ramipril⟫ five milligrams. And the postcode?
Patient: {L.pc}. It's {L.street}.
Pharmacist: Lovely, it'll be ready after four.""", loc=["GB", "IE"])

T("en41", "en", "clinical_note", """Clinic note {s1.us}: Mrs. ⟦NAME:Joy Baker⟧ seen for a painful swelling behind the right knee, consistent with a ⟪Baker's cyst⟫ on ultrasound. Also long-standing ⟪Graves' disease⟫, euthyroid on ⟪carbimazole⟫. Aspiration offered; Mrs. ⟦NAME:Baker⟧ declined. Her son {M1.full} will drive her to {L2.hosp} for physio.""", loc="US", exc=("Baker",), uses=1)

T("en42", "en", "portal_message", """Hi, I moved from ⟦LOCATION:Mobile⟧, AL to {L2.city} last month and need my records sent over from my old clinic in ⟦LOCATION:Mobile⟧. Best to reach me on my mobile, {L.mobile}. – {F1.full}""", loc="US", exc=("mobile",), uses=1)

T("en43", "en", "referral_letter", """Neurology clinic, {s1.long}. Seen today by Dr ⟦NAME:Alun Parkinson⟧. Impression: idiopathic ⟪Parkinson's disease⟫, Hoehn and Yahr stage 2. Start ⟪rasagiline⟫ 1 mg. Dr ⟦NAME:Parkinson⟧ will review {M1.full} in four months; any queries to his secretary on {L2.phone}.""", loc="GB", exc=("Parkinson",), uses=1)

T("en44", "en", "discharge_summary", """Transfer note: {M1.full}, {y}, transferred from ⟦LOCATION:Glasgow⟧ after a fall on {s0.dm}. ⟪Glasgow Coma Scale⟫ 14 on arrival, CT head clear. Family in ⟦LOCATION:Glasgow⟧ informed by phone, {L.phone}.""", loc="GB", exc=("Glasgow",), uses=1)

T("en45", "en", "sms", """back from ⟦LOCATION:Split⟧!! flight was fine, we split a taxi from the airport. see u at {F1.first}'s on {d2.wkd}""", exc=("split",), uses=1)

T("en46", "en", "email", """Hi {F2.first},

We've finally moved to ⟦LOCATION:Nice⟧ – the new flat is at ⟦LOCATION:14 avenue des Fleurs⟧, ⟦LOCATION:06000⟧ ⟦LOCATION:Nice⟧. Really nice light in the mornings. My French number is ⟦PHONE:+33 6 41 27 88 03⟧.

Love,
{F1.first}""", exc=("nice",), uses=1)

T("en47", "en", "kiosk_chat", """hi im here for my dads appt, {M1.first_lc} {M1.last_lc}, a {age.n} y/o w ⟪dementia⟫. dr {F2.last_lc} at {L2.clinic_lc}, {d1.wkd_lc} 2pm. where do i go""", uses=2)

T("en53", "en", "email", """Hi {M2.first},

We're staying in ⟦LOCATION:Tours⟧ until {d2.dm} – the château tours are worth it – then driving up to ⟦LOCATION:Mons⟧ before the ferry home. Text me on {L.mobile} if the dates change.

{F1.first}""", exc=("tours",), uses=1)

T("en54", "en", "email", """Hello,

Our daughter {F1.full} was treated at ⟦LOCATION:Haukeland University Hospital⟧ in ⟦LOCATION:Bergen⟧ on {d0.long} after a hiking fall. Could her GP record be updated? Our address is {L.addr}.

{M1.full}""", uses=1)

T("en55", "en", "clinical_note", """Urgent care visit {s1.us}. {M1.full}, {y}, drove in from ⟦LOCATION:Normal⟧, IL with ankle pain after a fall. ⟪Ottawa ankle rules⟫ negative; exam otherwise normal. Advised ⟪ibuprofen⟫ and rest. Follow up with PCP Dr. {F2.last}, {L2.phone}.""", loc="US", exc=("normal",), uses=1)

T("en56", "en", "sms", """the gent from ⟦LOCATION:Gent⟧ who bought the bike wants a receipt, his number is {L.mobile}. he's called {M1.first}, back in belgium from {d2.dm}""", exc=("gent",), uses=1)

T("en48", "en", "sms", """{WF.first} says the ⟪MRI⟫ got moved to {d2.wkd}. {WM.first} can drive, he's off that day. {M2.first} will sort the kids""")

T("en49", "en", "email", """Hello,

I'm a freelance illustrator (portfolio: {M1.url}) and would like to move my business account {acct} to a sole-trader account. Could someone call me on {L.mobile}? I'm away until {d2.long}.

Best,
{M1.full}""")

T("en50", "en", "triage_note", """ED TRIAGE {s1.dmon} 11:05
{age3.n} YO F FROM {L2.hosp_uc}, ⟪UROSEPSIS⟫?, TEMP 38.9, HR 112. DNACPR IN PLACE. NOK GRANDSON {M1.full_uc} {L.mobile}.""")

T("en51", "en", "form", """VISITOR BADGE REQUEST
Visitor: {WS.full}
Visiting: {F1.full} (aged {age.n}), Ward 4
Vehicle registration: {plate}
Contact: {L.mobile} / {WS.email}
Valid: {range}""", loc=["GB", "IE", "AU"])

T("en52", "en", "voice_transcript", """Patient: hi it's {F1.full}, my date of birth is {dob.uk}, I mean the {dob.wordsy}.
Receptionist: Thanks {F1.first}. And the best number?
Patient: {phw}.""", uses=2)

# ----------------------------- German -------------------------------------
T("de01", "de", "clinical_note", """Aufnahmedatum: {s1.dot}
Name:\t{M1.lf}
Fallnummer:\t{mrn}
Station:\tInnere 3, {L2.hosp}

Herr {M1.last}, {y} Jahre, Aufnahme wegen ⟪exazerbierter COPD⟫. Bekannter ⟪Morbus Parkinson⟫ unter ⟪Levodopa⟫. Ehefrau {F1.full} telefonisch erreichbar unter {L.mobile}.

Procedere: ⟪Prednisolon⟫ 40 mg für 5 Tage, Inhalationstherapie.

Dr. med. {F2.full}, Oberärztin""")

T("de02", "de", "discharge_summary", """Sehr geehrte Frau Kollegin {F3.last},

wir berichten über Ihre Patientin Frau {F1.full}, geb. {sodob.dot}, wohnhaft {L.street}, {L.cityline}, die sich vom {s0.dot} bis {s1.dot} in unserer stationären Behandlung befand.

Diagnosen: ⟪Schenkelhalsfraktur⟫ rechts, ⟪Osteoporose⟫.
Die {age.n}-jährige Patientin wurde mit einer Duokopfprothese versorgt und ist mit Rollator mobil.

Mit freundlichen Grüßen
Prof. Dr. {M2.full}, Chefarzt
{F2.full}, Assistenzärztin""")

T("de03", "de", "nurse_handover", """Übergabe Frühdienst: Zi. 12 Fr. {F1.last}, {age.n} J., ⟪Pneumonie⟫, O2 2 l, trinkt schlecht. Tochter {F2.first} kommt um 14 Uhr, Tel. {L.mobile}. Zi. 14 Hr. {M1.last}, post-OP Knie-TEP li., Schmerzen ok unter ⟪Novalgin⟫. – {F3.first}""")

T("de04", "de", "email", """Betreff: Termin verschieben

Sehr geehrte Damen und Herren,

leider kann ich den Termin am {d2.wk} um 10:30 nicht wahrnehmen, da ich beruflich in {L2.city} bin. Wäre stattdessen der {d3.dm} möglich? Versichertennummer: {natidm}.

Mit freundlichen Grüßen
{M1.full}
{L.street}
{L.cityline}
Tel. {L.phone}
E-Mail: {M1.email}""")

T("de05", "de", "bank_teller_note", """Kundennotiz {d1.dot}: Frau {F1.full} (Kundennr. {acct}) wünscht Änderung des ⟪Dauerauftrags⟫ an {M2.full}, IBAN {iban2}, ab {d3.my} auf 650,00 EUR. Legitimation per Personalausweis {passport}. Rückruf unter {L.phone} erfolgt. Bearbeitet: {M3.ini}""")

T("de06", "de", "sms", """hey {WF.first_lc}, kannst du mich am {d2.dm_lc} vom {L2.hosp_lc} abholen? die ⟪magenspiegelung⟫ ist um 8, danach darf ich nicht selber fahren. lg {M1.first_lc}""")

T("de07", "de", "voice_transcript", """Anrufer: Grüß Gott, hier spricht {M1.full}, {M1.spell}. Ich rufe wegen meiner Mutter an, sie ist {age.w} und liegt bei Ihnen auf der Geriatrie.
Mitarbeiterin: Geburtsdatum bitte?
Anrufer: {odob.long}.
Mitarbeiterin: Und eine Rückrufnummer?
Anrufer: {phw}.""")

T("de08", "de", "form", """PATIENTENAUFNAHME
Name, Vorname: {F1.lf}
Geburtsdatum: {dob.dot}
Anschrift: {L.street}, {L.cityline}
Versichertennr.: {natid}
Hausarzt: Dr. {M2.full}, {L2.clinic}
Notfallkontakt: {M3.full}, {L.mobile}
E-Mail: {F1.email}
Allergien: ⟪Penicillin⟫""")

T("de09", "de", "clinical_note", """Ambulanzbrief {s1.dot}: Frau ⟦NAME:Keiko Hashimoto⟧, {y} J., stellt sich zur Kontrolle ihrer ⟪Hashimoto-Thyreoiditis⟫ vor. TSH 3,1 unter ⟪L-Thyroxin⟫ 75 µg. Frau ⟦NAME:Hashimoto⟧ wünscht ein Rezept über 100 Tabletten. Nächster Termin {s3.dot}. Dr. {M2.last}""", exc=("Hashimoto",), uses=1)

T("de10", "de", "triage_note", """NOTAUFNAHME {s1.dot2} 04:12 – PAT. {M1.lf_uc}, {age.n} J., STURZ IN DER WOHNUNG ({L.street_uc}), V.A. ⟪RADIUSFRAKTUR⟫ LI. NACHBARIN {F1.full_uc} HAT ANGERUFEN, TEL. {L.phone}.""", uses=2)

T("de11", "de", "email", """Sehr geehrte Frau Dr. {F2.last},

anbei die Therapieberichte für Herrn {M2.last} (⟪Morbus Bechterew⟫). Weitere Infos zu meiner Praxis finden Sie unter {M1.url}. Ich bin bis {d2.dm} im Urlaub.

Beste Grüße
{M1.full}, Physiotherapeut
{L.phone}""")

# ----------------------------- French -------------------------------------
T("fr01", "fr", "clinical_note", """Date d'hospitalisation : {s1.uk}
Nom : {M1.last_uc}\tPrénom : {M1.first}
IPP : {mrn}
Médecin : Dr {F2.full}

M. {M1.last}, {y} ans, hospitalisé pour ⟪décompensation cardiaque⟫. Antécédents : ⟪maladie de Crohn⟫, HTA. Vit avec son épouse à {L.city}. Personne de confiance : {F1.full}, {L.mobile}.
Traitement de sortie : ⟪furosémide⟫ 40 mg, ⟪bisoprolol⟫ 2,5 mg.""")

T("fr02", "fr", "referral_letter", """{L2.hosp}
Service de gériatrie

{L2.city}, le {d1.long}

Cher confrère,

Je vous adresse Mme {F1.full}, née le {odob.long}, âgée de {age.w} ans, demeurant {L.street}, {L.cityline}, pour bilan de chutes répétées et suspicion de ⟪maladie d'Alzheimer⟫.

Bien confraternellement,
Dr {M2.full}""")

T("fr03", "fr", "nurse_handover", """Transmissions de nuit – ch. 8 : Mme {F1.last}, {age.n} ans, ⟪AVC ischémique⟫ J3, ⟪score NIHSS⟫ à 6. Fille ({F2.first}) prévenue au {L.mobile}. Ch. 10 : M. {M1.full}, ⟪Doliprane⟫ 1 g à 3 h pour céphalées. RAS par ailleurs. – {F3.first}, IDE""")

T("fr04", "fr", "email", """Objet : rendez-vous

Bonjour Madame {F2.last},

Je souhaiterais décaler mon rendez-vous du {d2.wk} au {d3.dm} si possible. Je serai à {L2.city} toute la semaine. Vous pouvez me joindre au {L.phone} ou à {F1.email}.

Cordialement,
{F1.full}""")

T("fr05", "fr", "bank_teller_note", """Note agence du {d1.uk} : M. {M1.full}, client n° {acct}, souhaite mettre en place un ⟪virement permanent⟫ de 300 € vers le compte de sa fille {F1.full} (IBAN {iban2}). Pièce d'identité vérifiée : CNI {passport}. Nouvelle adresse : {L.street}, {L.cityline}.""")

T("fr06", "fr", "sms", """coucou {WF.first_lc} tu peux récupérer mamie au {L2.hosp_lc} {d2.wkd} vers 15h ? elle a {age.n} ans et elle veut pas prendre le taxi 😅 bisous {F1.first_lc}""")

T("fr07", "fr", "voice_transcript", """Client : Oui bonjour, c'est {M1.full}. Mon adresse mail c'est {M1.email_sp}.
Conseiller : Très bien. Et votre numéro ?
Client : {phw}.
Conseiller : Votre date de naissance ?
Client : le {dob.long}.""")

T("fr08", "fr", "triage_note", """URGENCES {s1.uk} 02H15 – PATIENTE {F1.lf_uc}, {age.w_uc} ANS, CHUTE À DOMICILE ({L.street_uc}, {L.city_uc}). ⟪FRACTURE DU COL DU FÉMUR⟫ SUSPECTÉE. SOUS ⟪PRÉVISCAN⟫. FILS {M1.full_uc}, TÉL {L.mobile}.""")

T("fr09", "fr", "form", """FICHE D'ADMISSION
Nom de naissance : {F1.last}
Prénom : {F1.first}
Date de naissance : {dob.uk}
N° de sécurité sociale : {natid}
Adresse : {L.street}, {L.cityline}
Médecin traitant : Dr {M2.full}, {L2.clinic}
Courriel : {F1.email}""", loc=["FR"])

T("fr10", "fr", "email", """Bonjour,

Suite à notre échange, voici le lien vers mon portfolio : {F1.url}. Je suis disponible à partir du {d3.long} et je peux passer à {L2.city} pour un entretien.

Bien à vous,
{F1.full}
{F1.email}""")

# ----------------------------- Spanish ------------------------------------
T("es01", "es", "clinical_note", """Fecha de ingreso: {s1.uk}
Paciente: {M1.full}\tNHC: {mrn}
Médico responsable: Dra. {F2.full}

El Sr. {M1.last}, varón de {y} años con ⟪diabetes mellitus tipo 2⟫ y ⟪enfermedad de Parkinson⟫ que ingresa por ⟪neumonía⟫. Vive con su hija {F1.first} en {L.city}. Teléfono de contacto: {L.mobile}.
Plan: ⟪amoxicilina-clavulánico⟫ iv, control en 48 h.""")

T("es02", "es", "discharge_summary", """INFORME DE ALTA
{L2.hosp} – Servicio de Medicina Interna
Paciente: Sra. {F1.full}, {age.w} años
Fecha de alta: {s1.long}
Diagnóstico: ⟪insuficiencia cardiaca⟫ descompensada.
Seguimiento por su médico de cabecera, Dr. {M2.last}, en el centro de salud de {L.city}.
Fdo.: {M3.full}""")

T("es03", "es", "portal_message", """Hola, soy {F1.full}, DNI {natid}. Quería cambiar la cita del {d2.long} porque estaré en {L2.city}. Mi móvil es {L.mobile} y mi correo {F1.email}. Gracias.""", loc=["ES"])

T("es04", "es", "transfer_request", """Solicitud de transferencia
Ordenante: {M1.full}
Cuenta de cargo: {iban}
Beneficiaria: {F2.full}
IBAN beneficiaria: {iban2}
Importe: 820,00 EUR
Concepto: alquiler {d3.my}
Fecha de ejecución: {d1.uk}
Anular la ⟪domiciliación⟫ anterior.""", loc=["ES"])

T("es05", "es", "sms", """oye {WF.first_lc} q tal tu abuela?? la vi ayer en {L2.hosp_lc}, me dijo q tiene {age.n} años y q se quiere ir a casa ya jaja""")

T("es06", "es", "voice_transcript", """Operadora: ¿Me dice su nombre completo?
Llamante: {M1.full}. Vivo en {L.street}, en {L.city}.
Operadora: ¿Un teléfono de contacto?
Llamante: {phw}.
Operadora: ¿Y el correo?
Llamante: {M1.email_sp}.""")

T("es07", "es", "triage_note", """TRIAJE {s1.uk} 04:10 – MUJER DE {age.n} AÑOS, DISNEA, SAT 86%. ANTECEDENTE DE ⟪EPOC⟫. ACOMPAÑA SU NIETO {M1.full_uc}, TEL {L.mobile}. NHC {mrn}.""")

T("es08", "es", "bank_teller_note", """Nota de ventanilla ({d1.uk}): la Sra. {F1.full} solicita duplicado de la tarjeta {card} por deterioro. Se verifica identidad con documento {natid}. Dirección de envío: {L.street}, {L.cityline}. Atendida por {M2.full}.""")

T("es09", "es", "email", """Asunto: consulta de mi madre

Buenas tardes, Dr. {M2.last}:

Le escribo por mi madre, {F1.full}, de {age.w} años. Desde el {d0.dm} está más confusa y no come bien. ¿Podría verla antes del {d2.wk}? Mi teléfono es {L.phone}.

Un saludo,
{F2.full}""")

T("es10", "es", "portal_message", """Buenos días, soy {M1.full}. Escribo sobre mi blog de recetas para pacientes con ⟪enfermedad celíaca⟫ ({M1.url}): ¿puedo citar la guía de {L2.hosp}? Mi correo es {M1.email}.""")

# ----------------------------- Italian ------------------------------------
T("it01", "it", "clinical_note", """Data ricovero: {s1.uk}
Paziente: {M1.lf}
Cod. fiscale: {natidm}
Reparto: Medicina, {L2.hosp}

Sig. {M1.last}, {y} anni, ricoverato per ⟪scompenso cardiaco⟫. In anamnesi ⟪morbo di Crohn⟫. Referente la moglie {F1.full}, cell. {L.mobile}.
Dott.ssa {F2.full}""", loc=["IT"])

T("it02", "it", "referral_letter", """Gentile Dott. {M2.last},

Le invio la Sig.ra {F1.full}, di {age.w} anni, residente in {L.street}, {L.cityline}, per valutazione di ⟪fibrillazione atriale⟫ di nuova insorgenza. Ultimo ECG del {d0.uk}.

Cordiali saluti,
Dott.ssa {F3.full}""")

T("it03", "it", "nurse_handover", """Consegne notte: letto 5 sig.ra {F1.last}, {age.n} anni, ⟪BPCO⟫ riacutizzata, in O2 2 l/min. La figlia {F2.first} chiama alle 8 ({L.mobile}). Letto 7 sig. {M1.full}, ⟪Tachipirina⟫ 1 g alle 2. – inf. {F3.first}""")

T("it04", "it", "email", """Oggetto: richiesta certificato

Buongiorno Dott.ssa {F2.last},

avrei bisogno del certificato per la palestra entro {d2.wk}. Sarò a {L2.city} fino al {d3.dm}. Il mio numero è {L.phone}.

Grazie mille,
{M1.full}""")

T("it05", "it", "transfer_request", """Richiesta bonifico: ordinante {M1.full}, conto {iban}; beneficiario {F2.full}, IBAN {iban2}; importo 1.500,00 €; causale "saldo lavori {d0.my}". Data esecuzione {d1.uk}. Revocare l'⟪addebito diretto SDD⟫ precedente.""")

T("it06", "it", "sms", """ciao {WF.first_lc}, {d2.wkd_lc} porto il nonno al {L2.hosp_lc} per la visita, ha {age.w} anni e non vuole prendere il treno 🙄 chiamami al {L.mobile}""")

T("it07", "it", "voice_transcript", """Operatore: Mi dice nome e cognome?
Utente: {M1.full}.
Operatore: Un recapito email?
Utente: {M1.email_sp}.
Operatore: E il cellulare?
Utente: {phw}.""")

T("it08", "it", "form", """MODULO DI ACCETTAZIONE
Cognome: {F1.last_uc}
Nome: {F1.first_uc}
Nata il: {dob.uk} a {L2.city}
Residenza: {L.street}, {L.cityline}
Codice fiscale: {natid}
Medico curante: Dott. {M2.full}
E-mail: {F1.email}
Allergie: ⟪FANS⟫""", loc=["IT"])

T("it09", "it", "discharge_summary", """Lettera di dimissione – {L2.hosp}
Si dimette in data {s1.long} la paziente {F1.full}, di anni {age.n}, ricoverata dal {s0.uk} per ⟪polmonite⟫. Terapia domiciliare: ⟪amoxicillina⟫ 1 g x 3. Controllo dal curante Dott. {M2.last}.""", uses=2)

T("it10", "it", "email", """Ciao {F2.first},

ti giro il link al mio sito, {M1.url}, con le foto del matrimonio del {d0.long}. Per le stampe scrivimi a {M1.email}.

A presto,
{M1.first}""")

# ----------------------------- Portuguese ---------------------------------
T("pt01", "pt", "clinical_note", """Data de internamento: {s1.uk}
Doente: {M1.full}\tN.º processo: {mrn}
Médica: Dra. {F2.full}

Homem de {y} anos, internado por ⟪pneumonia adquirida na comunidade⟫. Antecedentes de ⟪doença de Alzheimer⟫. Contacto: filha {F1.full}, {L.mobile}.
Plano: ⟪ceftriaxona⟫ 2 g/dia.""")

T("pt02", "pt", "discharge_summary", """NOTA DE ALTA – {L2.hosp}
Utente: Sr.ª {F1.full}, {age.w} anos, residente em {L.street}, {L.cityline}.
Alta em {s1.long}. Diagnóstico: ⟪fratura do colo do fémur⟫ operada.
Médico de família: Dr. {M2.full}.""")

T("pt03", "pt", "portal_message", """Olá, aqui é {F1.full}. Gostaria de remarcar a consulta de {d2.long} para {d3.long}, se possível. Estou em {L2.city} nessa semana. Meu celular: {L.mobile}. Obrigada!""")

T("pt04", "pt", "transfer_request", """Pedido de transferência: de {M1.full}, conta {iban}, para {F2.full}, IBAN {iban2}, valor 450,00 €, descritivo "renda {d3.my}". Cancelar o ⟪débito direto⟫ antigo. Data: {d1.uk}.""", loc=["PT"])

T("pt05", "pt", "sms", """oi {WF.first_lc}, a vovó tá internada lá ({L2.hosp_lc}), ela tem {age.n} anos mas tá bem. me liga {L.mobile} bjs""")

T("pt06", "pt", "voice_transcript", """Atendente: Nome completo, por favor?
Cliente: {M1.full}.
Atendente: E o e-mail?
Cliente: {M1.email_sp}.
Atendente: Data de nascimento?
Cliente: {dob.long}.""")

T("pt07", "pt", "nurse_handover", """Passagem de turno: cama 3, D. {F1.full}, {age.n} anos, ⟪AVC isquémico⟫, disfagia, em pausa alimentar. Cama 5, Sr. {M1.full}, ⟪insulina⟫ conforme esquema; o filho {M2.first} liga às 9h para {L.phone}. – Enf.ª {F3.first}""")

T("pt08", "pt", "form", """FICHA DE INSCRIÇÃO
Nome: {F1.full}
Data de nascimento: {dob.uk}
CPF: {natid}
Endereço: {L.street}, {L.cityline}
Plano de saúde: {hplan}
Telefone: {L.mobile}
E-mail: {F1.email}""", loc=["BR"], uses=2)

T("pt09", "pt", "email", """Olá {F2.first},

o meu currículo está em {F1.url}. Posso começar a {d3.long}. O meu telemóvel é {L.mobile}.

Obrigada,
{F1.full}""", loc=["PT"])

# ----------------------------- Dutch --------------------------------------
T("nl01", "nl", "clinical_note", """Opnamedatum: {s1.dash}
Naam: {M1.lf}
Patiëntnummer: {mrn}
Behandelaar: dr. {F2.full}

Dhr. {M1.last}, {y} jaar, opgenomen met een opvlamming van de ⟪ziekte van Crohn⟫. Partner {F1.full}, tel. {L.mobile}. Woont in {L.city}.
Beleid: ⟪prednisolon⟫ 40 mg, ⟪coloscopie⟫ volgende week.""")

T("nl02", "nl", "referral_letter", """Geachte collega {M2.last},

Graag verwijs ik mevr. {F1.full}, geboren {odob.long}, {age.w} jaar, wonend {L.street}, {L.cityline}, naar uw polikliniek in verband met de ⟪ziekte van Parkinson⟫.

Met collegiale groet,
{F3.full}, huisarts
{L.clinic}""")

T("nl03", "nl", "nurse_handover", """Overdracht: k. 4 mevr. {F1.last}, {age.n} jr, ⟪delier⟫, fixatie niet nodig. Dochter {F2.first} belt om 9u ({L.mobile}). K. 6 dhr. {M1.full}, pijn goed onder ⟪paracetamol⟫. – {F3.first}""")

T("nl04", "nl", "email", """Beste {F2.first},

Kun je mijn afspraak van {d2.wk} verzetten? Ik zit die week in {L2.city}. Mijn nummer is {L.phone}.

Groetjes,
{M1.full}
{M1.email}""")

T("nl05", "nl", "bank_teller_note", """Notitie balie {d1.dash}: mevr. {F1.full} wil de ⟪automatische incasso⟫ van de zorgverzekeraar stopzetten en een ⟪overboeking⟫ van € 95 laten doen naar {M2.full}, IBAN {iban2}. Eigen rekening {iban}. Legitimatie: paspoort {passport}.""")

T("nl06", "nl", "sms", """hoi {WF.first_lc}! oma ligt in het {L2.hosp_lc}, ze is {age.n} maar nog heel helder. bel je me? {L.mobile}""")

T("nl07", "nl", "voice_transcript", """Klant: Ja hallo, met {M1.full}. Mijn e-mailadres is {M1.email_sp}.
Medewerker: Dank u. En uw geboortedatum?
Klant: {dob.long}.
Medewerker: Telefoonnummer?
Klant: {phw}.""")

T("nl08", "nl", "form", """AANMELDFORMULIER
Achternaam: {F1.last}
Voornaam: {F1.first}
Geboortedatum: {dob.dash}
Adres: {L.street}
Postcode en plaats: {L.cityline}
BSN: {natid}
E-mail: {F1.email}
Huisarts: {M2.full}, {L2.clinic}""", loc=["NL"])

T("nl09", "nl", "triage_note", """SEH {s1.dash} 01:50 – DHR. {M1.lf_uc}, {age.n} JR, GEVALLEN THUIS, ⟪HEUPFRACTUUR⟫ RE?, GEBRUIKT ⟪ACENOCOUMAROL⟫. DOCHTER {F1.full_uc} ONDERWEG, TEL {L.mobile}.""", uses=2)

T("nl10", "nl", "email", """Goedemiddag,

Via {M1.url} zag ik uw vacature voor doktersassistent. Ik woon in {L.city} en ben per {d3.long} beschikbaar. U kunt mij bereiken op {L.mobile} of {M1.email}.

Met vriendelijke groet,
{M1.full}""")

# ------------------- Nordic / Polish / Czech (2 each) ----------------------
T("sv01", "sv", "email", """Hej {F2.first}!

Kan du flytta min tid på vårdcentralen från {d2.wk} till {d3.dm}? Jag är i {L2.city} hela veckan. Ring {L.mobile} om det strular.

Hälsningar,
{M1.full}
{M1.email}
Personnummer: {natidm}""")

T("no01", "no", "nurse_handover", """Rapport kveld: rom 3, {F1.full}, {age.n} år, ⟪hjerneslag⟫ dag 2. Datter {F2.first} ringer i morgen, tlf {L.mobile}. Rom 5, {M1.full}, fått ⟪Paracet⟫ kl 22. Hjemmeadresse: {L.street}, {L.cityline}. – {F3.first}""")

T("da01", "da", "bank_teller_note", """Notat {d1.dot}: {M1.full} ønsker at oprette en ⟪fast overførsel⟫ på 2.000 kr. til {F1.full}, konto {iban2}. CPR {natidm} kontrolleret. Ny adresse: {L.street}, {L.cityline}.""")

T("fi01", "fi", "portal_message", """Hei, olen {F1.full} ({natid}). Haluaisin siirtää aikani {d2.long} myöhemmäksi, koska olen silloin matkoilla. Puhelin {L.mobile}, sähköposti {F1.email}. Osoite {L.street}, {L.cityline}.""")

T("pl01", "pl", "transfer_request", """Dzień dobry, proszę o przelew 1 200 zł z mojego rachunku {iban}. Odbiorca: Pani {F2.full}, rachunek {iban2}, tytuł: "czynsz {d3.my}". Zlecenie na dzień {d1.dot}. Pozdrawiam, {M1.full}, tel. {L.mobile}""")

T("cs01", "cs", "clinical_note", """Datum přijetí: {s1.dot}
Pacient: pan {M1.full}, r. č. {natidm}
Bydliště: {L.street}, {L.cityline}
{y}letý muž přijat pro ⟪pneumonii⟫. Kontaktní osoba: dcera {F1.full}, tel. {L.mobile}.
MUDr. {F2.full}""")


# --------------------------------------------------------------------------
# texts WITHOUT identifiers (each one is its own template).  Big world cities
# asked about as topics, countries, famous laws/sequences, bands and books are
# not personal identifiers and are not annotated.
# --------------------------------------------------------------------------
NOID = []


def N(lang, reg, text):
    NOID.append(dict(tid="n%03d" % (len(NOID) + 1), lang=lang, reg=reg, text=text))


A, K, S, E, B, C, H, R, TR, RA, DS, P, V, F, RL = (
    "assistant_query", "kiosk_chat", "sms", "email", "bank_chat", "clinical_note",
    "nurse_handover", "referral_letter", "triage_note", "radiology_report",
    "discharge_summary", "portal_message", "voice_transcript", "form", "referral_letter")

# English (68)
N("en", A, "what does rizz mean? my nephew keeps saying it")
N("en", A, "how many tablespoons are in a quarter cup")
N("en", A, "Convert 350 degrees Fahrenheit to Celsius for my oven please.")
N("en", A, "Can you explain Newton's laws of motion like I'm twelve?")
N("en", A, "Write a short Python function that prints the Fibonacci sequence up to 100.")
N("en", A, "Is Lisbon bigger than Porto?")
N("en", A, "What's the weather going to be like in Tokyo next week?")
N("en", A, "How far is Paris from Berlin by train, roughly, and is it faster than flying?")
N("en", A, "why do cats knead blankets")
N("en", A, "Do octopuses really have three hearts? And is their blood actually blue?")
N("en", A, "Give me a vegetarian lasagne recipe that serves six, no mushrooms.")
N("en", A, "what year did the Berlin Wall come down and why")
N("en", A, "Who sang Bohemian Rhapsody and which album is it from?")
N("en", A, "Summarise the plot of Pride and Prejudice in three sentences.")
N("en", A, "How many players are on a rugby union team, and how long is a match?")
N("en", A, "whats the difference between affect and effect lol i always mix them up")
N("en", A, "Explain compound interest with a simple example using round numbers.")
N("en", A, "What is the capital of Australia? Everyone at the pub insists it's Sydney.")
N("en", A, "How long should I boil an egg for a runny yolk?")
N("en", A, "Is it safe to take ⟪ibuprofen⟫ and ⟪paracetamol⟫ together for a toothache?")
N("en", A, "What is ⟪Crohn's disease⟫ and how is it different from ⟪ulcerative colitis⟫?")
N("en", A, "What does a ⟪Glasgow Coma Scale⟫ score of 8 mean in plain English?")
N("en", A, "is it normal for a dog to sleep like 16 hours a day? ours is a young rescue, part husky, looks like a little wolf")
N("en", A, "how do i get rid of fruit flies in the kitchen without spraying stuff")
N("en", A, "Can you recommend some summer reading for a teenager who loves fantasy? Nothing too grim, and ideally a series.")
N("en", A, "What's the tallest mountain in Africa and how long does it take to climb?")
N("en", A, "Why is the sky blue? Keep it short, it's for a school worksheet.")
N("en", A, "how many ounces in a pound, and how many grams in an ounce")
N("en", A, "Which is older as a city, Rome or Athens?")
N("en", A, "Can someone explain how the offside rule works in football?")
N("en", A, "Is New York colder than London in winter?")
N("en", A, "what does 'no cap' mean in texts")
N("en", A, "Help me write a polite email declining a meeting invitation because of a clash.")
N("en", A, "Explain the ⟪Apgar score⟫ to a nervous first-time parent.")
N("en", A, "How do mRNA vaccines train the immune system? Simple version please.")
N("en", A, "whats the fastest land animal and how fast can it actually go")
N("en", A, "my bp app on my mobile said 128/82 this morning, is that a normal reading for someone who runs? hope so lol")
N("en", A, "What's the difference between ⟪Alzheimer's disease⟫ and other kinds of dementia?")
N("en", K, "where do i go for blood tests, the sign says level 2 but theres nothing there")
N("en", K, "hi how long is the wait in a&e rn")
N("en", K, "cant find the car park payment machine, is it cash only??")
N("en", K, "does the pharmacy here do the flu jab or do i need an appointmnt")
N("en", K, "my appointment letter says bring a urine sample, do i need a special pot or")
N("en", K, "is the cafe open late? visiting my dad on the cardiology ward tonight")
N("en", S, "on my way, traffic is mad, save me a seat")
N("en", S, "can u pick up milk and bread on the way home pls")
N("en", S, "landed! phone nearly dead, will call when im at the hotel")
N("en", E, """Hi all,

Reminder that the team meeting has moved to the large conference room. Please bring your laptops; we'll go through the quarterly figures.

Thanks""")
N("en", E, """Hello,

Could you tell me whether your easy-access savings accounts allow partial withdrawals without losing the interest? I'm comparing a few options before opening one.

Kind regards""")
N("en", E, """Dear team,

The ward fridge will be defrosted tomorrow morning. Please label anything you want to keep, otherwise it goes in the bin.

Best wishes""")
N("en", B, "What's the difference between a ⟪direct debit⟫ and a ⟪standing order⟫?")
N("en", B, "how long does a ⟪SEPA⟫ transfer usually take to arrive?")
N("en", B, "Do you charge a fee for international ⟪SWIFT⟫ payments, and is there a daily limit?")
N("en", B, "can i open a joint account online or do we both have to come into a branch")
N("en", B, "What is the interest rate on your twelve-month fixed-term deposit at the moment?")
N("en", C, "Pt seen on ward round. Afebrile, obs stable. Chest clear. Continue IV ⟪co-amoxiclav⟫, review cultures tomorrow. For mobilisation with physio.")
N("en", C, """S: c/o mild epigastric pain after meals, no vomiting.
O: abdo soft, non-tender, BS present.
A: likely ⟪gastritis⟫.
P: trial ⟪omeprazole⟫ 20 mg OD, safety-net advice given.""")
N("en", H, "Handover: bay quiet overnight. Two patients for theatre in the morning, both NBM from midnight. Fluids running in bed 3. No falls, no incidents.")
N("en", H, """Night handover, surgical ward.
Side room: still on contact precautions, awaiting repeat swab; family aware of visiting rules. Pain controlled with regular ⟪paracetamol⟫ and PRN ⟪oxycodone⟫.
Bay A: post-op ⟪laparoscopic appendicectomy⟫ tolerating diet, for discharge after the ward round if bloods OK.
Bay B: new admission with ⟪small bowel obstruction⟫, NG tube on free drainage, strict fluid balance, surgical review requested.
No falls, no incidents. Bath hoist is broken again – reported to estates.""")
N("en", TR, "TRIAGE: CHEST PAIN 2/10, NON-RADIATING, ECG DONE, NO ST CHANGES. OBS NORMAL. TO MAJORS FOR TROPONIN.")
N("en", TR, "FALL FROM STANDING, NO LOC, NO HEAD INJURY. ?⟪COLLES FRACTURE⟫ R WRIST. ANALGESIA GIVEN, XR REQUESTED.")
N("en", RA, "CT abdomen and pelvis with contrast. Findings: appendix thickened with periappendiceal fat stranding. No free air. Impression: acute ⟪appendicitis⟫.")
N("en", RA, "MRI lumbar spine: mild degenerative disc disease at L4/5 without significant canal stenosis. No nerve root compression.")
N("en", DS, "Discharge summary: admitted with ⟪cellulitis⟫ of the left leg, treated with IV antibiotics, switched to oral ⟪flucloxacillin⟫. Afebrile for 48 hours. Complete a 7-day course. GP review if redness spreads.")
N("en", P, "Hello, do I need to fast before my cholesterol blood test? Thank you.")
N("en", P, "Can I get a repeat prescription for my ⟪salbutamol⟫ inhaler through the app, or do I have to phone the surgery?")
N("en", V, "Caller: hi, um, I just wanted to know what time the clinic opens tomorrow and whether I need to bring my old tablets with me.")
N("en", F, """Feedback form
How was your visit? Good
Waiting time: about 20 minutes
Comments: staff were friendly, the signs to radiology could be clearer.""")

# German (13)
N("de", A, "Was bedeutet eigentlich „lost“ in der Jugendsprache?")
N("de", A, "Wie viele Gramm sind ein Esslöffel Mehl?")
N("de", A, "Ist München größer als Hamburg?")
N("de", A, "Erklär mir bitte kurz, warum der Himmel blau ist.")
N("de", A, "Rezept für Kaiserschmarrn ohne Rosinen, für vier Personen?")
N("de", K, "wo ist die notaufnahme, bin total verloren hier")
N("de", B, "Was ist der Unterschied zwischen ⟪Lastschrift⟫ und ⟪Dauerauftrag⟫?")
N("de", B, "Wie lange dauert eine ⟪SEPA-Überweisung⟫ ins Ausland?")
N("de", C, "Pat. wach, orientiert, Vitalparameter stabil. Wunde reizlos. ⟪Ibuprofen⟫ bei Bedarf. Mobilisation mit Physiotherapie.")
N("de", H, "Übergabe: Nacht ruhig, keine Besonderheiten. Zwei Patienten nüchtern für OP, Infusionen laufen.")
N("de", TR, "SCHWINDEL SEIT 2 STD, KEINE NEUROLOGISCHEN AUSFÄLLE, RR 150/90. ⟪BABINSKI-ZEICHEN⟫ NEGATIV.")
N("de", S, "bin gleich da, such schon mal einen Parkplatz")
N("de", E, """Hallo zusammen,

die Teambesprechung findet diese Woche im großen Raum statt. Bitte bringt eure Dienstpläne mit.

Viele Grüße""")

# French (12)
N("fr", A, "Ça veut dire quoi « avoir le seum » ?")
N("fr", A, "Combien de cuillères à soupe dans 100 ml ?")
N("fr", A, "Est-ce que Marseille est plus grande que Lyon ?")
N("fr", A, "Donne-moi une recette de quiche sans lardons, pour six personnes.")
N("fr", A, "Pourquoi les flamants roses sont-ils roses ?")
N("fr", K, "jai perdu mon ticket de parking, je fais comment")
N("fr", B, "Quelle est la différence entre un ⟪prélèvement⟫ et un ⟪virement permanent⟫ ?")
N("fr", B, "Est-ce que les virements ⟪SEPA⟫ instantanés sont payants chez vous ?")
N("fr", C, "Patient conscient, orienté. Constantes stables. Pansement propre. Poursuite ⟪Doliprane⟫ 1 g x 3/j.")
N("fr", H, "Transmissions : nuit calme, pas de chute. Deux patients à jeun pour le bloc.")
N("fr", S, "jsuis en retard dsl, le tram est bloqué")
N("fr", RA, "Échographie abdominale : foie de taille normale, pas de lithiase vésiculaire. Conclusion : examen normal.")

# Spanish (12)
N("es", A, "¿Qué significa «flipar» en España?")
N("es", A, "¿Cuántos gramos son una taza de arroz?")
N("es", A, "¿Es Barcelona más grande que Valencia?")
N("es", A, "Receta de tortilla de patatas con cebolla, por favor.")
N("es", A, "¿Cuántos años vive una tortuga de tierra?")
N("es", K, "dnd esta la farmacia del hospital?? no la encuentro")
N("es", B, "¿Qué diferencia hay entre una ⟪domiciliación⟫ y una transferencia periódica?")
N("es", B, "¿Cuánto cuesta una transferencia ⟪SWIFT⟫ a Estados Unidos?")
N("es", C, "Paciente consciente y orientado, afebril. Auscultación normal. Se pauta ⟪paracetamol⟫ 1 g cada 8 horas.")
N("es", H, "Relevo: noche tranquila, sin incidencias. Dos pacientes en ayunas para quirófano.")
N("es", TR, "DOLOR EN FOSA ILÍACA DERECHA, ⟪SIGNO DE BLUMBERG⟫ POSITIVO. SE AVISA A CIRUGÍA.")
N("es", S, "ya estoy en la puerta, baja cuando puedas")

# Italian (11)
N("it", A, "Cosa vuol dire 'bomber' detto tra ragazzi?")
N("it", A, "Quanti grammi sono un cucchiaio di zucchero?")
N("it", A, "È più grande Milano o Roma?")
N("it", A, "Ricetta della carbonara senza panna, grazie.")
N("it", A, "Perché i gatti fanno le fusa?")
N("it", K, "scusate dove si fanno i prelievi? c'è una fila enorme")
N("it", B, "Che differenza c'è tra ⟪bonifico⟫ ordinario e istantaneo?")
N("it", B, "Quanto costa un ⟪bonifico SEPA⟫ verso la Germania?")
N("it", C, "Paziente vigile, collaborante. Parametri stabili. Prosegue terapia con ⟪Tachipirina⟫ al bisogno.")
N("it", H, "Consegne: notte tranquilla, nessuna caduta. Due pazienti a digiuno per la sala operatoria.")
N("it", E, """Buongiorno,

vi ricordo che la riunione di reparto è spostata nella sala grande. Portate i turni aggiornati.

Cordiali saluti""")

# Portuguese (11)
N("pt", A, "O que significa 'cringe' em português?")
N("pt", A, "Quantas colheres de sopa tem uma chávena?")
N("pt", A, "Lisboa é maior que o Porto?")
N("pt", A, "Receita de pastel de nata caseiro, passo a passo?")
N("pt", A, "Quanto tempo demora um voo de Lisboa para São Paulo?")
N("pt", K, "onde fica a farmácia? o mapa nao ajuda nada")
N("pt", B, "Qual é a diferença entre ⟪débito direto⟫ e transferência agendada?")
N("pt", B, "Quanto tempo demora uma transferência ⟪SEPA⟫ para Espanha?")
N("pt", C, "Doente consciente e orientado, apirético. Mantém ⟪paracetamol⟫ em SOS.")
N("pt", H, "Passagem de turno: noite calma, sem intercorrências. Dois doentes em jejum para o bloco.")
N("pt", S, "tô chegando, guarda um lugar pra mim")

# Dutch (11)
N("nl", A, "Wat betekent 'skibidi' eigenlijk?")
N("nl", A, "Hoeveel gram is een eetlepel boter?")
N("nl", A, "Is Rotterdam groter dan Antwerpen?")
N("nl", A, "Recept voor boerenkoolstamppot met rookworst?")
N("nl", A, "Hoe lang leeft een egel gemiddeld?")
N("nl", K, "waar is de bloedafname? ik sta al 10 min te zoeken")
N("nl", B, "Wat is het verschil tussen een ⟪automatische incasso⟫ en een periodieke ⟪overboeking⟫?")
N("nl", B, "Kost een ⟪SEPA⟫-betaling naar Spanje extra?")
N("nl", C, "Patiënt alert en georiënteerd. Vitale functies stabiel. ⟪Paracetamol⟫ zo nodig.")
N("nl", H, "Overdracht: rustige nacht, geen valincidenten. Twee patiënten nuchter voor OK.")
N("nl", TR, "PIJN OP DE BORST SINDS 1 UUR, ECG ZONDER AFWIJKINGEN. ⟪TROPONINE⟫ AFGENOMEN.")

# Swedish, Norwegian, Danish, Finnish, Polish, Czech (2 each)
N("sv", A, "Vad betyder 'fika' egentligen?")
N("sv", B, "Hur lång tid tar en ⟪SEPA⟫-betalning till Tyskland?")
N("no", A, "Hvor mange desiliter er en kopp?")
N("no", C, "Pasienten er våken og orientert. Stabile vitale parametre. ⟪Paracet⟫ ved behov.")
N("da", A, "Er København større end Stockholm?")
N("da", S, "er på vej, 10 min")
N("fi", A, "Mitä sana 'sisu' oikeastaan tarkoittaa?")
N("fi", H, "Yö rauhallinen, ei kaatumisia. Kaksi potilasta syömättä leikkaukseen.")
N("pl", A, "Co znaczy 'sigma' w slangu młodzieżowym?")
N("pl", B, "Ile kosztuje przelew ⟪SEPA⟫ do Niemiec?")
N("cs", A, "Jak dlouho se vaří vajíčko natvrdo?")
N("cs", C, "Pacient při vědomí, orientovaný. Fyziologické funkce stabilní. ⟪Paralen⟫ při bolesti.")


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------
ID_TARGET = {"en": 112, "de": 22, "fr": 21, "es": 21, "it": 21, "pt": 20, "nl": 21,
             "sv": 2, "no": 2, "da": 2, "fi": 2, "pl": 2, "cs": 2}
BAD_L = set(" \t\n\r,.;:!?\"'«»“”‘’„)]}…-/")
BAD_R = set(" \t\n\r,.;:!?\"'«»“”‘’„([{…-/")
MIN_WORDS, MAX_WORDS, MAX_RUN = 4, 160, 5


def edge_ok(v):
    if not v or v != v.strip():
        return False
    a, b = v[0], v[-1]
    if a in BAD_L and not (a == "'" and v.startswith("'s-")) and not (a == "(" and ")" in v):
        return False
    if b in BAD_R:
        return False
    if b == ")" and "(" not in v:
        return False
    return True


def occurrences(text, s):
    tl, sl = text.lower(), s.lower()
    assert len(tl) == len(text)
    out, i = [], 0
    while True:
        j = tl.find(sl, i)
        if j < 0:
            return out
        k = j + len(sl)
        left_ok = not (s[0].isalnum() and j > 0 and text[j - 1].isalnum())
        right_ok = not (s[-1].isalnum() and k < len(text) and text[k].isalnum())
        if left_ok and right_ok:
            out.append((j, k))
        i = j + 1


PARTICLES = {"van", "den", "der", "de", "la", "da", "del", "della", "dos", "das", "von", "zu",
             "ten", "ter", "mac", "ní", "nic", "mc", "bin", "ben", "al", "el", "abu", "ap",
             "dela", "le", "lo", "di", "du", "des", "an", "ó"}


def candidates(text, spans):
    """Annotated strings to look for elsewhere: every span text, plus each word
    (3+ letters, not a particle) of a multi-word NAME span."""
    out = []
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        out.append(v)
        if sp["type"] == "NAME" and " " in v:
            for tok in v.split():
                tok = tok.strip(".,")
                if len(tok) >= 3 and tok.lower() not in PARTICLES:
                    out.append(tok)
    return out


def uncovered(text, spans):
    """(string, start, end) for every occurrence of an annotated string (or of a word
    of a multi-word name) that no span covers."""
    out = []
    seen = set()
    for v in candidates(text, spans):
        if v.lower() in seen:
            continue
        seen.add(v.lower())
        for j, k in occurrences(text, v):
            if not any(o["start"] <= j and k <= o["end"] for o in spans):
                out.append((v, j, k))
    return out


def problems(text, spans, prot, exc):
    errs = []
    if any(ch in text for ch in "⟦⟧⟪⟫{}"):
        errs.append("markup left")
    n = len(text.split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        errs.append("word count %d" % n)
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        if sp["type"] not in SPAN_TYPES:
            errs.append("bad type " + sp["type"])
        if not edge_ok(v):
            errs.append("edge %r" % v)
    iv = sorted([(s["start"], s["end"]) for s in spans] + [(p["start"], p["end"]) for p in prot])
    for (a1, b1), (a2, b2) in zip(iv, iv[1:]):
        if a2 < b1:
            errs.append("overlap %r/%r" % (text[a1:b1], text[a2:b2]))
    excl = {e.lower() for e in exc}
    for v, j, k in uncovered(text, spans):
        if v.lower() not in excl:
            errs.append("uncovered %r at %d" % (v, j))
    return errs


TAG_CHECK = {"iban": iban_ok, "card": luhn_ok, "nhs": nhs_ok, "bsn": bsn_ok, "pesel": pesel_ok}


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------
def instantiate(t, r):
    last = None
    for _ in range(500):
        loc = t["loc"]
        sub = pick_sub(r, t["lang"]) if loc is None else (loc if isinstance(loc, str) else r.choice(loc))
        ctx = make_ctx(r, t["lang"], sub)
        markup = t["text"].format(**ctx)
        text, spans, prot, tags = build(markup)
        errs = problems(text, spans, prot, t["exc"])
        for sp, tag in zip(spans, tags):
            if tag in TAG_CHECK and not TAG_CHECK[tag](text[sp["start"]:sp["end"]]):
                errs.append("check digit %s %r" % (tag, text[sp["start"]:sp["end"]]))
        if not errs:
            USED_CITIES.update(text[sp["start"]:sp["end"]] for sp in spans if sp["type"] == "LOCATION")
            excs = [(v, j) for v, j, k in uncovered(text, spans)]
            return dict(tid=t["tid"], lang=t["lang"], register=t["reg"], text=text, spans=spans,
                        protected=prot, tags=tags, exceptions=excs, sub=sub, has_ids=True)
        last = errs
    raise AssertionError("template %s never validated: %s" % (t["tid"], last))


def generate():
    r = random.Random(SEED)
    items = []
    for lang, target in ID_TARGET.items():
        tpls = [t for t in ID_T if t["lang"] == lang]
        assert tpls, lang
        used = Counter()
        made = 0
        while made < target:
            progressed = False
            for t in tpls:
                if made >= target:
                    break
                if t["uses"] is not None and used[t["tid"]] >= t["uses"]:
                    continue
                items.append(instantiate(t, r))
                used[t["tid"]] += 1
                made += 1
                progressed = True
            assert progressed, lang
    for t in NOID:
        text, spans, prot, tags = build(t["text"])
        assert not spans, t["tid"]
        errs = problems(text, spans, prot, ())
        assert not errs, (t["tid"], errs)
        items.append(dict(tid=t["tid"], lang=t["lang"], register=t["reg"], text=text, spans=[],
                          protected=prot, tags=[], exceptions=[], sub=None, has_ids=False))
    r.shuffle(items)
    # no more than MAX_RUN consecutive texts with the same register
    changed = True
    while changed:
        changed = False
        run = 1
        for i in range(1, len(items)):
            run = run + 1 if items[i]["register"] == items[i - 1]["register"] else 1
            if run > MAX_RUN:
                for j in range(i + 1, len(items)):
                    if items[j]["register"] != items[i]["register"]:
                        items[i], items[j] = items[j], items[i]
                        break
                else:
                    for j in range(0, i - MAX_RUN):
                        if items[j]["register"] != items[i]["register"]:
                            items[i], items[j] = items[j], items[i]
                            break
                changed = True
                break
    for n, it in enumerate(items, 1):
        it["id"] = "b5-%03d" % n
    return items


def validate_records(recs, side):
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [r["text"] for r in recs]
    assert len(texts) == len(set(texts)), "duplicate texts"
    run = 1
    for a, b in zip(recs, recs[1:]):
        run = run + 1 if a["register"] == b["register"] else 1
        assert run <= MAX_RUN, ("register run", b["id"])
    for rec in recs:
        text, spans, prot = rec["text"], rec["spans"], rec["protected"]
        assert set(rec) == {"id", "register", "lang", "text", "spans", "protected"}
        info = side[rec["id"]]
        assert bool(spans) == info["has_ids"], rec["id"]
        for sp in spans:
            assert set(sp) == {"start", "end", "type"}
            assert 0 <= sp["start"] < sp["end"] <= len(text)
        for p in prot:
            assert text[p["start"]:p["end"]] == p["term"], rec["id"]
        errs = problems(text, spans, prot, info["exc"])
        assert not errs, (rec["id"], errs)
        for sp in spans:
            v = text[sp["start"]:sp["end"]]
            tag = info["tags"].get(sp["start"])
            if tag in TAG_CHECK:
                assert TAG_CHECK[tag](v), (rec["id"], tag, v)
            if sp["type"] == "ID" and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,40}", v):
                assert iban_ok(v), (rec["id"], "IBAN-like id fails mod-97", v)
        # every uncovered occurrence must be an explicit exception
        for v, j, k in uncovered(text, spans):
            assert (v, j) in info["exc_list"], (rec["id"], v, j)


def main():
    items = generate()
    recs, side = [], {}
    for it in items:
        spans = sorted(it["spans"], key=lambda s: s["start"])
        recs.append({"id": it["id"], "register": it["register"], "lang": it["lang"],
                     "text": it["text"], "spans": spans, "protected": it["protected"]})
        side[it["id"]] = dict(has_ids=it["has_ids"],
                              tags={s["start"]: t for s, t in zip(it["spans"], it["tags"])},
                              exc={v for v, _ in it["exceptions"]},
                              exc_list=set(it["exceptions"]), tid=it["tid"])
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read and re-check everything from disk
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    assert back == recs
    validate_records(back, side)
    locs = {r["text"][s["start"]:s["end"]] for r in back for s in r["spans"] if s["type"] == "LOCATION"}
    missing = [c for c in REQUIRED_CITIES if c not in locs]
    assert not missing, missing
    tids = {side[r["id"]]["tid"] for r in back}
    assert len(tids) >= 150, len(tids)
    n_id = sum(1 for r in back if r["spans"])
    assert len(back) == 400 and n_id == 250, (len(back), n_id)

    # ---- report ----
    print("wrote %s: %d texts (%d with identifiers, %d without), %d distinct templates"
          % (OUT.name, len(back), n_id, len(back) - n_id, len(tids)))
    by_lang = Counter(r["lang"] for r in back)
    by_lang_id = Counter(r["lang"] for r in back if r["spans"])
    print("\nlang     total  with-ids  no-ids")
    for l, n in by_lang.most_common():
        print("%-6s %7d %9d %7d" % (l, n, by_lang_id[l], n - by_lang_id[l]))
    by_reg = Counter(r["register"] for r in back)
    by_reg_id = Counter(r["register"] for r in back if r["spans"])
    print("\nregister             total  with-ids  no-ids")
    for g, n in by_reg.most_common():
        print("%-20s %5d %9d %7d" % (g, n, by_reg_id[g], n - by_reg_id[g]))
    by_type = Counter(s["type"] for r in back for s in r["spans"])
    print("\nspan type   count")
    for ty, n in by_type.most_common():
        print("%-10s %6d" % (ty, n))
    print("%-10s %6d" % ("total", sum(by_type.values())))
    np_ = sum(len(r["protected"]) for r in back)
    tp = sum(1 for r in back if r["protected"])
    print("\nprotected terms: %d in %d texts" % (np_, tp))
    print("\nexplicit exceptions (annotated string also present uncovered):")
    for r in back:
        for v, j in sorted(side[r["id"]]["exc_list"], key=lambda x: x[1]):
            ctx = r["text"][max(0, j - 25):j + len(v) + 25].replace("\n", " ")
            print("  %s  %r at %d  …%s…" % (r["id"], v, j, ctx))


if __name__ == "__main__":
    main()
