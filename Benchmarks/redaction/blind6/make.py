#!/usr/bin/env python3
"""Deterministic generator for the blind6 redaction test set.

Standard library only. Every name, street, number and date pattern below was
written by hand for this file; values are drawn from these hand-made pools with
random.Random(SEED). Run:  python3 make.py   -> writes blind6.jsonl next to it.
"""
import json
import os
import re
import random
import sys
import unicodedata
import datetime

SEED = 6062025
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "blind6.jsonl")

TYPES = ("NAME", "LOCATION", "DATE", "AGE", "PHONE", "EMAIL", "URL", "ID")
MARK = re.compile(r"⟦([A-Za-z]+):(.*?)⟧|⟪(.*?)⟫", re.S)


# --------------------------------------------------------------------------
# markup -> text + offsets
# --------------------------------------------------------------------------
def build(markup):
    """Walk the markup; offsets are recorded as each piece is appended."""
    parts, spans, prot, values = [], [], [], []
    pos = 0
    last = 0
    for m in MARK.finditer(markup):
        lit = markup[last:m.start()]
        parts.append(lit)
        pos += len(lit)
        if m.group(1) is not None:
            typ = m.group(1).upper()
            val = m.group(2)
            if typ not in TYPES:
                raise ValueError("bad type %r" % typ)
            spans.append({"start": pos, "end": pos + len(val), "type": typ})
            values.append(val)
        else:
            val = m.group(3)
            prot.append({"start": pos, "end": pos + len(val), "term": val})
        parts.append(val)
        pos += len(val)
        last = m.end()
    parts.append(markup[last:])
    text = "".join(parts)
    return text, spans, prot, values


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def pick(seq):
    return seq[rng.randrange(len(seq))]


def dg(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def dg1(n):
    return str(rng.randint(1, 9)) + dg(n - 1)


def fill_pat(p):
    """D -> digit, N -> non-zero digit."""
    out = []
    for ch in p:
        if ch == "D":
            out.append(str(rng.randrange(10)))
        elif ch == "N":
            out.append(str(rng.randint(1, 9)))
        else:
            out.append(ch)
    return "".join(out)


def fold(s):
    for a, b in (("ß", "ss"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "Ae"),
                 ("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("œ", "oe"),
                 ("Œ", "Oe"), ("ı", "i")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def alpha(s):
    return re.sub(r"[^A-Za-z]", "", fold(s))


def N(v):
    return "⟦NAME:%s⟧" % v


def LOC(v):
    return "⟦LOCATION:%s⟧" % v


def DT(v):
    return "⟦DATE:%s⟧" % v


def AG(v):
    return "⟦AGE:%s⟧" % v


def PH(v):
    return "⟦PHONE:%s⟧" % v


def EM(v):
    return "⟦EMAIL:%s⟧" % v


def UR(v):
    return "⟦URL:%s⟧" % v


def ID(v):
    return "⟦ID:%s⟧" % v


UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


# --------------------------------------------------------------------------
# hand-written name pools  (name:gender, gender f/m, absent = any)
# --------------------------------------------------------------------------
FIRST_RAW = {
    "irish": "Aoife:f|Siobhán:f|Niamh:f|Caoimhe:f|Gráinne:f|Róisín:f|Saoirse:f|Oisín:m|Cian:m|Pádraig:m|Eoghan:m|Tadhg:m|Donncha:m|Ciarán:m",
    "welsh": "Rhiannon:f|Gwenllian:f|Cerys:f|Angharad:f|Eleri:f|Dafydd:m|Iolo:m|Emrys:m|Gruffydd:m|Rhodri:m",
    "english": "Margaret:f|Olivia:f|Harriet:f|Beverley:f|Janice:f|Kayleigh:f|Harold:m|Connor:m|Tyler:m|Nigel:m|Graham:m|Dwayne:m",
    "word": "Rose:f|Hope:f|Grace:f|Dawn:f|Sky|Faith:f|Joy:f|Pearl:f|Ivy:f|Holly:f|Amber:f|Summer:f|Will:m|Mark:m|Bill:m|Rich:m|Frank:m|Chase:m|Hunter:m|Rusty:m|Gene:m|Jack:m|Sandy|Robin",
    "dutch": "Maarten:m|Joost:m|Bram:m|Wouter:m|Sjoerd:m|Femke:f|Sanne:f|Lieke:f|Anouk:f|Marijke:f",
    "german": "Jürgen:m|Klaus:m|Lukas:m|Matthias:m|Hans-Peter:m|Annegret:f|Hannelore:f|Friederike:f|Sabine:f|Jördis:f",
    "french": "Amélie:f|Gaëlle:f|Hélène:f|Manon:f|Maëlle:f|Théo:m|Benoît:m|Étienne:m|Loïc:m|Jean-Baptiste:m",
    "spanish": "Itziar:f|Lucía:f|Nerea:f|Rocío:f|María José:f|Jesús:m|Álvaro:m|Íñigo:m|Martín:m|José Antonio:m",
    "portuguese": "Conceição:f|Inês:f|Leonor:f|Mariana:f|Graça:f|João:m|Gonçalo:m|Tiago:m|Joaquim:m|Luís:m",
    "italian": "Chiara:f|Benedetta:f|Ilaria:f|Francesca:f|Maria Grazia:f|Giuseppe:m|Lorenzo:m|Niccolò:m|Matteo:m|Gianluca:m",
    "arabic": "Layla:f|Fatima:f|Noor:f|Amira:f|Yasmin:f|Yousef:m|Omar:m|Khalid:m|Tariq:m|Abdelrahman:m",
    "korean": "Min-jung:f|Seo-yeon:f|Hye-jin:f|Ji-woo:f|Jae-won:m|Dong-hyun:m|Ji-ho:m|Sung-min:m",
    "vietnamese": "Thị Lan:f|Thu Hằng:f|Ngọc Ánh:f|Văn Minh:m|Quang Huy:m|Đức Anh:m",
    "chinese": "Meilin:f|Yuting:f|Xiaohong:f|Xiaoming:m|Jianhua:m|Haoran:m|Zhiwei:m",
    "indian": "Priyanka:f|Lakshmi:f|Ananya:f|Sunita:f|Arjun:m|Venkatesh:m|Rohit:m|Siddharth:m",
    "nigerian": "Chinwe:f|Ngozi:f|Folasade:f|Adaeze:f|Oluwaseun|Adebayo:m|Emeka:m|Chukwuemeka:m",
    "polish": "Agnieszka:f|Małgorzata:f|Zofia:f|Katarzyna:f|Grzegorz:m|Wojciech:m|Łukasz:m|Przemysław:m",
    "scandinavian": "Sigrid:f|Åsa:f|Ingrid:f|Linnéa:f|Solveig:f|Bjørn:m|Henrik:m|Søren:m|Torbjørn:m|Åke:m",
}
LAST_RAW = {
    "irish": "Ní Bhraonáin:f|Ní Dhomhnaill:f|Ní Chonchúir:f|Ó Súilleabháin:m|Mac Giolla Phádraig:m|Ó Floinn:m|Mac Suibhne:m|Ó Dálaigh:m|O'Kelleher|McGarrigle|Breathnach|Fitzgerald-Hayes",
    "welsh": "ap Gwilym|Pritchard|Llewellyn|Bowen|Prys-Jones|Vaughan|Meredith|Cadwaladr",
    "english": "Whitfield|Pennington|Thornbury|Ashcroft|Haversham|Cartwright|Pemberton|Oakley|Duckworth|Fairbairn",
    "word": "Baker|Fisher|Stone|Moon|Brown|Bell|Hill|Wood|Lamb|Sharp|Young|King|Fox|Crane|Marsh|Field|Cook|Hart|Mason|Hunt|Rich|Frank|Page|Gold|Swift",
    "dutch": "van der Berg|de Vries-Kuipers|van Houten|Bosmans|ter Horst|van 't Veld|Verhoeven|Bakker-Smit|van Dijk-de Groot|Oosterhuis",
    "german": "Schäfer-Lindner|Großkopf|Übelacker|von Ahlefeldt|Kröger|Weißmüller|Brandstätter|Hölzl|Mayr-Kößler|Eberhardt",
    "french": "Lefèvre|Dubois-Giraud|Lemaître|Beauchêne|Garnier|de Villeneuve|Rousseau-Hébert|N'Diaye|Courtois|Desjardins",
    "spanish": "de los Santos|García-Peñalver|Ibáñez|Echeverría|del Río|Zubizarreta|Fernández de Córdoba|Muñoz|Gutiérrez Ollero|Villanueva",
    "portuguese": "Gonçalves|dos Santos Pereira|Magalhães|Araújo|Falcão|da Conceição|Brandão|Simões|Fontes Leitão",
    "italian": "De Angelis|Esposito|Bianchi-Ferraro|Lo Russo|D'Ambrosio|Quaglia|Santoro|Di Benedetto|Mazzanti",
    "arabic": "Al-Farsi|El-Masri|Haddad|bin Rashid|Al-Amin|Abu-Zaid|Al-Qahtani|Mansour|El Idrissi",
    "korean": "Park|Choi|Hwang|Jeon|Yoon|Baek",
    "vietnamese": "Nguyễn|Trần|Phạm|Lê|Đặng|Võ",
    "chinese": "Zhang|Liu|Huang|Xu|Guo|Ouyang",
    "indian": "Venkataraman|Chatterjee|Iyer|Bhattacharya|Deshpande|Reddy|Gupta|Nair",
    "nigerian": "Okonkwo|Adeyemi|Obi|Nwachukwu|Babatunde|Eze|Okafor|Ogunleye",
    "polish": "Wiśniewska:f|Grabowska:f|Żółtowska:f|Dąbrowska:f|Krzyżanowski:m|Szczepański:m|Jabłoński:m|Kowalczyk|Nowak|Wróbel",
    "scandinavian": "Lindqvist|Sørensen|Åkesson|Bjørnstad|Haugland|Kjærgaard|Sjöberg|Østergaard|Nyström|Halvorsen",
}


def _pool(s):
    out = []
    for item in s.split("|"):
        if ":" in item:
            n, g = item.rsplit(":", 1)
        else:
            n, g = item, "x"
        out.append((n, g))
    return out


FIRST = {k: _pool(v) for k, v in FIRST_RAW.items()}
LAST = {k: _pool(v) for k, v in LAST_RAW.items()}
ORIGINS = list(FIRST_RAW.keys())
MIDS = "ABCDEFGHJKLMNPRSTW"
NATIVE = {"us": ["english", "word"], "uk": ["english", "word"], "ie": ["irish"], "wls": ["welsh"],
          "de": ["german"], "at": ["german"], "ch": ["german", "french"], "fr": ["french"],
          "es": ["spanish"], "mx": ["spanish"], "ar": ["spanish", "italian"], "it": ["italian"],
          "pt": ["portuguese"], "br": ["portuguese"], "nl": ["dutch"], "se": ["scandinavian"],
          "dk": ["scandinavian"], "no": ["scandinavian"], "pl": ["polish"], "hr": ["english"]}


def person(ctx, idx):
    P = ctx["persons"]
    if idx in P:
        return P[idx]
    want = ctx["g"][idx] if idx < len(ctx["g"]) else "x"
    if want == "x":
        want = pick("fm")
    for _ in range(200):
        if str(idx) in ctx["word"]:
            origin = "word"
        elif rng.random() < 0.55:
            origin = pick(NATIVE[ctx["loc"]])
        else:
            origin = pick(ORIGINS)
        if origin == "word":
            mode = rng.randrange(3)
            fo = "english" if mode == 1 else "word"
            lo = "english" if mode == 0 else "word"
        else:
            fo = lo = origin
        fn = pick([n for n, g in FIRST[fo] if g in ("x", want)])
        ln = pick([n for n, g in LAST[lo] if g in ("x", want)])
        if any(q["fn"] == fn or q["ln"] == ln for q in P.values()):
            continue
        break
    east = origin == "vietnamese" or (origin in ("korean", "chinese") and rng.random() < 0.5)
    p = {"fn": fn, "ln": ln, "mi": pick(MIDS), "east": east, "g": want}
    P[idx] = p
    return p


def full_name(p):
    return "%s %s" % (p["ln"], p["fn"]) if p["east"] else "%s %s" % (p["fn"], p["ln"])


def last_initial(ln):
    for tok in re.split(r"[ \-]", ln):
        if tok and tok[0].isupper():
            return alpha(tok)[0].upper()
    return alpha(ln)[0].upper()


def initials(p, three=True):
    s = alpha(p["fn"])[0].upper()
    if three:
        s += p["mi"]
    return s + last_initial(p["ln"])


DOMAINS = {
    "us": ["example.com", "example.org", "redcedar-mail.com", "quillpost.net"],
    "uk": ["example.co.uk", "example.org.uk", "hedgerow-mail.co.uk", "kettlepost.com"],
    "ie": ["example.ie", "bogcotton.ie", "currachmail.com"],
    "wls": ["example.wales", "cennin-post.co.uk"],
    "de": ["example.de", "lindenpost.de", "fernmelde-mail.de"],
    "at": ["example.at", "alpenbrief.at"],
    "ch": ["example.ch", "bergpost.ch"],
    "fr": ["example.fr", "courriel-lavande.fr", "boite-bleue.fr"],
    "es": ["example.es", "correo-olivo.es", "buzonsur.es"],
    "mx": ["example.com.mx", "nopalmail.mx"],
    "ar": ["example.com.ar", "mateposta.com.ar"],
    "it": ["example.it", "postacipresso.it", "lettera-blu.it"],
    "pt": ["example.pt", "correio-sardinha.pt"],
    "br": ["example.com.br", "caixa-ipe.com.br"],
    "nl": ["example.nl", "tulpmail.nl", "grachtpost.nl"],
    "se": ["example.se", "alg-post.se"],
    "dk": ["example.dk", "havpost.dk"],
    "no": ["example.no", "fjordpost.no"],
    "pl": ["example.pl", "poczta-bursztyn.pl"],
    "hr": ["example.hr"],
}
TLD = {"us": "com", "uk": "co.uk", "ie": "ie", "wls": "cymru", "de": "de", "at": "at", "ch": "ch",
       "fr": "fr", "es": "es", "mx": "mx", "ar": "com.ar", "it": "it", "pt": "pt", "br": "com.br",
       "nl": "nl", "se": "se", "dk": "dk", "no": "no", "pl": "pl", "hr": "hr"}


def p_email(p, loc):
    if "email" not in p:
        f, l = alpha(p["fn"]).lower(), alpha(p["ln"]).lower()
        local = pick(["%s.%s" % (f, l), "%s_%s" % (f, l), f[0] + l, "%s-%s%s" % (f, l, dg(2)),
                      "%s.%s" % (l, f[0]), "%s%s%s" % (f, l[:4], dg1(2)), "%s_%s" % (l, f)])
        p["email"] = local + "@" + pick(DOMAINS[loc])
    return p["email"]


def p_handle(p):
    if "handle" not in p:
        f, l = alpha(p["fn"]).lower(), alpha(p["ln"]).lower()
        p["handle"] = pick(["%s%s%s" % (f, l, dg(2)), "%s_%s" % (f, l[:4]), "%s%s_%s" % (f[0], l, dg(2)),
                            "%s.%s" % (l, f), "the_%s_%s" % (f, l[:3]), "%s-%s" % (f, l), f + dg1(3)])
    return p["handle"]


def p_url(p, loc):
    f, l = alpha(p["fn"]).lower(), alpha(p["ln"]).lower()
    return pick(["https://www.%s%s.com" % (f, l), "https://%s-%s.net" % (f, l),
                 "www.%s%s.%s" % (l, f[0], TLD[loc]), "https://github.com/%s" % p_handle(p),
                 "https://%s%s.dev/portfolio" % (f, l), "https://www.%s-%s-photography.%s" % (f, l, TLD[loc])])


def p_file(p):
    F, Lc = alpha(p["fn"]), alpha(p["ln"])
    f, l = F.lower(), Lc.lower()
    y = rng.randint(2019, 2025)
    return pick(["scan_%s%s_%d.pdf" % (f[0], l, y), "Referral-%s%s.docx" % (F, Lc),
                 "%s_%s_CT_report.pdf" % (Lc.upper(), F.upper()), "%s-%s-bloods-%d.xlsx" % (l, f, y),
                 "discharge_%s%s.doc" % (Lc, F[0].upper()), "%s_%s_consent_form.pdf" % (F, Lc)])


def p_dluk(p):
    sur = (alpha(p["ln"]).upper() + "99999")[:5]
    y = rng.randint(1930, 1999)
    m = rng.randint(1, 12) + (50 if p["g"] == "f" else 0)
    d = rng.randint(1, 28)
    return "%s%d%02d%02d%d%s%s9%s%s" % (sur, (y // 10) % 10, m, d, y % 10, alpha(p["fn"])[0].upper(),
                                         p["mi"], pick(UP), pick(UP))


# --------------------------------------------------------------------------
# places (hand-written)  City~prefix~extra
# --------------------------------------------------------------------------
CITY_RAW = {
    "us": "Sacramento~9~CA|Tucson~8~AZ|Albuquerque~8~NM|Boise~8~ID|Raleigh~2~NC|Omaha~6~NE|Spokane~9~WA|Dayton~4~OH|Fresno~9~CA|Tulsa~7~OK",
    "uk": "Leeds~LS|Norwich~NR|Swindon~SN|Stockport~SK|Exeter~EX|Sunderland~SR|Luton~LU|Wolverhampton~WV|Ipswich~IP",
    "ie": "Tralee~V92~Kerry|Mullingar~N91~Westmeath|Letterkenny~F92~Donegal|Navan~C15~Meath|Ennis~V95~Clare|Clonmel~E91~Tipperary|Athlone~N37~Westmeath|Castlebar~F23~Mayo",
    "wls": "Aberystwyth~SY23|Llanelli~SA15|Wrexham~LL11|Bangor~LL57|Carmarthen~SA31|Pontypridd~CF37|Machynlleth~SY20|Llandudno~LL30",
    "de": "Bielefeld~33|Göttingen~37|Würzburg~97|Oldenburg~26|Regensburg~93|Chemnitz~09|Paderborn~33|Lüneburg~21",
    "at": "Wien~1|Graz~8|Linz~4|Innsbruck~6|Klagenfurt~9",
    "ch": "Zürich~8|Winterthur~8|Luzern~6|St. Gallen~9|Bern~3|Lausanne~1",
    "fr": "Clermont-Ferrand~63|Besançon~25|Angers~49|Limoges~87|Perpignan~66|Rennes~35|Saint-Étienne~42|Quimper~29",
    "es": "Valladolid~47|Logroño~26|Cáceres~10|Albacete~02|Castellón de la Plana~12|Ourense~32|Getafe~28|Badajoz~06",
    "mx": "Ciudad de México~0|Guadalajara~44|Puebla~72|Querétaro~76|Toluca~50",
    "ar": "Buenos Aires~C|Rosario~S|Córdoba~X|Mendoza~M",
    "it": "Bergamo~24~BG|Perugia~06~PG|Lecce~73~LE|Trento~38~TN|Brescia~25~BS|Parma~43~PR|Cosenza~87~CS|Udine~33~UD",
    "pt": "Braga~47|Coimbra~30|Setúbal~29|Viseu~35|Évora~70|Aveiro~38|Guimarães~48|Lisboa~11",
    "br": "São Paulo~0~SP|Campinas~13~SP|Curitiba~8~PR|Recife~5~PE|Belo Horizonte~3~MG",
    "nl": "Zwolle~80|Amersfoort~38|Leeuwarden~89|Apeldoorn~73|Tilburg~50|Dordrecht~33|Nijmegen~65|Amsterdam~10",
    "se": "Uppsala~75|Västerås~72|Örebro~70|Linköping~58|Umeå~90|Jönköping~55|Stockholm~11",
    "dk": "Aarhus C~8000|Odense C~5000|Aalborg~9000|Esbjerg~6700|Vejle~7100|Roskilde~4000|København N~2200",
    "no": "Trondheim~70|Stavanger~40|Tromsø~90|Drammen~30|Kristiansand~46|Bodø~80|Oslo~05",
    "pl": "Poznań~6|Wrocław~5|Gdańsk~80|Białystok~15|Rzeszów~35|Lublin~20|Bydgoszcz~85",
    "hr": "Zadar~23|Rijeka~51",
}
# cities whose names are ordinary words
WCITY_RAW = {
    "us": "Mobile~3~AL|Hope~7~AR|Independence~6~MO|Troy~1~NY|Temple~7~TX|Sandy~8~UT|Marion~4~OH|Lincoln~6~NE|Jackson~3~MS|Surprise~8~AZ|Liberal~6~KS|Plano~7~TX|Normal~6~IL|Eureka~9~CA|Orange~9~CA|Florence~2~SC|Victoria~7~TX|Paradise~8~NV|Buffalo~1~NY",
    "uk": "Reading~RG|Bath~BA|Chester~CH|Rugby~CV|Deal~CT|Sale~M33|Wells~BA|March~PE|Street~BA|Looe~PL|Hope~S33",
    "ie": "Trim~C15~Meath|Bray~A98~Wicklow|Rush~K56~Dublin",
    "wls": "Mold~CH7|Flint~CH6|Barry~CF62|Neath~SA11|Hay-on-Wye~HR3",
    "de": "Essen~45|Hof~95|Halle~06|Kiel~24",
    "at": "Steyr~4|Wels~4",
    "ch": "Chur~7|Sitten~1",
    "fr": "Nice~06|Orange~84|Tours~37|Sens~89|Vienne~38|Die~26|Agen~47",
    "es": "León~24|Toro~49|Mérida~06|Ronda~29|Cabra~14|Lorca~30",
    "mx": "Mérida~97|Tapachula~30",
    "ar": "Junín~B|Río Cuarto~X",
    "it": "Bra~12~CN|Sora~03~FR|Chiusi~53~SI|Fondi~04~LT",
    "pt": "Faro~80|Guarda~63|Tomar~23",
    "br": "Natal~5~RN|Palmas~7~TO",
    "nl": "Best~56|Lent~66|Ede~67|Hoorn~16",
    "se": "Mora~79|Sala~73",
    "dk": "Vejen~6600|Ry~8680",
    "no": "Moss~15|Hell~75",
    "pl": "Łódź~9|Koło~62|Brzeg~49",
    "hr": "Split~21",
}


def _cities(raw):
    out = {}
    for k, v in raw.items():
        lst = []
        for item in v.split("|"):
            bits = item.split("~")
            lst.append((bits[0], bits[1], bits[2] if len(bits) > 2 else ""))
        out[k] = lst
    return out


CITY = _cities(CITY_RAW)
WCITY = _cities(WCITY_RAW)

ST = {
    "us": ["Maple Ridge Drive", "Old Mill Road", "Cedar Hollow Lane", "Jefferson Avenue", "W 41st Street",
           "Larkspur Court", "Pinecrest Boulevard", "Sawgrass Way", "Quarry Hill Road", "Bluebonnet Trail"],
    "uk": ["Carrow Road", "Kingsway", "Ashgrove Terrace", "Tennyson Close", "Marlborough Crescent",
           "Blackthorn Mews", "Hollins Lane", "Station Approach", "Priory Gardens", "Wellfield Street"],
    "ie": ["Strand Road", "Bóthar na Trá", "Main Street", "Church View", "Harbour Row", "Ashfield Lawns",
           "Sráid an Mhuilinn", "Convent Hill"],
    "wls": ["Heol y Bryn", "Ffordd Pen-y-bont", "Stryd Fawr", "Maes y Coed", "Lôn Las", "Heol Llanbadarn",
            "Rhodfa'r Môr"],
    "de": ["Hauptstraße", "Lindenweg", "Am Mühlbach", "Kastanienallee", "Friedrich-Ebert-Straße", "Bergstraße",
           "Schillerplatz", "Hinter der Kirche", "Ulmenring"],
    "at": ["Mariahilfer Straße", "Grazer Gasse", "Wiedner Hauptstraße", "Sonnenfelsgasse", "Annenstraße"],
    "ch": ["Bahnhofstrasse", "Seefeldweg", "Rue du Marché", "Chemin des Vignes", "Dorfstrasse"],
    "fr": ["rue des Lilas", "avenue Jean-Jaurès", "boulevard de la Liberté", "impasse des Peupliers",
           "chemin du Moulin", "rue du Faubourg-Saint-Nicolas", "allée des Cerisiers"],
    "es": ["Calle Mayor", "Calle de la Luna", "Avenida de Andalucía", "Calle del Pez", "Plaza de San Roque",
           "Ronda de Segovia", "Calle Nueva"],
    "mx": ["Avenida Reforma", "Calle Insurgentes Sur", "Avenida Juárez", "Calle Durango", "Privada de los Olivos"],
    "ar": ["Av. Corrientes", "Calle Florida", "Av. Pellegrini", "Calle Belgrano"],
    "it": ["Via Garibaldi", "Via dei Mille", "Corso Vittorio Emanuele II", "Piazza San Domenico", "Viale dei Tigli",
           "Vicolo del Pozzo", "Via Roma"],
    "pt": ["Rua das Flores", "Avenida da Liberdade", "Travessa do Carmo", "Rua Dr. António Granjo",
           "Largo do Chafariz", "Rua de Cedofeita"],
    "br": ["Rua Oscar Freire", "Avenida Paulista", "Rua das Laranjeiras", "Rua Augusta", "Avenida Boa Viagem"],
    "nl": ["Prinsengracht", "Dorpsstraat", "Kerkweg", "Oude Gracht", "Burgemeester de Withstraat", "Lange Voorhout",
           "Molenstraat"],
    "se": ["Storgatan", "Drottninggatan", "Kungsvägen", "Björkstigen", "Sveavägen"],
    "dk": ["Nørrebrogade", "Vesterbrogade", "Skovvej", "Strandvejen", "Åboulevarden"],
    "no": ["Thorvald Meyers gate", "Storgata", "Bygdøy allé", "Kirkeveien", "Fjellveien"],
    "pl": ["ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Kwiatowa", "ul. Piotrkowska"],
    "hr": ["Ulica Domovinskog rata", "Put Firula"],
}
BUILD = {"uk": ["Rowan House", "The Old Forge", "Willow Court"], "wls": ["Tŷ Gwyn", "Bryn Awel", "Hafod Lon"],
         "ie": ["Harbour View", "Ard na Gréine", "Cois Abhann"]}
COLONIA = ["Juárez", "Roma Norte", "Del Valle", "Narvarte", "Condesa"]
BAIRRO = ["Jardins", "Pinheiros", "Boa Viagem", "Savassi", "Batel"]


def mk_street(loc):
    n = rng.randint(1, 240)
    nm = pick(ST[loc])
    r = rng.random()
    if loc == "us":
        s = "%d %s" % (rng.randint(10, 9899), nm)
        if r < 0.25:
            s += " Apt %d%s" % (rng.randint(1, 12), pick("ABCD"))
        elif r < 0.4:
            s += " #%d" % rng.randint(2, 120)
        elif r < 0.5:
            s += " Unit %d" % rng.randint(1, 40)
    elif loc in ("uk", "wls"):
        s = "%d %s" % (n, nm)
        if r < 0.2:
            s = "Flat %d, %s" % (rng.randint(1, 12), s)
        elif r < 0.35:
            s = "%s, %s" % (pick(BUILD[loc]), s)
        elif r < 0.45:
            s += " #%d" % rng.randint(2, 99)
    elif loc == "ie":
        s = "%d %s" % (n, nm)
        if r < 0.3:
            s = "Apt %d, %s, %s" % (rng.randint(1, 30), pick(BUILD["ie"]), s)
        elif r < 0.5:
            s = "%s, %s" % (pick(BUILD["ie"]), nm)
    elif loc in ("de", "ch"):
        s = "%s %d%s" % (nm, n, pick(["", "", "a", "b"]))
        if loc == "de" and r < 0.25:
            s += pick([", Hinterhaus", ", 3. OG", ", Whg. 12"])
    elif loc == "at":
        s = "%s %d/%d/%d" % (nm, n, rng.randint(1, 4), rng.randint(1, 20)) if r < 0.6 else "%s %d" % (nm, n)
    elif loc == "fr":
        s = "%d%s %s" % (n, pick(["", "", " bis", " ter"]), nm)
        if r < 0.3:
            s += pick([", bât. B", ", appt 12", ", escalier C"])
    elif loc == "es":
        s = "%s %d" % (nm, n)
        if r < 0.7:
            s += pick([", 3.º B", ", 2.º izda", ", bajo", ", 4.º 1.ª", ", 1.º dcha", ", portal 2, 5.º A"])
    elif loc == "mx":
        s = "%s %d%s" % (nm, n, pick(["", " Apt 2B", " Int. 5", " Depto. 301"]))
    elif loc == "ar":
        s = "%s %d%s" % (nm, rng.randint(100, 4999), pick(["", " 5.º piso", " piso 3 depto. B"]))
    elif loc == "it":
        s = "%s %d" % (nm, n) if r < 0.5 else "%s, %d" % (nm, n)
        if rng.random() < 0.3:
            s += pick([", int. 5", ", scala B", ", piano 2"])
    elif loc == "pt":
        s = "%s, %d%s" % (nm, n, pick(["", ", 2.º andar", ", 3.º Dto", ", r/c", ", 1.º Esq"]))
    elif loc == "br":
        s = "%s, %d%s" % (nm, n, pick(["", " apto 42", ", bloco B, apto 1203"]))
    elif loc == "nl":
        s = "%s %d%s" % (nm, n, pick(["", "", "-1", "A", " bis", " hs", "-II"]))
    elif loc == "se":
        s = "%s %d%s" % (nm, n, pick(["", " lgh 1102", "B"]))
    elif loc == "dk":
        s = "%s %d%s" % (nm, n, pick(["", ", 3. th", ", st. tv", ", 2. mf"]))
    elif loc == "no":
        s = "%s %d%s" % (nm, n, pick(["", "B", " H0203"]))
    elif loc == "pl":
        s = "%s %d%s" % (nm, n, pick(["", "/%d" % rng.randint(1, 60), " m. %d" % rng.randint(1, 60),
                                      " lok. %d" % rng.randint(1, 9)]))
    else:
        s = "%s %d" % (nm, n)
    return s


PCL = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "ACDEFHKNPRTVWXY"
NLL = "ABCEGHJKLMNPRTVWXZ"


def mk_pc(loc, pre):
    if loc == "us":
        return dg1(5) if rng.random() < 0.75 else "%s%s-%s" % (pre, dg(4), dg(4))
    if loc in ("uk", "wls"):
        out = pre if pre[-1].isdigit() else pre + str(rng.randint(1, 29))
        return "%s %d%s%s" % (out, rng.randint(1, 9), pick(PCL), pick(PCL))
    if loc == "ie":
        return "%s %s%s%s%s" % (pre, pick(EIR), dg(1), pick(EIR + "0123456789"), pick(EIR + "0123456789"))
    if loc in ("at", "ch"):
        return pre + dg(4 - len(pre))
    if loc in ("de", "fr", "es", "it", "mx"):
        return pre + dg(5 - len(pre))
    if loc == "pt":
        return "%s%s-%s" % (pre, dg(2), dg(3))
    if loc == "br":
        return "%s%s-%s" % (pre, dg(5 - len(pre)), dg(3))
    if loc == "ar":
        return "%s%s%s%s%s" % (pre, dg1(4), pick(UP), pick(UP), pick(UP))
    if loc == "nl":
        return "%s%s %s%s" % (pre, dg(2), pick(NLL), pick(NLL))
    if loc == "se":
        x = pre + dg(3)
        return "%s %s" % (x[:3], x[3:])
    if loc == "dk":
        return pre
    if loc == "no":
        return pre + dg(2)
    if loc == "pl":
        x = pre + dg(5 - len(pre))
        return "%s-%s" % (x[:2], x[2:])
    return pre + "000"


def addr_parts(ctx, idx, loc, word):
    key = ("addr", idx, loc, word)
    C = ctx["cache"]
    if key in C:
        return C[key]
    pool = WCITY[loc] if word else CITY[loc]
    used = [v["city"] for k, v in C.items() if k[0] == "addr"]
    choices = [c for c in pool if c[0] not in used] or pool
    city, pre, extra = pick(choices)
    parts = {"street": mk_street(loc), "city": city, "pc": mk_pc(loc, pre), "extra": extra,
             "colonia": pick(COLONIA), "bairro": pick(BAIRRO)}
    C[key] = parts
    return parts


def fmt_addr(a, loc):
    s, c, pc, x = LOC(a["street"]), LOC(a["city"]), LOC(a["pc"]), a["extra"]
    if loc == "us":
        return "%s, %s, %s %s" % (s, c, x, pc)
    if loc in ("uk", "wls"):
        return "%s, %s %s" % (s, c, pc)
    if loc == "ie":
        return "%s, %s, Co. %s, %s" % (s, c, LOC(x), pc)
    if loc == "it":
        return "%s, %s %s (%s)" % (s, pc, c, x)
    if loc == "mx":
        return "%s, Col. %s, C.P. %s, %s" % (s, LOC(a["colonia"]), pc, c)
    if loc == "br":
        return "%s, %s, %s - %s, CEP %s" % (s, LOC(a["bairro"]), c, x, pc)
    return "%s, %s %s" % (s, pc, c)


HOSP = {
    "us": ["St. Agatha's Medical Center", "Mount Carmel Regional Hospital", "Lincoln Park Family Clinic",
           "Brackenridge Memorial Hospital", "St. Jude Thaddeus Clinic", "Cedar Falls Community Hospital",
           "Mercy Hospital of Spokane Valley", "Dr. Okafor Pediatrics"],
    "uk": ["St Winifred's Hospital", "Royal Ashford Infirmary", "Kingsbridge Medical Practice",
           "Harrowfield Road Surgery", "Thornbury Lane Health Centre", "St Aldhelm's Hospice",
           "Queen Adelaide Hospital"],
    "ie": ["St. Colmcille's Hospital", "Ballymore Health Centre", "St. Brigid's Community Nursing Unit",
           "Knocknagree Family Practice", "Our Lady of Knock Hospital"],
    "wls": ["Ysbyty Glan Tywi", "Llandeilo Health Centre", "Ysbyty Dewi Sant", "Penrhos Surgery",
            "St Teilo's Community Hospital"],
    "de": ["Klinikum Mönchsberg", "St. Elisabeth-Krankenhaus", "Praxis Dr. Hülsmann", "Kreisklinik Bad Wiesental",
           "Marien-Hospital Oberkassel", "Evangelisches Krankenhaus Lindenau"],
    "at": ["Landesklinikum Hochwald", "Krankenhaus der Barmherzigen Brüder St. Veit", "Ordination Dr. Pichler"],
    "ch": ["Kantonsspital Oberaargau", "Klinik St. Anna am Rosenberg", "Spital Limmattal-Nord"],
    "fr": ["Hôpital Saint-Roch de Valmont", "Clinique Sainte-Odile", "CHU de Montreval",
           "Centre hospitalier de Vierzon-Sud", "Maison de santé de Plougastel"],
    "es": ["Hospital San Rafael de Alcora", "Clínica Santa Teresa", "Centro de Salud Villaverde Alto",
           "Hospital Universitario Virgen de la Vega", "Consultorio Doctor Esquerdo"],
    "mx": ["Hospital San Ángel del Valle", "Clínica Santa Fe de Querétaro", "Centro Médico Doctor Lavista"],
    "ar": ["Sanatorio San Cayetano", "Clínica Santa Isabel de Palermo"],
    "it": ["Ospedale San Gerardo di Montelupo", "Casa di Cura Villa Fiorita", "Policlinico Sant'Agostino",
           "Ambulatorio Santa Lucia di Borgo Nuovo", "Ospedale Maggiore di Valverde"],
    "pt": ["Hospital de São Bento da Ribeira", "Centro de Saúde de Alvalade", "Clínica de Santo Amaro",
           "Unidade de Saúde Familiar Foz do Douro", "Hospital Dr. Lopes Mendes"],
    "br": ["Hospital São Lucas da Vila Mariana", "Clínica Santa Helena de Pinheiros", "UBS Jardim Aurora"],
    "nl": ["Sint Gerardus Ziekenhuis", "Huisartsenpraktijk Oosterpark", "Ziekenhuis Rivierenland Zaltbommel",
           "Sint Jozef Kliniek Venray", "Gezondheidscentrum De Vaart Almere"],
    "se": ["Sankt Eriks vårdcentral", "Vårdcentralen Hässelby", "Länssjukhuset i Kalmarsund"],
    "dk": ["Lægehuset i Valby", "Sankt Lukas Hospice", "Regionshospitalet Silkeborg"],
    "no": ["Legesenteret på Majorstuen", "Sankt Olavs legekontor", "Sykehuset Innlandet Hamar"],
    "pl": ["Szpital Świętej Anny w Miechowie", "Przychodnia na Mokotowie", "Szpital Miejski w Elblągu"],
    "hr": ["Bolnica Sveti Duje"],
}

# --------------------------------------------------------------------------
# phones
# --------------------------------------------------------------------------
US_AREA = ["212", "312", "415", "503", "614", "713", "919", "208", "405", "402"]
PHONE_PAT = {
    "uk": (["020 7946 0DDD", "0161 496 0DDD", "0113 496 0DDD", "0117 496 0DDD"], ["07700 900DDD"],
           ["+44 20 7946 0DDD", "+44 7700 900DDD"]),
    "wls": (["029 2018 0DDD", "01970 6DDDDD"], ["07700 900DDD"], ["+44 29 2018 0DDD", "+44 7700 900DDD"]),
    "ie": (["(01) 6DD DDDD", "021 4DD DDDD", "066 71 DDDDD"], ["083 DDD DDDD", "085 DDD DDDD", "087 DDD DDDD"],
           ["+353 1 6DD DDDD", "+353 86 DDD DDDD"]),
    "de": (["030 NDDDDDDD", "089/NDDDD-DDD", "0521 NDDDDD"], ["0151 NDDDDDDD", "0171 NDDDDDD"],
           ["+49 30 NDDDDDDD", "+49 171 NDDDDDD"]),
    "at": (["01 NDDDDDD", "0316 NDDDDD"], ["0664 NDDDDDD"], ["+43 1 NDDDDDD", "+43 664 NDDDDDD"]),
    "ch": (["044 NDD DD DD", "031 NDD DD DD"], ["079 NDD DD DD"], ["+41 44 NDD DD DD", "+41 79 NDD DD DD"]),
    "fr": (["01 DD DD DD DD", "02 DD DD DD DD", "04.DD.DD.DD.DD"], ["06 DD DD DD DD", "07 DD DD DD DD"],
           ["+33 1 DD DD DD DD", "+33 6 DD DD DD DD"]),
    "es": (["91D DDD DDD", "983 DD DD DD"], ["6DD DDD DDD", "6DD DD DD DD"], ["+34 91D DDD DDD", "+34 6DD DDD DDD"]),
    "mx": (["55 DDDD DDDD"], ["33 DDDD DDDD"], ["+52 55 DDDD DDDD"]),
    "ar": (["(011) DDDD-DDDD"], ["11 15-DDDD-DDDD"], ["+54 9 11 DDDD-DDDD"]),
    "it": (["06 DDDD DDDD", "02 DDDDDDDD", "035 DDD DDD"], ["3DD DDD DDDD"], ["+39 06 DDDD DDDD", "+39 3DD DDDDDDD"]),
    "pt": (["21 DDD DDDD", "239 DDD DDD"], ["91D DDD DDD", "96D DDD DDD"], ["+351 21 DDD DDDD", "+351 91D DDD DDD"]),
    "br": (["(11) NDDD-DDDD"], ["(11) 9DDDD-DDDD"], ["+55 11 9DDDD-DDDD"]),
    "nl": (["020 NDD DDDD", "010 - NDD DD DD", "038-NDDDDDD"], ["06-NDDDDDDD", "06 ND DD DD DD"],
           ["+31 20 NDD DDDD", "+31 6 NDDDDDDD"]),
    "se": (["08-NDD DDD DD", "018-ND DD DD"], ["070-NDD DD DD"], ["+46 8 NDD DDD DD", "+46 70 NDD DD DD"]),
    "dk": (["3D DD DD DD", "8D DD DD DD"], ["2D DD DD DD"], ["+45 3D DD DD DD", "+45 2D DD DD DD"]),
    "no": (["22 DD DD DD"], ["4DD DD DDD", "9DD DD DDD"], ["+47 22 DD DD DD", "+47 4DD DD DDD"]),
    "pl": (["22 NDD DD DD", "61 NDD DD DD"], ["6DD DDD DDD", "5DD DDD DDD"], ["+48 22 NDD DD DD", "+48 6DD DDD DDD"]),
    "hr": (["021 NDD DDD"], ["091 NDD DDDD"], ["+385 21 NDD DDD"]),
}


def mk_phone(loc, kind):
    if loc == "us":
        a = pick(US_AREA)
        x = "01" + dg(2)
        if kind == "intl":
            return "+1 %s 555 %s" % (a, x)
        return pick(["(%s) 555-%s" % (a, x), "%s-555-%s" % (a, x), "%s.555.%s" % (a, x)])
    land, mob, intl = PHONE_PAT[loc]
    return fill_pat(pick({"land": land, "mob": mob, "intl": intl}[kind]))


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
CARDS, IBANS = [], []


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def mk_card():
    prefix = pick(["4", "4", "4", "51", "53", "55", "2221", "37"])
    length = 15 if prefix == "37" else 16
    body = prefix + dg(length - 1 - len(prefix))
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    CARDS.append(num)
    if length == 15:
        return "%s %s %s" % (num[:4], num[4:10], num[10:])
    sep = pick([" ", " ", "-", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


IBAN_SPEC = {"DE": ("", 18), "AT": ("", 16), "CH": ("", 17), "FR": ("", 23), "ES": ("", 20),
             "IT": ("L", 22), "PT": ("", 21), "NL": ("B", 10), "GB": ("G", 14), "IE": ("I", 14),
             "SE": ("", 20), "DK": ("", 14), "NO": ("", 11), "PL": ("", 24), "BE": ("", 12)}
BANKS = {"B": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"], "G": ["NWBK", "BARC", "LOYD", "MIDL"],
         "I": ["AIBK", "BOFI", "IPBS"]}
LOC2CC = {"de": "DE", "at": "AT", "ch": "CH", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL",
          "uk": "GB", "wls": "GB", "ie": "IE", "se": "SE", "dk": "DK", "no": "NO", "pl": "PL", "us": "GB",
          "mx": "ES", "ar": "ES", "br": "PT", "hr": "DE"}


def iban_valid(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def mk_iban(loc):
    cc = LOC2CC[loc]
    kind, n = IBAN_SPEC[cc]
    if kind == "L":
        bban = pick(UP) + dg(n)
    elif kind in BANKS:
        bban = pick(BANKS[kind]) + dg(n)
    else:
        bban = dg(n)
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    iban = "%s%02d%s" % (cc, 98 - num % 97, bban)
    assert iban_valid(iban)
    IBANS.append(iban)
    if rng.random() < 0.8:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def mk_ssn():
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def mk_nhs():
    while True:
        d = [rng.randrange(10) for _ in range(9)]
        r = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        r = 0 if r == 11 else r
        if r != 10:
            s = "".join(map(str, d)) + str(r)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def mk_ni():
    a = pick("ABCEGHJKLMNPRSTWXYZ")
    b = pick("ABCEGHJKLMNPRSTWXYZ")
    s = dg(6)
    suf = pick("ABCD")
    if rng.random() < 0.5:
        return "%s%s %s %s %s %s" % (a, b, s[:2], s[2:4], s[4:], suf)
    return "%s%s%s%s" % (a, b, s, suf)


def mk_ppsn():
    d = [rng.randrange(10) for _ in range(7)]
    sec = pick(["", "", "A", "W"])
    tot = sum(x * (8 - i) for i, x in enumerate(d)) + (9 * (ord(sec) - 64) if sec and sec != "W" else 0)
    return "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23] + sec


def mk_dni():
    n = rng.randint(10000000, 99999999)
    return "%d%s%s" % (n, pick(["", "", "-"]), "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def mk_nie():
    k = rng.randrange(3)
    body = dg(7)
    return "%s%s%s" % ("XYZ"[k], body, "TRWAGMYFPDXBNJZSQVHLCKE"[int(str(k) + body) % 23])


def mk_nir():
    sex = pick("12")
    s = sex + "%02d%02d%02d%03d%03d" % (rng.randint(30, 99), rng.randint(1, 12), rng.randint(1, 95),
                                        rng.randint(1, 990), rng.randint(1, 999))
    key = 97 - int(s) % 97
    return "%s %s %s %s %s %s %02d" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], key)


def mk_cf():
    cons = "BCDFGHLMNPRSTVZ"
    return "".join(pick(cons) for _ in range(6)) + dg(2) + pick("ABCDEHLMPRST") + "%02d" % rng.randint(1, 71) \
        + pick("ABCDEFGHLM") + dg1(3) + pick(UP)


def mk_nif():
    while True:
        d = [pick([1, 2])] + [rng.randrange(10) for _ in range(7)]
        r = 11 - sum(x * (9 - i) for i, x in enumerate(d)) % 11
        c = 0 if r >= 10 else r
        return "".join(map(str, d)) + str(c)


def mk_cpf():
    d = [rng.randrange(10) for _ in range(9)]
    for w in (10, 11):
        s = sum(x * (w - i) for i, x in enumerate(d))
        d.append((s * 10 % 11) % 10)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def mk_bsn():
    while True:
        d = [rng.randint(1, 9)] + [rng.randrange(10) for _ in range(7)]
        r = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if r < 10:
            return "".join(map(str, d)) + str(r)


def mk_pnr():
    y, m, dd = rng.randint(1925, 1999), rng.randint(1, 12), rng.randint(1, 28)
    nine = "%02d%02d%02d%s" % (y % 100, m, dd, dg(3))
    for c in "0123456789":
        if luhn_ok(nine + c):
            break
    if rng.random() < 0.5:
        return "%d%02d%02d-%s%s" % (y, m, dd, nine[6:], c)
    return "%s-%s%s" % (nine[:6], nine[6:], c)


def mk_cpr():
    return "%02d%02d%02d-%s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(25, 99), dg(4))


def mk_fnr():
    while True:
        d = [int(x) for x in "%02d%02d%02d%s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(25, 99), dg(3))]
        k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        d.append(k2)
        s = "".join(map(str, d))
        return s if rng.random() < 0.6 else "%s %s" % (s[:6], s[6:])


def mk_pesel():
    y, m, dd = rng.randint(1925, 2004), rng.randint(1, 12), rng.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    d = [int(x) for x in "%02d%02d%02d%s" % (y % 100, mm, dd, dg(4))]
    s = sum(a * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def mk_ahv():
    d = [7, 5, 6] + [rng.randrange(10) for _ in range(9)]
    c = (10 - sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10
    s = "".join(map(str, d)) + str(c)
    return "%s.%s.%s.%s" % (s[:3], s[3:7], s[7:11], s[11:])


PASS_AL = "CFGHJKLMNPRTVWXYZ0123456789"


def mk_persoid():
    return pick("LMNPRTVWXY") + "".join(pick(PASS_AL) for _ in range(8))


def mk_passport(loc):
    if loc in ("us", "uk", "wls", "dk"):
        return dg1(9)
    if loc == "ie":
        return pick(["PA", "PB", "LH"]) + dg(7)
    if loc in ("de", "at", "ch"):
        return pick("CFGHJK") + "".join(pick(PASS_AL) for _ in range(8))
    if loc == "fr":
        return dg(2) + pick(UP) + pick(UP) + dg(5)
    if loc in ("es", "mx", "ar"):
        return pick(["PAA", "PAB", "XDA"]) + dg(6)
    if loc == "it":
        return pick(["YA", "YB", "AA"]) + dg(7)
    if loc in ("pt", "br"):
        return pick(["CB", "FZ", "P"]) + dg(6)
    if loc == "nl":
        return pick(["NX", "NP", "BR"]) + "".join(pick("CFHJKLMNPRTVWXYZ0123456789") for _ in range(7))
    if loc == "pl":
        return pick(UP) + pick(UP) + dg(7)
    return dg1(8)


def mk_plate(loc):
    if loc in ("uk", "wls"):
        return "%s%s%02d %s%s%s" % (pick(UP), pick(UP), rng.randint(2, 74), pick(UP), pick(UP), pick(UP))
    if loc == "ie":
        return "%d-%s-%d" % (rng.choice([151, 182, 201, 212, 231, 242]), pick(["D", "C", "G", "KY", "WW", "MH"]),
                             rng.randint(100, 99999))
    if loc == "de":
        return "%s-%s%s %d" % (pick(["B", "M", "HH", "BI", "WÜ", "OL"]), pick(UP), pick(UP), rng.randint(1, 9999))
    if loc == "at":
        return "%s-%d%s%s" % (pick(["W", "G", "L", "I"]), rng.randint(10, 9999), pick(UP), pick(UP))
    if loc == "ch":
        return "%s %d" % (pick(["ZH", "BE", "LU", "SG"]), rng.randint(1000, 999999))
    if loc == "fr":
        return "%s%s-%03d-%s%s" % (pick(UP), pick(UP), rng.randint(1, 999), pick(UP), pick(UP))
    if loc == "es":
        cons = "BCDFGHJKLMNPRSTVWXYZ"
        return "%04d %s%s%s" % (rng.randint(0, 9999), pick(cons), pick(cons), pick(cons))
    if loc == "it":
        return "%s%s %03d %s%s" % (pick(UP), pick(UP), rng.randint(0, 999), pick(UP), pick(UP))
    if loc == "pt":
        return "%s%s-%02d-%s%s" % (pick(UP), pick(UP), rng.randint(0, 99), pick(UP), pick(UP))
    if loc == "nl":
        return pick(["%s%s-%03d-%s" % (pick(UP), pick(UP), rng.randint(1, 999), pick(UP)),
                     "%d-%s%s%s-%d" % (rng.randint(1, 99), pick(UP), pick(UP), pick(UP), rng.randint(1, 9))])
    if loc == "se":
        return "%s%s%s %02d%s" % (pick(UP), pick(UP), pick(UP), rng.randint(0, 99), pick(UP + "0123456789"))
    if loc == "dk":
        return "%s%s %02d %03d" % (pick(UP), pick(UP), rng.randint(10, 99), rng.randint(0, 999))
    if loc == "no":
        return "%s%s %05d" % (pick(UP), pick(UP), rng.randint(10000, 99999))
    if loc == "pl":
        return "%s %s" % (pick(["WA", "PO", "KR", "GD", "LU"]), dg1(5))
    return "%d%s%s%s%03d" % (rng.randint(1, 9), pick(UP), pick(UP), pick(UP), rng.randint(0, 999))


def mk_mrn():
    return pick(["00" + dg(6), "H" + dg1(7), "%s-%s-%s" % (dg1(4), dg(3), dg(1)), "K%s-%s" % (dg(2), dg(6)),
                 dg1(8), "RX" + dg1(6)])


def mk_ip():
    if rng.random() < 0.15:
        return "2a02:%x:%x:%x::%x" % (rng.randint(4096, 65535), rng.randint(4096, 65535),
                                      rng.randint(4096, 65535), rng.randint(16, 4095))
    return "%d.%d.%d.%d" % (pick([81, 86, 92, 109, 151, 176, 185, 203, 212, 217]), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(1, 254))


VIN_AL = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


# --------------------------------------------------------------------------
# numbers, dates, ages in words
# --------------------------------------------------------------------------
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_num(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + en_num(n % 100))


def en_year(y):
    hi, lo = divmod(y, 100)
    if 2000 <= y < 2010:
        return "two thousand" + ("" if lo == 0 else " " + ONES[lo])
    if lo == 0:
        return en_num(hi) + " hundred"
    return en_num(hi) + " " + ("oh " + ONES[lo] if lo < 10 else en_num(lo))


ORDW = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
ORDW += ["twenty-" + x for x in ORDW[:8]]


def sfx(d):
    if d in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


MON = {
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
    "plnom": "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
}
MON = {k: v.split() for k, v in MON.items()}

AGEW = {
    "en": ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
           "ninety-seven", "ninety-eight", "ninety-nine"],
    "de": ["neunzig", "einundneunzig", "zweiundneunzig", "dreiundneunzig", "vierundneunzig", "fünfundneunzig",
           "sechsundneunzig", "siebenundneunzig", "achtundneunzig", "neunundneunzig"],
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
    "no": ["nitti", "nittien", "nittito", "nittitre", "nittifire", "nittifem", "nittiseks", "nittisju",
           "nittiåtte", "nittini"],
    "pl": ["dziewięćdziesiąt", "dziewięćdziesiąt jeden", "dziewięćdziesiąt dwa", "dziewięćdziesiąt trzy",
           "dziewięćdziesiąt cztery", "dziewięćdziesiąt pięć", "dziewięćdziesiąt sześć", "dziewięćdziesiąt siedem",
           "dziewięćdziesiąt osiem", "dziewięćdziesiąt dziewięć"],
}

DIGW = {
    "en": ONES[:10],
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
}
PLUS = {"en": "plus", "de": "plus", "fr": "plus", "es": "más", "it": "più", "nl": "plus", "pt": "mais"}
MAILW = {"en": ("at", "dot", "underscore", "dash"), "de": ("at", "punkt", "unterstrich", "bindestrich"),
         "fr": ("arobase", "point", "tiret bas", "tiret"), "es": ("arroba", "punto", "guion bajo", "guion"),
         "it": ("chiocciola", "punto", "trattino basso", "trattino"),
         "nl": ("apenstaartje", "punt", "underscore", "streepje"), "pt": ("arroba", "ponto", "underline", "hífen")}


def speak_digits(ds, lang):
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        if lang == "en" and i + 1 < len(ds) and ds[i + 1] == d and (i + 2 >= len(ds) or ds[i + 2] != d) \
                and rng.random() < 0.5:
            out.append("double " + ("oh" if d == "0" else ONES[int(d)]))
            i += 2
            continue
        if lang == "en":
            out.append("oh" if d == "0" and rng.random() < 0.6 else ONES[int(d)])
        else:
            out.append(DIGW[lang][int(d)])
        i += 1
    return " ".join(out)


def speak_phone(num, lang):
    pre = PLUS[lang] + " " if num.startswith("+") else ""
    return pre + speak_digits(re.sub(r"\D", "", num), lang)


def speak_email(addr, lang):
    at, dot, us, dash = MAILW[lang]
    out = []
    for tok in re.findall(r"[a-z]+|\d|[@._-]", addr):
        out.append({"@": at, ".": dot, "_": us, "-": dash}.get(tok) or
                   (DIGW[lang][int(tok)] if tok.isdigit() else tok))
    return " ".join(out)


def rand_ymd(kind):
    y = {"dob": (1926, 2004), "recent": (2021, 2025), "shift": (2060, 2098), "month": (2015, 2025),
         "dict": (1965, 2025)}[kind]
    return rng.randint(*y), rng.randint(1, 12), rng.randint(1, 28)


DMY_SLASH = ("uk", "ie", "wls", "fr", "es", "mx", "ar", "it", "pt", "br", "hr")
DMY_DOT = ("de", "at", "ch", "dk", "no", "pl")


def num_date(loc, y, m, d):
    r = rng.random()
    if r < 0.12:
        return "%d-%02d-%02d" % (y, m, d)
    if r < 0.16:
        return "%d/%02d/%02d" % (y, m, d)
    if loc == "us":
        return pick(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100),
                     "%02d-%02d-%d" % (m, d, y)])
    if loc in DMY_SLASH:
        return pick(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%d/%d/%02d" % (d, m, y % 100),
                     "%02d-%02d-%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)])
    if loc in DMY_DOT:
        opts = ["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%02d.%02d.%02d" % (d, m, y % 100)]
        if loc == "dk":
            opts.append("%d/%d-%d" % (d, m, y))
        return pick(opts)
    if loc == "nl":
        return pick(["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y)])
    if loc == "se":
        return pick(["%d-%02d-%02d" % (y, m, d), "%d/%d %d" % (d, m, y), "%02d%02d%02d" % (y % 100, m, d)])
    return "%d-%02d-%02d" % (y, m, d)


def word_date(lang, y, m, d, with_year=None):
    wy = rng.random() < 0.6 if with_year is None else with_year
    if lang == "en":
        M = MON["en"][m - 1]
        if wy:
            return pick(["%d %s %d" % (d, M, y), "%s %d, %d" % (M, d, y), "%s %d%s %d" % (M, d, sfx(d), y),
                         "%d %s %d" % (d, M[:3], y)])
        return pick(["%s %d%s" % (M, d, sfx(d)), "%d%s %s" % (d, sfx(d), M), "%s %d" % (M, d)])
    M = MON[lang][m - 1]
    if lang == "de":
        return "%d. %s %d" % (d, M, y) if wy else "%d. %s" % (d, M)
    if lang in ("da", "no"):
        return "%d. %s %d" % (d, M, y) if wy else "%d. %s" % (d, M)
    if lang in ("es", "pt"):
        return "%d de %s de %d" % (d, M, y) if wy else "%d de %s" % (d, M)
    if lang == "fr":
        dd = "1er" if d == 1 else str(d)
        return "%s %s %d" % (dd, M, y) if wy else "%s %s" % (dd, M)
    if lang == "it":
        dd = "1º" if d == 1 else str(d)
        return "%s %s %d" % (dd, M, y) if wy else "%s %s" % (dd, M)
    return "%d %s %d" % (d, M, y) if wy else "%d %s" % (d, M)


def month_year(lang, y, m):
    if lang == "en":
        return pick(["%s %d" % (MON["en"][m - 1], y), "%s %d" % (MON["en"][m - 1][:3], y)])
    if lang in ("es", "pt"):
        return "%s de %d" % (MON[lang][m - 1], y)
    if lang == "pl":
        return "%s %d" % (MON["plnom"][m - 1], y)
    return "%s %d" % (MON[lang][m - 1], y)


# --------------------------------------------------------------------------
# slot generators: f(ctx, idx, loc) -> markup
# --------------------------------------------------------------------------
def P_(ctx, i):
    return person(ctx, i)


def g_fn(c, i, l): return N(P_(c, i)["fn"])
def g_ln(c, i, l): return N(P_(c, i)["ln"])
def g_full(c, i, l): return N(full_name(P_(c, i)))


def g_fullm(c, i, l):
    p = P_(c, i)
    return N(full_name(p)) if p["east"] else N("%s %s %s" % (p["fn"], p["mi"], p["ln"]))


def g_fulld(c, i, l):
    p = P_(c, i)
    return N(full_name(p)) if p["east"] else N("%s %s. %s" % (p["fn"], p["mi"], p["ln"]))


def g_lf(c, i, l):
    p = P_(c, i)
    return "%s, %s" % (N(p["ln"]), N(p["fn"]))


def g_lfm(c, i, l):
    p = P_(c, i)
    return "%s, %s" % (N(p["ln"]), N("%s %s" % (p["fn"], p["mi"])))


def g_ini(c, i, l): return N(initials(P_(c, i), rng.random() < 0.7))
def g_inilow(c, i, l): return N(initials(P_(c, i), rng.random() < 0.5).lower())
def g_idot(c, i, l): p = P_(c, i); return N("%s. %s" % (p["fn"][0], p["ln"]))
def g_lnlow(c, i, l): return N(alpha(P_(c, i)["ln"]).lower())
def g_handle(c, i, l): return N(p_handle(P_(c, i)))
def g_email(c, i, l): return EM(p_email(P_(c, i), c["loc"]))
def g_semail(c, i, l): return EM(speak_email(p_email(P_(c, i), c["loc"]).lower(), c["base"]))
def g_url(c, i, l): return UR(p_url(P_(c, i), c["loc"]))
def g_file(c, i, l): return ID(p_file(P_(c, i)))
def g_spell(c, i, l): return N(" ".join(alpha(P_(c, i)["ln"]).lower()))
def g_tag(c, i, l): return N(initials(P_(c, i), False) + dg1(2))
def g_dluk(c, i, l): return ID(p_dluk(P_(c, i)))


def g_street(c, i, l): return LOC(addr_parts(c, i, l, False)["street"])
def g_city(c, i, l): return LOC(addr_parts(c, i, l, False)["city"])
def g_pc(c, i, l): return LOC(addr_parts(c, i, l, False)["pc"])
def g_county(c, i, l): return LOC(addr_parts(c, i, l, False)["extra"])
def g_addr(c, i, l): return fmt_addr(addr_parts(c, i, l, False), l)
def g_wcity(c, i, l): return LOC(addr_parts(c, i, l, True)["city"])
def g_waddr(c, i, l): return fmt_addr(addr_parts(c, i, l, True), l)
def g_hosp(c, i, l):
    used = [v for k, v in c["cache"].items() if k[0] == "hospv"]
    h = pick([x for x in HOSP[l] if x not in used] or HOSP[l])
    c["cache"][("hospv", i, l)] = h
    return LOC(h)


def g_sstreet(c, i, l):
    return LOC("%s %s" % (en_num(rng.randint(1, 199)), pick(ST[l]).lower()))


def g_phone(c, i, l): return PH(mk_phone(l, pick(["land", "land", "mob", "intl"])))
def g_mobile(c, i, l): return PH(mk_phone(l, pick(["mob", "mob", "intl"])))
def g_phonei(c, i, l): return PH(mk_phone(l, "intl"))


def g_sphone(c, i, l):
    return PH(speak_phone(mk_phone(l, pick(["mob", "mob", "land"])), c["base"]))


def g_ext(c, i, l):
    if l == "us":
        return "%s ext. %s" % (PH(mk_phone("us", "land")), PH(str(rng.randint(10, 999))))
    return "%s ext %s" % (PH(mk_phone(l, "land")), PH(str(rng.randint(100, 4999))))


def g_extc(c, i, l): return PH("%s-555-01%sx%d" % (pick(US_AREA), dg(2), rng.randint(10, 999)))
def g_pager(c, i, l): return PH(dg1(pick([4, 5])))


def seq_date(c, kind, i):
    """Index 0 draws a date; higher indexes of the same kind come later (admit < discharge, DD < DT)."""
    key = ("seq", kind)
    if key not in c["cache"]:
        c["cache"][key] = datetime.date(*rand_ymd(kind))
    base = c["cache"][key]
    if i == 0:
        return base
    lo, hi = {"shift": (2, 25), "dict": (0, 3), "recent": (7, 90), "month": (90, 700)}[kind]
    return base + datetime.timedelta(days=rng.randint(lo, hi) * i)


def ymd_of(dt):
    return dt.year, dt.month, dt.day


def g_date(c, i, l): return DT(num_date(l, *rand_ymd("recent")))
def g_dob(c, i, l): return DT(num_date(l, *rand_ymd("dob")))
def g_shdate(c, i, l):
    ymd = ymd_of(seq_date(c, "shift", i))
    while True:   # shifted de-identification dates always keep the four-digit year
        s = num_date(l, *ymd)
        if re.search(r"20[6-9]\d", s):
            return DT(s)
def g_wdate(c, i, l): return DT(word_date(c["base"], *ymd_of(seq_date(c, "recent", i))))
def g_wdob(c, i, l): return DT(word_date(c["base"], *rand_ymd("dob"), with_year=True))


def g_odate(c, i, l):
    y, m, d = rand_ymd("recent")
    return DT("%s of %s" % (ORDW[d - 1], MON["en"][m - 1]))


def g_mdate(c, i, l):
    y, m, d = ymd_of(seq_date(c, "month", i))
    return DT(month_year(c["base"], y, m))


def g_ddate(c, i, l):
    y, m, d = ymd_of(seq_date(c, "dict", i))
    if l == "us":
        return DT("%02d/%02d/%02d" % (m, d, y % 100))
    if l in DMY_DOT:
        return DT("%02d.%02d.%02d" % (d, m, y % 100))
    return DT("%02d/%02d/%02d" % (d, m, y % 100))


def g_sdate(c, i, l):
    y, m, d = rand_ymd("dob")
    s = "%s of %s" % (ORDW[d - 1].replace("-", " "), MON["en"][m - 1].lower())
    if rng.random() < 0.7:
        s += " " + en_year(y)
    return DT(s)


def g_age(c, i, l): return AG(str(rng.randint(90, 104)))
def g_agew(c, i, l): return AG(AGEW[c["base"]][rng.randint(0, 9)])
def g_sage(c, i, l): return AG(en_num(rng.randint(90, 104)))


def g_mrn(c, i, l): return ID(mk_mrn())
def g_acct(c, i, l): return ID(dg1(8) if l in ("uk", "wls", "ie") else dg1(pick([8, 10, 11, 12])))
def g_acctlast(c, i, l): return ID(dg(4))
def g_sort(c, i, l): return ID("%s-%s-%s" % (dg1(2), dg(2), dg(2)))
def g_iban(c, i, l): return ID(mk_iban(l))
def g_card(c, i, l): return ID(mk_card())
def g_cardlast(c, i, l): return ID(dg(4))
def g_ssn(c, i, l): return ID(mk_ssn())
def g_ssnlast(c, i, l): return ID(dg(4))
def g_nhs(c, i, l): return ID(mk_nhs())
def g_ni(c, i, l): return ID(mk_ni())
def g_ppsn(c, i, l): return ID(mk_ppsn())
def g_dni(c, i, l): return ID(mk_dni())
def g_nie(c, i, l): return ID(mk_nie())
def g_nir(c, i, l): return ID(mk_nir())
def g_cf(c, i, l): return ID(mk_cf())
def g_nif(c, i, l): return ID(mk_nif())
def g_cpf(c, i, l): return ID(mk_cpf())
def g_bsn(c, i, l): return ID(mk_bsn())
def g_pnr(c, i, l): return ID(mk_pnr())
def g_cpr(c, i, l): return ID(mk_cpr())
def g_fnr(c, i, l): return ID(mk_fnr())
def g_pesel(c, i, l): return ID(mk_pesel())
def g_ahv(c, i, l): return ID(mk_ahv())
def g_persoid(c, i, l): return ID(mk_persoid())
def g_kvnr(c, i, l): return ID(pick(UP) + dg1(9))
def g_cni(c, i, l): return ID("".join(pick(UP + "0123456789") for _ in range(9)))
def g_cie(c, i, l): return ID("C%s%s%s%s%s" % (pick(UP), dg(5), pick(UP), pick(UP), ""))
def g_cc(c, i, l): return ID("%s %s %s%s%s" % (dg1(8), dg(1), pick(UP), pick(UP), dg(1)))
def g_dniar(c, i, l): x = dg1(8); return ID("%s.%s.%s" % (x[:2], x[2:5], x[5:]))
def g_curp(c, i, l):
    return ID("".join(pick(UP) for _ in range(4)) + "%02d%02d%02d" % (rng.randint(30, 99), rng.randint(1, 12),
              rng.randint(1, 28)) + pick("HM") + pick(["JC", "DF", "NL", "PL"]) +
              "".join(pick("BCDFGHJKLMNPRSTVZ") for _ in range(3)) + pick(UP) + dg(1))
def g_dowod(c, i, l): return ID("%s%s%s%s" % (pick(UP), pick(UP), pick(UP), dg(6)))
def g_kontonr(c, i, l): return ID("%s.%s.%s" % (dg1(4), dg(2), dg(5)))
def g_passport(c, i, l): return ID(mk_passport(l))
def g_plate(c, i, l): return ID(mk_plate(l))
def g_plateuk(c, i, l): return ID(mk_plate("uk"))
def g_dlus(c, i, l): return ID(pick(["%s%s" % (pick(UP), dg(7)), "%s%s-%s-%s" % (pick(UP), dg(3), dg(4), dg(4))]))
def g_permis(c, i, l): return ID(dg1(12))
def g_ip(c, i, l): return ID(mk_ip())
def g_serial(c, i, l): return ID("%s-%s-%s%s" % (pick(["PMX", "ICD", "SN", "CGM"]), dg1(4), pick(UP), dg(2)))
def g_vin(c, i, l): return ID("".join(pick(VIN_AL) for _ in range(17)))
def g_plan(c, i, l):
    return ID(pick(["%s%s" % (dg1(9), pick("ABCDM")), "%s%s%s%s" % (pick(UP), pick(UP), dg1(7), pick(UP)),
                    "MBR-%s-%s" % (dg1(8), pick(UP)), "%s %s %s%s" % (dg1(4), dg(4), dg(2), pick(UP))]))
def g_case(c, i, l): return ID(pick(["INC" + dg1(7), "CASE-%d-%s" % (rng.randint(2021, 2025), dg1(5)),
                                      "%s-%s-%s%s" % (dg(2), dg1(4), pick(UP), pick(UP))]))
def g_cust(c, i, l): return ID(dg1(pick([8, 9])))
def g_job(c, i, l): return ID(dg1(6))
def g_doc(c, i, l): return ID(dg1(7))
def g_acc(c, i, l): return ID("ACC-%s-%s" % (dg(2), dg1(6)))
def g_cheque(c, i, l): return ID(dg1(6))
def g_rx(c, i, l): return ID("RX-" + dg1(8))
def g_policy(c, i, l): return ID(pick(["POL-" + dg1(7), "%s.%s.%s" % (dg1(2), dg(3), dg(3))]))
def g_permit(c, i, l): return ID("PV-%s" % dg1(6))
def g_sacct(c, i, l): return ID(speak_digits(dg1(8), "en"))
def g_ssort(c, i, l): return ID(speak_digits(dg1(2) + dg(4), "en"))


GEN = {k[2:]: v for k, v in list(globals().items()) if k.startswith("g_") and callable(v)}
SLOT = re.compile(r"\{([a-z_]+?)(\d?)(?:@([a-z]+))?\}")


def fill(tpl, ctx):
    def rep(m):
        name, idx, loc = m.group(1), int(m.group(2) or 0), m.group(3) or ctx["loc"]
        key = ("slot", name, idx, loc)
        if key not in ctx["cache"]:
            if name not in GEN:
                raise KeyError("unknown slot {%s}" % name)
            ctx["cache"][key] = GEN[name](ctx, idx, loc)
        return ctx["cache"][key]
    return SLOT.sub(rep, tpl)


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------
DEFLOC = {"en": "us", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt", "sv": "se",
          "da": "dk", "no": "no", "pl": "pl", "en-IE": "ie", "en-WLS": "wls"}
TEMPLATES = []   # identifier templates
FREE = []        # identifier-free texts (one template each)


def T(lang, reg, text, loc=None, g="", word="", caps=False, lower=False, exc=(), nmax=3):
    TEMPLATES.append({"lang": lang, "reg": reg, "text": text, "loc": loc or DEFLOC[lang], "g": g,
                      "word": "0" if word is True else word, "caps": caps, "lower": lower,
                      "exc": list(exc), "nmax": nmax if SLOT.search(text) else 1})


def F(lang, reg, text):
    FREE.append({"lang": lang, "reg": reg, "text": text})


# ===================== English identifier templates =======================
E = "en"
# chat requests to an assistant
T(E, "chat", "Can you draft a polite email to my landlord, {full}, asking when the boiler at {street}, {city} is getting fixed? His email is {email}.", g="m")
T(E, "chat", "Please summarise this for my sister {fn}: she saw Dr {ln1} on {wdate} about her ⟪atrial fibrillation⟫ and has to start ⟪apixaban⟫ tonight.", g="f", loc="uk")
T(E, "chat", "Write a short birthday poem for my grandmother {fn}. She turns {age} on {wdate} and still does the crossword in pen!", g="f", word=True)
T(E, "chat", "I need a cover letter for a staff nurse post at {hosp}. My details: {full}, {phone}, {email}, portfolio {url}.")
T(E, "chat", "Translate into Spanish please: \"My name is {full} and I live at {addr}.\"")
T(E, "chat", "How should I reply to {fullm} (@{handle} on LinkedIn)? He asked if I'm free on the {odate} for a coffee chat.", g="m")
T(E, "chat", "my mum {full} is {age} and keeps forgetting her ⟪donepezil⟫, are weekly pill organisers any good?", g="f", lower=True, loc="uk")
T(E, "chat", "Can you tidy this reference list into APA style? {lf}; {lf1}; {lf2} (2021). Sleep and shift work in ICU nurses.")
T(E, "chat", "what's a good present for a {age}-year-old? it's for my great-aunt {fn} in {wcity}", lower=True, g="f", word=True)
T(E, "chat", "We're moving from {wcity} to {wcity1} in the summer. How do I get the kids' vaccination records transferred? They're {fn} and {fn1}.")
T(E, "chat", "Is it a problem that my website {url} shows I live on {street}? I only meant to list {city}.")
T(E, "chat", "Can you check this W-9 for mistakes? Name: {full}. SSN: {ssn}. Address: {addr}.")
T(E, "chat", "My driving licence number {dluk} still shows my old address in {city}. How do I update it with the DVLA?", loc="uk")
T(E, "chat", "Got a parking charge for {plateuk} outside {hosp} on {date}. The registered keeper is my partner {full}. Worth appealing?", loc="uk")
T(E, "chat", "Rewrite this more formally: 'hey {fn}, can u send the ⟪MRI⟫ report to {email1} by {wdate}, cheers {fn1}'", word="1")
T(E, "chat", "Help me plan a trip: I fly into {wcity@hr} on {wdate} and then take the ferry. My friend {full} is meeting me at the port.")
T(E, "chat", "Explain this letter to me simply: it says my father {full}, {age}, has ⟪aortic stenosis⟫ and needs a ⟪TAVI⟫ at {hosp}.", g="m")
T(E, "chat", "Make a packing list for my trip to see {fn} {ln} in {wcity}. She has ⟪coeliac disease⟫, so gluten-free snacks please.", g="f", word=True)
T(E, "chat", "Can you write an 'About me' blurb for my photography site {url}? I'm {full}, based in {wcity}, and I mostly shoot weddings.", word=True)
T(E, "sms", "new portfolio is live: {url} tell {fn1} to have a look!! x")
T(E, "typo", "hi, i forgott my pasword, my usernme is {handle} and emial {email}, can u reset it plz")
T(E, "typo", "my granmother {full} is {age} and shes in {hosp} sinse tuesday, can i vist her tonite?", g="f")
# kiosk chat
T(E, "kiosk", "Hi, I'm here for a 10:40 appointment with Dr {ln1}. Name {full}, date of birth {dob}.")
T(E, "kiosk", "Checking in my dad, {lf}. He's {agew} and his hospital number is {mrn}. Where is the ⟪echocardiogram⟫ room?", g="m")
T(E, "kiosk", "Where do I pick up the ⟪amoxicillin⟫ prescribed for my son {fn}? Prescription ref {rx}.", g="m", word=True)
T(E, "kiosk", "kiosk won't find me. surname {ln}, first name {fn}, postcode {pc}", loc="uk", lower=True)
T(E, "kiosk", "My letter says {hosp}, Outpatients B, on {wdate} at 2:15pm. Am I in the right building?")
T(E, "kiosk", "I'm visiting {full} on Ward 9, I'm her nephew {fn1}. She's {age} and very hard of hearing, can staff be told?", g="fm")
T(E, "kiosk", "Self check-in: {lfm}\tDOB {dob}\tInsurance member ID {plan}", word=True)
# SMS
T(E, "sms", "Hi {fn}, it's {fn1} from {hosp}. Your ⟪MRI⟫ has moved to {wdate}, 08:15. Reply YES to confirm or call {phone}.")
T(E, "sms", "running late!! tell {fn} to meet me outside {street} instead x", lower=True, loc="uk", word=True)
T(E, "sms", "{fn} the plumber's number is {mobile}, he's called {fn1} {ln1}, say I sent you", g="xm", word="1")
T(E, "sms", "Mum's new address: {addr}. Landline {phone}. Don't lose it this time!", loc="uk")
T(E, "sms", "Landed in {wcity}! Staying with {fn} at {street}, ring me on {mobile} if the train's cancelled", word=True)
T(E, "sms", "Reminder {idot}: ⟪flu vaccine⟫ clinic at {hosp}, {date} 9:30am. To cancel call {phone}.", loc="uk")
T(E, "sms", "can you grab {fn}'s ⟪salbutamol⟫ inhaler from the chemist, it's under {full} dob {dob}", lower=True, loc="uk")
# e-mails
T(E, "email", "Subject: Reference for {full}\n\nDear Ms {ln1},\n\nI am happy to recommend {fn}, who worked on our ward from {mdate} to {mdate1}. She can be reached at {email}.\n\nKind regards,\n{full2}\n{phone}", g="ff", loc="uk")
T(E, "email", "Subject: Wrong email on my account\n\nHello, my account number is {acct} and your invoice dated {date} went to {email1}, which is not mine. Please use {email} instead.\n\nThanks, {full}")
T(E, "email", "Hi all, attaching {file} and {file1} for Thursday's MDT. First patient {idot}, {age}F, known ⟪Crohn's disease⟫ on ⟪infliximab⟫.", g="f")
T(E, "email", "Dear Dr {ln},\n\nThank you for seeing {full1} ({dob}) in clinic today. Please copy all letters to her GP, Dr {ln2} at {hosp}.\n\nBest wishes,\n{fulld}", g="xf")
T(E, "email", "Hi, please call our office on {ext} and ask for {fn}. Our fax is {phone1}. Thanks!")
T(E, "email", "Out of office: I am away until {wdate}. For urgent matters please contact {full} at {email} or {phonei}.")
T(E, "email", "IT ticket {case}: user {handle} ({full}) was locked out after sign-ins from {ip} and {ip1} within ten minutes.")
T(E, "email", "Hi {fn},\nAs promised, the scan is attached ({file}). Let me know if {fn1} needs the ⟪ECG⟫ too.\n{fn2}")
T(E, "email", "Dear {full},\nYour ⟪mortgage⟫ offer for {addr} is ready. Please bring your passport ({passport}) to the branch before {wdate}.\nUnderwriting team", loc="uk")
T(E, "email", "Travel booking for {lfm}: passport {passport}, expiry {date}. Seat request: aisle, history of ⟪deep vein thrombosis⟫.")
T(E, "email", "Hello {fn}, our direct line changed. Reach me on {extc} or at {email1}. Best, {full1}", word="0")
# web forms
T(E, "webform", "Name:\t{lf}\nDOB:\t{dob}\nAddress:\t{addr}\nPhone:\t{phone}\nEmail:\t{email}")
T(E, "webform", "First name:\t{fn}\nSurname:\t{ln}\nNHS number:\t{nhs}\nGP practice:\t{hosp}\nReason for visit:\t⟪asthma⟫ review", loc="uk")
T(E, "webform", "Full legal name:\t{fullm}\nSSN:\t{ssn}\nDriver license:\t{dlus}\nState:\tTX\nZIP:\t{pc}")
T(E, "webform", "Contact us\nYour name: {fn}\nYour email: {email}\nMessage: hi, could someone at the {wcity} branch call me back on {phone}? It's about a ⟪standing order⟫", word=True)
T(E, "webform", "Patient registration\nSurname:\t{ln}\nForename(s):\t{fn}\nDate of birth:\t{dob}\nNext of kin:\t{full1} ({mobile})\nAllergies:\t⟪penicillin⟫", loc="uk")
T(E, "webform", "Visitor sign-in\tName: {full}\tCar reg: {plateuk}\tVisiting: Ward 12\tTime in: 14:05", loc="uk")
T(E, "webform", "Account holder:\t{full}\nCard number:\t{card}\nBilling ZIP:\t{pc}\nPhone:\t{phone}")
T(E, "webform", "Username:\t{handle}\nRecovery email:\t{email}\nLast login IP:\t{ip}\nDisplay name:\t{fn}")
# clinical notes
T(E, "clinical_note", "Patient:\t{lf}\tMRN:\t{mrn}\tAdmit:\t{shdate}\nAttending:\tDr {ln1}\n\n{age} y/o F with ⟪COPD⟫ exacerbation, on ⟪salbutamol⟫ nebs. Lives alone at {street}, {city}.", g="f")
T(E, "clinical_note", "Pt {idot} seen in ED {date}. ⟪Glasgow Coma Scale⟫ 14. CT head NAD. Discussed with daughter {fn1} {ln1} on {phone}.\n\n{fullm2}, M.D.", g="xf")
T(E, "clinical_note", "Wound check today. Dressing changed, no signs of infection, ⟪flucloxacillin⟫ stopped. Plan review Friday.\n{full}, MD, pager {pager}")
T(E, "clinical_note", "HPI: {agew}-year-old man from {wcity} with two days of ⟪urinary retention⟫. Lives with wife {fn1}. Denies fever.", g="mf")
T(E, "clinical_note", "Admission date:\t{shdate}\nDischarge date:\t{shdate1}\nPatient:\t{full}\tAge:\t{age}\nPCP:\tDr. {fullm1} ({hosp})")
T(E, "clinical_note", "Clinic note {shdate}: {fn} {ln} reviewed. ⟪HbA1c⟫ 58. Continue ⟪metformin⟫ 1 g BD. Next review {mdate}. Seen with {ini1}.", loc="uk")
T(E, "clinical_note", "Device check: pacemaker serial {serial}, patient {lf}, interrogated {shdate}. Battery 7 yrs. No ⟪ventricular tachycardia⟫ episodes.")
T(E, "clinical_note", "Neuro: ⟪Babinski sign⟫ negative bilaterally. Pt ({ln}, {age}M) oriented x3. Son {fn1} at bedside, contact {phone}.", g="mm")
T(E, "clinical_note", "Social work note: {full} ({age}) lives at {addr}. Home help 3x/day. Daughter {full1} holds lasting power of attorney.", loc="uk", g="xf")
T(E, "clinical_note", "Telemetry alarms overnight, reviewed by {ini}. Pt {ln1}, {fn1}: ⟪sinus bradycardia⟫ 48, asymptomatic. Cardiology aware (ext. {pager}).")
# dictation
T(E, "dictation", "DD: {ddate}\nDT: {ddate1}\n{ini}:{lnlow1}\nJob #{job}\ncc: Dr. {ln2}")
T(E, "dictation", "Dictated by: {fulld}, M.D.\nTranscribed by: {tag1}\nDD: {ddate} DT: {ddate1}\nRe: {lf2}")
T(E, "dictation", "This is Dr {ln} dictating a clinic letter for {full1}, hospital number {mrn}, date of birth {dob}. ⟪Parkinson's disease⟫ diagnosed {mdate}. Full stop. New paragraph.", loc="uk")
T(E, "dictation", "{ini}/{inilow1}\nD: {ddate}\nT: {ddate1}\nDoc #: {doc}\nEnc: {acc}")
T(E, "dictation", "Operative note dictated by {fullm}, MD. Patient {lf1}. Procedure: ⟪laparoscopic appendectomy⟫. DD {ddate}. {tag2}")
# discharge summaries
T(E, "discharge", "DISCHARGE SUMMARY\nName: {full}\tMRN: {mrn}\nAdmitted: {shdate}\tDischarged: {shdate1}\nDiagnosis: ⟪community-acquired pneumonia⟫\nDischarged to daughter {fn1}'s home, {addr}.", g="xf")
T(E, "discharge", "Discharge summary for {fullm}, {age}M. Uncomplicated course. Meds on discharge: ⟪furosemide⟫ 40 mg OD, ⟪ramipril⟫ 2.5 mg. GP: Dr {idot1}, {hosp}. Copy sent to {email1}.", loc="uk", g="m")
T(E, "discharge", "Discharge: {agew}-year-old woman admitted {wdate} with ⟪Addisonian crisis⟫. Hydrocortisone titrated. Follow-up in endocrine clinic, {hosp}, {wdate1}.", g="f")
T(E, "discharge", "Discharge summary\tPatient: {lf}\tDOB: {dob}\nProcedure: ⟪Whipple procedure⟫ on {shdate}\nSurgeon: {full1}, FRCS\nNext of kin: {full2}, {phone}", loc="uk")
# referral letters
T(E, "referral", "Dear Colleague,\n\nRe: {full}, DOB {dob}, NHS No {nhs}\n{addr}\n\nI would be grateful if you could see this {age}-year-old gentleman with suspected ⟪Hodgkin lymphoma⟫.\n\nYours sincerely,\nDr {full1}\n{hosp}", g="m", loc="uk")
T(E, "referral", "Referral to physiotherapy: {lf}, {dob}. Tel {phone}. Reason: rehab after ⟪total knee replacement⟫. Referring clinician: {ini1}.")
T(E, "referral", "Re: Mrs {fn} {ln} ({dob}). Please note her new address {addr} and mobile {mobile}.", g="f", loc="uk", word=True)
T(E, "referral", "Urgent referral from {hosp} to {hosp1}: {fullm}, {age}, ⟪Guillain-Barré syndrome⟫ suspected. Call the registrar on {phone}.")
# nurse handovers
T(E, "handover", "Bed 4 – {full}, {age}, ⟪NSTEMI⟫, on ⟪heparin⟫ infusion, APTT due 22:00. Son {fn1} visiting; number on the board ({phone}).", g="xm", loc="uk")
T(E, "handover", "handover: bay 2 {ln} ({fn}) still nbm for ⟪laparoscopic cholecystectomy⟫ tomorrow, consent signed, husband {fn1} aware. bed 3 empty", lower=True, g="fm", loc="uk")
T(E, "handover", "SBAR. S: {idot}, {age}F, sats dropping. B: ⟪heart failure⟫. A: bibasal crackles. R: review by {fn1} (reg) bleep {pager}.", g="f", loc="uk")
T(E, "handover", "Night handover: side room 1, {full} ({dob}), MRSA swab pending, ⟪Barthel index⟫ 40, wife {fn1} staying overnight.", g="mf")
T(E, "handover", "Bed 11, {lf}: {agew}, confused overnight, ⟪delirium⟫ screen sent. Family ({full1}) asked to bring in glasses.")
# triage, ALL CAPS
T(E, "triage", "{age}M BIBA FROM {street}, {city}. FALL ?NOF. PMH ⟪atrial fibrillation⟫ ON ⟪warfarin⟫. NOK {full1} {phone}", caps=True, g="m")
T(E, "triage", "triage {date} 03:12 pt {lf} dob {dob} c/o chest pain 2/24, ⟪gcs⟫ 15, allergic to ⟪penicillin⟫", caps=True)
T(E, "triage", "{agew} yo f from {hosp}, ?sepsis, gp dr {ln1}, dnacpr in notes", caps=True, g="f")
T(E, "triage", "rta, passenger in {plateuk}, {age}f, ⟪hip fracture⟫ suspected, husband {full1} en route {mobile}", caps=True, loc="uk", g="fm")
# bank teller notes
T(E, "bank_teller", "Customer {full} presented passport {passport} to withdraw £2,500 from account {acct}, sort code {sort}. Signature matched. Teller {ini1}.", loc="uk")
T(E, "bank_teller", "Cust phoned re ⟪standing order⟫ to {full1}, IBAN {iban@de}. ID&V passed on DOB {dob} and postcode {pc}.", loc="uk")
T(E, "bank_teller", "Note: {lf} wants to close her ⟪ISA⟫ and move funds to the joint account with {fn1} {ln}. Cheque no. {cheque} stopped.", g="f", loc="uk")
T(E, "bank_teller", "Power of attorney registered for {full} ({age}). Attorney: {full1}, {addr1}. Debit card ending {cardlast} cancelled.", loc="uk")
T(E, "bank_teller", "Fraud flag: card {card} used from IP {ip} in {wcity}. Customer {fn} {ln} says it was not her transaction; replacement card to {addr}.", g="f")
T(E, "bank_teller", "Walk-in: {full}, member no. {cust}, asked about a ⟪home equity line of credit⟫. Prefers calls at {phone} after 5pm.", word=True)
T(E, "bank_teller", "Vulnerable customer marker added for {fullm} ({age}) at request of son {fn1}. Home branch: {wcity}.", g="xm")
# bank chat
T(E, "bank_chat", "Hi, I'm {full} and my ⟪overdraft⟫ limit dropped overnight. Account ending {acctlast}, online ID {handle}.")
T(E, "bank_chat", "can u change my address to {addr} pls, acct {acct}, name on the account {full}", lower=True, loc="uk")
T(E, "bank_chat", "I paid the wrong IBAN ({iban@es}) on {wdate}. Can you recall it? It was meant for {full1}.")
T(E, "bank_chat", "My husband {fn1} passed away on {wdate}. How do I move his ⟪mortgage⟫ into my name? I'm {full}, customer number {cust}.", g="fm", loc="uk")
T(E, "bank_chat", "Why was my ⟪direct debit⟫ to the gym refused? Card {card}, name {idot}.", word=True)
T(E, "bank_chat", "Need a ⟪chargeback⟫: seller {handle1} never sent the item. My email is {email}, phone {phone}.")
# voice transcripts
T(E, "voice", "hi yeah my name is {full} that's {spell} and my number is {sphone} and email is {semail}", lower=True)
T(E, "voice", "im calling about my mother {full} shes {sage} and her date of birth is the {sdate} and shes on ⟪warfarin⟫", lower=True, g="f")
T(E, "voice", "account number {sacct} sort code {ssort} and the name on it is {fn} {ln}", lower=True, loc="uk")
T(E, "voice", "um im at {sstreet} in {wcity} my dad fell and hes {sage} please hurry", lower=True)
T(E, "voice", "yes its {fn} calling back for doctor {ln1} you can reach me on {sphone} after six", lower=True, loc="uk", word=True)
# typos
T(E, "typo", "helo, my nmae is {full} and i ned to chnage my appoitment on {date} with dr {ln1}. ph {phone}")
T(E, "typo", "SSN endng {ssnlast}, acount nmber {acct}, pls chek why my ⟪direct debit⟫ bounced")
T(E, "typo", "recieved a leter adressed to {full1} at my adress {street}, we dont no them, shud i send it back?", loc="uk")
T(E, "typo", "pateint {lf} complanes of ⟪migraine⟫ for 3 days, dob {dob}, mum {fn1} calld twice", g="xf")
# deliberate exceptions (see README)
T(E, "clinical_note", "Mr ⟦NAME:Baker⟧ ({age}): ultrasound confirms a ⟪Baker's cyst⟫ behind the left knee. For aspiration on {wdate}.", exc=["Baker"])
T(E, "clinical_note", "Seen by Dr ⟦NAME:Bell⟧ today, who confirmed ⟪Bell's palsy⟫ in {full}; ⟪prednisolone⟫ started {date}.", exc=["Bell"])
T(E, "chat", "Reading group for carers: {fn} from ⟦LOCATION:Reading⟧ says reading aloud helps her dad with ⟪Alzheimer's disease⟫. Any book ideas?", loc="uk", g="f", exc=["Reading"])
T(E, "sms", "Text my mobile, not the landline: {phone}. It's {full} in ⟦LOCATION:Mobile⟧, AL.", exc=["Mobile"])
T(E, "clinical_note", "Mr ⟦NAME:Parkinson⟧, {age}, given a new diagnosis of ⟪Parkinson's disease⟫ today; daughter {fn1} present.", exc=["Parkinson"], g="mf")

# ===================== Irish-English and Welsh-English =====================
IE = "en-IE"
T(IE, "chat", "Could you help me write to Revenue? My PPS number is {ppsn} and I'm {full}, living at {addr}.")
T(IE, "sms", "Hiya {fn}, Mam's been in {hosp} since {wdate}, visiting's 2 to 8. Ring {mobile} if you're coming down from {city}")
T(IE, "clinical_note", "Pt:\t{lf}\tMRN:\t{mrn}\tDOB:\t{dob}\nGP: Dr {ln1}, {hosp}\n{age}F, ⟪Parkinson's disease⟫, 3 falls since Christmas.", g="f")
T(IE, "bank_teller", "Customer {full} lodged €400 cash, IBAN {iban}. Eircode on file {pc}, phone {phone}.")
T(IE, "kiosk", "Here for the ⟪colonoscopy⟫ list, name's {full}, address {waddr}. Came up on the early bus.")
W = "en-WLS"
T(W, "referral", "Re: {full}, {addr}. Please see this {age}-year-old farmer with ⟪Bell's palsy⟫ since {wdate}. Welsh-speaking; daughter {fn1} on {mobile}.", g="mf")
T(W, "chat", "Can you translate 'pen-blwydd hapus' for {fn}'s card? She's moved to {wcity} and she turns {age} next week!", g="f")
T(W, "handover", "Bay 3: {full} ({age}), from {city}, ⟪COPD⟫, son {fn1} on {mobile}. Prefers Welsh.", g="xm")
T(W, "webform", "Name:\t{lf}\nAddress:\t{addr}\nPreferred language:\tCymraeg\nGP:\t{hosp}\nPhone:\t{phone}")

# ===================== German =====================
D = "de"
T(D, "chat", "Kannst du mir eine E-Mail an {full} formulieren? Ich möchte den Termin am {wdate} absagen. Ihre Adresse ist {email}.", g="f")
T(D, "webform", "Name:\t{lf}\nGeburtsdatum:\t{dob}\nAnschrift:\t{addr}\nTelefon:\t{phone}\nVersichertennummer:\t{kvnr}")
T(D, "clinical_note", "Pat.:\t{full}\tGeb.:\t{dob}\tFall-Nr.:\t{mrn}\n{age}-jährige Patientin mit ⟪Vorhofflimmern⟫, Aufnahme über die Notaufnahme. Tochter {fn1} informiert.", g="ff")
T(D, "bank_teller", "Kundin {full} richtet einen ⟪Dauerauftrag⟫ an {full1} ein, IBAN {iban}, erstmals zum {date}. Personalausweis {persoid} geprüft.", g="f")
T(D, "sms", "Hallo {fn}, dein Paket liegt bei {fn1} {ln1}, {street}. Ruf kurz an: {mobile}")
T(D, "discharge", "Entlassungsbrief\nPatient: Herr {full}, geb. {dob}\nAufnahme: {shdate}, Entlassung: {shdate1}\nDiagnose: ⟪Morbus Crohn⟫\nWeiterbehandlung: {hosp}, {city}", g="m")
T(D, "triage", "{age}J m, sturz zu hause ({addr}), ⟪marcumar⟫, tochter {fn1} {phone}", caps=True, g="mf")
T(D, "bank_chat", "Hallo, meine ⟪Lastschrift⟫ wurde doppelt abgebucht. Kontoinhaberin {full}, Kundennummer {cust}, Karte endet auf {cardlast}.", g="f")
T(D, "voice", "ja hallo hier ist {full} meine nummer ist {sphone} und die mail ist {semail}", lower=True)
T(D, "referral", "Überweisung an {hosp}: Frau {ln}, {agew} Jahre alt, ⟪Parkinson-Krankheit⟫, zunehmende Stürze. Wohnhaft {addr}.", loc="at", g="f")
T(D, "chat", "Wie kündige ich meine Hausratversicherung? Police-Nr. {policy}, Versicherungsnehmer {full}, {addr}.", loc="ch", g="m")
T(D, "dictation", "Diktat Dr. {ln}, {ddate}, geschrieben von {tag1}\nBetr.: {lf2}, geb. {dob}\n⟪Glasgow-Koma-Skala⟫ bei Aufnahme 13.")
T(D, "handover", "Übergabe Zi. 7: Hr. {ln}, {age}, ⟪Pneumonie⟫, ⟪Ceftriaxon⟫ seit {date}. Ehefrau {fn1} ruft abends an ({phone}).", g="mf")
T(D, "kiosk", "Guten Tag, ich bin {full} und habe um 9:30 einen Termin in der ⟪Endoskopie⟫. Geboren am {wdob}.")
T(D, "bank_teller", "Kfz-Finanzierung: {full}, Kennzeichen {plate}, Fahrgestell-Nr. {vin}, Rate per ⟪Lastschrift⟫ vom Konto {iban}.")
T(D, "chat", "Kannst du meinen Lebenslauf prüfen? Kopfzeile: {full}, {email}, {url}, {mobile}.")
T(D, "typo", "hallo, ich bin {full}, meine kontonumer ist {iban}, warum wurde die ⟪lastschrift⟫ nich abgebucht??")
T(D, "email", "Betreff: Befund {fn} {ln}\n\nLiebe Kollegin,\nanbei {file} zur {age}-jährigen Patientin aus {wcity}. AHV-Nr. {ahv}.\n\nGruß\n{full1}", loc="ch", g="f")

# ===================== French =====================
FR = "fr"
T(FR, "chat", "Peux-tu m'aider à écrire un mot à Mme {ln} ? Mon fils {fn1} a rendez-vous le {wdate} à {hosp}.", g="fm")
T(FR, "webform", "Nom :\t{ln}\nPrénom :\t{fn}\nNé(e) le :\t{dob}\nAdresse :\t{addr}\nTél. :\t{phone}\nN° de sécurité sociale :\t{nir}")
T(FR, "clinical_note", "Mme {ln}, {agew} ans, ⟪maladie d'Alzheimer⟫ évoluée, chute au domicile ({street}, {city}). Fille ({fn1}) prévenue.", g="ff")
T(FR, "sms", "coucou {fn} je suis chez {fn1} au {street}, rappelle-moi au {mobile} bisous", lower=True)
T(FR, "bank_teller", "Client {full}, compte n° {acct}, demande un ⟪virement permanent⟫ vers l'IBAN {iban}. CNI {cni} vérifiée.", g="m")
T(FR, "email", "Objet : dossier {case}\n\nBonjour Docteur {ln},\n\nJe vous adresse Mme {full1}, née le {wdob}, pour avis concernant une ⟪maladie de Crohn⟫.\n\nBien confraternellement,\nDr {full2}\n{hosp}\n{phone}", g="xf")
T(FR, "discharge", "Compte rendu d'hospitalisation : M. {full}, {age} ans, entré le {shdate}, sorti le {shdate1}. Diagnostic : ⟪embolie pulmonaire⟫. Relais par ⟪apixaban⟫.", g="m")
T(FR, "handover", "Transmissions ch. 12 : Mme {ln} ({fn}), {age} ans, ⟪insuffisance cardiaque⟫, fille joignable au {phone}.", g="f")
T(FR, "voice", "bonjour c'est {full} mon numéro c'est le {sphone} et mon mail c'est {semail}", lower=True)
T(FR, "kiosk", "Bonjour, je viens pour ma mère {full}, rendez-vous en radiologie le {wdate}. Elle arrive de {wcity} en taxi.", g="f")
T(FR, "triage", "f {age} ans, chute, sous ⟪avk⟫, adressée par dr {ln1} ({city}), tél fils {mobile}", caps=True, g="f")
T(FR, "bank_chat", "Bonjour, mon ⟪prélèvement⟫ a été rejeté. Je suis {full}, carte {card}, né le {dob}.", g="m")
T(FR, "email", "Bonjour, suite à l'accrochage du {wdate} sur le parking de {hosp}, voici mes coordonnées : {full}, véhicule {plate}, permis n° {permis}, tél. {mobile}.")
T(FR, "referral", "Cher confrère, je vous adresse {full} ({dob}), domicilié {addr}, pour bilan d'une ⟪maladie de Basedow⟫. Tél. {phone}.", loc="ch", g="m")

# ===================== Spanish =====================
S = "es"
T(S, "chat", "¿Me ayudas a escribir una carta para {full}? Vive en {addr} y su cumpleaños es el {wdate}.")
T(S, "webform", "Nombre:\t{fn}\nApellidos:\t{ln}\nDNI:\t{dni}\nFecha de nacimiento:\t{dob}\nTeléfono:\t{phone}\nCorreo:\t{email}")
T(S, "clinical_note", "Paciente de {agew} años, ⟪enfermedad de Parkinson⟫ avanzada. Acude con su hijo {fn1}. NHC {mrn}. Vive en {wcity}.", g="xm")
T(S, "bank_chat", "Hola, quiero anular una ⟪domiciliación⟫ de la cuenta {iban}, titular {full}.")
T(S, "sms", "{fn} te espero en {street}, sube que está abierto. Si no, llama al {mobile}")
T(S, "email", "Estimado Sr. {ln}:\n\nLe confirmo la cita del {wdate} en {hosp}. Dirección: {addr}. Tel. {phone}.\n\nAtentamente,\n{full1}", loc="mx", g="m")
T(S, "chat", "che, ¿cómo saco turno en el hospital? soy {full}, DNI {dniar}, vivo en {addr}", loc="ar", lower=True)
T(S, "handover", "Relevo cama 7: Sr. {full}, {age} años, ⟪neumonía⟫ basal derecha, ⟪levofloxacino⟫ desde el {date}. Avisar a su hija {fn1} ({phone}).", g="mf")
T(S, "triage", "varón {age} años, disnea, ⟪insuficiencia cardíaca⟫ conocida, vive solo en {street}, {city}", caps=True)
T(S, "voice", "hola soy {full} mi teléfono es el {sphone} y mi correo {semail}", lower=True)
T(S, "bank_teller", "Cliente {full} con NIE {nie} solicita información sobre ⟪hipoteca⟫ a tipo fijo. Tel. {mobile}.")
T(S, "referral", "Remito a {full}, nacida el {wdob}, de {age} años, al servicio de neurología de {hosp} por sospecha de ⟪síndrome de Guillain-Barré⟫.", g="f")
T(S, "webform", "Paciente:\t{lf}\nCURP:\t{curp}\nDomicilio:\t{addr}\nCelular:\t{mobile}", loc="mx")
T(S, "typo", "ola, me yamo {full} y kiero kambiar la sita del {date}, mi telefono es {mobile}")
T(S, "bank_chat", "Mi tienda online {url} no recibe pagos con tarjeta. Soy {full}, cuenta {iban}.")
T(S, "sms", "Multa de tráfico: vehículo {plate}, titular {full}. Pague antes del {wdate} o llame al {phone}.")

# ===================== Italian =====================
I = "it"
T(I, "chat", "Puoi scrivere un biglietto di auguri per nonna {fn}? Compie {agew} anni il {wdate}.", g="f")
T(I, "webform", "Cognome:\t{ln}\nNome:\t{fn}\nCodice fiscale:\t{cf}\nData di nascita:\t{dob}\nIndirizzo:\t{addr}")
T(I, "clinical_note", "Paziente:\t{lf}\tCartella n.\t{mrn}\nSig.ra di {age} anni con ⟪morbo di Parkinson⟫, ricoverata il {shdate}.", g="f")
T(I, "bank_teller", "Il cliente {full} chiede un ⟪bonifico⟫ a favore di {full1}, IBAN {iban}. Documento: carta d'identità {cie}.", g="m")
T(I, "sms", "ciao {fn} sono da {fn1} in {street}, chiamami al {mobile} quando arrivi", lower=True)
T(I, "referral", "Gentile Dott. {ln},\nLe invio la Sig.ra {full1}, nata il {wdob}, seguita presso {hosp} per ⟪sindrome di Cushing⟫.\nCordiali saluti,\nDott.ssa {full2}", g="mff")
T(I, "dictation", "Dettato da Dott.ssa {full}, {ddate}; trascritto da {tag1}. Paziente {lf2}, data di nascita {dob}.", g="f")
T(I, "handover", "Consegne letto 5: {full}, {age}enne, ⟪scompenso cardiaco⟫, diuresi scarsa. Il figlio {fn1} chiama al {phone}.", g="xm")
T(I, "voice", "pronto sono {full} il mio numero è {sphone} e la mail è {semail}", lower=True)
T(I, "triage", "donna {age} anni, caduta in casa a {wcity}, in terapia con ⟪warfarin⟫, medico curante dott. {ln1}", caps=True)
T(I, "bank_chat", "Buongiorno, la carta {card} intestata a {full} risulta bloccata. Posso sbloccarla? Il mio cellulare è {mobile}.")
T(I, "kiosk", "Salve, sono {full}, ho l'appuntamento per la ⟪colonscopia⟫ il {date}. Abito in {street}.")
T(I, "email", "Oggetto: incidente\n\nBuongiorno, la mia auto targata {plate} è stata urtata il {wdate} davanti a {hosp}. Potete contattarmi al {phone}.\n{full}")

# ===================== Dutch =====================
NL = "nl"
T(NL, "chat", "Kun je een mailtje schrijven naar mevr. {ln}? Ik wil de afspraak van {wdate} verzetten. Mijn naam is {full1}.", g="f")
T(NL, "webform", "Naam:\t{lf}\nGeboortedatum:\t{dob}\nBSN:\t{bsn}\nAdres:\t{addr}\nTelefoon:\t{phone}")
T(NL, "clinical_note", "Dhr. {full}, {age}-jarige man met ⟪ziekte van Parkinson⟫, opgenomen op {shdate}. Contactpersoon: dochter {fn1}, {mobile}.", g="mf")
T(NL, "bank_teller", "Klant {full} wil een ⟪automatische incasso⟫ laten terugboeken, IBAN {iban}. Legitimatie: paspoort {passport}.")
T(NL, "sms", "hoi {fn}! ik sta bij {street} in {wcity}, bel me even op {mobile}", lower=True)
T(NL, "handover", "Overdracht kamer 3: mevr. {ln}, {agew} jaar, ⟪delier⟫, onrustig. Zoon {fn1} belt morgen.", g="fm")
T(NL, "referral", "Geachte collega,\n\nGraag verwijs ik dhr. {full1} (geb. {dob}) naar {hosp} voor analyse van ⟪ziekte van Crohn⟫.\n\nMet vriendelijke groet,\n{full2}, huisarts", g="xm")
T(NL, "voice", "hallo met {full} mijn nummer is {sphone} en mijn mail is {semail}", lower=True)
T(NL, "bank_chat", "Mijn betaalpas is gestolen in {city}. Rekening {iban} op naam van {full}. Graag blokkeren!")
T(NL, "triage", "man {age} jr, gevallen thuis ({addr}), gebruikt ⟪acenocoumarol⟫, huisarts dr. {ln1}", caps=True)
T(NL, "email", "Beste {fn},\n\nIn de bijlage {file}. Wil je de offerte voor de ⟪hypotheek⟫ ook naar {email1} sturen?\n\nGroet, {fn1}")
T(NL, "webform", "Kenteken:\t{plate}\nNaam:\t{lf}\nParkeervergunning:\t{permit}\nE-mail:\t{email}")

# ===================== Portuguese =====================
PT = "pt"
T(PT, "chat", "Podes ajudar-me a escrever um postal para a minha avó {fn}? Faz {agew} anos a {wdate}.", g="f")
T(PT, "webform", "Nome:\t{full}\nNIF:\t{nif}\nData de nascimento:\t{dob}\nMorada:\t{addr}\nTelemóvel:\t{mobile}")
T(PT, "clinical_note", "Doente:\t{lf}\tProcesso n.º\t{mrn}\n{age} anos, ⟪doença de Alzheimer⟫, trazida pela filha {fn1}. Admissão {shdate}.", g="ff")
T(PT, "bank_teller", "Cliente {full} pede o cancelamento do ⟪débito direto⟫ do ginásio, IBAN {iban}. CC n.º {cc} conferido.")
T(PT, "chat", "oi! meu nome é {full}, CPF {cpf}, moro na {addr}. como faço a portabilidade do ⟪financiamento imobiliário⟫?", loc="br", lower=True)
T(PT, "sms", "Olá {fn}, a sua consulta no {hosp} passou para {wdate} às 10h. Dúvidas: {phone}.")
T(PT, "handover", "Passagem de turno, cama 9: Sr. {full}, {age} anos, ⟪pneumonia⟫, a fazer ⟪amoxicilina⟫. Filho {fn1}: {mobile}.", g="mm")
T(PT, "voice", "olá é a {full} o meu número é {sphone} e o email é {semail}", lower=True, g="f")
T(PT, "triage", "homem {agew} anos, queda, ⟪demência⟫, vive em {wcity}, médica de família dra. {ln1}", caps=True, g="mf")
T(PT, "email", "Prezado Dr. {ln},\n\nEncaminho a paciente {full1}, nascida em {wdob}, do {hosp}, com suspeita de ⟪tireoidite de Hashimoto⟫.\n\nAtenciosamente,\n{full2}", loc="br", g="xf")
T(PT, "bank_chat", "Boa tarde, o cartão {card} em nome de {full} foi clonado. A morada é {addr}.")
T(PT, "kiosk", "Bom dia, sou {full}, tenho ⟪ecografia⟫ marcada para {date}. O meu carro {plate} pode ficar no parque?")

# ===================== Swedish, Danish, Norwegian, Polish =====================
T("sv", "chat", "Kan du hjälpa mig skriva ett kort till {full}? Hon fyller {age} år den {wdate}.", g="f")
T("sv", "webform", "Namn:\t{lf}\nPersonnummer:\t{pnr}\nAdress:\t{addr}\nMobil:\t{mobile}")
T("sv", "handover", "Rapport sal 4: {full}, {age}-årig kvinna, ⟪förmaksflimmer⟫, dottern {fn1} nås på {phone}.", g="ff")
T("sv", "bank_chat", "Hej, kan ni skicka papperen om mitt ⟪bolån⟫ till {email}? Jag heter {full}, konto {acct}.")
T("da", "chat", "Kan du skrive en mail til {full}? Hun bor på {addr}, og vi skal mødes {wdate}.", g="f")
T("da", "webform", "Navn:\t{full}\nCPR-nr.:\t{cpr}\nAdresse:\t{addr}\nTelefon:\t{phone}")
T("da", "clinical_note", "{age}-årig kvinde med ⟪Parkinsons sygdom⟫, indlagt {shdate}. Pårørende: søn {fn1}, tlf. {mobile}.", g="xm")
T("no", "chat", "Kan du hjelpe meg å skrive til {full}? Han fyller {agew} år {wdate}.", g="m")
T("no", "webform", "Navn:\t{lf}\nFødselsnummer:\t{fnr}\nAdresse:\t{addr}\nMobil:\t{mobile}")
T("no", "bank_teller", "Kunde {full} ønsker ⟪avtalegiro⟫ til konto {kontonr}, IBAN {iban}. Legitimert med pass {passport}.")
T("pl", "chat", "Czy możesz pomóc mi napisać list do pani {full}? Jej adres to {addr}.", g="f")
T("pl", "webform", "Imię i nazwisko:\t{full}\nPESEL:\t{pesel}\nAdres:\t{addr}\nTel.:\t{phone}")
T("pl", "clinical_note", "Pacjentka w wieku {age} lat, ⟪choroba Alzheimera⟫, przyjęta {shdate}. Córka {fn1}, tel. {mobile}.", g="ff")
T("pl", "bank_teller", "Klient {full} zleca ⟪polecenie zapłaty⟫ z rachunku {iban}. Dowód osobisty {dowod}, nr rej. auta {plate}.")

# ===================== identifier-free texts (each its own template) =======
for reg, txt in [
    ("chat", "What does 'rizz' mean? My nephew keeps saying it."),
    ("chat", "Is it true that octopuses have three hearts and blue blood?"),
    ("chat", "Give me a quick recipe for a blood orange and fennel salad."),
    ("chat", "Why is the sky blue in the day but orange at sunset?"),
    ("chat", "Convert 72 degrees Fahrenheit to Celsius, and show the formula."),
    ("chat", "Will it usually rain more in spring or in autumn across northern Europe?"),
    ("chat", "Explain the difference between a cash ⟪ISA⟫ and a pension in plain English."),
    ("chat", "What's a fair way to split the bill when some people didn't drink?"),
    ("chat", "Who wrote Pride and Prejudice, and is it worth reading today?"),
    ("chat", "Which is bigger by population, Tokyo or Lagos?"),
    ("chat", "Can you mark my essay intro out of ten? It's about carbon taxes."),
    ("chat", "How does ⟪Parkinson's disease⟫ change a person's handwriting?"),
    ("chat", "how long do i boil a soft egg for dipping soldiers"),
    ("chat", "whats the difference between a ⟪direct debit⟫ and a ⟪standing order⟫"),
    ("chat", "Tell me three fun facts about sloths."),
    ("chat", "Why did Marie Curie win two Nobel Prizes?"),
    ("chat", "Is the ⟪Glasgow Coma Scale⟫ scored differently in small children?"),
    ("chat", "To be frank, I never understood compound interest. Can you explain it with a simple example?"),
    ("chat", "My phone says mobile data is off. What does that actually stop working?"),
    ("chat", "What are the early symptoms of ⟪Lyme disease⟫ after a tick bite?"),
    ("chat", "Suggest a name for a bakery that sells sourdough and brown bread."),
    ("chat", "Who were the original members of The Beatles?"),
    ("chat", "hope you can help, whats the ⟪Apgar score⟫ and when do they do it"),
    ("chat", "Is it safe to take ⟪ibuprofen⟫ and ⟪paracetamol⟫ together?"),
    ("chat", "How do I say 'nice to meet you' in Korean?"),
    ("chat", "Why do cats knead blankets before lying down?"),
    ("chat", "Where did rich tea biscuits get their name?"),
    ("chat", "Is Barcelona worth visiting in February, or is it too cold for the beach?"),
    ("chat", "What is ⟪Hashimoto's thyroiditis⟫ and how is it different from ⟪Graves' disease⟫?"),
    ("chat", "Can you explain how a fixed-rate ⟪mortgage⟫ works compared with a tracker?"),
    ("chat", "Grace notes in music: what are they and how do you play them on piano?"),
    ("chat", "What does 'no cap' mean in text messages?"),
    ("chat", "Is a ⟪Heimlich manoeuvre⟫ done differently on a pregnant woman?"),
    ("kiosk", "Where is the pharmacy? I need to collect some ⟪levothyroxine⟫."),
    ("kiosk", "What time does the blood test clinic open on Saturdays?"),
    ("kiosk", "Is there a quiet room for breastfeeding on this floor?"),
    ("kiosk", "How do I pay for parking with this machine, it won't take coins"),
    ("kiosk", "Which lift goes to the ⟪MRI⟫ department?"),
    ("sms", "Pharmacy reminder: your repeat prescription is ready to collect. Please bring your bag."),
    ("sms", "running 10 min late, save me a seat x"),
    ("sms", "Your branch will close early today for staff training. Online banking is unaffected."),
    ("email", "Hi all,\nQuick reminder that the fire drill is on Thursday morning. Please leave by the nearest exit and meet in the car park.\nThanks"),
    ("email", "Dear customer, our ⟪mortgage⟫ rates are changing next month. You do not need to do anything if you are on a fixed deal."),
    ("webform", "Topic:\tSavings\nQuestion:\tCan I open a junior ⟪ISA⟫ online or do I need to visit a branch?"),
    ("webform", "Feedback:\tThe waiting room was clean and the nurse was kind. Parking was hard to find.\nRating:\t4/5"),
    ("clinical_note", "Wound reviewed. Clean and dry, steri-strips in situ. Continue ⟪flucloxacillin⟫ for 5 more days. Review in 1 week."),
    ("clinical_note", "O/E: ⟪Murphy's sign⟫ positive. Afebrile. Plan: USS abdomen, LFTs, surgical review."),
    ("clinical_note", "Pt alert and oriented. ⟪Glasgow Coma Scale⟫ 15. Pupils equal and reactive. Mild frontal headache, no photophobia."),
    ("clinical_note", "Frank haematuria reported overnight. Catheter flushed, urology aware. Encourage oral fluids."),
    ("clinical_note", "⟪Wells score⟫ 4, D-dimer raised. CTPA requested. Started treatment dose ⟪enoxaparin⟫."),
    ("clinical_note", "Mobile on the ward with a frame. Mark on left shin from an old fall, no new bruising. ⟪Barthel index⟫ 85."),
    ("handover", "Bay 1 all settled. Bed 2 for discharge tomorrow pending ⟪warfarin⟫ dose. Bed 3 nil by mouth from midnight."),
    ("handover", "Side room 4 barrier nursed for C. diff, stool chart up to date. Bed 6 awaiting GI review for ⟪Crohn's disease⟫ flare."),
    ("handover", "Hope to get bed 8 home today if OT are happy. Bed 9 still on ⟪heparin⟫ infusion, APTT at 18:00."),
    ("handover", "Night was quiet. Two falls-risk patients in the bay with sensor mats. Obs stable across the board."),
    ("handover", "bed 5 pain controlled with ⟪oxycodone⟫ prn, bed 7 will need bloods at 6"),
    ("triage", "CHEST PAIN RADIATING TO LEFT ARM, ONSET 40 MIN, SWEATY, ⟪ASPIRIN⟫ 300MG GIVEN BY CREW"),
    ("triage", "FALL FROM LADDER, GCS 15, NO LOC, DEFORMITY R WRIST, ?⟪COLLES FRACTURE⟫"),
    ("triage", "SOB, WHEEZE, KNOWN ⟪ASTHMA⟫, SPEAKING IN SHORT SENTENCES, SATS 92% ON AIR"),
    ("triage", "CHILD 4 YRS, FEVER 5 DAYS, RED EYES, STRAWBERRY TONGUE, ?⟪KAWASAKI DISEASE⟫"),
    ("triage", "HEAD INJURY ON ⟪APIXABAN⟫, CT HEAD WITHIN 1 HR, NEURO OBS HALF HOURLY"),
    ("bank_chat", "What's a grace period on a credit card, and does it apply to cash withdrawals?"),
    ("bank_chat", "How do I set up a ⟪standing order⟫ in the app?"),
    ("bank_chat", "Can I split one payment between two cards?"),
    ("bank_chat", "What are your branch opening hours on bank holidays?"),
    ("bank_chat", "Is there a fee if I go into an arranged ⟪overdraft⟫?"),
    ("bank_chat", "Why is my electricity bill showing twice? One pending, one posted."),
    ("bank_teller", "Cash drawer balanced at close. Two ⟪foreign exchange⟫ orders collected. Night safe checked."),
    ("voice", "yeah hi i just want to know what time you close today thanks"),
    ("voice", "can you tell me how to reset my pin i forgot it"),
    ("voice", "is the walk in centre open on sunday or do i need to go to a and e"),
    ("typo", "wat is the diffrence betwen a cold and the flu"),
    ("typo", "can i tak ⟪amoxicillin⟫ with milk or juce"),
    ("typo", "is ther a charge for an ⟪overdraft⟫ on a studnet acount"),
    ("typo", "recipie for banana bred without eggs pls"),
    ("discharge", "Discharge advice: rest, fluids and regular ⟪paracetamol⟫ for 48 hours. Return if the fever lasts beyond three days."),
    ("discharge", "After ⟪laparoscopic cholecystectomy⟫: no heavy lifting for two weeks and keep the wounds dry for 48 hours."),
    ("referral", "Referral criteria: suspected ⟪Cushing syndrome⟫ with proximal myopathy and easy bruising should be seen within two weeks."),
]:
    F("en", reg, txt)

for reg, txt in [
    ("chat", "Wie lange muss ich weißen Spargel kochen?"),
    ("chat", "Was bedeutet eigentlich 'lost' in der Jugendsprache?"),
    ("chat", "Wie viele Milliliter hat eine amerikanische Tasse?"),
    ("kiosk", "Wo ist die Blutabnahme? Ich soll nüchtern kommen."),
    ("clinical_note", "Pat. wach, orientiert. ⟪Babinski-Zeichen⟫ beidseits negativ. Keine fokalen Defizite."),
    ("handover", "Zimmer 3 unauffällig. Zimmer 4: ⟪Heparin⟫-Perfusor läuft, PTT-Kontrolle um 18 Uhr."),
    ("triage", "BRUSTSCHMERZ SEIT 1 STUNDE, KALTSCHWEISSIG, ⟪ASS⟫ 500 MG I.V. GEGEBEN"),
    ("bank_chat", "Was kostet ein ⟪Dispokredit⟫ bei Ihnen im Jahr?"),
    ("bank_chat", "Wie richte ich einen ⟪Dauerauftrag⟫ in der App ein?"),
    ("typo", "wie lange hat die aphoteke am samstag offen"),
    ("chat", "Ist Essen spät am Abend wirklich ungesund?"),
    ("chat", "Warum haben Zebras eigentlich Streifen?"),
    ("sms", "Ihre Filiale schließt heute wegen einer Betriebsversammlung bereits um 14 Uhr."),
]:
    F("de", reg, txt)

for reg, txt in [
    ("chat", "Combien de temps faut-il pour cuire un œuf mollet ?"),
    ("chat", "Que veut dire « c'est chaud » en argot ?"),
    ("chat", "C'est vrai que les pieuvres ont trois cœurs ?"),
    ("kiosk", "Où se trouve le service de radiologie, s'il vous plaît ?"),
    ("clinical_note", "Patient conscient, ⟪score de Glasgow⟫ à 15. Pas de déficit. Surveillance neurologique toutes les 4 h."),
    ("handover", "Chambre 8 : douleur soulagée par ⟪morphine⟫ à 22 h. Chambre 9 : à jeun pour la ⟪coloscopie⟫ de demain."),
    ("triage", "DOULEUR ABDOMINALE FID, FIÈVRE 38,5, ⟪SIGNE DE MURPHY⟫ NÉGATIF"),
    ("bank_chat", "Comment mettre en place un ⟪virement permanent⟫ depuis l'appli ?"),
    ("bank_chat", "Quels sont les frais d'un ⟪découvert autorisé⟫ ?"),
    ("typo", "coment on fait une pate a crepe sans lait"),
    ("chat", "Une orange sanguine est-elle plus sucrée qu'une orange classique ?"),
    ("chat", "Qui a écrit Les Misérables et en quelle langue ?"),
    ("email", "Bonjour, l'agence sera fermée lundi pour inventaire. Les distributeurs restent disponibles. Cordialement"),
]:
    F("fr", reg, txt)

for reg, txt in [
    ("chat", "¿Cuánto tiempo se cuece el arroz de una paella?"),
    ("chat", "¿Qué significa 'estar en las nubes'?"),
    ("chat", "¿Es verdad que los flamencos son rosas por lo que comen?"),
    ("kiosk", "¿Dónde está la farmacia del hospital?"),
    ("clinical_note", "Paciente consciente y orientado. ⟪Escala de Glasgow⟫ 15. Sin focalidad neurológica."),
    ("handover", "Cama 3 estable. Cama 4 pendiente de ⟪ecocardiograma⟫. Cama 5 en ayunas."),
    ("triage", "DOLOR TORÁCICO OPRESIVO, SUDORACIÓN, ⟪NITROGLICERINA⟫ SUBLINGUAL ADMINISTRADA"),
    ("bank_chat", "¿Qué comisión tiene la ⟪hipoteca⟫ variable si amortizo antes de tiempo?"),
    ("bank_chat", "¿Cómo domicilio el recibo de la luz en la app?"),
    ("typo", "komo se ase una tortilla de patatas sin cebolla"),
    ("chat", "¿Quién pintó Las Meninas?"),
    ("voice", "hola quería saber a qué hora abre la oficina mañana"),
    ("chat", "¿Es cierto que la ⟪enfermedad de Crohn⟫ no tiene cura?"),
]:
    F("es", reg, txt)

for reg, txt in [
    ("chat", "Quanto tempo devo cuocere gli spaghetti al dente?"),
    ("chat", "Cosa vuol dire 'fare la scarpetta'?"),
    ("chat", "È vero che i gatti dormono sedici ore al giorno?"),
    ("kiosk", "Dove si ritirano i referti degli esami del sangue?"),
    ("clinical_note", "Paziente vigile, orientato. ⟪Segno di Babinski⟫ assente. Parametri stabili."),
    ("handover", "Letto 2 stabile. Letto 3 in ⟪eparina⟫, controllo aPTT alle 18. Letto 4 dimissione domani."),
    ("triage", "DISPNEA, SATURAZIONE 89%, ⟪BPCO⟫ NOTA, FEBBRE DA TRE GIORNI"),
    ("bank_chat", "Come si imposta un ⟪bonifico⟫ periodico dall'app?"),
    ("bank_chat", "Quali sono gli orari della filiale il sabato mattina?"),
    ("typo", "come si fa il tiramisu senza uova crudee"),
    ("chat", "Chi ha scritto La Divina Commedia?"),
    ("sms", "La filiale resterà chiusa per lavori fino a nuovo avviso. Usa l'app per le operazioni."),
    ("chat", "Che differenza c'è tra ⟪paracetamolo⟫ e ⟪ibuprofene⟫?"),
]:
    F("it", reg, txt)

for reg, txt in [
    ("chat", "Hoe lang moet een ei koken voor een zacht eitje?"),
    ("chat", "Wat betekent 'gezellig' precies?"),
    ("chat", "Is het waar dat koeien een beste vriendin hebben?"),
    ("kiosk", "Waar is de bloedafname? Moet ik een nummertje trekken?"),
    ("clinical_note", "Patiënt alert, ⟪Glasgow Coma Scale⟫ 15. Geen uitval. Controle over 4 uur."),
    ("handover", "Kamer 2 rustig. Kamer 5 nuchter voor ⟪coloscopie⟫. Kamer 6 pijn goed onder controle."),
    ("triage", "VAL VAN TRAP, PIJN LIES RECHTS, ?⟪HEUPFRACTUUR⟫, HEMODYNAMISCH STABIEL"),
    ("bank_chat", "Hoe stel ik een ⟪automatische incasso⟫ in?"),
    ("bank_chat", "Wat is de rente op een ⟪hypotheek⟫ met tien jaar rentevast?"),
    ("typo", "hoe lang is de apoteek open op zondag"),
    ("chat", "Wat is de beste tijd om tulpenbollen te planten?"),
    ("chat", "Wie schilderde Het Melkmeisje?"),
    ("voice", "hallo ik wil graag weten of het spreekuur morgen doorgaat"),
]:
    F("nl", reg, txt)

for reg, txt in [
    ("chat", "Quanto tempo coze o bacalhau?"),
    ("chat", "O que significa 'saudade'?"),
    ("chat", "É verdade que os polvos têm três corações?"),
    ("kiosk", "Onde fica a farmácia do hospital?"),
    ("clinical_note", "Doente consciente, ⟪escala de Glasgow⟫ 15. Sem défices focais."),
    ("handover", "Cama 1 estável. Cama 2 em jejum para ⟪colonoscopia⟫. Cama 3 com ⟪insulina⟫ em perfusão."),
    ("triage", "DOR TORÁCICA HÁ 30 MIN, SUDORESE, ⟪ÁCIDO ACETILSALICÍLICO⟫ ADMINISTRADO"),
    ("bank_chat", "Como cancelo um ⟪débito direto⟫ na app?"),
    ("bank_chat", "Qual é o horário dos balcões ao sábado?"),
    ("typo", "como se faz arros de pato sem forno"),
    ("chat", "qual é a diferença entre ⟪crédito consignado⟫ e empréstimo pessoal?"),
    ("chat", "Quem escreveu Os Lusíadas?"),
    ("sms", "O balcão estará encerrado amanhã por motivo de obras. Obrigado pela compreensão."),
]:
    F("pt", reg, txt)

for lang, reg, txt in [
    ("sv", "chat", "Hur länge ska man koka potatis?"),
    ("sv", "chat", "Vad betyder ordet 'lagom' egentligen?"),
    ("sv", "clinical_note", "Patienten vaken, ⟪Glasgow Coma Scale⟫ 15, inga neurologiska bortfall."),
    ("sv", "bank_chat", "Hur ändrar jag ett ⟪autogiro⟫ i appen?"),
    ("da", "chat", "Hvor længe skal et blødkogt æg koge?"),
    ("da", "chat", "Hvad betyder 'hygge' egentlig?"),
    ("da", "handover", "Stue 4 rolig. Stue 5 faster før ⟪koloskopi⟫ i morgen."),
    ("da", "bank_chat", "Hvad koster det at tilmelde en regning til ⟪Betalingsservice⟫?"),
    ("no", "chat", "Hvor lenge skal man koke egg?"),
    ("no", "chat", "Hva betyr 'koselig' egentlig?"),
    ("no", "triage", "BRYSTSMERTER, KALDSVETTE, ⟪NITROGLYSERIN⟫ GITT AV AMBULANSE"),
    ("no", "bank_chat", "Hvordan oppretter jeg ⟪eFaktura⟫ i nettbanken?"),
    ("pl", "chat", "Jak długo gotować jajko na miękko?"),
    ("pl", "chat", "Co znaczy słowo 'kombinować' w potocznym języku?"),
    ("pl", "clinical_note", "Pacjent przytomny, ⟪skala Glasgow⟫ 15, bez ubytków neurologicznych."),
    ("pl", "bank_chat", "Jak ustawić ⟪zlecenie stałe⟫ w aplikacji?"),
    ("en-IE", "chat", "Is it grand to freeze brown bread or does it go soggy?"),
    ("en-IE", "chat", "What time do most post offices close on a Saturday, roughly?"),
    ("en-IE", "handover", "Bed 3 settled grand after ⟪morphine⟫, bed 4 is on the ⟪colonoscopy⟫ list in the morning."),
    ("en-IE", "bank_chat", "How do I set up a ⟪standing order⟫ from my current account to the credit union?"),
    ("en-WLS", "chat", "What does 'cwtch' mean exactly?"),
    ("en-WLS", "chat", "How long do you cook Welsh cakes on a bakestone?"),
    ("en-WLS", "clinical_note", "Mobile with a stick, ⟪Barthel index⟫ 90, wishes to be spoken to in Welsh."),
    ("en-WLS", "bank_chat", "Can I pay into my ⟪ISA⟫ at the post office?"),
]:
    F(lang, reg, txt)

# ==========================================================================
# generation, checks, output
# ==========================================================================
ID_TARGET = {"en": 147, "de": 22, "fr": 22, "es": 22, "it": 22, "nl": 22, "pt": 22, "sv": 7, "da": 6, "no": 6,
             "pl": 8, "en-IE": 7, "en-WLS": 7}
FREE_TARGET = {"en": 78, "de": 13, "fr": 13, "es": 13, "it": 13, "nl": 13, "pt": 13, "sv": 4, "da": 4, "no": 4,
               "pl": 4, "en-IE": 4, "en-WLS": 4}
N_ID, N_FREE = 320, 180


class Fail(Exception):
    pass


def is_bad_edge(ch):
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def word_count(text):
    return len(text.split())


def validate(text, spans, prot, values, exc):
    if "{" in text or "}" in text:
        raise Fail("unfilled slot")
    for ch in "⟦⟧⟪⟫":
        if ch in text:
            raise Fail("markup left")
    for sp, v in zip(spans, values):
        if text[sp["start"]:sp["end"]] != v:
            raise Fail("offset mismatch")
        if not v or is_bad_edge(v[0]) or is_bad_edge(v[-1]):
            raise Fail("bad span edge %r" % v)
        if sp["type"] == "NAME" and "," in v:
            raise Fail("comma in NAME")
    for pr in prot:
        if text[pr["start"]:pr["end"]] != pr["term"]:
            raise Fail("protected offset mismatch")
    allr = sorted([(s["start"], s["end"], "s") for s in spans] + [(p["start"], p["end"], "p") for p in prot])
    for a, b in zip(allr, allr[1:]):
        if b[0] < a[1]:
            raise Fail("overlap %r %r" % (a, b))
    n = word_count(text)
    if not 4 <= n <= 160:
        raise Fail("word count %d" % n)
    # rule 8: every other occurrence of an annotated string is covered by a span
    excl = [e.lower() for e in exc]
    for v in sorted(set(values)):
        if v.lower() in excl:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text, re.IGNORECASE):
            if not any(s["start"] <= m.start() and m.end() <= s["end"] for s in spans):
                raise Fail("uncovered repeat of %r" % v)


def instantiate(t):
    ctx = {"persons": {}, "cache": {}, "loc": t["loc"], "g": t["g"], "word": t["word"],
           "base": t["lang"].split("-")[0]}
    m = fill(t["text"], ctx)
    if t["caps"]:
        m = m.upper()
    if t["lower"]:
        m = m.lower()
    text, spans, prot, values = build(m)
    validate(text, spans, prot, values, t["exc"])
    if not spans:
        raise Fail("no spans")
    return text, spans, prot


def allocate(templates, targets):
    counts = [1] * len(templates)
    for lang, target in targets.items():
        idx = [i for i, t in enumerate(templates) if t["lang"] == lang]
        if len(idx) > target:
            raise SystemExit("too many templates for %s: %d > %d" % (lang, len(idx), target))
        if sum(templates[i]["nmax"] for i in idx) < target:
            raise SystemExit("not enough template capacity for %s" % lang)
        total = len(idx)
        while total < target:
            for i in idx:
                if total < target and counts[i] < templates[i]["nmax"]:
                    counts[i] += 1
                    total += 1
    return counts


def max_run(recs):
    best = run = 1
    for a, b in zip(recs, recs[1:]):
        run = run + 1 if a["register"] == b["register"] else 1
        best = max(best, run)
    return best


def main():
    for t in FREE:
        if "⟦" in t["text"] or SLOT.search(t["text"]):
            raise SystemExit("identifier markup in free text: %r" % t["text"])
    for lang, n in FREE_TARGET.items():
        have = sum(1 for t in FREE if t["lang"] == lang)
        if have != n:
            raise SystemExit("free texts for %s: have %d, want %d" % (lang, have, n))
    counts = allocate(TEMPLATES, ID_TARGET)
    records, seen = [], set()
    exc_records = []
    for t, n in zip(TEMPLATES, counts):
        made = 0
        tries = 0
        last_err = None
        while made < n:
            tries += 1
            if tries > 400:
                raise SystemExit("template failed (%s): %s\n%r" % (last_err, t["text"][:80], t))
            try:
                text, spans, prot = instantiate(t)
            except Fail as e:
                last_err = e
                continue
            if text in seen:
                last_err = "duplicate"
                continue
            seen.add(text)
            rec = {"register": t["reg"], "lang": t["lang"], "text": text, "spans": spans, "protected": prot}
            if t["exc"]:
                rec["_exc"] = t["exc"]
            records.append(rec)
            made += 1
    for t in FREE:
        m = t["text"]
        text, spans, prot, values = build(m)
        validate(text, spans, prot, values, [])
        if spans:
            raise SystemExit("free text has spans")
        if text in seen:
            raise SystemExit("duplicate free text %r" % text)
        seen.add(text)
        records.append({"register": t["reg"], "lang": t["lang"], "text": text, "spans": [], "protected": prot})

    n_id = sum(1 for r in records if r["spans"])
    n_free = sum(1 for r in records if not r["spans"])
    assert (n_id, n_free) == (N_ID, N_FREE), (n_id, n_free)

    for _ in range(20000):
        rng.shuffle(records)
        if max_run(records) <= 5:
            break
    assert max_run(records) <= 5

    out = []
    for k, r in enumerate(records, 1):
        rid = "b6-%03d" % k
        if "_exc" in r:
            exc_records.append((rid, r.pop("_exc")))
        out.append({"id": rid, "register": r["register"], "lang": r["lang"], "text": r["text"],
                    "spans": r["spans"], "protected": r["protected"]})

    # assertion 9: IBAN mod-97 and card Luhn over the final texts
    n_iban = n_card = 0
    card_set = sorted(set(CARDS))
    for r in out:
        for s in r["spans"]:
            if s["type"] != "ID":
                continue
            v = r["text"][s["start"]:s["end"]]
            norm = re.sub(r"[ \-]", "", v).upper()
            if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", norm) and norm[:2] in IBAN_SPEC:
                assert iban_valid(norm), v
                n_iban += 1
            if norm in card_set:
                assert luhn_ok(norm), v
                n_card += 1
    assert n_iban > 0 and n_card > 0

    ids = [r["id"] for r in out]
    assert len(set(ids)) == len(ids)
    assert len(set(r["text"] for r in out)) == len(out)
    assert max_run(out) <= 5

    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    assert back == out, "re-read mismatch"
    for r in back:   # re-check offsets on the re-read data
        for s in r["spans"]:
            assert r["text"][s["start"]:s["end"]].strip() == r["text"][s["start"]:s["end"]]

    # ---- counts ----
    def tab(title, key):
        c = {}
        for r in out:
            k = key(r)
            c.setdefault(k, [0, 0])
            c[k][0 if r["spans"] else 1] += 1
        print("\n%s  (with ids / without)" % title)
        for k in sorted(c):
            print("  %-14s %4d %4d" % (k, c[k][0], c[k][1]))
    print("records: %d  (identifiers %d, identifier-free %d)" % (len(out), n_id, n_free))
    print("templates: %d identifier + %d identifier-free = %d" % (len(TEMPLATES), len(FREE),
                                                                  len(TEMPLATES) + len(FREE)))
    tab("by language", lambda r: r["lang"])
    tab("by register", lambda r: r["register"])
    st = {}
    for r in out:
        for s in r["spans"]:
            st[s["type"]] = st.get(s["type"], 0) + 1
    print("\nspans by type:")
    for k in TYPES:
        print("  %-9s %4d" % (k, st.get(k, 0)))
    print("  total     %4d" % sum(st.values()))
    npro = sum(len(r["protected"]) for r in out)
    print("\nprotected terms: %d (in %d texts; %d with ids, %d without)" % (
        npro, sum(1 for r in out if r["protected"]), sum(1 for r in out if r["protected"] and r["spans"]),
        sum(1 for r in out if r["protected"] and not r["spans"])))
    print("IBAN spans checked: %d, card spans checked: %d" % (n_iban, n_card))
    print("max register run: %d" % max_run(out))
    print("\ndeliberate rule-8 exceptions:")
    for rid, e in exc_records:
        print("  %s  %s" % (rid, ", ".join(e)))
    print("\nwrote %s" % OUT)


if __name__ == "__main__":
    main()
