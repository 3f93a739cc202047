#!/usr/bin/env python3
"""blind4 -- blind test set for the text redactor.

Standard library only, fixed seed, deterministic.  `python3 make.py` writes
blind4.jsonl next to this file and prints counts.

Templates are written with inline markup:
    ⟦TYPE:value⟧      an identifier span            (TYPE in TYPES)
    ⟦ID/IBAN:value⟧   an ID span that must pass mod-97  (written out as type ID)
    ⟦ID/CARD:value⟧   an ID span that must pass Luhn    (written out as type ID)
    ⟪term⟫            a protected clinical / banking term
Slots such as {name}, {dob}, {iban} are filled by Ctx (below), which returns
markup.  build() walks the markup, joins the plain pieces and records the
offsets of every span as it goes; nothing is ever counted by hand.

Every name, street, number and date is generated here from lists written for
this file.  No external name lists, no Faker.
"""
import datetime
import json
import os
import random
import re
import string
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 4_0420_2024
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "blind4.jsonl")

TYPES = {"NAME", "LOCATION", "DATE", "AGE", "PHONE", "EMAIL", "URL", "ID", "FILENAME"}
REGISTERS = [
    "clinical_note", "discharge_summary", "nurse_handover", "portal_message",
    "kiosk_chat", "email", "bank_note", "transfer_request", "form", "sms",
    "triage_caps", "voice_transcript", "assistant_request",
]
LANG_TOTAL = {"en": 189, "de": 38, "fr": 38, "es": 36, "it": 34, "pt": 32,
              "nl": 32, "sv": 8, "da": 7, "pl": 6}
N_TOTAL, N_ID, N_NOID = 420, 270, 150

MARK = re.compile(r"⟦([A-Z]+)(?:/([A-Z]+))?:([^⟦⟧⟪⟫]*)⟧|⟪([^⟦⟧⟪⟫]*)⟫")
MARK_CHARS = "⟦⟧⟪⟫"
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# --------------------------------------------------------------------------
# markup helpers
# --------------------------------------------------------------------------
def N(v): return f"⟦NAME:{v}⟧"
def LOC(v): return f"⟦LOCATION:{v}⟧"
def DT(v): return f"⟦DATE:{v}⟧"
def AG(v): return f"⟦AGE:{v}⟧"
def PH(v): return f"⟦PHONE:{v}⟧"
def EM(v): return f"⟦EMAIL:{v}⟧"
def UR(v): return f"⟦URL:{v}⟧"
def ID(v, sub=None): return f"⟦ID/{sub}:{v}⟧" if sub else f"⟦ID:{v}⟧"
def PR(v): return f"⟪{v}⟫"


def map_values(markup, fn):
    """apply fn to the visible values inside markup (keeps types intact)."""
    def rep(m):
        if m.group(4) is not None:
            return "⟪" + fn(m.group(4)) + "⟫"
        sub = "/" + m.group(2) if m.group(2) else ""
        return "⟦" + m.group(1) + sub + ":" + fn(m.group(3)) + "⟧"
    out, pos = [], 0
    for m in MARK.finditer(markup):
        out.append(fn(markup[pos:m.start()]))
        out.append(rep(m))
        pos = m.end()
    out.append(fn(markup[pos:]))
    return "".join(out)


def build(markup):
    """join the pieces of a filled template, recording offsets as we go."""
    pieces, pos = [], 0
    for m in MARK.finditer(markup):
        if m.start() > pos:
            pieces.append(("TEXT", None, markup[pos:m.start()]))
        if m.group(4) is not None:
            pieces.append(("PROT", None, m.group(4)))
        else:
            pieces.append((m.group(1), m.group(2), m.group(3)))
        pos = m.end()
    if pos < len(markup):
        pieces.append(("TEXT", None, markup[pos:]))
    out, n, spans, prot = [], 0, [], []
    for kind, sub, s in pieces:
        start = n
        out.append(s)
        n += len(s)
        if kind == "TEXT":
            continue
        if kind == "PROT":
            prot.append({"start": start, "end": n, "term": s})
        else:
            spans.append({"start": start, "end": n, "type": kind, "sub": sub, "value": s})
    return "".join(out), spans, prot


# --------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------
def _to_num(s):
    return "".join(str(int(c, 36)) for c in s)


IBAN_FMT = {"DE": "18n", "AT": "16n", "CH": "5n12n", "FR": "10n11n2n", "BE": "12n",
            "ES": "20n", "IT": "1a10n12n", "PT": "21n", "NL": "4a10n", "GB": "4a14n",
            "IE": "4a14n", "SE": "20n", "DK": "14n", "PL": "24n"}
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "FR": 27, "BE": 16, "ES": 24, "IT": 27,
            "PT": 25, "NL": 18, "GB": 22, "IE": 22, "SE": 24, "DK": 18, "PL": 28}


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return int(_to_num(s[4:] + s[:4])) % 97 == 1


def make_iban(r, cc, spaced=True):
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([an])", IBAN_FMT[cc]):
        for _ in range(int(cnt)):
            bban += r.choice(UP) if kind == "a" else r.choice(DIG)
    chk = 98 - int(_to_num(bban + cc + "00")) % 97
    ib = f"{cc}{chk:02d}{bban}"
    assert iban_ok(ib), ib
    if spaced:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0 and 13 <= len(d) <= 19


def make_card(r):
    kind = r.choice(["visa", "visa", "mc", "amex", "mc2"])
    if kind == "visa":
        body, n = "4" + "".join(r.choice(DIG) for _ in range(5)), 16
    elif kind == "mc":
        body, n = "5" + r.choice("12345") + "".join(r.choice(DIG) for _ in range(4)), 16
    elif kind == "mc2":
        body, n = "22" + r.choice("3456") + "".join(r.choice(DIG) for _ in range(3)), 16
    else:
        body, n = "3" + r.choice("47") + "".join(r.choice(DIG) for _ in range(4)), 15
    while len(body) < n - 1:
        body += r.choice(DIG)
    for c in DIG:
        if luhn_ok(body + c):
            num = body + c
            break
    sep = r.choice([" ", " ", "-", ""])
    if n == 15:
        out = sep.join([num[:4], num[4:10], num[10:]])
    else:
        out = sep.join(num[i:i + 4] for i in range(0, 16, 4))
    assert luhn_ok(out)
    return out


def make_nhs(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        num = "".join(map(str, d)) + str(c)
        return f"{num[:3]} {num[3:6]} {num[6:]}"


def make_nir(r, g, dob):
    sx = "1" if g == "m" else "2"
    dept = r.choice(["75", "69", "13", "33", "06", "54", "29", "59", "44", "67"])
    body = f"{sx}{dob.year % 100:02d}{dob.month:02d}{dept}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def make_dni(r):
    n = r.randint(10_000_000, 79_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def make_nie(r):
    p = r.choice("XYZ")
    n = r.randint(1_000_000, 9_999_999)
    return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(p)) + str(n)) % 23]}"


def make_nif_pt(r):
    while True:
        d = [r.choice([1, 2, 2, 3])] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = 11 - s % 11
        c = 0 if c >= 10 else c
        return "".join(map(str, d)) + str(c)


def make_cpf(r):
    d = [r.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
        c = (s * 10) % 11
        d.append(0 if c == 10 else c)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def make_bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
        if (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0:
            return "".join(map(str, d))


def make_pesel(r, dob, g):
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    base = f"{dob.year % 100:02d}{mm:02d}{dob.day:02d}{r.randint(0, 999):03d}"
    sx = r.choice("13579" if g == "m" else "02468")
    base += sx
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


def make_pnr(r, dob):
    base = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{r.randint(0, 999):03d}"
    for c in DIG:
        if luhn_ok("0000" + base + c):  # pad so length >= 13 for luhn_ok length rule
            break
    sep = "+" if dob.year < 1925 else "-"
    return f"{dob.year}{base[2:6]}{sep}{base[6:]}{c}" if r.random() < 0.4 else f"{base[:6]}{sep}{base[6:]}{c}"


def make_cpr(r, dob):
    return f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}-{r.randint(0, 9999):04d}"


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                   2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _ascii(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae") \
        .replace("Æ", "Ae").replace("ł", "l").replace("Ł", "L").replace("đ", "d") \
        .replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("ı", "i") \
        .replace("œ", "oe").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def make_cf(r, first, last, g, dob):
    def cons(s):
        s = re.sub(r"[^A-Z]", "", _ascii(s).upper())
        c = [x for x in s if x not in "AEIOU"]
        v = [x for x in s if x in "AEIOU"]
        return c, v
    c, v = cons(last)
    sur = "".join((c + v + ["X", "X", "X"])[:3])
    c, v = cons(first)
    nm = "".join([c[0], c[2], c[3]]) if len(c) >= 4 else "".join((c + v + ["X", "X", "X"])[:3])
    day = dob.day + (40 if g == "f" else 0)
    code = f"{sur}{nm}{dob.year % 100:02d}{'ABCDEHLMPRST'[dob.month - 1]}{day:02d}" \
           f"{r.choice('ABCDEFGHLM')}{r.randint(100, 999)}"
    s = 0
    for i, ch in enumerate(code):
        s += CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return code + chr(65 + s % 26)


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
CULTURES = {
    "irish": (["Aoife", "Siobhán", "Niamh", "Caoimhe", "Róisín", "Saoirse", "Gráinne", "Clodagh", "Éabha"],
              ["Cian", "Oisín", "Pádraig", "Eoin", "Darragh", "Ciarán", "Tadhg", "Ruairí", "Colm"],
              ["O'Sullivan", "Ó Briain/Ní Bhriain", "Mac Cárthaigh/Nic Cárthaigh", "Fitzgerald", "Quinlan",
               "Brennan", "Ó Conchúir/Ní Chonchúir", "Hennessy", "McGrath", "Ó Dálaigh/Ní Dhálaigh"]),
    "nordic": (["Ingrid", "Sigrid", "Åsa", "Linnéa", "Freja", "Maja", "Guðrún", "Solveig", "Kirsten", "Astrid"],
               ["Bjørn", "Søren", "Henrik", "Magnus", "Anders", "Lars", "Ólafur", "Eskil", "Torbjörn", "Jens"],
               ["Lindqvist", "Bergström", "Halvorsen", "Sørensen", "Nyberg", "Åkesson", "Kristiansen",
                "Sigurðsson/Sigurðardóttir", "Mikkelsen", "Järvinen", "Østergaard", "Holmgren"]),
    "slavic": (["Agnieszka", "Katarzyna", "Zofia", "Milena", "Dragana", "Oksana", "Jelena", "Małgorzata", "Věra"],
               ["Wojciech", "Bartosz", "Dmitri", "Miroslav", "Tomasz", "Goran", "Przemysław", "Jiří", "Bogdan"],
               ["Wiśniewski/Wiśniewska", "Kowalczyk", "Nowak", "Dąbrowski/Dąbrowska", "Petrović", "Horvat",
                "Novotný/Novotná", "Szymański/Szymańska", "Kuznetsov/Kuznetsova", "Łukasik", "Jovanović",
                "Dvořák/Dvořáková", "Kovalenko", "Zieliński/Zielińska"]),
    "arabic": (["Fatima", "Layla", "Noor", "Yasmin", "Mariam", "Huda", "Rania", "Salma", "Amira"],
               ["Omar", "Khalid", "Youssef", "Tariq", "Hamza", "Karim", "Bilal", "Anas", "Mahmoud"],
               ["Al-Haddad", "El Amrani", "Haddad", "Benali", "Al-Rashid", "Nasser", "Abdelaziz", "Bouzid",
                "El-Sayed", "Khoury", "Mansour", "Belkacem"]),
    "turkish": (["Elif", "Zeynep", "Ayşe", "Büşra", "Gülşen", "Merve", "Özlem", "Derya"],
                ["Mehmet", "Emre", "Burak", "Oğuz", "Kerem", "Çağlar", "Serkan", "İbrahim"],
                ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Demir", "Aydın", "Kılıç", "Güneş", "Karataş", "Doğan",
                 "Arslan"]),
    "korean": (["Ji-woo", "Seo-yeon", "Min-ji", "Ha-eun", "Soo-ah", "Eun-ji", "Yuna"],
               ["Min-jun", "Seung-hoon", "Dong-hyun", "Jae-won", "Ji-hoon", "Hyun-woo", "Tae-yang"],
               ["Kim", "Park", "Choi", "Jeong", "Kang", "Yoon", "Han", "Seo", "Bae", "Hwang"]),
    "chinese": (["Xiaoling", "Mei", "Yuxin", "Jing", "Huiying", "Lan", "Xinyi", "Shu-fen"],
                ["Wei", "Hao", "Zhiwei", "Jun", "Chengyu", "Guoqiang", "Yifan", "Bo"],
                ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu", "Guo", "Lin", "Wong", "Tsai", "Cheung", "Lau"]),
    "japanese": (["Yuki", "Haruka", "Aiko", "Sakura", "Emi", "Natsuki", "Mio", "Ayumi"],
                 ["Takeshi", "Haruto", "Kenji", "Ren", "Daisuke", "Shōta", "Hiroshi", "Kaito"],
                 ["Tanaka", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Saitō", "Inoue", "Matsumoto",
                  "Fujiwara", "Ishikawa", "Ōno"]),
    "indian": (["Priya", "Ananya", "Deepika", "Lakshmi", "Kavya", "Meenakshi", "Sneha", "Aishwarya"],
               ["Arjun", "Rohan", "Vikram", "Sanjay", "Aditya", "Harpreet", "Karthik", "Suresh"],
               ["Sharma", "Iyer", "Patel", "Reddy", "Nair", "Chatterjee", "Venkataraman", "Gupta",
                "Krishnamurthy", "Banerjee", "Gill", "Deshpande", "Subramanian"]),
    "westafrican": (["Adaeze", "Chiamaka", "Abena", "Ama", "Folake", "Ngozi", "Yetunde", "Aminata", "Efua"],
                    ["Kwame", "Chinedu", "Oluwaseun", "Kofi", "Babajide", "Emeka", "Mamadou", "Yaw", "Ikenna"],
                    ["Okonkwo", "Mensah", "Adeyemi", "Boateng", "Nwosu", "Diallo", "Ouédraogo", "Asante",
                     "Okafor", "Oyelaran", "Traoré", "Acheampong", "Eze"]),
    "latam": (["María José", "Valentina", "Ximena", "Guadalupe", "Camila", "Luz Marina", "Daniela", "Yesenia"],
              ["José Luis", "Santiago", "Joaquín", "Matías", "Héctor", "Juan Pablo", "Ezequiel", "Wilmer"],
              ["González Pérez", "Hernández", "Ramírez", "Castañeda", "Quispe", "Villalobos", "Núñez",
               "Zúñiga", "Oyarzún", "Mamani", "Restrepo", "Ibáñez Rojas"]),
    "dutch": (["Anneke", "Femke", "Lotte", "Sanne", "Marijke", "Ilse", "Noortje"],
              ["Joost", "Pieter", "Maarten", "Sjoerd", "Bram", "Thijs", "Wouter"],
              ["van den Berg", "de Vries", "van der Meulen", "ter Horst", "van Dijk", "Verhoeven", "de Jong",
               "van 't Hof", "Hendriks", "Janssens", "Vermeulen", "Peeters"]),
    "german": (["Annegret", "Lieselotte", "Jana", "Friederike", "Ute", "Svenja", "Hannelore", "Katrin"],
               ["Jürgen", "Klaus-Dieter", "Lukas", "Matthias", "Wolfgang", "Torsten", "Günther", "Florian"],
               ["von Bredow", "Müller-Lüdenscheidt", "Schäfer", "Weiß", "Großmann", "Kühn", "Hoffmann",
                "Zimmermann", "von der Heyde", "Bäumler", "Ostrowski", "Brandtner"]),
    "french": (["Amélie", "Éloïse", "Margaux", "Chloé", "Sévérine", "Maïwenn", "Hélène", "Anaïs"],
               ["Théo", "Benoît", "Jérôme", "Loïc", "François-Xavier", "Gaëtan", "Yannick", "Rémi"],
               ["Lefèvre", "Dubois", "Rousseau", "Mercier", "Lemaître", "Girard", "Le Goff", "de la Roche",
                "Bérenger", "Chevalier", "Moreau", "Delacroix-Vial"]),
    "italian": (["Chiara", "Giulia", "Francesca", "Ilaria", "Benedetta", "Graziella", "Nicoletta"],
                ["Matteo", "Lorenzo", "Giuseppe", "Niccolò", "Gianluca", "Salvatore", "Pierpaolo"],
                ["Esposito", "Bianchi", "Ferrari", "Romano", "Colombo", "De Luca", "Russo", "D'Angelo",
                 "Lo Bianco", "Caruso", "Mazzanti", "Galli"]),
    "spanish": (["Lucía", "Carmen", "Pilar", "Begoña", "Nerea", "Inmaculada", "Rocío", "Itziar"],
                ["Javier", "Álvaro", "Íñigo", "Jordi", "Sergio", "Aitor", "Ramón", "Borja"],
                ["Fernández", "Martínez", "Jiménez", "Ruiz", "Sánchez", "Etxeberria", "Puig", "Garrido Ortega",
                 "Olmedo", "Bustamante", "Iglesias", "Agirre"]),
    "portuguese": (["Inês", "Beatriz", "Leonor", "Conceição", "Mafalda", "Joana", "Thaís", "Luana"],
                   ["João", "Tiago", "Rui", "Gonçalo", "Duarte", "Wellington", "Thiago", "Vasco"],
                   ["Gonçalves", "Ferreira", "Carvalho", "Sousa", "Magalhães", "Pereira da Silva", "Albuquerque",
                    "Assunção", "Rebelo", "Barros", "Nogueira", "Simões"]),
    "english": (["Emily", "Hannah", "Megan", "Olivia", "Bethany", "Kayleigh", "Deborah", "Imogen", "Tamsin"],
                ["James", "Thomas", "Connor", "Ethan", "Gareth", "Nigel", "Dwayne", "Rhys", "Callum"],
                ["Whitfield", "Harrington", "Caldwell", "Ashworth-Kemp", "Smith-Jones", "Pemberton",
                 "Okoro-Blake", "Threlfall", "Dunmore", "McAllister", "Featherstone", "Brightwell"]),
}
NATIVE = {"en": ["english", "irish"], "de": ["german"], "fr": ["french"], "es": ["spanish", "latam"],
          "it": ["italian"], "pt": ["portuguese"], "nl": ["dutch"], "sv": ["nordic"], "da": ["nordic"],
          "pl": ["slavic"]}
# first names that are ordinary English words
WORD_FIRST = {"f": ["Rose", "Hope", "Grace", "Faith", "Summer", "Joy", "Dawn", "Iris", "Penny", "Autumn",
                    "Ivy", "Heather", "Holly", "Daisy", "Amber", "Pearl", "Violet", "June", "April", "May"],
              "m": ["Mark", "Bill", "Will", "Frank", "Hunter", "Rich", "Chase", "Guy", "Dean", "Drew",
                    "Miles", "Cliff", "Sonny", "Rusty"]}
# surnames that are ordinary words in the language of the text
WORD_LAST = {"en": ["Baker", "Cook", "Stone", "Fox", "Bird", "Young", "Little", "Hill", "Brown", "Short",
                    "Long", "King", "Love", "Day", "Moon", "Wolf", "Mason", "Walker", "Church", "Marsh",
                    "Frost", "Snow", "Winter", "Hardy", "Sharp", "Booth"],
             "de": ["Koch", "Wolf", "Fuchs", "Vogel", "Becker", "Schneider", "Jäger", "Sommer", "Winter",
                    "Klein", "Lange", "Schmied"],
             "fr": ["Boulanger", "Lebrun", "Petit", "Legrand", "Fontaine", "Marchand", "Meunier", "Boucher"],
             "es": ["Blanco", "Delgado", "Calvo", "Moreno", "Rubio", "Pastor", "Cordero", "Serrano"],
             "it": ["Ferro", "Bianco", "Leone", "Gallo", "Fabbri", "Sarto", "Monti", "Barbieri"],
             "pt": ["Coelho", "Pinto", "Rocha", "Leite", "Raposo", "Cordeiro", "Ramos", "Carneiro"],
             "nl": ["Visser", "Bakker", "Smit", "de Boer", "Schaap", "Koning", "Mulder", "de Wit"],
             "sv": ["Fisk", "Björk", "Lind", "Berg"], "da": ["Skov", "Bach", "Dam", "Fisker"],
             "pl": ["Wróbel", "Kowal", "Lis", "Sowa"]}
WORD_CITIES = {"en": ["Mobile", "Independence", "Hope", "Reading", "Bath", "Nice", "Split", "Mons", "Bergen",
                      "Gent", "Normal", "Sale", "Deal", "Wells", "Orange", "Nancy", "Paradise", "Liberty"],
               "de": ["Essen", "Hof", "Halle", "Singen", "Weil am Rhein", "Bergen"],
               "fr": ["Nice", "Orange", "Nancy", "Mons", "Sète"],
               "es": ["León", "Toro", "Cuenca", "Sueca", "Split"],
               "it": ["Noto", "Arco", "Vinci", "Bra", "Split"],
               "pt": ["Fátima", "Lagos", "Porto", "Nice"],
               "nl": ["Best", "Ede", "Bergen", "Gent", "Mons"],
               "sv": ["Bergen", "Nice"], "da": ["Bergen", "Split"], "pl": ["Split", "Nicea"]}
REGIONS = {"en": ["Yorkshire", "Cornwall", "Co. Kerry", "Connemara", "the Algarve"],
           "de": ["Oberbayern", "Allgäu", "Schwarzwald", "Ostfriesland", "Uckermark"],
           "fr": ["Bretagne", "Provence", "Alsace", "Dordogne", "Auvergne"],
           "es": ["Andalucía", "Galicia", "La Rioja", "Asturias", "Extremadura"],
           "it": ["Toscana", "Puglia", "Trentino", "Sardegna", "Langhe"],
           "pt": ["Alentejo", "Algarve", "Minho", "Trás-os-Montes", "Beira Baixa"],
           "nl": ["Gelderland", "Zeeland", "Drenthe", "Twente", "Veluwe"],
           "sv": ["Dalarna", "Skåne"], "da": ["Sønderjylland", "Bornholm"], "pl": ["Mazury", "Podhale"]}
REGIONS["en"].remove("the Algarve")

TITLE = {"en": {"m": ["Mr", "Mr."], "f": ["Mrs", "Ms", "Ms.", "Mrs."]},
         "de": {"m": ["Herr"], "f": ["Frau"]},
         "fr": {"m": ["M."], "f": ["Mme"]},
         "es": {"m": ["Sr."], "f": ["Sra."]},
         "it": {"m": ["Sig."], "f": ["Sig.ra"]},
         "pt": {"m": ["Sr."], "f": ["Sra.", "D."]},
         "nl": {"m": ["dhr.", "de heer"], "f": ["mevr.", "mevrouw"]},
         "sv": {"m": ["herr"], "f": ["fru"]},
         "da": {"m": ["hr."], "f": ["fru"]},
         "pl": {"m": ["Pan"], "f": ["Pani"]}}
DRT = {"en": {"m": ["Dr.", "Dr"], "f": ["Dr.", "Dr"]},
       "de": {"m": ["Dr."], "f": ["Dr."]},
       "fr": {"m": ["Dr", "Docteur"], "f": ["Dr", "Docteure"]},
       "es": {"m": ["Dr."], "f": ["Dra."]},
       "it": {"m": ["Dott."], "f": ["Dott.ssa"]},
       "pt": {"m": ["Dr."], "f": ["Dra.", "Dr.ª"]},
       "nl": {"m": ["dr.", "dokter"], "f": ["dr.", "dokter"]},
       "sv": {"m": ["dr"], "f": ["dr"]},
       "da": {"m": ["læge"], "f": ["læge"]},
       "pl": {"m": ["dr", "lek."], "f": ["dr", "lek."]}}

EPONYM = {"en": [("Parkinson", "Parkinson's disease"), ("Addison", "Addison's disease"),
                 ("Graves", "Graves' disease"), ("Wilson", "Wilson's disease"), ("Bell", "Bell's palsy"),
                 ("Crohn", "Crohn's disease"), ("Cushing", "Cushing's syndrome"),
                 ("Huntington", "Huntington's disease"), ("Hodgkin", "Hodgkin lymphoma")],
          "de": [("Basedow", "Morbus Basedow"), ("Parkinson", "Morbus Parkinson"), ("Bechterew", "Morbus Bechterew")],
          "fr": [("Crohn", "maladie de Crohn"), ("Basedow", "maladie de Basedow"), ("Hodgkin", "lymphome de Hodgkin")],
          "es": [("Parkinson", "enfermedad de Parkinson"), ("Crohn", "enfermedad de Crohn")],
          "nl": [("Graves", "ziekte van Graves"), ("Crohn", "ziekte van Crohn")]}

PROT = {
    "en": {"dx": ["Parkinson's disease", "Crohn's disease", "Hodgkin lymphoma", "Alzheimer's disease",
                  "Graves' disease", "Addison's disease", "Cushing's syndrome", "Hashimoto's thyroiditis",
                  "Sjögren's syndrome", "Barrett's oesophagus", "Ménière's disease", "Guillain-Barré syndrome",
                  "type 2 diabetes", "COPD", "atrial fibrillation", "heart failure", "rheumatoid arthritis",
                  "Raynaud's phenomenon", "Paget's disease of bone", "Huntington's disease"],
           "drug": ["metformin", "apixaban", "atorvastatin", "levothyroxine", "furosemide", "warfarin",
                    "ramipril", "amlodipine", "salbutamol", "sertraline", "donepezil", "levodopa",
                    "bisoprolol", "omeprazole", "prednisolone", "insulin glargine"],
           "bank": ["standing order", "direct debit", "SEPA transfer", "SWIFT transfer", "chargeback",
                    "overdraft", "Faster Payments", "wire transfer", "ACH transfer"],
           "scale": ["Glasgow Coma Scale", "Apgar score", "Wells score", "Bishop score", "CHA2DS2-VASc score",
                     "Braden scale", "Waterlow score"],
           "proc": ["Whipple procedure", "Nissen fundoplication", "Epley manoeuvre", "Foley catheter",
                    "Holter monitor", "Hartmann's procedure", "Swan-Ganz catheter"]},
    "de": {"dx": ["Morbus Parkinson", "Morbus Crohn", "Morbus Basedow", "Hashimoto-Thyreoiditis",
                  "Morbus Bechterew", "Alzheimer-Demenz", "Diabetes mellitus Typ 2", "Vorhofflimmern",
                  "Hodgkin-Lymphom", "COPD"],
           "drug": ["Ramipril", "Metoprolol", "Ibuprofen", "Pantoprazol", "L-Thyroxin", "Apixaban",
                    "Metamizol", "Levodopa", "Bisoprolol"],
           "bank": ["Dauerauftrag", "SEPA-Lastschrift", "Echtzeitüberweisung", "Dispokredit", "SEPA-Überweisung"],
           "scale": ["Apgar-Score", "Glasgow-Koma-Skala", "Barthel-Index"],
           "proc": ["Whipple-Operation", "Billroth-II-Resektion", "Heimlich-Manöver"]},
    "fr": {"dx": ["maladie de Parkinson", "maladie de Crohn", "lymphome de Hodgkin", "maladie d'Alzheimer",
                  "maladie de Basedow", "syndrome de Guillain-Barré", "diabète de type 2",
                  "fibrillation auriculaire", "BPCO", "thyroïdite de Hashimoto"],
           "drug": ["paracétamol", "amoxicilline", "metformine", "lévothyroxine", "apixaban", "furosémide",
                    "tramadol"],
           "bank": ["virement SEPA", "prélèvement automatique", "virement permanent", "découvert autorisé",
                    "virement instantané"],
           "scale": ["score d'Apgar", "échelle de Glasgow", "score de Wells"],
           "proc": ["manœuvre de Heimlich", "sonde de Foley", "holter ECG"]},
    "es": {"dx": ["enfermedad de Parkinson", "enfermedad de Crohn", "linfoma de Hodgkin",
                  "enfermedad de Alzheimer", "síndrome de Down", "diabetes tipo 2", "fibrilación auricular",
                  "EPOC", "tiroiditis de Hashimoto"],
           "drug": ["omeprazol", "metamizol", "enalapril", "paracetamol", "ibuprofeno", "Sintrom",
                    "levotiroxina", "metformina"],
           "bank": ["transferencia SEPA", "domiciliación bancaria", "transferencia periódica", "código SWIFT",
                    "Bizum"],
           "scale": ["test de Apgar", "escala de Glasgow", "índice de Barthel"],
           "proc": ["maniobra de Heimlich", "sonda Foley"]},
    "it": {"dx": ["morbo di Parkinson", "malattia di Crohn", "linfoma di Hodgkin", "morbo di Alzheimer",
                  "tiroidite di Hashimoto", "diabete mellito di tipo 2", "fibrillazione atriale", "BPCO",
                  "morbo di Basedow"],
           "drug": ["Tachipirina", "Cardioaspirina", "metformina", "ramipril", "pantoprazolo", "levotiroxina",
                    "warfarin", "bisoprololo"],
           "bank": ["bonifico SEPA", "addebito diretto", "bonifico periodico", "bonifico istantaneo",
                    "codice SWIFT"],
           "scale": ["punteggio di Apgar", "scala di Glasgow", "indice di Barthel"],
           "proc": ["manovra di Heimlich", "catetere di Foley"]},
    "pt": {"dx": ["doença de Parkinson", "doença de Crohn", "linfoma de Hodgkin", "doença de Alzheimer",
                  "síndrome de Down", "diabetes tipo 2", "fibrilhação auricular", "DPOC", "tiroidite de Hashimoto"],
           "drug": ["paracetamol", "ben-u-ron", "metformina", "omeprazol", "varfarina", "levotiroxina", "dipirona"],
           "bank": ["transferência SEPA", "débito direto", "transferência periódica", "MB WAY", "Pix"],
           "scale": ["índice de Apgar", "escala de Glasgow"],
           "proc": ["manobra de Heimlich", "sonda de Foley"]},
    "nl": {"dx": ["ziekte van Parkinson", "ziekte van Crohn", "ziekte van Alzheimer", "ziekte van Graves",
                  "syndroom van Down", "diabetes mellitus type 2", "atriumfibrilleren", "COPD", "hodgkinlymfoom"],
           "drug": ["paracetamol", "metoprolol", "omeprazol", "apixaban", "levothyroxine", "metformine",
                    "acenocoumarol"],
           "bank": ["SEPA-overboeking", "automatische incasso", "periodieke overboeking", "Tikkie", "iDEAL"],
           "scale": ["Apgar-score", "Glasgow Coma Scale"],
           "proc": ["Heimlichmanoeuvre", "Foley-katheter"]},
    "sv": {"dx": ["Parkinsons sjukdom", "Crohns sjukdom", "Alzheimers sjukdom", "förmaksflimmer"],
           "drug": ["Alvedon", "Waran", "metformin", "Eliquis"],
           "bank": ["stående överföring", "autogiro", "Swish"]},
    "da": {"dx": ["Parkinsons sygdom", "Crohns sygdom", "Alzheimers sygdom", "atrieflimren"],
           "drug": ["Panodil", "Marevan", "metformin"],
           "bank": ["fast overførsel", "Betalingsservice", "MobilePay"]},
    "pl": {"dx": ["choroba Parkinsona", "choroba Leśniowskiego-Crohna", "choroba Alzheimera",
                  "migotanie przedsionków"],
           "drug": ["Apap", "metformina", "polopiryna"],
           "bank": ["zlecenie stałe", "polecenie zapłaty", "przelew SEPA", "BLIK"]},
}

ORDER = {"en": ["standing order", "direct debit"], "de": ["Dauerauftrag", "SEPA-Lastschrift"],
         "fr": ["virement permanent", "prélèvement automatique", "virement SEPA"],
         "es": ["transferencia periódica", "domiciliación bancaria", "transferencia SEPA"],
         "it": ["bonifico periodico", "addebito diretto", "bonifico SEPA"],
         "pt": ["transferência periódica", "transferência SEPA"],
         "nl": ["periodieke overboeking", "automatische incasso", "SEPA-overboeking"],
         "sv": ["stående överföring", "autogiro"], "da": ["fast overførsel", "Betalingsservice"],
         "pl": ["zlecenie stałe", "polecenie zapłaty", "przelew SEPA"]}
for _l, _v in ORDER.items():
    PROT[_l]["order"] = _v

# --------------------------------------------------------------------------
# dates, numbers in words
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
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
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
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
}
MONTHS_NOM_PL = "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień".split()
EN_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
          "sixteen seventeen eighteen nineteen".split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_ORD = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
          "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()


def en_num(n):
    if n < 20:
        return EN_ONES[n]
    t, o = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_ONES[o] if o else "")


def en_ord(n):
    if n <= 20:
        return EN_ORD[n - 1]
    if n == 30:
        return "thirtieth"
    t, o = divmod(n, 10)
    return EN_TENS[t] + "-" + EN_ORD[o - 1]


def en_year(y):
    hi, lo = divmod(y, 100)
    if y >= 2000 and y < 2010:
        return "two thousand" + (" and " + EN_ONES[lo] if lo else "")
    if lo == 0:
        return en_num(hi) + " hundred"
    return en_num(hi) + " " + ("oh " + EN_ONES[lo] if lo < 10 else en_num(lo))


AGE_WORDS = {
    "en": [en_num(n) for n in range(90, 100)],
    "de": ["neunzig", "einundneunzig", "zweiundneunzig", "dreiundneunzig", "vierundneunzig",
           "fünfundneunzig", "sechsundneunzig", "siebenundneunzig", "achtundneunzig", "neunundneunzig"],
    "fr": ["quatre-vingt-dix", "quatre-vingt-onze", "quatre-vingt-douze", "quatre-vingt-treize",
           "quatre-vingt-quatorze", "quatre-vingt-quinze", "quatre-vingt-seize", "quatre-vingt-dix-sept",
           "quatre-vingt-dix-huit", "quatre-vingt-dix-neuf"],
    "es": ["noventa", "noventa y un", "noventa y dos", "noventa y tres", "noventa y cuatro", "noventa y cinco",
           "noventa y seis", "noventa y siete", "noventa y ocho", "noventa y nueve"],
    "it": ["novanta", "novantuno", "novantadue", "novantatré", "novantaquattro", "novantacinque", "novantasei",
           "novantasette", "novantotto", "novantanove"],
    "pt": ["noventa", "noventa e um", "noventa e dois", "noventa e três", "noventa e quatro", "noventa e cinco",
           "noventa e seis", "noventa e sete", "noventa e oito", "noventa e nove"],
    "nl": ["negentig", "eenennegentig", "tweeënnegentig", "drieënnegentig", "vierennegentig", "vijfennegentig",
           "zesennegentig", "zevenennegentig", "achtennegentig", "negenennegentig"],
    "sv": ["nittio", "nittioett", "nittiotvå", "nittiotre", "nittiofyra", "nittiofem", "nittiosex", "nittiosju",
           "nittioåtta", "nittionio"],
    "da": ["halvfems", "enoghalvfems", "tooghalvfems", "treoghalvfems", "fireoghalvfems", "femoghalvfems",
           "seksoghalvfems", "syvoghalvfems", "otteoghalvfems", "nioghalvfems"],
    "pl": ["dziewięćdziesiąt", "dziewięćdziesiąt jeden", "dziewięćdziesiąt dwa", "dziewięćdziesiąt trzy",
           "dziewięćdziesiąt cztery", "dziewięćdziesiąt pięć", "dziewięćdziesiąt sześć",
           "dziewięćdziesiąt siedem", "dziewięćdziesiąt osiem", "dziewięćdziesiąt dziewięć"],
}
DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "sv": "noll ett två tre fyra fem sex sju åtta nio".split(),
    "da": "nul en to tre fire fem seks syv otte ni".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
}
SPOKEN = {"en": ("at", "dot", "underscore", "dash"), "de": ("at", "punkt", "unterstrich", "minus"),
          "fr": ("arobase", "point", "tiret bas", "tiret"), "es": ("arroba", "punto", "guion bajo", "guion"),
          "it": ("chiocciola", "punto", "trattino basso", "trattino"), "pt": ("arroba", "ponto", "underline", "hífen"),
          "nl": ("apenstaartje", "punt", "underscore", "streepje"),
          "sv": ("snabel-a", "punkt", "understreck", "bindestreck"),
          "da": ("snabel-a", "punktum", "understregning", "bindestreg"),
          "pl": ("małpa", "kropka", "podkreślnik", "myślnik")}
MAIL_DOMAINS = {"en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me", "hotmail.com"],
                "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
                "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
                "es": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es"],
                "it": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
                "pt": ["sapo.pt", "gmail.com", "hotmail.com", "uol.com.br"],
                "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com", "telenet.be"],
                "sv": ["telia.com", "gmail.com"], "da": ["mail.dk", "gmail.com"], "pl": ["wp.pl", "onet.pl", "o2.pl"]}
TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "sv": "se",
       "da": "dk", "pl": "pl"}


def fmt_date(lang, style, kind, d, r):
    M = MONTHS[lang]
    W = WEEKDAYS[lang]
    us = lang == "en" and style == "US"
    if kind == "num":
        if lang == "en":
            if us:
                return r.choice([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}"])
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return {"de": f"{d.day:02d}.{d.month:02d}.{d.year}", "da": f"{d.day:02d}.{d.month:02d}.{d.year}",
                "pl": f"{d.day:02d}.{d.month:02d}.{d.year}", "nl": f"{d.day:02d}-{d.month:02d}-{d.year}",
                "sv": f"{d.year}-{d.month:02d}-{d.day:02d}"}.get(lang, f"{d.day:02d}/{d.month:02d}/{d.year}")
    if kind == "iso":
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if kind == "dd":   # two-digit year, dictation style
        if us:
            return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
        sep = {"de": ".", "da": ".", "pl": ".", "nl": "-"}.get(lang, "/")
        return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year % 100:02d}"
    if kind == "long":
        m = M[d.month - 1]
        if lang == "en":
            return f"{m} {d.day}, {d.year}" if us else r.choice([f"{d.day} {m} {d.year}", f"{en_ordnum(d.day)} {m} {d.year}"])
        if lang in ("de", "da"):
            return f"{d.day}. {m} {d.year}"
        if lang in ("es", "pt"):
            return f"{d.day} de {m} de {d.year}"
        if lang == "fr":
            return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
        return f"{d.day} {m} {d.year}"
    if kind == "short":
        if lang == "en":
            return r.choice([f"{d.month}/{d.day}", f"{M[d.month - 1][:3]} {d.day}"]) if us else \
                r.choice([f"{d.day}/{d.month}", f"{d.day} {M[d.month - 1][:3]}"])
        if lang in ("de", "da"):
            return f"{d.day:02d}.{d.month:02d}."
        if lang == "pl":
            return f"{d.day:02d}.{d.month:02d}"
        if lang == "nl":
            return f"{d.day}-{d.month}"
        if lang in ("es", "pt"):
            return f"{d.day} de {M[d.month - 1]}"
        return f"{d.day} {M[d.month - 1]}"
    if kind == "wday":
        w, m = W[d.weekday()], M[d.month - 1]
        if lang == "en":
            return f"{w}, {m} {d.day}" if us else f"{w} {d.day} {m}"
        if lang == "de":
            return f"{w}, {d.day}. {m}"
        if lang == "da":
            return f"{w} d. {d.day}. {m}"
        if lang == "es":
            return f"{w} {d.day} de {m}"
        if lang == "pt":
            return f"{w}, {d.day} de {m}"
        return f"{w} {d.day} {m}"
    if kind == "my":
        if lang == "pl":
            return f"{MONTHS_NOM_PL[d.month - 1]} {d.year}"
        m = M[d.month - 1]
        if lang in ("es", "pt"):
            return f"{m} de {d.year}"
        return f"{m} {d.year}"
    if kind == "ord":
        return f"{en_ord(d.day)} of {M[d.month - 1]}"
    if kind == "ordy":
        return f"{en_ord(d.day)} of {M[d.month - 1]} {en_year(d.year)}"
    raise KeyError(kind)


def en_ordnum(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


# --------------------------------------------------------------------------
# addresses, phones, plates by style
# --------------------------------------------------------------------------
STYLES = {"en": [("US", 45), ("UK", 30), ("IE", 10), ("CA", 8), ("AU", 7)],
          "de": [("DE", 70), ("AT", 15), ("CH", 15)], "fr": [("FR", 80), ("BEFR", 20)],
          "es": [("ES", 70), ("MX", 30)], "it": [("IT", 100)], "pt": [("PT", 60), ("BR", 40)],
          "nl": [("NL", 70), ("BENL", 30)], "sv": [("SE", 100)], "da": [("DK", 100)], "pl": [("PL", 100)]}
US_CITIES = [("Mobile", "AL"), ("Independence", "MO"), ("Hope", "AR"), ("Reading", "PA"), ("Normal", "IL"),
             ("Eugene", "OR"), ("Tulsa", "OK"), ("Dayton", "OH"), ("Fresno", "CA"), ("Spokane", "WA"),
             ("Macon", "GA"), ("Akron", "OH"), ("Boise", "ID"), ("Duluth", "MN"), ("Paradise", "NV"),
             ("Liberty", "MO"), ("Bangor", "ME"), ("Santa Fe", "NM"), ("Lubbock", "TX"), ("Burlington", "VT")]
UK_CITIES = [("Reading", "RG"), ("Bath", "BA"), ("Leeds", "LS"), ("Hull", "HU"), ("Deal", "CT"), ("Sale", "M"),
             ("Wells", "BA"), ("Ely", "CB"), ("Truro", "TR"), ("Ripon", "HG"), ("Cardiff", "CF"),
             ("Swansea", "SA"), ("Derby", "DE"), ("Bolton", "BL"), ("Inverness", "IV"), ("Dundee", "DD"),
             ("Lancaster", "LA"), ("Norwich", "NR")]
IE_TOWNS = [("Dingle", "Co. Kerry", "V92"), ("Ennis", "Co. Clare", "V95"), ("Clonakilty", "Co. Cork", "P85"),
            ("Westport", "Co. Mayo", "F28"), ("Athlone", "Co. Westmeath", "N37"),
            ("Letterkenny", "Co. Donegal", "F92"), ("Tralee", "Co. Kerry", "V92"), ("Kilkenny", "Co. Kilkenny", "R95")]
CA_CITIES = [("Vancouver", "BC", "V5"), ("Burnaby", "BC", "V5"), ("Winnipeg", "MB", "R3"), ("Halifax", "NS", "B3"),
             ("Kingston", "ON", "K7"), ("Moncton", "NB", "E1"), ("Saskatoon", "SK", "S7")]
AU_CITIES = [("Ballarat", "VIC", "3350"), ("Geelong", "VIC", "3220"), ("Toowoomba", "QLD", "4350"),
             ("Wagga Wagga", "NSW", "2650"), ("Fremantle", "WA", "6160"), ("Launceston", "TAS", "7250"),
             ("Darwin", "NT", "0800")]
DE_CITIES = [("Berlin", "1"), ("München", "8"), ("Hamburg", "2"), ("Köln", "5"), ("Freiburg im Breisgau", "79"),
             ("Bad Tölz", "83"), ("Lüdenscheid", "58"), ("Görlitz", "02"), ("Wuppertal", "42"),
             ("Frankfurt am Main", "60"), ("Rostock", "18"), ("Oberammergau", "82"), ("Kleinmachnow", "14")]
AT_CITIES = [("Wien", "1"), ("Graz", "8"), ("Linz", "4"), ("Innsbruck", "6"), ("Bregenz", "69")]
CH_CITIES = [("Zürich", "80"), ("Bern", "30"), ("Basel", "40"), ("Winterthur", "84"), ("Luzern", "60"),
             ("St. Gallen", "90")]
FR_CITIES = [("Nice", "06"), ("Lyon", "69"), ("Nancy", "54"), ("Orange", "84"), ("Troyes", "10"), ("Pau", "64"),
             ("Sète", "34"), ("Brest", "29"), ("Annecy", "74"), ("Roubaix", "59"), ("Quimper", "29"),
             ("Vannes", "56"), ("Paris", "75"), ("Bordeaux", "33"), ("Aix-en-Provence", "13")]
BEFR_CITIES = [("Mons", "7000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Tournai", "7500")]
ES_CITIES = [("Madrid", "28"), ("Sevilla", "41"), ("Zaragoza", "50"), ("Cádiz", "11"), ("León", "24"),
             ("Elche", "03"), ("Vigo", "36"), ("Soria", "42"), ("Ávila", "05"), ("Bilbao", "48"),
             ("Santiago de Compostela", "15"), ("Getafe", "28")]
MX_CITIES = [("Ciudad de México", "0"), ("Guadalajara", "4"), ("Medellín", None), ("Cusco", None),
             ("Valparaíso", None), ("Rosario", None), ("Montevideo", None), ("Puebla", "7")]
IT_CITIES = [("Roma", "001"), ("Bari", "701"), ("Lecce", "731"), ("Bergamo", "241"), ("Trento", "381"),
             ("Bra", "120"), ("Asti", "141"), ("Chieti", "661"), ("Nola", "800"), ("Parma", "431"),
             ("Cagliari", "091"), ("Reggio Emilia", "421")]
PT_CITIES = [("Lisboa", "1"), ("Porto", "4"), ("Braga", "47"), ("Faro", "80"), ("Évora", "70"), ("Viseu", "35"),
             ("Aveiro", "38"), ("Tomar", "23"), ("Coimbra", "30"), ("Funchal", "90")]
BR_CITIES = [("São Paulo", "0"), ("Rio de Janeiro", "2"), ("Recife", "5"), ("Belo Horizonte", "3"),
             ("Curitiba", "8"), ("Porto Alegre", "9"), ("Fortaleza", "6")]
NL_CITIES = [("Amsterdam", "10"), ("Utrecht", "35"), ("Zwolle", "80"), ("Haarlem", "20"), ("Delft", "26"),
             ("Ede", "67"), ("Best", "56"), ("Goes", "44"), ("Zeist", "37"), ("Groningen", "97"),
             ("Leeuwarden", "89"), ("Bergen", "18")]
BENL_CITIES = [("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"),
               ("Hasselt", "3500"), ("Kortrijk", "8500")]
SE_CITIES = [("Göteborg", "41"), ("Uppsala", "75"), ("Lund", "22"), ("Umeå", "90"), ("Kiruna", "98"),
             ("Borås", "50"), ("Västerås", "72"), ("Stockholm", "11")]
DK_CITIES = [("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"), ("Roskilde", "4000"),
             ("Esbjerg", "6700"), ("Vejle", "7100"), ("Helsingør", "3000")]
PL_CITIES = [("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "8"), ("Łódź", "9"), ("Poznań", "6"),
             ("Wrocław", "5"), ("Lublin", "2")]
STYLE_IBAN = {"US": "GB", "UK": "GB", "IE": "IE", "CA": "GB", "AU": "GB", "DE": "DE", "AT": "AT", "CH": "CH",
              "FR": "FR", "BEFR": "BE", "ES": "ES", "MX": "ES", "IT": "IT", "PT": "PT", "BR": "PT",
              "NL": "NL", "BENL": "BE", "SE": "SE", "DK": "DK", "PL": "PL"}


def d(r, n, nz=False):
    s = "".join(r.choice(DIG) for _ in range(n))
    if nz and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def L(r, n, pool=UP):
    return "".join(r.choice(pool) for _ in range(n))


def make_address(r, style):
    """returns dict of street, city, postcode, (state), (county) as plain strings"""
    a = {}
    if style == "US":
        c, st = r.choice(US_CITIES)
        num = r.randint(12, 9870)
        street = f"{num} {r.choice(['Oak Hollow', 'Maple', 'Magnolia', 'Cedar Ridge', 'Elm', 'Pecan', 'Sycamore', 'Lakeview', 'Hickory', 'Willow Bend', 'Prairie', 'Old Mill'])} " \
                 f"{r.choice(['Rd', 'St', 'Ave', 'Dr', 'Ln', 'Blvd', 'Court', 'Way', 'Road', 'Street'])}"
        x = r.random()
        if x < 0.2:
            street += f", Apt {r.randint(1, 9)}{r.choice('ABCD')}"
        elif x < 0.3:
            street += f" #{r.randint(2, 450)}"
        zipc = d(r, 5, True) + (f"-{d(r, 4)}" if r.random() < 0.2 else "")
        a.update(street=street, city=c, state=st, postcode=zipc)
    elif style == "UK":
        c, area = r.choice(UK_CITIES)
        if r.random() < 0.15:
            street = f"{r.randint(1, 120)} {r.choice(['Kingsway', 'Broadway', 'The Crescent', 'Highfield Rise'])}"
        else:
            num = str(r.randint(1, 240)) + (r.choice("AB") if r.random() < 0.12 else "")
            street = f"{num} {r.choice(['Baker', 'Albion', 'Victoria', 'Station', 'Mill', 'Church', 'Orchard', 'Beech', 'Chapel', 'Tanner', 'Primrose'])} " \
                     f"{r.choice(['Street', 'Road', 'Lane', 'Close', 'Crescent', 'Avenue', 'Gardens', 'Terrace'])}"
        pc = f"{area}{r.randint(1, 19)} {r.randint(1, 9)}{L(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        a.update(street=street, city=c, postcode=pc)
    elif style == "IE":
        t, co, rk = r.choice(IE_TOWNS)
        street = f"{r.randint(1, 80)} {r.choice(['Main Street', 'Strand Road', 'Church Lane', 'Green Street', 'Mill Road', 'Bridge Street'])}"
        pc = f"{rk} {L(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
        a.update(street=street, city=t, county=co, postcode=pc)
    elif style == "CA":
        c, pr, pre = r.choice(CA_CITIES)
        street = f"{r.randint(2, 4999)} {r.choice(['Kingsway', 'Main St', 'Portage Ave', 'Robie St', 'Princess St', 'Broadway', 'Jasper Ave'])}"
        if r.random() < 0.5:
            street += f" #{r.randint(2, 1800)}"
        ok = "ABCEGHJKLMNPRSTVWXYZ"
        pc = f"{pre}{r.choice(ok)} {r.randint(0, 9)}{r.choice(ok)}{r.randint(0, 9)}"
        a.update(street=street, city=c, state=pr, postcode=pc)
    elif style == "AU":
        c, stt, pc = r.choice(AU_CITIES)
        street = f"{r.randint(1, 300)} {r.choice(['Wattle', 'Banksia', 'Lygon', 'Hay', 'Jacaranda', 'Bottlebrush'])} " \
                 f"{r.choice(['St', 'Ave', 'Rd', 'Crescent', 'Parade'])}"
        a.update(street=street, city=c, state=stt, postcode=pc)
    elif style == "DE":
        c, pre = r.choice(DE_CITIES)
        nm = r.choice(["Hauptstraße", "Lindenweg", "Schillerstraße", "Bahnhofstr.", "Kirchgasse", "Gartenstraße",
                       "Friedrich-Ebert-Allee", "Ringstraße", "Goethestraße", "Mühlenweg", "Am Mühlbach",
                       "Im Winkel", "Zur alten Mühle", "An der Obermühle"])
        street = f"{nm} {r.randint(1, 148)}{r.choice(['', '', '', 'a', 'b'])}"
        a.update(street=street, city=c, postcode=pre + d(r, 5 - len(pre)))
    elif style == "AT":
        c, pre = r.choice(AT_CITIES)
        nm = r.choice(["Mariahilfer Straße", "Hauptplatz", "Lastenstraße", "Herrengasse", "Kaiserstraße"])
        street = f"{nm} {r.randint(1, 140)}" + (f"/{r.randint(1, 24)}" if r.random() < 0.5 else "")
        a.update(street=street, city=c, postcode=pre + d(r, 4 - len(pre)))
    elif style == "CH":
        c, pre = r.choice(CH_CITIES)
        nm = r.choice(["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchweg", "Rosenbergstrasse"])
        a.update(street=f"{nm} {r.randint(1, 99)}", city=c, postcode=pre + d(r, 2))
    elif style == "FR":
        c, dep = r.choice(FR_CITIES)
        num = f"{r.randint(1, 160)}{r.choice(['', '', '', ' bis', ' ter'])}"
        street = f"{num} {r.choice(['rue', 'rue', 'avenue', 'boulevard', 'impasse', 'chemin', 'place', 'allée'])} " \
                 f"{r.choice(['de la Paix', 'Victor-Hugo', 'des Lilas', 'du Moulin', 'Jean-Jaurès', 'de la République', 'des Tanneurs', 'du Général-Leclerc', 'des Acacias', 'Pasteur'])}"
        pc = f"750{r.randint(1, 20):02d}" if dep == "75" else dep + d(r, 3)
        a.update(street=street, city=c, postcode=pc)
    elif style == "BEFR":
        c, pc = r.choice(BEFR_CITIES)
        nm = r.choice(["Rue Haute", "Rue de Nimy", "Chaussée de Bruxelles", "Rue des Croisiers", "Rue de la Station"])
        a.update(street=f"{nm} {r.randint(1, 200)}", city=c, postcode=pc)
    elif style == "ES":
        c, pv = r.choice(ES_CITIES)
        t = r.choice(["Calle", "C/", "Avda.", "Plaza", "Paseo", "Calle"])
        nm = r.choice(["Mayor", "de Alcalá", "San Vicente", "de la Constitución", "del Carmen", "Real", "de Goya",
                       "Menéndez Pelayo", "de las Flores", "del Pilar"])
        street = f"{t} {nm} {r.randint(1, 120)}{r.choice(['', ' 3º izq', ', 2º B', ', 1º dcha', ', bajo A', ', 4º C'])}"
        a.update(street=street, city=c, postcode=pv + d(r, 3))
    elif style == "MX":
        c, pre = r.choice(MX_CITIES)
        street = r.choice([f"Av. Insurgentes Sur {r.randint(100, 3999)}", f"Calle {r.randint(10, 99)} # {r.randint(10, 99)}-{r.randint(10, 99)}",
                           f"Jirón Puno {r.randint(100, 999)}", f"Av. Corrientes {r.randint(1000, 5999)}, 4º B",
                           f"Pasaje Los Aromos {r.randint(10, 300)}", f"Calle Hidalgo {r.randint(1, 400)}"])
        a.update(street=street, city=c, postcode=(pre + d(r, 4)) if pre else None)
    elif style == "IT":
        c, pre = r.choice(IT_CITIES)
        t = r.choice(["via", "via", "viale", "piazza", "corso", "vicolo", "Via"])
        nm = r.choice(["Roma", "Garibaldi", "dei Mille", "Vittorio Emanuele II", "Dante", "delle Rose",
                       "San Francesco", "Mazzini", "XX Settembre", "del Corso"])
        street = f"{t} {nm} {r.randint(1, 180)}{r.choice(['', '', '/B', ' int. 4'])}"
        a.update(street=street, city=c, postcode=pre + d(r, 5 - len(pre)))
    elif style == "PT":
        c, pre = r.choice(PT_CITIES)
        t = r.choice(["Rua", "Rua", "Avenida", "Travessa", "Largo", "Av."])
        nm = r.choice(["Augusta", "da Liberdade", "do Carmo", "de Santa Catarina", "dos Clérigos", "da Boavista",
                       "Cândido dos Reis", "das Flores"])
        street = f"{t} {nm} {r.randint(1, 260)}{r.choice(['', ', 2º Dto', ', 3º Esq', ', r/c'])}"
        pc = pre + d(r, 4 - len(pre)) + "-" + d(r, 3)
        a.update(street=street, city=c, postcode=pc)
    elif style == "BR":
        c, pre = r.choice(BR_CITIES)
        nm = r.choice(["Rua das Laranjeiras", "Av. Paulista", "Rua Augusta", "Rua da Aurora",
                       "Av. Sete de Setembro", "Rua XV de Novembro"])
        street = f"{nm} {r.randint(10, 2400)}{r.choice(['', ', apto 802', ', casa 2', ', bloco B'])}"
        a.update(street=street, city=c, postcode=pre + d(r, 4) + "-" + d(r, 3))
    elif style == "NL":
        c, pre = r.choice(NL_CITIES)
        nm = r.choice(["Kerkstraat", "Prinsengracht", "Dorpsweg", "Molenlaan", "Stationsplein", "Julianastraat",
                       "Lange Nieuwstraat", "Zuiderdiep", "Beukenlaan", "Hoofdweg"])
        street = f"{nm} {r.randint(1, 300)}{r.choice(['', '', 'a', '-II', ' hs', 'B'])}"
        pc = pre + d(r, 2) + " " + L(r, 2, "ABCEGHJKLMNPRTVWXZ")
        a.update(street=street, city=c, postcode=pc)
    elif style == "BENL":
        c, pc = r.choice(BENL_CITIES)
        nm = r.choice(["Veldstraat", "Bondgenotenlaan", "Steenstraat", "Kerkstraat", "Vrijdagmarkt"])
        a.update(street=f"{nm} {r.randint(1, 150)}" + (f" bus {r.randint(1, 9)}" if r.random() < 0.3 else ""),
                 city=c, postcode=pc)
    elif style == "SE":
        c, pre = r.choice(SE_CITIES)
        nm = r.choice(["Storgatan", "Drottninggatan", "Kvarnvägen", "Södra Vägen", "Björkvägen"])
        street = f"{nm} {r.randint(1, 90)}{r.choice(['', '', 'B', ' lgh 1102'])}"
        a.update(street=street, city=c, postcode=f"{pre}{r.randint(0, 9)} {d(r, 2)}")
    elif style == "DK":
        c, pc = r.choice(DK_CITIES)
        nm = r.choice(["Nørregade", "Vestergade", "Strandvejen", "Algade", "Søndergade"])
        a.update(street=f"{nm} {r.randint(1, 140)}{r.choice(['', ', 2. sal', ', st. tv'])}", city=c, postcode=pc)
    elif style == "PL":
        c, pre = r.choice(PL_CITIES)
        nm = r.choice(["ul. Długa", "al. Jerozolimskie", "ul. Kwiatowa", "ul. Mickiewicza", "ul. Piotrkowska",
                       "os. Słoneczne"])
        street = f"{nm} {r.randint(1, 180)}{r.choice(['', ' m. 4', '/12'])}"
        a.update(street=street, city=c, postcode=f"{pre}{r.randint(0, 9)}-{d(r, 3)}")
    else:
        raise KeyError(style)
    return a


def addr_line(a, style):
    S, C, P = LOC(a["street"]), LOC(a["city"]), a.get("postcode")
    P = LOC(P) if P else None
    if style == "US":
        return f"{S}, {C}, {LOC(a['state'])} {P}"
    if style == "UK":
        return f"{S}, {C} {P}"
    if style == "IE":
        return f"{S}, {C}, {LOC(a['county'])}, {P}"
    if style == "CA":
        return f"{S}, {C}, {LOC(a['state'])} {P}"
    if style == "AU":
        return f"{S}, {C} {LOC(a['state'])} {P}"
    if style == "BR":
        return f"{S}, {C}, CEP {P}"
    if P is None:
        return f"{S}, {C}"
    return f"{S}, {P} {C}"


US_AREA = ["251", "816", "870", "610", "309", "541", "918", "937", "559", "509", "478", "330", "208", "218",
           "702", "207", "505", "806", "802", "312", "404"]


def make_phone(r, style, kind="any"):
    s = style
    if kind == "ext":
        s = "US" if style not in ("UK", "IE", "AU") else style
    if s in ("US", "CA"):
        a = r.choice(US_AREA) if s == "US" else r.choice(["604", "204", "902", "613", "506", "306"])
        x = d(r, 2)
        f = r.choice([f"({a}) 555-01{x}", f"{a}-555-01{x}", f"{a}.555.01{x}", f"+1 {a} 555 01{x}"])
        if kind == "ext":
            f = f"{a}-555-01{x} ext. {r.randint(2, 899)}"
        return f
    if s == "UK":
        if kind == "ext":
            return f"020 7946 0{d(r, 3)} ext. {r.randint(200, 7999)}"
        return r.choice([f"020 7946 0{d(r, 3)}", f"+44 (0)20 7946 0{d(r, 3)}", f"(0)20 7946 0{d(r, 3)}",
                         f"07700 900{d(r, 3)}", f"0113 496 0{d(r, 3)}", f"0161 496 0{d(r, 3)}",
                         f"+44 7700 900{d(r, 3)}"])
    if s == "IE":
        return r.choice([f"+353 87 {d(r, 3)} {d(r, 4)}", f"(01) {d(r, 3)} {d(r, 4)}", f"086 {d(r, 3)} {d(r, 4)}",
                         f"066 91{d(r, 5)}"])
    if s == "AU":
        return r.choice([f"04{d(r, 2)} {d(r, 3)} {d(r, 3)}", f"(03) 5{d(r, 3)} {d(r, 4)}", f"+61 4{d(r, 2)} {d(r, 3)} {d(r, 3)}"])
    if s == "DE":
        return r.choice([f"0{r.choice(['151', '152', '160', '170', '171', '172', '175', '176'])} {d(r, 7)}",
                         f"030 {d(r, 8)}", f"(089) {d(r, 3)} {d(r, 2)} {d(r, 2)}", f"+49 221 {d(r, 7)}",
                         f"0761/{d(r, 7)}", f"+49 171 {d(r, 7)}", f"02351 {d(r, 5)}-{d(r, 2)}"])
    if s == "AT":
        return r.choice([f"+43 1 {d(r, 3)} {d(r, 2)} {d(r, 2)}", f"0664 {d(r, 7)}", f"0316/{d(r, 6)}"])
    if s == "CH":
        return r.choice([f"+41 44 {d(r, 3)} {d(r, 2)} {d(r, 2)}", f"079 {d(r, 3)} {d(r, 2)} {d(r, 2)}",
                         f"031 {d(r, 3)} {d(r, 2)} {d(r, 2)}"])
    if s == "FR":
        g = lambda: " ".join(d(r, 2) for _ in range(4))
        return r.choice([f"+33 {r.choice('12345')} {g()}", f"06 {g()}", f"07 {g()}",
                         f"0{r.choice('1245')}.{d(r, 2)}.{d(r, 2)}.{d(r, 2)}.{d(r, 2)}", f"+33 6 {g()}"])
    if s == "BEFR":
        return r.choice([f"+32 65 {d(r, 2)} {d(r, 2)} {d(r, 2)}", f"0475 {d(r, 2)} {d(r, 2)} {d(r, 2)}",
                         f"04 {d(r, 3)} {d(r, 2)} {d(r, 2)}"])
    if s == "ES":
        return r.choice([f"+34 6{d(r, 2)} {d(r, 3)} {d(r, 3)}", f"91{d(r, 1)} {d(r, 3)} {d(r, 3)}",
                         f"91 {d(r, 3)} {d(r, 2)} {d(r, 2)}", f"6{d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}"])
    if s == "MX":
        return r.choice([f"+52 55 {d(r, 4)} {d(r, 4)}", f"55 {d(r, 4)} {d(r, 4)}", f"+57 300 {d(r, 3)} {d(r, 4)}",
                         f"+56 9 {d(r, 4)} {d(r, 4)}"])
    if s == "IT":
        return r.choice([f"+39 06 {d(r, 4)} {d(r, 4)}", f"3{d(r, 2)} {d(r, 3)} {d(r, 4)}", f"02 {d(r, 8)}",
                         f"+39 3{d(r, 2)} {d(r, 7)}", f"080 {d(r, 3)} {d(r, 4)}"])
    if s == "PT":
        return r.choice([f"+351 9{d(r, 2)} {d(r, 3)} {d(r, 3)}", f"21 {d(r, 3)} {d(r, 4)}", f"9{d(r, 2)} {d(r, 3)} {d(r, 3)}",
                         f"22 {d(r, 3)} {d(r, 4)}"])
    if s == "BR":
        return r.choice([f"(11) 9{d(r, 4)}-{d(r, 4)}", f"+55 21 9{d(r, 4)}-{d(r, 4)}", f"(81) 3{d(r, 3)}-{d(r, 4)}"])
    if s == "NL":
        return r.choice([f"+31 20 {d(r, 3)} {d(r, 4)}", f"06-{d(r, 8)}", f"020-{d(r, 7)}", f"06 {d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}",
                         f"030 {d(r, 3)} {d(r, 4)}"])
    if s == "BENL":
        return r.choice([f"+32 9 {d(r, 3)} {d(r, 2)} {d(r, 2)}", f"0486 {d(r, 2)} {d(r, 2)} {d(r, 2)}", f"016 {d(r, 2)} {d(r, 2)} {d(r, 2)}"])
    if s == "SE":
        return r.choice([f"+46 70 {d(r, 3)} {d(r, 2)} {d(r, 2)}", f"070-{d(r, 3)} {d(r, 2)} {d(r, 2)}",
                         f"08-{d(r, 3)} {d(r, 3)} {d(r, 2)}"])
    if s == "DK":
        return r.choice([f"+45 {d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}", f"{r.choice('2345')}{d(r, 1)} {d(r, 2)} {d(r, 2)} {d(r, 2)}"])
    if s == "PL":
        return r.choice([f"+48 60{d(r, 1)} {d(r, 3)} {d(r, 3)}", f"22 {d(r, 3)} {d(r, 2)} {d(r, 2)}", f"60{d(r, 1)}-{d(r, 3)}-{d(r, 3)}"])
    raise KeyError(style)


def make_plate(r, style):
    cons = "BCDFGHJKLMNPRSTVWXYZ"
    if style == "UK":
        return f"{L(r, 2, 'ABCDEFGHKLMNOPRSVWY')}{r.randint(10, 74)} {L(r, 3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}"
    if style in ("US", "CA"):
        return r.choice([f"{r.randint(1, 9)}{L(r, 3)}{d(r, 3)}", f"{L(r, 3)}-{d(r, 4)}", f"{L(r, 4)} {d(r, 3)}"])
    if style == "IE":
        return f"{r.randint(12, 24)}{r.choice(['1', '2', ''])}-{r.choice(['D', 'KY', 'C', 'G', 'MO'])}-{r.randint(100, 99999)}"
    if style == "AU":
        return f"{r.randint(1, 9)}{L(r, 2)} {r.randint(1, 9)}{L(r, 2)}"
    if style == "DE":
        return f"{r.choice(['M', 'B', 'HH', 'K', 'F', 'S', 'FR', 'DO', 'LÜD', 'GÖ', 'TÖL'])}-{L(r, r.choice([1, 2]))} {r.randint(1, 9999)}"
    if style == "AT":
        return f"{r.choice(['W', 'G', 'L', 'I'])}-{r.randint(100, 99999)} {L(r, 1)}"
    if style == "CH":
        return f"{r.choice(['ZH', 'BE', 'BS', 'LU', 'SG'])} {r.randint(1000, 999999)}"
    if style == "FR":
        return f"{L(r, 2)}-{d(r, 3)}-{L(r, 2)}"
    if style in ("BEFR", "BENL"):
        return f"{r.randint(1, 2)}-{L(r, 3)}-{d(r, 3)}"
    if style == "ES":
        return f"{d(r, 4)} {L(r, 3, cons)}"
    if style == "MX":
        return f"{L(r, 3)}-{d(r, 3)}-{L(r, 1)}"
    if style == "IT":
        return f"{L(r, 2)} {d(r, 3)}{r.choice([' ', ''])}{L(r, 2)}"
    if style == "PT":
        return r.choice([f"{L(r, 2)}-{d(r, 2)}-{L(r, 2)}", f"{d(r, 2)}-{L(r, 2)}-{d(r, 2)}"])
    if style == "BR":
        return f"{L(r, 3)}{d(r, 1)}{L(r, 1)}{d(r, 2)}"
    if style == "NL":
        return r.choice([f"{d(r, 2)}-{L(r, 3, cons)}-{d(r, 1)}", f"{L(r, 2, cons)}-{d(r, 3)}-{L(r, 1, cons)}"])
    if style == "SE":
        return f"{L(r, 3)} {d(r, 2)}{r.choice(UP + DIG)}"
    if style == "DK":
        return f"{L(r, 2)} {d(r, 2)} {d(r, 3)}"
    if style == "PL":
        return r.choice([f"WA {d(r, 5)}", f"KR {r.randint(1, 9)}{L(r, 1)}{d(r, 3)}", f"GD {d(r, 4)}{L(r, 1)}"])
    raise KeyError(style)


# --------------------------------------------------------------------------
# Ctx: fills slots with markup
# --------------------------------------------------------------------------
PERSON_RE = re.compile(r"^(w|ep)?(first|last|name|lastfirst|frname|init|fullmid|tlast|dr|email_spoken|email|"
                       r"handle|purl|url|pron_cap|pron|poss|obj|sexl|sex)(\d?)$")
DATE_RE = re.compile(r"^(dobl|dordy|dob|date|diso|dl|ds|dw|dd|dord|my)(\d?)$")
ADDR_RE = re.compile(r"^(street|city|postcode|zip|state|county|addr)(\d?)$")
PROT_RE = re.compile(r"^prot_(dx|drug|bank|order|scale|proc)(\d?)$")


class Ctx(dict):
    def __init__(self, r, lang, opts, tpl=""):
        super().__init__()
        self.r, self.lang, self.opts, self.tpl = r, lang, opts, tpl
        st = opts.get("style")
        if not st:
            names, weights = zip(*STYLES[lang])
            st = r.choices(names, weights)[0]
        self.style = st
        self.people, self.addrs, self.dates, self.used_first, self.used_last = {}, {}, {}, set(), set()
        self.visit_year = None

    def __missing__(self, key):
        if key.startswith("UC_"):
            v = map_values(self[key[3:]], str.upper)
        elif key.startswith("l_"):
            v = map_values(self[key[2:]], str.lower)
        else:
            v = self.resolve(key)
        self[key] = v
        return v

    # ---- people
    def person(self, pk):
        if pk in self.people:
            return self.people[pk]
        r, lang, o = self.r, self.lang, self.opts
        g = o.get("g" + pk) or r.choice("fm")
        for _ in range(100):
            cult = r.choice(NATIVE[lang]) if r.random() < 0.45 else r.choice(sorted(CULTURES))
            F, M, S = CULTURES[cult]
            first = r.choice(F if g == "f" else M)
            s = r.choice(S)
            last = (s.split("/")[0] if g == "m" else s.split("/")[1]) if "/" in s else s
            if pk.startswith("w"):
                if lang == "en":
                    first = r.choice(WORD_FIRST[g])
                last = r.choice(WORD_LAST[lang])
            if pk.startswith("ep"):
                last, term = r.choice(EPONYM[lang])
                self["ep_term"] = PR(term)
            first = o.get("pin", {}).get(pk + ".first", first)
            last = o.get("pin", {}).get(pk + ".last", last)
            if first not in self.used_first and last not in self.used_last and first != last:
                break
        self.used_first.add(first)
        self.used_last.add(last)
        p = {"first": first, "last": last, "g": g, "cult": cult, "mid": r.choice("ABCDEFGHJKLMNPRSTW"),
             "t": r.choice(TITLE[lang][g]), "drt": r.choice(DRT[lang][g])}
        self.people[pk] = p
        return p

    def email_local(self, p):
        f = re.sub(r"[^a-z]", "", _ascii(p["first"]).lower())
        l = re.sub(r"[^a-z]", "", _ascii(p["last"]).lower())
        r = self.r
        return r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{r.randint(1, 99)}", f"{l}.{f}", f"{f}{l}{r.randint(60, 99)}",
                         f"{f}.{l[0]}", f"{f}-{l}"])

    def person_attr(self, pk, attr):
        p = self.person(pk)
        r, lang = self.r, self.lang
        first, last = p["first"], p["last"]
        if attr == "first":
            return N(first)
        if attr == "last":
            return N(last)
        if attr == "name":
            return N(f"{first} {last}")
        if attr == "lastfirst":
            return N(f"{last}, {first}")
        if attr == "frname":
            return N(f"{last.upper()} {first}")
        if attr == "init":
            lw = [w for w in re.split(r"[ \-']", last) if w and w[0].isupper()] or [last]
            return N(first[0].upper() + p["mid"] + lw[-1][0].upper())
        if attr == "fullmid":
            return N(f"{first} {p['mid']}{r.choice(['', '.'])} {last}")
        if attr == "tlast":
            return f"{p['t']} {N(last)}"
        if attr == "dr":
            return f"{p['drt']} {N(last)}"
        if attr in ("email", "email_spoken"):
            if "_mail" not in p:
                p["_mail"] = (self.email_local(p), r.choice(MAIL_DOMAINS[lang]))
            loc, dom = p["_mail"]
            if attr == "email":
                return EM(f"{loc}@{dom}")
            at, dot, us, dash = SPOKEN[lang]
            def sp(s):
                out = []
                for ch in s:
                    if ch == ".":
                        out.append(f" {dot} ")
                    elif ch == "_":
                        out.append(f" {us} ")
                    elif ch == "-":
                        out.append(f" {dash} ")
                    elif ch.isdigit():
                        out.append(f" {DIGIT_WORDS[lang][int(ch)]} ")
                    else:
                        out.append(ch)
                return re.sub(r"\s+", " ", "".join(out)).strip()
            return EM(f"{sp(loc)} {at} {sp(dom)}")
        if attr == "handle":
            f = re.sub(r"[^a-z]", "", _ascii(first).lower())
            l = re.sub(r"[^a-z]", "", _ascii(last).lower())
            return N(r.choice([f"{f}.{l}", f"{f}_{l}{r.randint(1, 99)}", f"{f[0]}{l}{r.randint(70, 99)}",
                               f"{l}{f[0]}", f"{f}{l[:3]}"]))
        if attr == "url":
            f = re.sub(r"[^a-z]", "", _ascii(first).lower())
            l = re.sub(r"[^a-z]", "", _ascii(last).lower())
            return UR(r.choice([f"www.{f}{l}-photography.{TLD[lang]}", f"linkedin.com/in/{f}-{l}-{d(r, 4)}",
                                f"instagram.com/{f}.{l}.art", f"https://{f}{l}.dev", f"facebook.com/{f}.{l}.{r.randint(1, 99)}",
                                f"gofundme.com/f/help-{f}-{l}", f"{f}-{l}.blogspot.com"]))
        if attr == "purl":
            l = re.sub(r"[^a-z]", "", _ascii(last).lower())
            return UR({"en": f"www.dr{l}clinic.com", "de": f"www.praxis-{l}.de", "fr": f"www.cabinet-dr-{l}.fr",
                       "es": f"www.clinica{l}.es", "it": f"www.studiomedico{l}.it", "pt": f"www.clinica-{l}.pt",
                       "nl": f"www.huisartsenpraktijk-{l}.nl", "sv": f"www.doktor{l}.se", "da": f"www.laege-{l}.dk",
                       "pl": f"www.gabinet-{l}.pl"}[lang])
        en_p = {"pron": ("she", "he"), "pron_cap": ("She", "He"), "poss": ("her", "his"), "obj": ("her", "him"),
                "sex": ("woman", "man"), "sexl": ("F", "M")}
        if attr in en_p:
            return en_p[attr][0 if p["g"] == "f" else 1]
        raise KeyError(attr)

    # ---- dates
    def date_for(self, kind, idx):
        r = self.r
        if kind in ("dob", "dobl", "dordy"):
            k = "dob" + idx
            if k not in self.dates:
                if re.search(r"\{(?:UC_|l_)?age(?:_w)?" + idx + r"\}", self.tpl):
                    age = self.age_value(idx)
                    y = 2024 - age
                else:
                    y = r.randint(1931, 2006)
                self.dates[k] = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
            return self.dates[k]
        k = kind + idx
        if k not in self.dates:
            if idx not in ("", "1"):
                prev = self.date_for(kind, "" if idx == "2" else str(int(idx) - 1))
                step = r.randint(0, 4) if kind == "dd" else r.randint(1, 21)
                self.dates[k] = prev + datetime.timedelta(days=step)
            else:
                base = datetime.date(2019, 1, 1)
                self.dates[k] = base + datetime.timedelta(days=r.randint(0, 2190))
        return self.dates[k]

    def age_value(self, idx):
        k = "_agev" + idx
        if k not in self.dates:
            self.dates[k] = self.r.randint(90, 99) if (self.opts.get("age99") or "age_w" in self.tpl) \
                else self.r.randint(90, 104)
        return self.dates[k]

    # ---- addresses
    def addr(self, idx):
        if idx not in self.addrs:
            self.addrs[idx] = make_address(self.r, self.style)
        return self.addrs[idx]

    def resolve(self, key):
        r, lang, st = self.r, self.lang, self.style
        m = PERSON_RE.match(key)
        if m:
            return self.person_attr((m.group(1) or "") + m.group(3), m.group(2))
        if key == "ep_term":
            self.person("ep")
            return self["ep_term"]
        m = DATE_RE.match(key)
        if m:
            kind, idx = m.groups()
            dd = self.date_for(kind, idx)
            fk = {"dob": "num", "date": "num", "diso": "iso", "dl": "long", "dobl": "long", "ds": "short",
                  "dw": "wday", "dd": "dd", "dord": "ord", "dordy": "ordy", "my": "my"}[kind]
            return DT(fmt_date(lang, st, fk, dd, r))
        m = ADDR_RE.match(key)
        if m:
            kind, idx = m.groups()
            a = self.addr(idx)
            if kind == "addr":
                return addr_line(a, st)
            if kind == "zip":
                kind = "postcode"
            v = a.get(kind)
            if v is None:
                raise KeyError(f"{key} not available for style {st}")
            return LOC(v)
        m = PROT_RE.match(key)
        if m:
            kind, idx = m.groups()
            pool = PROT[lang][kind]
            used = {v for k, v in self.items() if k.startswith("prot_")}
            for _ in range(50):
                t = PR(r.choice(pool))
                if t not in used:
                    return t
            return t
        if re.fullmatch(r"age\d?", key):
            return AG(str(self.age_value(key[3:])))
        if re.fullmatch(r"age_w\d?", key):
            v = self.age_value(key[5:])
            assert 90 <= v <= 99
            return AG(AGE_WORDS[lang][v - 90])
        if re.fullmatch(r"age_young\d?", key):
            return str(r.randint(19, 88))
        if re.fullmatch(r"phone\d?", key):
            return PH(make_phone(r, st))
        if re.fullmatch(r"phone_ext\d?", key):
            return PH(make_phone(r, st, "ext"))
        if re.fullmatch(r"fax\d?", key):
            return PH(make_phone(r, st))
        if re.fullmatch(r"phone_spoken\d?", key):
            ph = make_phone(r, st)
            grp = re.findall(r"\d+", ph)
            if ph.startswith("+"):
                grp = grp[1:]
                if st not in ("US", "CA") and not grp[0].startswith("0"):
                    grp[0] = "0" + grp[0]
            words = []
            for g in grp:
                words.append(" ".join(("oh" if (c == "0" and lang == "en" and r.random() < 0.6) else DIGIT_WORDS[lang][int(c)]) for c in g))
            return PH(" ".join(words))
        if re.fullmatch(r"pager\d?", key):
            return PH(d(r, 5, True))
        if re.fullmatch(r"wcity\d?", key):
            pin = self.opts.get("pin", {}).get(key)
            used = {v for k, v in self.items() if k.startswith("wcity")}
            for _ in range(50):
                c = pin or r.choice(WORD_CITIES[lang])
                if LOC(c) not in used:
                    break
            return LOC(c)
        if re.fullmatch(r"region\d?", key):
            return LOC(r.choice(REGIONS[lang]))
        if re.fullmatch(r"mrn\d?", key):
            return ID(r.choice([d(r, 7, True), d(r, 8), "00" + d(r, 6), f"{d(r, 2)}-{d(r, 3)}-{d(r, 3)}",
                                f"{L(r, 1)}{d(r, 7)}"]))
        if re.fullmatch(r"mrn_spoken\d?", key):
            return ID(" ".join(("oh" if c == "0" and lang == "en" else DIGIT_WORDS[lang][int(c)]) for c in d(r, 7, True)))
        if re.fullmatch(r"iban\d?", key):
            return ID(make_iban(r, STYLE_IBAN[st], spaced=r.random() < 0.75), "IBAN")
        if re.fullmatch(r"iban_eu\d?", key):
            return ID(make_iban(r, r.choice(["DE", "FR", "ES", "IT", "NL", "PT", "BE", "AT", "IE", "PL"]),
                                spaced=r.random() < 0.75), "IBAN")
        if re.fullmatch(r"card\d?", key):
            return ID(make_card(r), "CARD")
        if re.fullmatch(r"acct\d?", key):
            return ID(r.choice([f"{d(r, 4)}-{d(r, 3)}-{d(r, 4)}", d(r, 10, True), f"{d(r, 3)} {d(r, 3)} {d(r, 4)}",
                                d(r, 12, True)]))
        if key == "acct_uk":
            return ID(d(r, 8, True))
        if key == "sortcode":
            return ID(f"{d(r, 2)}-{d(r, 2)}-{d(r, 2)}")
        if key == "ssn":
            return ID(f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}")
        if key == "nhs":
            return ID(make_nhs(r))
        if key == "ni":
            ok = "ABCEGHJKLMNPRSTWXYZ"
            return ID(f"{r.choice(ok)}{r.choice(ok)} {d(r, 2)} {d(r, 2)} {d(r, 2)} {r.choice('ABCD')}")
        if key == "mbi":
            a = "ACDEFGHJKMNPQRTUVWXY"
            an = a + DIG
            s = f"{r.randint(1, 9)}{r.choice(a)}{r.choice(an)}{r.randint(0, 9)}-{r.choice(a)}{r.choice(an)}{r.randint(0, 9)}-{r.choice(a)}{r.choice(a)}{r.randint(0, 9)}{r.randint(0, 9)}"
            return ID(s)
        if key == "hplan":
            return ID(r.choice([f"{L(r, 3)}{d(r, 9)}", f"{d(r, 9, True)}{L(r, 1)}", f"W{d(r, 9)}-0{r.randint(1, 4)}",
                                f"{L(r, 3)}{d(r, 9)}-{d(r, 2)}", f"{d(r, 3)}-{d(r, 2)}-{d(r, 4)}{r.choice(['A', 'B', 'C1', 'D'])}"]))
        if key == "dl_us":
            return ID(f"{L(r, 1)}{d(r, 3)}-{d(r, 4)}-{d(r, 4)}")
        if key == "au_medicare":
            return ID(f"{r.randint(2, 6)}{d(r, 3)} {d(r, 5)} {r.randint(1, 9)}")
        if key == "serial":
            return ID(r.choice([f"{L(r, 3)}{d(r, 6)}{L(r, 1)}", f"SN{d(r, 2)}{L(r, 2)}-{d(r, 5)}",
                                f"{d(r, 4)}-{L(r, 2)}-{d(r, 5)}", f"{L(r, 2)}{d(r, 8)}"]))
        if key == "ip":
            return ID(r.choice([f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                f"2001:db8:{r.randint(1, 9999):x}::{r.randint(1, 65000):x}"]))
        if re.fullmatch(r"plate\d?", key):
            return ID(make_plate(r, st))
        if key == "nir":
            return ID(make_nir(r, self.person("")["g"], self.date_for("dob", "")))
        if key == "dni":
            return ID(make_dni(r) if r.random() < 0.8 else make_nie(r))
        if key == "cf":
            p = self.person("")
            return ID(make_cf(r, p["first"], p["last"], p["g"], self.date_for("dob", "")))
        if key == "nif":
            return ID(make_nif_pt(r))
        if key == "sns":
            return ID(d(r, 9, True))
        if key == "cpf":
            return ID(make_cpf(r))
        if key == "bsn":
            return ID(make_bsn(r))
        if key == "pesel":
            return ID(make_pesel(r, self.date_for("dob", ""), self.person("")["g"]))
        if key == "pnr":
            return ID(make_pnr(r, self.date_for("dob", "")))
        if key == "cpr":
            return ID(make_cpr(r, self.date_for("dob", "")))
        if key == "kvnr":
            return ID(f"{L(r, 1)}{d(r, 9)}")
        if key == "steuerid":
            return ID(f"{d(r, 2, True)} {d(r, 3)} {d(r, 3)} {d(r, 3)}")
        if key == "colnum":
            return ID(f"{r.choice(['28', '41', '08', '46'])}/{d(r, 5)}")
        if key == "tis":
            return ID(f"{L(r, 4)}{d(r, 12)}")
        if key == "ahv":
            return ID(f"756.{d(r, 4)}.{d(r, 4)}.{d(r, 2)}")
        raise KeyError(key)


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------
ID_TEMPLATES = []   # (lang, register, markup, opts)


def T(lang, reg, text, **opts):
    assert reg in REGISTERS, reg
    ID_TEMPLATES.append((lang, reg, text, opts))


# ---------------- English, with identifiers ----------------
T("en", "clinical_note",
  "MRN:\t{mrn}\nNAME:  {lastfirst}\nDOB:\t{dob}\nDATE OF SERVICE:\t{date}\n\nCHIEF COMPLAINT: Follow-up of {prot_dx}.\n"
  "HPI: {age}-year-old {sex} returns for routine review. Reports mild fatigue, no chest pain, no falls.\n"
  "PLAN: Continue current medications. Repeat BMP in 6 weeks.\n\n{fullmid2}, M.D.\n{init2}:{l_last3}\nDD: {dd}\nDT: {dd2}",
  style="US")
T("en", "clinical_note",
  "Patient: {name}\tMRN: {mrn}\nReferring: {dr2}\n\nSeen in the memory clinic on {dl}. {pron_cap} is {age_w} years old and "
  "lives alone in {city}. MMSE 21/30, in keeping with moderate ⟪Alzheimer's disease⟫. Niece {name3} helps with "
  "shopping and can be reached on {phone}.\n\n{name4}, MD, pager {pager}", g3="f")
T("en", "discharge_summary",
  "DISCHARGE SUMMARY\nName: {UC_last}, {first}\tMRN: {mrn}\nAdmission date: {date}\nDischarge date: {date2}\n"
  "Attending: {dr2}\n\n{age}-year-old admitted via ED after a fall at home ({street}, {city}). X-ray: no fracture. "
  "Treated for UTI with nitrofurantoin. Background: {prot_dx}.\nDischarged home with carers four times daily. "
  "PCP follow-up within 7 days.", style="US")
T("en", "discharge_summary",
  "Discharge letter\n\nDear Dr {last2},\n\nRe: {name}, DOB {dob}, NHS No {nhs}\n{street}, {city}, {postcode}\n\n"
  "Your patient was admitted on {dl} with community-acquired pneumonia and treated with ⟪amoxicillin⟫. "
  "{pron_cap} made a good recovery and went home on {dl2}.\n\nYours sincerely,\n\n{name3}\nFoundation Doctor, Respiratory",
  style="UK")
T("en", "nurse_handover",
  "handover - bay 3\nbed 1: {name}, {age_w}, {prot_dx}, on 2L O2, sats 94. NBM from midnight.\n"
  "bed 2: {name2}, post-op day 1 hip, pain ok, son {first3} visiting at 2pm, wants a call on {phone} if anything changes.", g3="m")
T("en", "nurse_handover",
  "hey can someone cover {l_last} in 14 at 8? needs {poss} {prot_drug} and obs. {first2} is on break til 830 - {first4}")
T("en", "portal_message",
  "Hi Dr. {last2},\n\nThis is {name} (DOB {dob}). I had bloods taken on {dl} and I still can't see the results in the "
  "portal. Could you also send a refill of my {prot_drug} to the pharmacy? Best number is {phone}.\n\nThanks,\n{first}")
T("en", "portal_message",
  "Hello, I'm writing on behalf of my grandmother {name}, who is {age} and lives at {street}, {city}, {state} {zip}. "
  "She has been dizzy since her new prescription. Could someone call me, {name2}, at {phone_ext}?", style="US", g="f")
T("en", "kiosk_chat", "hi im here for my 2 oclock with dr {l_last2} my name is {l_name} birthday {dob}")
T("en", "kiosk_chat", "tell {l_first} i'll be late, still waiting for the bus")
T("en", "kiosk_chat", "cant find parking lol is the lot on {l_street} open, picking up {l_first} from physio")
T("en", "email",
  "Dear {tlast},\n\nThank you for your call on {dl}. As discussed, your appointment with {dr2} has been moved to {dw} "
  "at 10:40. Please bring a list of your current medications.\n\nKind regards,\n\n{name3}\nPatient Services\n"
  "Tel. {phone}\n{email3}")
T("en", "email",
  "Hi {first},\n\nGreat to meet you at the workshop. The slides are on my page at {url2}; if the link breaks just "
  "email me at {email2}.\n\nCheers,\n{name2}\n{phone2}")
T("en", "bank_note",
  "Customer {name} in branch re: unrecognised card payment of £84.20. Card {card} cancelled at customer request; "
  "replacement to be posted to {street}, {city} {postcode}. ID verified (DOB {dob}). ⟪chargeback⟫ raised.",
  style="UK")
T("en", "bank_note",
  "Teller note {date}: {tlast} requested a cashier's check for $6,500 payable to {name2}. Verified driver's license "
  "{dl_us}. Account {acct} has sufficient funds. Customer mentioned moving to {wcity} next month.", style="US")
T("en", "transfer_request",
  "Please send £1,200.00 from my current account (sort code {sortcode}, account {acct_uk}) to {name2}, IBAN {iban_eu}, "
  "reference RENT {UC_last2}. Happy for this to go as a ⟪SEPA transfer⟫. Thanks, {name}", style="UK")
T("en", "transfer_request",
  "Transfer request\nFrom: {name}\nAccount: {acct}\nTo: {name2}\nIBAN: {iban_eu}\nAmount: EUR 3,450.00\n"
  "Execution date: {date}\nPurpose: invoice 2291, kitchen works\nSigned: {init}")
T("en", "form",
  "Name: {name}\nDate of birth: {dob}\nAddress: {street}\nCity: {city}\nState: {state}\nZIP: {zip}\nPhone: {phone}\n"
  "Email: {email}\nInsurance member ID: {hplan}\nSSN: {ssn}", style="US")
T("en", "form",
  "Surname: {last}\nFirst name(s): {first}\nDOB: {dob}\nNHS number: {nhs}\nNext of kin: {name2} (partner)\n"
  "NOK phone: {phone}\nGP: {dr3}\nAllergies: penicillin", style="UK")
T("en", "sms", "hey its {first}, can u grab mum's {prot_drug} from the chemist on {street}? stuck at work til 7 x",
  style="UK")
T("en", "sms", "Reminder: {first}, your appointment is on {dw} at 09:15 with {dr2}. Reply C to cancel or call {phone}.")
T("en", "triage_caps",
  "TRIAGE 04:12\nPT {UC_name}, {age}{sexl}, BIB EMS FROM {UC_street}. C/O SOB X 2 DAYS, HX {UC_prot_dx}. GCS 15. "
  "SPO2 89% RA. DAUGHTER {UC_first3} AT BEDSIDE, CELL {phone}.", g3="f")
T("en", "triage_caps",
  "ED TRIAGE: {UC_lastfirst} DOB {dob} MRN {mrn}. ARRIVED BY OWN TRANSPORT FROM {UC_wcity}. FALL FROM LADDER, "
  "?WRIST FX. PAIN 7/10. ALLERGIC TO CODEINE.")
T("en", "voice_transcript", "email my lab results to {email_spoken} and text me at {phone_spoken}")
T("en", "voice_transcript", "my date of birth is the {l_dordy} and my name is {l_name}")
T("en", "voice_transcript", "remind me to call {name2} about the lease at six pm tomorrow")
T("en", "voice_transcript", "transfer fifty dollars to {l_name2} for the concert tickets")
T("en", "clinical_note",
  "{wfirst} called to say the prescription for {prot_drug} is ready. {wfirst} will collect it tomorrow morning; "
  "pharmacy closes at six.")
T("en", "clinical_note",
  "{wtlast}, who worked for thirty years as a builder, came in with lower back pain. {wtlast} describes it as dull and "
  "worse in the morning. No red flags. Advised ibuprofen and gentle activity.")
T("en", "nurse_handover",
  "{wfirst} is doing much better today and we hope to discharge {wobj} home by the weekend. OT visit booked. "
  "Husband {name2} aware.", gw="f", g2="m")
T("en", "clinical_note",
  "Patient recently moved from {wcity} to be closer to family; previous GP in {wcity} will forward records. "
  "Registered today, new patient check booked.")
T("en", "clinical_note",
  "Seen jointly with {wdr2} from orthopaedics. Plan agreed with {wtlast}: cast for 6 weeks, review in fracture clinic "
  "on {date}.")
T("en", "clinical_note",
  "{last} reports that the cough started after a trip to visit relatives. {first} denies fever or weight loss. "
  "Chest clear. {age_young} pack-years. Plan: spirometry.")
T("en", "email",
  "Please ship the replacement glucose meter to {name}, {street}, {city}, {state} {zip}. Serial number of the faulty "
  "unit: {serial}. Thank you.", style="US")
T("en", "form",
  "Change of address\nName: {name}\nNew address: {street}, {city}, {state} {postcode}\nHome phone: {phone}\n"
  "Effective: {date}", style="CA")
T("en", "portal_message",
  "Hi, I'm {name} from {city}, {county}. My Eircode is {postcode} in case the ambulance needs it. My mobile is {phone}.",
  style="IE")
T("en", "clinical_note",
  "Referral: {name}, {age_young} yo, lives at {street}, {city} {state} {postcode}. Please assess for {prot_dx}. "
  "Medicare no. {au_medicare}.", style="AU")
T("en", "email",
  "Attached: scan_{l_last}_2024.pdf and ecg_{l_last}_final.pdf. Please file them under the correct patient and "
  "delete from the shared drive. Thanks, {first2}")
T("en", "portal_message",
  "Family asked that updates be posted on the fundraising page {url} which is run by {name2}. Please do not share "
  "clinical details there.")
T("en", "bank_note",
  "Security log: 5 failed logins for online banking user {handle} from IP {ip} on {date}. Account holder {name} "
  "contacted on {phone} and password reset.")
T("en", "nurse_handover",
  "Vehicle {plate} left in the ambulance bay since 6am. Registered keeper traced as {name}, {street}, {city}. "
  "Security informed.")
T("en", "clinical_note",
  "Called to see pt in bed 9 for new confusion. Glucose 3.1, given glucose gel, rechecked 6.2. Discussed with "
  "{name2}, MD, pager {pager}. Will review in AM.\n{fullmid3}, PA-C")
T("en", "clinical_note",
  "{tlast}, aged {age}, lives independently in sheltered housing in {city} with support from her grandson {name2}. "
  "Fully mobile with stick. Hearing aids bilateral.", g="f", g2="m")
T("en", "clinical_note",
  "Lovely to see {first} today, who at {age_w} still walks to the shops every morning. BP 138/80. "
  "{prot_drug} continued.")
T("en", "email",
  "For any queries about this referral please contact {name2} on {phone} or by fax on {fax}. Kind regards, {name3}",
  style="UK")
T("en", "voice_transcript", "uh yeah so my email is {email_spoken} and the best time to call is after five")
T("en", "kiosk_chat", "cant log into the portal, my username is {handle} and it says account locked, help")
T("en", "transfer_request",
  "Hi, I need to set up a ⟪standing order⟫ of €250 a month to my landlord {name2}, IBAN {iban_eu}, starting {dl}. "
  "My account is {iban}. Thanks, {first}", style="IE")
T("en", "form",
  "Coverage verified for {name}: Medicare MBI {mbi}, secondary plan member ID {hplan}. DOB {dob}. Copay waived per policy.",
  style="US")
T("en", "clinical_note",
  "Operative note: uncomplicated laparoscopic cholecystectomy, EBL 20 ml.\nDictated by: {fullmid}, MD\n"
  "Transcribed by: {init2}\nD: {dd} 14:22\nT: {dd2} 09:05\ncc: {dr3}")
T("en", "kiosk_chat", "omg {l_first} and {l_first2} are both in the waiting room can we get them in together, their mom said ok")
T("en", "portal_message",
  "Dear nurse, my husband {wname} has had a rash since we came back from {wcity2}. Is it ok to use hydrocortisone "
  "cream? Kind regards, {name2}", gw="m")
T("en", "clinical_note",
  "Clinic letter re {epname}, DOB {dob}.\nDiagnosis: {ep_term}.\n{eptlast} was reassured and will start treatment. "
  "Review in 3 months.", clash=True)
T("en", "nurse_handover",
  "{wfirst} phoned the ward. Will someone call him back before 5? {wfirst} is the patient's son, number {phone}.",
  gw="m", pin={"w.first": "Will"}, allow={"Will"})
T("en", "clinical_note",
  "Reading her discharge letter, she was treated in {wcity} for sepsis last spring and has since completed "
  "antibiotics. Daughter {first2} confirms.", g2="f", pin={"wcity": "Reading"}, allow={"Reading"})
T("en", "sms", "Hi {first} it's {first2} from the surgery, your results are normal, no need to call back. {dr3}")
T("en", "triage_caps",
  "PT IS {UC_age_w} YO, LIVES ALONE AT {UC_street}, {UC_city}. FOUND ON FLOOR BY NEIGHBOUR {UC_name2}. "
  "?LONG LIE. CK PENDING.", style="UK")
T("en", "voice_transcript", "my medical record number is {mrn_spoken} and i need to reschedule with doctor {l_last2}")
T("en", "bank_note",
  "{name} called to report {poss} card {card} stolen on {date} in {city}. Card stopped, new card to {street}. "
  "Callback number {phone}.")
T("en", "form",
  "Emergency contact form\nPatient: {name}\nDOB: {dob}\nContact 1: {name2}, {phone2}\nContact 2: {name3}, {phone3}\n"
  "Email: {email}")
T("en", "email",
  "Hello {first},\n\nYour mother {name2} ({age}) was seen by {dr3} on {dw}. She is comfortable and eating well.\n\n"
  "Best wishes,\nWard 7 team", g2="f")
T("en", "portal_message",
  "hi doc its {first} again, the {prot_drug} is making me dizzy. also moved to {addr}, pls update. thx",
  style="US")
T("en", "clinical_note",
  "History obtained from {name2} (carer). Pt is a {age}-year-old with {prot_dx} and recurrent falls. Lives in {region}.",)
T("en", "email",
  "Dear {tlast},\n\nWe have received your application for a ⟪direct debit⟫ mandate on account {acct}. The first "
  "collection will be on {dl}.\n\nYours faithfully,\nCustomer Services", style="UK")

# ---------------- German ----------------
T("de", "clinical_note",
  "Pat.-Nr.:\t{mrn}\nName:\t{lastfirst}\nGeb.-Dat.:\t{dob}\nAufnahme:\t{date}\n\n{tlast}, {age}-jährig, stellt sich mit "
  "zunehmender Gangunsicherheit vor. Bekannt: {prot_dx}. Medikation unverändert.\nProcedere: Physiotherapie, "
  "Kontrolle in 4 Wochen.\n\n{dr2}\nOberarzt Neurologie")
T("de", "discharge_summary",
  "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\nwir berichten über {tlast}, geb. {dob}, wohnhaft {addr}, "
  "die sich vom {date} bis {date2} in unserer stationären Behandlung befand. Diagnose: {prot_dx}.\n"
  "Mit freundlichen Grüßen\n{dr3}", g="f")
T("de", "nurse_handover",
  "Übergabe: Zi. 7 {name}, {age} J., nachts unruhig, Tochter {first3} hat angerufen ({phone}), bitte zurückrufen.", g3="f")
T("de", "portal_message",
  "Guten Tag Frau Dr. {last2}, ich wollte fragen, ob mein Rezept für {prot_drug} schon fertig ist. Ich bin ab dem {ds} "
  "wieder in {city}. Viele Grüße {name}", g2="f")
T("de", "bank_note",
  "Kunde {tlast} am Schalter, möchte einen ⟪Dauerauftrag⟫ einrichten: 450,00 EUR monatlich auf IBAN {iban2}, "
  "Empfänger {name2}. Legitimation per Ausweis geprüft. Tel. {phone}", g="m")
T("de", "transfer_request",
  "Bitte überweisen Sie 1.280,00 € von meinem Girokonto {iban} an {name2}, IBAN {iban2}, Verwendungszweck: Miete "
  "{my}. Danke, {name}")
T("de", "form",
  "Vorname: {first}\nNachname: {last}\nGeburtsdatum: {dob}\nStraße: {street}\nPLZ/Ort: {postcode} {city}\n"
  "Telefon: {phone}\nE-Mail: {email}\nKFZ-Kennzeichen: {plate}\nVersichertennummer: {kvnr}", style="DE")
T("de", "sms", "hi {l_first}, bin um 6 am bahnhof in {city}, ruf an wenn was ist: {phone}")
T("de", "kiosk_chat", "ich hab termin bei dr {l_last2} um halb 10 mein name ist {l_name} geb {dob}")
T("de", "triage_caps",
  "NOTAUFNAHME: {UC_name}, {age} J., STURZ ZU HAUSE ({UC_street}, {postcode} {UC_city}), V.A. SCHENKELHALSFRAKTUR. "
  "ANGEHÖRIGE: SOHN {UC_first3}, {phone}.", style="DE", g3="m")
T("de", "voice_transcript", "schick die befunde an {email_spoken} und ruf mich unter {phone_spoken} an")
T("de", "email",
  "Hallo {first},\n\nanbei die Unterlagen für den Termin am {dw}. Die Praxis ist in der {street}, gleich neben der "
  "Apotheke.\n\nLiebe Grüße\n{first2}")
T("de", "clinical_note",
  "{wtlast} (Zi. 4, geb. {dob}) möchte heute nach Hause. {wtlast} war früher selbst Koch in einer Kantine und fragt nach einem "
  "Ernährungsplan bei ⟪Morbus Crohn⟫.", gw="m", pin={"w.last": "Koch"}, allow={"Koch"})
T("de", "nurse_handover",
  "{tlast} möchte nach der Entlassung zu ihrer Tochter nach {wcity}. Das Essen auf Station hat sie gut vertragen, "
  "Mobilisation mit Rollator.", g="f", pin={"wcity": "Essen"}, allow={"Essen"})
T("de", "clinical_note",
  "Befund vom {dl}: {eptlast}, {age_young} Jahre, Diagnose {ep_term} gesichert. Weiteres Vorgehen mit {dr2} besprochen.",
  clash=True)
T("de", "form",
  "Name: {name}\nAHV-Nr.: {ahv}\nAdresse: {street}, {postcode} {city}\nTelefon: {phone}\nGeburtsdatum: {dobl}",
  style="CH")
T("de", "portal_message",
  "Sehr geehrte Damen und Herren, meine Mutter {name} ist im Alter von {age_w} Jahren gestern gestürzt. Wir wohnen "
  "in {addr}. Bitte rufen Sie mich an: {phone}. {name2}", age99=True, g="f")

# ---------------- French ----------------
T("fr", "clinical_note",
  "IPP :\t{mrn}\nPatient :\t{frname}\nNé(e) le :\t{dob}\nConsultation du :\t{date}\n\n{tlast}, {age} ans, vient pour "
  "le suivi de sa pathologie ({prot_dx}). Examen stable. Poursuite du traitement.\n\n{dr2}\nService de neurologie")
T("fr", "discharge_summary",
  "Compte rendu d'hospitalisation\n{tlast}, né(e) le {dob}, demeurant {addr}, hospitalisé(e) du {date} au {date2} "
  "pour chute à domicile. Âge : {age_w} ans. Retour à domicile avec passage infirmier.\n{dr3}", age99=True)
T("fr", "nurse_handover",
  "transmissions nuit : ch. 12 {name}, {age} ans, agitée vers 3h, fille ({first3}) prévenue au {phone}", g="f", g3="f")
T("fr", "portal_message",
  "Bonjour Docteur {last2}, je voudrais avancer mon rendez-vous du {dw} si possible. Merci d'avance, {name} — {phone}")
T("fr", "bank_note",
  "Client(e) {tlast} reçu(e) en agence le {date}. Demande de {prot_order} vers l'IBAN {iban2} (bénéficiaire : {name2}). "
  "Pièce d'identité vérifiée.")
T("fr", "transfer_request",
  "Merci d'effectuer un virement de 350 € depuis mon compte {iban} vers celui de {name2} ({iban2}). Motif : loyer {my}. "
  "Cordialement, {name}")
T("fr", "form",
  "Nom : {last}\nPrénom : {first}\nDate de naissance : {dob}\nAdresse : {street}\nCode postal : {postcode}\nVille : {city}\n"
  "N° de sécurité sociale : {nir}\nImmatriculation : {plate}", style="FR")
T("fr", "sms", "coucou c {l_first}, je suis à {city} jusqu'au {ds}, rappelle moi au {phone}")
T("fr", "kiosk_chat", "bonjour j'ai rdv avec le dr {l_last2} a 14h je m'appelle {l_name}")
T("fr", "voice_transcript", "envoie le compte rendu à {email_spoken} s'il te plaît")
T("fr", "email",
  "Chère Madame {last},\n\nSuite à notre échange du {date}, je vous confirme la prise en charge de votre mère à {wcity} "
  "à partir du {dl}.\n\nBien à vous,\n{name2}\n{phone2}", g="f")
T("fr", "clinical_note",
  "{eptlast}, suivi(e) pour {ep_term} depuis {my}, consulte ce jour. Bilan biologique demandé, {dr2} prévenu(e).",
  clash=True)
T("fr", "triage_caps",
  "URGENCES - IOA : {UC_name}, {age} ANS, ADRESSÉ(E) PAR SON MÉDECIN TRAITANT {UC_dr2}. DYSPNÉE, SAT 88 %. "
  "CONTACT : FILS {UC_first3} {phone}.", g3="m")
T("fr", "clinical_note",
  "{wtlast}, boulanger à la retraite, revu ce jour pour ses douleurs de genou. {wtlast} habite toujours au {street}.",
  gw="m", style="FR")

# ---------------- Spanish ----------------
T("es", "clinical_note",
  "NHC:\t{mrn}\nPaciente:\t{name}\nF. nac.:\t{dob}\nFecha:\t{date}\n\n{tlast}, de {age} años, acude por disnea. "
  "Antecedentes: {prot_dx}. Se ajusta tratamiento.\n\n{dr2}\nNº col. {colnum}", style="ES")
T("es", "discharge_summary",
  "INFORME DE ALTA\nPaciente: {name}  DNI: {dni}\nDomicilio: {addr}\nIngreso: {date}  Alta: {date2}\n"
  "Paciente de {age_w} años que ingresa por neumonía. Evolución favorable.", style="ES", age99=True)
T("es", "nurse_handover",
  "relevo: hab 214 {name}, {age} años, desorientada por la noche, su hija {first3} llamará, tlf {phone}", g="f", g3="f")
T("es", "portal_message",
  "Hola {dr2}, soy {name}. Quería saber si puedo tomar {prot_drug} con el tratamiento nuevo. Mi teléfono es {phone}. Gracias.")
T("es", "bank_note",
  "Cliente {tlast} solicita una {prot_order} a la cuenta {iban2} a nombre de {name2}. Verificado DNI {dni}.", style="ES")
T("es", "form",
  "Nombre: {first}\nApellidos: {last}\nFecha de nacimiento: {dob}\nDirección: {street}\nC.P.: {postcode}  Localidad: {city}\n"
  "Teléfono: {phone}\nCorreo: {email}\nMatrícula: {plate}\nTIS: {tis}", style="ES")
T("es", "sms", "oye {l_first} llego a {city} el {ds}, me recoges? mi nuevo numero es {phone}")
T("es", "kiosk_chat", "hola tengo cita con la dra {l_last2} me llamo {l_name}", g2="f")
T("es", "voice_transcript", "mándame la receta a {email_spoken}, vivo en {street}, {city}", style="MX")
T("es", "triage_caps",
  "URGENCIAS: {UC_name}, {age} AÑOS, TRAÍDA DESDE RESIDENCIA EN {UC_city}. CAÍDA, DOLOR CADERA DCHA. "
  "AVISAR A SU SOBRINO {UC_first2} ({phone}).", g="f", g2="m")
T("es", "clinical_note",
  "{eptlast}, {age_young} años, valorado/a hoy en consulta. Impresión diagnóstica: {ep_term}. Revisión el {dl}.", clash=True)

# ---------------- Italian ----------------
T("it", "clinical_note",
  "Cartella n.:\t{mrn}\nPaziente:\t{name}\nNato/a il:\t{dob}\nC.F.:\t{cf}\n\nVisita del {date}: {tlast}, {age} anni, "
  "in follow-up per {prot_dx}. Quadro stabile.\n\n{dr2}")
T("it", "discharge_summary",
  "Lettera di dimissione\nSi dimette in data {date2} {tlast}, residente in {addr}, ricoverato/a dal {date} per "
  "scompenso cardiaco. Età: {age_w} anni. Controllo con {dr3} il {dw}.", age99=True)
T("it", "nurse_handover",
  "consegne notte: letto 4 {name}, {age} anni, agitata alle 2, chiamato il figlio {first3} al {phone}", g="f", g3="m")
T("it", "portal_message",
  "Gentile {dr2}, sono {name}, volevo spostare la visita di {dw} perché sarò a {city}. Il mio cell. è {phone}. Grazie")
T("it", "bank_note",
  "Il cliente {tlast} chiede l'attivazione di un {prot_order} sull'IBAN {iban2} intestato a {name2}. Documento verificato.", g="m")
T("it", "form",
  "Cognome: {last}\nNome: {first}\nData di nascita: {dob}\nIndirizzo: {addr}\nCodice fiscale: {cf}\nTarga: {plate}\n"
  "Telefono: {phone}")
T("it", "sms", "ciao {l_first}! ci vediamo {dw} a {city}? scrivimi al {phone}")
T("it", "kiosk_chat", "buongiorno ho la prenotazione col dott {l_last2} mi chiamo {l_name}", g2="m")
T("it", "email",
  "Gentile {tlast},\n\nle confermiamo l'appuntamento del {dl} presso il nostro ambulatorio di {wcity}.\n\n"
  "Cordiali saluti,\n{name2}\n{email2}")

# ---------------- Portuguese ----------------
T("pt", "clinical_note",
  "N.º processo:\t{mrn}\nNome:\t{name}\nData de nascimento:\t{dob}\nN.º utente SNS:\t{sns}\n\n{tlast}, {age} anos, "
  "seguido(a) por {prot_dx}. Sem intercorrências.\n\n{dr2}", style="PT")
T("pt", "discharge_summary",
  "Nota de alta: Doente {name}, residente em {addr}, internado(a) de {date} a {date2}. Idade: {age_w} anos. "
  "Alta para o domicílio com apoio da filha {first3} ({phone}).", style="PT", age99=True, g3="f")
T("pt", "nurse_handover",
  "passagem de turno: cama 9 {name}, {age} anos, dorme bem, família ({first3}) liga às 20h para o {phone}")
T("pt", "portal_message",
  "Oi {dr2}, aqui é {name}. O exame de sangue ficou para {dl}? Meu celular é {phone}. Obrigada!", style="BR", g="f")
T("pt", "bank_note",
  "Cliente {tlast} pediu uma {prot_order} para o IBAN {iban2}, titular {name2}. NIF {nif}.", style="PT")
T("pt", "form",
  "Nome completo: {name}\nCPF: {cpf}\nData de nasc.: {dob}\nEndereço: {street}\nCEP: {postcode}\nCidade: {city}\n"
  "Telefone: {phone}\nPlaca do veículo: {plate}", style="BR")
T("pt", "sms", "olá {l_first}, chego a {city} no dia {ds}, liga-me para o {phone}", style="PT")
T("pt", "voice_transcript", "manda o resultado para {email_spoken} por favor")

# ---------------- Dutch ----------------
T("nl", "clinical_note",
  "Patiëntnr.:\t{mrn}\nNaam:\t{tlast}\nGeb.datum:\t{dob}\nBSN:\t{bsn}\n\n{age}-jarige patiënt, bekend met {prot_dx}, "
  "komt voor controle. Beleid ongewijzigd.\n\n{dr2}", style="NL")
T("nl", "discharge_summary",
  "Ontslagbrief: {tlast} ({age_w} jaar), wonende {addr}, opgenomen van {date} tot {date2} wegens een "
  "heupfractuur. Nazorg via de thuiszorg.", age99=True)
T("nl", "nurse_handover", "overdracht kamer 3 {name}, {age} jaar, onrustig, dochter {first3} belt om 9 uur ({phone})", g3="f")
T("nl", "portal_message",
  "Beste {dr2}, mag ik mijn afspraak van {dw} verzetten? Ik zit dan in {wcity}. Met vriendelijke groet, {name}")
T("nl", "bank_note", "Klant {tlast} wil een {prot_order} instellen naar {iban2} t.n.v. {name2}. Legitimatie gecontroleerd.")
T("nl", "form",
  "Naam: {name}\nAdres: {street}\nPostcode: {postcode}\nWoonplaats: {city}\nTelefoon: {phone}\nE-mail: {email}\n"
  "Kenteken: {plate}", style="NL")
T("nl", "sms", "hoi {l_first} ben om 8 uur in {city}, bel me op {phone}")
T("nl", "kiosk_chat", "ik heb een afspraak bij dokter {l_last2} om kwart over 2 mijn naam is {l_name}")
T("nl", "clinical_note",
  "{eptlast} ({age_young} jr) gezien op de poli; {ep_term} bevestigd. Controle bij {dr2} op {dl}.", clash=True)
T("nl", "email",
  "Beste {first},\n\nhierbij de gegevens voor de ⟪automatische incasso⟫: rekening {iban}, ingangsdatum {dl}.\n\n"
  "Groet,\n{name2}", style="BENL")

# ---------------- Swedish / Danish / Polish ----------------
T("sv", "clinical_note",
  "Personnummer:\t{pnr}\nNamn:\t{name}\nBesöksdatum:\t{date}\n\n{first}, {age} år, kommer på återbesök för "
  "{prot_dx}. Oförändrat status.\n\n{dr2}")
T("sv", "sms", "hej {l_first}! jag är i {city} till den {ds}, ring {phone}")
T("sv", "bank_note", "Kund {name} vill starta {prot_order} till konto {iban2}, mottagare {name2}. Legitimation kontrollerad.")
T("da", "clinical_note",
  "CPR:\t{cpr}\nNavn:\t{name}\nAdresse:\t{addr}\n\n{age} år, indlagt {dl} med lungebetændelse. Kendt med {prot_dx}.")
T("da", "email", "Kære {first},\n\nTak for i går. Vi ses igen {dw}.\n\nMvh\n{name2}\nTlf. {phone}")
T("da", "bank_note", "Kunden {name} ønsker {prot_order} fra konto {iban} til {name2}. Kontaktes på {phone}.")
T("pl", "clinical_note",
  "PESEL:\t{pesel}\nPacjent:\t{name}\nData wizyty:\t{date}\n\n{tlast}, lat {age}, zgłasza się na kontrolę. "
  "Rozpoznanie: {prot_dx}.\n\n{dr2}")
T("pl", "sms", "cześć {l_first}, mój nowy adres to {addr}, zadzwoń {phone}")
T("pl", "bank_note", "Klient {name} prosi o {prot_order} z rachunku {iban} na rzecz {name2}. Tel. {phone}")


# ---------------- added: URLs, cards, more protected terms ----------------
T("en", "portal_message",
  "I uploaded photos of the rash to my blog at {url} so you can see how it has changed since {dl}. I'm using the "
  "⟪hydrocortisone⟫ cream twice a day. - {name}")
T("en", "bank_note",
  "Fraud alert reviewed: card {card} used for three online purchases on {date}. Cardholder {name} confirmed the "
  "transactions were not hers; card blocked and ⟪chargeback⟫ started. Contact: {email}.", g="f")
T("en", "email",
  "Hi {first},\n\nYou can book your next session directly through {purl2} or call the front desk on {phone2}. "
  "Remember to bring your ⟪Holter monitor⟫ diary.\n\nWarm wishes,\n{dr2}")
T("de", "bank_note",
  "{tlast} meldet Verlust der Kreditkarte {card}. Karte gesperrt, Ersatzkarte an {addr}. Rückruf unter {phone}. "
  "Hinweis auf ⟪Dispokredit⟫-Konditionen gegeben.")
T("de", "email",
  "Guten Tag {tlast},\n\nOnline-Termine finden Sie ab sofort unter {purl2}. Bitte bringen Sie Ihre Versichertenkarte "
  "und Ihren Medikationsplan ({prot_drug}) mit.\n\nIhr Praxisteam {dr2}")
T("fr", "bank_note",
  "Opposition sur la carte {card} de {tlast} suite à un vol le {date} à {city}. Nouvelle carte envoyée au {street}. "
  "Tél. {phone}.", style="FR")
T("fr", "sms", "tu peux voir les photos du mariage sur {url2} bisous {l_first2}")
T("es", "bank_note",
  "{tlast} comunica el robo de su tarjeta {card} el {date}. Tarjeta bloqueada. Se ofrece ⟪Bizum⟫ como alternativa "
  "temporal. Contacto: {phone}.", style="ES")
T("es", "email",
  "Estimada {tlast}:\n\nPuede pedir cita en línea en {purl2}. Recuerde traer el informe del ⟪test de Apgar⟫ de su "
  "bebé.\n\nUn saludo,\n{name2}", g="f")
T("it", "bank_note", "Blocco carta {card} richiesto da {tlast} il {date}. Nuova carta spedita in {addr}. Ricontattare al {phone}.")
T("it", "portal_message",
  "Buongiorno, ho visto sul sito {purl2} che la {dr2} riceve anche il sabato. Posso prenotare per mio padre {name}, "
  "{age} anni, con ⟪morbo di Alzheimer⟫?", g="m", g2="f")
T("pt", "bank_note",
  "Cartão {card} de {tlast} cancelado após perda em {city}. Novo cartão enviado para {street}. Sugerido ⟪MB WAY⟫ "
  "entretanto.", style="PT")
T("nl", "bank_note",
  "Pas {card} van {tlast} geblokkeerd na diefstal op {date} in {city}. Nieuwe pas naar {street}, {postcode} {city}. "
  "Tel. {phone}.", style="NL")
T("nl", "portal_message",
  "Goedemiddag, op {purl2} staat dat {dr2} op vakantie is. Kan ik voor mijn ⟪metformine⟫ terecht bij een waarnemer? "
  "Groet, {name}")
T("sv", "email",
  "Hej {first}!\n\nBokningen för {dw} är bekräftad. Betala gärna med ⟪Swish⟫ till {phone2}.\n\n"
  "Vänliga hälsningar\n{name2}")
T("da", "sms", "hej {l_first}, jeg er i {city} til den {ds}. ring på {phone} hvis der er noget")
T("pl", "email",
  "Szanowni Państwo,\n\nprzypominamy o wizycie w dniu {date} u {dr2}. Pacjent: {name}. Prosimy zabrać wyniki "
  "badań.\n\nRecepcja, tel. {phone}", g2="f")


# ---------------- texts WITHOUT identifiers ----------------
NOID = {
    "en": [
        ("assistant_request", "what does yeet mean"),
        ("assistant_request", "tell me a fun fact about otters"),
        ("voice_transcript", "set a timer for 10 minutes"),
        ("assistant_request", "how do I convert cups to grams for flour?"),
        ("assistant_request", "wats the diffrence between affect and effect"),
        ("assistant_request", "is it ok to take ⟪ibuprofen⟫ and ⟪paracetamol⟫ together"),
        ("assistant_request", "no cap this playlist slaps, what genre is it when its like lofi but sad"),
        ("assistant_request", "How many time zones does Russia have?"),
        ("assistant_request", "whats the capital of australia, i always forget"),
        ("assistant_request", "translate 'where is the bathroom' into Japanese please"),
        ("assistant_request", "Can you explain what a ⟪standing order⟫ is and how it differs from a ⟪direct debit⟫?"),
        ("clinical_note", "67 yo M with hx of ⟪COPD⟫ presents with 3 days of productive cough and increased SOB. "
                          "Afebrile. Sats 91% on RA, 95% on 2L. CXR: no consolidation. Plan: nebs, oral pred, review in AM."),
        ("triage_caps", "TRIAGE: ADULT MALE, CENTRAL CHEST PAIN ONSET 40 MIN AGO, DIAPHORETIC. ECG NOW. "
                        "ASPIRIN 300 MG GIVEN. CAT 2."),
        ("assistant_request", "how long do i boil an egg for a runny yolk"),
        ("voice_transcript", "remind me to drink water every hour"),
        ("assistant_request", "what rhymes with orange"),
        ("assistant_request", "why is the sky blue but sunsets are red"),
        ("assistant_request", "What's the rough exchange rate from euros to Swiss francs?"),
        ("kiosk_chat", "how do i find the ⟪SWIFT⟫ code for an international transfer"),
        ("assistant_request", "Does the iPhone 15 charge with USB-C?"),
        ("assistant_request", "recommend a board game for 4 players thats not monopoly"),
        ("assistant_request", "explain ⟪Hodgkin lymphoma⟫ in simple terms"),
        ("assistant_request", "what is a normal ⟪Apgar score⟫ for a newborn"),
        ("sms", "lol my cat knocked my coffee over AGAIN, how do i stop her doing that"),
        ("kiosk_chat", "CAN YOU MAKE THE TEXT BIGGER I CANT READ IT"),
        ("voice_transcript", "play some rain sounds"),
        ("assistant_request", "how many calories in a banana"),
        ("assistant_request", "what does ICU stand for"),
        ("kiosk_chat", "sry typo, i meant how do i reset my pin not my password"),
        ("nurse_handover", "Handover: bay 2 quiet overnight, all obs within range. Two discharges planned for the "
                           "morning, waiting on pharmacy TTOs."),
        ("clinical_note", "POD 2 following ⟪Whipple procedure⟫. Tolerating clear fluids. Drain output 40 ml serous. "
                          "Plan: advance diet as tolerated, mobilise with physio."),
        ("kiosk_chat", "What is the daily withdrawal limit at this ATM?"),
        ("assistant_request", "Is there a fee for ⟪SEPA⟫ transfers inside the eurozone?"),
        ("assistant_request", "how do volcanos form"),
        ("assistant_request", "give me a 3 day workout plan with no equipment"),
        ("assistant_request", "wat is 15 percent of 80"),
        ("voice_transcript", "how do you spell necessary"),
        ("assistant_request", "ok so whats the deal with pineapple on pizza, is it an Italian thing or not"),
        ("assistant_request", "Explain the offside rule in football like I'm five."),
        ("assistant_request", "which is bigger, a blue whale or a megalodon"),
        ("assistant_request", "Convert 72 Fahrenheit to Celsius."),
        ("voice_transcript", "what time is it in Japan right now"),
        ("assistant_request", "Write a haiku about autumn rain."),
        ("kiosk_chat", "the screen keeps freezing when i tap check in"),
        ("kiosk_chat", "where is the pharmacy in this building"),
        ("kiosk_chat", "can i pay my bill with apple pay here"),
        ("clinical_note", "BP 142/88, HR 96 irregularly irregular. ECG confirms ⟪atrial fibrillation⟫. Rate control "
                          "started with bisoprolol 2.5 mg OD. Anticoagulation discussed."),
        ("clinical_note", "⟪Wells score⟫ 2, D-dimer sent. If negative, no further imaging required."),
        ("assistant_request", "What does 'ghosting' mean in dating?"),
        ("sms", "whats rizz mean pls, my little brother keeps saying it"),
        ("assistant_request", "How do I freeze fresh basil?"),
        ("assistant_request", "whats a good gift for a coworker under 20 dollars"),
        ("assistant_request", "is pluto still a planet or not"),
        ("kiosk_chat", "how do i unblock my card in the app"),
        ("bank_note", "Customer enquired about opening a joint account. Leaflet on fees and ⟪overdraft⟫ terms given. "
                      "No further action."),
        ("kiosk_chat", "I lost my debit card, what should I do first?"),
        ("portal_message", "How do I download my vaccination record from the portal?"),
        ("portal_message", "Hello, does the clinic offer flu shots without an appointment? Thank you."),
        ("email", "Hi team,\n\nReminder that the fire drill is at 11:00 tomorrow. Please log out of all workstations "
                  "before leaving the ward.\n\nThanks!"),
        ("form", "Reason for visit: knee pain\nDuration: 3 weeks\nAllergies: none known\nSmoker: no\nPain score: 4/10"),
        ("voice_transcript", "set an alarm for six thirty a m"),
        ("voice_transcript", "add oat milk eggs and spinach to my shopping list"),
        ("sms", "running 10 min late, start without me"),
        ("triage_caps", "PAEDS TRIAGE: FEVER 39.2, NON-BLANCHING RASH ON LEGS. SENIOR REVIEW REQUESTED IMMEDIATELY."),
        ("assistant_request", "What's the difference between ⟪Crohn's disease⟫ and ulcerative colitis?"),
        ("discharge_summary", "Discharge summary: admitted with community-acquired pneumonia, treated with IV "
                              "co-amoxiclav then oral. Discharged on day 4. Follow-up chest X-ray in 6 weeks."),
        ("transfer_request", "What details do I need to send money abroad, and how long does a ⟪wire transfer⟫ take?"),
        ("assistant_request", "is the ⟪Glasgow Coma Scale⟫ used for kids too"),
        ("assistant_request", "explain the Fibonacci sequence with an example, and why Newton's third law matters for rockets"),
    ],
    "de": [
        ("assistant_request", "was heißt eigentlich 'lost' in der Jugendsprache"),
        ("voice_transcript", "stell einen Timer auf 12 Minuten"),
        ("assistant_request", "wie viel Gramm sind 2 Tassen Mehl"),
        ("assistant_request", "Erzähl mir was Lustiges über Pinguine."),
        ("assistant_request", "Was ist der Unterschied zwischen ⟪Dauerauftrag⟫ und ⟪Lastschrift⟫?"),
        ("clinical_note", "Pat. 74 J., ⟪Morbus Crohn⟫ bekannt, aktuell Schub mit 6 Stühlen/Tag, CRP 48. "
                          "Procedere: Prednisolon 40 mg, Kontrolle in 1 Woche."),
        ("nurse_handover", "Übergabe Station 3: Zimmer 12 bis 15 unauffällig, Zimmer 16 Sturzrisiko, Bettgitter hoch."),
        ("kiosk_chat", "wie lange dauert eine Überweisung ins Ausland ungefähr"),
        ("sms", "kann man in Österreich eigentlich mit Euro zahlen lol"),
        ("triage_caps", "SCHMERZ 8/10 RECHTER UNTERBAUCH SEIT 6 STD, FIEBER 38,4 - CHIRURGIE INFORMIERT"),
        ("bank_note", "Kundin fragt nach neuer PIN, Hinweis auf Online-Banking gegeben. Keine weitere Aktion."),
        ("voice_transcript", "spiel mal entspannte Musik zum Einschlafen"),
        ("assistant_request", "Wie funktioniert eigentlich die ⟪Glasgow-Koma-Skala⟫?"),
    ],
    "fr": [
        ("assistant_request", "ça veut dire quoi « wesh » exactement"),
        ("voice_transcript", "mets un minuteur de 5 minutes stp"),
        ("assistant_request", "Combien de grammes dans une cuillère à soupe de sucre ?"),
        ("assistant_request", "Donne-moi une anecdote amusante sur les loutres."),
        ("assistant_request", "Quelle est la différence entre un ⟪virement permanent⟫ et un ⟪prélèvement automatique⟫ ?"),
        ("clinical_note", "Patiente de 58 ans, suivie pour ⟪maladie de Crohn⟫, consulte pour douleurs abdominales. "
                          "Examen : abdomen souple. Conduite : bilan biologique, revoir dans 15 jours."),
        ("nurse_handover", "Transmissions : chambre 4 RAS, chambre 6 douleur soulagée par ⟪paracétamol⟫ à 22h."),
        ("kiosk_chat", "est ce que je peux payer sans contact au Canada avec ma carte"),
        ("triage_caps", "URGENCES TRI 2 : DOULEUR THORACIQUE, ECG FAIT, TROPONINE EN COURS."),
        ("assistant_request", "comment on écrit 'nécessaire' déjà"),
        ("kiosk_chat", "J'ai perdu ma carte bancaire, je fais quoi ?"),
        ("sms", "c koi la capitale du Portugal deja"),
        ("assistant_request", "C'est quoi un bon ⟪score d'Apgar⟫ à la naissance ?"),
    ],
    "es": [
        ("assistant_request", "qué significa 'cringe' exactamente"),
        ("voice_transcript", "pon una alarma a las siete y media"),
        ("assistant_request", "cuántos gramos son una taza de arroz"),
        ("assistant_request", "Cuéntame un dato curioso sobre los pulpos."),
        ("assistant_request", "¿Cuánto tarda una ⟪transferencia SEPA⟫ a Alemania?"),
        ("clinical_note", "Varón de 71 años con ⟪enfermedad de Parkinson⟫ de larga evolución, acude por caídas de "
                          "repetición. Se ajusta levodopa y se deriva a fisioterapia."),
        ("nurse_handover", "Relevo de turno: habitación 8 estable, habitación 9 pendiente de analítica, la 10 con dieta absoluta."),
        ("kiosk_chat", "se me bloqueó la tarjeta en el cajero q hago"),
        ("triage_caps", "TRIAJE: DOLOR ABDOMINAL INTENSO, VÓMITOS, TA 90/60. PRIORIDAD NARANJA."),
        ("assistant_request", "¿Cómo se calcula la ⟪escala de Glasgow⟫?"),
        ("assistant_request", "recomiéndame una serie corta para el finde"),
        ("sms", "es verdad que en Japón no se deja propina??"),
        ("bank_note", "Consulta sobre comisiones de mantenimiento de la cuenta. Se informa de las condiciones. Sin incidencias."),
    ],
    "it": [
        ("assistant_request", "che vuol dire 'bro' quando lo scrivono i ragazzi"),
        ("voice_transcript", "imposta un timer di venti minuti"),
        ("assistant_request", "quanti grammi sono un cucchiaio di olio"),
        ("assistant_request", "Raccontami una curiosità sui gatti."),
        ("assistant_request", "Quanto costa un ⟪bonifico SEPA⟫ istantaneo?"),
        ("clinical_note", "Paziente di 80 anni con ⟪morbo di Parkinson⟫, in terapia con levodopa. Riferisce stipsi. "
                          "Si consiglia dieta ricca di fibre."),
        ("nurse_handover", "Consegne: letto 3 dolore controllato, letto 5 febbrile alle 4, emocolture eseguite."),
        ("kiosk_chat", "come faccio a bloccare la carta dall'app"),
        ("triage_caps", "PS CODICE GIALLO: DISPNEA, SATURAZIONE 88% IN AA, AVVIATA O2 TERAPIA."),
        ("assistant_request", "qual è la differenza tra conto corrente e conto deposito"),
        ("assistant_request", "ciao, mi spieghi la ⟪scala di Glasgow⟫ in parole semplici?"),
        ("sms", "in Svizzera si paga in euro o in franchi?"),
    ],
    "pt": [
        ("assistant_request", "o que quer dizer 'bué' em Portugal"),
        ("voice_transcript", "põe um temporizador de 15 minutos"),
        ("assistant_request", "quantas gramas tem uma chávena de farinha"),
        ("assistant_request", "Conta-me uma curiosidade sobre polvos."),
        ("assistant_request", "Quanto tempo demora uma ⟪transferência SEPA⟫?"),
        ("clinical_note", "Doente de 66 anos com ⟪doença de Crohn⟫, sem queixas desde a última consulta. Mantém terapêutica."),
        ("nurse_handover", "Passagem de turno: cama 2 com dor controlada, cama 4 aguarda TAC, cama 7 alta amanhã."),
        ("kiosk_chat", "perdi o cartão multibanco o q faço"),
        ("triage_caps", "TRIAGEM: DOR TORÁCICA HÁ 2 HORAS, PULSEIRA LARANJA."),
        ("assistant_request", "como funciona o ⟪débito direto⟫?"),
        ("assistant_request", "qual a diferença entre gripe e constipação"),
        ("sms", "me fala uma receita fácil de brigadeiro"),
    ],
    "nl": [
        ("assistant_request", "wat betekent 'skeer' eigenlijk"),
        ("voice_transcript", "zet een timer van 8 minuten"),
        ("assistant_request", "hoeveel gram is een kopje suiker"),
        ("assistant_request", "Vertel me een leuk feitje over zeehonden."),
        ("assistant_request", "Wat is het verschil tussen een ⟪automatische incasso⟫ en een ⟪periodieke overboeking⟫?"),
        ("clinical_note", "Patiënt, 59 jaar, bekend met ⟪ziekte van Crohn⟫, komt voor controle. Geen klachten. "
                          "Beleid: lab over 3 maanden."),
        ("nurse_handover", "Overdracht: kamer 5 rustige nacht, kamer 7 pijnscore 6, extra pijnstilling gegeven."),
        ("kiosk_chat", "mijn pas is ingeslikt door de automaat wat nu"),
        ("triage_caps", "SEH: KIND 4 JAAR, KOORTS EN SUFHEID, DIRECT ARTS ERBIJ."),
        ("sms", "kun je in België gewoon met je pinpas betalen?"),
        ("assistant_request", "hoe lang moet ik een ei koken voor een zacht eitje"),
    ],
    "sv": [
        ("assistant_request", "vad betyder 'sus' egentligen"),
        ("kiosk_chat", "Hur lång tid tar det innan en ⟪stående överföring⟫ börjar gälla?"),
        ("voice_transcript", "ställ en timer på tio minuter"),
    ],
    "da": [
        ("assistant_request", "hvad betyder 'hygge' på engelsk"),
        ("kiosk_chat", "Hvordan opretter jeg en ⟪fast overførsel⟫ i netbanken?"),
    ],
    "pl": [
        ("assistant_request", "co znaczy 'sigma' w slangu"),
        ("kiosk_chat", "Jak ustawić ⟪zlecenie stałe⟫ w aplikacji?"),
    ],
}


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------
EDGE_PUNCT = set(string.punctuation) | set("«»“”‘’„‚…–—·¿¡")


def edge_ok(typ, s):
    if not s or s != s.strip() or "\n" in s or "\t" in s:
        return False
    a, z = s[0], s[-1]
    if a in EDGE_PUNCT and not (typ == "PHONE" and a in "+("):
        return False
    if z in EDGE_PUNCT and not (typ == "DATE" and z == "." and re.search(r"\d\.$", s)):
        return False
    return True


def occurrences(text, val):
    return [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(val) + r"(?!\w)", text)]


def check_record(rec, has_id, opts=None, exceptions=None):
    """raises AssertionError on any problem. opts/exceptions only given at generation time."""
    text, spans, prot = rec["text"], rec["spans"], rec["protected"]
    assert not any(c in text for c in MARK_CHARS), ("markup left", rec["id"])
    nw = len(text.split())
    assert 4 <= nw <= 150, ("word count", nw, rec["id"])
    if has_id:
        assert spans, ("identifier text without span", rec["id"])
    else:
        assert not spans, ("no-identifier text with span", rec["id"])
    iv = []
    for s in spans:
        assert s["type"] in TYPES, s
        assert 0 <= s["start"] < s["end"] <= len(text), s
        val = text[s["start"]:s["end"]]
        if "value" in s:
            assert val == s["value"], (val, s)
        assert edge_ok(s["type"], val), ("edge", repr(val), rec["id"])
        iv.append((s["start"], s["end"], "S"))
    for p in prot:
        val = text[p["start"]:p["end"]]
        assert val == p["term"] and val == val.strip() and val, ("prot", p, rec["id"])
        iv.append((p["start"], p["end"], "P"))
    iv.sort()
    for a, b in zip(iv, iv[1:]):
        assert a[1] <= b[0], ("overlap", a, b, rec["id"])
    # every other occurrence of an annotated string must be covered
    S = [(s["start"], s["end"]) for s in spans]
    P = [(p["start"], p["end"]) for p in prot]
    allow = set((opts or {}).get("allow", ()))
    clash = (opts or {}).get("clash", False)
    for s in spans:
        val = text[s["start"]:s["end"]]
        for a, b in occurrences(text, val):
            if any(x <= a and b <= y for x, y in S):
                continue
            if clash and any(x <= a and b <= y for x, y in P):
                if exceptions is not None:
                    exceptions.append((rec["id"], val, "inside protected eponym"))
                continue
            if val in allow:
                if exceptions is not None:
                    exceptions.append((rec["id"], val, "common word, not the identifier"))
                continue
            if opts is None and (rec["id"], val) in KNOWN_EXC:
                continue
            raise AssertionError(("uncovered occurrence", val, a, rec["id"]))


KNOWN_EXC = set()   # filled from generation-time exceptions, used when re-checking the re-read file


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------
def fill(r, lang, text, opts):
    ctx = Ctx(r, lang, opts, text)
    markup = text.format_map(ctx)
    return build(markup)


def main():
    r = random.Random(SEED)
    noid_n = {k: len(v) for k, v in NOID.items()}
    id_n = {k: LANG_TOTAL[k] - noid_n[k] for k in LANG_TOTAL}
    assert sum(noid_n.values()) == N_NOID, noid_n
    assert sum(id_n.values()) == N_ID, id_n

    jobs = []  # (lang, reg, text, opts, has_id, tid)
    by_lang = defaultdict(list)
    for i, (lang, reg, text, opts) in enumerate(ID_TEMPLATES):
        by_lang[lang].append((f"{lang}-id-{i:03d}", reg, text, opts))
    for lang, need in id_n.items():
        tl = list(by_lang[lang])
        assert len(tl) <= need, (lang, len(tl), need)
        r.shuffle(tl)
        for k in range(need):
            tid, reg, text, opts = tl[k % len(tl)]
            jobs.append((lang, reg, text, opts, True, tid))
    for lang, items in NOID.items():
        for j, (reg, text) in enumerate(items):
            jobs.append((lang, reg, text, {}, False, f"{lang}-no-{j:03d}"))
    assert len(jobs) == N_TOTAL

    r.shuffle(jobs)
    # no more than 5 in a row with the same register
    for _ in range(5000):
        bad = None
        run = 1
        for i in range(1, len(jobs)):
            run = run + 1 if jobs[i][1] == jobs[i - 1][1] else 1
            if run > 5:
                bad = i
                break
        if bad is None:
            break
        for j in list(range(bad + 1, len(jobs))) + list(range(0, bad - 5)):
            if jobs[j][1] != jobs[bad][1]:
                jobs[bad], jobs[j] = jobs[j], jobs[bad]
                break

    records, internal, seen, exceptions = [], [], set(), []
    for n, (lang, reg, text, opts, has_id, tid) in enumerate(jobs, 1):
        rid = f"blind4-{n:04d}"
        last_err = None
        for attempt in range(80):
            if has_id:
                t, spans, prot = fill(r, lang, text, opts)
            else:
                assert "{" not in text
                t, spans, prot = build(text)
            rec = {"id": rid, "register": reg, "lang": lang, "text": t,
                   "spans": spans, "protected": prot}
            if t in seen:
                last_err = "duplicate"
                continue
            exc = []
            try:
                check_record(rec, has_id, opts, exc)
            except AssertionError as e:
                last_err = e
                continue
            for e in exc:
                if e not in exceptions:
                    exceptions.append(e)
            break
        else:
            raise SystemExit(f"could not fill {tid}: {last_err}")
        seen.add(t)
        for s in spans:
            if s["sub"] == "IBAN":
                assert iban_ok(s["value"]), s
            if s["sub"] == "CARD":
                assert luhn_ok(s["value"]), s
        internal.append((rec, tid, has_id, [(s["start"], s["end"], s["sub"]) for s in spans]))
        records.append({"id": rid, "register": reg, "lang": lang, "text": t,
                        "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
                        "protected": prot})

    # ---- global assertions
    ids = [x["id"] for x in records]
    assert len(set(ids)) == len(ids) == N_TOTAL
    assert len({x["text"] for x in records}) == N_TOTAL, "duplicate texts"
    regs = [x["register"] for x in records]
    run = 1
    for a, b in zip(regs, regs[1:]):
        run = run + 1 if a == b else 1
        assert run <= 5, "register run"
    used_templates = {tid for _, tid, _, _ in internal}
    assert len(used_templates) >= 120, len(used_templates)
    n_prot = sum(len(x["protected"]) for x in records)
    assert N_TOTAL / 4 <= n_prot <= N_TOTAL / 2, n_prot
    en_share = sum(x["lang"] == "en" for x in records) / N_TOTAL
    assert 0.40 <= en_share <= 0.50
    small = sum(x["lang"] in ("sv", "da", "pl") for x in records) / N_TOTAL
    assert 0.03 <= small <= 0.07
    # every ID span that looks like an IBAN must be one that passes mod 97
    for rec, _, _, subs in internal:
        for (a, b, sub) in subs:
            v = rec["text"][a:b].replace(" ", "")
            if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", v) and v[:2] in IBAN_LEN:
                assert sub == "IBAN" and iban_ok(v), v

    with open(OUT, "w", encoding="utf-8") as f:
        for x in records:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")

    # ---- re-read and re-check
    for e in exceptions:
        KNOWN_EXC.add((e[0], e[1]))
    back = [json.loads(line) for line in open(OUT, encoding="utf-8")]
    assert back == records
    checksum_spans = {(rec["id"], a, b): sub for rec, _, _, subs in internal for (a, b, sub) in subs if sub}
    for x, (_, _, has_id, _) in zip(back, internal):
        assert set(x) == {"id", "register", "lang", "text", "spans", "protected"}
        check_record(x, has_id)
        for s in x["spans"]:
            sub = checksum_spans.get((x["id"], s["start"], s["end"]))
            v = x["text"][s["start"]:s["end"]]
            if sub == "IBAN":
                assert iban_ok(v)
            if sub == "CARD":
                assert luhn_ok(v)

    # ---- report
    def table(key, rows):
        c_all, c_id, c_no = Counter(), Counter(), Counter()
        for x, (_, _, has_id, _) in zip(back, internal):
            c_all[x[key]] += 1
            (c_id if has_id else c_no)[x[key]] += 1
        print(f"\n| {key} | texts | with identifiers | without |")
        print("|---|---:|---:|---:|")
        for k in rows:
            if c_all[k]:
                print(f"| {k} | {c_all[k]} | {c_id[k]} | {c_no[k]} |")
        print(f"| **total** | {sum(c_all.values())} | {sum(c_id.values())} | {sum(c_no.values())} |")
    print(f"wrote {OUT}: {len(back)} texts, {sum(len(x['spans']) for x in back)} spans, {n_prot} protected terms, "
          f"{len(used_templates)} distinct templates used "
          f"({len({t for t in used_templates if '-id-' in t})} with identifiers, "
          f"{len({t for t in used_templates if '-no-' in t})} without)")
    table("lang", list(LANG_TOTAL))
    table("register", REGISTERS)
    tc = Counter(s["type"] for x in back for s in x["spans"])
    tl = defaultdict(Counter)
    for x in back:
        for s in x["spans"]:
            tl[x["lang"]][s["type"]] += 1
    print("\n| type | spans | " + " | ".join(LANG_TOTAL) + " |")
    print("|---|---:|" + "---:|" * len(LANG_TOTAL))
    for t in sorted(tc):
        print(f"| {t} | {tc[t]} | " + " | ".join(str(tl[l][t]) for l in LANG_TOTAL) + " |")
    nck = Counter(checksum_spans.values())
    print(f"\nchecksummed: {nck['IBAN']} IBAN (mod-97 ok), {nck['CARD']} card numbers (Luhn ok)")
    print(f"texts with >=1 protected term: {sum(bool(x['protected']) for x in back)}")
    print(f"listed exceptions to the 'every occurrence covered' rule: {len(exceptions)}")
    for e in exceptions:
        print(f"  {e[0]}: {e[1]!r} ({e[2]})")


if __name__ == "__main__":
    main()
