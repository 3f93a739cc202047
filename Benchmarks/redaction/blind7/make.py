#!/usr/bin/env python3
"""Generator for the blind7 redaction test set.

Written blind: the author did not read the redactor, its tests, its scripts
or its data. Standard library only. Every random draw comes from
random.Random(SEED). Run:

    python3 make.py        # writes blind7.jsonl next to this file

Template markup:
    {gen}        a value from generator `gen` (see GENS), fresh each time
    {gen@k}      the same value for every use of gen@k inside one text
    {P1.field}   a person; P any gender, F female, M male, W word-like name,
                 X name of non-European origin (WF1 / XM2 fix the gender)
    ⟪term⟫       a protected clinical or banking term
Offsets are recorded while pieces are appended; nothing is counted by hand.
"""
import calendar
import datetime
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 7202507
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "blind7.jsonl")
N_ID, N_FREE = 320, 180
TYPES = ("NAME", "LOCATION", "PHONE", "EMAIL", "DATE", "AGE", "ID", "URL",
         "USERNAME", "ACCOUNT", "PLATE")
PROT = "PROT"


def die(msg):
    sys.stderr.write("CHECK FAILED: " + msg + "\n")
    sys.exit(1)


def pick(seq):
    return R.choice(seq)


def L(s):
    """Split a |-separated pool."""
    return [x.strip() for x in s.split("|") if x.strip()]


def digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s


LET = "ABCDEFGHJKLMNPRSTUVWXYZ"
ALL_LET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def pat(p, letters=LET):
    """# any digit, @ digit 1-9, ^ letter, ~ Spanish plate consonant."""
    out = []
    for ch in p:
        if ch == "#":
            out.append(str(R.randrange(10)))
        elif ch == "@":
            out.append(str(R.randrange(1, 10)))
        elif ch == "^":
            out.append(R.choice(letters))
        elif ch == "~":
            out.append(R.choice("BCDFGHJKLMNPRSTVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def fold(s):
    for a, b in (("ß", "ss"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "Ae"),
                 ("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("ı", "i"),
                 ("œ", "oe"), ("Œ", "Oe")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def is_punct(c):
    return unicodedata.category(c).startswith("P")


def voice_clean(s):
    """Transcripts carry no punctuation."""
    s = s.replace("'", "").replace("\u2019", "")
    s = "".join(" " if is_punct(c) else c for c in s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- numbers
EN_1 = ("zero one two three four five six seven eight nine ten eleven twelve "
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
EN_10 = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
EN_O1 = ("_ first second third fourth fifth sixth seventh eighth ninth tenth "
         "eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
         "seventeenth eighteenth nineteenth").split()


def en_num(n, hy="-"):
    if n < 20:
        return EN_1[n]
    if n < 100:
        t, o = divmod(n, 10)
        return EN_10[t] + (hy + EN_1[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return EN_1[h] + " hundred" + (" and " + en_num(r, hy) if r else "")
    th, r = divmod(n, 1000)
    return en_num(th, hy) + " thousand" + (
        ((" and " if r < 100 else " ") + en_num(r, hy)) if r else "")


def en_ord(n):
    if n < 20:
        return EN_O1[n]
    t, o = divmod(n, 10)
    if o == 0:
        return EN_10[t][:-1] + "ieth"
    return EN_10[t] + " " + EN_O1[o]


def en_year(y):
    if y == 2000:
        return "two thousand"
    if 2000 < y < 2010:
        return "two thousand and " + EN_1[y - 2000]
    if y >= 2010:
        return "twenty " + en_num(y - 2000, " ")
    a, b = divmod(y, 100)
    if b == 0:
        return en_num(a) + " hundred"
    if b < 10:
        return en_num(a) + " oh " + EN_1[b]
    return en_num(a) + " " + en_num(b, " ")


def en_sfx(d):
    if d in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


DE_1 = ("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf "
        "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn").split()
DE_10 = "_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()


def de_num(n):
    if n < 20:
        return DE_1[n]
    if n < 100:
        t, o = divmod(n, 10)
        if o == 0:
            return DE_10[t]
        return ("ein" if o == 1 else DE_1[o]) + "und" + DE_10[t]
    if n < 1000:
        h, r = divmod(n, 100)
        return ("ein" if h == 1 else DE_1[h]) + "hundert" + (de_num(r) if r else "")
    th, r = divmod(n, 1000)
    return ("ein" if th == 1 else DE_1[th]) + "tausend" + (de_num(r) if r else "")


def de_year(y):
    if y < 2000:
        return "neunzehnhundert" + (de_num(y - 1900) if y > 1900 else "")
    return "zweitausend" + (de_num(y - 2000) if y > 2000 else "")


def de_ord(n):
    special = {1: "ersten", 3: "dritten", 7: "siebten", 8: "achten"}
    if n in special:
        return special[n]
    if n < 20:
        return DE_1[n] + "ten"
    return de_num(n) + "sten"


FR_0 = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze "
        "treize quatorze quinze seize").split()


def fr_num(n, nonante=False):
    if n <= 16:
        return FR_0[n]
    if n < 20:
        return "dix-" + FR_0[n - 10]
    if n < 100:
        t, o = divmod(n, 10)
        if nonante and t in (7, 9):
            base = "septante" if t == 7 else "nonante"
            if o == 0:
                return base
            return base + (" et un" if o == 1 else "-" + FR_0[o])
        if t in (7, 9):
            base = "soixante" if t == 7 else "quatre-vingt"
            if t == 7 and o == 1:
                return "soixante et onze"
            return base + "-" + fr_num(10 + o)
        if t == 8:
            return "quatre-vingts" if o == 0 else "quatre-vingt-" + FR_0[o]
        base = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante",
                6: "soixante"}[t]
        if o == 0:
            return base
        return base + (" et un" if o == 1 else "-" + FR_0[o])
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else FR_0[h] + " cent" + ("s" if r == 0 else "")
        return head + (" " + fr_num(r, nonante) if r else "")
    th, r = divmod(n, 1000)
    head = "mille" if th == 1 else FR_0[th] + " mille"
    return head + (" " + fr_num(r, nonante) if r else "")


def fr_year(y):
    return fr_num(y)


ES_0 = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce "
        "trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte "
        "veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis "
        "veintisiete veintiocho veintinueve").split()
ES_10 = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta",
         7: "setenta", 8: "ochenta", 9: "noventa"}
ES_100 = {1: "ciento", 2: "doscientos", 3: "trescientos", 4: "cuatrocientos",
          5: "quinientos", 6: "seiscientos", 7: "setecientos",
          8: "ochocientos", 9: "novecientos"}


def es_num(n):
    if n < 30:
        return ES_0[n]
    if n < 100:
        t, o = divmod(n, 10)
        return ES_10[t] + (" y " + ES_0[o] if o else "")
    if n == 100:
        return "cien"
    if n < 1000:
        h, r = divmod(n, 100)
        return ES_100[h] + (" " + es_num(r) if r else "")
    th, r = divmod(n, 1000)
    head = "mil" if th == 1 else es_num(th) + " mil"
    return head + (" " + es_num(r) if r else "")


IT_0 = ("zero uno due tre quattro cinque sei sette otto nove dieci undici "
        "dodici tredici quattordici quindici sedici diciassette diciotto "
        "diciannove").split()
IT_10 = {2: "venti", 3: "trenta", 4: "quaranta", 5: "cinquanta",
         6: "sessanta", 7: "settanta", 8: "ottanta", 9: "novanta"}


def it_num(n):
    if n < 20:
        return IT_0[n]
    if n < 100:
        t, o = divmod(n, 10)
        base = IT_10[t]
        if o in (1, 8):
            base = base[:-1]
        if o == 0:
            return base
        return base + ("tré" if o == 3 else IT_0[o])
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cento" if h == 1 else IT_0[h] + "cento"
        if 80 <= r < 90:
            head = head[:-1]
        return head + (it_num(r) if r else "")
    th, r = divmod(n, 1000)
    head = "mille" if th == 1 else IT_0[th] + "mila"
    return head + (it_num(r) if r else "")


NL_0 = ("nul een twee drie vier vijf zes zeven acht negen tien elf twaalf "
        "dertien veertien vijftien zestien zeventien achttien negentien").split()
NL_10 = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig",
         7: "zeventig", 8: "tachtig", 9: "negentig"}


def nl_num(n):
    if n < 20:
        return NL_0[n]
    if n < 100:
        t, o = divmod(n, 10)
        if o == 0:
            return NL_10[t]
        unit = NL_0[o]
        return unit + ("ën" if unit.endswith("e") else "en") + NL_10[t]
    if n < 1000:
        h, r = divmod(n, 100)
        head = "honderd" if h == 1 else NL_0[h] + "honderd"
        return head + (nl_num(r) if r else "")
    th, r = divmod(n, 1000)
    head = "duizend" if th == 1 else NL_0[th] + "duizend"
    return head + (nl_num(r) if r else "")


def nl_year(y):
    if y < 2000:
        return "negentienhonderd" + (nl_num(y - 1900) if y > 1900 else "")
    return "tweeduizend" + (nl_num(y - 2000) if y > 2000 else "")


PT_0 = ("zero um dois três quatro cinco seis sete oito nove dez onze doze "
        "treze catorze quinze dezesseis dezessete dezoito dezenove").split()
PT_10 = {2: "vinte", 3: "trinta", 4: "quarenta", 5: "cinquenta", 6: "sessenta",
         7: "setenta", 8: "oitenta", 9: "noventa"}
PT_100 = {1: "cento", 2: "duzentos", 3: "trezentos", 4: "quatrocentos",
          5: "quinhentos", 6: "seiscentos", 7: "setecentos", 8: "oitocentos",
          9: "novecentos"}


def pt_num(n):
    if n < 20:
        return PT_0[n]
    if n < 100:
        t, o = divmod(n, 10)
        return PT_10[t] + (" e " + PT_0[o] if o else "")
    if n == 100:
        return "cem"
    if n < 1000:
        h, r = divmod(n, 100)
        return PT_100[h] + (" e " + pt_num(r) if r else "")
    th, r = divmod(n, 1000)
    head = "mil" if th == 1 else pt_num(th) + " mil"
    if not r:
        return head
    return head + (" e " if (r < 100 or r % 100 == 0) else " ") + pt_num(r)


AGE_TABLE = {
    "sv": [("nittio" + u) for u in ["", "ett", "två", "tre", "fyra", "fem", "sex",
                                     "sju", "åtta", "nio"]]
          + ["hundra", "hundraett", "hundratvå", "hundratre", "hundrafyra"],
    "da": ["halvfems", "enoghalvfems", "tooghalvfems", "treoghalvfems",
           "fireoghalvfems", "femoghalvfems", "seksoghalvfems", "syvoghalvfems",
           "otteoghalvfems", "nioghalvfems", "hundrede", "hundrede og et",
           "hundrede og to", "hundrede og tre", "hundrede og fire"],
    "no": [("nitti" + u) for u in ["", "en", "to", "tre", "fire", "fem", "seks",
                                    "sju", "åtte", "ni"]]
          + ["hundre", "hundre og en", "hundre og to", "hundre og tre",
             "hundre og fire"],
    "pl": [("dziewięćdziesiąt" + u) for u in ["", " jeden", " dwa", " trzy",
                                               " cztery", " pięć", " sześć",
                                               " siedem", " osiem", " dziewięć"]]
          + ["sto", "sto jeden", "sto dwa", "sto trzy", "sto cztery"],
    "cs": [("devadesát" + u) for u in ["", " jedna", " dva", " tři", " čtyři",
                                        " pět", " šest", " sedm", " osm",
                                        " devět"]]
          + ["sto", "sto jedna", "sto dva", "sto tři", "sto čtyři"],
    "fi": [("yhdeksänkymmentä" + u) for u in ["", "yksi", "kaksi", "kolme",
                                               "neljä", "viisi", "kuusi",
                                               "seitsemän", "kahdeksan",
                                               "yhdeksän"]]
          + ["sata", "satayksi", "satakaksi", "satakolme", "sataneljä"],
}


def age_words(n, ctx):
    lang = ctx.lang
    hy = " " if ctx.voice else "-"
    if lang == "en":
        return en_num(n, hy)
    if lang == "de":
        return de_num(n)
    if lang == "fr":
        return fr_num(n, nonante=ctx.region in ("fr-be", "fr-ch"))
    if lang == "es":
        return es_num(n)
    if lang == "it":
        return it_num(n)
    if lang == "nl":
        return nl_num(n)
    if lang == "pt":
        return pt_num(n)
    return AGE_TABLE[lang][n - 90]


DIGW = {k: v.split() for k, v in {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
    "da": "nul en to tre fire fem seks syv otte ni",
    "no": "null en to tre fire fem seks sju åtte ni",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
}.items()}
PLUSW = {"en": "plus", "de": "plus", "fr": "plus", "es": "más", "it": "più",
         "nl": "plus", "pt": "mais", "sv": "plus", "da": "plus", "no": "pluss",
         "pl": "plus", "cs": "plus", "fi": "plus"}
MAILW = {  # at, dot, underscore
    "en": ("at", "dot", "underscore"), "de": ("at", "punkt", "unterstrich"),
    "fr": ("arobase", "point", "tiret bas"), "es": ("arroba", "punto", "guion bajo"),
    "it": ("chiocciola", "punto", "trattino basso"),
    "nl": ("apenstaartje", "punt", "underscore"), "pt": ("arroba", "ponto", "underline"),
    "sv": ("snabel a", "punkt", "understreck"), "da": ("snabel a", "punktum", "understreg"),
    "no": ("krøllalfa", "punktum", "understrek"), "pl": ("małpa", "kropka", "podkreślnik"),
    "cs": ("zavináč", "tečka", "podtržítko"), "fi": ("ät", "piste", "alaviiva"),
}


def spell_chars(value, ctx):
    words = list(DIGW[ctx.lang])
    if ctx.lang == "en":
        words[0] = ctx.zero
    if ctx.lang == "de":
        words[2] = ctx.two
    if ctx.region == "pt-br" and ctx.meia:
        words[6] = "meia"
    out = []
    for ch in value:
        if ch.isdigit():
            out.append(words[int(ch)])
        elif ch == "+":
            out.append(PLUSW[ctx.lang])
        elif ch.isalpha():
            out.append(ch.lower())
    return " ".join(out)


def spoken_email(addr, lang, ctx=None):
    at, dot, us = MAILW[lang]
    local, dom = addr.split("@")
    parts = []
    for ch in re.split(r"([._\-])", local):
        if ch == ".":
            parts.append(dot)
        elif ch == "_":
            parts.append(us)
        elif ch == "-":
            parts.append("-")
        elif ch:
            m = re.match(r"^([a-z]*)(\d*)$", ch)
            if m and m.group(2) and ctx is not None:
                if m.group(1):
                    parts.append(m.group(1))
                parts.append(spell_chars(m.group(2), ctx))
            else:
                parts.append(ch)
    s = " ".join(parts).replace(" - ", " ")
    return s + " " + at + " " + dom.replace(".", " " + dot + " ")


MONTHS = {k: v.split() for k, v in {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
}.items()}


def spoken_date(y, m, d, ctx, year=True):
    lang = ctx.lang
    mon = MONTHS[lang][m - 1].lower()
    if lang == "en":
        style = R.randrange(3)
        if style == 0:
            s = mon + " " + en_ord(d)
        elif style == 1:
            s = en_ord(d) + " of " + mon
        else:
            s = en_num(d, " ") + " " + mon
        return s + (" " + en_year(y) if year else "")
    if lang == "de":
        return de_ord(d) + " " + mon + (" " + de_year(y) if year else "")
    if lang == "fr":
        day = "premier" if d == 1 else fr_num(d)
        return day + " " + mon + (" " + fr_year(y) if year else "")
    if lang == "es":
        day = "primero" if d == 1 else es_num(d)
        return day + " de " + mon + (" de " + es_num(y) if year else "")
    if lang == "it":
        day = "primo" if d == 1 else it_num(d)
        return day + " " + mon + (" " + it_num(y) if year else "")
    if lang == "nl":
        return nl_num(d) + " " + mon + (" " + nl_year(y) if year else "")
    if lang == "pt":
        day = "primeiro" if d == 1 else pt_num(d)
        return day + " de " + mon + (" de " + pt_num(y) if year else "")
    raise KeyError("no spoken dates for " + lang)


# ---------------------------------------------------------- check digits
def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    s = re.sub(r"\s", "", iban).upper()
    return len(s) >= 15 and iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(cc, bban):
    return cc + "%02d" % (98 - iban_num(bban + cc + "00") % 97) + bban


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
      [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
      [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
      [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def mod11_nhs(nine):
    s = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        return "0"
    if c == 10:
        return None
    return str(c)


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                   1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                   12, 14, 16, 10, 22, 25, 24, 23]))


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf_check(s):
    total = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s))
    return chr(65 + total % 26)


def mod11_10(ds):
    product = 10
    for ch in ds:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


# ------------------------------------------------------------- name pools
# (female given | male given | surnames); "m/f" marks a gendered surname.
ORIG_RAW = {
    "ie": ("Aoibheann|Caoimhe|Gráinne|Róisín|Saoirse|Clodagh|Niamh|Órlaith|Bríd|Dearbhla|Sadhbh|Éabha",
           "Cathal|Donnchadh|Tadhg|Ruairí|Oisín|Fionnán|Colm|Cormac|Diarmuid|Pádraig|Cian|Eoghan",
           "Ó Súilleabháin/Ní Shúilleabháin|Ó Dálaigh/Ní Dhálaigh|Mac Conmara/Nic Conmara|Breathnach|"
           "Ó Briain/Ní Bhriain|Cullinane|Fitzgibbon|Brosnan|Heffernan|Twomey|Kinsella|Furlong|Hurley|"
           "Kavanagh|Mac Giolla Phádraig/Nic Giolla Phádraig|O'Donoghue|Ó Ceallaigh/Ní Cheallaigh|Hanrahan|Cronin|Gleeson"),
    "sco": ("Morag|Catriona|Eilidh|Ishbel|Kirsty|Mhairi|Iona|Fenella|Ailsa|Isla",
            "Hamish|Lachlan|Ruaridh|Alasdair|Fergus|Euan|Murdo|Calum|Torquil|Finlay",
            "MacInnes|Urquhart|Drummond|Menzies|Buchanan|MacKinnon|Sutherland|Dalgleish|Cruickshank|"
            "Baird|Shearer|Marr|MacLeod|Galbraith|Lamont"),
    "wal": ("Angharad|Ffion|Gwenllian|Eirlys|Nia|Lowri|Seren|Heledd|Catrin|Mererid",
            "Iestyn|Gruffydd|Dafydd|Rhodri|Emyr|Geraint|Cai|Owain|Iwan|Aled",
            "ap Gwilym|Prydderch|Bevan|Pugh|Gittins|Wynne|Llewellyn|Vaughan|Meredith|Rhys-Jenkins|Parry|"
            "Tudur|Bowen|Huws"),
    "en": ("Tamsin|Pippa|Verity|Clemency|Felicity|Imogen|Harriet|Philippa|Rosamund|Beatrix|Ottilie|Perpetua",
           "Jasper|Rupert|Ambrose|Barnaby|Crispin|Piers|Quentin|Hugo|Cuthbert|Ignatius|Percival|Tobias",
           "Larkworthy|Penhaligon|Brookes|Carver|Mercer|Fletcher|Bywater|Honeysett|Ashdown|Lovelock|"
           "Thistlethwaite|Ormerod|Scattergood|Pennington|Haworth|Tregaskis|Wetherall|Blenkinsop"),
    "us": ("Kaylee|Brianna|Destiny|Shaniqua|Maddison|LaToya|Bethany|Courtney|Jolene|Tameka",
           "Tyrell|Brayden|Dwayne|Cody|Jamal|DeShawn|Garrett|Colton|Travis|Darnell",
           "Kowalczyk|Delacroix|Hendricks|Washburn|Van Buskirk|McAllister|Yoder|Schwendeman|Okonjo-Reyes|"
           "Bergstrom|Pruitt|Whitlock|Castellano|Lindqvist-Hale"),
    "au": ("Bronwyn|Kylie|Narelle|Tegan|Shae|Jacinta",
           "Brett|Shane|Dale|Lachie|Bodhi|Darcy",
           "Tonkin|Nankervis|Wooldridge|Threlfall|Cuthbertson|McGuigan|Pengilly|Treloar"),
    "de": ("Henrike|Wiebke|Friederike|Gesine|Ute|Swantje|Annegret|Hildegard|Dörte|Almut|Insa|Jördis",
           "Detlef|Hartmut|Eckhard|Jörg|Torsten|Ingo|Volker|Ulf|Götz|Knut|Hauke|Lutz",
           "Brandstätter|Oberhauser|Kühnel|Grünewald|Hartung|Weißmüller|von der Heydt|Meyer-Lüdenscheidt|"
           "Ebert|Dietz|Wüstefeld|Pohlmann|Tiedemann|Rößler|zur Nieden|Oltmanns|Janßen"),
    "at": ("Roswitha|Waltraud|Notburga|Theresia|Gerlinde|Hermine|Burgl|Maria-Theres",
           "Sepp|Florian|Leopold|Engelbert|Alois|Ferdinand|Vinzenz|Gottfried",
           "Pichler|Hinterberger|Gruber|Moser|Steiner|Ebenhoch|Reisinger|Hollerweger|Oberhollenzer|"
           "Stadlmayr|Wimmer|Haselsteiner"),
    "ch": ("Vreni|Regula|Seraina|Menga|Ursina|Corina|Rahel|Barbla",
           "Ueli|Beat|Urs|Reto|Gian-Andrea|Fadri|Curdin|Rolf",
           "Zwygart|Bürgi|Tschudi|Gsponer|Stöckli|Furrer|Bärtschi|Aebischer|Caflisch|Schnyder|Amstutz|"
           "Zumstein|Rüegg|Gisler"),
    "fr": ("Maëlle|Clémence|Solène|Gaëlle|Bérengère|Apolline|Ségolène|Anaïs|Noémie|Gwladys|Héloïse|Salomé",
           "Gaspard|Anatole|Aurélien|Baptiste|Loïc|Thibault|Gwenaël|Côme|Félicien|Éloi|Tanguy|Yannick",
           "Lefèvre|Delacourt|Dufresne|Le Goff|Le Bihan|Kerhervé|Toussaint|Bonnefoy|Maréchal|de Villiers|"
           "Saint-Aubin|Vasseur|Perrin|Guillot|Hénaff|Desmoulins|Lacombe-Ferrand|N'Diaye"),
    "frbe": ("Aline|Noémie|Maud|Laurence|Séverine|Bénédicte",
             "Arnaud|Grégoire|Benoît|Jérôme|Quentin|Didier",
             "Dethier|Lambotte|Collignon|Houbion|Delvaux|Remacle|Lejeune|Wéry|Dubuisson|Thiry|Dewez|Hallet"),
    "frch": ("Mélanie|Sandrine|Valérie|Joëlle|Séverine",
             "Cédric|Yves|Pascal|Gilles|Raphaël",
             "Favre|Rochat|Vuilleumier|Jaquier|Chappuis|Monnier|Dériaz|Gavillet|Cuendet|Perrottet"),
    "frca": ("Marie-Ève|Josée|Geneviève|Maryse|Nathalie|Mélissa|Karine|France",
             "Jean-Sébastien|Réjean|Ghislain|Gaétan|Steeve|Mathieu|Yannick|Sylvain",
             "Gagnon|Bouchard|Lévesque|Pelletier|Thibodeau|Boudreault|Gauthier|Ouellet|Bergeron|"
             "Desjardins|Tremblay-Simard|Laflamme"),
    "es": ("Itziar|Nerea|Ainhoa|Maite|Begoña|Lucía|Macarena|Almudena|Inmaculada|Triana|Covadonga|Araceli",
           "Iñaki|Aitor|Koldo|Unai|Álvaro|Baltasar|Fermín|Ignacio|Gonzalo|Borja|Íñigo|Eneko",
           "Etxeberria|Goikoetxea|Agirre|Urrutia|Zubizarreta|Arrieta|Sáenz-Larrañaga|de la Fuente|del Río|"
           "de los Santos|Olazábal|Villalobos|Mondragón|Bermúdez|Ballesteros|Arribas|Quintana|Echevarría"),
    "cat": ("Montserrat|Núria|Meritxell|Mireia|Roser|Laia",
            "Jordi|Pau|Oriol|Xavier|Pere|Arnau",
            "Vilanova|Casals|Ferrer|Roig|Soler|Pujol|Vilaró|Puigvert|Casademunt|Riera|Batlle|Comas"),
    "mx": ("Guadalupe|Xóchitl|Itzel|Yareli|Citlali|Maricela|Ximena|Nayeli",
           "Cuauhtémoc|Jacinto|Rigoberto|Eliseo|Heriberto|Uriel|Baltazar|Anselmo",
           "Cuevas|Tlatelpa|Huerta|Villaseñor|Ocampo|Zavala|Chávez|Cervantes|Mendoza|Xicoténcatl|Ibarra|Sandoval"),
    "arg": ("Agustina|Florencia|Milagros|Belén|Micaela|Rocío",
            "Facundo|Gonzalo|Lautaro|Nahuel|Joaquín|Thiago",
            "Bertolotti|Iturraspe|Giménez|Paz|Benítez|Sosa|Ferraro|Acosta|Lombardi|Medina"),
    "chl": ("Javiera|Constanza|Catalina|Francisca",
            "Matías|Benjamín|Vicente|Cristóbal",
            "Quintanilla|Pincheira|Araya|Sepúlveda|Contreras|Huenchullán|Riquelme|Carrasco"),
    "col": ("Yesenia|Luz Marina|Daniela|Yurani|Leidy",
            "Jhon Jairo|Wilmar|Andrés Felipe|Duván|Yeison",
            "Arboleda|Zapata|Restrepo|Cárdenas|Ospina|Giraldo|Montoya|Mosquera"),
    "it": ("Ludovica|Benedetta|Ginevra|Ottavia|Fiorella|Assunta|Concetta|Immacolata|Annunziata|Carmela|Teodora|Gelsomina",
           "Gianmarco|Ettore|Tancredi|Raffaele|Ercole|Saverio|Corrado|Amedeo|Pasquale|Calogero|Gennaro|Ruggero",
           "Fabbri|Santoro|Mancuso|D'Alessandro|De Santis|Lo Presti|La Rocca|Della Valle|Scognamiglio|"
           "Brambilla|Quagliariello|Pellegrino|Sciortino|Capuozzo|Melis|Zanetti|Bortolotti"),
    "nl": ("Femke|Marieke|Sanne|Lieke|Anouk|Fenna|Jorien|Wietske|Maud|Ilse|Tjitske|Geertje",
           "Joost|Sjoerd|Wouter|Thijs|Maarten|Gijs|Jelle|Floris|Stijn|Hidde|Ruud|Bartjan",
           "van Rijswijk|ter Horst|van den Akker|Verhoeven|in 't Veld|op den Kamp|van Dijk-Hoogland|Huisman|"
           "Hoekstra|Wijnands|van Leeuwen|Dijkstra|Bosma|Veenstra|van der Meulen|Zwiers"),
    "vl": ("Lotte|Hanne|Griet|Leen|Fien|Jolien|Elke|Lies",
           "Wannes|Jef|Lieven|Jonas|Pieter-Jan|Bert|Koen|Wim",
           "Vandenbroucke|De Smedt|Vercammen|Goossens|Claeys|Verstraete|D'Hondt|Van den Eynde|De Clercq|"
           "Wouters|Peeters|Vanhoutte|Van Acker|Verbeke"),
    "pt": ("Inês|Leonor|Matilde|Beatriz|Conceição|Fátima|Teresa|Margarida|Rosário|Carlota",
           "Duarte|Tiago|Rui|Gonçalo|Afonso|Vasco|Nuno|Sancho|Martim|Henrique",
           "Ferreira|Magalhães|Sequeira|Baptista|Salgueiro|Castelo Branco|de Sousa e Melo|Gouveia|Tavares|"
           "Fontes|Amaral|Pacheco|Vasconcelos|Queirós"),
    "br": ("Thaís|Jaqueline|Luana|Raíssa|Iara|Rosângela|Francisca|Kelly|Daiane|Maria Eduarda",
           "Wellington|Cleiton|Ubirajara|Everaldo|Juscelino|Wanderson|Josué|Edvaldo|Claudemir|Jeferson",
           "dos Santos|Conceição|Assunção|Bezerra|Cavalcanti|Albuquerque|Lacerda|Damasceno|Medeiros|"
           "da Silva Brito|Fagundes|Nogueira Lima|Xavier|Araújo"),
    "sv": ("Ingela|Solveig|Majken|Linnéa|Tuva|Ebba|Märta|Gunvor|Agneta|Siv",
           "Sixten|Gösta|Bengt|Torbjörn|Folke|Alvar|Ture|Lennart|Håkan|Arvid",
           "Sjöberg|Ekdahl|Åkesson|Lindqvist|Nordin|Berglund|Hedlund|Lövgren|Sundström|Wallin|"
           "Gustafsson-Rehn|Östlund"),
    "da": ("Signe|Mette|Bodil|Tove|Sidsel|Ditte|Birthe|Kirsten|Jytte|Maja",
           "Søren|Mads|Palle|Asger|Thorkild|Bjarke|Esben|Flemming|Preben|Anders",
           "Kjærgaard|Fogh|Mølgaard|Juhl|Thygesen|Krogh|Brandt|Damgaard|Søndergaard|Bisgaard|Ravn|"
           "Vestergaard|Frederiksen|Kristoffersen"),
    "no": ("Solfrid|Ragnhild|Ingrid|Sigrun|Gudrun|Synnøve|Åse|Tiril|Marit|Kjersti",
           "Håkon|Eirik|Trygve|Sindre|Øyvind|Torstein|Gaute|Amund|Ivar|Sigurd",
           "Haugland|Dahle|Solberg|Nygård|Aune|Myhre|Eide|Rønning|Kvamme|Tveit|Løvås|Hovland|Sæther|Grønli"),
    "pl": ("Grażyna|Bożena|Jadwiga|Małgorzata|Wiesława|Agnieszka|Zofia|Halina|Krystyna|Urszula",
           "Grzegorz|Przemysław|Zbigniew|Bogdan|Wojciech|Jarosław|Mieczysław|Łukasz|Tadeusz|Ryszard",
           "Nowicki/Nowicka|Szczepański/Szczepańska|Wójcik|Kaczmarek|Grabowski/Grabowska|"
           "Kwiatkowski/Kwiatkowska|Chmielewski/Chmielewska|Dąbrowski/Dąbrowska|Przybylski/Przybylska|"
           "Michalak|Jabłoński/Jabłońska|Wróblewski/Wróblewska|Kaźmierczak|Zalewski/Zalewska"),
    "cs": ("Jitka|Zdeňka|Blanka|Radka|Libuše|Dagmar|Alena|Jarmila|Hana|Ludmila",
           "Bohumil|Radek|Vojtěch|Jaroslav|Zdeněk|Ctirad|Přemysl|Vratislav|Miroslav|Lubomír",
           "Kučera/Kučerová|Zeman/Zemanová|Marek/Marková|Sedláček/Sedláčková|Doležal/Doležalová|"
           "Navrátil/Navrátilová|Hájek/Hájková|Urban/Urbanová|Kolář/Kolářová|Šťastný/Šťastná|"
           "Bureš/Burešová|Vaněk/Vaňková"),
    "fi": ("Aino|Kaisu|Ritva|Pirjo|Sirpa|Onerva|Aila|Tuija|Marjatta|Eeva",
           "Veikko|Kalevi|Eero|Seppo|Tapio|Ilmari|Jorma|Pentti|Raimo|Jouko",
           "Mäkinen|Koivisto|Lahtinen|Nieminen|Järvinen|Heikkilä|Virtanen|Kuusela|Rantanen|Hakala|"
           "Väisänen|Pitkänen|Laaksonen|Ahonen"),
    "ar": ("Rania|Lubna|Hayat|Amal|Noor|Dalal|Sawsan|Zainab|Ghada|Hiba",
           "Tariq|Bilal|Khalid|Yousef|Anas|Hamza|Saif|Marwan|Nabil|Walid",
           "Al-Khatib|El-Amrani|Haddad|Bou Saab|Abu-Ghazaleh|Al Mansouri|Ben Youssef|Khoury|Nasrallah|"
           "El Idrissi|Al-Rashed|Benali"),
    "tr": ("Elif|Gülşen|Şeyma|Zeynep|Derya|Deniz|Yıldız|Hülya|Özlem",
           "Emre|Oğuz|Barış|Cem|Kaan|Serkan|Tolga|Mustafa|Yusuf",
           "Yılmaz|Öztürk|Karaca|Demirci|Aydın|Çelik|Kılıç|Toprak|Şahin|Erdoğdu|Korkmaz|Güneş"),
    "fa": ("Shirin|Parisa|Laleh|Nasrin|Golnar|Mahsa|Azadeh|Roya",
           "Dariush|Kaveh|Babak|Farhad|Arash|Omid|Siavash|Behzad",
           "Tehrani|Mohammadi|Hosseinzadeh|Karimi|Farahani|Rostami|Jafari-Nejad|Ghorbani|Sadeghi|Moradi"),
    "ko": ("Seo-yeon|Ji-woo|Min-seo|Ha-eun|Soo-ah|Hye-jin|Eun-bi",
           "Do-hyun|Jun-seo|Tae-yang|Min-jun|Sung-ho|Jae-hyuk|Dong-wook",
           "Park|Choi|Jeong|Kang|Yoon|Hwang|Seo|Baek|Shin|Oh"),
    "vi": ("Thị Lan|Thị Hoa|Ngọc Anh|Thu Trang|Thị Mai|Hằng|Phương Thảo|Bích Ngọc",
           "Minh Tuấn|Quang|Văn Đức|Huy|Bảo|Thành Long|Quốc Việt|Hoàng Nam",
           "Nguyễn|Trần|Lê|Phạm|Võ|Đặng|Bùi|Huỳnh|Đỗ|Ngô"),
    "zh": ("Xiaoling|Meihua|Jiayi|Yuting|Huimin|Shuang|Lingling",
           "Zhiwei|Haoran|Junjie|Wenbo|Guoqiang|Yifan|Zeyu",
           "Zhao|Liang|Gu|Xu|Tang|Song|Fang|Hu|Deng|Qiu"),
    "ja": ("Haruka|Misaki|Ayane|Chihiro|Natsumi|Sayuri",
           "Kenta|Takumi|Ryosuke|Hiroki|Daisuke|Shota",
           "Takahashi|Matsumoto|Inoue|Fujiwara|Nakamura|Kobayashi|Shimizu|Mori|Okada|Hayashi"),
    "in": ("Kavitha|Lakshmi|Meenakshi|Anjali|Divya|Harpreet|Shreya|Padma|Sunita|Revathi",
           "Venkatesh|Siddharth|Rohit|Harjeet|Abhishek|Prakash|Srinivas|Gurpreet|Aniket|Rajesh",
           "Raghunathan|Chatterjee|Bhattacharya|Iyer|Menon|Deshpande|Kulkarni|Gill|Sandhu|Reddy|Nair|"
           "Pillai|Venkataraman|Khurana|Banerjee|Subramaniam"),
    "ng": ("Chiamaka|Ngozi|Folake|Adaeze|Oluwaseun|Funmilayo|Blessing|Precious|Comfort|Patience",
           "Chukwuemeka|Olumide|Babatunde|Ikechukwu|Emeka|Femi|Tunde|Godspower|Goodluck|Oluwaseun",
           "Okafor|Adeyemi|Eze|Nwosu|Obi|Olawale|Adebayo|Chukwu|Ogunleye|Balogun|Onyekachi|Adewale-Smith"),
    "gh": ("Akosua|Ama|Efua|Adjoa|Abena|Afia",
           "Kwame|Kofi|Kwabena|Yaw|Kojo|Kwesi",
           "Mensah|Asante|Boateng|Owusu|Ofori|Appiah|Acheampong|Darko|Quaye|Amoako"),
}
ORIG = {k: {"f": L(v[0]), "m": L(v[1]), "s": L(v[2])} for k, v in ORIG_RAW.items()}
FOREIGN = ["ar", "tr", "fa", "ko", "vi", "zh", "ja", "in", "ng", "gh"]

# Names that are ordinary words of the text's language.
WORD_RAW = {
    "en": ("Dawn|Iris|Ivy|Amber|Hazel|Joy|Summer|Holly|Robin|Faith|Honor|Sunny|Pearl|Ruby|Bliss|Sky|Autumn|Meadow",
           "Miles|Grant|Frank|Chase|Guy|Mark|Bill|Pat|Art|Jack|Cliff|Rusty|Sonny|Hunter|Forest|Lance|Rocky|Ray|Dean",
           "Marsh|Frost|Heath|Fisher|Bishop|Hunter|Carpenter|Bell|Moss|Reed|Fox|Glass|Church|Street|Wood|Lamb|"
           "Sharp|Young|Little|Short|Strong|Swift|Wise|Cook|Page|Price|Rich|Love|Bond|Hill|Burns|Cross|Pope|"
           "Sparks|Banks|Salmon|Gold|Silver|Shepherd|Weaver|Dyer|Noble|Field|Knight|Sterling|Steel|Golightly|"
           "Fairweather|Goodbody"),
    "de": ("Heide|Linde|Traute",
           "Ernst|Wolf|Frank|Kai",
           "Vogel|Fuchs|Winter|Sommer|Koch|Schäfer|Wolf|Bauer|Fischer|Richter|Jäger|Becker|Schneider|Kaiser|"
           "König|Herzog|Engel|Stein|Berg|Frühling|Hahn|Lange|Klein|Groß"),
    "fr": ("Capucine|Violette|Blanche|Marguerite|Prune|Aimée|Constance|Océane|Mélodie",
           "Désiré|Modeste|Clément|Prosper|Fidèle|Aimé",
           "Boulanger|Marchand|Lemoine|Chevalier|Petit|Leblanc|Lenoir|Lebrun|Masson|Meunier|Boucher|"
           "Charpentier|Fontaine|Lapierre|Deschamps|Bonheur|Bonnet|Rivière"),
    "es": ("Paz|Luz|Pilar|Soledad|Consuelo|Rocío|Dolores|Amparo|Remedios|Milagros|Socorro|Estrella|Rosario|"
           "Cielo|Esperanza|Caridad",
           "Salvador|Clemente|Modesto|Inocencio|Amado|Severo|Casto|Pastor",
           "Delgado|Moreno|Blanco|Cordero|Rubio|Calvo|Bravo|Leal|Serrano|Molina|Iglesias|Castillo|Herrero|"
           "Pastor|Toro|Caballero|Llamas|Cabello|Palomo|Prieto"),
    "it": ("Serena|Vera|Fiore|Gioia|Stella|Speranza|Felicita|Allegra",
           "Fortunato|Felice|Benvenuto|Amato|Sereno|Primo|Libero|Fedele",
           "Ferro|Fiore|Lupo|Gatto|Colombo|Greco|Bianco|Nero|Leone|Porta|Orso|Cavallo|Pace|Santo|Mele|"
           "Fabbro|Monti|Riva"),
    "nl": ("Roos|Sterre|Lente|Merel|Fleur",
           "Wolf|Job|Storm",
           "Bakker|Visser|Smit|de Boer|de Vries|Kok|Mulder|Brouwer|de Haan|de Vos|Zwart|Groen|Koning|"
           "Schipper|Kuiper|Timmerman|Bos|Vink|de Wit|Klein"),
    "pt": ("Graça|Glória|Dores|Luz|Aurora|Alegria|Esperança|Vitória|Céu|Estrela|Flor",
           "Amado|Salvador|Bento",
           "Coelho|Carvalho|Pereira|Raposo|Cordeiro|Pinheiro|Quaresma|Rocha|Leite|Lobo|Ramos|Nogueira|Serra|"
           "Santos|Nascimento|Pinto|Cardoso|Oliveira|Macieira|Franco|Galo"),
    "sv": ("Saga|Vilja|Sol|Linnea",
           "Stig|Sten|Björn|Bo|Ask",
           "Björk|Lind|Strand|Holm|Fors|Rask|Berg|Ek|Lund|Stål|Falk|Blom|Gran|Hägg"),
    "da": ("Lærke|Stjerne|Sol",
           "Bo|Sten|Bjørn|Ask",
           "Skov|Bonde|Dahl|Fisker|Krog|Bech|Holm|Lund|Vinter|Smed|Foged|Kjær"),
    "no": ("Sol|Vår|Lykke",
           "Odd|Stein|Bjørn|Ask|Tor|Bo",
           "Bakke|Lie|Berg|Vik|Strand|Dal|Haug|Moen|Foss|Fjeld|Eng|Brekke|Skog"),
    "pl": ("Nadzieja|Jagoda|Malina",
           "",
           "Wróbel|Zając|Kowal|Lis|Wilk|Sowa|Kot|Baran|Piątek|Sobota|Niedziela|Kwiatek|Mróz|Zima|Wiosna|"
           "Kruk|Kamień"),
    "cs": ("Věra|Naděžda|Vlasta",
           "",
           "Král/Králová|Černý/Černá|Veselý/Veselá|Pokorný/Pokorná|Holub/Holubová|Procházka/Procházková|"
           "Liška/Lišková|Vlk/Vlková|Sedlák/Sedláková|Zima/Zimová|Mráz/Mrázová|Kočka/Kočková|Skála/Skálová"),
    "fi": ("Lumi|Helmi|Tuuli|Satu|Sini|Taika|Rauha|Aamu",
           "Onni|Toivo|Usko|Oiva|Voitto|Urho",
           "Kivi|Kallio|Salo|Laine|Koivu|Kuusi|Mäki|Lehto|Järvi|Susi|Karhu|Ranta|Lahti"),
}
WORD = {k: {"f": L(v[0]), "m": L(v[1]), "s": L(v[2])} for k, v in WORD_RAW.items()}

DOC_WORDS = {
    "en": ["discharge", "MRI_report", "referral", "bloods", "scan"],
    "de": ["Befund", "Arztbrief", "MRT"], "fr": ["compte_rendu", "ordonnance", "IRM"],
    "es": ["informe", "analitica", "RM"], "it": ["referto", "lettera_dimissione"],
    "nl": ["verslag", "uitslag"], "pt": ["exame", "laudo", "relatorio"],
    "sv": ["remiss", "journal"], "da": ["epikrise", "henvisning"], "no": ["epikrise", "henvisning"],
    "pl": ["wynik", "skierowanie"], "cs": ["zprava", "nalez"], "fi": ["lausunto", "lahete"],
}


def gendered(sur, gender):
    if "/" in sur:
        m, f = sur.split("/")
        return f if gender == "f" else m
    return sur


def weighted(spec):
    items = []
    for part in spec.split():
        k, w = part.split(":")
        items.extend([k] * int(w))
    return pick(items)


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


class Person:
    def __init__(self, given, sur, gender, origin, ctx):
        self.given, self.sur, self.gender, self.origin = given, sur, gender, origin
        self.full = (sur + " " + given) if origin == "vi" else (given + " " + sur)
        self.mid = R.choice("ABCDEFGHJKLMNPRSTW")
        self.middot = R.random() < 0.5
        parts = [w for w in re.split(r"[\s\-]+", given + " " + sur) if w and w[0].isupper()]
        letters = "".join(fold(w)[0].upper() for w in parts)[:3]
        if len(letters) == 2 and R.random() < 0.4:
            letters = letters[0] + self.mid + letters[1]
        if len(letters) < 2:
            letters = (letters + fold(sur)[:2].upper())[:2]
        self.inits = letters
        g, s = slug(given), slug(sur)
        dom = pick(ctx.rd["mail"])
        style = R.randrange(6)
        local = [g + "." + s, g + s, g[0] + s, s + "." + g,
                 g + "_" + s + digits(2), g + "." + s + digits(2)][style]
        self.email = local + "@" + dom
        ustyle = R.randrange(5)
        self.user = [g + "_" + s[:6] + digits(2), s + g[0], g + "." + s,
                     g[0] + s + digits(2), s + "_" + g][ustyle]
        S = re.sub(r"[^A-Za-z0-9]", "", fold(sur).title().replace(" ", ""))
        G = re.sub(r"[^A-Za-z0-9]", "", fold(given).title())
        doc = pick(DOC_WORDS[ctx.lang])
        tail = "_" + str(R.randint(2019, 2025)) if R.random() < 0.5 else ""
        self.file = S + "_" + G + "_" + doc + tail + "." + pick(["pdf", "pdf", "docx", "jpg"])
        ginit = "".join(fold(w)[0].upper() for w in re.split(r"[\s\-]+", given) if w)
        if R.random() < 0.3:
            ginit += self.mid
        self.ref = sur + " " + ginit


def make_person(ctx, key):
    kind = key[0]
    g2 = key[1] if len(key) == 3 else None
    if kind in "FM":
        gender = kind.lower()
    elif g2:
        gender = g2.lower()
    else:
        gender = R.choice("fm")
    rd = ctx.rd
    main = rd["origins"].split()[0].split(":")[0]
    if kind == "W":
        origin = "word"
    elif kind == "X":
        origin = pick(FOREIGN)
    else:
        origin = weighted(rd["origins"])
    if origin == "word":
        wl = WORD[ctx.lang]
        r = R.random()
        use_given = bool(wl[gender]) and r < 0.6
        use_sur = (not use_given) or r < 0.25
        given = pick(wl[gender]) if use_given else pick(ORIG[main][gender])
        sur = pick(wl["s"]) if use_sur else pick(ORIG[main]["s"])
        pool_s = wl["s"] if use_sur else ORIG[main]["s"]
        base = main
    else:
        given = pick(ORIG[origin][gender])
        sur = pick(ORIG[origin]["s"])
        pool_s = ORIG[origin]["s"]
        base = origin
    sur = gendered(sur, gender)
    two = {"es": .55, "cat": .55, "mx": .6, "arg": .3, "chl": .6, "col": .6,
           "pt": .5, "br": .45}
    dbl = {"en": .07, "us": .07, "au": .05, "de": .06, "fr": .08, "nl": .05}
    r = R.random()
    if r < two.get(base, 0):
        s2 = gendered(pick(pool_s), gender)
        if s2 != sur:
            sur = sur + " " + s2
    elif r < dbl.get(base, 0) and "-" not in sur and " " not in sur:
        s2 = gendered(pick(pool_s), gender)
        if s2 != sur and " " not in s2 and "-" not in s2:
            sur = sur + "-" + s2
    return Person(given, sur, gender, origin, ctx)


def person_field(ctx, key, field):
    p = ctx.people.get(key)
    if p is None:
        for _ in range(50):
            p = make_person(ctx, key)
            if all(p.full != q.full and p.given != q.given and p.sur != q.sur
                   for q in ctx.people.values()):
                break
        ctx.people[key] = p
    vals = {
        "full": p.full, "given": p.given, "sur": p.sur,
        "surcaps": p.sur.upper(), "fullcaps": p.full.upper(),
        "lc": p.full.lower(), "givenlc": p.given.lower(), "surlc": p.sur.lower(),
        "fullmid": p.given + " " + p.mid + ("." if p.middot else "") + " " + p.sur,
        "ref": p.ref, "inits": p.inits, "initslc": p.inits.lower(),
        "sg": p.sur + " " + p.given,
        "email": p.email, "emailsp": spoken_email(p.email, ctx.lang, ctx),
        "user": p.user, "file": p.file,
    }
    if field not in vals:
        raise KeyError("unknown person field " + field)
    typ = {"email": "EMAIL", "emailsp": "EMAIL", "user": "USERNAME",
           "file": "USERNAME"}.get(field, "NAME")
    v = vals[field]
    if ctx.voice:
        if typ == "EMAIL":
            v = spoken_email(p.email, ctx.lang, ctx)
        elif typ == "USERNAME":
            v = voice_clean(v.replace("_", " " + MAILW[ctx.lang][2] + " ")
                            .replace(".", " " + MAILW[ctx.lang][1] + " "))
        else:
            v = voice_clean(v)
    ctx.tag = "person." + field
    return v, typ


# ------------------------------------------------------------ region data
REG = {}


def region(name, **kw):
    kw.setdefault("hn", (1, 180))
    REG[name] = kw


region("en-us", lang="en",
       origins="en:3 us:4 word:3 ko:1 vi:1 zh:1 ng:1 in:1 ar:1 mx:1 it:1 pl:1 ie:1 ja:1 gh:1 fa:1",
       cities=L("Tacoma|Dayton|Boise|Chattanooga|Fort Wayne|Joliet|Provo|Gary|Tyler|Marion|Florence|Athens|Mesa"),
       wtowns=L("Normal|Liberal|Enterprise|Commerce|Temple|Hurricane|Eureka|Laurel|Price|Friendship|Bonanza|Plain"),
       streets=L("§ Larkspur Ave|§ Quarry Hollow Rd|§ W Tamarack St|§ Bellwether Ct|§ Osage Trail|"
                 "§ Cinder Mill Ln|§ Old Turnpike Rd, Apt ¤C|§ Prairie Dock Dr"),
       hn=(100, 9899),
       hospitals=L("Tamarack Valley Medical Center|St. Ignatius Regional Hospital|Mercy Hollow Children's Hospital|"
                   "Bellwether County General Hospital|Osage Prairie Health Center|Cinder Mill Memorial Hospital"),
       clinics=L("Larkspur Family Medicine|Quarry Hollow Internal Medicine|Westbrook Pediatric Associates|"
                 "Tamarack Valley Dermatology"),
       carehomes=L("Willow Bend Senior Living|Autumn Crest Nursing Center|Maple Hollow Assisted Living|Briarwood Manor"),
       areas=L("614|503|919|317|720|253|860|479|802|385|262|541|734"),
       land=["%-@##-####", "%.@##.####", "+1 % @## ####", "% @## ####"],
       mob=["%-@##-####", "+1 %-@##-####", "% @##-####"],
       mail=L("gmail.com|outlook.com|yahoo.com|icloud.com|comcast.net|protonmail.com"), tld="com",
       drugs=L("Tylenol|Advil|Motrin|Eliquis|Xarelto|Lipitor|Jardiance|Ozempic|Synthroid|Zofran|Norco|Flomax|"
               "Lexapro|Plavix|Coumadin|metformin|lisinopril|Keflex"),
       food=L("banana bread|cornbread|mac and cheese|pumpkin pie|chili|pancakes"))
region("en-gb", lang="en",
       origins="en:5 word:3 wal:1 sco:1 in:2 ng:1 gh:1 pl:1 tr:1 ar:1 zh:1 ie:1",
       cities=L("Wigan|Crewe|Hexham|Kendal|Ely|Ripon|Frome|Looe|Hythe|Whitby|Stroud|Bicester"),
       wtowns=L("Deal|March|Ware|Street|Battle|Sandwich|Wool|Leek|Settle|Cheddar|Rugby|Bury"),
       streets=L("§ Ferncliffe Road|Flat ¤, Marlowe Court|§ Tanners Row|§ Quayside Mews|§ Coldharbour Lane|"
                 "§ Upper Wickham Terrace|§ Sandpiper Close"),
       pcareas=L("LS|CT|HG|DN|TQ|LN|YO|TR|SY|BA|EX|NR|CB|OX"),
       hospitals=L("Royal Marlowe Infirmary|St Aldhelm's Hospital|Wickham Park Community Hospital|"
                   "Coldharbour General Hospital"),
       clinics=L("Fernbrook Medical Practice|Quayside Surgery|Ashdown Lane Health Centre|Hollybush Medical Group"),
       carehomes=L("Seaview Lodge Care Home|Bramblewood Nursing Home|The Laurels Residential Home|Meadowbank Court"),
       land=["0113 @## ####", "0161 @## ####", "01752 @#####", "01392 @#####", "01904 @#####", "020 8### ####",
             "+44 (0)1603 @#####"],
       mob=["07@## ######", "+44 7@## ######", "07@##-######"],
       mail=L("btinternet.com|gmail.com|outlook.com|sky.com|yahoo.co.uk|virginmedia.com"), tld="co.uk",
       drugs=L("co-codamol|Oramorph|Calpol|Nurofen|Gaviscon|lansoprazole|amlodipine|sertraline|apixaban|"
               "edoxaban|Adcal-D3|Movicol|Laxido"),
       food=L("shepherd's pie|flapjacks|Victoria sponge|scones|leek and potato soup|toad in the hole"))
region("en-ie", lang="en",
       origins="ie:6 en:2 word:1 pl:1 ng:1 in:1 br:1",
       cities=L("Naas|Cobh|Tuam|Ennis|Navan|Kells|Nenagh|Youghal|Athy|Letterkenny|Portlaoise"),
       wtowns=L("Trim|Birr|Clones|Mallow|Moate|Boyle|Bray|Rush|Kilkee|Wexford"),
       streets=L("§ Ard na Gréine|§ Fairgreen Terrace|§ Ballinlough Road|Apartment ¤, Cois Abhann|"
                 "The Old Forge, Knockaderry|§ Bóthar na Trá"),
       hospitals=L("St Colman's University Hospital|Ballinlough General Hospital|Ospidéal Naomh Fionnáin|"
                   "Our Lady of the Lakes Hospital"),
       clinics=L("Knockaderry Medical Centre|Fairgreen Family Practice|Cois Abhann Primary Care Centre"),
       carehomes=L("Cois Abhann Nursing Home|Ard na Gréine Care Centre|Glenmore Lodge Nursing Home"),
       land=["021 4## ####", "01 8## ####", "091 5## ###", "066 71 #####", "+353 1 8## ####"],
       mob=["08@ ### ####", "+353 8@ ### ####", "08@-#######"],
       mail=L("eircom.net|gmail.com|hotmail.com|icloud.com"), tld="ie",
       drugs=L("Solpadeine|Panadol|Difene|Nexium|Eltroxin|Losec|Ventolin|Zirtek|Warfarin"),
       food=L("soda bread|Irish stew|colcannon|barmbrack|boxty"))
region("en-sco", lang="en",
       origins="sco:6 en:2 word:1 pl:1 in:1",
       cities=L("Oban|Elgin|Forfar|Alloa|Crieff|Lairg|Brechin|Tain|Dunoon|Kirkcaldy"),
       wtowns=L("Wick|Dollar|Thurso|Nairn|Banff|Cults"),
       streets=L("§ Craigmount Wynd|§/¤ Balgownie Close|§ Glenfinlas Loan|§ Braeside Crescent"),
       pcareas=L("AB|DD|KY|IV|PH|EH|KA|PA|KW"),
       hospitals=L("Royal Craigmount Infirmary|Glenfinlas Community Hospital|Balgownie General Hospital"),
       clinics=L("Balgownie Health Centre|Craigmount Medical Practice|Braeside Surgery"),
       carehomes=L("Braeside House Care Home|Lochview Nursing Home"),
       land=["0131 @## ####", "0141 @## ####", "01224 @#####", "01463 @#####"],
       mob=["07@## ######", "+44 7@## ######"],
       mail=L("gmail.com|btinternet.com|hotmail.co.uk"), tld="scot",
       drugs=L("co-codamol|Nurofen|Gaviscon|salbutamol|amlodipine|Fostair|prednisolone"),
       food=L("cullen skink|tablet|shortbread|cranachan|stovies"))
region("en-wal", lang="en",
       origins="wal:6 en:2 word:1",
       cities=L("Bala|Rhyl|Holywell|Tywyn|Neath|Bridgend|Llandeilo|Denbigh|Aberaeron"),
       wtowns=L("Mold|Flint|Usk|Hay-on-Wye|Builth Wells|Nefyn"),
       streets=L("§ Heol y Felin|§ Ffordd Glanmor|§ Stryd y Bont|Bryn Awel, Lôn Goch|§ Maes yr Haf"),
       pcareas=L("LL|SA|CF|NP|SY|LD"),
       hospitals=L("Ysbyty Glan Tywi|Ysbyty Dyffryn Teifi|Ysbyty Coed Arian"),
       clinics=L("Canolfan Iechyd Bryn Awel|Meddygfa Heol y Felin"),
       carehomes=L("Cartref Gofal Llys Arian|Plas Glanmor Care Home"),
       land=["029 20## ####", "01267 @#####", "01745 @#####"],
       mob=["07@## ######", "+44 7@## ######"],
       mail=L("gmail.com|btinternet.com|hotmail.co.uk"), tld="cymru",
       drugs=L("co-codamol|Nurofen|Gaviscon|aspirin|atorvastatin|Movicol"),
       food=L("Welsh cakes|cawl|bara brith|laverbread"))
region("en-in", lang="en",
       origins="in:1",
       cities=L("Thane|Nashik|Mysuru|Kochi|Satara|Hubli|Nagpur|Vellore|Guntur|Erode"),
       wtowns=L("Salem|Ooty|Jalna|Karnal|Anand"),
       streets=L("Flat ¤, Shanti Kunj, Baner Road|§/B, 4th Cross, Jayanagar|Plot No. §, Sector ¤|"
                 "H.No. ¤-§, Ramakrishna Colony|§ Gulmohar Street"),
       hospitals=L("Sri Venkateswara Multispeciality Hospital|Lotus Valley Hospital|Shanti Kunj Heart Institute|"
                   "Annapurna Multispeciality Hospital"),
       clinics=L("Dhanvantari Clinic|Sai Krupa Polyclinic|Arogya Family Clinic"),
       carehomes=L("Anand Ashram Senior Living|Vatsalya Old Age Home"),
       land=["020-2### ####", "080 4### ####", "044-2### ####"],
       mob=["+91 9#### #####", "98### #####", "+91-7####-#####"],
       mail=L("gmail.com|rediffmail.com|yahoo.co.in"), tld="in",
       drugs=L("Crocin|Dolo 650|Combiflam|Pan-D|Glycomet|Telma|Ecosprin|Augmentin|Thyronorm|Shelcal|Azee"),
       food=L("poha|upma|rajma|dal makhani|besan ladoo"))
region("en-au", lang="en",
       origins="au:4 en:2 word:2 vi:1 zh:1 it:1 ko:1 in:1 ie:1",
       cities=L("Nowra|Dubbo|Mildura|Bendigo|Echuca|Tamworth|Bunbury|Gympie|Mackay|Nhill"),
       wtowns=L("Orange|Emerald|Katherine|Proserpine|Seymour|Sale"),
       streets=L("§ Wattle Grove|Unit ¤/§ Bottlebrush Pde|§ Kookaburra Cres|§ Jacaranda Drive|§ Banksia Street"),
       hospitals=L("Wattle Grove Private Hospital|Bottlebrush Base Hospital|Jacaranda District Hospital"),
       clinics=L("Bottlebrush Medical Centre|Kookaburra Family Practice|Wattle Grove Clinic"),
       carehomes=L("Jacaranda Aged Care|Banksia Lodge Aged Care"),
       land=["02 6### ####", "03 5### ####", "07 4### ####", "08 9### ####"],
       mob=["04## ### ###", "+61 4## ### ###"],
       mail=L("bigpond.com|gmail.com|optusnet.com.au|outlook.com"), tld="com.au",
       drugs=L("Panadol|Panadeine|Nurofen|Somac|Coversyl|Crestor|Lyrica|Endone|Ventolin"),
       food=L("pavlova|lamingtons|Anzac biscuits|damper|sausage rolls"))
region("en-ca", lang="en",
       origins="en:2 us:1 frca:2 zh:1 in:1 ko:1 word:1",
       cities=L("Moncton|Kamloops|Red Deer|Sudbury|Nanaimo|Guelph|Truro"),
       wtowns=L("Brandon|Regina|Medicine Hat|Stratford|Paris"),
       streets=L("§ Tamarack Way|Unit ¤, § Birchmount Rd|§ Spruce Hollow Cres|§ Loyalist Pkwy"),
       hn=(100, 9899),
       hospitals=L("Birchmount General Hospital|Tamarack Regional Health Centre"),
       clinics=L("Birchmount Family Health Team|Spruce Hollow Medical Clinic"),
       carehomes=L("Pinecrest Long-Term Care|Maple Ridge Retirement Residence"),
       areas=L("506|250|403|705|902|519|306"),
       land=["%-@##-####", "% @## ####"], mob=["%-@##-####", "+1 % @## ####"],
       mail=L("sympatico.ca|gmail.com|shaw.ca"), tld="ca",
       drugs=L("Tylenol|Advil|Eltroxin|Pantoloc|Jardiance|Coversyl"),
       food=L("butter tarts|tourtière|bannock|Nanaimo bars"))
region("de-de", lang="de",
       origins="de:6 word:2 tr:2 pl:1 ar:1 fa:1 it:1 vi:1",
       cities=L("Kassel|Gera|Fulda|Soest|Goslar|Lörrach|Bühl|Kempten|Passau|Marburg|Gotha|Celle|Hameln"),
       wtowns=L("Essen|Halle|Hof|Wetter|Hamm|Brühl|Lahr|Bad Tölz|Wesel|Kiel"),
       streets=L("Kastanienweg §|Am Lerchenberg §|Holunderstraße §a|Birkenhof §|Lange Reihe §|"
                 "Unterer Mühlweg §|Auf der Heide §"),
       hospitals=L("Klinikum Rosenhügel|St.-Elisabethen-Krankenhaus Kühlenbach|Kreiskrankenhaus Lindenbühl|"
                   "Krankenhaus Am Lerchenberg"),
       clinics=L("Hausarztpraxis am Lerchenberg|MVZ Holunderhof|Gemeinschaftspraxis Birkenhof"),
       carehomes=L("Seniorenresidenz Lindenhof|Pflegeheim Haus Abendrot|Altenzentrum St. Hedwig"),
       land=["030 #######", "0201 ######", "069/#######", "+49 (0)211 #######", "0241 4##-###", "089 ########"],
       mob=["0151 ########", "0160 #######", "0171 #######", "+49 176 ########", "0157/########"],
       mail=L("gmx.de|web.de|t-online.de|posteo.de|gmail.com"), tld="de",
       drugs=L("Novalgin|Ibuprofen|Pantozol|ASS 100|Marcumar|L-Thyroxin|Ramipril|Bisoprolol|Metamizol|Voltaren|"
               "Tilidin|Eliquis|Ben-u-ron|Iberogast|Thomapyrin"),
       food=L("Kartoffelsalat|Apfelstrudel|Linsensuppe|Käsespätzle|Käsekuchen|Rote Grütze"))
region("de-at", lang="de",
       origins="at:6 de:1 word:2 tr:1 cs:1",
       cities=L("Wels|Steyr|Krems|Villach|Leoben|Dornbirn|Bregenz|Lienz|Amstetten|Bad Ischl"),
       wtowns=L("Hall in Tirol|Zell am See|Gmunden|Perg|Imst|Melk"),
       streets=L("Hauptplatz §/¤|Gstettengasse §|Mühlgrabenweg §|Lerchenfelder Gürtel §/¤|Am Anger §"),
       hospitals=L("Landesklinikum Hollerbach|Krankenhaus der Barmherzigen Brüder Steinau|LKH Almtal"),
       clinics=L("Gruppenpraxis Gstettengasse|Primärversorgungszentrum Mühlgraben"),
       carehomes=L("Pflegeheim Haus Sonnberg|Seniorenwohnheim Lindenhof Almtal"),
       land=["01 ### ## ##", "0732 ## ## ##", "0316 ######", "+43 1 ### ####"],
       mob=["+43 664 #######", "0664 ### ## ##", "0676 ########", "0699 ### ####"],
       mail=L("aon.at|gmx.at|chello.at"), tld="at",
       drugs=L("Mexalen|Parkemed|Novalgin|Seractil|Thrombo ASS|Euthyrox|Lovenox|Pantoloc"),
       food=L("Kaiserschmarrn|Marillenknödel|Tafelspitz|Germknödel"))
region("de-ch", lang="de",
       origins="ch:6 de:1 word:1 it:1 pt:1",
       cities=L("Thun|Chur|Olten|Aarau|Frauenfeld|Visp|Brig|Sursee|Uster"),
       wtowns=L("Zug|Baden|Laufen|Wil|Horgen|Spiez"),
       streets=L("Rebbergstrasse §|Im Hasenbühl §|Dorfplatz §|Chälenweg §|Seeweg §a"),
       hospitals=L("Kantonsspital Aaretal|Spital Oberhasli-Süd|Regionalspital Emmenfeld"),
       clinics=L("Praxis am Dorfplatz|Gesundheitszentrum Rebberg"),
       carehomes=L("Alterszentrum Sonnmatt|Pflegezentrum Chälenweg"),
       land=["044 ### ## ##", "041 ### ## ##", "031 ### ## ##", "+41 61 ### ## ##"],
       mob=["079 ### ## ##", "+41 79 ### ## ##", "076 ### ## ##", "078 ### ## ##"],
       mail=L("bluewin.ch|gmx.ch|sunrise.ch"), tld="ch",
       drugs=L("Dafalgan|Ponstan|Irfen|Alucol|Sintrom|Pantoprazol|Zyrtec|Algifor"),
       food=L("Rösti|Zopf|Birchermüesli|Älplermagronen"))
region("fr-fr", lang="fr",
       origins="fr:6 word:2 ar:2 pt:1 vi:1 tr:1",
       cities=L("Agen|Pau|Dole|Vichy|Sète|Millau|Niort|Rodez|Bourges|Mende|Auch|Laval"),
       wtowns=L("Tours|Sens|Gap|Lens|Orange|Vienne|Nancy|Bar-le-Duc|Die|Lure"),
       streets=L("§ rue des Tanneurs|§ bis avenue des Tilleuls|§ impasse du Moulin-Vieux|"
                 "§ chemin de la Croix-Blanche|§, allée des Glycines|§ place du Marché-aux-Herbes"),
       hospitals=L("Centre hospitalier de la Haute-Ribeyre|Clinique Sainte-Odile des Tilleuls|"
                   "Hôpital Saint-Vincent-du-Moulin|CHU de la Croix-Blanche"),
       clinics=L("Maison de santé du Moulin-Vieux|Cabinet médical des Tanneurs|Centre de santé des Glycines"),
       carehomes=L("EHPAD Les Glycines|Résidence Les Mimosas|EHPAD Le Clos Fleuri"),
       land=["01 ## ## ## ##", "04 ## ## ## ##", "+33 (0)5 ## ## ## ##", "03.##.##.##.##"],
       mob=["06 ## ## ## ##", "07 ## ## ## ##", "+33 6 ## ## ## ##", "06.##.##.##.##"],
       mail=L("orange.fr|free.fr|laposte.net|gmail.com|sfr.fr"), tld="fr",
       drugs=L("Doliprane|Dafalgan|Efferalgan|Spasfon|Smecta|Levothyrox|Kardégic|Lovenox|Inexium|Previscan|"
               "Ventoline|Gaviscon|Xarelto"),
       food=L("ratatouille|quiche aux poireaux|soupe à l'oignon|crêpes|gratin dauphinois|clafoutis"))
region("fr-be", lang="fr",
       origins="frbe:5 word:2 vl:1 ar:1 it:1",
       cities=L("Mons|Namur|Ath|Huy|Wavre|Arlon|Dinant|Ciney|Soignies"),
       wtowns=L("Spa|Marche-en-Famenne|Binche|Eupen|Hannut"),
       streets=L("Rue de la Station §|Chaussée de Louvain §|Avenue des Combattants § bte ¤|Rue des Houblonnières §"),
       hospitals=L("Clinique Saint-Remacle|CHR de la Haute-Meuse|Centre hospitalier du Val de Sambre"),
       clinics=L("Maison médicale de la Station|Cabinet médical des Combattants"),
       carehomes=L("Résidence Les Charmilles|Maison de repos Saint-Joseph de la Combe"),
       land=["02 ### ## ##", "081 ## ## ##", "04 ### ## ##"],
       mob=["047# ## ## ##", "+32 47# ## ## ##", "049# ## ## ##"],
       mail=L("skynet.be|telenet.be|gmail.com"), tld="be",
       drugs=L("Dafalgan|Perdolan|Motilium|Sintrom|Pantomed|Asaflow"),
       food=L("carbonnade flamande|chicons au gratin|gaufres|boulets sauce lapin"))
region("fr-ch", lang="fr",
       origins="frch:5 fr:1 word:1 pt:1 ch:1",
       cities=L("Sion|Nyon|Morges|Yverdon-les-Bains|Delémont|Martigny|Payerne"),
       wtowns=L("Bulle|Monthey|Aigle|Orbe"),
       streets=L("Chemin des Vignes §|Rue du Bourg-de-Four §|Route de la Gare §|Avenue des Alpes §"),
       hospitals=L("Hôpital des Trois-Lacs|Hôpital régional de la Broye-Haute"),
       clinics=L("Cabinet du Bourg-de-Four|Permanence médicale des Vignes"),
       carehomes=L("EMS Les Pervenches|EMS La Roselière"),
       land=["021 ### ## ##", "022 ### ## ##", "027 ### ## ##"],
       mob=["079 ### ## ##", "+41 78 ### ## ##", "076 ### ## ##"],
       mail=L("bluewin.ch|hispeed.ch|gmail.com"), tld="ch",
       drugs=L("Dafalgan|Ponstan|Irfen|Sintrom|Algifor|Pantozol"),
       food=L("fondue moitié-moitié|malakoffs|papet vaudois|gâteau du Vully"))
region("fr-ca", lang="fr",
       origins="frca:6 word:1 ar:1 vi:1",
       cities=L("Gatineau|Rimouski|Sherbrooke|Saguenay|Drummondville|Trois-Rivières"),
       wtowns=L("Laval|Val-d'Or|Magog|Granby|Mirabel"),
       streets=L("§, rue des Érables|§ boulevard Saint-Joseph Est|§, rang du Petit-Bois|app. ¤, § rue Principale"),
       hn=(10, 2400),
       hospitals=L("Hôpital Sainte-Clotilde-de-Beauce|Centre hospitalier régional des Érables"),
       clinics=L("CLSC des Érables|GMF du Boulevard Saint-Joseph"),
       carehomes=L("CHSLD Saint-Joseph-du-Lac|Résidence Les Jardins du Fleuve"),
       areas=L("514|418|819|450|581"),
       land=["% @##-####", "%-@##-####"], mob=["% @##-####", "+1 % @## ####"],
       mail=L("videotron.ca|sympatico.ca|gmail.com"), tld="ca",
       drugs=L("Tylenol|Advil|Pantoloc|Synthroid|Coversyl"),
       food=L("pâté chinois|tourtière|pouding chômeur|fèves au lard"))
region("es-es", lang="es",
       origins="es:5 cat:2 word:3 ar:1 col:1",
       cities=L("Lugo|Soria|Teruel|Jaén|Cuenca|Zamora|Getafe|Elche|Reus|Olot|Irun|Gernika"),
       wtowns=L("Toro|Mula|Ronda|Vera|Vic|Tolosa|Salas|Baza|Lorca"),
       streets=L("Calle del Olivo, §, ¤.º B|C/ Mayor §, ¤º izq|Avda. de los Almendros, §|"
                 "Plaza de la Constitución, §|Carrer de la Riera, §, ¤r 1a|Kale Nagusia §"),
       hospitals=L("Hospital Universitario Santa Engracia|Hospital Comarcal del Alto Jalón|"
                   "Hospital de Sant Pau de la Riera|Hospital Zubiaurre"),
       clinics=L("Centro de Salud Los Almendros|Consultorio La Riera|CAP Sant Pere Nord"),
       carehomes=L("Residencia de mayores San Fermín|Residencia Los Olivos del Sur"),
       land=["91 ### ## ##", "943 ## ## ##", "96 ### ## ##", "+34 93 ### ## ##"],
       mob=["6## ### ###", "+34 6## ## ## ##", "7## ### ###"],
       mail=L("gmail.com|yahoo.es|hotmail.es|telefonica.net"), tld="es",
       drugs=L("Nolotil|Gelocatil|Enantyum|Adiro|Sintrom|Omeprazol|Eutirox|Frenadol|Dalsy|Orfidal|Augmentine"),
       food=L("tortilla de patatas|gazpacho|lentejas|arroz con leche|croquetas|pisto"))
region("es-mx", lang="es",
       origins="mx:6 word:2",
       cities=L("Pachuca|Toluca|Morelia|Mérida|Colima|Tepic|Zacatecas|Orizaba|Celaya|Hermosillo"),
       wtowns=L("Córdoba|Salamanca|Progreso|Cuautla"),
       streets=L("Calle Jacarandas §, Col. Las Lomas|Privada de los Fresnos §, int. ¤|Av. de las Buganvilias §|"
                 "Callejón del Sauce §"),
       hospitals=L("Hospital General Los Fresnos|Hospital Jacarandas del Bajío|Hospital Santa Mónica de Orizaba"),
       clinics=L("Unidad de Medicina Familiar Las Lomas|Consultorio Médico Los Fresnos"),
       carehomes=L("Casa Hogar San Vicente|Residencia Geriátrica Las Buganvilias"),
       land=["+52 55 #### ####", "55 #### ####", "442 ### ####"], mob=["+52 1 33 #### ####", "55 #### ####"],
       mail=L("prodigy.net.mx|gmail.com|hotmail.com"), tld="mx",
       drugs=L("Tempra|Aspirina|Buscapina|Neomelubrina|Glucophage|Losartán"),
       food=L("pozole|chilaquiles|tamales|mole poblano"))
region("es-ar", lang="es",
       origins="arg:6 word:2 it:1",
       cities=L("Rosario|Paraná|Tandil|Junín|Trelew|Bahía Blanca"),
       wtowns=L("Concordia|Salta|Mercedes|Río Cuarto"),
       streets=L("Pasaje Los Aromos §|Av. del Litoral §, piso ¤, depto B|Calle Las Tipas §"),
       hn=(100, 4999),
       hospitals=L("Hospital Los Aromos|Hospital del Litoral Sur"),
       clinics=L("Centro Médico Los Aromos|Consultorios del Litoral"),
       carehomes=L("Hogar de Ancianos Santa Clara del Sur"),
       land=["011 4###-####", "0341 4##-####"], mob=["+54 9 11 ####-####", "+54 9 341 ###-####"],
       mail=L("fibertel.com.ar|gmail.com"), tld="com.ar",
       drugs=L("Ibupirac|Tafirol|Amoxidal|Sertal"), food=L("empanadas|locro|alfajores"))
region("es-cl", lang="es",
       origins="chl:6 word:2",
       cities=L("Temuco|Puerto Montt|Talca|Rancagua|Osorno|Chillán|Calama|Copiapó"),
       wtowns=L("Concepción|Angol|Ovalle"),
       streets=L("Pasaje Los Copihues §|Av. Los Canelos §, depto ¤0¤|Calle Los Maitenes §"),
       hn=(100, 4999),
       hospitals=L("Hospital Base de la Araucanía Sur|Hospital Los Copihues"),
       clinics=L("CESFAM Los Copihues|Centro Médico Los Maitenes"),
       carehomes=L("ELEAM Los Canelos"),
       land=["2 2### ####", "+56 41 2## ####"], mob=["+56 9 #### ####", "9 #### ####"],
       mail=L("gmail.com|vtr.net"), tld="cl", drugs=L("Kitadol|Zopiclona|Losartán"),
       food=L("pastel de choclo|cazuela|sopaipillas"))
region("es-co", lang="es",
       origins="col:6 word:2",
       cities=L("Pasto|Neiva|Tunja|Montería|Cúcuta|Popayán"),
       wtowns=L("Armenia|Pereira|Girardot|Honda"),
       streets=L("Calle § # ¤-¤|Carrera ¤ # §-¤, apto ¤0¤|Diagonal § # ¤-¤"),
       hn=(10, 99),
       hospitals=L("Hospital San Rafael del Huila|Hospital Universitario Los Guayacanes"),
       clinics=L("IPS Salud Montería Norte|Centro Médico Los Guayacanes"),
       carehomes=L("Hogar Geriátrico Los Guayacanes"),
       land=["601 ### ####", "604 ### ####"], mob=["+57 3## ### ####", "3## ### ####"],
       mail=L("gmail.com|une.net.co"), tld="co", drugs=L("Dolex|Acetaminofén|Losartán"),
       food=L("ajiaco|arepas|sancocho"))
region("it-it", lang="it",
       origins="it:6 word:3 ar:1",
       cities=L("Fano|Lecco|Sora|Nola|Chieti|Asti|Lodi|Cuneo|Gela|Imola|Lucca"),
       wtowns=L("Prato|Bra|Vasto|Este|Carpi|Rho|Aosta"),
       streets=L("Via dei Ciclamini §|Via Monte Grappa, §|Vicolo del Forno §|Piazza delle Erbe §|Via San Rocco §/B|"
                 "Contrada Sant'Elia §"),
       hospitals=L("Ospedale Santa Lucilla|Policlinico San Gerlando|Presidio Ospedaliero Valle del Sangro"),
       clinics=L("Poliambulatorio del Forno|Studio medico Via dei Ciclamini"),
       carehomes=L("RSA Villa Serena|Casa di riposo Villa dei Ciclamini|RSA Il Glicine"),
       land=["02 #### ####", "06 #######", "011 ### ####", "081 ### ####"],
       mob=["3@# ### ####", "+39 3@# ### ####", "3@#-#######"],
       mail=L("libero.it|tiscali.it|alice.it|virgilio.it"), tld="it",
       drugs=L("Tachipirina|Moment|Brufen|Oki|Cardioaspirina|Coumadin|Eutirox|Augmentin|Aulin|Lasix|Pantorc|"
               "Xarelto|Buscopan|Voltaren"),
       food=L("risotto ai funghi|tiramisù|pasta e fagioli|frittata di zucchine|minestrone|parmigiana"))
region("nl-nl", lang="nl",
       origins="nl:6 word:3 tr:1 ar:1",
       cities=L("Zeist|Uden|Boxtel|Assen|Sneek|Zwolle|Venlo|Weert|Tiel|Delft"),
       wtowns=L("Best|Ede|Epe|Putten|Doorn|Goes|Hoorn|Oss|Urk"),
       streets=L("Zonnebloemstraat §|Achter de Molen §|Bloemgracht §-II|Populierenlaan §A|Dorpsstraat § bis|Kerkpad §"),
       hospitals=L("Ziekenhuis De Zonnebloem|Streekziekenhuis Eemland-Zuid|Gelre-Veluwezoom Ziekenhuis"),
       clinics=L("Huisartsenpraktijk Achter de Molen|Gezondheidscentrum De Populier"),
       carehomes=L("Zorgcentrum De Populier|Verpleeghuis Het Hoge Veld"),
       land=["020-#######", "030 ### ####", "+31 (0)10 ### ####"],
       mob=["06-########", "+31 6 ########", "06 ## ## ## ##"],
       mail=L("ziggo.nl|kpnmail.nl|planet.nl|gmail.com"), tld="nl",
       drugs=L("paracetamol|ibuprofen|omeprazol|acenocoumarol|Thyrax|Marcoumar|Movicolon|diclofenac|naproxen|Ascal"),
       food=L("stamppot|erwtensoep|appeltaart|pannenkoeken|hutspot"))
region("nl-be", lang="nl",
       origins="vl:6 word:2 ar:1 tr:1",
       cities=L("Aalst|Tielt|Hamme|Ninove|Diest|Tongeren|Eeklo"),
       wtowns=L("Geel|Mol|Lier|Peer|Boom|Bree|Zele"),
       streets=L("Kapelstraat § bus ¤|Steenweg op Aalst §|Lindenlei §|Molenstraat §"),
       hospitals=L("AZ Sint-Lieven|AZ Kempenland|AZ Scheldevallei-Oost"),
       clinics=L("Huisartsenpraktijk Lindenlei|Wijkgezondheidscentrum De Kapel"),
       carehomes=L("Woonzorgcentrum Lindenhof|WZC Ter Beuken"),
       land=["014 ## ## ##", "09 ### ## ##", "016 ## ## ##"],
       mob=["047# ## ## ##", "+32 48# ## ## ##", "049# ## ## ##"],
       mail=L("telenet.be|skynet.be|gmail.com"), tld="be",
       drugs=L("Dafalgan|Perdolan|Asaflow|Sintrom|Pantomed|Motilium"),
       food=L("stoofvlees|waterzooi|witloof met kaas|rijstpap"))
region("pt-pt", lang="pt",
       origins="pt:6 word:3 br:1",
       cities=L("Braga|Viseu|Beja|Elvas|Seia|Faro|Covilhã|Barcelos|Amadora"),
       wtowns=L("Tomar|Chaves|Guarda|Lagos|Serpa|Fundão"),
       streets=L("Rua das Camélias, n.º §, ¤.º Dto|Travessa do Carmo, §|Avenida da Liberdade, §|"
                 "Largo do Pelourinho, §|Rua Direita, §"),
       hospitals=L("Hospital de Santa Engrácia|Hospital Distrital da Guarda-Sul|Hospital de São Sancho"),
       clinics=L("USF Camélias|Clínica do Pelourinho"),
       carehomes=L("Lar de São Sancho|Lar Quinta das Camélias"),
       land=["21 ### ####", "22 ### ####", "253 ### ###"],
       mob=["91# ### ###", "93# ### ###", "+351 96# ### ###", "92# ### ###"],
       mail=L("sapo.pt|gmail.com|netcabo.pt"), tld="pt",
       drugs=L("Ben-u-ron|Brufen|Aspirina|Xarelto|Lasix|Voltaren|Victan|Zyloric"),
       food=L("caldo verde|arroz doce|pastéis de nata|arroz de pato"))
region("pt-br", lang="pt",
       origins="br:6 word:3 ja:1 it:1 ar:1",
       cities=L("Londrina|Campinas|Belém|Maceió|Sobral|Juiz de Fora|Betim|Joinville|Chapecó"),
       wtowns=L("Natal|Recife|Bonito|Palmas|Vitória|Cruzeiro|Franca"),
       streets=L("Rua das Acácias, §, apto ¤0¤|Av. Boa Viagem, §|Travessa Jacarandá, §|Rua Sete de Setembro, §"),
       hn=(10, 2400),
       hospitals=L("Hospital Nossa Senhora das Graças|Hospital Santa Rita do Capibaribe|Hospital Municipal do Cruzeiro"),
       clinics=L("UBS Jardim das Acácias|Clínica Boa Viagem Saúde"),
       carehomes=L("Lar dos Idosos São Vicente|Lar Recanto das Acácias"),
       land=["81 3###-####", "+55 11 3###-####", "19 3###-####"],
       mob=["11 9####-####", "+55 21 9####-####", "81 9####-####"],
       mail=L("uol.com.br|terra.com.br|bol.com.br|gmail.com"), tld="com.br",
       drugs=L("Dipirona|Novalgina|Tylenol|Buscopan|Losartana|Puran T4|Rivotril|Glifage|Dorflex|Neosaldina"),
       food=L("feijoada|pão de queijo|brigadeiro|moqueca|cuscuz paulista"))
region("sv", lang="sv",
       origins="sv:6 word:3 fi:1 ar:1 fa:1",
       cities=L("Ystad|Luleå|Borås|Motala|Skövde|Gävle|Eslöv|Falun|Kiruna|Säffle"),
       wtowns=L("Mora|Sala|Kil|Åre|Hjo|Lund|Ed|Tidaholm"),
       streets=L("Björkvägen §|Lingonstigen §|Kvarngatan §, lgh 1¤0¤|Storgatan § B|Sjöviksvägen §"),
       hospitals=L("Ljungdalens sjukhus|Norrbackens lasarett|Sjöviks sjukhus"),
       clinics=L("Vårdcentralen Björkhagen|Vårdcentralen Lingonstigen"),
       carehomes=L("Säfflebacka äldreboende|Solgårdens äldreboende"),
       land=["08-### ### ##", "031-## ## ##", "018-## ## ##"],
       mob=["070-### ## ##", "073-### ## ##", "+46 72 ### ## ##", "076-### ## ##"],
       mail=L("telia.com|gmail.com|bredband.net"), tld="se",
       drugs=L("Alvedon|Ipren|Panodil|Waran|Levaxin|Omeprazol|Treo|Eliquis|Furix|Trombyl"),
       food=L("köttbullar|kanelbullar|ärtsoppa|raggmunk|kladdkaka"))
region("da", lang="da",
       origins="da:6 word:3 tr:1 ar:1",
       cities=L("Ribe|Vejle|Herning|Holstebro|Nakskov|Grenaa|Tønder|Ringsted|Viborg|Haderslev|Næstved"),
       wtowns=L("Hals|Skive|Faxe|Struer|Store Heddinge|Them"),
       streets=L("Kirsebærvej §|Lærkevej §, ¤ tv|Strandvejen §|Hyldegårdsvej §|Bøgealle §"),
       hospitals=L("Sygehus Sønderå|Regionshospitalet Vesterkær"),
       clinics=L("Lægehuset ved Strandvejen|Lægerne i Kirsebærhaven"),
       carehomes=L("Kirsebærhavens Plejecenter|Plejehjemmet Solbakken"),
       land=["@# ## ## ##", "+45 @# ## ## ##"], mob=["@# ## ## ##", "+45 @# ## ## ##", "@### ####"],
       mail=L("mail.dk|gmail.com|jubii.dk"), tld="dk",
       drugs=L("Panodil|Pamol|Ipren|Treo|Marevan|Eltroxin|Hjertemagnyl|Furix"),
       food=L("frikadeller|æbleskiver|risalamande|stegt flæsk"))
region("no", lang="no",
       origins="no:6 word:3 vi:1 ar:1",
       cities=L("Gjøvik|Molde|Tynset|Askim|Hamar|Førde|Bodø|Steinkjer|Namsos"),
       wtowns=L("Moss|Hell|Bø|Voss|Ski|Alta|Lier"),
       streets=L("Bjørkeveien §|Granliveien § B|Sjøgata §|Fjellstien §|Skoleveien §"),
       hospitals=L("Fjellheim sykehus|Sjøvik sjukehus|Granlia sykehus"),
       clinics=L("Granli legesenter|Sjøgata legekontor"),
       carehomes=L("Sjøgata sykehjem|Fjellstien omsorgssenter"),
       land=["22 ## ## ##", "55 ## ## ##"], mob=["9## ## ###", "4## ## ###", "+47 9## ## ###"],
       mail=L("online.no|gmail.com|getmail.no"), tld="no",
       drugs=L("Paracet|Ibux|Pinex|Marevan|Levaxin|Albyl-E|Somac|Furix|Eliquis"),
       food=L("fårikål|lapskaus|vafler|kjøttkaker|raspeballer"))
region("pl", lang="pl",
       origins="pl:7 word:3",
       cities=L("Kielce|Ełk|Pszczyna|Łask|Biecz|Ustka|Wieliczka|Kłodzko|Sanok|Chełm|Zamość|Płock"),
       wtowns=L("Koło|Puck|Nowy Targ|Żary|Rumia|Reda|Hel"),
       streets=L("ul. Słoneczna §/¤|ul. Jaśminowa § m. ¤|al. Lipowa §|os. Tysiąclecia §|ul. Polna §"),
       hospitals=L("Szpital Wojewódzki Zielone Wzgórze|Szpital Powiatowy pod Lipami|Szpital Miejski Słoneczny Brzeg"),
       clinics=L("Przychodnia Słoneczna|NZOZ Jaśminowa"),
       carehomes=L("Dom Pomocy Społecznej Pod Lipami|Dom Seniora Złota Jesień"),
       land=["22 ### ## ##", "+48 12 ### ## ##", "58 ### ## ##"],
       mob=["5## ### ###", "6## ### ###", "+48 7## ### ###", "8## ### ###"],
       mail=L("wp.pl|o2.pl|onet.pl|interia.pl"), tld="pl",
       drugs=L("Apap|Ibuprom|Nurofen|Pyralgin|Polopiryna|Acard|Euthyrox|Xarelto|Metformax|Ketonal"),
       food=L("pierogi|żurek|bigos|sernik|placki ziemniaczane"))
region("cs", lang="cs",
       origins="cs:7 word:3 vi:1",
       cities=L("Cheb|Kolín|Louny|Jihlava|Zlín|Beroun|Kladno|Třebíč|Vsetín|Příbram"),
       wtowns=L("Most|Písek|Tábor|Kadaň|Slaný|Hranice"),
       streets=L("Jabloňová §/¤|Na Vyhlídce §|U Mlýna §|Lipová §|Nádražní §/¤"),
       hospitals=L("Nemocnice Na Vyhlídce|Oblastní nemocnice Podlesí|Městská nemocnice U Mlýna"),
       clinics=L("Poliklinika U Mlýna|Zdravotní středisko Lipová"),
       carehomes=L("Domov seniorů Jabloňka|Domov pro seniory Na Výsluní"),
       land=["2## ### ###", "+420 5## ### ###"], mob=["6## ### ###", "7## ### ###", "+420 6## ### ###"],
       mail=L("seznam.cz|email.cz|centrum.cz"), tld="cz",
       drugs=L("Paralen|Ibalgin|Nurofen|Anopyrin|Godasal|Warfarin|Euthyrox|Novalgin|Ataralgin"),
       food=L("svíčková|bramboráky|koláče|kulajda|vepřo knedlo zelo"))
region("fi", lang="fi",
       origins="fi:7 word:3 sv:1",
       cities=L("Kemi|Imatra|Porvoo|Rauma|Pori|Kuopio|Hamina|Iisalmi|Kajaani|Raahe|Forssa"),
       wtowns=L("Kotka|Lahti|Salo|Lieto|Kuusamo|Nokia"),
       streets=L("Koivukuja § B ¤|Rantatie §|Kuusitie § as. ¤|Mäntypolku §|Kirkkokatu § A ¤"),
       hospitals=L("Koivulan sairaala|Rantakylän aluesairaala|Mäntyrinteen sairaala"),
       clinics=L("Rantakylän terveysasema|Koivukujan lääkäriasema"),
       carehomes=L("Mäntyrinteen palvelutalo|Kuusikodon hoivakoti"),
       land=["09 #### ###", "+358 9 #### ###", "03 ### ####"],
       mob=["040 ### ####", "050 ### ####", "044 ### ####", "+358 40 ### ####"],
       mail=L("kolumbus.fi|gmail.com|luukku.com"), tld="fi",
       drugs=L("Panadol|Pamol|Marevan|Thyroxin|Primaspan|Somac|Eliquis|Klexane"),
       food=L("lohikeitto|karjalanpiirakat|mustikkapiirakka|korvapuustit|hernekeitto"))


# ------------------------------------------------------------ generators
GENS = {}


def G(name):
    def deco(f):
        GENS[name] = f
        return f
    return deco


def rand_date(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, calendar.monthrange(y, m)[1])
    return y, m, d


NUM_FMT = {
    "en-us": ["{mm}/{dd}/{yyyy}", "{m}/{d}/{yyyy}", "{mm}-{dd}-{yyyy}", "{m}/{d}/{yy}"],
    "en-ca": ["{yyyy}-{mm}-{dd}", "{dd}/{mm}/{yyyy}"],
    "en-in": ["{dd}/{mm}/{yyyy}", "{dd}-{mm}-{yyyy}", "{dd}.{mm}.{yyyy}"],
    "en": ["{dd}/{mm}/{yyyy}", "{d}/{m}/{yyyy}", "{dd}.{mm}.{yyyy}", "{dd}-{mm}-{yy}", "{d}/{m}/{yy}"],
    "de": ["{dd}.{mm}.{yyyy}", "{d}.{m}.{yyyy}", "{dd}.{mm}.{yy}"],
    "fr-ca": ["{yyyy}-{mm}-{dd}", "{dd}/{mm}/{yyyy}"],
    "fr": ["{dd}/{mm}/{yyyy}", "{dd}.{mm}.{yyyy}", "{dd}/{mm}/{yy}"],
    "es": ["{dd}/{mm}/{yyyy}", "{d}/{m}/{yyyy}", "{dd}-{mm}-{yyyy}"],
    "it": ["{dd}/{mm}/{yyyy}", "{d}/{m}/{yyyy}", "{dd}.{mm}.{yyyy}"],
    "nl": ["{dd}-{mm}-{yyyy}", "{d}-{m}-{yyyy}", "{dd}/{mm}/{yyyy}"],
    "pt": ["{dd}/{mm}/{yyyy}", "{dd}-{mm}-{yyyy}"],
    "sv": ["{yyyy}-{mm}-{dd}", "{d}/{m} {yyyy}"],
    "da": ["{dd}.{mm}.{yyyy}", "{dd}-{mm}-{yyyy}", "{d}/{m} {yyyy}"],
    "no": ["{dd}.{mm}.{yyyy}", "{d}.{m}.{yyyy}"],
    "pl": ["{dd}.{mm}.{yyyy}", "{dd}-{mm}-{yyyy}", "{d}.{mm}.{yyyy}"],
    "cs": ["{d}. {m}. {yyyy}", "{d}.{m}.{yyyy}", "{dd}.{mm}.{yyyy}"],
    "fi": ["{d}.{m}.{yyyy}", "{dd}.{mm}.{yyyy}"],
}
WFMT = {
    "en-us": (["{Month} {d}, {yyyy}", "{Mon} {d} {yyyy}", "{Month} {d} {yyyy}"],
              ["{Month} {d}", "{Month} {d}{sfx}"]),
    "en": (["{d} {Month} {yyyy}", "{d}{sfx} {Month} {yyyy}", "{d}{sfx} of {Month} {yyyy}",
            "{Month} {d}, {yyyy}", "{d}-{Mon}-{yyyy}"],
           ["{d} {Month}", "{d}{sfx} {Month}", "{Month} {d}{sfx}", "{d}{sfx} of {Month}"]),
    "de": (["{d}. {month} {yyyy}"], ["{d}. {month}"]),
    "fr": (["{d1} {month} {yyyy}"], ["{d1} {month}"]),
    "es": (["{d} de {month} de {yyyy}"], ["{d} de {month}"]),
    "it": (["{d1} {month} {yyyy}"], ["{d1} {month}"]),
    "nl": (["{d} {month} {yyyy}"], ["{d} {month}"]),
    "pt": (["{d1} de {month} de {yyyy}"], ["{d1} de {month}"]),
    "sv": (["{d} {month} {yyyy}"], ["{d} {month}"]),
    "da": (["{d}. {month} {yyyy}"], ["{d}. {month}"]),
    "no": (["{d}. {month} {yyyy}"], ["{d}. {month}"]),
    "pl": (["{d} {month} {yyyy}"], ["{d} {month}"]),
    "cs": (["{d}. {month} {yyyy}"], ["{d}. {month}"]),
    "fi": (["{d}. {month} {yyyy}"], ["{d}. {month}"]),
}


def fmt_date(ctx, y, m, d, kind):
    if ctx.voice:
        return spoken_date(y, m, d, ctx, year=(kind != "noyr"))
    lang = ctx.lang
    month = MONTHS[lang][m - 1]
    if ctx.region == "de-at" and m == 1:
        month = "Jänner"
    if kind == "iso":
        f = "{yyyy}-{mm}-{dd}"
    elif kind == "num":
        f = pick(NUM_FMT.get(ctx.region) or NUM_FMT[lang])
    else:
        w = WFMT.get(ctx.region) or WFMT[lang]
        f = pick(w[0] if kind == "words" else w[1])
    d1 = str(d)
    if d == 1 and (lang in ("fr",)):
        d1 = "1er"
    if d == 1 and (lang == "it" or ctx.region == "pt-br"):
        d1 = "1º"
    return f.format(d=d, dd="%02d" % d, m=m, mm="%02d" % m, yyyy=y, yy="%02d" % (y % 100),
                    Month=month, Mon=month[:3], month=month, sfx=en_sfx(d), d1=d1)


def num_text(ctx, k):
    if not ctx.voice:
        return str(k)
    f = {"en": lambda n: en_num(n, " "), "de": de_num, "fr": fr_num, "es": es_num,
         "it": it_num, "nl": nl_num, "pt": pt_num}.get(ctx.lang)
    return f(k) if f else spell_chars(str(k), ctx)


def spoken_if_voice(ctx, v):
    return spell_chars(v, ctx) if ctx.voice else v


@G("city")
def g_city(ctx):
    return pick(ctx.rd["cities"] + ctx.rd["wtowns"]), "LOCATION"


@G("wtown")
def g_wtown(ctx):
    return pick(ctx.rd["wtowns"]), "LOCATION"


@G("street")
def g_street(ctx):
    s = pick(ctx.rd["streets"])
    if ctx.voice:
        s = re.sub(r"([§¤])(?=[A-Za-z])", r"\1 ", s)
    lo, hi = ctx.rd["hn"]
    s = s.replace("§", num_text(ctx, R.randint(lo, hi)))
    while "¤" in s:
        s = s.replace("¤", num_text(ctx, R.randint(1, 40)), 1)
    return s, "LOCATION"


UK_PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


@G("postcode")
def g_postcode(ctx):
    r = ctx.region
    if r in ("en-gb", "en-sco", "en-wal"):
        v = "%s%d %d%s%s" % (pick(ctx.rd["pcareas"]), R.randint(1, 29), R.randint(1, 9),
                             R.choice(UK_PC_LET), R.choice(UK_PC_LET))
    elif r == "en-ie":
        keys = L("A92|A98|C15|D08|D6W|E91|F92|H91|K78|N37|P72|R35|T12|V94|X35|Y21")
        ch = "ACDEFHKNPRTVWXY0123456789"
        v = pick(keys) + " " + R.choice("ACDEFHKNPRTVWXY") + "".join(R.choice(ch) for _ in range(3))
    elif r == "en-us":
        v = pat(pick(["@####", "@####", "@####-####"]))
    elif r == "en-in":
        v = pat(pick(["@#####", "@## ###"]))
    elif r in ("en-ca", "fr-ca"):
        first = "GHJ" if r == "fr-ca" else "ABCEGHJKLMNPRSTVXY"
        lt = "ABCEGHJKLMNPRSTVWXYZ"
        v = "%s%d%s %d%s%d" % (R.choice(first), R.randrange(10), R.choice(lt), R.randrange(10),
                               R.choice(lt), R.randrange(10))
    elif r in ("de-de", "it-it", "es-mx", "fi"):
        v = pat("#####")
    elif r in ("de-at", "de-ch", "fr-be", "fr-ch", "nl-be", "da", "en-au"):
        v = pat("@###")
    elif r == "fr-fr":
        v = "%02d" % R.choice([x for x in range(1, 96) if x != 20]) + pat("###")
    elif r == "es-es":
        v = "%02d" % R.randint(1, 52) + pat("###")
    elif r == "es-ar":
        v = pat("^####^^^", ALL_LET)
    elif r == "es-cl":
        v = pat("@######")
    elif r == "es-co":
        v = pat("@#####")
    elif r == "nl-nl":
        v = pat("@### ^^", "ABCEGHJKLMNPRTVWXZ")
    elif r == "pt-pt":
        v = pat("@###-###")
    elif r == "pt-br":
        v = pat("#####-###")
    elif r in ("sv", "cs"):
        v = pat("@## ##")
    elif r == "no":
        v = pat("####")
    elif r == "pl":
        v = pat("##-###")
    else:
        raise KeyError(r)
    return spoken_if_voice(ctx, v), "LOCATION"


@G("hospital")
def g_hospital(ctx):
    return pick(ctx.rd["hospitals"]), "LOCATION"


@G("clinic")
def g_clinic(ctx):
    return pick(ctx.rd["clinics"]), "LOCATION"


@G("carehome")
def g_carehome(ctx):
    return pick(ctx.rd["carehomes"]), "LOCATION"


def phone_val(ctx, kind):
    p = pick(ctx.rd[kind])
    if "%" in p:
        p = p.replace("%", pick(ctx.rd["areas"]))
    return pat(p)


@G("phone")
def g_phone(ctx):
    return spoken_if_voice(ctx, phone_val(ctx, pick(["land", "mob"]))), "PHONE"


@G("mobile")
def g_mobile(ctx):
    return spoken_if_voice(ctx, phone_val(ctx, "mob")), "PHONE"


EXT = {"en": [" ext. ####", " x###", " ext ###"], "de": [" Durchwahl ##"], "fr": [" poste ###"],
       "es": [" ext. ###"], "it": [" int. ###"], "nl": [" toestel ###"], "pt": [" ramal ###"]}


@G("phone_ext")
def g_phone_ext(ctx):
    v = phone_val(ctx, "land")
    if ctx.lang == "de" and "-" not in v and R.random() < 0.6:
        v += pat("-##")
    else:
        v += pat(pick(EXT.get(ctx.lang, [" ext. ###"])))
    return v, "PHONE"


@G("pager")
def g_pager(ctx):
    return spoken_if_voice(ctx, pat(pick(["@####", "@###"]))), "PHONE"


@G("dob")
def g_dob(ctx):
    return fmt_date(ctx, *rand_date(1921, 2004), "num"), "DATE"


@G("dobw")
def g_dobw(ctx):
    return fmt_date(ctx, *rand_date(1921, 2004), "words"), "DATE"


def event_date(ctx):
    ctx.last_event = rand_date(2022, 2025)
    return ctx.last_event


@G("date")
def g_date(ctx):
    return fmt_date(ctx, *event_date(ctx), "num"), "DATE"


@G("datew")
def g_datew(ctx):
    return fmt_date(ctx, *event_date(ctx), "words"), "DATE"


@G("dateafter")
def g_dateafter(ctx):
    base = ctx.last_event or event_date(ctx)
    d = datetime.date(*base) + datetime.timedelta(days=R.randint(1, 24))
    ctx.last_event = (d.year, d.month, d.day)
    return fmt_date(ctx, d.year, d.month, d.day, "num"), "DATE"


@G("dobchild")
def g_dobchild(ctx):
    return fmt_date(ctx, *rand_date(2008, 2019), "num"), "DATE"


@G("datenoyr")
def g_datenoyr(ctx):
    return fmt_date(ctx, *rand_date(2024, 2025), "noyr"), "DATE"


@G("dateiso")
def g_dateiso(ctx):
    return fmt_date(ctx, *event_date(ctx), "iso"), "DATE"


AGES = [90] * 3 + [91] * 3 + [92] * 3 + [93] * 3 + [94] * 2 + [95] * 2 + [96] * 2 + \
       [97, 98, 99, 100, 101, 102, 103]


@G("age")
def g_age(ctx):
    n = pick(AGES)
    return (age_words(n, ctx) if ctx.voice else str(n)), "AGE"


@G("agew")
def g_agew(ctx):
    return age_words(pick(AGES), ctx), "AGE"


# --- national and health numbers (each sets ctx.tag for the final checks)
def ssn_digits():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def id_ssn(ctx):
    s = ssn_digits()
    return pick([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:]]), None


def id_nino(ctx):
    while True:
        pre = R.choice("ABCEGHJKLMNOPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ")
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d, suf = digits(6), R.choice("ABCD")
    return pick([f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}", f"{pre}{d}{suf}"]), None


def ppsn_letter(d7, second):
    s = sum(int(c) * w for c, w in zip(d7, range(8, 1, -1)))
    if second:
        s += 9 * (ord(second) - 64)
    r = s % 23
    return "W" if r == 0 else chr(64 + r)


def id_ppsn(ctx):
    d = digits(7)
    second = pick(["", "A"])
    return d + ppsn_letter(d, second) + second, "ppsn"


def id_aadhaar(ctx):
    base = str(R.randint(2, 9)) + digits(10)
    f = base + verhoeff_digit(base)
    return f"{f[:4]} {f[4:8]} {f[8:]}", "aadhaar"


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def id_tfn(ctx):
    while True:
        d = [R.randint(1, 9)] + [R.randrange(10) for _ in range(7)]
        x = sum(a * b for a, b in zip(d, TFN_W)) % 11
        if x < 10:
            t = "".join(map(str, d + [x]))
            return f"{t[:3]} {t[3:6]} {t[6:]}", "tfn"


def id_sin(ctx):
    base = R.choice("1234567") + digits(7)
    f = base + luhn_digit(base)
    return pick([f"{f[:3]} {f[3:6]} {f[6:]}", f"{f[:3]}-{f[3:6]}-{f[6:]}"]), "luhn"


def id_steuerid(ctx):
    while True:
        ds = R.sample(range(10), 9)
        arr = ds + [R.choice(ds)]
        R.shuffle(arr)
        if arr[0] != 0:
            break
    s = "".join(map(str, arr))
    s += str(mod11_10(s))
    return pick([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"]), "steuerid"


def kvnr_check(letter, body):
    ds = "%02d" % (ord(letter) - 64) + body
    total = 0
    for i, c in enumerate(ds):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return str(total % 10)


def id_kvnr(ctx):
    letter, body = R.choice(ALL_LET), digits(8)
    return letter + body + kvnr_check(letter, body), "kvnr"


SVNR_W = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]


def id_svnr(ctx):
    while True:
        y, m, d = rand_date(1921, 2004)
        serial = str(R.randint(100, 999))
        dob = "%02d%02d%02d" % (d, m, y % 100)
        ds = serial + "0" + dob
        c = sum(int(ds[i]) * SVNR_W[i] for i in range(10)) % 11
        if c < 10:
            return serial + str(c) + " " + dob, "svnr"


def ean13_digit(s12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s12))
    return str((10 - s % 10) % 10)


def id_ahv(ctx):
    base = "756" + digits(9)
    f = base + ean13_digit(base)
    return f"{f[:3]}.{f[3:7]}.{f[7:11]}.{f[11:]}", "ahv"


def id_nir(ctx):
    y, m, d = rand_date(1921, 2004)
    n = R.choice("12") + "%02d%02d" % (y % 100, m) + "%02d" % R.choice(
        [x for x in range(1, 96) if x != 20]) + digits(3) + digits(3)
    key = 97 - int(n) % 97
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {key:02d}", "nir"


def id_nrn(ctx):
    y, m, d = rand_date(1921, 2004)
    b = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(1, 997))
    n = int(b) if y < 2000 else int("2" + b)
    c = 97 - n % 97
    return f"{b[:2]}.{b[2:4]}.{b[4:6]}-{b[6:9]}.{c:02d}", ("nrn2" if y >= 2000 else "nrn")


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def id_dni(ctx):
    n = R.randint(10_000_000, 79_999_999)
    return pick([f"{n:08d}{DNI_L[n % 23]}", f"{n:08d}-{DNI_L[n % 23]}"]), "dni"


@G("nie")
def g_nie(ctx):
    p = R.choice("XYZ")
    n7 = digits(7)
    letter = DNI_L[int(str("XYZ".index(p)) + n7) % 23]
    ctx.tag = "dni"
    return spoken_if_voice(ctx, pick([f"{p}{n7}{letter}", f"{p}-{n7}-{letter}"])), "ID"


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_digit(s17):
    tot = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(s17))
    return str((10 - tot % 10) % 10)


def id_curp(ctx):
    V, C = "AEIOU", "BCDFGHJKLMNPRSTVWXYZ"
    y, m, d = rand_date(1925, 2004)
    s = (R.choice(C) + R.choice(V) + R.choice(C) + R.choice(C) + "%02d%02d%02d" % (y % 100, m, d)
         + R.choice("HM") + pick(L("DF|JC|NL|PL|MC|GT|VZ|YN|QT")) + R.choice(C) + R.choice(C)
         + R.choice(C) + (str(R.randrange(10)) if y < 2000 else R.choice("ABCD")))
    return s + curp_digit(s), "curp"


def dotted(n):
    return f"{n:,}".replace(",", ".")


def id_dni_ar(ctx):
    return dotted(R.randint(10_000_000, 45_999_999)), None


def rut_dv(body):
    s, mult = 0, 2
    for c in reversed(str(body)):
        s += int(c) * mult
        mult = 2 if mult == 7 else mult + 1
    r = 11 - s % 11
    return "0" if r == 11 else ("K" if r == 10 else str(r))


def id_rut(ctx):
    body = R.randint(5_000_000, 25_999_999)
    return dotted(body) + "-" + rut_dv(body), "rut"


def id_cedula(ctx):
    return dotted(R.randint(10_000_000, 1_199_999_999)), None


def id_cf(ctx):
    C = "BCDFGHJKLMNPQRSTVWXZ"
    y, m, d = rand_date(1925, 2004)
    day = d + (40 if R.random() < 0.5 else 0)
    s = ("".join(R.choice(C) for _ in range(6)) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1]
         + "%02d" % day + R.choice("ABCDEFGHILM") + digits(3))
    return s + cf_check(s), "cf"


def id_bsn(ctx):
    while True:
        d = [R.randint(1, 9)] + [R.randrange(10) for _ in range(7)]
        last = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if last < 10:
            t = "".join(map(str, d + [last]))
            return pick([t, f"{t[:4]}.{t[4:6]}.{t[6:]}"]), "bsn"


def nif_digit(d8):
    r = sum(int(x) * w for x, w in zip(d8, range(9, 1, -1))) % 11
    return "0" if r < 2 else str(11 - r)


def id_nif(ctx):
    d8 = R.choice("123") + digits(7)
    t = d8 + nif_digit(d8)
    return pick([t, f"{t[:3]} {t[3:6]} {t[6:]}"]), "nif"


def cpf_digits(d9):
    d = [int(c) for c in d9]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = s % 11
        d.append(0 if r < 2 else 11 - r)
    return "".join(map(str, d))


def id_cpf(ctx):
    t = cpf_digits(digits(9))
    return f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}", "cpf"


def id_cns(ctx):
    while True:
        d = [R.choice([7, 8, 9])] + [R.randrange(10) for _ in range(13)]
        last = (-sum(x * (15 - i) for i, x in enumerate(d))) % 11
        if last < 10:
            t = "".join(map(str, d + [last]))
            return f"{t[:3]} {t[3:7]} {t[7:11]} {t[11:]}", "cns"


def id_pnr(ctx):
    y, m, d = rand_date(1921, 2004)
    n3 = digits(3)
    payload = "%02d%02d%02d" % (y % 100, m, d) + n3
    c = luhn_digit(payload)
    sep = "+" if 2025 - y >= 100 else "-"
    return pick([payload[:6] + sep + n3 + c, str(y) + payload[2:6] + "-" + n3 + c]), "pnr"


CPR_W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]


def id_cpr(ctx):
    while True:
        y, m, d = rand_date(1921, 2004)
        base = "%02d%02d%02d" % (d, m, y % 100) + digits(3)
        last = (-sum(int(c) * w for c, w in zip(base, CPR_W))) % 11
        if last < 10:
            return base[:6] + "-" + base[6:] + str(last), "cpr"


FNR_W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
FNR_W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def fnr_k(base, w):
    k = 11 - sum(int(c) * x for c, x in zip(base, w)) % 11
    return 0 if k == 11 else k


def id_fnr(ctx):
    while True:
        y, m, d = rand_date(1921, 2004)
        ind = "%03d" % (R.randint(0, 499) if y < 2000 else R.randint(500, 999))
        base = "%02d%02d%02d" % (d, m, y % 100) + ind
        k1 = fnr_k(base, FNR_W1)
        if k1 == 10:
            continue
        base += str(k1)
        k2 = fnr_k(base, FNR_W2)
        if k2 == 10:
            continue
        t = base + str(k2)
        return pick([t, t[:6] + " " + t[6:]]), "fnr"


PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def pesel_digit(b10):
    return str((10 - sum(int(c) * w for c, w in zip(b10, PESEL_W)) % 10) % 10)


def id_pesel(ctx):
    y, m, d = rand_date(1921, 2004)
    mm = m + (20 if y >= 2000 else 0)
    base = "%02d%02d%02d" % (y % 100, mm, d) + digits(4)
    return base + pesel_digit(base), "pesel"


def id_rc(ctx):
    while True:
        y, m, d = rand_date(1954, 2004)
        mm = m + (50 if R.random() < 0.5 else 0)
        base9 = "%02d%02d%02d" % (y % 100, mm, d) + digits(3)
        last = (-(int(base9) * 10)) % 11
        if last < 10:
            return base9[:6] + "/" + base9[6:] + str(last), "rc"


HETU_CH = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def id_hetu(ctx):
    y, m, d = rand_date(1921, 2004)
    dd = "%02d%02d%02d" % (d, m, y % 100)
    n = "%03d" % R.randint(2, 899)
    return dd + ("-" if y < 2000 else "A") + n + HETU_CH[int(dd + n) % 31], "hetu"


def id_nhs(ctx):
    while True:
        nine = digits(9, True)
        c = mod11_nhs(nine)
        if c is not None:
            t = nine + c
            return pick([f"{t[:3]} {t[3:6]} {t[6:]}", t, f"{t[:3]}-{t[3:6]}-{t[6:]}"]), "nhs"


def id_chi(ctx):
    while True:
        y, m, d = rand_date(1921, 2004)
        nine = "%02d%02d%02d" % (d, m, y % 100) + digits(3)
        c = mod11_nhs(nine)
        if c is not None:
            t = nine + c
            return pick([t, t[:6] + " " + t[6:]]), "nhs"


def id_medicare(ctx):
    d = [R.randint(2, 6)] + [R.randrange(10) for _ in range(7)]
    chk = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    t = "".join(map(str, d)) + str(chk) + str(R.randint(1, 9))
    return f"{t[:4]} {t[4:9]} {t[9]}", "medicare"


def id_ohip(ctx):
    base = str(R.randint(1, 9)) + digits(8)
    f = base + luhn_digit(base)
    vc = R.choice(ALL_LET) + R.choice(ALL_LET)
    return pick([f"{f[:4]}-{f[4:7]}-{f[7:]}-{vc}", f"{f[:4]} {f[4:7]} {f[7:]} {vc}"]), "ohip"


def id_ramq(ctx):
    y, m, d = rand_date(1921, 2004)
    mm = m + (50 if R.random() < 0.5 else 0)
    return "".join(R.choice(ALL_LET) for _ in range(4)) + " %02d%02d %02d%s" % (
        y % 100, mm, d, digits(2)), None


def id_nuss(ctx):
    prov, num = R.randint(1, 52), R.randint(10_000_000, 99_999_999)
    c = (prov * 10 ** 8 + num) % 97
    return pick([f"{prov:02d} {num:08d} {c:02d}", f"{prov:02d}/{num:08d}/{c:02d}"]), "nuss"


def id_nss_mx(ctx):
    base = digits(10, True)
    return base + luhn_digit(base), "luhn"


def id_gms(ctx):
    return digits(7, True) + R.choice("ABCDEFGHJKLMNPRTWXY"), None


def id_abha(ctx):
    t = digits(14, True)
    return f"{t[:2]}-{t[2:6]}-{t[6:10]}-{t[10:]}", None


def id_memberid(ctx):
    return pat(pick(["^^^#########", "^^^#########-0@", "@^^#######"])), None


def id_chcard(ctx):
    t = "80756" + digits(15)
    return f"{t[:5]} {t[5:10]} {t[10:15]} {t[15:]}", None


def id_tessera(ctx):
    t = "80380" + digits(15)
    return pick([t, f"{t[:5]} {t[5:10]} {t[10:15]} {t[15:]}"]), None


def id_digits(n):
    return lambda ctx: (digits(n, True), None)


NATID = {
    "en-us": id_ssn, "en-gb": id_nino, "en-sco": id_nino, "en-wal": id_nino, "en-ie": id_ppsn,
    "en-in": id_aadhaar, "en-au": id_tfn, "en-ca": id_sin, "de-de": id_steuerid, "de-at": id_svnr,
    "de-ch": id_ahv, "fr-fr": id_nir, "fr-be": id_nrn, "fr-ch": id_ahv, "fr-ca": id_sin,
    "es-es": id_dni, "es-mx": id_curp, "es-ar": id_dni_ar, "es-cl": id_rut, "es-co": id_cedula,
    "it-it": id_cf, "nl-nl": id_bsn, "nl-be": id_nrn, "pt-pt": id_nif, "pt-br": id_cpf,
    "sv": id_pnr, "da": id_cpr, "no": id_fnr, "pl": id_pesel, "cs": id_rc, "fi": id_hetu,
}
INSNO = {
    "en-us": id_memberid, "en-gb": id_nhs, "en-wal": id_nhs, "en-sco": id_chi, "en-ie": id_gms,
    "en-in": id_abha, "en-au": id_medicare, "en-ca": id_ohip, "de-de": id_kvnr, "de-at": id_svnr,
    "de-ch": id_chcard, "fr-ch": id_chcard, "fr-fr": id_nir, "fr-be": id_nrn, "nl-be": id_nrn,
    "fr-ca": id_ramq, "es-es": id_nuss, "es-mx": id_nss_mx, "es-ar": id_digits(10),
    "es-cl": id_rut, "es-co": id_cedula, "it-it": id_tessera, "nl-nl": id_digits(9),
    "pt-pt": id_digits(9), "pt-br": id_cns, "sv": id_pnr, "da": id_cpr, "no": id_fnr,
    "pl": id_pesel, "cs": id_rc, "fi": id_hetu,
}
MRN = {
    "en-us": ["########", "@#######", "00######"], "en-gb": ["^######", "@#######"],
    "en-ie": ["#######", "^######"], "en-in": ["@#########", "@#####/##"],
    "en": ["@######", "@#######"], "de": ["@#########", "@########"], "fr": ["@#########", "@#######"],
    "es": ["@#####", "@######"], "it": ["20##/@#####", "@#######"], "nl": ["@######"],
    "pt-br": ["@#####-#"], "pt": ["@#######"], "sv": ["@#####"], "da": ["@#####"], "no": ["@#####"],
    "pl": ["@######/##"], "cs": ["@#######"], "fi": ["@#######"],
}


def id_gen(name, fn):
    def g(ctx):
        v, tag = fn(ctx)
        ctx.tag = tag
        return spoken_if_voice(ctx, v), "ID"
    GENS[name] = g


id_gen("natid", lambda ctx: NATID[ctx.region](ctx))
id_gen("insno", lambda ctx: INSNO[ctx.region](ctx))
id_gen("ssn", id_ssn)
id_gen("nhs", id_nhs)
id_gen("chi", id_chi)
id_gen("medicare", id_medicare)
id_gen("mrn", lambda ctx: (pat(pick(MRN.get(ctx.region) or MRN[ctx.lang])), None))
id_gen("ssn4", lambda ctx: (digits(4), None))
id_gen("hicn", lambda ctx: (pick(["{0}-{1}-{2}{3}", "{0}{1}{2}{3}", "{0}{1}{2} {3}"]).format(
    *(lambda s: (s[:3], s[3:5], s[5:]))(ssn_digits()), pick(L("A|B|B1|C1|D|M|T|W"))), None))
id_gen("memberid", id_memberid)
id_gen("policy", lambda ctx: (pat(pick(["^^^#######", "^^-#######-##", "@########", "^#########"])), None))
id_gen("claimno", lambda ctx: (pat(pick(["CLM@#######", "@#########", "^^#######"])), None))
id_gen("regno", lambda ctx: (pat({"en-gb": "@######", "en-in": "@####", "fr-fr": "10#########",
                                  "de-de": "@########"}.get(ctx.region, "@#####")), None))
id_gen("pan", lambda ctx: (pat("^^^P^####^", ALL_LET), None))


def mbi_val():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    s = (str(R.randint(1, 9)) + R.choice(A) + R.choice(AN) + str(R.randrange(10)) + R.choice(A)
         + R.choice(AN) + str(R.randrange(10)) + R.choice(A) + R.choice(A) + digits(2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


id_gen("mbi", lambda ctx: (mbi_val(), None))


# --- accounts
def es_dc(s10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(s10, w)) % 11
    return "0" if r == 11 else ("1" if r == 10 else str(r))


def no_bban():
    while True:
        d = digits(10, True)
        k = fnr_k(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if k != 10:
            return d + str(k)


def cz_acct():
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    while True:
        d = "0" + digits(8, True)
        last = (-sum(int(c) * x for c, x in zip(d, w))) % 11
        if last < 10:
            return d + str(last)


def fr_bban():
    b, g, a = digits(5, True), digits(5), digits(11)
    return b + g + a + "%02d" % (97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97)


def be_bban():
    f = digits(10, True)
    return f + "%02d" % (int(f) % 97 or 97)


def es_bban():
    b, br, a = digits(4, True), digits(4), digits(10)
    return b + br + es_dc("00" + b + br) + es_dc(a) + a


def pt_bban():
    b, br, a = digits(4, True), digits(4), digits(11)
    return b + br + a + "%02d" % (98 - int(b + br + a + "00") % 97)


def it_bban():
    abi, cab, a = digits(5, True), digits(5), digits(12)
    return cf_check(abi + cab + a) + abi + cab + a


CZ_BANKS = L("0100|0300|0800|2010|3030|5500|6100")
BBAN = {
    "DE": lambda: digits(8, True) + digits(10), "AT": lambda: digits(5, True) + digits(11),
    "CH": lambda: digits(5, True) + digits(12), "FR": fr_bban, "BE": be_bban, "ES": es_bban,
    "IT": it_bban, "NL": lambda: pick(L("RABO|INGB|ABNA|TRIO|SNSB|ASNB|KNAB|BUNQ")) + digits(10),
    "PT": pt_bban, "SE": lambda: digits(3, True) + digits(17), "DK": lambda: digits(4, True) + digits(10),
    "NO": no_bban, "PL": lambda: digits(8, True) + digits(16),
    "CZ": lambda: pick(CZ_BANKS) + "000000" + cz_acct(), "FI": lambda: digits(14, True),
    "IE": lambda: pick(L("AIBK|BOFI|IPBS|ULSB")) + digits(6) + digits(8),
    "GB": lambda: pick(L("NWBK|BARC|LOYD|MIDL|HBUK")) + digits(6) + digits(8),
}
IBAN_CC = {"en-gb": "GB", "en-sco": "GB", "en-wal": "GB", "en-ie": "IE", "de-de": "DE", "de-at": "AT",
           "de-ch": "CH", "fr-fr": "FR", "fr-be": "BE", "fr-ch": "CH", "es-es": "ES", "it-it": "IT",
           "nl-nl": "NL", "nl-be": "BE", "pt-pt": "PT", "sv": "SE", "da": "DK", "no": "NO", "pl": "PL",
           "cs": "CZ", "fi": "FI"}


def acct_gen(name, fn, tag=None):
    def g(ctx):
        ctx.tag = tag
        return spoken_if_voice(ctx, fn(ctx)), "ACCOUNT"
    GENS[name] = g


def iban_val(ctx):
    cc = IBAN_CC[ctx.region]
    ib = make_iban(cc, BBAN[cc]())
    if R.random() < 0.75:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def acct_val(ctx):
    r = ctx.region
    if r in ("en-gb", "en-sco", "en-wal", "en-ie"):
        return digits(8)
    if r in ("en-us",):
        return digits(pick([10, 11, 12]), True)
    if r == "en-in":
        return digits(pick([11, 12, 14]), True)
    if r == "en-au":
        return digits(pick([6, 8, 9]), True)
    if r == "en-ca":
        return digits(7, True)
    if r == "sv":
        return digits(4, True) + "-" + digits(pick([7, 10]))
    if r == "da":
        return digits(4, True) + " " + digits(10)
    if r == "no":
        t = no_bban()
        return f"{t[:4]}.{t[4:6]}.{t[6:]}"
    if r == "cs":
        a = cz_acct().lstrip("0")
        return pick(["", "19-", "35-"]) + a + "/" + pick(CZ_BANKS)
    if r == "pt-br":
        return digits(5, True) + "-" + digits(1)
    return digits(10, True)


def card_val(ctx):
    b = R.random()
    if b < 0.45:
        base = "4" + digits(14)
    elif b < 0.8:
        base = str(R.randint(51, 55)) + digits(13)
    else:
        base = R.choice(["34", "37"]) + digits(12)
    n = base + luhn_digit(base)
    sep = pick([" ", " ", "-", ""])
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def clabe_val(ctx):
    base = digits(17, True)
    s = sum((int(c) * [3, 7, 1][i % 3]) % 10 for i, c in enumerate(base))
    return base + str((10 - s % 10) % 10)


acct_gen("iban", iban_val, "iban")
acct_gen("acct", acct_val)
acct_gen("card", card_val, "card")
acct_gen("last4", lambda ctx: digits(4))
acct_gen("sortcode", lambda ctx: pat("##-##-##"))
acct_gen("bsb", lambda ctx: pat("##@-###"))
acct_gen("clabe", clabe_val, "clabe")


# --- plates, URLs
PLATES = {
    "en-gb": ["^^## ^^^"], "en-sco": ["^^## ^^^"], "en-wal": ["^^## ^^^"],
    "en-us": ["@^^^###", "^^^-####", "^^^ ####"], "en-au": ["^^ ## ^^", "@^^ @^^"],
    "en-ca": ["^^^^ ###", "^## ^^^"], "de-ch": None, "fr-fr": ["^^-###-^^"], "fr-be": ["@-^^^-###"],
    "fr-ca": ["^## ^^^"], "es-es": ["#### ~~~"], "es-mx": ["^^^-###-^"], "es-ar": ["^^ ### ^^"],
    "es-cl": ["^^^^-##"], "es-co": ["^^^ ###"], "it-it": ["^^ ###^^", "^^ ### ^^"],
    "nl-nl": ["##-^^^-#", "^^-###-^", "#-^^^-##", "^^^-##-^"], "nl-be": ["@-^^^-###"],
    "pt-pt": ["^^-##-^^"], "pt-br": ["^^^#^##", "^^^-####"], "sv": ["^^^ ##^", "^^^ ###"],
    "da": ["^^ ## ###"], "no": ["^^ #####", "EL #####"], "pl": ["^^ #####", "^^ #^###", "^^^ ##^^"],
    "cs": ["#^# ####"], "fi": ["^^^-###"],
}


@G("plate")
def g_plate(ctx):
    r = ctx.region
    if r == "en-ie":
        v = "%s-%s-%d" % (pick(L("191|192|201|202|211|212|221|222|231|232|241|242|10|11|12")),
                          pick(L("D|C|G|L|W|KY|MO|TS|WX|DL|KE|MH")), R.randint(1, 39999))
    elif r == "en-in":
        v = "%s %02d %s %s" % (pick(L("MH|KA|TN|DL|KL|GJ|TS|UP")), R.randint(1, 50),
                               pat("^^"), pat("@###"))
    elif r == "de-de":
        v = "%s-%s %s%s" % (pick(L("M|B|HH|K|F|S|DO|E|HAL|HO|KS|FD|LÖ|PA|GS")),
                            pat(pick(["^", "^^"])), R.randint(1, 9999), pick(["", "", "E"]))
    elif r == "de-at":
        v = "%s %s" % (pick(L("W|L|G|S|WE|SR|KR|VI|LE|GM")), pat(pick(["###^^", "##^^^", "#####^"])))
    elif r in ("de-ch", "fr-ch"):
        v = "%s %d" % (pick(L("ZH|BE|LU|ZG|AG|SG|VD|GE|FR|VS")), R.randint(100, 999999))
    else:
        v = pat(pick(PLATES[r]))
    ctx.tag = None
    return spoken_if_voice(ctx, v), "PLATE"


@G("url")
def g_url(ctx):
    tmp = make_person(ctx, "P9")
    g, s = slug(tmp.given), slug(tmp.sur)
    tld = ctx.rd["tld"]
    v = pick([f"https://www.{g}{s}.{tld}", f"https://{s}-{g[0]}.{tld}/cv", f"www.{g}-{s}-physio.{tld}",
              f"https://{g}{s}.wordpress.com", f"https://photos.{tld}-share.net/{g}.{s}/album{digits(3)}"])
    if ctx.voice:
        v = voice_clean(v.replace(".", " " + MAILW[ctx.lang][1] + " "))
    return v, "URL"


@G("ip")
def g_ip(ctx):
    if R.random() < 0.2:
        v = "2a02:%x:%x:%x::%x" % (R.randint(0x100, 0xffff), R.randint(0x100, 0xffff),
                                    R.randint(0x100, 0xffff), R.randint(1, 0xfff))
    else:
        first = pick([x for x in range(11, 224) if x not in (127, 172, 192, 169, 100)])
        v = "%d.%d.%d.%d" % (first, R.randrange(256), R.randrange(256), R.randint(1, 254))
    return v, "URL"


# --- non-identifying slots
@G("drug")
def g_drug(ctx):
    return pick(ctx.rd["drugs"]), PROT


@G("food")
def g_food(ctx):
    return pick(ctx.rd["food"]), None


@G("season")
def g_season(ctx):
    return pick(L("spring|summer|autumn|winter")), None


@G("weekday")
def g_weekday(ctx):
    return pick(L("sábados|domingos|lunes|viernes")), None


@G("amount")
def g_amount(ctx):
    sym = {"en-gb": "£", "en-us": "$"}.get(ctx.region, "€")
    return "%s%d.%02d" % (sym, R.randint(3, 240), R.randrange(100)), None


# ------------------------------------------------------------ validators
def _d(v):
    return re.sub(r"\D", "", v)


def v_nhs(v):
    t = _d(v)
    return len(t) == 10 and mod11_nhs(t[:9]) == t[9]


VALID = {
    "iban": iban_ok,
    "card": lambda v: luhn_ok(v) and len(_d(v)) in (15, 16),
    "luhn": lambda v: luhn_ok(v),
    "ohip": lambda v: luhn_ok(_d(v)),
    "nhs": v_nhs,
    "aadhaar": lambda v: verhoeff_ok(_d(v)),
    "tfn": lambda v: sum(int(c) * w for c, w in zip(_d(v), TFN_W)) % 11 == 0,
    "ppsn": lambda v: ppsn_letter(v[:7], v[8:]) == v[7],
    "steuerid": lambda v: mod11_10(_d(v)[:10]) == int(_d(v)[10]),
    "kvnr": lambda v: kvnr_check(v[0], v[1:9]) == v[9],
    "svnr": lambda v: sum(int(_d(v)[i]) * SVNR_W[i] for i in range(10)) % 11 == int(_d(v)[3]),
    "ahv": lambda v: ean13_digit(_d(v)[:12]) == _d(v)[12],
    "nir": lambda v: 97 - int(_d(v)[:13]) % 97 == int(_d(v)[13:]),
    "nrn": lambda v: 97 - int(_d(v)[:9]) % 97 == int(_d(v)[9:]),
    "nrn2": lambda v: 97 - int("2" + _d(v)[:9]) % 97 == int(_d(v)[9:]),
    "dni": lambda v: DNI_L[int(str("XYZ".find(v[0])) + _d(v) if v[0] in "XYZ" else _d(v)) % 23] == v[-1],
    "curp": lambda v: curp_digit(v[:17]) == v[17],
    "rut": lambda v: rut_dv(int(_d(v.split("-")[0]))) == v.split("-")[1],
    "cf": lambda v: cf_check(v[:15]) == v[15],
    "bsn": lambda v: (sum(int(x) * w for x, w in zip(_d(v)[:8], range(9, 1, -1))) - int(_d(v)[8])) % 11 == 0,
    "nif": lambda v: nif_digit(_d(v)[:8]) == _d(v)[8],
    "cpf": lambda v: cpf_digits(_d(v)[:9]) == _d(v),
    "cns": lambda v: sum(int(x) * (15 - i) for i, x in enumerate(_d(v))) % 11 == 0,
    "pnr": lambda v: luhn_ok(_d(v)[-10:]),
    "cpr": lambda v: sum(int(c) * w for c, w in zip(_d(v), CPR_W)) % 11 == 0,
    "fnr": lambda v: (fnr_k(_d(v)[:9], FNR_W1) == int(_d(v)[9])
                      and fnr_k(_d(v)[:10], FNR_W2) == int(_d(v)[10])),
    "pesel": lambda v: pesel_digit(v[:10]) == v[10],
    "rc": lambda v: int(_d(v)) % 11 == 0,
    "hetu": lambda v: HETU_CH[int(v[:6] + v[7:10]) % 31] == v[10],
    "medicare": lambda v: sum(int(x) * w for x, w in zip(_d(v)[:8], [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(_d(v)[8]),
    "nuss": lambda v: (int(_d(v)[:2]) * 10 ** 8 + int(_d(v)[2:10])) % 97 == int(_d(v)[10:]),
    "clabe": lambda v: clabe_val.__name__ and (10 - sum((int(c) * [3, 7, 1][i % 3]) % 10
                                                        for i, c in enumerate(v[:17])) % 10) % 10 == int(v[17]),
}


# ------------------------------------------------------------- templates
TEMPLATES = []


def I(region, register, text, flags=""):
    TEMPLATES.append((region, register, True, flags, text))


def N(region, register, text, flags=""):
    TEMPLATES.append((region, register, False, flags, text))


# ======================= English, with identifiers =======================
# --- United States
I("en-us", "portal_chat", "Hi, this is {F1.full}. I had my ⟪colonoscopy⟫ at {hospital} on {datew} and still have no results. My MRN is {mrn}. Could someone call me at {phone}?")
I("en-us", "portal_chat", "hey its {M1.full} again lol. portal says my username {M1.user} doesnt exist?? dob {dob}. need my {drug} refill b4 friday", "L")
I("en-us", "voice", "hey siri text {F1.full} that im running late for the ⟪MRI⟫ and call {mobile} if she doesnt answer")
I("en-us", "voice", "my date of birth is {dob} and my zip code is {postcode} and my member number is {memberid}")
I("en-us", "voice", "navigate to {street} in {wtown} and then call doctor {P1.sur} at {phone}")
I("en-us", "handover", "Rm 412 – {M1.sur}, {M1.given}, {age} y/o from {carehome}. Admitted {date} for ⟪urosepsis⟫, on {drug}. Full code per daughter {F2.full} ({phone}). High fall risk.")
I("en-us", "handover", "SBAR\nS: {P1.full}, MRN {mrn}, ⟪NIHSS⟫ 6 on arrival.\nB: ⟪atrial fibrillation⟫, on {drug}.\nA: stable, speech improving.\nR: neuro checks q2h; wife at bedside, cell {mobile}.")
I("en-us", "triage", "CC: SOB X3 DAYS. PT {M1.full}, DOB {dob}, LIVES AT {street}, {city}. HX ⟪CHF⟫, ⟪NYHA⟫ CLASS III. BP 168/94. WIFE {F2.given} AT BEDSIDE.")
I("en-us", "triage", "TRIAGE {date} 02:14 – {F1.full}, {age} YO F, FOUND ON FLOOR AT {carehome}. ⟪GCS⟫ 13. DNR BRACELET ON. FACILITY PH {phone}.")
I("en-us", "discharge", "DISCHARGE SUMMARY\nPatient:\t{M1.sur}, {M1.given}\nMRN:\t{mrn}\nAdmitted:\t{date}\nDischarged:\t{dateafter}\nAttending:\t{P2.fullmid}, MD\nDiagnosis: ⟪diabetic ketoacidosis⟫, resolved. Transitioned to {drug}. Follow up with PCP Dr. {P3.sur} in one week.")
I("en-us", "referral_email", "Subject: Referral – {F1.full} (DOB {dob})\n\nDr. {P2.sur},\nI would appreciate your opinion on this patient with suspected ⟪Sjögren's syndrome⟫. She lives at {street}, {city} and prefers email: {F1.email}.\n\nBest,\n{P3.full}")
I("en-us", "sms", "{clinic}: Hi {P1.given}, reminder of your appt on {datenoyr} at 9:30am. Reply C to confirm or call {phone_ext} to reschedule.")
I("en-us", "bank_form", "First name\t{F1.given}\nLast name\t{F1.sur}\nSSN\t{ssn}\nDate of birth\t{dob}\nHome phone\t{phone}\nRequest\t⟪ACH transfer⟫ limit increase")
I("en-us", "teller_note", "Cust {M1.full} (ssn endng {ssn4}) in re: returned ⟪ACH⟫ debit on acct ending {last4}. Verified addr {street}. Referred to branch mgr.")
I("en-us", "complaint", "I am writing to complain about my mother's care. {F1.full}, {age}, was left on a gurney for eleven hours at {hospital} on {datew}. Nobody checked her ⟪Braden scale⟫ or turned her. Please call me, {F2.full}, at {phone}.")
I("en-us", "reminder", "Reminder from {clinic}: {P1.full} is scheduled for a ⟪stress echocardiogram⟫ on {datew} at 7:45 AM. Do not take {drug} that morning. Questions: {phone_ext}.")
I("en-us", "pharmacy", "Pharmacist question – my husband {M1.full} (DOB {dob}) takes {drug} and was just prescribed {drug@2}. Is that combination safe? We use the pharmacy on {street}.")
I("en-us", "insurance_claim", "CLAIM FORM\nMember:\t{M1.full}\nMember ID:\t{memberid}\nHICN:\t{hicn}\nDate of service:\t{date}\nProvider:\t{clinic}\nProcedure:\t⟪arthroscopic meniscectomy⟫")
I("en-us", "insurance_claim", "Re: claim {claimno} for {F1.full}. The EOB lists MBI {mbi} but her old red-white-and-blue card had {hicn}. Service date {date} at {hospital}. Please reprocess.")
I("en-us", "reference_list", "References\n1. {P1.ref}, {P2.ref}, {P3.ref}. Early ⟪TAVI⟫ in low-risk patients. J Am Coll Cardiol. 2020;75:2101-9.\n2. {P4.ref}, et al. Frailty and outcomes after ⟪CABG⟫. Ann Thorac Surg. 2018;105:44-51.")
I("en-us", "signature", "--\n{P1.fullmid}, M.D.\nAssociate Professor of Medicine\n{hospital}\n{street}\n{city} {postcode}\nOffice {phone_ext} | pager {pager}\n{P1.email}")
I("en-us", "operative_note", "OPERATIVE REPORT\nPATIENT:\t{M1.sur}, {M1.given}\tMRN:\t{mrn}\nDATE OF SURGERY:\t{date@s}\nSURGEON:\t{P2.fullmid}, MD\nASSISTANT:\t{P3.full}, PA-C\nPROCEDURE:\t⟪laparoscopic cholecystectomy⟫\nEBL 20 mL. No complications.\n{P2.inits}/{P4.initslc}\nD: {date@s}  T: {dateafter}")
I("en-us", "portal_chat", "Can you mail my records to my new address? {street}, {city} {postcode}. Name is {W1.full}, date of birth {dobw}. Thanks!")
I("en-us", "sms", "hi its {WF1.given} from 3B, can u tell dr {P2.sur} my bp was 150/95 this am. my cell {mobile}", "L")
I("en-us", "voice", "email {P1.email} that the ⟪echocardiogram⟫ got moved to {datenoyr}")
I("en-us", "teller_note", "{date} – wire request by {X1.full}, {age}, accompanied by a nephew. Possible elder financial exploitation, flagged to compliance. Destination acct {acct}. Cust phone {phone}.")
I("en-us", "bank_form", "Card number\t{card}\nName on card\t{P1.full}\nBilling ZIP\t{postcode}\nEmail\t{P1.email}\nLogin IP\t{ip}")
I("en-us", "complaint", "Your app showed my full card number {card} in a push notification!! I'm {P1.full}, username {P1.user}. Fix this before someone else sees it.")
I("en-us", "discharge", "Patient {F1.full} is a {agew}-year-old woman from {wtown} admitted on {datew} with ⟪Takotsubo cardiomyopathy⟫. Echo at discharge showed recovery. Daughter {F2.full} will drive her home.")
I("en-us", "handover", "Bed 9 – {P1.full}, POD 2 after ⟪Whipple procedure⟫, JP drain 40 mL serous. ⟪Foley catheter⟫ out at 06:00. Brother {M2.full} parked plate {plate} in the ambulance bay; security aware.")
I("en-us", "referral_email", "Hi {P2.given},\nAttached is {F1.file} for the new patient, {F1.full}. Her outside images are on {url} (password sent separately).\nThanks, {P3.full}")
I("en-us", "complaint", "Someone logged into my health portal from IP {ip} on {datew}. My username is {P1.user} and I did not do this. Please lock the account. {P1.full}")

# --- United Kingdom
I("en-gb", "portal_chat", "Hello, I'm {F1.full}, NHS number {nhs}. I've moved from {city} to {street}, {city@2} {postcode}. Can my records go to {clinic}?")
I("en-gb", "portal_chat", "hiya its {W1.full}, had my ⟪smear test⟫ on {datenoyr} and still no letter?? dob {dob} ta", "L")
I("en-gb", "voice", "ok google call {P1.full} at {clinic} on {phone}")
I("en-gb", "voice", "set a reminder for {datenoyr} that {F1.given} needs her ⟪Prolia⟫ injection at {clinic}")
I("en-gb", "handover", "Bay 3 bed 2: {M1.full}, {age}, from {carehome}. Admitted {date} with ⟪delirium⟫. ⟪NEWS2⟫ 4. NOK niece {F2.full} – {mobile}. ⟪Clinical Frailty Scale⟫ 7.")
I("en-gb", "handover", "Night to day handover. {F1.sur}, {F1.given} (hosp no {mrn}) – ⟪Hartmann's procedure⟫ day 3, stoma active. Pain ok on {drug}. Husband {M2.given} phoning at 8.")
I("en-gb", "triage", "TRIAGE {date} 23:40. {M1.full}. DOB {dob}. NHS {nhs}. FELL DOWN STAIRS AT HOME, {street}, {wtown}. ⟪GCS⟫ 15. ON {drug}. CT HEAD REQUESTED.")
I("en-gb", "triage", "MTS YELLOW. {W1.full}, AGE {age}. BROUGHT IN BY DAUGHTER FROM {wtown}. SHORTENED ROTATED L LEG. ANALGESIA GIVEN.")
I("en-gb", "discharge", "Dear Dr {P2.sur},\nRe: {F1.full}   DOB {dob}   NHS No {nhs}\n{street}, {wtown} {postcode}\nThis {agew}-year-old lady was admitted on {datew} with an ⟪Addisonian crisis⟫. She went home on {drug}. Please check U&Es in one week.\nKind regards,\n{P3.full}, Consultant Physician")
I("en-gb", "referral_email", "Subject: 2WW referral – {M1.full}\nHi {P2.given},\nGrateful if you could see Mr {M1.sur} (DOB {dob}) with known ⟪Barrett's oesophagus⟫ and new dysphagia. Tel {phone}. He is hard of hearing, so please email his son on {M2.email}.\nThanks, {P3.full}, {clinic}")
I("en-gb", "sms", "NHS: {P1.given}, your ⟪COVID-19⟫ booster is booked at {clinic} on {datenoyr} at 14:10. To cancel call {phone}.")
I("en-gb", "bank_form", "Name:\t{M1.sur}, {M1.given}\nSort code:\t{sortcode}\nAccount no:\t{acct}\nNI number:\t{natid}\nProduct:\t⟪Cash ISA⟫ transfer in")
I("en-gb", "teller_note", "{M1.full} came into the {wtown} branch, card ending {last4} retained by ATM. Cust is {age} and hard of hearing; son holds lasting power of attorney. New card to {street}.")
I("en-gb", "complaint", "I wish to make a formal complaint. On {datew} my wife {F1.full} waited fourteen hours in A&E at {hospital}. She is {age} and has ⟪Alzheimer's disease⟫. Please reply to {M2.email}. {M2.full}")
I("en-gb", "reminder", "{clinic}\nAppointment reminder for {P1.full}\nDate: {datew}   Time: 11:20\nWith: Dr {P2.sur}\nPlease bring your ⟪Fostair⟫ inhaler. To cancel ring {phone}.")
I("en-gb", "pharmacy", "Hi, I'm collecting {drug} for my neighbour {WF1.full} at {street}. She's {age} and housebound – can I sign for it?")
I("en-gb", "insurance_claim", "Policy {policy}\nClaimant: {F1.full}\nDOB: {dob}\nTreatment: ⟪Mohs surgery⟫ at {hospital} on {date}\nSettlement to sort code {sortcode}, account {acct}")
I("en-gb", "reference_list", "1. {P1.ref}, {P2.ref}. The ⟪Glasgow-Blatchford score⟫ in upper GI bleeding: a validation study. BMJ 2016;352:i5611.\n2. {P3.ref}, {P4.ref}, {P5.ref}. Outcomes after emergency laparotomy in the very old. Br J Surg 2019;106:1012-20.")
I("en-gb", "signature", "{P1.full} MBChB FRCS\nConsultant Colorectal Surgeon\n{hospital}\n{street}, {city} {postcode}\nSecretary: {phone_ext}\nGMC {regno}")
I("en-gb", "operative_note", "Operation note – {date}\nPatient: {F1.full}, hospital no. {mrn}\nSurgeon: Mr {M2.full}   Assistant: {P3.full}\nProcedure: ⟪Lichtenstein repair⟫, right inguinal hernia\nFindings: indirect sac, no bowel in sac.\nDictated {M2.inits}/{P4.initslc}")
I("en-gb", "portal_chat", "Could you change my email to {P1.email}? It's {P1.full} – the old work address doesn't exist any more. Thanks!")
I("en-gb", "sms", "hi {F1.given} its {F2.given} from the surgery, dr {P3.sur} wants u in for bloods on {datenoyr}. ring {phone} x", "L")
I("en-gb", "voice", "read my last message from {P1.full} and then call {P1.given} back on {mobile}")
I("en-gb", "bank_form", "Payee name\t{W1.full}\nPayee sort code\t{sortcode}\nPayee account\t{acct}\nReference\tRENT FLAT 2\nType\t⟪standing order⟫")
I("en-gb", "complaint", "Dear Sir or Madam, my late father {M1.full} of {street}, {wtown} had a ⟪direct debit⟫ that kept being taken after he died on {datew}. Account {acct}. I am his executor. {F2.full}, {phone}")
I("en-gb", "discharge", "Discharge summary\nName: {M1.full}\tHosp no: {mrn}\tNHS: {nhs}\nAdmission: {date}\tDischarge: {dateafter}\nDiagnosis: ⟪Guillain-Barré syndrome⟫\nFollow-up: neurology clinic, {hospital}")
I("en-gb", "handover", "District nurse visit – {W1.full}, {street}. Leg ulcer dressing changed, ABPI 0.9 on ⟪Doppler⟫. Next visit {datenoyr}. Daughter {F2.given} has the key safe code.")
I("en-gb", "triage", "NHS 111 CALL. CALLER {F1.full} FOR HUSBAND {M2.full}, {age}. ADDRESS {street}, {city} {postcode}. CHEST PAIN, ⟪GTN⟫ NO RELIEF. AMBULANCE DISPATCHED.")
I("en-gb", "portal_chat", "Hi, my son {M1.full} (DOB {dobchild}) has ⟪Osgood-Schlatter disease⟫ and school wants a letter for PE. Can it be emailed to {F2.email}?")
I("en-gb", "reminder", "Dear {P1.full}, your ⟪DEXA scan⟫ at {hospital}, {street}, is on {datew} at 08:50. Use car park B. Enquiries {phone}.")
I("en-gb", "portal_chat", "I've uploaded a photo of the rash as {P1.file} – could Dr {P2.sur} have a look before Friday? Thanks, {P1.given}")

# --- Ireland
I("en-ie", "portal_chat", "Hi, I'm {F1.full}, PPS {natid}. I'm after moving to {street}, {wtown}, {postcode}. Can ye update my address before my ⟪mammogram⟫?")
I("en-ie", "sms", "howya {M1.given}, its {F2.given} from {clinic}, ur ⟪Mounjaro⟫ script is ready, collect before 6 or ring {phone}", "L")
I("en-ie", "handover", "{M1.sur}, {M1.given}, {age}, MRN {mrn}. From {carehome}, {wtown}. ⟪CURB-65⟫ 3, on IV {drug}. Son {M2.full} is NOK – {mobile}.")
I("en-ie", "discharge", "Dear Dr {P2.sur},\nRe: {F1.full}, DOB {dob}, MRN {mrn}\n{street}, {wtown}, {postcode}\nAdmitted {datew} with decompensated ⟪Hashimoto's thyroiditis⟫. Discharged on ⟪Eltroxin⟫ 100 micrograms daily.\nIs mise le meas,\n{P3.full}, SHO Medicine")
I("en-ie", "referral_email", "To: {P2.email}\nSubject: {M1.full} – ⟪Dupuytren's contracture⟫\nHi {P2.given}, would you see this man from {wtown}? DOB {dob}, mobile {mobile}. Thanks a million, {P3.given}")
I("en-ie", "teller_note", "Cust {F1.full} in {wtown} branch re: ⟪SEPA⟫ transfer to {iban} not received. Advised two working days. Contact {mobile}.")
I("en-ie", "bank_form", "IBAN\t{iban}\nAccount name\t{P1.full}\nAddress\t{street}, {wtown}\nEircode\t{postcode}\nPPSN\t{natid}")
I("en-ie", "voice", "call {F1.full} on {mobile} and tell her the physio is cancelled")
I("en-ie", "triage", "ED TRIAGE {date}. {M1.full}. DOB {dob}. ⟪MANCHESTER TRIAGE⟫ ORANGE. FELL OFF LADDER AT {street}, {wtown}. ⟪GCS⟫ 14.")
I("en-ie", "complaint", "I'm writing about my mam {F1.full}, {age}, who was on a trolley in {hospital} for two days from {datew}. Her ⟪Waterlow score⟫ was never done. {F2.full}, {phone}")
I("en-ie", "pharmacy", "Can I get {drug} on the medical card for my da {M1.full}? Card number {insno}, DOB {dob}.")
I("en-ie", "reminder", "{clinic}: Hi {P1.given}, your appointment with Dr {P2.sur} is on {datenoyr} at 10:15. Call {phone} to change it.")
I("en-ie", "signature", "{P1.full}, MD, pager {pager}\nDepartment of Geriatric Medicine\n{hospital}, {wtown}\n{P1.email}")
I("en-ie", "operative_note", "OPERATION NOTE\nName:\t{F1.full}\tMRN:\t{mrn}\nDate:\t{date}\nSurgeon:\t{P2.full}\nOperation:\t⟪Bankart repair⟫, right shoulder\nDictated by {P2.inits}, typed by {P3.initslc}")
I("en-ie", "insurance_claim", "Outpatient benefit claim\nMember: {M1.full}\nMembership no: {policy}\nProvider: {hospital}\nDate of treatment: {date}\nDiagnosis: ⟪Baker's cyst⟫")

# --- Scotland
I("en-sco", "portal_chat", "Hi, it's {F1.full}, CHI {chi}. I've moved to {street}, {wtown} {postcode}. Could my ⟪HbA1c⟫ reminder go to the new address?")
I("en-sco", "handover", "{M1.sur}, {M1.given} – CHI {chi} – {age}, from {carehome}. ⟪4AT⟫ 6, delirious overnight. Niece {F2.full} on {mobile}.")
I("en-sco", "triage", "NHS24 CALL. PT {W1.full}, {wtown}. {age} YRS. BREATHLESS. ⟪COPD⟫ RESCUE PACK STARTED. GP {clinic}.")
I("en-sco", "discharge", "Immediate discharge letter\nPatient: {F1.full}\tCHI: {chi}\nAdmitted: {date}\tDischarged: {dateafter}\nWard 22, {hospital}\nDiagnosis: ⟪Legionnaires' disease⟫\nMedication on discharge: {drug}")
I("en-sco", "sms", "aye {M1.given} its {M2.given}, mum's in {hospital} since {datenoyr}, visiting 2 till 8, ward phone {phone}", "L")
I("en-sco", "bank_form", "Name\t{P1.full}\nSort code\t{sortcode}\nAccount\t{acct}\nPostcode\t{postcode}\nPhone\t{phone}")
I("en-sco", "signature", "{P1.full}\nAdvanced Nurse Practitioner\n{clinic}, {street}\n{wtown} {postcode}\nTel: {phone_ext}")
I("en-sco", "voice", "navigate to {hospital} in {wtown} and text {F1.full} that im on my way")

# --- Wales
I("en-wal", "portal_chat", "Bore da, {F1.full} ydw i. My NHS number is {nhs}. I'd like my letters in Welsh please, to {street}, {wtown} {postcode}.")
I("en-wal", "handover", "Mrs {F1.sur}, {age}, first language Welsh. ⟪Bell's palsy⟫ improving, eye care QDS. Daughter {F2.full} – {mobile}. Lives at {street}, {wtown}.")
I("en-wal", "referral_email", "Annwyl Dr {P2.sur} / Dear Dr {P2.sur},\nPlease see {M1.full} (DOB {dob}) from {wtown} with ⟪Raynaud's phenomenon⟫ and digital ulcers.\nDiolch, {P3.full}, {clinic}")
I("en-wal", "triage", "WAST HANDOVER. {M1.full}, {age} YRS, FROM {wtown}. ⟪STEMI⟫ ON ⟪ECG⟫. ⟪ASPIRIN⟫ 300MG GIVEN.")
I("en-wal", "teller_note", "Cust {P1.full} at {wtown} branch asked for statements in Welsh. Address {street}, {postcode}. Acct {acct}.")
I("en-wal", "reminder", "Nodyn atgoffa / Reminder: {P1.full}, {clinic}, {datenoyr} 09:00. Ffoniwch / Call {phone}.")
I("en-wal", "complaint", "I am complaining about {hospital}. My father {M1.full}, {age}, from {wtown}, was discharged at 2am on {datew} without his {drug}.")

# --- India
I("en-in", "portal_chat", "Good morning doctor, I am {M1.full} from {city}. My father {M2.full} is {age} years old and having ⟪Alzheimer's disease⟫ since 5 years. Kindly call on {mobile}.")
I("en-in", "discharge", "DISCHARGE SUMMARY – {hospital}\nName: {F1.full}\tAge/Sex: {age}/F\tIP No: {mrn}\nAddress: {street}, {city} – {postcode}\nDOA: {date}\tDOD: {dateafter}\nDiagnosis: ⟪Dengue fever⟫ with thrombocytopenia\nAdvice: {drug} SOS, plenty of oral fluids")
I("en-in", "triage", "CASUALTY: {M1.full} S/O {M2.full}, R/O {street}, {city}. RTA, BIKE REG {plate}. ⟪GCS⟫ 15/15. MLC NO {mrn}.")
I("en-in", "bank_form", "Account Holder Name:\t{M1.full}\nPAN:\t{pan}\nAadhaar:\t{natid}\nMobile:\t{mobile}\nA/c No:\t{acct}\nMode:\t⟪NEFT⟫")
I("en-in", "teller_note", "Mr {M1.full} visited {city} branch for KYC update. Aadhaar {natid} verified. Old address {street}. New mobile {mobile}.")
I("en-in", "sms", "Dear {P1.given}, your appointment with Dr {P2.full} at {clinic} is confirmed for {datenoyr}, 11 AM. For queries call {phone}.")
I("en-in", "voice", "send two thousand rupees on ⟪UPI⟫ to {P1.full} mobile number {mobile}")
I("en-in", "complaint", "Respected Sir, Rs 24,000 was debited from my account {acct} on {datew} without any OTP. I am {F1.full}, {street}, {city}. Kindly reverse at the earliest.")
I("en-in", "pharmacy", "Is {drug} safe with ⟪Telma⟫ tablet? My mother {F1.full}, age {age}, also takes {drug@2} daily.")
I("en-in", "signature", "Dr. {P1.full}, MBBS, MD (General Medicine)\nConsultant Physician, {hospital}\nReg. No.: {regno}\nPh: {phone} | {P1.email}")
I("en-in", "insurance_claim", "Claim intimation\nPolicy No: {policy}\nInsured: {M1.full}\nPatient: {F2.full} (mother, {age} yrs)\nHospital: {hospital}, {city}\nDate of admission: {date}\nProcedure: ⟪phacoemulsification⟫ with IOL")
I("en-in", "handover", "ICU handover: Bed 4 – {M1.full}, {age}, UHID {mrn}. Post ⟪CABG⟫ day 1, on {drug} infusion. Attender {M2.given}, {mobile}.")
I("en-in", "portal_chat", "Sir, my scan report is uploaded as {P1.file}. Please check and advise. My mobile is {mobile} and email {P1.email}.")

# --- Australia
I("en-au", "portal_chat", "G'day, {P1.full} here. Medicare {medicare}. Can I get a repeat script for {drug}? I'm at {street}, {wtown} {postcode}.")
I("en-au", "handover", "Bed 12 – {W1.full}, {age}, from {carehome}. ⟪Delirium⟫, ⟪4AT⟫ 5. Son {M2.full} is EPOA, {mobile}.")
I("en-au", "triage", "ATS 2. {M1.full}, DOB {dob}. SNAKE BITE L ANKLE AT {street}, {wtown}. PRESSURE IMMOBILISATION BANDAGE ON. ⟪ANTIVENOM⟫ ON STANDBY.")
I("en-au", "discharge", "Discharge summary – {hospital}\nPatient: {F1.full}   MRN: {mrn}   DOB: {dobchild}\nAdmitted {datew} with ⟪Kawasaki disease⟫, IVIG given. Repeat echo in six weeks. GP: Dr {P2.sur}, {clinic}.")
I("en-au", "bank_form", "Account name\t{P1.full}\nBSB\t{bsb}\nAccount number\t{acct}\nTFN\t{natid}\nMobile\t{mobile}")
I("en-au", "teller_note", "Customer {F1.full} at {wtown} branch wanted to stop a ⟪BPAY⟫ payment. Card ending {last4}. Lives at {street}.")
I("en-au", "sms", "hey {M1.given} its {F2.given}, mums being moved to {hospital} this arvo, ward number is {phone} ta", "L")
I("en-au", "voice", "hey google text {P1.full} im parked on {street} {wtown} rego {plate}")
I("en-au", "complaint", "Hi, I got a late fee on card {card} even though I paid via ⟪PayID⟫ on {datew}. Please refund it. {P1.full}, {P1.email}")
I("en-au", "reminder", "Reminder: {P1.full} has an appointment at {clinic}, {street}, on {datew} at 3:45 pm. Please bring your Medicare card ({medicare}).")
I("en-au", "insurance_claim", "Claim – {F1.full}\nFund member no: {policy}\nProvider: {hospital}\nDate of service: {date}\nItem: ⟪colonoscopy⟫\nPay to BSB {bsb}, account {acct}")
I("en-au", "reference_list", "{P1.ref}, {P2.ref}. Snakebite in rural practice: a ten-year audit. Med J Aust 2019;210:14-19.\n{P3.ref}. ⟪Antivenom⟫ use and outcomes. Emerg Med Australas 2021;33:55-61.")
I("en-au", "teller_note", "Online banking: login from unknown IP {ip} on {datew}, username {P1.user} locked. Customer {P1.full} called from {mobile} to confirm.")

# --- Canada
I("en-ca", "portal_chat", "Hi, {P1.full} here, health card {insno}. Can my ⟪INR⟫ results be sent to {clinic} in {wtown}?")
I("en-ca", "bank_form", "SIN\t{natid}\nName\t{P1.full}\nAddress\t{street}, {wtown}, ON {postcode}\nService\t⟪Interac e-Transfer⟫ limit change")
I("en-ca", "handover", "Bed 7 – {M1.full}, {age}, from {carehome}. Hip fracture, ⟪Clinical Frailty Scale⟫ 7. Daughter {F2.full}, {phone}.")
I("en-ca", "teller_note", "{X1.full} asked for a bank draft payable to {P2.full}. Acct {acct}. ID seen: driver's licence. Branch: {wtown}.")
I("en-ca", "sms", "{clinic}: {P1.given}, your flu shot is on {datenoyr} at 4:20 pm. Call {phone_ext} to cancel.")
I("en-ca", "signature", "{P1.full}, MD, FRCPC\nInternal Medicine, {hospital}\n{street}, {wtown}, ON {postcode}\nT {phone}  F {phone@2}")

# ======================= English, without identifiers ====================
N("en-us", "everyday", "What's the difference between 'affect' and 'effect'? I always mix them up.")
N("en-gb", "everyday", "Can you give me a recipe for {food} that doesn't need an oven?")
N("en-us", "pharmacy", "How long does {drug} stay in your system after the last dose?")
N("en-gb", "pharmacy", "Is it safe to take {drug} together with {drug@2}?")
N("en-us", "everyday", "What time do banks usually open on Saturdays?")
N("en-gb", "everyday", "Will it rain tomorrow? I hope not, the garden has had enough frost this week.")
N("en-us", "everyday", "Is 'The Name of the Rose' worth reading if I didn't like the film?")
N("en-gb", "everyday", "Explain what a ⟪standing order⟫ is compared with a ⟪direct debit⟫.")
N("en-us", "everyday", "What does a positive ⟪Rovsing's sign⟫ suggest on an abdominal exam?")
N("en-us", "everyday", "Translate 'the pharmacy opens at nine on Mondays' into Spanish.")
N("en-gb", "everyday", "Roughly how many calories are in a portion of {food}?")
N("en-ie", "everyday", "Is ⟪Crohn's disease⟫ the same thing as ulcerative colitis?")
N("en-gb", "everyday", "Mark the first of every month as payday in my budget spreadsheet please.")
N("en-us", "everyday", "Recommend three novels like 'Never Let Me Go' for a book club.")
N("en-gb", "everyday", "What's a decent ⟪Cash ISA⟫ rate at the moment, roughly?")
N("en-us", "everyday", "Why is Christmas celebrated on the 25th of December and not in January?")
N("en-gb", "everyday", "How do I switch my phone to mobile data only when the Wi-Fi keeps dropping?")
N("en-gb", "pharmacy", "Can I have a bath after a ⟪laparoscopic cholecystectomy⟫ or only a shower?")
N("en-us", "everyday", "What is the ⟪CHA2DS2-VASc⟫ score used for?")
N("en-au", "everyday", "Give me a packing list for a week of camping in {season}.")
N("en-gb", "everyday", "Are most pharmacies open on bank holidays, or just a few?")
N("en-gb", "pharmacy", "Does {drug} interact with grapefruit juice?")
N("en-us", "pharmacy", "I missed my {drug} dose this morning, should I double up tonight?")
N("en-gb", "handover", "Bed 4: lady in her 80s, post ⟪TAVI⟫ day 1, ⟪NEWS2⟫ 1, mobilising with a frame. Plan home tomorrow if bloods are fine.")
N("en-gb", "handover", "Side room 2: barrier nursing for C. diff, stool chart up to date, last stool ⟪Bristol stool scale⟫ type 6. Family aware.")
N("en-us", "triage", "CAT 3. 67 YO M, CHEST PAIN 2/10, ⟪ECG⟫ NSR, ⟪TROPONIN⟫ SENT, ⟪HEART SCORE⟫ 3.")
N("en-gb", "triage", "89 YO F, MECHANICAL FALL, NO HEAD INJURY, ⟪GCS⟫ 15, TAKES {drug}. TO WAITING ROOM.")
N("en-gb", "discharge", "After your ⟪gastroscopy⟫ you should not drive for 24 hours if you had sedation. Eat light meals today and drink plenty of water.")
N("en-us", "voice", "set a timer for twenty five minutes")
N("en-gb", "voice", "whats the weather like tomorrow morning")
N("en-us", "voice", "add oat milk and two lemons to my shopping list")
N("en-au", "voice", "remind me to take my {drug} at eight pm every day")
N("en-gb", "sms", "Your prescription is ready to collect. Please bring your repeat slip.")
N("en-ie", "sms", "Flu vaccine clinics run every Saturday in October, 9am to 1pm. No appointment needed.")
N("en-gb", "bank_form", "Product\t⟪Fixed-rate bond⟫\nTerm\t12 months\nRate\t4.10% AER\nMinimum deposit\t£1,000")
N("en-us", "teller_note", "Walk-in enquiry about opening a joint checking account. Gave leaflet on ⟪overdraft⟫ fees. No further action.")
N("en-gb", "complaint", "Since the last update your app logs me out every time I switch to another app. Very frustrating, please fix it.")
N("en-gb", "reminder", "Reminder: the practice will be closed on Easter Monday. For urgent problems please use the out-of-hours service.")
N("en-gb", "reference_list", "Guidelines consulted: NICE NG136 Hypertension in adults (2019); ESC 2021 guidelines on cardiovascular disease prevention; ⟪GOLD⟫ report 2023.")
N("en-us", "reference_list", "See also: WHO Model List of Essential Medicines, 23rd list (2023), and the ⟪Beers Criteria⟫ update for older adults.")
N("en-gb", "signature", "Kind regards,\nThe Cardiology Outpatient Team\nPlease do not reply to this automated message.")
N("en-us", "operative_note", "Procedure: laparoscopic ⟪Nissen fundoplication⟫. Findings: 3 cm hiatus hernia. EBL minimal. No drains. Plan: soft diet for two weeks.")
N("en-au", "insurance_claim", "What paperwork do I need to claim physio after a ⟪Bankart repair⟫?")
N("en-us", "everyday", "Compare ⟪Apple Pay⟫ and a contactless card for security.")
N("en-gb", "everyday", "Which vegetables are in season in {season}?")
N("en-us", "everyday", "How do I make {food} without eggs?")
N("en-in", "everyday", "Write a short haiku about Diwali lamps.")
N("en-gb", "everyday", "What does 'grant of probate' actually mean?")
N("en-ie", "everyday", "Is the Irish language compulsory for the Leaving Cert?")
N("en-gb", "everyday", "My grandmother is 89 and still swims every morning. Any tips for keeping her motivated over winter?")
N("en-us", "portal_chat", "hi, is it normal to feel dizzy after starting {drug}? i started it 3 days ago", "L")
N("en-gb", "portal_chat", "can i book a ⟪smear test⟫ online or do i have to ring up", "L")
N("en-wal", "everyday", "What's the best way to learn Welsh as an adult? Apps or evening classes?")
N("en-gb", "everyday", "Summarise the plot of 'Things Fall Apart' in three sentences.")
N("en-us", "everyday", "Explain ⟪Still's disease⟫ in plain language for a teenager.")
N("en-au", "everyday", "How do I reset my online banking password if I've lost my security token?")
N("en-us", "everyday", "What are the early symptoms of ⟪Lyme disease⟫?")
N("en-gb", "pharmacy", "Are ⟪Nurofen⟫ and ⟪Advil⟫ basically the same drug?")
N("en-in", "everyday", "What is the difference between ⟪NEFT⟫ and ⟪RTGS⟫ transfers?")
N("en-au", "everyday", "Do ⟪BPAY⟫ payments go through on public holidays?")
N("en-us", "handover", "Room 12: 74F, ⟪Braden scale⟫ 14, reposition q2h. Foley draining clear. Family visiting tonight.")
N("en-us", "pharmacy", "Can I take {drug} if I have ⟪Raynaud's phenomenon⟫?")
N("en-gb", "voice", "play the radio station with the traffic updates")
N("en-gb", "sms", "Your card was used for a contactless payment of {amount}. If this wasn't you, call the number on the back of your card.")
N("en-gb", "everyday", "Why do the clocks go forward in spring and back in autumn?")
N("en-au", "everyday", "What rhymes with 'orange'? Asking for a silly poem.")
N("en-gb", "everyday", "Is Ramadan at the same time every year?")
N("en-us", "everyday", "Explain the ⟪Glasgow Coma Scale⟫ to a first-year nursing student.")
N("en-sco", "everyday", "What's the difference between a loch and a lake?")
N("en-ie", "everyday", "Can I freeze soda bread, and for how long?")
N("en-in", "pharmacy", "Can I take {drug} on an empty stomach during a fast?")
N("en-ca", "everyday", "What's the difference between a TFSA and an RRSP?")
N("en-gb", "operative_note", "Findings: ⟪Baker's cyst⟫ 4 cm, communicating with the joint. ⟪Lachman test⟫ negative under anaesthesia. Closure with 3-0 nylon.")

# ============================== German ==================================
I("de-de", "portal_chat", "Guten Tag, hier ist {F1.full}, geb. {dob}. Ich nehme seit Montag {drug} und habe seitdem starke Kopfschmerzen. Bitte rufen Sie mich unter {mobile} zurück.")
I("de-de", "handover", "Übergabe Spätdienst: Zi. 14, Herr {M1.sur}, {age} J., aus dem Pflegeheim ({carehome}). Aufnahme am {date} mit ⟪Pneumonie⟫. Tochter {F2.full} ist Betreuerin, Tel. {phone}.")
I("de-de", "triage", "NOTAUFNAHME {date}. PAT. {M1.full}, GEB. {dob}, WOHNHAFT {street}, {postcode} {city}. STURZ IM BAD. ⟪GCS⟫ 14. NIMMT {drug}!")
I("de-de", "discharge", "Sehr geehrte Frau Kollegin {F2.sur},\nwir berichten über Ihre Patientin {F1.full}, geb. am {dobw}, wohnhaft {street}, {postcode} {city}, die sich vom {date} bis {dateafter} im {hospital} in stationärer Behandlung befand.\nDiagnose: ⟪Morbus Crohn⟫, akuter Schub.\nMit freundlichen Grüßen\nDr. {M3.full}, Oberarzt")
I("de-de", "bank_form", "Kontoinhaber:\t{M1.sur}, {M1.given}\nIBAN:\t{iban}\nSteuer-ID:\t{natid}\nTelefon:\t{phone}\nAuftrag:\t⟪Dauerauftrag⟫ einrichten")
I("de-de", "teller_note", "Kundin {F1.full} am Schalter in {wtown@a}: ⟪girocard⟫ (Endziffern {last4}) gesperrt. Ersatzkarte an {street}, {postcode} {wtown@a}. Rückruf unter {mobile}.")
I("de-de", "voice", "ruf {F1.full} an unter {mobile} und sag ihr dass der termin am {datenoyr} ausfällt")
I("de-at", "portal_chat", "Grüß Gott, ich bin {F1.full}, SVNR {natid}. Meine Mutter ist {agew} Jahre alt und wohnt im Heim ({carehome}) in {wtown}. Braucht sie für {drug} ein neues Rezept?")
I("de-at", "referral_email", "Betreff: Zuweisung {M1.full}\nLiebe Frau Kollegin {F2.sur},\nich bitte um Begutachtung von Hrn. {M1.sur}, geb. {dob}, wohnhaft {street}, {postcode} {wtown}, bei V. a. ⟪Morbus Bechterew⟫.\nTel. des Patienten: {mobile}\nLG {P3.full}")
I("de-ch", "sms", "Hoi {P1.given}, dein Termin im {hospital} ist am {datenoyr} um 14.15 Uhr. Bitte Versichertenkarte ({insno}) mitnehmen. Absagen: {phone}")
I("de-ch", "bank_form", "Name\t{P1.full}\nAHV-Nr.\t{natid}\nIBAN\t{iban}\nAdresse\t{street}, {postcode} {wtown}\nZahlart\t⟪TWINT⟫")
I("de-de", "operative_note", "OP-Bericht vom {date}\nPatient: {M1.sur}, {M1.given} (Fall-Nr. {mrn})\nOperateur: Dr. {P2.full}, Assistenz: {P3.full}\nEingriff: ⟪Hartmann-Operation⟫\nVerlauf komplikationslos.\nDiktiert: {P2.inits}/{P4.initslc}")
I("de-de", "insurance_claim", "Leistungsantrag\nVersicherte Person: {P1.full}\nKrankenversichertennummer: {insno}\nBehandlung: ⟪Koloskopie⟫ am {date} im {hospital}\nKennzeichen Unfallfahrzeug: {plate}")
I("de-de", "complaint", "Beschwerde: Am {datew} wurde mein Vater {M1.full} ({age}) nach sechs Stunden Wartezeit aus dem {hospital} entlassen, ohne Arztbrief. {F2.full}, {F2.email}")
I("de-de", "reference_list", "Literatur\n1. {P1.ref}, {P2.ref}: ⟪Whipple-Operation⟫ im hohen Lebensalter. Chirurg 2018; 89: 712–719.\n2. {P3.ref} et al.: Delir nach Hüftfraktur. Dtsch Arztebl Int 2020; 117: 33–40.")
I("de-de", "portal_chat", "Hallo, ich habe den Befund als {P1.file} hochgeladen. Mein Benutzername im Portal ist {P1.user}. Können Sie das bitte an {P2.full} weiterleiten?")

N("de-de", "pharmacy", "Darf ich nach einer ⟪Gastroskopie⟫ sofort wieder essen und trinken?")
N("de-de", "everyday", "Was ist der Unterschied zwischen einem ⟪Dauerauftrag⟫ und einer ⟪Lastschrift⟫?")
N("de-de", "pharmacy", "Wie lange ist {drug} nach dem Öffnen der Packung haltbar?")
N("de-de", "handover", "Übergabe: Zi. 3, Pat. 78 J., ⟪Barthel-Index⟫ 45, mobilisiert mit Rollator. Heute keine Besonderheiten.")
N("de-at", "everyday", "Haben die Apotheken am Pfingstmontag offen oder nur der Notdienst?")
N("de-ch", "everyday", "Lohnt sich ein Halbtax-Abo, wenn ich zweimal pro Monat Zug fahre?")
N("de-de", "voice", "wie wird das wetter morgen früh")
N("de-de", "everyday", "Kannst du mir ein Rezept für {food} ohne Ei geben?")
N("de-de", "triage", "SICHTUNG: 54 J., MÄNNLICH, THORAXSCHMERZ SEIT 2 STD., ⟪EKG⟫ UNAUFFÄLLIG, ⟪TROPONIN⟫ AUSSTEHEND.")
N("de-de", "reference_list", "Siehe S3-Leitlinie Colitis ulcerosa (AWMF 2020) sowie die Tabelle zum ⟪Wells-Score⟫ im Anhang.")

# ============================== French ==================================
I("fr-fr", "portal_chat", "Bonjour, je suis {F1.full}, née le {dobw}. Mon médecin m'a prescrit du {drug} mais j'ai des nausées. Pouvez-vous me rappeler au {mobile} ?")
I("fr-fr", "handover", "Transmissions de nuit – ch. 12 : Mme {F1.sur}, {agew} ans, entrée le {date} pour ⟪pneumopathie⟫. Sa fille, {F2.full}, est joignable au {phone}. RAS cette nuit.")
I("fr-fr", "triage", "IOA {date} : {M1.full}, NÉ LE {dob}, DOMICILE {street}, {postcode} {wtown}. DOULEUR THORACIQUE, ⟪ECG⟫ FAIT. TRAITEMENT : {drug}.")
I("fr-fr", "discharge", "Cher confrère,\nJ'ai revu en consultation le {date} M. {M1.full}, né le {dob}, domicilié {street}, {postcode} {wtown}, suivi pour une ⟪maladie de Horton⟫. N° de sécurité sociale : {natid}.\nBien confraternellement,\nDr {P2.full}")
I("fr-fr", "bank_form", "Titulaire :\t{P1.full}\nIBAN :\t{iban}\nCarte :\t{card}\nCourriel :\t{P1.email}\nOpération :\t⟪virement SEPA⟫")
I("fr-fr", "complaint", "Madame, Monsieur,\nLe {datew}, ma mère {F1.full}, âgée de {age} ans, a attendu neuf heures aux urgences ({hospital}). Je vous demande des explications.\n{M2.full}, {street}, {postcode} {city}")
I("fr-be", "portal_chat", "Bonjour docteur, c'est {F1.full}, numéro national {natid}. Ma mère a {agew} ans et vit à la maison de repos ({carehome}) à {wtown}. Elle prend du {drug}, est-ce normal qu'elle soit si fatiguée ?")
I("fr-be", "teller_note", "Client {M1.full}, agence de {wtown@a}. Carte ⟪Bancontact⟫ bloquée, se terminant par {last4}. Nouvelle carte envoyée : {street}, {postcode} {wtown@a}.")
I("fr-ch", "reminder", "Rappel : {P1.full}, rendez-vous ({hospital}) le {datenoyr} à 10 h 30. Merci d'apporter votre carte d'assuré ({insno}). Annulation : {phone}.")
I("fr-ch", "sms", "Salut {P1.given}, c'est {P2.given} de la pharmacie, ton {drug} est arrivé. On ferme à 18h30. Rappelle au {phone}.")
I("fr-ca", "voice", "appelle {F1.full} au {phone} pis dis lui que mon rendez vous est le {datenoyr}")
I("fr-ca", "insurance_claim", "Réclamation\nAssuré :\t{M1.full}\nNAS :\t{natid}\nN° RAMQ :\t{insno}\nDate du soin :\t{date}\nClinique :\t{clinic}")
I("fr-fr", "operative_note", "Compte rendu opératoire du {date}\nPatient : {M1.surcaps} {M1.given}, IPP {mrn}\nOpérateur : Pr {P2.full}\nIntervention : ⟪cholécystectomie par cœlioscopie⟫\nSuites simples.\n{P2.inits}/{P3.initslc}")
I("fr-fr", "signature", "Dr {P1.full}\nMédecin généraliste\n{clinic}\n{street}\n{postcode} {wtown}\nTél. : {phone} – RPPS {regno}")
I("fr-be", "referral_email", "Objet : {F1.full} – ⟪syndrome de Gougerot-Sjögren⟫\nChère consœur,\nPourriez-vous voir Mme {F1.sur} (née le {dob}) ? Elle habite {street}, {postcode} {wtown}. Son GSM : {mobile}.\nMerci d'avance, Dr {P2.full}")
I("fr-fr", "referral_email", "Cher collègue,\nvous trouverez le dossier de {F1.full} sur {url} (fichier {F1.file}). Merci de me tenir informé.\nDr {P2.full}")

N("fr-fr", "pharmacy", "Est-ce que je peux prendre du {drug} en même temps que du {drug@2} ?")
N("fr-fr", "everyday", "Quelle est la différence entre un ⟪virement⟫ et un ⟪prélèvement⟫ ?")
N("fr-fr", "everyday", "Les pharmacies sont-elles ouvertes le jour de la Toussaint ?")
N("fr-fr", "everyday", "Explique-moi la ⟪maladie de Charcot⟫ avec des mots simples.")
N("fr-fr", "handover", "Transmissions : patiente de 82 ans, ⟪score de Glasgow⟫ à 15, mange seule, pas de douleur. RAS.")
N("fr-be", "everyday", "Pourquoi les Belges disent-ils septante et nonante alors que les Français disent soixante-dix ?")
N("fr-ca", "everyday", "C'est quoi la différence entre un REER pis un CELI ?")
N("fr-ch", "pharmacy", "À partir de quel âge peut-on donner du {drug} à un enfant ?")
N("fr-fr", "voice", "mets un minuteur de dix minutes pour les pâtes")
N("fr-fr", "everyday", "Une recette de {food} pour six personnes, sans four, s'il vous plaît.")

# ============================== Spanish =================================
I("es-es", "portal_chat", "Hola, soy {F1.full}, DNI {natid}. Desde que tomo {drug} tengo mareos por la mañana. ¿Me pueden llamar al {mobile}?")
I("es-es", "handover", "Relevo de turno: hab. 208, {M1.full}, {age} años, ingresa el {date} por ⟪neumonía⟫. Hija {F2.given}, tel. {phone}. ⟪Escala de Braden⟫ 12.")
I("es-es", "triage", "TRIAJE {date}. {F1.full}. NHC {mrn}. CAÍDA EN DOMICILIO ({street}, {postcode} {wtown}). ⟪ESCALA DE GLASGOW⟫ 14. NIVEL III.")
I("es-es", "discharge", "INFORME DE ALTA\nPaciente: {M1.full}\nFecha de nacimiento: {dobw}\nNUSS: {insno}\nIngreso: {date}   Alta: {dateafter}\nDiagnóstico: ⟪síndrome de Guillain-Barré⟫\nTratamiento al alta: {drug}")
I("es-es", "bank_form", "Titular\t{P1.full}\nNIE\t{nie}\nIBAN\t{iban}\nMóvil\t{mobile}\nServicio\t⟪Bizum⟫")
I("es-es", "voice", "llama a {F1.full} al {mobile} y dile que la cita es el {datenoyr}")
I("es-mx", "portal_chat", "buenas tardes soy {M1.full}, mi curp es {natid} y necesito mi receta de {drug} porfa", "L")
I("es-mx", "teller_note", "Cliente {F1.full} solicita aclaración por cargo no reconocido en tarjeta con terminación {last4}. Domicilio: {street}, C.P. {postcode}, {city}. Tel. {phone}. Reembolso vía ⟪SPEI⟫ a CLABE {clabe}.")
I("es-ar", "sms", "Hola {P1.given}! Te recordamos tu turno en {clinic} el {datenoyr} a las 16:30. Traé tu DNI ({natid}). Cancelaciones al {phone}.")
I("es-cl", "complaint", "Estimados: el {datew} a mi padre, {M1.full} (RUT {natid}), de {agew} años, lo dejaron seis horas en la urgencia del {hospital}. Exijo una respuesta. {F2.full}, {F2.email}")
I("es-co", "referral_email", "Asunto: Remisión de {F1.full}\nDra. {F2.sur}: le remito paciente de {wtown} con ⟪enfermedad de Chagas⟫. Cédula {natid}. Dirección {street}. Celular {mobile}.\nCordialmente, {P3.full}")
I("es-es", "operative_note", "HOJA OPERATORIA\nPaciente: {M1.full}\tNHC: {mrn}\nFecha: {date}\nCirujano: Dr. {M2.full}\nIntervención: ⟪colecistectomía laparoscópica⟫\nSin incidencias.\nDictado: {M2.inits}/{P3.initslc}")
I("es-es", "insurance_claim", "Parte de accidente\nAsegurado: {P1.full}\nPóliza: {policy}\nMatrícula: {plate}\nFecha del siniestro: {date}\nLesiones: esguince cervical")
I("es-es", "reminder", "Recordatorio: {P1.full}, tiene cita en el {clinic} el {datew} a las 9:40. Traiga su tarjeta sanitaria.")
I("es-es", "complaint", "Alguien entró en mi banca online desde la IP {ip} el {datew}. Mi usuario es {P1.user} y yo no fui. Bloqueen la cuenta, por favor. {P1.full}")

N("es-es", "pharmacy", "¿Puedo tomar {drug} con el estómago vacío?")
N("es-es", "everyday", "¿Cuál es la diferencia entre una ⟪transferencia⟫ inmediata y un ⟪Bizum⟫?")
N("es-es", "everyday", "Dame una receta de {food} para cuatro personas.")
N("es-es", "everyday", "¿Qué es la ⟪maniobra de Valsalva⟫ y para qué sirve?")
N("es-mx", "everyday", "¿Los bancos abren el Día de Muertos?")
N("es-ar", "everyday", "¿Por qué 'Cien años de soledad' es tan importante en la literatura latinoamericana?")
N("es-es", "handover", "Relevo: paciente de 76 años, ⟪escala de Glasgow⟫ 15, tolera dieta, sin dolor. Nada que reseñar.")
N("es-es", "voice", "pon una alarma a las siete y media de la mañana")
N("es-es", "everyday", "¿A qué hora cierran las farmacias de guardia los {weekday}?")

# ============================== Italian =================================
I("it-it", "portal_chat", "Buongiorno, sono {F1.full}, nata il {dobw}. Il medico mi ha prescritto {drug} ma ho ancora dolore. Potete richiamarmi al {mobile}?")
I("it-it", "handover", "Consegne notte: letto 7, sig. {M1.sur}, {age} anni, proveniente da RSA ({carehome}). Ricovero il {date} per ⟪scompenso cardiaco⟫. Figlia {F2.full}, tel. {phone}.")
I("it-it", "triage", "TRIAGE {date}: {M1.full}, NATO IL {dob}, C.F. {natid}. CADUTA A DOMICILIO, {street}, {postcode} {wtown}. CODICE GIALLO. ⟪SCALA DI GLASGOW⟫ 14.")
I("it-it", "discharge", "Lettera di dimissione\nPaziente: {F1.full}\nData di nascita: {dob}\nCartella clinica n. {mrn}\nRicoverata dal {date} al {dateafter} presso {hospital}.\nDiagnosi: ⟪morbo di Basedow⟫.\nTerapia: {drug}.")
I("it-it", "bank_form", "Intestatario:\t{P1.full}\nCodice fiscale:\t{natid}\nIBAN:\t{iban}\nCellulare:\t{mobile}\nOperazione:\t⟪bonifico⟫ istantaneo")
I("it-it", "voice", "chiama {F1.full} al {mobile} e dille che la visita è il {datenoyr}")
I("it-it", "complaint", "Spett.le Direzione, il {datew} mia nonna {F1.full}, di {agew} anni, è stata dimessa alle 23 senza avvisare nessuno della famiglia. Struttura: {hospital}. {M2.full}, {M2.email}")
I("it-it", "sms", "ciao {P1.given} sono {P2.given} della farmacia, il farmaco {drug} è arrivato, passa entro le 19. tel {phone}", "L")
I("it-it", "operative_note", "Verbale operatorio del {date}\nPaziente: {M1.surcaps} {M1.given}, n. nosologico {mrn}\nPrimo operatore: dott. {M2.full}\nIntervento: ⟪duodenocefalopancreasectomia⟫\nDettato da {M2.inits}/{P3.initslc}")
I("it-it", "teller_note", "Cliente {M1.full}, filiale di {wtown}: furto della carta terminante {last4}. Targa dell'auto {plate} indicata per la denuncia. Tel. {phone}.")
I("it-it", "portal_chat", "Salve, ho caricato sul portale il referto {P1.file}. Il mio nome utente è {P1.user}. Grazie, {P1.full}")

N("it-it", "pharmacy", "Posso prendere {drug} a stomaco vuoto?")
N("it-it", "everyday", "Qual è la differenza tra ⟪bonifico⟫ ordinario e istantaneo?")
N("it-it", "everyday", "Mi dai una ricetta per {food} senza glutine?")
N("it-it", "everyday", "Vale la pena leggere 'Il nome della rosa' prima di vedere il film?")
N("it-it", "handover", "Consegne: paziente di 81 anni, ⟪scala di Braden⟫ 13, mobilizzata in poltrona. Nulla da segnalare.")
N("it-it", "everyday", "Le farmacie sono aperte a Ferragosto?")
N("it-it", "voice", "metti un timer di venti minuti per la pasta")
N("it-it", "everyday", "Spiegami il ⟪segno di Blumberg⟫ con parole semplici.")

# ============================== Dutch ===================================
I("nl-nl", "portal_chat", "Goedemiddag, met {F1.full}, geboren {dob}, BSN {natid}. Sinds ik {drug} gebruik heb ik last van mijn maag. Kunt u mij terugbellen op {mobile}?")
I("nl-nl", "handover", "Overdracht: kamer 5, mevr. {F1.sur}, {age} jaar, uit {carehome}. Opname {date} met ⟪delier⟫. Zoon {M2.full} is eerste contactpersoon: {phone}.")
I("nl-nl", "triage", "SEH {date}: {M1.full}, GEB. {dob}, {street}, {postcode} {wtown}. VAL VAN DE TRAP. ⟪GCS⟫ 15. GEBRUIKT {drug}.")
I("nl-nl", "bank_form", "Rekeninghouder\t{P1.full}\nIBAN\t{iban}\nE-mail\t{P1.email}\nTelefoon\t{phone}\nBetaalwijze\t⟪iDEAL⟫")
I("nl-nl", "sms", "hoi {P1.given}, hier {P2.given} van de apotheek. je {drug} ligt klaar tot 17u. bel {phone} bij vragen", "L")
I("nl-be", "portal_chat", "Dag dokter, {M1.full} hier, rijksregisternummer {natid}. Mijn moeder is {agew} en woont in {carehome} in {wtown}. Mag ze {drug} nemen?")
I("nl-be", "teller_note", "Klant {F1.full} aan het loket in {wtown@a}: ⟪Bancontact⟫-kaart (eindigend op {last4}) ingeslikt. Nieuw adres: {street}, {postcode} {wtown@a}.")
I("nl-nl", "voice", "bel {F1.full} op {mobile} en zeg dat de afspraak op {datenoyr} niet doorgaat")
I("nl-nl", "discharge", "Ontslagbrief\nPatiënt: {M1.full}, geb. {dobw}\nOpgenomen van {date} tot {dateafter} in {hospital}\nDiagnose: ⟪ziekte van Bechterew⟫, opvlamming\nBehandelend arts: {P2.full}")
I("nl-nl", "complaint", "Geachte heer, mevrouw, op {datew} is mijn vader {M1.full} ({age}) na acht uur op de SEH zonder uitleg naar huis gestuurd. Graag een reactie naar {F2.email}. {F2.full}")
I("nl-nl", "portal_chat", "Mijn gebruikersnaam is {P1.user}, maar inloggen via {url} lukt niet. Kunt u mij helpen? Groet, {P1.full}")

N("nl-nl", "everyday", "Wat is het verschil tussen een ⟪automatische incasso⟫ en een ⟪Tikkie⟫?")
N("nl-nl", "pharmacy", "Mag ik {drug} gebruiken als ik zwanger ben?")
N("nl-nl", "everyday", "Wat is de beste tijd om tulpenbollen te planten?")
N("nl-nl", "handover", "Overdracht: patiënt van 72 jaar, ⟪Wells-score⟫ laag, mobiliseert zelfstandig. Geen bijzonderheden.")
N("nl-be", "everyday", "Zijn de banken open op Allerheiligen?")
N("nl-nl", "voice", "zet een wekker om half zeven morgenochtend")
N("nl-nl", "everyday", "Geef me een recept voor {food} zonder oven.")
N("nl-be", "everyday", "Is de ⟪ziekte van Pfeiffer⟫ besmettelijk voor kinderen?")

# ============================== Portuguese ==============================
I("pt-pt", "portal_chat", "Bom dia, sou a {F1.full}, n.º de utente {insno}. Desde que comecei o {drug} tenho tonturas. Podem ligar-me para o {mobile}?")
I("pt-pt", "handover", "Passagem de turno: cama 3, Sr. {M1.sur}, {age} anos, vindo do {carehome}. Internado a {date} por ⟪pneumonia⟫. Filha {F2.full}, tlm {mobile}.")
I("pt-pt", "bank_form", "Titular\t{P1.full}\nNIF\t{natid}\nIBAN\t{iban}\nMorada\t{street}, {postcode} {wtown}\nServiço\t⟪MB WAY⟫")
I("pt-br", "portal_chat", "oi boa tarde, aqui é {F1.full}, cpf {natid}. minha mãe tem {agew} anos e tá internada no {hospital} desde {datenoyr}, alguém pode me ligar no {mobile}?", "L")
I("pt-br", "triage", "CLASSIFICAÇÃO DE RISCO {date}: {M1.full}, CNS {insno}, END. {street}, {postcode} {wtown}. DOR TORÁCICA. ⟪ESCALA DE GLASGOW⟫ 15. AMARELO.")
I("pt-br", "teller_note", "Cliente {P1.full} na agência {wtown}: pediu estorno de ⟪PIX⟫ enviado por engano para a chave {mobile}. Conta {acct}.")
I("pt-br", "sms", "Olá {P1.given}! Sua consulta na {clinic} é dia {datenoyr} às 14h. Confirme respondendo SIM. Dúvidas: {phone}")
I("pt-pt", "discharge", "Nota de alta\nDoente: {F1.full}\nData de nascimento: {dobw}\nProcesso n.º {mrn}\nInternamento: {date} a {dateafter}, {hospital}\nDiagnóstico: ⟪doença de Crohn⟫\nMedicação: {drug}")
I("pt-br", "voice", "liga pra {F1.full} no {mobile} e fala que o exame foi remarcado pro {datenoyr}")
I("pt-br", "complaint", "Prezados, no dia {datew} meu pai {M1.full}, {age} anos, esperou dez horas no pronto-socorro do {hospital}. Aguardo retorno. {F2.full} – {F2.email}")

N("pt-pt", "pharmacy", "Posso tomar {drug} com o estômago vazio?")
N("pt-br", "everyday", "Qual a diferença entre ⟪PIX⟫ e ⟪TED⟫?")
N("pt-br", "everyday", "Me passa uma receita de {food} sem forno?")
N("pt-pt", "everyday", "As farmácias estão abertas no dia de Natal?")
N("pt-pt", "handover", "Passagem de turno: doente de 80 anos, ⟪escala de Braden⟫ 14, come sozinho, sem queixas.")
N("pt-br", "voice", "coloca um alarme para as seis e meia amanhã")
N("pt-br", "everyday", "O que é a ⟪doença de Chagas⟫ e como se pega?")
N("pt-pt", "everyday", "Vale a pena ler 'Os Lusíadas' no secundário?")

# ============================== Swedish =================================
I("sv", "portal_chat", "Hej, jag heter {F1.full}, personnummer {natid}. Jag har fått {drug} men mår illa. Kan ni ringa mig på {mobile}?")
I("sv", "handover", "Rapport kväll: sal 4, {M1.full}, {age} år, från {carehome}. Inlagd {date} med ⟪pneumoni⟫. Dottern {F2.full} nås på {phone}.")
I("sv", "bank_form", "Kontoinnehavare\t{P1.full}\nClearing- och kontonummer\t{acct}\nIBAN\t{iban}\nE-post\t{P1.email}\nTjänst\t⟪Swish⟫")
I("sv", "sms", "Påminnelse: {P1.given}, du har tid på {clinic} {datenoyr} kl. 10.20. Av- eller ombokning: {phone}.")
I("sv", "discharge", "Epikris\nPatient: {M1.full}, {natid}\nAdress: {street}, {postcode} {wtown}\nVårdtid {date} – {dateafter}, {hospital}\nDiagnos: ⟪Crohns sjukdom⟫\nLäkemedel: {drug}")
I("sv", "voice", "ring {F1.full} på {mobile} och säg att jag blir sen")
I("sv", "complaint", "Hej, den {datew} skickades min mamma {F1.full}, {agew} år, hem från akuten på {hospital} mitt i natten. Svara gärna till {M2.email}. {M2.full}")
I("sv", "portal_chat", "Hej! Jag har laddat upp remissen som {P1.file}. Mitt användarnamn är {P1.user}. Mvh {P1.full}")

N("sv", "pharmacy", "Kan man ta {drug} och ⟪Ipren⟫ samtidigt?")
N("sv", "everyday", "Vad är skillnaden mellan ⟪autogiro⟫ och e-faktura?")
N("sv", "everyday", "Har apoteken öppet på midsommarafton?")
N("sv", "handover", "Rapport: patient 77 år, ⟪NEWS2⟫ 1, mobiliseras med rollator. Inget att anmärka.")
N("sv", "voice", "sätt en timer på tio minuter")
N("sv", "everyday", "Ge mig ett recept på {food} utan ugn.")

# ============================== Danish ==================================
I("da", "portal_chat", "Hej, det er {F1.full}, CPR {natid}. Jeg har fået {drug}, men får hovedpine af det. Må I ringe til mig på {mobile}?")
I("da", "handover", "Vagtoverlevering: stue 2, {M1.full}, {age} år, fra {carehome}. Indlagt {date} med ⟪pneumoni⟫. Datter {F2.full}, tlf. {phone}.")
I("da", "bank_form", "Kontohaver\t{P1.full}\nReg.nr. og kontonr.\t{acct}\nIBAN\t{iban}\nMobil\t{mobile}\nBetaling\t⟪MobilePay⟫")
I("da", "sms", "Hej {P1.given}. Husk din tid hos {clinic} {datenoyr} kl. 8.40. Afbud på {phone}.")
I("da", "discharge", "Epikrise\nPatient: {F1.full}, født {dobw}\nIndlagt {date}–{dateafter} på {hospital}\nDiagnose: ⟪Parkinsons sygdom⟫ med faldtendens\nBopæl: {street}, {postcode} {wtown}")
I("da", "teller_note", "Kunde {M1.full} i filialen i {wtown}: kort med slutcifre {last4} spærret. Nummerplade {plate} oplyst til forsikringen. Tlf. {phone}.")
I("da", "voice", "ring til {F1.full} på {mobile} og sig at jeg kommer klokken tre")

N("da", "pharmacy", "Kan jeg tage {drug} sammen med ⟪Pinex⟫?")
N("da", "everyday", "Hvad er forskellen på ⟪Betalingsservice⟫ og ⟪MobilePay⟫?")
N("da", "everyday", "Har apotekerne åbent juleaften?")
N("da", "handover", "Overlevering: patient 69 år, ⟪GCS⟫ 15, spiser selv. Ingen bemærkninger.")
N("da", "everyday", "Giv mig en opskrift på {food} til fire personer.")
N("da", "voice", "sæt en timer på femten minutter")

# ============================== Norwegian ===============================
I("no", "portal_chat", "Hei, dette er {F1.full}, fødselsnummer {natid}. Jeg har fått {drug}, men blir svimmel. Kan dere ringe meg på {mobile}?")
I("no", "handover", "Rapport: rom 6, {M1.full}, {age} år, fra {carehome}. Innlagt {date} med ⟪pneumoni⟫. Sønn {M2.full}, tlf. {phone}.")
I("no", "bank_form", "Kontoinnehaver\t{P1.full}\nKontonummer\t{acct}\nIBAN\t{iban}\nE-post\t{P1.email}\nBetaling\t⟪Vipps⟫")
I("no", "sms", "Hei {P1.given}! Du har time hos {clinic} {datenoyr} kl. 09.15. Avbestill på {phone}.")
I("no", "triage", "AKUTTMOTTAK {date}: {M1.full}, F. {dob}, {street}, {postcode} {wtown}. FALL PÅ ISEN. ⟪GCS⟫ 15. BRUKER {drug}.")
I("no", "complaint", "Hei, {datew} ble min far {M1.full} ({agew} år) sendt hjem fra {hospital} uten epikrise. Ring meg på {phone}. Hilsen {F2.full}")
I("no", "voice", "ring {F1.full} på {mobile} og si at jeg står i kø")

N("no", "pharmacy", "Kan jeg ta {drug} sammen med ⟪Paracet⟫?")
N("no", "everyday", "Hva er forskjellen på ⟪AvtaleGiro⟫ og ⟪eFaktura⟫?")
N("no", "everyday", "Er apotekene åpne på 17. mai?")
N("no", "handover", "Rapport: pasient 84 år, ⟪NEWS2⟫ 2, mobiliseres med prekestol. Ingen anmerkninger.")
N("no", "everyday", "Gi meg en oppskrift på {food} uten ovn.")
N("no", "voice", "sett en alarm klokka seks i morgen")

# ============================== Polish ==================================
I("pl", "portal_chat", "Dzień dobry, nazywam się {F1.full}, PESEL {natid}. Od kiedy biorę {drug}, boli mnie głowa. Proszę o telefon: {mobile}.")
I("pl", "handover", "Raport dyżuru: sala 3, pan {M1.full}, lat {age}, przyjęty z DPS ({carehome}) dnia {date} z powodu ⟪zapalenia płuc⟫. Córka {F2.full}, tel. {phone}.")
I("pl", "bank_form", "Właściciel rachunku\t{P1.full}\nNumer rachunku\t{iban}\nPESEL\t{natid}\nTelefon\t{mobile}\nUsługa\t⟪BLIK⟫")
I("pl", "sms", "Przypomnienie: {P1.given}, wizyta ({clinic}) dnia {datenoyr} o godz. 11:30. Odwołanie: {phone}.")
I("pl", "discharge", "Karta informacyjna leczenia szpitalnego\nPacjentka: {F1.full}, ur. {dob}\nAdres: {street}, {postcode} {wtown}\nHospitalizacja: {date} – {dateafter}, {hospital}\nRozpoznanie: ⟪choroba Hashimoto⟫")
I("pl", "complaint", "Dzień dobry, {datew} mój dziadek {M1.full}, lat {age}, czekał dziewięć godzin na SOR ({hospital}). Proszę o wyjaśnienie. {F2.full}, {F2.email}")
I("pl", "teller_note", "Klient {M1.full}, oddział {wtown}: zastrzeżenie karty kończącej się na {last4}. Nr rej. auta {plate} podany do polisy. Tel. {phone}.")

N("pl", "pharmacy", "Czy mogę brać {drug} razem z ⟪Apapem⟫?")
N("pl", "everyday", "Jaka jest różnica między ⟪BLIK⟫ a zwykłym przelewem?")
N("pl", "everyday", "Czy apteki są otwarte we Wszystkich Świętych?")
N("pl", "handover", "Raport: pacjent 71 lat, ⟪skala Glasgow⟫ 15, chodzi samodzielnie. Bez uwag.")
N("pl", "everyday", "Podaj przepis na {food} bez piekarnika.")
N("pl", "pharmacy", "Przed wizytą u dentysty chcę wziąć {drug}. Czy to bezpieczne?")

# ============================== Czech ===================================
I("cs", "portal_chat", "Dobrý den, jsem {F1.full}, rodné číslo {natid}. Po užití léku {drug} mě bolí žaludek. Můžete mi zavolat na {mobile}?")
I("cs", "handover", "Hlášení: pokoj 7, pan {M1.full}, {age} let, z domova pro seniory ({carehome}). Přijat {date} pro ⟪pneumonii⟫. Dcera {F2.full}, tel. {phone}.")
I("cs", "bank_form", "Majitel účtu\t{P1.full}\nČíslo účtu\t{acct}\nIBAN\t{iban}\nE-mail\t{P1.email}\nSlužba\t⟪trvalý příkaz⟫")
I("cs", "sms", "Dobrý den, {P1.given}, připomínáme termín ({clinic}) {datenoyr} v 9:00. Zrušení na {phone}.")
I("cs", "discharge", "Propouštěcí zpráva\nPacient: {M1.full}, nar. {dobw}\nBydliště: {street}, {postcode} {wtown}\nHospitalizace {date} – {dateafter}, {hospital}\nDg.: ⟪Bechtěrevova nemoc⟫")
I("cs", "complaint", "Dobrý den, dne {datew} byla moje babička {F1.full} ({agew} let) propuštěna v noci bez léků. Nemocnice: {hospital}. {M2.full}, {M2.email}")

N("cs", "pharmacy", "Můžu brát lék {drug} spolu s ⟪Paralenem⟫?")
N("cs", "everyday", "Jaký je rozdíl mezi inkasem a ⟪trvalým příkazem⟫?")
N("cs", "everyday", "Je ten starý most přes řeku otevřený i pro cyklisty?")
N("cs", "handover", "Hlášení: pacientka 79 let, ⟪GCS⟫ 15, jí sama. Bez pozoruhodností.")
N("cs", "everyday", "Dej mi recept na {food} bez trouby.")
N("cs", "everyday", "Mají lékárny otevřeno na Štědrý den?")

# ============================== Finnish =================================
I("fi", "portal_chat", "Hei, olen {F1.full}, henkilötunnus {natid}. Aloitin lääkkeen {drug} ja minulla on huimausta. Voisitteko soittaa numeroon {mobile}?")
I("fi", "handover", "Raportti: huone 5, {M1.full}, {age} v, tullut palvelutalosta ({carehome}) {date}, ⟪keuhkokuume⟫. Tytär {F2.full}, p. {phone}.")
I("fi", "bank_form", "Tilinomistaja\t{P1.full}\nIBAN\t{iban}\nHenkilötunnus\t{natid}\nPuhelin\t{mobile}\nPalvelu\t⟪e-lasku⟫")
I("fi", "sms", "Muistutus: {P1.given}, aikasi {datenoyr} klo 13.30, paikka: {clinic}. Peruutukset {phone}.")
I("fi", "discharge", "Loppulausunto\nPotilas: {F1.full}, s. {dob}\nOsoite: {street}, {postcode} {wtown}\nHoitojakso {date}–{dateafter}, {hospital}\nDiagnoosi: ⟪Crohnin tauti⟫")
I("fi", "voice", "soita {F1.full} numeroon {mobile} ja kerro että olen myöhässä")
I("fi", "teller_note", "Asiakas {M1.full}, konttori {wtown}: kortti (loppunumerot {last4}) suljettu. Rekisterinumero {plate} vakuutusta varten. P. {phone}.")

N("fi", "pharmacy", "Voiko lääkkeen {drug} ja ⟪Burana⟫-tabletin ottaa samaan aikaan?")
N("fi", "everyday", "Toimiiko ⟪MobilePay⟫ myös ulkomailla?")
N("fi", "everyday", "Ovatko apteekit auki juhannuksena?")
N("fi", "handover", "Raportti: potilas 73 v, ⟪NEWS2⟫ 1, liikkuu rollaattorilla. Ei huomautettavaa.")
N("fi", "everyday", "Anna resepti: {food} ilman uunia.")
N("fi", "everyday", "Pitääkö munuaisessa oleva kivi aina leikata?")


# --------------------------------------------------------------- render
TOKEN = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)(?:\.([a-z]+))?(?:@(\w+))?\}|⟪([^⟫]+)⟫")
PERSON_KEY = re.compile(r"^[PFMWX][FM]?\d$")


class Ctx:
    def __init__(self, region, voice):
        self.region = region
        self.rd = REG[region]
        self.lang = self.rd["lang"]
        self.voice = voice
        self.people = {}
        self.bound = {}
        self.tag = None
        self.last_event = None
        self.zero = pick(["zero", "oh"])
        self.two = pick(["zwei", "zwo"])
        self.meia = R.random() < 0.5


def render(tpl):
    region, register, is_id, flags, text = tpl
    voice = register == "voice"
    if register == "triage" or "U" in flags:
        case = "upper"
    elif voice or "L" in flags:
        case = "lower"
    else:
        case = None
    ctx = Ctx(region, voice)
    pieces, spans, prot, meta = [], [], [], []
    pos = 0

    def emit(s, kind=None, tag=None):
        nonlocal pos
        if case == "upper":
            s = s.upper()
        elif case == "lower":
            s = s.lower()
        if kind in TYPES:
            spans.append({"start": pos, "end": pos + len(s), "type": kind})
            meta.append({"value": s, "tag": tag, "spoken": voice})
        elif kind == PROT:
            prot.append({"start": pos, "end": pos + len(s), "term": s})
        elif kind is not None:
            raise ValueError(kind)
        pieces.append(s)
        pos += len(s)

    last = 0
    for m in TOKEN.finditer(text):
        emit(text[last:m.start()])
        name, field, bind, term = m.groups()
        if term is not None:
            emit(term, PROT)
        elif PERSON_KEY.match(name):
            ctx.tag = None
            v, typ = person_field(ctx, name, field or "full")
            emit(v, typ, ctx.tag)
        else:
            if field:
                raise KeyError("field on generator " + name)
            key = (name, bind)
            if bind is not None and key in ctx.bound:
                v, typ, tag = ctx.bound[key]
            else:
                ctx.tag = None
                v, typ = GENS[name](ctx)
                if ctx.voice and typ is not None:
                    v = voice_clean(v)
                tag = ctx.tag
                if bind is not None:
                    ctx.bound[key] = (v, typ, tag)
            emit(v, typ, tag)
        last = m.end()
    emit(text[last:])
    out = "".join(pieces)
    for s, mt in zip(spans, meta):
        if out[s["start"]:s["end"]] != mt["value"]:
            die("offset bookkeeping broke")
    return out, spans, prot, meta


# --------------------------------------------------------------- checks
def local_errors(text, spans, prot, is_id):
    n = len(text.split())
    if not 4 <= n <= 160:
        return "word count %d" % n
    if is_id and not spans:
        return "identifier text without spans"
    if not is_id and spans:
        return "identifier-free text with spans"
    if len(prot) > 3:
        return "more than 3 protected terms"
    terms = [p["term"].lower() for p in prot]
    if len(set(terms)) != len(terms):
        return "repeated protected term"
    items = sorted([(s["start"], s["end"]) for s in spans] + [(p["start"], p["end"]) for p in prot])
    for (a1, b1), (a2, b2) in zip(items, items[1:]):
        if a2 < b1:
            return "overlap"
    for s in spans:
        if s["type"] not in TYPES:
            return "bad type"
        v = text[s["start"]:s["end"]]
        if not v:
            return "empty span"
        for c in (v[0], v[-1]):
            if c.isspace() or is_punct(c):
                return "span edge %r" % v
        if s["type"] == "NAME" and "," in v:
            return "comma in NAME"
    for p in prot:
        v = text[p["start"]:p["end"]]
        if v != p["term"] or not v:
            return "protected mismatch"
        for c in (v[0], v[-1]):
            if c.isspace() or is_punct(c):
                return "protected edge %r" % v
    for s in spans:
        v = text[s["start"]:s["end"]]
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
            if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans):
                return "uncovered repeat of %r" % v
    return None


def build():
    if len(TEMPLATES) < 350:
        die("only %d templates" % len(TEMPLATES))
    if len(set(t[4] for t in TEMPLATES)) != len(TEMPLATES):
        die("duplicate template")
    for t in TEMPLATES:
        if t[0] not in REG:
            die("unknown region " + t[0])
    id_t = [i for i, t in enumerate(TEMPLATES) if t[2]]
    fr_t = [i for i, t in enumerate(TEMPLATES) if not t[2]]
    counts = {i: 1 for i in range(len(TEMPLATES))}
    extra_id = N_ID - len(id_t)
    if not 0 <= extra_id <= len(id_t):
        die("cannot reach %d identifier texts" % N_ID)
    for i in R.sample(id_t, extra_id):
        counts[i] = 2
    elig = [i for i in fr_t if "{" in TEMPLATES[i][4]]
    extra_fr = N_FREE - len(fr_t)
    if not 0 <= extra_fr <= len(elig):
        die("cannot reach %d identifier-free texts" % N_FREE)
    for i in R.sample(elig, extra_fr):
        counts[i] = 2
    records, seen = [], set()
    for i, t in enumerate(TEMPLATES):
        for _ in range(counts[i]):
            err = "not tried"
            for _attempt in range(400):
                text, spans, prot, meta = render(t)
                if text in seen:
                    err = "duplicate text"
                    continue
                err = local_errors(text, spans, prot, t[2])
                if err is None:
                    break
            if err is not None:
                die("template %d (%s): %s" % (i, t[4][:60], err))
            seen.add(text)
            records.append({"tpl": i, "region": t[0], "register": t[1], "is_id": t[2],
                            "text": text, "spans": spans, "protected": prot, "meta": meta})
    R.shuffle(records)
    for k, r in enumerate(records, 1):
        r["id"] = "b7-%03d" % k
    return records, counts


def final_checks(records, counts):
    if len(records) != N_ID + N_FREE:
        die("total %d" % len(records))
    n_id = sum(1 for r in records if r["spans"])
    if n_id != N_ID or len(records) - n_id != N_FREE:
        die("counts %d/%d" % (n_id, len(records) - n_id))
    if len(set(r["id"] for r in records)) != len(records):
        die("ids not unique")
    if len(set(r["text"] for r in records)) != len(records):
        die("texts not unique")
    if max(counts.values()) > 2:
        die("a template gave more than 2 texts")
    per_tpl = Counter(r["tpl"] for r in records)
    if max(per_tpl.values()) > 2:
        die("a template gave more than 2 texts")
    n_valid = Counter()
    for r in records:
        err = local_errors(r["text"], r["spans"], r["protected"], r["is_id"])
        if err:
            die(r["id"] + ": " + err)
        for s, mt in zip(r["spans"], r["meta"]):
            v = r["text"][s["start"]:s["end"]]
            if v != mt["value"]:
                die(r["id"] + ": span text differs from value")
            tag = mt["tag"]
            if tag in VALID and not mt["spoken"]:
                if not VALID[tag](v.upper()):
                    die("%s: check digit failed for %s %r" % (r["id"], tag, v))
                n_valid[tag] += 1
    if n_valid["iban"] == 0 or n_valid["card"] == 0:
        die("no IBAN or card checked")
    return n_valid


def public(r):
    return {"id": r["id"], "lang": REG[r["region"]]["lang"], "register": r["register"],
            "text": r["text"], "spans": r["spans"], "protected": r["protected"]}


def main():
    records, counts = build()
    n_valid = final_checks(records, counts)
    lines = [json.dumps(public(r), ensure_ascii=False) for r in records]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as fh:
        fh.write(data)
    # re-read and compare
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    if back != [public(r) for r in records]:
        die("re-read differs")
    for b, r in zip(back, records):
        err = local_errors(b["text"], b["spans"], b["protected"], bool(b["spans"]))
        if err or bool(b["spans"]) != r["is_id"]:
            die("re-read " + b["id"] + ": " + str(err))
        for s, mt in zip(b["spans"], r["meta"]):
            if b["text"][s["start"]:s["end"]] != mt["value"]:
                die("re-read value mismatch " + b["id"])
    sha = hashlib.sha256(data).hexdigest()

    # ---- statistics for README
    langs = Counter(b["lang"] for b in back)
    lang_id = Counter((b["lang"], bool(b["spans"])) for b in back)
    regs = Counter(b["register"] for b in back)
    reg_id = Counter((b["register"], bool(b["spans"])) for b in back)
    types = Counter(s["type"] for b in back for s in b["spans"])
    varieties = Counter(r["region"] for r in records)
    n_tpl_id = sum(1 for t in TEMPLATES if t[2])
    print("templates: %d (%d with identifiers, %d without)" % (len(TEMPLATES), n_tpl_id,
                                                               len(TEMPLATES) - n_tpl_id))
    print("texts: %d (%d with identifiers, %d without)" % (len(back), N_ID, N_FREE))
    print("spans: %d   protected terms: %d" % (sum(types.values()),
                                               sum(len(b["protected"]) for b in back)))
    print("check digits verified:", dict(sorted(n_valid.items())))
    print("\n| lang | texts | with ids | without |\n|---|---|---|---|")
    for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])):
        print("| %s | %d | %d | %d |" % (k, v, lang_id[(k, True)], lang_id[(k, False)]))
    print("\n| register | texts | with ids | without |\n|---|---|---|---|")
    for k, v in sorted(regs.items(), key=lambda kv: (-kv[1], kv[0])):
        print("| %s | %d | %d | %d |" % (k, v, reg_id[(k, True)], reg_id[(k, False)]))
    print("\n| span type | count |\n|---|---|")
    for k, v in sorted(types.items(), key=lambda kv: (-kv[1], kv[0])):
        print("| %s | %d |" % (k, v))
    print("\nvarieties:", ", ".join("%s %d" % kv for kv in sorted(varieties.items())))
    print("\nwrote %s" % OUT)
    print("sha256 %s" % sha)


if __name__ == "__main__":
    main()
