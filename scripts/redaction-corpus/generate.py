#!/usr/bin/env python3
"""Synthetic, multi-source corpus for training and evaluating a de-identifier.

Every text is assembled from pieces (plain carrier text, gold entity spans,
protected terms), so character offsets are exact by construction.  Noise
(case, typos, extra whitespace) is applied piece by piece and the offsets are
recomputed afterwards.  Each text i is generated from its own
random.Random(seed*1000003+i) and every Faker instance it touches is re-seeded
with the same number, so the output depends only on (seed, N, faker version,
presence of the optional Census surname file).

See README.md next to this file for the format and the split rules.
"""

import argparse
import bisect
import collections
import hashlib
import json
import os
import random
import re
import sys
import time
import unicodedata
from datetime import date, timedelta

try:
    import faker
    from faker import Faker
except ImportError:  # pragma: no cover
    sys.exit("generate.py needs faker (run.sh installs faker==40.63.0 into a venv)")

FAKER_EXPECTED = "40.63.0"
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CENSUS_DEFAULT = os.path.join(os.path.dirname(REPO), "shared", "data", "names", "dist.all.last")

TYPES = ["PERSON", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTHPLAN", "ACCOUNT",
         "ROUTING", "IBAN", "CARD", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS",
         "LOCATION", "ZIP", "ID"]
TERMS = ["drug", "condition", "lab", "time", "money", "procedure"]

# --------------------------------------------------------------------------------------
# Locales, languages, splits
# --------------------------------------------------------------------------------------

LANG_WEIGHTS = [("en", 50), ("fr", 10), ("de", 10), ("es", 10), ("pt", 6.7), ("nl", 6.6), ("it", 6.7)]
LANG_LOCALES = {
    "en": [("en_US", 42), ("en_GB", 12), ("en_IE", 5), ("ga_IE", 4), ("en_IN", 7), ("pl_PL", 3),
           ("tr_TR", 3), ("vi_VN", 3), ("sv_SE", 3), ("fi_FI", 3), ("cs_CZ", 3), ("hu_HU", 3),
           ("ro_RO", 3)],
    "de": [("de_DE", 70), ("de_AT", 30)],
    "fr": [("fr_FR", 72), ("fr_CH", 28)],
    "es": [("es_ES", 45), ("es_MX", 30), ("es_AR", 25)],
    "pt": [("pt_PT", 50), ("pt_BR", 50)],
    "nl": [("nl_NL", 60), ("nl_BE", 40)],
    "it": [("it_IT", 100)],
}
ALL_LOCALES = sorted({l for v in LANG_LOCALES.values() for l, _ in v})
SEALED_LOCALES = ["nl_BE", "es_AR", "fr_CH", "fi_FI", "ro_RO"]
# one (or two) families per register; all texts of these go to sealed-family
SEALED_FAMILIES = [
    "kiosk-checkin",            # chat
    "sms-pharmacy",             # sms
    "email-it-support",         # email
    "form-emergency-contact",   # form
    "note-social-work",         # note
    "discharge-instructions",   # discharge
    "dictation-op-note",        # dictation
    "bank-loan-application",    # bank
    "referral-fax-cover",       # letter
    "lab-pathology",            # lab
    "nophi-bank",               # bank (no identifiers)
]

COUNTRY_CODE = {"en_US": "1", "en_GB": "44", "en_IE": "353", "ga_IE": "353", "en_IN": "91",
                "de_DE": "49", "de_AT": "43", "fr_FR": "33", "fr_CH": "41", "es_ES": "34",
                "es_MX": "52", "es_AR": "54", "it_IT": "39", "pt_PT": "351", "pt_BR": "55",
                "nl_NL": "31", "nl_BE": "32", "pl_PL": "48", "tr_TR": "90", "vi_VN": "84",
                "sv_SE": "46", "fi_FI": "358", "cs_CZ": "420", "hu_HU": "36", "ro_RO": "40"}
NUMBER_FIRST = {"en_US", "en_GB", "en_IE", "ga_IE", "en_IN", "fr_FR", "vi_VN", "tr_TR"}
US_STATES = ["AL", "AZ", "CA", "CO", "CT", "FL", "GA", "IL", "IN", "IA", "KS", "KY", "LA", "MA",
             "MD", "MI", "MN", "MO", "NC", "NJ", "NY", "OH", "OK", "OR", "PA", "SC", "TN", "TX",
             "VA", "WA", "WI"]
US_CITIES = ["Springfield", "Dayton", "Boise", "Fresno", "Tulsa", "Akron", "Toledo", "Spokane",
             "Lubbock", "Macon", "Erie", "Duluth", "Billings", "Fargo", "Peoria", "Yonkers",
             "Scranton", "Tacoma", "Chattanooga", "Shreveport", "Lansing", "Albany", "Bangor"]
US_WORD_TOWNS = ["Mobile", "Hope", "Independence", "Reading", "Bath", "Nice", "Orange", "Paris",
                 "Liberty", "Mission", "Commerce", "Victoria", "Marion", "Florence"]
IT_PROV = ["MI", "RM", "TO", "NA", "BO", "FI", "GE", "PA", "BA", "VR", "PD", "BS", "CT"]
BR_UF = ["SP", "RJ", "MG", "RS", "PR", "BA", "SC", "PE", "CE", "GO"]
IE_COUNTIES = ["Co. Cork", "Co. Galway", "Co. Kerry", "Co. Mayo", "Co. Clare", "Co. Wicklow"]

# --------------------------------------------------------------------------------------
# Hand-written name pools (shapes Faker under-covers)
# --------------------------------------------------------------------------------------

# group -> (female first names, male first names, surnames [neutral], female-only surnames, male-only)
HAND = {
    "irish": (["Siobhán", "Aoife", "Niamh", "Caoimhe", "Saoirse", "Róisín", "Gráinne", "Sinéad", "Clodagh", "Éabha"],
              ["Seán", "Pádraig", "Oisín", "Darragh", "Cathal", "Eoin", "Ciarán", "Tadhg", "Donnchadh", "Colm"],
              ["O'Sullivan", "O'Neill", "McAuliffe", "MacCarthy", "Fitzgerald", "O'Donoghue", "Kavanagh", "Ó Dónaill"],
              ["Ní Bhraonáin", "Ní Dhomhnaill", "Nic Giolla Phádraig", "Ní Cheallaigh", "Nic an tSaoi"],
              ["Ó Briain", "Mac an tSaoi", "Ó Súilleabháin", "Mac Giolla Phádraig", "Ó Ceallaigh"]),
    "arabic": (["Fatima", "Layla", "Amira", "Khadija", "Noor", "Yasmin", "Mariam", "Huda", "Salma", "Zainab"],
               ["Mohammed", "Omar", "Youssef", "Hassan", "Tariq", "Khalid", "Ahmed", "Ibrahim", "Mustafa", "Hamza"],
               ["Al-Farsi", "Al-Harbi", "El-Sayed", "Haddad", "Nasser", "Abdullah", "Al-Mansour", "Khalil",
                "Al-Rashid", "Abu-Khalil", "El Amrani", "Belkacem", "Saleh", "Al-Zahrani", "Darwish", "bin Saleh"], [], []),
    "yoruba": (["Folake", "Yetunde", "Oluwaseun", "Adebola", "Funmilayo", "Titilayo", "Abimbola"],
               ["Adebayo", "Babatunde", "Olumide", "Oluwaseun", "Ayodele", "Kayode", "Olusegun"],
               ["Adeyemi", "Ogunleye", "Balogun", "Adewale", "Oyelaran", "Afolabi", "Oladipo", "Ogundipe"], [], []),
    "igbo": (["Ngozi", "Adaeze", "Nkechi", "Chiamaka", "Ifeoma", "Chinwe"],
             ["Chinedu", "Chukwuemeka", "Obinna", "Ikenna", "Emeka", "Nnamdi"],
             ["Okafor", "Eze", "Nwosu", "Okeke", "Obi", "Nwachukwu", "Okonkwo", "Uzoma"], [], []),
    "swahili": (["Amani", "Neema", "Zawadi", "Imani", "Wanjiru", "Akinyi", "Halima"],
                ["Baraka", "Juma", "Jabari", "Kamau", "Omondi", "Hamisi"],
                ["Mwangi", "Otieno", "Kamau", "Wanjiku", "Mutua", "Njoroge", "Ochieng", "Odhiambo", "Mwakilema"], [], []),
    "amharic": (["Tigist", "Selamawit", "Meron", "Hirut", "Bethlehem", "Almaz", "Genet"],
                ["Abebe", "Dawit", "Yohannes", "Bereket", "Tesfaye", "Getachew", "Mulugeta"],
                ["Bekele", "Tesfaye", "Haile", "Girma", "Alemu", "Kebede", "Wolde", "Gebremariam", "Tadesse"], [], []),
    "chinese": (["Xiaoling", "Meiling", "Yuxuan", "Zihan", "Jing", "Hui", "Yan", "Fang"],
                ["Wei", "Jianguo", "Hao", "Zhiwei", "Jun", "Qiang", "Tao", "Ming"],
                ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Chan",
                 "Wong", "Leung", "Cheung", "Ng"], [], []),
    "korean": (["Seo-yeon", "Ha-eun", "Ji-woo", "Min-ji", "Soo-ah", "Eun-ji"],
               ["Jae-won", "Min-jun", "Ji-hoon", "Dong-hyun", "Sung-min", "Hyun-woo"],
               ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han"], [], []),
    "japanese": (["Yui", "Hina", "Aoi", "Keiko", "Yuki", "Sakura", "Haruka", "Emi"],
                 ["Haruto", "Sōta", "Ren", "Takeshi", "Hiroshi", "Kenji", "Daiki", "Yūto"],
                 ["Satō", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Itō", "Yamamoto", "Nakamura",
                  "Kobayashi", "Ōta", "Kōno"], [], []),
    "indian": (["Priya", "Ananya", "Lakshmi", "Deepika", "Harpreet", "Kavya", "Sneha", "Meenakshi"],
               ["Aarav", "Rohan", "Venkatesh", "Sanjay", "Gurpreet", "Arjun", "Rajesh", "Siddharth"],
               ["Patel", "Sharma", "Reddy", "Iyer", "Nair", "Gupta", "Singh", "Chatterjee", "Venkataraman",
                "Subramanian", "Krishnamurthy", "Bhattacharya", "Desai"], [], []),
}
NATIVE_ORDER = {"chinese": 0.35, "korean": 0.3, "japanese": 0.2}
# surnames with particles / hyphens for a language (first names come from that locale's Faker)
PARTICLE_LAST = {
    "nl": ["van der Berg", "van den Heuvel", "de Vries", "van 't Hof", "ter Horst", "van Dijk", "in 't Veld",
           "van der Linden", "van Beek-de Groot", "op den Kamp"],
    "es": ["de la Fuente", "del Castillo", "García-Márquez", "de los Santos", "Fernández de Córdoba",
           "de la Cruz", "Ruiz-Tagle", "del Río", "Pérez de Guzmán"],
    "fr": ["de La Tour", "Le Goff", "Martin-Lefèvre", "d'Arcy", "de Saint-Pierre", "Le Floch", "Du Pont",
           "Lefèvre-Duval", "de Villiers", "N'Diaye"],
    "de": ["von Hohenberg", "zu Löwenstein", "Müller-Lüdenscheidt", "von der Heide", "Schulze-Wettendorf",
           "vom Bruch", "zur Nieden", "Meyer-Öztürk"],
    "it": ["D'Angelo", "Di Stefano", "De Luca", "Lo Russo", "Dell'Acqua", "La Rosa", "Degli Esposti",
           "Dalla Costa", "Del Vecchio"],
    "pt": ["dos Santos", "da Silva Pereira", "de Oliveira", "do Carmo", "da Costa e Silva", "das Neves",
           "Sá-Carneiro", "de Sousa Lima"],
    "en": ["O'Sullivan", "Al-Farsi", "van der Berg", "de la Fuente", "MacDonald", "St. John", "Smith-Jones",
           "D'Souza", "Mac an tSaoi"],
}
COMMON_FIRST_F = ["Hope", "Grace", "Rose", "Faith", "Sunny", "Joy", "Dawn", "Summer", "April", "Iris",
                  "Ivy", "Holly", "Daisy", "Pearl", "Ruby", "Amber", "Autumn", "Melody", "Crystal"]
COMMON_FIRST_M = ["Will", "Mark", "Bill", "Rich", "Art", "Frank", "Guy", "Jack", "Rusty", "Chase",
                  "Hunter", "Sonny", "Bob", "Drew", "Earnest", "Miles"]
COMMON_LAST = ["Young", "King", "Rich", "White", "Brown", "Black", "Long", "Green", "Bell", "Hill",
               "Rose", "May", "Price", "Cook", "Baker", "Church", "Wood", "Little", "Hope", "Strong",
               "Sharp", "Fox", "Hunt", "Street", "Moody", "Love", "English"]

# --------------------------------------------------------------------------------------
# Language data
# --------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
}
MONTHS_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "es": "ene feb mar abr may jun jul ago sep oct nov dic".split(),
    "pt": "jan fev mar abr mai jun jul ago set out nov dez".split(),
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
}
EN_ORD = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
          "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first "
          "twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh "
          "twenty-eighth twenty-ninth thirtieth thirty-first").split()

SPELLED_90 = {
    "en": ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
           "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"],
    "de": ["neunzig", "einundneunzig", "zweiundneunzig", "dreiundneunzig", "vierundneunzig",
           "fünfundneunzig", "sechsundneunzig", "siebenundneunzig", "achtundneunzig", "neunundneunzig"],
    "fr": ["quatre-vingt-dix", "quatre-vingt-onze", "quatre-vingt-douze", "quatre-vingt-treize",
           "quatre-vingt-quatorze", "quatre-vingt-quinze", "quatre-vingt-seize", "quatre-vingt-dix-sept",
           "quatre-vingt-dix-huit", "quatre-vingt-dix-neuf"],
    "fr_CH": ["nonante", "nonante et un", "nonante-deux", "nonante-trois", "nonante-quatre", "nonante-cinq",
              "nonante-six", "nonante-sept", "nonante-huit", "nonante-neuf"],
    "es": ["noventa", "noventa y uno", "noventa y dos", "noventa y tres", "noventa y cuatro", "noventa y cinco",
           "noventa y seis", "noventa y siete", "noventa y ocho", "noventa y nueve"],
    "pt": ["noventa", "noventa e um", "noventa e dois", "noventa e três", "noventa e quatro", "noventa e cinco",
           "noventa e seis", "noventa e sete", "noventa e oito", "noventa e nove"],
    "nl": ["negentig", "eenennegentig", "tweeënnegentig", "drieënnegentig", "vierennegentig", "vijfennegentig",
           "zesennegentig", "zevenennegentig", "achtennegentig", "negenennegentig"],
    "it": ["novanta", "novantuno", "novantadue", "novantatré", "novantaquattro", "novantacinque", "novantasei",
           "novantasette", "novantotto", "novantanove"],
}

TITLES = {  # (male, female) alternatives
    "en": (["Mr.", "Mr"], ["Mrs.", "Ms.", "Ms", "Miss"]),
    "de": (["Herr"], ["Frau"]),
    "fr": (["M.", "Monsieur"], ["Mme", "Madame"]),
    "es": (["Sr.", "Don"], ["Sra.", "Doña"]),
    "pt": (["Sr."], ["Sra."]),
    "nl": (["Dhr.", "De heer"], ["Mevr.", "Mevrouw"]),
    "it": (["Sig."], ["Sig.ra"]),
}

REL_DATES = {  # relative dates / bare years are NOT gold DATEs
    "en": ["yesterday", "last week", "two days ago", "last Tuesday", "this morning",
           "a few weeks ago", "over the weekend", "last spring"],
    "de": ["gestern", "letzte Woche", "vor zwei Tagen", "letzten Dienstag", "heute früh",
           "vor ein paar Wochen", "am Wochenende"],
    "fr": ["hier", "la semaine dernière", "il y a deux jours", "mardi dernier", "ce matin",
           "il y a quelques semaines", "ce week-end"],
    "es": ["ayer", "la semana pasada", "hace dos días", "el martes pasado", "esta mañana",
           "hace unas semanas", "el fin de semana"],
    "pt": ["ontem", "na semana passada", "há dois dias", "na terça passada", "hoje de manhã",
           "há umas semanas", "no fim de semana"],
    "nl": ["gisteren", "vorige week", "twee dagen geleden", "afgelopen dinsdag", "vanochtend",
           "een paar weken geleden", "in het weekend"],
    "it": ["ieri", "la settimana scorsa", "due giorni fa", "martedì scorso", "stamattina",
           "qualche settimana fa", "nel fine settimana"],
}

# --- protected terms (own small lists) ------------------------------------------------
DRUGS = {
    "en": ["metformin 500 mg", "metformin 1000 mg twice daily", "lisinopril 10 mg", "atorvastatin 40 mg",
           "amlodipine 5 mg", "levothyroxine 75 mcg", "apixaban 5 mg BID", "Eliquis 2.5 mg", "warfarin 5 mg",
           "furosemide 40 mg", "insulin glargine 20 units", "sertraline 50 mg", "omeprazole 20 mg",
           "Tylenol 650 mg", "ibuprofen 400 mg", "prednisone 10 mg", "amoxicillin 500 mg", "gabapentin 300 mg",
           "carbidopa-levodopa 25/100", "albuterol 90 mcg", "Lipitor 20 mg", "Xarelto 20 mg",
           "Ozempic 0.5 mg weekly", "aspirin 81 mg", "donepezil 10 mg", "hydrochlorothiazide 25 mg",
           "metoprolol succinate 50 mg", "mesalamine 1.2 g", "Advil 200 mg", "Humira 40 mg"],
    "de": ["Metformin 1000 mg", "Ramipril 5 mg", "Bisoprolol 2,5 mg", "Pantoprazol 40 mg", "Ibuprofen 600 mg",
           "Metamizol 500 mg", "L-Thyroxin 75 µg", "Apixaban 5 mg", "Torasemid 10 mg", "Simvastatin 20 mg",
           "ASS 100 mg", "Insulin glargin 20 IE", "Levodopa/Benserazid 100/25 mg", "Prednisolon 5 mg",
           "Marcumar 3 mg", "Novalgin 500 mg", "Candesartan 8 mg"],
    "fr": ["metformine 850 mg", "paracétamol 1 g", "Doliprane 1000 mg", "ramipril 5 mg", "bisoprolol 2,5 mg",
           "amoxicilline 1 g", "lévothyroxine 75 µg", "Kardégic 75 mg", "apixaban 5 mg", "furosémide 40 mg",
           "oméprazole 20 mg", "lévodopa 100 mg", "prednisone 20 mg", "Spasfon 80 mg", "Levothyrox 50 µg"],
    "es": ["metformina 850 mg", "paracetamol 1 g", "ibuprofeno 600 mg", "enalapril 10 mg", "omeprazol 20 mg",
           "Adiro 100 mg", "Sintrom 4 mg", "atorvastatina 20 mg", "levotiroxina 50 mcg", "amoxicilina 500 mg",
           "Nolotil 575 mg", "furosemida 40 mg", "insulina glargina 18 UI", "losartán 50 mg"],
    "pt": ["metformina 850 mg", "paracetamol 1 g", "Ben-u-ron 500 mg", "ibuprofeno 400 mg", "omeprazol 20 mg",
           "sinvastatina 20 mg", "losartana 50 mg", "levotiroxina 100 mcg", "dipirona 500 mg",
           "amoxicilina 875 mg", "ácido acetilsalicílico 100 mg", "varfarina 5 mg"],
    "nl": ["metformine 500 mg", "paracetamol 500 mg", "ibuprofen 400 mg", "omeprazol 20 mg",
           "simvastatine 40 mg", "metoprolol 50 mg", "levothyroxine 100 µg", "acenocoumarol 1 mg",
           "amoxicilline 500 mg", "Nexium 40 mg", "furosemide 40 mg", "Lantus 16 E"],
    "it": ["metformina 500 mg", "paracetamolo 1000 mg", "Tachipirina 500 mg", "ramipril 5 mg",
           "bisoprololo 2,5 mg", "atorvastatina 20 mg", "pantoprazolo 40 mg", "Cardioaspirina 100 mg",
           "Coumadin 5 mg", "levotiroxina 75 mcg", "amoxicillina 1 g", "furosemide 25 mg", "Eutirox 50 mcg"],
}
CONDITIONS = {
    "en": ["Parkinson's disease", "Crohn's disease", "Down syndrome", "Hodgkin lymphoma", "Alzheimer's disease",
           "Hashimoto's thyroiditis", "Graves' disease", "Cushing's syndrome", "Addison's disease", "Bell's palsy",
           "Raynaud's phenomenon", "Sjögren's syndrome", "Guillain-Barré syndrome", "Huntington's disease",
           "Ménière's disease", "Barrett's esophagus", "Lyme disease", "Tourette syndrome", "Marfan syndrome",
           "Dupuytren's contracture", "Paget's disease of bone", "Wilson's disease", "Kawasaki disease",
           "non-Hodgkin lymphoma", "Charcot-Marie-Tooth disease", "Osgood-Schlatter disease",
           "Wolff-Parkinson-White syndrome"],
    "de": ["Morbus Parkinson", "Morbus Crohn", "Down-Syndrom", "Hodgkin-Lymphom", "Alzheimer-Demenz",
           "Hashimoto-Thyreoiditis", "Morbus Basedow", "Cushing-Syndrom", "Morbus Addison", "Morbus Bechterew",
           "Raynaud-Syndrom", "Sjögren-Syndrom", "Guillain-Barré-Syndrom", "Chorea Huntington", "Morbus Menière",
           "Barrett-Ösophagus", "Lyme-Borreliose", "Morbus Paget", "Morbus Wilson", "Dupuytren-Kontraktur"],
    "fr": ["maladie de Parkinson", "maladie de Crohn", "syndrome de Down", "lymphome de Hodgkin",
           "maladie d'Alzheimer", "thyroïdite de Hashimoto", "maladie de Basedow", "syndrome de Cushing",
           "maladie d'Addison", "syndrome de Raynaud", "syndrome de Gougerot-Sjögren", "syndrome de Guillain-Barré",
           "maladie de Huntington", "maladie de Ménière", "œsophage de Barrett", "maladie de Lyme",
           "maladie de Horton", "maladie de Paget", "maladie de Dupuytren", "maladie de Charcot"],
    "es": ["enfermedad de Parkinson", "enfermedad de Crohn", "síndrome de Down", "linfoma de Hodgkin",
           "enfermedad de Alzheimer", "tiroiditis de Hashimoto", "enfermedad de Graves", "síndrome de Cushing",
           "enfermedad de Addison", "parálisis de Bell", "fenómeno de Raynaud", "síndrome de Sjögren",
           "síndrome de Guillain-Barré", "enfermedad de Huntington", "enfermedad de Ménière", "esófago de Barrett",
           "enfermedad de Lyme", "enfermedad de Chagas", "enfermedad de Paget"],
    "pt": ["doença de Parkinson", "doença de Crohn", "síndrome de Down", "linfoma de Hodgkin",
           "doença de Alzheimer", "tiroidite de Hashimoto", "doença de Graves", "síndrome de Cushing",
           "doença de Addison", "paralisia de Bell", "fenómeno de Raynaud", "síndrome de Sjögren",
           "síndrome de Guillain-Barré", "doença de Huntington", "doença de Chagas", "esófago de Barrett",
           "doença de Lyme"],
    "nl": ["ziekte van Parkinson", "ziekte van Crohn", "syndroom van Down", "Hodgkin-lymfoom",
           "ziekte van Alzheimer", "thyreoïditis van Hashimoto", "ziekte van Graves", "syndroom van Cushing",
           "ziekte van Addison", "fenomeen van Raynaud", "syndroom van Sjögren", "syndroom van Guillain-Barré",
           "ziekte van Huntington", "ziekte van Ménière", "Barrett-oesofagus", "ziekte van Lyme",
           "ziekte van Bechterew", "ziekte van Kahler"],
    "it": ["morbo di Parkinson", "malattia di Crohn", "sindrome di Down", "linfoma di Hodgkin",
           "morbo di Alzheimer", "tiroidite di Hashimoto", "morbo di Basedow", "sindrome di Cushing",
           "morbo di Addison", "paralisi di Bell", "fenomeno di Raynaud", "sindrome di Sjögren",
           "sindrome di Guillain-Barré", "còrea di Huntington", "sindrome di Ménière", "esofago di Barrett",
           "malattia di Lyme", "morbo di Paget"],
}
PROCEDURES = {
    "en": ["Holter monitor", "colonoscopy", "echocardiogram", "MRI of the lumbar spine", "Whipple procedure",
           "CABG x3", "cataract surgery", "upper endoscopy", "Nissen fundoplication", "total knee replacement",
           "DEXA scan", "stress test", "Pap smear", "Mantoux test", "sleep study", "carotid ultrasound"],
    "de": ["Langzeit-EKG", "Koloskopie", "Echokardiographie", "MRT der LWS", "Whipple-OP", "Gastroskopie",
           "Knie-TEP", "Belastungs-EKG", "Schlaflabor-Untersuchung", "Katarakt-OP"],
    "fr": ["Holter ECG", "coloscopie", "échographie cardiaque", "IRM lombaire", "duodénopancréatectomie",
           "fibroscopie gastrique", "prothèse totale de genou", "épreuve d'effort", "polysomnographie"],
    "es": ["Holter", "colonoscopia", "ecocardiograma", "resonancia magnética lumbar", "gastroscopia",
           "prótesis de rodilla", "prueba de esfuerzo", "cirugía de cataratas", "densitometría"],
    "pt": ["Holter", "colonoscopia", "ecocardiograma", "ressonância magnética lombar", "endoscopia digestiva alta",
           "prótese total do joelho", "prova de esforço", "cirurgia de cataratas", "densitometria óssea"],
    "nl": ["Holter-onderzoek", "coloscopie", "echocardiografie", "MRI van de lumbale wervelkolom", "gastroscopie",
           "knieprothese", "inspanningstest", "staaroperatie", "slaaponderzoek"],
    "it": ["Holter cardiaco", "colonscopia", "ecocardiogramma", "risonanza magnetica lombare", "gastroscopia",
           "protesi di ginocchio", "test da sforzo", "intervento di cataratta", "polisonnografia"],
}

PHARMACIES = {"en": ["CVS Pharmacy", "Walgreens", "Boots", "Rite Aid", "Walmart Pharmacy", "Lloyds Pharmacy"],
              "de": ["Ihre Apotheke", "Apotheke am Markt", "Stern-Apotheke"], "nl": ["Apotheek", "Uw apotheek"],
              "it": ["Farmacia", "Farmacia Comunale"], "fr": ["Pharmacie du Centre", "Pharmacie de la Gare"]}

EMAIL_DOMAINS = {
    "en": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me", "aol.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "gmx.at"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "bluewin.ch"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "yahoo.com.ar"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "uol.com.br", "bol.com.br", "outlook.pt"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "telenet.be", "hotmail.nl", "skynet.be"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tim.it", "alice.it", "yahoo.it"],
}
ORG_DOMAINS = ["northside-health.org", "medgroup.example", "valleyclinic.net", "hospital-zentrum.de",
               "ch-regional.fr", "clinica-norte.es", "policlinico.example.it", "huisartsen-noord.nl",
               "saude-centro.pt", "riverside-med.com"]

# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------

def E(typ, text):
    text = re.sub(r"\s+", " ", str(text)).strip()
    assert text, "empty entity %s" % typ
    return ("E", typ, text)


def P(term, text):
    text = re.sub(r"\s+", " ", str(text)).strip()
    return ("P", term, text)


FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "æ": "ae", "œ": "oe"}


def ascii_fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(rng, n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def aba_routing(rng):
    d = [rng.randint(0, 9) for _ in range(8)]
    d[0] = rng.choice([0, 1, 2, 3])
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def dea_number(rng, last):
    l2 = ascii_fold(last)[:1].upper() or "X"
    if not l2.isalpha():
        l2 = "X"
    d = [rng.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + l2 + "".join(map(str, d)) + str(c)


def titlecase_census(s):
    s = s.capitalize()
    if s.startswith("Mc") and len(s) > 3:
        s = "Mc" + s[2:].capitalize()
    return s


class Census:
    def __init__(self, path):
        self.names, self.cum, self.path, self.sha = [], [], None, None
        if path and os.path.exists(path):
            h = hashlib.sha256()
            tot = 0.0
            with open(path, "rb") as fh:
                data = fh.read()
            h.update(data)
            for line in data.decode("ascii", "replace").splitlines():
                parts = line.split()
                if len(parts) < 2 or not parts[0].isalpha():
                    continue
                tot += float(parts[1]) + 0.00005  # small floor so the long tail can appear
                self.names.append(parts[0])
                self.cum.append(tot)
            self.path, self.sha = path, h.hexdigest()

    def __bool__(self):
        return bool(self.names)

    def sample(self, rng):
        x = rng.random() * self.cum[-1]
        return titlecase_census(self.names[bisect.bisect_right(self.cum, x)])


# --------------------------------------------------------------------------------------
# Persons
# --------------------------------------------------------------------------------------

class Person:
    def __init__(self, ctx, role):
        rng, lang, loc = ctx.rng, ctx.lang, ctx.loc
        self.ctx = ctx
        self.g = rng.choice("fm")
        self.native = False
        src = "faker"
        r = rng.random()
        if lang == "en":
            if loc == "en_US":
                if ctx.census and r < 0.16:
                    src = "census"
                elif r < 0.24:
                    src = "common"
                elif r < 0.37:
                    src = "hand"
            elif loc in ("en_GB", "en_IE", "ga_IE", "en_IN"):
                if r < 0.05 and loc == "en_GB":
                    src = "common"
                elif r < 0.15:
                    src = "hand"
        else:
            if r < 0.09:
                src = "particle"
            elif r < 0.14:
                src = "hand"
        f = ctx.fk()
        fem = self.g == "f"
        ffirst = (f.first_name_female if fem else f.first_name_male)
        flast = (f.last_name_female if fem else f.last_name_male)
        if src == "faker":
            self.first, self.last = ffirst(), flast()
            self.source = "faker:" + loc
        elif src == "census":
            self.first, self.last = ffirst(), ctx.census.sample(rng)
            self.source = "census"
        elif src == "common":
            k = rng.random()
            first = rng.choice(COMMON_FIRST_F if fem else COMMON_FIRST_M) if k < 0.7 else ffirst()
            last = rng.choice(COMMON_LAST) if k >= 0.45 else flast()
            self.first, self.last = first, last
            self.source = "hand:common"
        elif src == "particle":
            self.first, self.last = ffirst(), rng.choice(PARTICLE_LAST[lang])
            self.source = "hand:particle-" + lang
        else:
            if loc in ("en_IE", "ga_IE") and rng.random() < 0.6:
                grp = "irish"
            else:
                grp = rng.choice(sorted(HAND))
            ff, fm, ln, lf_only, lm_only = HAND[grp]
            self.first = rng.choice(ff if fem else fm)
            pool = ln + (lf_only if fem else lm_only)
            self.last = rng.choice(pool)
            self.native = rng.random() < NATIVE_ORDER.get(grp, 0)
            self.source = "hand:" + grp
        if loc in ("vi_VN", "hu_HU") and src == "faker" and rng.random() < 0.5:
            self.native = True
        self.middle = None
        if rng.random() < 0.35 and not self.native:
            self.middle = ffirst() if src in ("faker", "census", "common") else None
            if self.middle == self.first:
                self.middle = None
        self.mi = (self.middle or rng.choice("ABCDEFGHJKLMNPRSTW"))[0].upper()

    # ---- forms ------------------------------------------------------------------
    @property
    def fi(self):
        return self.first[0].upper()

    def last_initial(self):
        toks = [t for t in re.split(r"[ \-']", self.last) if t]
        big = [t for t in toks if t[0].isupper()] or toks
        return big[-1][0].upper() if len(big[-1]) > 1 and big[-1][:2] not in ("tS",) else big[0][0].upper()

    def full(self):
        if self.native:
            return self.last + " " + self.first
        if self.middle and self.ctx.rng.random() < 0.35:
            return "%s %s %s" % (self.first, self.middle, self.last)
        return "%s %s" % (self.first, self.last)

    def form(self, attr):
        rng = self.ctx.rng
        if attr in (None, "any"):
            attr = wchoice(rng, [("full", 45), ("first", 8), ("last", 5), ("lf", 15), ("il", 10), ("iml", 5),
                                 ("fml", 12)])
        if attr == "title":
            m, f = TITLES[self.ctx.lang]
            return [rng.choice(m if self.g == "m" else f)]
        if attr == "email":
            return [E("EMAIL", self.email())]
        if attr == "full":
            s = self.full()
        elif attr == "first":
            s = self.first
        elif attr == "fl":
            s = "%s %s" % (self.first, self.last)
        elif attr == "last":
            s = self.last
        elif attr == "lf":
            s = "%s, %s" % (self.last, self.first)
            if rng.random() < 0.2:
                s += " " + self.mi + rng.choice([".", ""])
        elif attr == "il":
            s = "%s.%s%s" % (self.fi, rng.choice([" ", " ", ""]), self.last) if rng.random() < 0.8 \
                else "%s %s" % (self.fi, self.last)
        elif attr == "iml":
            s = "%s. %s. %s" % (self.fi, self.mi, self.last)
        elif attr == "fml":
            s = "%s %s%s %s" % (self.first, self.mi, rng.choice([".", ""]), self.last)
        elif attr == "ini":
            s = self.fi + (self.mi if rng.random() < 0.7 else "") + self.last_initial()
        elif attr == "tx":
            s = slug(self.last.split()[-1]) if rng.random() < 0.6 else (self.fi + self.last_initial()).lower()
            s = s or "tx"
        elif attr == "upper":
            s = "%s, %s" % (self.last.upper(), self.first.upper())
        else:
            raise KeyError("person attr %r" % attr)
        return [E("PERSON", s)]

    def email(self):
        rng = self.ctx.rng
        fi, la = slug(self.first), slug(self.last) or "x"
        fi = fi or "x"
        pat = rng.choice(["{f}.{l}", "{f}{l}", "{i}{l}", "{f}_{l}", "{l}.{f}", "{f}.{l}{n}", "{i}{l}{n}",
                          "{f}{n}"])
        user = pat.format(f=fi, l=la, i=fi[0], n=rng.randint(1, 99))
        return user + "@" + rng.choice(EMAIL_DOMAINS[self.ctx.lang])

    def gsel(self, spec):
        m, _, f = spec.partition("/")
        return m if self.g == "m" else f


# --------------------------------------------------------------------------------------
# Context and slots
# --------------------------------------------------------------------------------------

PERSON_RE = re.compile(r"^(p|d|n|t|s)\d*$")
FL_RE = re.compile(r"\{(\w+)\.first\} \{\1\.last\}")
CHOICE_RE = re.compile(r"\[\[(.*?)\]\]", re.S)
TOK_RE = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.([a-z0-9_]+))?(?:\?([^}]*))?\}")


class Ctx:
    def __init__(self, gen, i, rng, lang, loc):
        self.gen, self.i, self.rng, self.lang, self.loc = gen, i, rng, lang, loc
        self.census = gen.census
        self.persons = {}
        self.cache = {}
        self.dates = {}
        self._seeded = set()
        self.used = set()
        self.age_target = None  # the patient's age when the text states one (DOB is made to agree)
        self._now = None

    @property
    def now(self):
        """The text's reference date: visit / admission date, and the day the stated age holds."""
        if self._now is None:
            self._now = rand_date(self.rng, 2012, 2025)
        return self._now

    def pick(self, key, seq):
        """rng.choice(seq), avoiding values already drawn for `key` in this text when possible."""
        for _ in range(6):
            k = self.rng.randrange(len(seq))
            if (key, k) not in self.used:
                break
        self.used.add((key, k))
        return seq[k]

    def fk(self, loc=None):
        loc = loc or self.loc
        f = self.gen.fakers[loc]
        if loc not in self._seeded:
            f.seed_instance(self.gen.seed * 1000003 + self.i)
            self._seeded.add(loc)
        return f

    def person(self, name):
        if name not in self.persons:
            self.persons[name] = Person(self, name[0])
        return self.persons[name]

    def slot(self, name, attr):
        if PERSON_RE.match(name):
            return self.person(name).form(attr)
        base = name.rstrip("0123456789")
        fn = SLOTS.get(base)
        if fn is None:
            raise KeyError("unknown slot {%s}" % name)
        if base in NOCACHE:
            return fn(self, name, attr)
        key = (name, attr)
        if key not in self.cache:
            self.cache[key] = fn(self, name, attr)
        return self.cache[key]

    def render(self, tpl):
        rng = self.rng
        tpl = CHOICE_RE.sub(lambda m: rng.choice(m.group(1).split("|")), tpl)
        tpl = FL_RE.sub(r"{\1.fl}", tpl)  # "{p.first} {p.last}" is one name: one PERSON span
        out, pos = [], 0
        for m in TOK_RE.finditer(tpl):
            out.append(tpl[pos:m.start()])
            name, attr, g = m.groups()
            if g is not None:
                out.append(self.person(name).gsel(g))
            else:
                out.extend(self.slot(name, attr))
            pos = m.end()
        out.append(tpl[pos:])
        out = [x for x in out if x != ""]
        if self.lang == "it":
            for k in range(1, len(out)):
                a, b = out[k - 1], out[k]
                if isinstance(a, str) and not isinstance(b, str) and b[1] == "DATE" and re.match(r"(8|11)\b", b[2]) \
                        and re.search(r"\b(il|del|al|dal) $", a):
                    out[k - 1] = re.sub(r"\b(il|del|al|dal) $", lambda m: {"il": "l'", "del": "dell'", "al": "all'", "dal": "dall'"}[m.group(1)], a)
        return out


# ---- dates --------------------------------------------------------------------------

def rand_date(rng, y0, y1):
    d0 = date(y0, 1, 1).toordinal()
    d1 = date(y1, 12, 31).toordinal()
    return date.fromordinal(rng.randint(d0, d1))


def en_suffix(d):
    if 11 <= d <= 13:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def fmt_numeric(rng, d, lang, loc):
    D, M, Y, yy = d.day, d.month, d.year, d.year % 100
    if lang == "en":
        if loc == "en_US":
            opts = ["%d/%d/%d" % (M, D, Y), "%02d/%02d/%d" % (M, D, Y), "%d/%d/%02d" % (M, D, yy),
                    "%02d/%02d/%02d" % (M, D, yy), "%d-%02d-%02d" % (Y, M, D), "%02d-%02d-%d" % (M, D, Y),
                    "%02d-%s-%d" % (D, MONTHS_ABBR["en"][M - 1], Y)]
        else:
            opts = ["%02d/%02d/%d" % (D, M, Y), "%d/%d/%02d" % (D, M, yy), "%d-%02d-%02d" % (Y, M, D),
                    "%02d.%02d.%d" % (D, M, Y), "%02d-%s-%d" % (D, MONTHS_ABBR["en"][M - 1], Y),
                    "%d/%d/%d" % (D, M, Y)]
    elif lang == "de":
        opts = ["%02d.%02d.%d" % (D, M, Y), "%d.%d.%d" % (D, M, Y), "%d.%d.%02d" % (D, M, yy),
                "%02d.%02d.%02d" % (D, M, yy), "%d-%02d-%02d" % (Y, M, D)]
    elif lang == "nl":
        opts = ["%02d-%02d-%d" % (D, M, Y), "%d-%d-%d" % (D, M, Y), "%02d/%02d/%d" % (D, M, Y),
                "%d-%02d-%02d" % (Y, M, D), "%02d.%02d.%d" % (D, M, Y)]
    else:
        opts = ["%02d/%02d/%d" % (D, M, Y), "%d/%d/%d" % (D, M, Y), "%d/%d/%02d" % (D, M, yy),
                "%d-%02d-%02d" % (Y, M, D), "%02d-%02d-%d" % (D, M, Y), "%02d.%02d.%d" % (D, M, Y)]
    return rng.choice(opts)


def fmt_words(rng, d, lang, loc, spoken=False, year=True):
    D, M, Y = d.day, d.month, d.year
    if lang == "en" and rng.random() < 0.04:  # a foreign month name inside an English text
        lang2 = rng.choice(["fr", "de", "es", "it", "nl", "pt"])
        return [E("DATE", fmt_words(rng, d, lang2, loc, False, year)[-1][2])]
    mon, ab = MONTHS[lang][M - 1], MONTHS_ABBR[lang][M - 1]
    if lang == "de" and loc == "de_AT" and M == 1 and rng.random() < 0.7:
        mon = "Jänner"
    yr = rng.random() < 0.75 if year else False
    if lang == "en":
        if spoken and rng.random() < 0.5:
            s = "%s of %s" % (EN_ORD[D - 1], mon) + (", %d" % Y if yr else "")
            return ["the ", E("DATE", s)]
        us = loc == "en_US"
        opts = ["%s %d, %d" % (mon, D, Y) if us else "%d %s %d" % (D, mon, Y),
                "%s %d, %d" % (ab, D, Y) if us else "%d %s %d" % (D, ab, Y),
                "%s %s" % (mon, en_suffix(D)) + (", %d" % Y if yr else ""),
                "%s %s" % (en_suffix(D), mon) + (" %d" % Y if yr else ""),
                "%s %d" % (mon, D) if us else "%d %s" % (D, mon),
                "%d %s %d" % (D, mon, Y), "%s %d %d" % (ab, D, Y)]
        if spoken:
            opts.append("%s %s" % (mon, EN_ORD[D - 1]))
        return [E("DATE", rng.choice(opts))]
    if lang == "de":
        opts = ["%d. %s %d" % (D, mon, Y), "%d. %s" % (D, mon), "%d. %s %d" % (D, ab, Y), "%02d. %s %d" % (D, mon, Y)]
    elif lang == "fr":
        dd = "1er" if D == 1 else str(D)
        opts = ["%s %s %d" % (dd, mon, Y), "%s %s" % (dd, mon), "%d %s %d" % (D, ab, Y)]
    elif lang in ("es", "pt"):
        opts = ["%d de %s de %d" % (D, mon, Y), "%d de %s" % (D, mon), "%d/%s/%d" % (D, ab, Y),
                "%d %s %d" % (D, ab, Y)]
    elif lang == "nl":
        opts = ["%d %s %d" % (D, mon, Y), "%d %s" % (D, mon), "%d %s %d" % (D, ab, Y)]
    else:  # it
        dd = "1º" if D == 1 and rng.random() < 0.5 else str(D)
        opts = ["%s %s %d" % (dd, mon, Y), "%s %s" % (dd, mon), "%d %s %d" % (D, ab, Y)]
    if not yr:
        opts = [o for o in opts if not re.search(r"\d{4}$", o)] or opts
    return [E("DATE", rng.choice(opts))]


def get_date(ctx, name):
    if name in ctx.dates:
        return ctx.dates[name]
    rng = ctx.rng
    base = name.rstrip("0123456789")
    if name in ("date", "adate"):
        d = ctx.now
    elif base == "dob" and ctx.age_target and name == "dob":
        now = ctx.now
        last_bday = now - timedelta(days=rng.randint(0, 364))
        try:
            d = last_bday.replace(year=last_bday.year - ctx.age_target)
        except ValueError:  # 29 February
            d = (last_bday - timedelta(days=1)).replace(year=last_bday.year - ctx.age_target)
    elif base == "dob":
        d = rand_date(rng, 1926, 2006)
    elif base == "ddate":
        d = get_date(ctx, "adate" + name[5:]) + timedelta(days=rng.randint(1, 16))
    elif base == "sdt":
        d = get_date(ctx, "sdd" + name[3:]) + timedelta(days=rng.randint(0, 3))
    elif base == "sdd":  # dictation date: the visit / discharge date when the text has one
        for k in ("date", "ddate", "adate"):
            if k in ctx.dates:
                d = ctx.dates[k] + timedelta(days=rng.choice([0, 0, 1, 2]))
                break
        else:
            d = rand_date(rng, 1968, 2024)
    else:
        d = rand_date(rng, 2012, 2025)
    ctx.dates[name] = d
    return d


def slot_date(ctx, name, attr):
    d = get_date(ctx, name)
    rng, lang, loc = ctx.rng, ctx.lang, ctx.loc
    if attr == "n":
        return [E("DATE", fmt_numeric(rng, d, lang, loc))]
    if attr == "w":
        return fmt_words(rng, d, lang, loc, spoken=True)
    if attr == "nw":  # words, no "the ... of" form
        return fmt_words(rng, d, lang, loc)
    if rng.random() < 0.55:
        return [E("DATE", fmt_numeric(rng, d, lang, loc))]
    return fmt_words(rng, d, lang, loc)


def slot_sdate(ctx, name, attr):  # dictation DD/DT: 04/07/69 style
    d = get_date(ctx, name)
    if ctx.rng.random() < 0.8:
        return [E("DATE", "%02d/%02d/%02d" % (d.month, d.day, d.year % 100))]
    return [E("DATE", "%d/%d/%d" % (d.month, d.day, d.year))]


# ---- ages ---------------------------------------------------------------------------

def old_age(rng):
    return wchoice(rng, [(90, 9), (91, 9), (92, 9), (93, 8), (94, 7), (95, 6), (96, 5), (97, 4), (98, 3),
                         (99, 3), (100, 2), (101, 1), (102, 1), (103, 1), (104, 1)])


def en_article(n):
    s = str(n)
    return "an" if s.startswith("8") or s in ("11", "18") else "a"


def slot_age(ctx, name, attr):
    n = ctx.age_target if (ctx.age_target or 0) >= 90 else old_age(ctx.rng)
    if attr == "a":
        return ["a ", E("AGE", str(n))]
    return [E("AGE", str(n))]


def spelled(ctx):
    key = "fr_CH" if ctx.loc == "fr_CH" and ctx.lang == "fr" else ctx.lang
    return SPELLED_90[key][ctx.rng.randint(0, 9)]


def slot_agew(ctx, name, attr):
    n = ctx.age_target if 90 <= (ctx.age_target or 0) <= 99 else None
    s = spelled(ctx) if n is None else SPELLED_90["fr_CH" if ctx.loc == "fr_CH" and ctx.lang == "fr" else ctx.lang][n - 90]
    if attr == "a":
        return ["a ", E("AGE", s)]
    return [E("AGE", s)]


def slot_agex(ctx, name, attr):  # an age that is only gold when >= 90
    rng = ctx.rng
    if ctx.age_target:
        n = ctx.age_target
    elif rng.random() < 0.4:
        n = old_age(rng)
    else:
        n = rng.randint(19, 89)
    out = [E("AGE", str(n))] if n >= 90 else [str(n)]
    if attr == "a":
        return [en_article(n) + " "] + out
    return out


def slot_agek(ctx, name, attr):
    return [str(ctx.rng.randint(2, 16))]


def slot_agep(ctx, name, attr):
    n = ctx.rng.randint(19, 88)
    if attr == "a":
        return [en_article(n) + " ", str(n)]
    return [str(n)]


# ---- contact ------------------------------------------------------------------------

def ie_phone(rng):
    return rng.choice(["08%d %s %s" % (rng.choice([3, 5, 6, 7, 9]), digits(rng, 3), digits(rng, 4)),
                       "(01) %s %s" % (digits(rng, 3), digits(rng, 4)),
                       "+353 8%d %s %s" % (rng.choice([3, 5, 6, 7]), digits(rng, 3), digits(rng, 4)),
                       "0%d %s %s" % (rng.choice([21, 61, 91, 66, 71]), digits(rng, 3), digits(rng, 4))])


def base_phone(ctx):
    rng = ctx.rng
    if ctx.loc in ("en_IE", "ga_IE"):
        return ie_phone(rng)
    return ctx.fk().phone_number()


def e164(ctx):
    rng = ctx.rng
    cc = COUNTRY_CODE[ctx.loc]
    nat = re.sub(r"\D", "", base_phone(ctx).split("x")[0])
    if nat.startswith("00"):
        nat = nat[2:]
    if nat.startswith(cc) and len(nat) > 9:
        nat = nat[len(cc):]
    nat = nat.lstrip("0")
    if cc == "1":
        nat = nat[-10:]
    if len(nat) < 7:
        nat = nat + digits(rng, 9 - len(nat))
    nat = nat[:11]
    if rng.random() < 0.5:
        return "+" + cc + nat
    return "+%s %s %s" % (cc, nat[:3], nat[3:])


EXT_WORD = {"en": ["ext. ", "ext ", "x", "Ext. "], "fr": ["poste "], "de": ["App. ", "Durchwahl "],
            "es": ["ext. "], "pt": ["ext. "], "nl": ["toestel "], "it": ["int. "]}


def slot_phone(ctx, name, attr):
    rng = ctx.rng
    r = rng.random()
    if attr == "n" or r < 0.66:
        s = base_phone(ctx)
        if attr == "n":
            s = s.split("x")[0]
    elif r < 0.84:
        s = e164(ctx)
    else:
        s = base_phone(ctx).split("x")[0].strip() + " " + rng.choice(EXT_WORD[ctx.lang]) + \
            str(rng.choice([rng.randint(2, 99), rng.randint(100, 9999)]))
    return [E("PHONE", s)]


def slot_pager(ctx, name, attr):
    rng = ctx.rng
    s = rng.choice([digits(rng, 5), digits(rng, 4), "#" + digits(rng, 5), digits(rng, 3) + "-" + digits(rng, 4)])
    if s.startswith("#"):
        return ["#", E("PHONE", s[1:])]
    return [E("PHONE", s)]


def slot_email(ctx, name, attr):
    rng = ctx.rng
    if rng.random() < 0.6:
        return [E("EMAIL", ctx.person("p").email())]
    f = ctx.fk()
    return [E("EMAIL", rng.choice([f.email(), f.free_email(), f.company_email()]))]


def slot_url(ctx, name, attr):
    rng = ctx.rng
    p = ctx.person("p")
    user = slug(p.first)[:1] + slug(p.last) + str(rng.randint(1, 99))
    opts = ["https://portal.%s/patient/%s" % (rng.choice(ORG_DOMAINS), user),
            "https://www.facebook.com/%s.%s.%d" % (slug(p.first), slug(p.last), rng.randint(1, 999)),
            ctx.fk().url(),
            "https://%s/results?id=%s" % (rng.choice(ORG_DOMAINS), digits(rng, 8)),
            "https://mychart.%s/MyChart/%s" % (rng.choice(ORG_DOMAINS), user),
            "www.%s.%s" % (slug(p.last), rng.choice(["com", "net", "de", "fr", "nl", "it"])),
            "https://share.%s/s/%s" % (rng.choice(ORG_DOMAINS), letters(rng, 10, "abcdefghkmnpqrstuvwxyz23456789"))]
    return [E("URL", rng.choice(opts))]


def slot_ip(ctx, name, attr):
    f, r = ctx.fk(), ctx.rng.random()
    if r < 0.7:
        s = f.ipv4_public()
    elif r < 0.88:
        s = f.ipv4_private()
    else:
        s = f.ipv6()
    return [E("IP", s)]


# ---- national / financial ids --------------------------------------------------------

def ssn_value(ctx):
    rng, loc = ctx.rng, ctx.loc
    if loc in ("en_GB",):
        return "%s%s %s %s %s %s" % (letters(rng, 1, "ABCEGHJKLMNPRSTWXYZ"), letters(rng, 1, "ABCEGHJKLMNPRSTWXYZ"),
                                     digits(rng, 2), digits(rng, 2), digits(rng, 2), rng.choice("ABCD"))
    if loc in ("en_IE", "ga_IE"):
        return digits(rng, 7) + letters(rng, 1) + rng.choice(["", "A", "W"])
    if loc == "en_IN":
        return "%s %s %s" % (digits(rng, 4), digits(rng, 4), digits(rng, 4))
    if loc == "de_DE":
        return "%s %s %s %s" % (digits(rng, 2), digits(rng, 6), letters(rng, 1), digits(rng, 3))
    if loc == "es_ES":
        return "%s %s %s" % (digits(rng, 2), digits(rng, 8), digits(rng, 2))
    if loc == "pt_PT":
        return digits(rng, 11) if rng.random() < 0.5 else "%s %s %s" % (digits(rng, 3), digits(rng, 3), digits(rng, 3))
    if loc == "cs_CZ":
        return "%02d%02d%02d/%s" % (rng.randint(30, 99), rng.choice([rng.randint(1, 12), rng.randint(51, 62)]),
                                    rng.randint(1, 28), digits(rng, 4))
    if loc == "vi_VN":
        return digits(rng, 12)
    if loc == "pt_BR":
        s = ctx.fk().cpf() if rng.random() < 0.7 else ctx.fk().ssn()
        return s
    return ctx.fk().ssn()


def slot_ssn(ctx, name, attr):
    if attr == "4":
        return [E("SSN", digits(ctx.rng, 4))]
    return [E("SSN", ssn_value(ctx))]


def slot_mrn(ctx, name, attr):
    rng = ctx.rng
    s = rng.choice([digits(rng, 7), digits(rng, 8), "E" + digits(rng, 7), "00" + digits(rng, 6),
                    "%s-%s-%s" % (digits(rng, 3), digits(rng, 2), digits(rng, 2)),
                    "%s-%s-%s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3)), "M" + digits(rng, 6),
                    digits(rng, 6), "%s%s" % (rng.randint(10, 25), digits(rng, 6))])
    return [E("MRN", s)]


def slot_hp(ctx, name, attr):
    rng, loc = ctx.rng, ctx.loc
    if loc == "en_US":
        s = rng.choice([letters(rng, 3) + digits(rng, 9), "W" + digits(rng, 9),
                        "%s%s%s%s-%s%s%s-%s%s%s%s" % (rng.randint(1, 9), letters(rng, 1), rng.choice(letters(rng, 1) + str(rng.randint(0, 9))),
                                                     rng.randint(0, 9), letters(rng, 1), letters(rng, 1), rng.randint(0, 9),
                                                     letters(rng, 1), letters(rng, 1), rng.randint(0, 9), rng.randint(0, 9)),
                        "%s-%s" % (letters(rng, 2), digits(rng, 8)), "GRP" + digits(rng, 6)])
    elif loc == "en_GB":
        s = "%s %s %s" % (digits(rng, 3), digits(rng, 3), digits(rng, 4))
    elif loc in ("de_DE", "de_AT"):
        s = letters(rng, 1) + digits(rng, 9)
    elif loc in ("es_ES", "es_AR", "es_MX"):
        s = rng.choice([letters(rng, 4) + digits(rng, 12), digits(rng, 11), "%s %s" % (letters(rng, 4), digits(rng, 10))])
    elif loc == "pt_BR":
        s = "%s %s %s %s" % (digits(rng, 3), digits(rng, 4), digits(rng, 4), digits(rng, 4))
    elif loc == "it_IT":
        s = "80380" + digits(rng, 15)
    elif loc in ("fr_FR", "fr_CH"):
        s = rng.choice([digits(rng, 8), "%s %s" % (digits(rng, 4), digits(rng, 4)), "80756" + digits(rng, 15)])
    else:
        s = rng.choice([digits(rng, 9), digits(rng, 10), letters(rng, 2) + digits(rng, 8)])
    return [E("HEALTHPLAN", s)]


def slot_acct(ctx, name, attr):
    rng = ctx.rng
    if attr == "4":
        return [E("ACCOUNT", digits(rng, 4))]
    s = rng.choice([digits(rng, 8), digits(rng, 10), digits(rng, 12), "%s-%s-%s" % (digits(rng, 4), digits(rng, 4), digits(rng, 2)),
                    "%s %s" % (digits(rng, 5), digits(rng, 5))])
    return [E("ACCOUNT", s)]


def slot_routing(ctx, name, attr):
    rng, loc = ctx.rng, ctx.loc
    if loc == "en_US":
        s = aba_routing(rng)
    elif loc in ("en_GB", "en_IE", "ga_IE"):
        s = "%s-%s-%s" % (digits(rng, 2), digits(rng, 2), digits(rng, 2))
    elif loc == "de_DE":
        s = rng.choice(["%s %s %s" % (digits(rng, 3), digits(rng, 3), digits(rng, 2)), digits(rng, 8)])
    else:
        s = ctx.fk().swift()
    return [E("ROUTING", s)]


def slot_bic(ctx, name, attr):
    f = ctx.fk()
    return [E("ROUTING", f.swift11() if ctx.rng.random() < 0.4 else f.swift8())]


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def slot_iban(ctx, name, attr):
    s = ctx.fk().iban()
    if ctx.rng.random() < 0.45:
        s = group4(s)
    return [E("IBAN", s)]


def slot_card(ctx, name, attr):
    rng = ctx.rng
    if attr == "4":
        return [E("CARD", digits(rng, 4))]
    s = ctx.fk().credit_card_number()
    r = rng.random()
    if r < 0.35 and len(s) == 16:
        s = group4(s)
    elif r < 0.45 and len(s) == 16:
        s = "-".join(s[i:i + 4] for i in range(0, 16, 4))
    return [E("CARD", s)]


def slot_lic(ctx, name, attr):
    rng, loc = ctx.rng, ctx.loc
    if loc == "en_US":
        s = rng.choice([letters(rng, 1) + digits(rng, 7), "%s%s-%s-%s" % (letters(rng, 1), digits(rng, 3), digits(rng, 4), digits(rng, 4)),
                        digits(rng, 9), "%s%s-%s-%s" % (letters(rng, 1), digits(rng, 2), digits(rng, 3), digits(rng, 4)),
                        letters(rng, 1) + digits(rng, 12)])
    elif loc == "en_GB":
        p = ctx.person("p")
        s = (slug(p.last).upper() + "99999")[:5] + digits(rng, 6) + p.fi + p.mi + digits(rng, 1) + letters(rng, 2)
    elif loc in ("de_DE", "de_AT"):
        s = letters(rng, 1) + digits(rng, 3) + letters(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digits(rng, 2) + letters(rng, 1) + digits(rng, 2)
    elif loc in ("fr_FR", "fr_CH"):
        s = digits(rng, 12)
    else:
        s = rng.choice([letters(rng, 1) + digits(rng, 8), digits(rng, 9), letters(rng, 2) + digits(rng, 7)])
    return [E("LICENSE", s)]


def slot_dea(ctx, name, attr):
    return [E("LICENSE", dea_number(ctx.rng, ctx.person("d").last))]


def slot_medlic(ctx, name, attr):
    rng = ctx.rng
    if ctx.lang == "es":
        s = "%s/%s" % (rng.randint(1, 52), digits(rng, 5)) if rng.random() < 0.5 else digits(rng, 9)
    else:
        s = rng.choice(["MD" + digits(rng, 6), letters(rng, 1) + digits(rng, 5), digits(rng, 8), "%s-%s" % (letters(rng, 2), digits(rng, 5))])
    return [E("LICENSE", s)]


def slot_plate(ctx, name, attr):
    return [E("VEHICLE", ctx.fk().license_plate())]


def slot_vin(ctx, name, attr):
    rng = ctx.rng
    return [E("VEHICLE", letters(rng, 1, "123459JKLSVWYZ") + letters(rng, 16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))]


def slot_dev(ctx, name, attr):
    rng = ctx.rng
    s = rng.choice([letters(rng, 3) + digits(rng, 6) + letters(rng, 1), "%s%s-%s" % (digits(rng, 1), letters(rng, 2), digits(rng, 6)),
                    "RNB" + digits(rng, 7), "%s-%s" % (letters(rng, 1) + digits(rng, 2), digits(rng, 6)), digits(rng, 15),
                    "SN" + digits(rng, 8), "%s%s%s" % (letters(rng, 2), digits(rng, 4), letters(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))])
    return [E("DEVICE", s)]


# ---- place --------------------------------------------------------------------------

def city_value(ctx):
    rng, f = ctx.rng, ctx.fk()
    if ctx.loc == "en_US":
        r = rng.random()
        if r < 0.15:
            return rng.choice(US_WORD_TOWNS)
        if r < 0.45:
            return rng.choice(US_CITIES)
    c = f.city()
    c = re.sub(r"\s*\(.*?\)\s*$", "", c)
    c = re.sub(r"^(thành phố|TP\.)\s+", "", c)
    return c


def address_value(ctx):
    rng, f, loc = ctx.rng, ctx.fk(), ctx.loc
    if rng.random() < 0.6 and loc not in ("ro_RO", "pt_BR", "es_MX", "tr_TR"):
        s = f.street_address()
    else:
        num, street = f.building_number().strip(". "), f.street_name()
        if loc == "ro_RO":
            s = "%s nr. %s" % (street, re.sub(r"\D", "", num) or "3")
        elif loc in ("pt_BR", "pt_PT", "it_IT", "es_MX"):
            s = "%s, %s" % (street, num)
        elif loc in NUMBER_FIRST:
            s = "%s %s" % (num, street)
        else:
            s = "%s %s" % (street, num)
    s = re.sub(r"\s*\n\s*", ", ", s).strip()
    if not re.search(r"\d", s):
        num = re.sub(r"\D", "", f.building_number()) or "7"
        s = "%s %s" % (num, s) if loc in NUMBER_FIRST else "%s %s" % (s, num)
    if rng.random() < 0.22:
        a = rng.randint(1, 40)
        lang = ctx.lang
        if lang == "en":
            if re.search(r"(Apt|Suite|Flat|Studio|H\.No\.|Unit)", s):
                pass
            elif loc == "en_GB" and rng.random() < 0.5:
                s = "Flat %d, %s" % (a, s)
            else:
                s += rng.choice([", Apt %d%s" % (a, rng.choice(["", "B", "C"])), " Apt. %d" % a, ", Unit %d" % a, " #%d" % a])
        elif lang == "de":
            s += rng.choice([", Whg. %d" % a, ", %d. OG" % rng.randint(1, 6), " / Top %d" % a])
        elif lang == "fr":
            s += rng.choice([", appt %d" % a, ", bât. %s" % rng.choice("ABCD"), ", %de étage" % rng.randint(2, 9)])
        elif lang == "es":
            s += rng.choice([", %dº %s" % (rng.randint(1, 9), rng.choice("ABCD")), ", piso %d, puerta %d" % (rng.randint(1, 9), rng.randint(1, 4))])
        elif lang == "pt":
            s += rng.choice([", %dº Esq." % rng.randint(1, 9), ", %dº Dto." % rng.randint(1, 9), ", apto %d" % (a * 10 + 1)])
        elif lang == "nl":
            s += rng.choice(["-%d" % rng.randint(1, 4), " bis", " %s" % rng.choice(["A", "B", "hs"])])
        elif lang == "it":
            s += rng.choice([", int. %d" % a, ", scala %s" % rng.choice("ABC")])
    return s


def slot_addr(ctx, name, attr):
    return [E("ADDRESS", address_value(ctx))]


def slot_city(ctx, name, attr):
    return [E("LOCATION", city_value(ctx))]


def slot_zip(ctx, name, attr):
    s = ctx.fk().postcode()
    if ctx.loc == "en_US" and ctx.rng.random() < 0.15:
        s = s[:5] + "-" + digits(ctx.rng, 4)
    return [E("ZIP", s)]


def slot_state(ctx, name, attr):
    return [ctx.rng.choice(US_STATES)]


def slot_cityline(ctx, name, attr):
    rng, loc = ctx.rng, ctx.loc
    c, z = ctx.slot("city", None), ctx.slot("zip", None)
    if loc == "en_US":
        return c + [", " + rng.choice(US_STATES) + " "] + z
    if loc in ("en_GB", "en_IN"):
        return c + [rng.choice([" ", ", ", " - "])] + z
    if loc in ("en_IE", "ga_IE"):
        return c + [", " + rng.choice(IE_COUNTIES) + " "] + z if rng.random() < 0.4 else c + [" "] + z
    if loc == "it_IT":
        return z + [" "] + c + [" (%s)" % rng.choice(IT_PROV)] if rng.random() < 0.6 else z + [" "] + c
    if loc == "pt_BR":
        return c + [" - %s, CEP " % rng.choice(BR_UF)] + z
    if loc == "es_MX":
        return c + [", C.P. "] + z if rng.random() < 0.5 else z + [" "] + c
    if loc == "vi_VN":
        return c + [" "] + z
    return z + [" "] + c


# ---- other ids ----------------------------------------------------------------------

def slot_id(ctx, name, attr):
    rng = ctx.rng
    s = rng.choice(["CLM" + digits(rng, 8), "%d-%s" % (rng.randint(2015, 2025), digits(rng, 6)), "INC" + digits(rng, 7),
                    "RE-%s" % digits(rng, 6), "FA%s%s" % (rng.randint(15, 25), digits(rng, 6)), digits(rng, 9),
                    "%s%s" % (letters(rng, 2), digits(rng, 7)), "#" + digits(rng, 6)])
    if s.startswith("#"):
        return ["#", E("ID", s[1:])]
    return [E("ID", s)]


def slot_passport(ctx, name, attr):
    rng = ctx.rng
    return [E("ID", rng.choice([letters(rng, 1) + digits(rng, 8), letters(rng, 2) + digits(rng, 7),
                               letters(rng, 1) + letters(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789")]))]


def slot_acc(ctx, name, attr):
    rng = ctx.rng
    return [E("ID", rng.choice(["S%02d-%s" % (rng.randint(12, 25), digits(rng, 6)), "AC" + digits(rng, 8),
                               "%02d-%s%s" % (rng.randint(12, 25), letters(rng, 1), digits(rng, 5)), digits(rng, 10)]))]


def slot_job(ctx, name, attr):
    return [E("ID", digits(ctx.rng, ctx.rng.choice([5, 6, 7])))]


def slot_tag(ctx, name, attr):  # transcriptionist tag such as "JD42" -> ID
    rng = ctx.rng
    if rng.random() < 0.4:
        t = ctx.person("t")
        ini = t.fi + t.last_initial()
    else:
        ini = letters(rng, 2)
    return [E("ID", ini + str(rng.randint(1, 999)))]


def slot_fname(ctx, name, attr):  # file names carrying a person's name -> ID
    rng = ctx.rng
    p = ctx.person("p")
    fi, la, LA = slug(p.first)[:1], slug(p.last), ascii_fold(p.last).replace(" ", "").replace("'", "")
    if rng.random() < 0.4:
        LA = p.last.replace(" ", "")
    Y = rng.randint(2012, 2025)
    d = rand_date(rng, 2012, 2025)
    pats = ["scan_%s%s_%d.pdf" % (fi, la, Y), "%s_%s_labs.docx" % (LA, fi.upper()),
            "%s-%s-referral.pdf" % (la, slug(p.first)), "%s%s_MRI_%s.dcm" % (LA, ascii_fold(p.first), d.strftime("%Y%m%d")),
            "%s%s_consent_signed.pdf" % (fi.upper(), LA), "IMG_%s_%s.jpg" % (la, digits(rng, 4)),
            "%s_%s_%s.xlsx" % (la, slug(p.first), d.strftime("%d%m%Y")), "Discharge_%s.pdf" % LA,
            "Befund_%s_%s.pdf" % (LA, ascii_fold(p.first)), "CR_%s_%s.pdf" % (LA.upper(), ascii_fold(p.first)),
            "informe_%s_%s.pdf" % (la, slug(p.first)), "%s.%s_ECG_%d.png" % (fi, la, Y)]
    return [E("ID", rng.choice(pats))]


# ---- protected terms / plain fillers ----------------------------------------------

def slot_drug(ctx, name, attr):
    return [P("drug", ctx.pick("drug", DRUGS[ctx.lang]))]


def slot_cond(ctx, name, attr):
    return [P("condition", ctx.pick("cond", CONDITIONS[ctx.lang]))]


def slot_proc(ctx, name, attr):
    return [P("procedure", ctx.pick("proc", PROCEDURES[ctx.lang]))]


def dec(x, nd, lang):
    s = "%.*f" % (nd, x)
    return s if lang == "en" else s.replace(".", ",")


def slot_lab(ctx, name, attr):
    rng, L = ctx.rng, ctx.lang
    sys_, dia = rng.randint(96, 188), rng.randint(54, 108)
    bp = {"en": "BP", "de": "RR", "fr": "TA", "es": "TA", "pt": "TA", "nl": "RR", "it": "PA"}[L]
    mm = "" if L == "en" and rng.random() < 0.6 else " mmHg"
    hb = {"en": "Hb", "de": "Hb", "fr": "Hb", "es": "Hb", "pt": "Hb", "nl": "Hb", "it": "Hb"}[L]
    crea = {"en": "creatinine", "de": "Kreatinin", "fr": "créatinine", "es": "creatinina", "pt": "creatinina",
            "nl": "kreatinine", "it": "creatinina"}[L]
    opts = ["%s %d/%d%s" % (bp, sys_, dia, mm),
            "HbA1c %s%%" % dec(rng.uniform(5.2, 11.5), 1, L) if L == "en" else "HbA1c %s %%" % dec(rng.uniform(5.2, 11.5), 1, L),
            "%s %s g/dL" % (hb, dec(rng.uniform(7.5, 16.5), 1, L)),
            "K %s mmol/L" % dec(rng.uniform(2.9, 6.1), 1, L),
            "%s %s mg/dL" % (crea, dec(rng.uniform(0.5, 3.9), 2, L)),
            "INR %s" % dec(rng.uniform(0.9, 4.5), 1, L),
            "TSH %s mIU/L" % dec(rng.uniform(0.05, 12), 2, L),
            "SpO2 %d%%" % rng.randint(84, 100),
            ("HR %d" if L == "en" else "Hf %d/min" if L == "de" else "FC %d/min") % rng.randint(48, 132),
            ("T %s °C" % dec(rng.uniform(35.5, 40.2), 1, L)) if L != "en" or rng.random() < 0.5 else "temp %s F" % dec(rng.uniform(96, 104), 1, L),
            "LDL %d mg/dL" % rng.randint(55, 210),
            "eGFR %d" % rng.randint(12, 110),
            "CRP %s mg/L" % dec(rng.uniform(0.3, 180), 1, L),
            "Na %d mmol/L" % rng.randint(124, 148),
            "WBC %s" % dec(rng.uniform(2.1, 22), 1, L)]
    return [P("lab", ctx.pick("lab", opts))]


def slot_time(ctx, name, attr):
    rng, L = ctx.rng, ctx.lang
    h, m = rng.randint(7, 19), rng.choice([0, 0, 15, 30, 45, 10, 20, 40, 50, 5])
    if L == "en":
        h12 = h if h <= 12 else h - 12
        ap = "am" if h < 12 else "pm"
        s = rng.choice(["%d:%02d %s" % (h12, m, ap), "%d%s" % (h12, ap), "%02d:%02d" % (h, m), "%d:%02d" % (h12, m),
                        "%d:%02d %s" % (h12, m, ap.upper()), "%d:%02d %s.m." % (h12, m, ap[0]), "%02d%02d" % (h, m)])
    elif L == "de":
        s = rng.choice(["%d:%02d Uhr" % (h, m), "%d:%02d" % (h, m), "%d.%02d Uhr" % (h, m), "%d Uhr" % h])
    elif L == "fr":
        s = rng.choice(["%dh%02d" % (h, m), "%dh" % h, "%d:%02d" % (h, m), "%d h %02d" % (h, m)])
    elif L == "pt" and ctx.loc == "pt_BR":
        s = rng.choice(["%dh%02d" % (h, m), "%dh" % h, "%d:%02d" % (h, m)])
    elif L in ("it", "nl"):
        s = rng.choice(["%d:%02d" % (h, m), "%d.%02d" % (h, m)])
    else:
        s = rng.choice(["%d:%02d" % (h, m), "%02d:%02d" % (h, m)])
    return [P("time", s)]


def slot_money(ctx, name, attr):
    rng, L, loc = ctx.rng, ctx.lang, ctx.loc
    x = rng.choice([rng.randint(5, 99), rng.randint(100, 990), rng.randint(1000, 9900)])
    c = rng.choice([0, 0, 50, 99, 25, 80])
    th = "{:,}".format(x)
    if loc == "en_US" or L == "en" and loc not in ("en_GB", "en_IE", "ga_IE", "en_IN"):
        s = rng.choice(["$%s.%02d" % (th, c), "$%s" % th, "USD %s" % th, "%s dollars" % th])
    elif loc == "en_GB":
        s = rng.choice(["£%s.%02d" % (th, c), "£%s" % th, "%s GBP" % th])
    elif loc == "en_IN":
        s = rng.choice(["Rs. %s" % th, "₹%s" % th, "INR %s" % th])
    elif L == "en":
        s = rng.choice(["€%s.%02d" % (th, c), "€%s" % th, "%s euro" % th])
    elif loc == "fr_CH":
        s = rng.choice(["CHF %s.–" % th.replace(",", "'"), "%s CHF" % th.replace(",", "'"), "CHF %s.%02d" % (x, c)])
    elif loc == "es_MX":
        s = rng.choice(["$%s MXN" % th, "$%s.%02d" % (th, c), "%s pesos" % th])
    elif loc == "es_AR":
        s = rng.choice(["$ %s" % th.replace(",", "."), "ARS %s" % th.replace(",", "."), "%s pesos" % th.replace(",", ".")])
    elif loc == "pt_BR":
        s = rng.choice(["R$ %s,%02d" % (th.replace(",", "."), c), "R$%s" % th.replace(",", "."), "%s reais" % th.replace(",", ".")])
    else:
        th2 = th.replace(",", ".")
        opts = {"de": ["%s,%02d €" % (th2, c), "%s EUR" % th2, "€ %s,%02d" % (th2, c), "%s Euro" % th2],
                "fr": ["%s €" % th.replace(",", " "), "%s,%02d €" % (th.replace(",", " "), c), "%s euros" % th.replace(",", " ")],
                "es": ["%s €" % th2, "%s,%02d €" % (th2, c), "%s euros" % th2],
                "pt": ["%s €" % th2, "%s,%02d €" % (th2, c), "%s euros" % th2],
                "nl": ["€ %s,%02d" % (th2, c), "€%s" % th2, "%s euro" % th2],
                "it": ["%s euro" % th2, "€ %s,%02d" % (th2, c), "%s,%02d €" % (th2, c)]}[L]
        s = rng.choice(opts)
    return [P("money", s)]


PATH_DX = {
    "en": [("Lymph node, excision: findings consistent with classic ", "Hodgkin lymphoma"),
           ("Lymph node, core biopsy: diffuse large B-cell type ", "non-Hodgkin lymphoma"),
           ("Colon, biopsies: chronic active colitis with granulomas, consistent with ", "Crohn's disease"),
           ("Distal esophagus, biopsy: intestinal metaplasia, consistent with ", "Barrett's esophagus"),
           ("Thyroid, lobectomy: lymphocytic infiltrate with Hürthle cells, consistent with ", "Hashimoto's thyroiditis"),
           ("Bone, biopsy: mosaic pattern of lamellar bone, consistent with ", "Paget's disease of bone")],
    "it": [("Linfonodo, exeresi: quadro compatibile con ", "linfoma di Hodgkin"),
           ("Biopsie coliche: colite cronica attiva con granulomi, compatibile con ", "malattia di Crohn"),
           ("Biopsia esofagea: metaplasia intestinale, compatibile con ", "esofago di Barrett"),
           ("Tiroide, lobectomia: infiltrato linfocitario, compatibile con ", "tiroidite di Hashimoto")],
}


def slot_pathdx(ctx, name, attr):
    pre, cond = ctx.rng.choice(PATH_DX[ctx.lang])
    return [pre, P("condition", cond)]


def slot_year(ctx, name, attr):
    return [str(ctx.rng.randint(1995, 2024))]


def slot_rel(ctx, name, attr):
    return [ctx.rng.choice(REL_DATES[ctx.lang])]


def slot_pharm(ctx, name, attr):
    return [ctx.rng.choice(PHARMACIES.get(ctx.lang, PHARMACIES["en"]))]


def slot_num(ctx, name, attr):
    return [str(ctx.rng.randint(2, 48))]


def slot_sub(table):
    """A slot that renders a sentence drawn from table[lang] (which may itself contain slots)."""
    def fn(ctx, name, attr):
        return ctx.render(ctx.pick(id(table), table[ctx.lang]))
    return fn


SLOTS = {
    "date": slot_date, "dob": slot_date, "adate": slot_date, "ddate": slot_date, "sdd": slot_sdate,
    "sdt": slot_sdate, "age": slot_age, "agew": slot_agew, "agex": slot_agex, "agep": slot_agep, "agek": slot_agek,
    "phone": slot_phone, "fax": slot_phone, "pager": slot_pager, "email": slot_email, "url": slot_url,
    "ip": slot_ip, "ssn": slot_ssn, "mrn": slot_mrn, "hp": slot_hp, "acct": slot_acct, "routing": slot_routing,
    "bic": slot_bic, "iban": slot_iban, "card": slot_card, "lic": slot_lic, "dea": slot_dea, "medlic": slot_medlic,
    "plate": slot_plate, "vin": slot_vin, "dev": slot_dev, "addr": slot_addr, "city": slot_city, "zip": slot_zip,
    "state": slot_state, "cityline": slot_cityline, "id": slot_id, "passport": slot_passport, "acc": slot_acc,
    "job": slot_job, "tag": slot_tag, "fname": slot_fname, "drug": slot_drug, "cond": slot_cond,
    "proc": slot_proc, "lab": slot_lab, "time": slot_time, "money": slot_money, "year": slot_year,
    "rel": slot_rel, "pharm": slot_pharm, "num": slot_num, "pathdx": slot_pathdx,
}
# slots whose every occurrence is drawn anew (the rest are fixed per text: {mrn} twice is one MRN)
NOCACHE = {"agep", "agek", "year", "rel", "num", "state", "date", "dob", "adate", "ddate", "sdd", "sdt"}

# --------------------------------------------------------------------------------------
# Sentence tables used inside templates
# --------------------------------------------------------------------------------------

CLIN = {  # clinical filler sentences without identifiers (protected terms allowed)
    "en": ["Reports [[improved sleep|ongoing fatigue|less pain|no new complaints|worsening shortness of breath]].",
           "Denies fever, chills or night sweats.", "Appetite is [[fair|good|poor]].",
           "Started using a [[walker|cane]] {rel}.", "Known {cond8} since {year}.",
           "{lab8} and {lab9} today.", "Tolerating {drug8} without side effects.",
           "Lungs clear, heart regular, abdomen soft.", "Mild edema of both ankles.",
           "[[Babinski sign negative|Glasgow Coma Scale 15|Murphy's sign negative|Romberg negative]]."],
    "de": ["Berichtet über [[besseren Schlaf|anhaltende Müdigkeit|weniger Schmerzen|keine neuen Beschwerden]].",
           "Kein Fieber, kein Nachtschweiß.", "Appetit [[gut|mäßig|schlecht]].", "{cond8} seit {year} bekannt.",
           "{lab8}, {lab9}.", "{drug8} wird gut vertragen.", "Pulmo frei, Cor rhythmisch, Abdomen weich.",
           "Leichte Knöchelödeme beidseits.", "Sturz {rel}, seither Mobilisation mit Rollator."],
    "fr": ["Décrit [[un meilleur sommeil|une fatigue persistante|moins de douleurs|aucune plainte nouvelle]].",
           "Pas de fièvre ni de sueurs nocturnes.", "Appétit [[conservé|diminué]].", "ATCD : {cond8} ({year}).",
           "{lab8}, {lab9}.", "Bonne tolérance du traitement par {drug8}.", "Auscultation cardio-pulmonaire normale, abdomen souple.",
           "Œdèmes discrets des chevilles.", "Chute {rel}, marche depuis avec un déambulateur."],
    "es": ["Refiere [[mejor descanso|cansancio persistente|menos dolor|ausencia de nuevas molestias]].",
           "Niega fiebre o sudoración nocturna.", "Apetito [[conservado|disminuido]].", "Diagnóstico de {cond8} desde {year}.",
           "{lab8}, {lab9}.", "Buena tolerancia a {drug8}.", "Auscultación cardiopulmonar normal, abdomen blando.",
           "Edemas leves en ambos tobillos.", "Caída {rel}; desde entonces camina con andador."],
    "pt": ["Refere [[melhoria do sono|cansaço persistente|menos dor|ausência de novas queixas]].",
           "Nega febre ou suores noturnos.", "Apetite [[mantido|diminuído]].", "Diagnóstico de {cond8} desde {year}.",
           "{lab8}, {lab9}.", "Boa tolerância a {drug8}.", "Auscultação cardiopulmonar sem alterações, abdómen mole.",
           "Edema ligeiro dos tornozelos.", "Queda {rel}; desde então marcha com andarilho."],
    "nl": ["Meldt [[beter slapen|aanhoudende vermoeidheid|minder pijn|geen nieuwe klachten]].",
           "Geen koorts of nachtzweten.", "Eetlust [[goed|matig|slecht]].", "Bekend met {cond8} sinds {year}.",
           "{lab8}, {lab9}.", "Verdraagt {drug8} goed.", "Longen schoon, hart regulair, buik soepel.",
           "Lichte enkeloedemen beiderzijds.", "Is {rel} gevallen, loopt sindsdien met rollator."],
    "it": ["Riferisce [[sonno migliorato|stanchezza persistente|meno dolore|nessun nuovo disturbo]].",
           "Nega febbre o sudorazioni notturne.", "Appetito [[conservato|ridotto]].", "In anamnesi {cond8} dal {year}.",
           "{lab8}, {lab9}.", "Buona tolleranza a {drug8}.", "Torace libero, toni cardiaci ritmici, addome trattabile.",
           "Lievi edemi malleolari bilaterali.", "Caduta {rel}, da allora deambula con deambulatore."],
}
SLOTS["clin"] = slot_sub(CLIN)
SLOTS["clin2"] = slot_sub(CLIN)

# --------------------------------------------------------------------------------------
# Forms (key: value lines; TAB separated)
# --------------------------------------------------------------------------------------

SSN_LABEL = {"en_US": ["SSN", "Social Security No.", "SS#"], "en_GB": ["NI number", "National Insurance No."],
             "en_IE": ["PPSN", "PPS No."], "ga_IE": ["PPSN"], "en_IN": ["Aadhaar No.", "Aadhaar"],
             "de_DE": ["Sozialversicherungsnr.", "Rentenversicherungsnummer"], "de_AT": ["SV-Nummer", "Sozialversicherungsnummer"],
             "fr_FR": ["N° de sécurité sociale", "NIR"], "fr_CH": ["N° AVS", "AVS"], "es_ES": ["N.º Seguridad Social", "NUSS"],
             "es_MX": ["NSS", "CURP"], "es_AR": ["CUIL", "CUIT"], "pt_PT": ["NISS", "N.º de Segurança Social"],
             "pt_BR": ["CPF"], "nl_NL": ["BSN", "Burgerservicenummer"], "nl_BE": ["Rijksregisternummer", "INSZ"],
             "it_IT": ["Codice fiscale", "C.F."]}

FORM_FIELDS = {
    "en": [("name", ["Patient Name", "Name", "NAME", "Full name", "Patient"], ["{p.full}", "{p.lf}", "{p.fml}", "{p.upper}"]),
           ("dob", ["Date of Birth", "DOB", "Birth date", "D.O.B."], ["{dob.n}", "{dob.nw}"]),
           ("sex", ["Sex", "Gender"], ["{p?M/F}", "{p?Male/Female}"]),
           ("addr", ["Address", "Street", "Home address"], ["{addr}"]),
           ("city", ["City", "Town"], ["{city}"]),
           ("zip", ["ZIP", "Zip code", "Postcode", "Postal code"], ["{zip}"]),
           ("phone", ["Phone", "Mobile", "Cell", "Home phone", "Tel"], ["{phone}"]),
           ("email", ["Email", "E-mail", "Email address"], ["{email}"]),
           ("ssn", None, ["{ssn}"]),
           ("hp", ["Insurance ID", "Member ID", "Policy number", "Subscriber ID"], ["{hp}"]),
           ("ec", ["Emergency contact", "Next of kin"], ["{p2.full} ({phone2})", "{p2.full}, {phone2}"]),
           ("pcp", ["Primary care physician", "PCP", "Referring physician"], ["Dr. {d.last}", "{d.lf}, MD", "{d.full}"]),
           ("occ", ["Occupation"], ["[[retired|teacher|bus driver|nurse|student|engineer|self-employed|unemployed]]"]),
           ("lang", ["Preferred language", "Language"], ["[[English|Spanish|Polish|Vietnamese|Portuguese|Arabic]]"]),
           ("allergy", ["Allergies", "Drug allergies"], ["[[NKDA|penicillin|sulfa|none known|latex|codeine]]"]),
           ("meds", ["Current medications", "Medications"], ["{drug}", "{drug}; {drug2}"]),
           ("reason", ["Reason for visit", "Chief complaint"], ["[[follow-up|knee pain|cough|annual physical|medication review|dizziness]]"])],
    "de": [("name", ["Name", "Patient", "Name, Vorname"], ["{p.lf}", "{p.full}", "{p.upper}"]),
           ("dob", ["Geburtsdatum", "Geb.-Datum", "geb."], ["{dob.n}", "{dob.nw}"]),
           ("sex", ["Geschlecht"], ["{p?m/w}", "{p?männlich/weiblich}"]),
           ("birthplace", ["Geburtsort"], ["{city2}"]),
           ("addr", ["Straße", "Anschrift", "Adresse"], ["{addr}"]),
           ("zip", ["PLZ"], ["{zip}"]), ("city", ["Ort", "Wohnort"], ["{city}"]),
           ("phone", ["Telefon", "Tel.", "Mobil", "Handy"], ["{phone}"]),
           ("email", ["E-Mail"], ["{email}"]), ("ssn", None, ["{ssn}"]),
           ("hp", ["Versichertennummer", "Versicherten-Nr.", "Krankenkasse/Vers.-Nr."], ["{hp}"]),
           ("ec", ["Notfallkontakt", "Angehörige"], ["{p2.full}, {phone2}"]),
           ("pcp", ["Hausarzt", "Hausärztin/Hausarzt", "Überweisender Arzt"], ["Dr. {d.last}", "Dr. med. {d.full}"]),
           ("occ", ["Beruf"], ["{p?Rentner/Rentnerin}", "{p?Lehrer/Lehrerin}", "{p?Verkäufer/Verkäuferin}", "{p?Student/Studentin}"]),
           ("allergy", ["Allergien"], ["[[keine bekannt|Penicillin|Pflaster|Jod]]"]),
           ("meds", ["Medikation", "Aktuelle Medikamente"], ["{drug}", "{drug}, {drug2}"]),
           ("reason", ["Beschwerden", "Grund des Besuchs"], ["[[Rückenschmerzen|Kontrolle|Husten|Schwindel|Impfung]]"])],
    "fr": [("name", ["Nom et prénom", "Patient", "NOM Prénom"], ["{p.lf}", "{p.full}", "{p.upper}"]),
           ("dob", ["Date de naissance", "Né(e) le"], ["{dob.n}", "{dob.nw}"]),
           ("sex", ["Sexe"], ["{p?M/F}", "{p?masculin/féminin}"]),
           ("birthplace", ["Lieu de naissance"], ["{city2}"]),
           ("addr", ["Adresse"], ["{addr}"]), ("zip", ["Code postal", "CP"], ["{zip}"]), ("city", ["Ville", "Commune"], ["{city}"]),
           ("phone", ["Téléphone", "Portable", "Tél."], ["{phone}"]), ("email", ["Courriel", "E-mail"], ["{email}"]),
           ("ssn", None, ["{ssn}"]), ("hp", ["Mutuelle (n° adhérent)", "N° d'adhérent"], ["{hp}"]),
           ("ec", ["Personne à prévenir"], ["{p2.full}, {phone2}"]),
           ("pcp", ["Médecin traitant"], ["Dr {d.last}", "Docteur {d.full}"]),
           ("occ", ["Profession"], ["{p?retraité/retraitée}", "{p?enseignant/enseignante}", "{p?étudiant/étudiante}", "{p?agriculteur/agricultrice}"]),
           ("allergy", ["Allergies"], ["[[aucune connue|pénicilline|iode|latex]]"]),
           ("meds", ["Traitement en cours"], ["{drug}", "{drug}, {drug2}"]),
           ("reason", ["Motif de consultation"], ["[[douleur lombaire|suivi|toux|vertiges|vaccination]]"])],
    "es": [("name", ["Nombre y apellidos", "Paciente", "Nombre completo"], ["{p.full}", "{p.lf}", "{p.upper}"]),
           ("dob", ["Fecha de nacimiento", "F. nacimiento"], ["{dob.n}", "{dob.nw}"]),
           ("sex", ["Sexo"], ["{p?H/M}", "{p?Hombre/Mujer}"]),
           ("birthplace", ["Lugar de nacimiento"], ["{city2}"]),
           ("addr", ["Dirección", "Domicilio"], ["{addr}"]), ("zip", ["Código postal", "C.P."], ["{zip}"]),
           ("city", ["Localidad", "Ciudad", "Municipio"], ["{city}"]),
           ("phone", ["Teléfono", "Móvil", "Celular"], ["{phone}"]), ("email", ["Correo electrónico", "Email"], ["{email}"]),
           ("ssn", None, ["{ssn}"]), ("hp", ["Tarjeta sanitaria", "N.º de afiliado", "Póliza"], ["{hp}"]),
           ("ec", ["Contacto de emergencia"], ["{p2.full}, {phone2}"]),
           ("pcp", ["Médico de cabecera", "Médico de familia"], ["{d?Dr./Dra.} {d.last}", "{d.full}"]),
           ("occ", ["Ocupación", "Profesión"], ["{p?jubilado/jubilada}", "{p?maestro/maestra}", "{p?estudiante/estudiante}", "{p?albañil/enfermera}"]),
           ("allergy", ["Alergias"], ["[[ninguna conocida|penicilina|AINEs|látex]]"]),
           ("meds", ["Medicación habitual", "Tratamiento"], ["{drug}", "{drug}, {drug2}"]),
           ("reason", ["Motivo de consulta"], ["[[lumbalgia|control|tos|mareos|vacunación]]"])],
    "pt": [("name", ["Nome", "Nome completo", "Utente"], ["{p.full}", "{p.lf}", "{p.upper}"]),
           ("dob", ["Data de nascimento", "Data nasc."], ["{dob.n}", "{dob.nw}"]),
           ("sex", ["Sexo"], ["{p?M/F}", "{p?Masculino/Feminino}"]),
           ("birthplace", ["Naturalidade", "Local de nascimento"], ["{city2}"]),
           ("addr", ["Morada", "Endereço"], ["{addr}"]), ("zip", ["Código postal", "CEP"], ["{zip}"]),
           ("city", ["Localidade", "Cidade"], ["{city}"]),
           ("phone", ["Telefone", "Telemóvel", "Celular"], ["{phone}"]), ("email", ["E-mail", "Email"], ["{email}"]),
           ("ssn", None, ["{ssn}"]), ("hp", ["N.º de utente", "Cartão SUS", "N.º de beneficiário"], ["{hp}"]),
           ("ec", ["Contacto de emergência", "Contato de emergência"], ["{p2.full}, {phone2}"]),
           ("pcp", ["Médico de família", "Médico assistente"], ["{d?Dr./Dra.} {d.last}", "{d.full}"]),
           ("occ", ["Profissão"], ["{p?reformado/reformada}", "{p?professor/professora}", "{p?estudante/estudante}", "{p?motorista/enfermeira}"]),
           ("allergy", ["Alergias"], ["[[nenhuma conhecida|penicilina|iodo]]"]),
           ("meds", ["Medicação habitual"], ["{drug}", "{drug}, {drug2}"]),
           ("reason", ["Motivo da consulta"], ["[[dor lombar|consulta de rotina|tosse|tonturas]]"])],
    "nl": [("name", ["Naam", "Patiënt", "Achternaam, voornaam"], ["{p.lf}", "{p.full}", "{p.upper}"]),
           ("dob", ["Geboortedatum"], ["{dob.n}", "{dob.nw}"]),
           ("sex", ["Geslacht"], ["{p?M/V}", "{p?man/vrouw}"]),
           ("birthplace", ["Geboorteplaats"], ["{city2}"]),
           ("addr", ["Adres", "Straat en huisnummer"], ["{addr}"]), ("zip", ["Postcode"], ["{zip}"]),
           ("city", ["Woonplaats", "Plaats"], ["{city}"]),
           ("phone", ["Telefoon", "Mobiel", "Tel."], ["{phone}"]), ("email", ["E-mail", "E-mailadres"], ["{email}"]),
           ("ssn", None, ["{ssn}"]), ("hp", ["Polisnummer", "Verzekerdennummer"], ["{hp}"]),
           ("ec", ["Contactpersoon", "Eerste contactpersoon"], ["{p2.full}, {phone2}"]),
           ("pcp", ["Huisarts"], ["dr. {d.last}", "{d.full}"]),
           ("occ", ["Beroep"], ["[[gepensioneerd|leraar|verpleegkundige|student|zzp'er]]"]),
           ("allergy", ["Allergieën"], ["[[geen bekend|penicilline|pleister]]"]),
           ("meds", ["Medicatie"], ["{drug}", "{drug}, {drug2}"]),
           ("reason", ["Reden van komst", "Klacht"], ["[[rugpijn|controle|hoest|duizeligheid]]"])],
    "it": [("name", ["Cognome e nome", "Paziente", "Nome e cognome"], ["{p.lf}", "{p.full}", "{p.upper}"]),
           ("dob", ["Data di nascita", "Nato/a il"], ["{dob.n}", "{dob.nw}"]),
           ("sex", ["Sesso"], ["{p?M/F}", "{p?maschile/femminile}"]),
           ("birthplace", ["Luogo di nascita", "Comune di nascita"], ["{city2}"]),
           ("addr", ["Indirizzo", "Residenza"], ["{addr}"]), ("zip", ["CAP"], ["{zip}"]), ("city", ["Città", "Comune"], ["{city}"]),
           ("phone", ["Telefono", "Cellulare", "Tel."], ["{phone}"]), ("email", ["Email", "E-mail"], ["{email}"]),
           ("ssn", None, ["{ssn}"]), ("hp", ["Tessera sanitaria", "N. tessera sanitaria"], ["{hp}"]),
           ("ec", ["Contatto di emergenza", "Familiare di riferimento"], ["{p2.full}, {phone2}"]),
           ("pcp", ["Medico curante", "Medico di base"], ["{d?dott./dott.ssa} {d.last}", "{d.full}"]),
           ("occ", ["Professione"], ["{p?pensionato/pensionata}", "{p?insegnante/insegnante}", "{p?infermiere/infermiera}", "{p?studente/studentessa}"]),
           ("allergy", ["Allergie"], ["[[nessuna nota|penicillina|lattice]]"]),
           ("meds", ["Terapia in corso"], ["{drug}", "{drug}, {drug2}"]),
           ("reason", ["Motivo della visita"], ["[[lombalgia|controllo|tosse|vertigini]]"])],
}
SPLIT_NAME = {"en": ("Last name", "First name"), "de": ("Nachname", "Vorname"), "fr": ("Nom", "Prénom"),
              "es": ("Apellidos", "Nombre"), "pt": ("Apelido", "Nome próprio"), "nl": ("Achternaam", "Voornaam"),
              "it": ("Cognome", "Nome")}
FORM_TITLES = {
    "en": ["PATIENT REGISTRATION", "New Patient Form", "Registration", "INTAKE FORM", "Patient Information", "Online check-in form"],
    "de": ["Anmeldebogen", "PATIENTENAUFNAHME", "Stammdaten", "Aufnahmebogen"],
    "fr": ["Fiche d'admission", "FICHE PATIENT", "Formulaire d'inscription", "Renseignements administratifs"],
    "es": ["Ficha de registro", "DATOS DEL PACIENTE", "Formulario de admisión", "Alta de paciente"],
    "pt": ["Ficha de inscrição", "DADOS DO UTENTE", "Formulário de admissão", "Cadastro de paciente"],
    "nl": ["Inschrijfformulier", "PATIËNTGEGEVENS", "Aanmeldformulier"],
    "it": ["Scheda anagrafica", "DATI DEL PAZIENTE", "Modulo di accettazione"],
}


def form_fields(ctx, kmin, kmax):
    rng, lang = ctx.rng, ctx.lang
    fields = FORM_FIELDS[lang]
    name = fields[0]
    rest = fields[1:]
    k = rng.randint(kmin, min(kmax, len(rest)))
    idx = sorted(rng.sample(range(len(rest)), k))
    chosen = [rest[i] for i in idx]
    if rng.random() < 0.2:
        rng.shuffle(chosen)
    out = []
    if rng.random() < 0.3:
        ln, fn = SPLIT_NAME[lang]
        out += [(ln, "{p.last}"), (fn, "{p.first}")]
    else:
        out.append((rng.choice(name[1]), rng.choice(name[2])))
    for key, labels, vals in chosen:
        if key == "ssn":
            labels = SSN_LABEL.get(ctx.loc, ["ID number", "National ID"])
        lab = rng.choice(labels)
        if rng.random() < 0.15:
            lab = lab.upper()
        out.append((lab, rng.choice(vals)))
    return out


def fam_form_kv(ctx):
    rng = ctx.rng
    sep = rng.choice([": ", ": ", ":  ", ":\t", " - ", " : " if ctx.lang == "fr" else ": "])
    lines = [lab + sep + val for lab, val in form_fields(ctx, 4, 9)]
    head = rng.choice(FORM_TITLES[ctx.lang])
    tail = {"en": ["Signature: ____________", "I confirm the above is correct.", ""],
            "de": ["Unterschrift: ____________", "Ich bestätige die Richtigkeit der Angaben.", ""],
            "fr": ["Signature : ____________", "Je certifie l'exactitude des informations ci-dessus.", ""],
            "es": ["Firma: ____________", "Declaro que los datos son correctos.", ""],
            "pt": ["Assinatura: ____________", "Declaro que os dados são verdadeiros.", ""],
            "nl": ["Handtekening: ____________", "Ik verklaar dit formulier naar waarheid te hebben ingevuld.", ""],
            "it": ["Firma: ____________", "Dichiaro che i dati sono corretti.", ""]}[ctx.lang]
    t = rng.choice(tail)
    return head + "\n\n" + "\n".join(lines) + ("\n\n" + t if t else "")


def fam_form_tab(ctx):
    rng = ctx.rng
    fields = form_fields(ctx, 5, 10)
    lines, cur = [], []
    for lab, val in fields:
        cur.append(lab + ":\t" + val)
        if len(cur) >= rng.choice([1, 2, 2, 3]):
            lines.append("\t".join(cur))
            cur = []
    if cur:
        lines.append("\t".join(cur))
    head = rng.choice(FORM_TITLES[ctx.lang]).upper()
    return head + "\n" + "\n".join(lines)


# --------------------------------------------------------------------------------------
# Clinical note headers
# --------------------------------------------------------------------------------------

NOTE_HDR = {
    "en": [("MR", ["MR:", "MRN:", "MR#:", "MED REC NO:"], "{mrn}"), ("NAME", ["NAME:", "PATIENT:", "PATIENT NAME:"], "{p.lf}|{p.upper}|{p.full}"),
           ("ADM", ["ADMISSION DATE:", "ADMITTED:", "DATE OF ADMISSION:"], "{adate.n}"),
           ("DIS", ["DISCHARGE DATE:", "DISCHARGED:", "DATE OF DISCHARGE:"], "{ddate.n}"),
           ("DOB", ["DOB:", "DATE OF BIRTH:"], "{dob.n}"), ("ATT", ["ATTENDING:", "ATTENDING PHYSICIAN:"], "{d.lf}, MD|{d.fml}, M.D.|Dr. {d.last}"),
           ("ACCT", ["ACCOUNT #:", "ENCOUNTER:", "VISIT #:"], "{id}"), ("ROOM", ["ROOM:", "BED:"], "[[4B-12|ICU 3|512-A|W2-07]]")],
    "de": [("MR", ["PID:", "Pat.-Nr.:", "Fall-Nr.:"], "{mrn}"), ("NAME", ["NAME:", "PATIENT:", "Name:"], "{p.lf}|{p.upper}"),
           ("DOB", ["GEB.:", "Geb.-Datum:"], "{dob.n}"), ("ADM", ["AUFNAHME:", "Aufnahmedatum:"], "{adate.n}"),
           ("DIS", ["ENTLASSUNG:", "Entlassdatum:"], "{ddate.n}"), ("ATT", ["BEHANDELNDER ARZT:", "Stationsarzt:"], "Dr. {d.full}|{d.lf}"),
           ("ROOM", ["STATION:", "Zimmer:"], "[[3B|Innere 2|214|ITS]]")],
    "fr": [("MR", ["IPP :", "N° de dossier :", "NDA :"], "{mrn}"), ("NAME", ["NOM :", "PATIENT :", "Nom :"], "{p.lf}|{p.upper}"),
           ("DOB", ["DDN :", "Né(e) le :"], "{dob.n}"), ("ADM", ["DATE D'ENTRÉE :", "Entrée le :"], "{adate.n}"),
           ("DIS", ["DATE DE SORTIE :", "Sortie le :"], "{ddate.n}"), ("ATT", ["MÉDECIN :", "Praticien :"], "Dr {d.full}|{d.lf}"),
           ("ROOM", ["SERVICE :", "Chambre :"], "[[médecine interne|cardiologie|214|gériatrie]]")],
    "es": [("MR", ["NHC:", "N.º historia:"], "{mrn}"), ("NAME", ["PACIENTE:", "NOMBRE:"], "{p.lf}|{p.upper}"),
           ("DOB", ["F. NAC.:", "Fecha nac.:"], "{dob.n}"), ("ADM", ["FECHA DE INGRESO:", "Ingreso:"], "{adate.n}"),
           ("DIS", ["FECHA DE ALTA:", "Alta:"], "{ddate.n}"), ("ATT", ["MÉDICO RESPONSABLE:", "Facultativo:"], "{d?Dr./Dra.} {d.full}|{d.lf}"),
           ("ROOM", ["SERVICIO:", "Habitación:"], "[[Medicina Interna|Cardiología|312-B|Geriatría]]")],
    "pt": [("MR", ["N.º processo:", "Processo:"], "{mrn}"), ("NAME", ["NOME:", "UTENTE:"], "{p.lf}|{p.upper}"),
           ("DOB", ["DATA NASC.:"], "{dob.n}"), ("ADM", ["DATA DE ADMISSÃO:", "Internamento:"], "{adate.n}"),
           ("DIS", ["DATA DE ALTA:", "Alta:"], "{ddate.n}"), ("ATT", ["MÉDICO ASSISTENTE:"], "{d?Dr./Dra.} {d.full}"),
           ("ROOM", ["SERVIÇO:", "Cama:"], "[[Medicina Interna|Cardiologia|12|Cirurgia]]")],
    "nl": [("MR", ["Patiëntnummer:", "PATNR:"], "{mrn}"), ("NAME", ["NAAM:", "Patiënt:"], "{p.lf}|{p.upper}"),
           ("DOB", ["GEB.DATUM:", "Geboortedatum:"], "{dob.n}"), ("ADM", ["OPNAMEDATUM:", "Opname:"], "{adate.n}"),
           ("DIS", ["ONTSLAGDATUM:", "Ontslag:"], "{ddate.n}"), ("ATT", ["BEHANDELAAR:", "Hoofdbehandelaar:"], "dr. {d.full}|{d.lf}"),
           ("ROOM", ["AFDELING:", "Kamer:"], "[[Interne|Cardiologie|B4|Geriatrie]]")],
    "it": [("MR", ["N. nosologico:", "Cartella n.:"], "{mrn}"), ("NAME", ["PAZIENTE:", "COGNOME E NOME:"], "{p.lf}|{p.upper}"),
           ("DOB", ["NATO/A IL:", "Data di nascita:"], "{dob.n}"), ("ADM", ["DATA RICOVERO:", "Ricovero:"], "{adate.n}"),
           ("DIS", ["DATA DIMISSIONE:", "Dimissione:"], "{ddate.n}"), ("ATT", ["MEDICO REFERENTE:"], "{d?dott./dott.ssa} {d.full}"),
           ("ROOM", ["REPARTO:", "Letto:"], "[[Medicina Interna|Cardiologia|12|Geriatria]]")],
}
NOTE_BODY_HEAD = {"en": ["HISTORY OF PRESENT ILLNESS:", "HPI:", "BRIEF HOSPITAL COURSE:", "ASSESSMENT:"],
                  "de": ["ANAMNESE:", "Verlauf:", "Beurteilung:"], "fr": ["HISTOIRE DE LA MALADIE :", "Évolution :", "Conclusion :"],
                  "es": ["ENFERMEDAD ACTUAL:", "Evolución:", "Juicio clínico:"], "pt": ["HISTÓRIA DA DOENÇA ATUAL:", "Evolução:"],
                  "nl": ["ANAMNESE:", "Beloop:", "Conclusie:"], "it": ["ANAMNESI:", "Decorso:", "Conclusioni:"]}
NOTE_OPEN = {
    "en": ["The patient is {agex.a}-year-old {p?man/woman} with a history of {cond9} who presents with [[worsening dyspnea|a fall at home|chest pain|confusion|fever]].",
           "{p.title} {p.last} is {agex.a}-year-old {p?gentleman/lady} admitted for [[pneumonia|CHF exacerbation|a hip fracture|dehydration]].",
           "{agex}-year-old {p?M/F} with {cond9}, on {drug9}, admitted {rel} with [[syncope|melena|hypoxia]]."],
    "de": ["{agex}-jährige{p?r Patient/ Patientin}, Vorerkrankung: {cond9}. Aufnahme wegen [[Dyspnoe|Sturz|Thoraxschmerz|Verwirrtheit]].",
           "{p?Herr/Frau} {p.last}, {agex} Jahre, wurde mit [[Pneumonie|kardialer Dekompensation|Exsikkose]] aufgenommen."],
    "fr": ["{p?Patient/Patiente} de {agex} ans, aux antécédents de {cond9}, admis{p?/e} pour [[dyspnée|chute|douleur thoracique|confusion]].",
           "{p?M./Mme} {p.last}, {agex} ans, hospitalisé{p?/e} pour [[pneumopathie|décompensation cardiaque|déshydratation]]."],
    "es": ["{p?Varón/Mujer} de {agex} años con antecedentes de {cond9} que ingresa por [[disnea|caída|dolor torácico|síndrome confusional]].",
           "{p?El Sr./La Sra.} {p.last}, de {agex} años, ingresa por [[neumonía|insuficiencia cardiaca|deshidratación]]."],
    "pt": ["{p?Doente do sexo masculino/Doente do sexo feminino}, {agex} anos, com antecedentes de {cond9}, internad{p?o/a} por [[dispneia|queda|dor torácica]].",
           "{p?O Sr./A Sra.} {p.last}, {agex} anos, foi internad{p?o/a} por [[pneumonia|insuficiência cardíaca|desidratação]]."],
    "nl": ["{agex}-jarige {p?man/vrouw} met {cond9} in de voorgeschiedenis, opgenomen wegens [[dyspnoe|een val|pijn op de borst|verwardheid]].",
           "{p?Dhr./Mevr.} {p.last}, {agex} jaar, werd opgenomen met [[pneumonie|hartfalen|uitdroging]]."],
    "it": ["{p?Paziente di sesso maschile/Paziente di sesso femminile} di {agex} anni con {cond9}, ricoverat{p?o/a} per [[dispnea|caduta|dolore toracico]].",
           "{p?Il sig./La sig.ra} {p.last}, {agex} anni, ricoverat{p?o/a} per [[polmonite|scompenso cardiaco|disidratazione]]."],
}
SLOTS["open"] = slot_sub(NOTE_OPEN)


def split_top(val):
    """Split alternatives on '|' outside [[...]] choices."""
    out, cur, depth, i = [], "", 0, 0
    while i < len(val):
        if val.startswith("[[", i) or val.startswith("]]", i):
            depth += 1 if val[i] == "[" else -1
            cur += val[i:i + 2]
            i += 2
            continue
        if val[i] == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += val[i]
        i += 1
    return out + [cur]


def fam_note_header(ctx):
    rng, lang = ctx.rng, ctx.lang
    hdr = NOTE_HDR[lang]
    must = [h for h in hdr if h[0] in ("MR", "NAME")]
    opt = [h for h in hdr if h[0] not in ("MR", "NAME")]
    chosen = must + rng.sample(opt, rng.randint(1, len(opt)))
    order = {h[0]: k for k, h in enumerate(hdr)}
    chosen.sort(key=lambda h: order[h[0]])
    if rng.random() < 0.2:
        rng.shuffle(chosen)
    sepstyle = rng.choice(["tab", "sp2", "mixed"])
    lines = []
    for key, labels, val in chosen:
        sep = "\t" if sepstyle == "tab" else "  " if sepstyle == "sp2" else rng.choice(["\t", "  ", " ", "\t\t"])
        lines.append(rng.choice(labels) + sep + rng.choice(split_top(val)))
    body = rng.choice(NOTE_BODY_HEAD[lang]) + "\n{open} {clin} {clin2}"
    return "\n".join(lines) + "\n\n" + body


# --------------------------------------------------------------------------------------
# Dictation footers / lab reports (composed)
# --------------------------------------------------------------------------------------

def dictation_footer(ctx, extra=True):
    rng = ctx.rng
    parts = ["{d.ini}:{t.tx}" if rng.random() < 0.8 else "{d.ini}/{t.tx}"]
    if rng.random() < 0.5:
        parts.append("DD: {sdd}\nDT: {sdt}")
    else:
        parts.append("D: {sdd}  T: {sdt}" if rng.random() < 0.5 else "D:\t{sdd}\nT:\t{sdt}")
    if rng.random() < 0.7:
        parts.append("{tag}")
    if extra and rng.random() < 0.5:
        parts.append(rng.choice(["Job #{job}", "JOB: {job}", "Doc ID: {job}"]))
    if extra and rng.random() < 0.4:
        parts.append(rng.choice(["cc: Dr. {d2.full}", "cc: {d2.fml}, M.D.", "CC: {d2.lf}, MD"]))
    return "\n".join(parts)


def fam_dictation_footer(ctx):
    body = ctx.rng.choice([
        "IMPRESSION: {cond}, stable. Continue {drug}. Return in three months.",
        "PLAN: {proc} next week. {p.title} {p.last} agrees with the plan.",
        "The patient was seen and examined. {clin} Follow up as scheduled.",
        "ASSESSMENT AND PLAN:\n1. {cond} - continue {drug}.\n2. {lab} - recheck in 2 weeks.",
    ])
    sig = ctx.rng.choice(["\n\n{d.fml}, M.D.", "\n\n______________________\n{d.full}, MD", "\n\nDictated but not read.\n{d.fml}, M.D."])
    return body + sig + "\n\n" + dictation_footer(ctx)


LAB_HDR = {
    "en": "[[LABORATORY REPORT|CLINICAL CHEMISTRY|LAB RESULTS]]\nPatient: {p.lf}   DOB: {dob.n}   MRN: {mrn}\nCollected: {date.n} {time}\nOrdering provider: {d.il}, MD\nAccession: {acc}\n\n",
    "de": "[[LABORBEFUND|Laborbericht]]\nPatient{p?/in}: {p.lf}, geb. {dob.n}\nAuftragsnummer: {acc}\nEingang: {date.n} {time}\nEinsender: Dr. {d.last}\n\n",
    "fr": "[[COMPTE RENDU D'ANALYSES|RÉSULTATS DE BIOLOGIE]]\nPatient{p?/e} : {p.lf}, né{p?/e} le {dob.n}\nN° de demande : {acc}\nPrélèvement du {date.n} à {time}\nPrescripteur : Dr {d.last}\n\n",
    "es": "[[INFORME DE LABORATORIO|ANALÍTICA]]\nPaciente: {p.lf}\nFecha de nacimiento: {dob.n}\nN.º de muestra: {acc}\nFecha de extracción: {date.n}\nSolicitante: {d?Dr./Dra.} {d.last}\n\n",
}
LAB_TAIL = {"en": ["Results verified by {n.full}, MLS.", "Critical value called to {n.first} {n.last}, RN at {time2}.", ""],
            "de": ["Validiert: {n.full}", ""], "fr": ["Validé par {n.full}, biologiste.", ""],
            "es": ["Validado por: {n.full}", ""]}


def fam_lab_report(ctx):
    rng = ctx.rng
    rows = "\n".join("{lab%d}" % k + rng.choice(["", "  [[H|L|]]", "\t(ref.)", ""]) for k in range(1, rng.randint(3, 6)))
    return LAB_HDR[ctx.lang] + rows + "\n\n" + rng.choice(LAB_TAIL[ctx.lang])


# --------------------------------------------------------------------------------------
# No-identifier texts
# --------------------------------------------------------------------------------------

NOPHI_EVERYDAY = {
    "en": ["What are your opening hours on Saturday?", "Do I need to fast before a blood test?",
           "Can I bring my dog to the waiting room?", "Is the Mobile app down? It keeps crashing on my phone.",
           "Will do, thanks! See you next week.", "Hope you're all well. Quick question: do you accept Visa?",
           "Where do I park, the garage on the left or the one by the pharmacy?", "Is there a grace period for the copay?",
           "I need new reading glasses, do you do eye tests?", "Are you open until {time} today?",
           "How much is a flu shot? Last year it was {money}.", "Can I get the COVID booster and the flu shot on the same day?",
           "My {agek}-year-old son started coughing {rel}, should he come in?", "Do you have wheelchair access at the back entrance?",
           "Is the walk-in clinic busy right now?", "Can I pay by Apple Pay or Google Pay?", "Do you need a referral for physio?",
           "Happy New Year to the whole team!", "Thanks, that's all for now."],
    "de": ["Wann haben Sie am Samstag geöffnet?", "Muss ich vor der Blutabnahme nüchtern sein?",
           "Gibt es Parkplätze vor der Praxis?", "Kann ich die Überweisung auch per Fax schicken?",
           "Haben Sie heute noch bis {time} offen?", "Was kostet die Reiseimpfung? Letztes Jahr waren es {money}.",
           "Mein Sohn ({agek}) hat {rel} angefangen zu husten, soll er vorbeikommen?", "Brauche ich für die Physiotherapie ein Rezept?",
           "Ist die Praxis barrierefrei?", "Kann ich mit Karte zahlen?", "Danke, das war's schon."],
    "fr": ["Quels sont vos horaires le samedi ?", "Faut-il être à jeun pour la prise de sang ?",
           "Est-ce que vous acceptez la carte Vitale ?", "Le vaccin contre la grippe coûte combien ? L'an dernier c'était {money}.",
           "Vous êtes ouverts jusqu'à {time} aujourd'hui ?", "Mon fils de {agek} ans a commencé à tousser {rel}, je l'amène ?",
           "Y a-t-il un parking près du cabinet ?", "Faut-il une ordonnance pour le kiné ?", "Merci beaucoup, bonne journée !"],
    "es": ["¿Qué horario tienen los sábados?", "¿Tengo que ir en ayunas para el análisis?", "¿Aceptan pago con tarjeta?",
           "¿Cuánto cuesta la vacuna de la gripe? El año pasado eran {money}.", "¿Están abiertos hasta las {time}?",
           "Mi hijo de {agek} años empezó a toser {rel}, ¿lo llevo?", "¿Hay aparcamiento cerca del centro de salud?",
           "¿Necesito volante para el fisio?", "¡Muchas gracias, muy amables!"],
    "pt": ["Qual é o horário ao sábado?", "Preciso de ir em jejum para as análises?", "Aceitam pagamento com cartão?",
           "Quanto custa a vacina da gripe? No ano passado foram {money}.", "Estão abertos até às {time}?",
           "O meu filho de {agek} anos começou a tossir {rel}, devo levá-lo?", "Há estacionamento perto da clínica?",
           "Preciso de credencial para a fisioterapia?", "Muito obrigado, bom dia!"],
    "nl": ["Wat zijn jullie openingstijden op zaterdag?", "Moet ik nuchter zijn voor het bloedprikken?",
           "Kan ik met de auto komen, is er parkeergelegenheid?", "Wat kost de griepprik? Vorig jaar was het {money}.",
           "Zijn jullie vandaag open tot {time}?", "Mijn zoon van {agek} is {rel} begonnen met hoesten, moet hij langskomen?",
           "Heb ik een verwijzing nodig voor de fysio?", "Kan ik pinnen bij de balie?", "Dank je wel, fijne dag!"],
    "it": ["Che orari avete il sabato?", "Devo essere a digiuno per gli esami del sangue?", "Si può pagare con il bancomat?",
           "Quanto costa il vaccino antinfluenzale? L'anno scorso erano {money}.", "Siete aperti fino alle {time}?",
           "Mio figlio di {agek} anni ha iniziato a tossire {rel}, lo porto?", "C'è un parcheggio vicino all'ambulatorio?",
           "Serve l'impegnativa per la fisioterapia?", "Grazie mille, buona giornata!"],
}
NOPHI_CLIN = {
    "en": ["Patient with {cond} on {drug}. {lab}. Plan: {proc}.", "ASSESSMENT AND PLAN\n1. {cond}: continue {drug}.\n2. {lab}, recheck in 3 months.",
           "{agep.a}-year-old man with {cond}, stable on {drug}. {clin}", "Started {drug}; follow up in 6 weeks. {clin}",
           "Foley catheter removed at {time}. {clin}", "Apgar 8 and 9. Newborn exam normal.",
           "Differential includes {cond} and {cond2}. {proc} ordered.", "Pt reports dizziness after {drug}. {lab}. Hold dose and reassess.",
           "CHIEF COMPLAINT: Tremor\nHPI: Long-standing {cond}. {clin}"],
    "de": ["Patient mit {cond} unter {drug}. {lab}. Procedere: {proc}.", "{agep}-jährige Patientin mit {cond}, stabil unter {drug}. {clin}",
           "Beginn mit {drug}, Kontrolle in 6 Wochen. {clin}", "Differenzialdiagnose: {cond} vs. {cond2}. {proc} angemeldet."],
    "fr": ["Patient suivi pour {cond}, sous {drug}. {lab}. Conduite à tenir : {proc}.", "Patiente de {agep} ans, {cond} stable sous {drug}. {clin}",
           "Introduction de {drug}, contrôle dans 6 semaines. {clin}", "Diagnostic différentiel : {cond} ou {cond2}. {proc} demandée."],
    "es": ["Paciente con {cond} en tratamiento con {drug}. {lab}. Plan: {proc}.", "Mujer de {agep} años con {cond}, estable con {drug}. {clin}",
           "Se inicia {drug}, control en 6 semanas. {clin}", "Diagnóstico diferencial: {cond} frente a {cond2}. Se solicita {proc}."],
    "pt": ["Doente com {cond} medicado com {drug}. {lab}. Plano: {proc}.", "Mulher de {agep} anos com {cond}, estável com {drug}. {clin}",
           "Iniciou {drug}, reavaliação em 6 semanas. {clin}", "Diagnóstico diferencial: {cond} versus {cond2}. Pedido {proc}."],
    "nl": ["Patiënt met {cond}, gebruikt {drug}. {lab}. Beleid: {proc}.", "Vrouw van {agep} jaar met {cond}, stabiel op {drug}. {clin}",
           "Gestart met {drug}, controle over 6 weken. {clin}", "Differentiaaldiagnose: {cond} of {cond2}. {proc} aangevraagd."],
    "it": ["Paziente con {cond} in terapia con {drug}. {lab}. Programma: {proc}.", "Donna di {agep} anni con {cond}, stabile con {drug}. {clin}",
           "Iniziato {drug}, controllo tra 6 settimane. {clin}", "Diagnosi differenziale: {cond} o {cond2}. Richiesto {proc}."],
}
NOPHI_BANK = {
    "en": ["What's the daily limit for transfers?", "How do I activate Apple Pay on my new card?",
           "Is there a fee for international wires? I sent {money} last month.", "Can I open a joint account online?",
           "My card got declined at Target this morning, why?", "What time does the branch close on Fridays? Is it {time}?",
           "How long does a check deposit take to clear?", "Do you offer a grace period on overdraft fees?",
           "Can I change my PIN at the ATM?", "What is the interest rate on a 12-month CD?", "How do I set up Zelle?"],
    "de": ["Wie hoch ist das Tageslimit für Überweisungen?", "Was kostet eine Auslandsüberweisung? Letzten Monat waren es {money}.",
           "Kann ich online ein Gemeinschaftskonto eröffnen?", "Bis wann hat die Filiale freitags geöffnet, bis {time}?",
           "Wie aktiviere ich Apple Pay?", "Wie lange dauert eine Echtzeitüberweisung?"],
    "fr": ["Quel est le plafond de virement par jour ?", "Y a-t-il des frais pour un virement à l'étranger ? J'ai envoyé {money} le mois dernier.",
           "Peut-on ouvrir un compte joint en ligne ?", "L'agence ferme à quelle heure le vendredi ? {time} ?", "Comment activer Apple Pay ?"],
    "es": ["¿Cuál es el límite diario para transferencias?", "¿Cobran comisión por una transferencia internacional? El mes pasado envié {money}.",
           "¿Puedo abrir una cuenta conjunta por internet?", "¿A qué hora cierra la oficina los viernes? ¿A las {time}?", "¿Cómo activo Bizum?"],
    "pt": ["Qual é o limite diário para transferências?", "Há comissão nas transferências internacionais? No mês passado enviei {money}.",
           "Posso abrir uma conta conjunta online?", "A que horas fecha o balcão à sexta? Às {time}?", "Como ativo o MB Way?"],
    "nl": ["Wat is de daglimiet voor overboekingen?", "Zijn er kosten voor een buitenlandse overboeking? Vorige maand stuurde ik {money}.",
           "Kan ik online een en/of-rekening openen?", "Hoe laat sluit het kantoor op vrijdag, om {time}?", "Hoe activeer ik Tikkie?"],
    "it": ["Qual è il limite giornaliero per i bonifici?", "Ci sono commissioni per un bonifico estero? Il mese scorso ho inviato {money}.",
           "Posso aprire un conto cointestato online?", "A che ora chiude la filiale il venerdì, alle {time}?", "Come attivo Satispay?"],
}
NOPHI_HEAD = {
    "en": ["Patient Education: Living With {cond}", "Welcome to the New Patient Portal!", "Tips for Managing Your Blood Pressure",
           "FAQ - Billing & Insurance", "lol the new portal update is trash ngl", "thx!! u guys rock",
           "Grace Period Ends Soon - Renew Your Plan", "Rose Garden Cafe closed for renovation this week",
           "Reminder: Flu Clinic in the Main Lobby, {time} - 4 pm", "IMPORTANT: Bring Your Medication List", "Mark your calendars: Health Fair on Saturday!",
           "Top 5 Myths About {cond}", "Hope Is a Plan: Managing Chronic Pain", "New! Same-Day Appointments via the Mobile App",
           "sooo tired of waiting on hold fr", "BOGO on Advil and Tylenol this week at the pharmacy"],
    "de": ["Patienteninformation: Leben mit {cond}", "Willkommen im neuen Patientenportal!", "Tipps gegen Bluthochdruck",
           "Häufige Fragen zu Rechnung und Versicherung", "voll nervig mit der Warteschleife lol", "Danke euch!! Top Team",
           "Grippeimpfung im Foyer ab {time}", "WICHTIG: Medikamentenplan mitbringen"],
    "fr": ["Information patient : {cond}", "Bienvenue sur le nouveau portail patient !", "Conseils contre l'hypertension",
           "FAQ – Facturation et mutuelle", "trop relou l'attente au tel mdr", "merci à toute l'équipe !!",
           "Vaccination antigrippale dans le hall à partir de {time}", "IMPORTANT : apportez votre ordonnance"],
    "es": ["Información al paciente: vivir con {cond}", "¡Bienvenido al nuevo portal del paciente!", "Consejos para controlar la tensión",
           "Preguntas frecuentes: facturación y seguro", "qué pesadilla la espera al teléfono jaja", "¡gracias a todo el equipo, sois lo más!",
           "Vacunación de la gripe en el vestíbulo desde las {time}", "IMPORTANTE: traiga su lista de medicamentos"],
    "pt": ["Informação ao utente: viver com {cond}", "Bem-vindo ao novo portal do utente!", "Dicas para controlar a tensão arterial",
           "Perguntas frequentes: faturação e seguros", "que seca esperar ao telefone kkk", "obrigado a toda a equipa!!",
           "Vacinação da gripe na entrada a partir das {time}", "IMPORTANTE: traga a lista de medicamentos"],
    "nl": ["Patiënteninformatie: {cond}", "Welkom op het nieuwe patiëntenportaal!", "Tips bij hoge bloeddruk",
           "Veelgestelde vragen over facturen en verzekering", "wat een gedoe met die wachtrij haha", "toppers zijn jullie!!",
           "Griepprik in de hal vanaf {time}", "BELANGRIJK: neem uw medicijnlijst mee"],
    "it": ["Informazioni per il paziente: vivere con {cond}", "Benvenuti nel nuovo portale del paziente!", "Consigli contro la pressione alta",
           "Domande frequenti su fatture e assicurazione", "che palle l'attesa al telefono ahah", "grazie a tutto lo staff, siete top!",
           "Vaccinazione antinfluenzale nell'atrio dalle {time}", "IMPORTANTE: portate l'elenco dei farmaci"],
}
NOPHI_SMS = {
    "en": ["ok see u at {time}", "running late, 10 min", "thx doc!", "can i take advil with {drug}?", "where do i park lol",
           "will do", "Appointment confirmed. Reply STOP to opt out.", "omw", "is the lab open sat?", "sry cant make it tmrw, will call to rebook",
           "Your prescription is ready for pickup. Reply HELP for help."],
    "de": ["ok bis {time}", "bin 10 min später da", "danke!!", "darf ich Ibuprofen zu {drug} nehmen?", "wo kann man parken?", "klappt morgen nicht, melde mich"],
    "fr": ["ok à {time}", "j'ai 10 min de retard dsl", "merci docteur !", "je peux prendre du Doliprane avec {drug} ?", "on se gare où ?"],
    "es": ["ok nos vemos a las {time}", "llego 10 min tarde", "gracias doctora!!", "puedo tomar ibuprofeno con {drug}?", "dónde se aparca?"],
    "pt": ["ok até às {time}", "vou chegar 10 min atrasado", "obrigada!!", "posso tomar ibuprofeno com {drug}?", "onde é que se estaciona?"],
    "nl": ["ok tot {time}", "ben 10 min later", "dankjewel!", "mag ik ibuprofen bij {drug}?", "waar kan ik parkeren?"],
    "it": ["ok a dopo alle {time}", "arrivo con 10 min di ritardo", "grazie dottore!", "posso prendere un Moment con {drug}?", "dove si parcheggia?"],
}


def nophi_from(table, kmax=3, sep=" "):
    def fn(ctx):
        rng = ctx.rng
        k = rng.randint(1, kmax)
        sents = rng.sample(table[ctx.lang], min(k, len(table[ctx.lang])))
        # each sentence gets its own slot names, so two sentences do not repeat one drug / condition
        sents = [re.sub(r"\{(cond|drug|lab|proc|time|money)(\d*)", lambda m: "{%s%d%s" % (m.group(1), j + 1, m.group(2) or "0"), t)
                 for j, t in enumerate(sents)]
        return sep.join(sents)
    return fn

# --------------------------------------------------------------------------------------
# Template families: name -> (register, {lang: [template | callable]}, no_phi)
# --------------------------------------------------------------------------------------

F = {}


def fam(name, register, langs, no_phi=False):
    F[name] = (register, langs, no_phi)


DR = {"es": "{d?el Dr./la Dra.}", "pt": "{d?o Dr./a Dra.}", "it": "{d?il dott./la dott.ssa}"}

# ---------------- chat / kiosk ----------------
fam("chat-appointment", "chat", {
    "en": ["Hi, this is {p.full}. I need to move my appointment on {date} to later that week if possible. My date of birth is {dob}.",
           "hello i'd like to book a follow-up with Dr. {d.last} please. name {p.full}, dob {dob}, best number {phone}",
           "Can I get an appointment for my {p?father/mother}, {p.lf}? [[DOB|Birthdate|Born]] {dob}. [[Any time after|Preferably after|Not before]] {time} works.",
           "Good morning! I'm {p.first} {p.last} and I missed my appointment {rel}. Could you call me back at {phone}? Thanks.",
           "I have an appointment on {date} at {time} with Dr. {d.last} but I can't make it. Please cancel it. - {p.full}",
           "Do you have anything on {date.nw}? It's for {p.il}, date of birth {dob.n}."],
    "de": ["Guten Tag, hier ist {p.full}. Ich möchte meinen Termin am {date} verschieben. Mein Geburtsdatum ist der {dob}.",
           "Hallo, ich bräuchte einen Termin bei Dr. {d.last} für {p?meinen Vater/meine Mutter} {p.full}, geb. {dob}. Erreichbar unter {phone}.",
           "Kann ich den Termin um {time} am {date} absagen? Gruß, {p.first} {p.last}",
           "Hallo, {p.full} hier. Haben Sie am {date.nw} noch etwas frei? Tel. {phone}"],
    "fr": ["Bonjour, je suis {p.full} et je souhaite déplacer mon rendez-vous du {date}. Ma date de naissance : {dob}.",
           "Bonjour, serait-il possible d'avoir un rendez-vous avec le Dr {d.last} pour {p?mon père/ma mère}, {p.full}, né{p?/e} le {dob} ? Vous pouvez me joindre au {phone}.",
           "Je ne pourrai pas venir à mon rendez-vous de {time} le {date}. Merci de l'annuler. {p.full}",
           "Bonjour, avez-vous une disponibilité le {date.nw} ? C'est pour {p.lf}. Merci !"],
    "es": ["Hola, soy {p.full}. Necesito cambiar mi cita del {date}. Mi fecha de nacimiento es {dob}.",
           "Buenos días, quisiera pedir cita con " + DR["es"] + " {d.last} para {p?mi padre/mi madre}, {p.full}, nacid{p?o/a} el {dob}. Mi teléfono es {phone}.",
           "No puedo ir a la cita de las {time} del {date}. ¿Me la pueden cancelar? Gracias, {p.first}",
           "¿Tienen hueco el {date.nw}? Es para {p.lf}. Pueden llamarme al {phone}."],
    "pt": ["Olá, sou {p.full} e preciso de remarcar a minha consulta do dia {date}. Data de nascimento: {dob}.",
           "Bom dia, gostaria de marcar uma consulta com " + DR["pt"] + " {d.last} para {p?o meu pai/a minha mãe}, {p.full}, nascid{p?o/a} em {dob}. O meu contacto é {phone}.",
           "Não vou conseguir ir à consulta das {time} do dia {date}. Podem desmarcar? Obrigad{p?o/a}, {p.first}",
           "Oi, tem horário no dia {date.nw}? É para {p.full}, telefone {phone}."],
    "nl": ["Hallo, met {p.full}. Ik wil graag mijn afspraak van {date} verzetten. Mijn geboortedatum is {dob}.",
           "Goedemorgen, kan ik een afspraak maken bij dokter {d.last} voor {p?mijn vader/mijn moeder}, {p.full}, geboren op {dob}? U kunt mij bereiken op {phone}.",
           "Ik kan helaas niet komen op {date} om {time}. Wilt u de afspraak annuleren? Groet, {p.first}",
           "Is er op {date.nw} nog plek? Het is voor {p.lf}."],
    "it": ["Buongiorno, sono {p.full} e vorrei spostare l'appuntamento del {date}. Sono nat{p?o/a} il {dob}.",
           "Salve, vorrei prenotare una visita con " + DR["it"] + " {d.last} per {p?mio padre/mia madre}, {p.full}, nat{p?o/a} il {dob}. Il mio numero è {phone}.",
           "Non riesco a venire all'appuntamento delle {time} del {date}, potete annullarlo? Grazie, {p.first} {p.last}",
           "Avete posto il {date.nw}? È per {p.lf}, cell. {phone}."],
})
fam("chat-refill", "chat", {
    "en": ["I need a refill on my {drug}. Name is {p.full}, DOB {dob}. Pharmacy can reach me at {phone}.",
           "refill pls - {drug} - for {p.lf} dob {dob}",
           "Hi, I'm running out of {drug} and Dr. {d.last} said to message here. {p.first} {p.last}, born {dob}.",
           "Could you send my {drug} prescription to the pharmacy on file? {p.full} ({dob.n}). Thank you!"],
    "de": ["Ich brauche ein neues Rezept für {drug}. {p.full}, geb. {dob}, Tel. {phone}.",
           "Hallo, mein Vorrat an {drug} ist bald aufgebraucht. Könnten Sie bei Dr. {d.last} ein Folgerezept anfragen? Viele Grüße, {p.full}"],
    "fr": ["Bonjour, j'aurais besoin d'un renouvellement d'ordonnance pour {drug}. {p.full}, né{p?/e} le {dob}.",
           "Je n'ai bientôt plus de {drug}. Le Dr {d.last} peut-il me refaire l'ordonnance ? Merci, {p.first} {p.last}, {phone}"],
    "es": ["Necesito una nueva receta de {drug}. Soy {p.full}, fecha de nacimiento {dob}.",
           "Hola, se me están acabando las pastillas de {drug}. ¿Puede " + DR["es"] + " {d.last} renovarme la receta? {p.full}, tel. {phone}"],
    "pt": ["Preciso de uma nova receita de {drug}. {p.full}, data de nascimento {dob}.",
           "Olá, os meus comprimidos de {drug} estão a acabar. " + "{d?O Dr./A Dra.}" + " {d.last} pode renovar a receita? Obrigad{p?o/a}, {p.first}"],
    "nl": ["Ik heb een herhaalrecept nodig voor {drug}. {p.full}, geboren {dob}.",
           "Mijn {drug} is bijna op. Kan dokter {d.last} een nieuw recept naar de apotheek sturen? Groetjes, {p.first} {p.last}, {phone}"],
    "it": ["Avrei bisogno della ricetta per {drug}. {p.full}, nat{p?o/a} il {dob}.",
           "Salve, sto finendo le compresse di {drug}. " + "{d?Il dott./La dott.ssa}" + " {d.last} può rinnovarmi la ricetta? Grazie, {p.full} ({phone})"],
})
fam("chat-address-change", "chat", {
    "en": ["Please update my address to {addr}, {cityline}. Name: {p.full}, DOB {dob}.",
           "I moved! New address is {addr}, {cityline}. Phone is still {phone}. Thanks, {p.first}",
           "hi can you change the address on file for {p.lf}. its now {addr} {cityline}",
           "New mailing address for {p.full}: {addr}\n{cityline}\nEmail for statements: {email}"],
    "de": ["Bitte ändern Sie meine Adresse: {addr}, {cityline}. {p.full}, geb. {dob}",
           "Ich bin umgezogen. Neue Anschrift: {addr}, {cityline}. Telefon: {phone}. Gruß {p.first} {p.last}"],
    "fr": ["Merci de mettre à jour mon adresse : {addr}, {cityline}. {p.full}, né{p?/e} le {dob}.",
           "J'ai déménagé, ma nouvelle adresse est {addr}, {cityline}. Mon numéro reste le {phone}. {p.full}"],
    "es": ["Por favor, actualicen mi dirección: {addr}, {cityline}. {p.full}, nacid{p?o/a} el {dob}.",
           "Me he mudado. Mi nueva dirección es {addr}, {cityline}. Teléfono: {phone}. Saludos, {p.first}"],
    "pt": ["Por favor atualizem a minha morada: {addr}, {cityline}. {p.full}, data de nascimento {dob}.",
           "Mudei de casa. O novo endereço é {addr}, {cityline}. Telefone: {phone}. {p.full}"],
    "nl": ["Wilt u mijn adres aanpassen naar {addr}, {cityline}? {p.full}, geboren {dob}.",
           "Ik ben verhuisd. Nieuw adres: {addr}, {cityline}. Telefoon: {phone}. Groet, {p.first} {p.last}"],
    "it": ["Vorrei aggiornare il mio indirizzo: {addr}, {cityline}. {p.full}, nat{p?o/a} il {dob}.",
           "Ho cambiato casa, il nuovo indirizzo è {addr}, {cityline}. Telefono {phone}. Saluti, {p.first}"],
})
fam("kiosk-checkin", "chat", {
    "en": ["CHECK IN\nName: {p.full}\nDOB: {dob}\nReason: [[follow-up|new patient|lab draw|flu shot]][[|\nPhoto ID: driver's license {lic}]]",
           "checkin {p.full} dob {dob.n} appt {time} dr {d.last}",
           "I'm here for my {time} appointment. {p.lf}, born {dob}.",
           "Self check-in - last name: {p.last}; first name: {p.first}; date of birth: {dob.n}; phone: {phone}"],
    "de": ["Anmeldung\nName: {p.lf}\nGeburtsdatum: {dob}\nTermin: {time} bei Dr. {d.last}",
           "Ich habe um {time} einen Termin. {p.full}, geb. {dob}"],
    "fr": ["Enregistrement\nNom : {p.last}\nPrénom : {p.first}\nDate de naissance : {dob}",
           "J'ai rendez-vous à {time} avec le Dr {d.last}. {p.full}, né{p?/e} le {dob}."],
    "es": ["Registro de llegada\nNombre: {p.full}\nFecha de nacimiento: {dob}\nCita: {time}",
           "Tengo cita a las {time} con " + DR["es"] + " {d.last}. Me llamo {p.full}."],
})
fam("chat-billing", "chat", {
    "en": ["I was charged {money} twice for my visit on {date}. Card ending {card.4}. Account {acct}. - {p.full}",
           "Can someone explain this bill? Statement for {p.lf}, account number {acct}, amount {money}.",
           "Paid {money} with card {card} but the portal still shows a balance. My name is {p.full}, phone {phone}."],
    "de": ["Mir wurden {money} für den Termin am {date} doppelt abgebucht. Rechnungsnummer {id}, {p.full}.",
           "Ich habe die Rechnung über {money} mit der Karte {card} bezahlt, aber es wird noch ein offener Betrag angezeigt. {p.full}, Tel. {phone}"],
    "fr": ["On m'a facturé {money} deux fois pour la consultation du {date}. Facture n° {id}. {p.full}",
           "J'ai payé {money} avec la carte {card}, mais le solde reste affiché. {p.full}, {phone}"],
    "es": ["Me cobraron {money} dos veces por la consulta del {date}. Número de cuenta {acct}. {p.full}",
           "Pagué {money} con la tarjeta {card} y todavía aparece saldo pendiente. Soy {p.full}, mi teléfono es {phone}."],
    "pt": ["Fui cobrad{p?o/a} duas vezes ({money}) pela consulta do dia {date}. Fatura n.º {id}. {p.full}",
           "Paguei {money} com o cartão {card} mas ainda aparece saldo em dívida. {p.full}, {phone}"],
    "nl": ["Er is twee keer {money} afgeschreven voor het consult van {date}. Factuurnummer {id}. {p.full}",
           "Ik heb {money} betaald met kaart {card}, maar in het portaal staat nog een openstaand bedrag. {p.full}, {phone}"],
    "it": ["Mi sono stati addebitati {money} due volte per la visita del {date}. Fattura n. {id}. {p.full}",
           "Ho pagato {money} con la carta {card}, ma risulta ancora un saldo da pagare. {p.full}, tel. {phone}"],
})
fam("chat-records-request", "chat", {
    "en": ["I'm requesting the medical records of my late {p?father/mother}, {p.full}, who died on {date} at the age of {age}. Please send them to {email}.",
           "Hello, I need copies of my records from {year} to now for a new doctor. {p.full}, DOB {dob}, email {email}.",
           "Could you fax my [[lab results|imaging reports|vaccination record]] to {fax}? It's for {p.lf}, MRN {mrn}.",
           "My {p?grandfather/grandmother} {p.first} {p.last} is {agew} and needs {p?his/her} records sent to the care home. {p?His/Her} date of birth is {dob}."],
    "de": ["Ich bitte um Zusendung der Krankenakte {p?meines verstorbenen Vaters/meiner verstorbenen Mutter} {p.full}, verstorben am {date} im Alter von {age} Jahren. Bitte an {email}.",
           "Bitte senden Sie meine Befunde seit {year} an {email}. {p.full}, geb. {dob}"],
    "fr": ["Je souhaite obtenir le dossier médical de {p?mon père/ma mère}, {p.full}, décédé{p?/e} le {date} à l'âge de {age} ans. Merci de l'envoyer à {email}.",
           "Pourriez-vous m'envoyer mes comptes rendus depuis {year} à l'adresse {email} ? {p.full}, né{p?/e} le {dob}"],
})

# ---------------- sms ----------------
fam("sms-reminder", "sms", {
    "en": ["Reminder: {p.first}, you have an appt with Dr. {d.last} on {date} at {time}. Reply C to confirm or call {phone}.",
           "Hi {p.first}! Your [[dental cleaning|eye exam|physical|vaccination]] is {date} {time}. Txt STOP to opt out",
           "APPT REMINDER: {p.last}, {date.n} {time} at our {city} office. Questions? {phone}",
           "{p.first}, your visit on {date.nw} at {time} is confirmed. Check in online: {url}"],
    "de": ["Erinnerung: {p.title} {p.last}, Ihr Termin bei Dr. {d.last} ist am {date} um {time}. Absagen unter {phone}.",
           "Hallo {p.first}, denk an deinen Termin am {date} um {time} in der Praxis in {city}."],
    "fr": ["Rappel : {p?M./Mme} {p.last}, rendez-vous le {date} à {time} avec le Dr {d.last}. Pour annuler : {phone}.",
           "Bonjour {p.first}, votre rendez-vous au cabinet de {city} est confirmé pour le {date} à {time}."],
    "es": ["Recordatorio: {p.first}, tiene cita el {date} a las {time} con " + DR["es"] + " {d.last}. Para cancelar llame al {phone}.",
           "¡Hola {p.first}! Te esperamos el {date} a las {time} en nuestra clínica de {city}."],
    "pt": ["Lembrete: {p.first}, tem consulta no dia {date} às {time} com " + DR["pt"] + " {d.last}. Para desmarcar ligue {phone}.",
           "Olá {p.first}, a sua consulta em {city} está confirmada para {date} às {time}."],
    "nl": ["Herinnering: {p?meneer/mevrouw} {p.last}, u heeft op {date} om {time} een afspraak bij dokter {d.last}. Afmelden: {phone}.",
           "Hoi {p.first}, niet vergeten: {date} om {time} bij de praktijk in {city}."],
    "it": ["Promemoria: {p.first}, ha un appuntamento il {date} alle {time} con " + DR["it"] + " {d.last}. Per disdire chiami il {phone}.",
           "Ciao {p.first}, ti aspettiamo il {date} alle {time} nel nostro studio di {city}."],
})
fam("sms-casual", "sms", {
    "en": ["hey its {p.first}, can u call me back at {phone}? thx", "{p.first} here - new number is {phone}, save it",
           "running late for my {time} appt, sorry! - {p.first} {p.last}", "yo this is {p.first}, my email changed to {email}",
           "mom says her bday is {dob.nw} not what u have on file lol. {p.full}"],
    "de": ["hey, hier ist {p.first}, ruf mich bitte unter {phone} zurück", "Bin's, {p.first}. Neue Nummer: {phone}",
           "komme zu spät zum termin um {time}, sorry! {p.first}"],
    "fr": ["salut c'est {p.first}, tu peux me rappeler au {phone} ?", "c {p.first}, mon nouveau numéro : {phone}",
           "dsl je serai en retard pour le rdv de {time}. {p.first} {p.last}"],
    "es": ["hola soy {p.first}, me puedes llamar al {phone}? gracias", "llego tarde a la cita de las {time}, perdón! {p.first}",
           "soy {p.first} {p.last}, mi correo nuevo es {email}"],
    "pt": ["oi, é {p.first}, me liga no {phone}?", "olá, sou {p.first}, o meu número novo é {phone}",
           "vou chegar atrasad{p?o/a} à consulta das {time}, desculpe! {p.first}"],
})
fam("sms-pharmacy", "sms", {
    "en": ["{pharm}: Rx for {p.first} {p.last} is ready for pickup. Questions? Call {phone}.",
           "Your prescription {drug} for {p.first} is ready. Rx #{id}. Pick up by {date.nw}.",
           "{pharm}: we could not fill {drug} for {p.il} - insurance {hp} was declined. Call {phone}."],
    "de": ["{pharm}: Das bestellte Medikament {drug} für {p.full} liegt zur Abholung bereit. Rückfragen unter {phone}."],
    "nl": ["{pharm}: het herhaalrecept {drug} voor {p.first} {p.last} ligt klaar. Vragen? Bel {phone}."],
    "it": ["{pharm}: il farmaco {drug} per {p.full} è pronto per il ritiro. Info: {phone}"],
})

# ---------------- email ----------------
fam("email-patient-query", "email", {
    "en": ["Subject: Question about my results\n\nDear Dr. {d.last},\n\nI had blood work done on {date} and haven't heard back. Could you let me know if my {lab} is okay?\n\nBest regards,\n{p.full}\n{phone}",
           "Hi {d.first},\n\nThanks for seeing me {rel}. The {drug} is making me dizzy - should I keep taking it?\n\nCheers,\n{p.first}\n--\n{p.full} | {email} | {phone}",
           "Dear Sir or Madam,\n\nI am writing on behalf of my {p?father/mother}, {p.full} ({dob}), who is now {age} and lives at {addr}, {cityline}. {p?He/She} can no longer travel to the clinic. Could a home visit be arranged?\n\nKind regards,\n{p2.full}"],
    "de": ["Betreff: Frage zu meinen Laborwerten\n\n{d?Sehr geehrter Herr/Sehr geehrte Frau} Dr. {d.last},\n\nam {date} wurde mir Blut abgenommen. Können Sie mir sagen, ob mein Wert ({lab}) in Ordnung ist?\n\nMit freundlichen Grüßen\n{p.full}\nTel. {phone}",
           "Hallo {d?Herr/Frau} Dr. {d.last},\n\nseit ich {drug} nehme, ist mir oft schwindelig. Soll ich das Medikament weiter einnehmen?\n\nViele Grüße\n{p.first} {p.last}\n{email}"],
    "fr": ["Objet : Question sur mes résultats\n\nBonjour Docteur {d.last},\n\nJ'ai fait une prise de sang le {date} et je n'ai pas encore de nouvelles. Mon résultat ({lab}) est-il normal ?\n\nCordialement,\n{p.full}\n{phone}",
           "Bonjour Docteur,\n\nDepuis que je prends {drug}, j'ai des vertiges. Dois-je continuer ?\n\nBien à vous,\n{p.first} {p.last}\n{email}"],
    "es": ["Asunto: Consulta sobre mis análisis\n\nEstimad{d?o Dr./a Dra.} {d.last}:\n\nMe hice un análisis de sangre el {date} y todavía no sé nada. ¿Está bien mi resultado ({lab})?\n\nUn saludo,\n{p.full}\n{phone}",
           "Hola, doctor{d?/a}:\n\nDesde que tomo {drug} me mareo a menudo. ¿Debo seguir tomándolo?\n\nGracias,\n{p.first} {p.last}\n{email}"],
    "pt": ["Assunto: Dúvida sobre análises\n\nCar{d?o Dr./a Dra.} {d.last},\n\nFiz análises ao sangue no dia {date} e ainda não recebi resposta. O meu resultado ({lab}) está normal?\n\nCom os melhores cumprimentos,\n{p.full}\n{phone}",
           "Olá doutor{d?/a},\n\nDesde que comecei a tomar {drug} sinto tonturas. Devo continuar?\n\nObrigad{p?o/a},\n{p.first} {p.last}\n{email}"],
    "nl": ["Onderwerp: Vraag over mijn uitslagen\n\nBeste dokter {d.last},\n\nOp {date} is er bloed bij mij afgenomen, maar ik heb nog niets gehoord. Is mijn uitslag ({lab}) in orde?\n\nMet vriendelijke groet,\n{p.full}\n{phone}",
           "Hallo dokter,\n\nSinds ik {drug} gebruik ben ik vaak duizelig. Moet ik ermee doorgaan?\n\nGroeten,\n{p.first} {p.last}\n{email}"],
    "it": ["Oggetto: Domanda sugli esami\n\nGentile {d?dott./dott.ssa} {d.last},\n\nho fatto gli esami del sangue il {date} e non ho ancora ricevuto risposta. Il mio valore ({lab}) è nella norma?\n\nCordiali saluti,\n{p.full}\n{phone}",
           "Buongiorno {d?dottore/dottoressa},\n\nda quando prendo {drug} ho spesso le vertigini. Devo continuare?\n\nGrazie,\n{p.first} {p.last}\n{email}"],
})
fam("email-staff-handoff", "email", {
    "en": ["From: {n.full} <{n.email}>\nSubject: Handoff - {p.lf}\n\nHi team,\n\n{p.title} {p.last} (MRN {mrn}) was admitted on {adate} with [[pneumonia|a COPD exacerbation|chest pain|a fall]]. Currently on {drug}. {lab} this morning. Family contact: {p2.full}, {phone}.\n\nThanks,\n{n.first}",
           "Quick update on bed 12: {p.full}, {agex} y/o, MRN {mrn}. {p2?Son/Daughter} {p2.first} will call at {time}. Please page Dr. {d.last} at {pager} if the {lab} worsens.\n\n- {n.full}, RN"],
    "de": ["Betreff: Übergabe {p.lf}\n\nHallo zusammen,\n\n{p.title} {p.last} (Fall-Nr. {id}) wurde am {adate} aufgenommen. Aktuell {drug}. Heute früh {lab}. Angehörige: {p2.full}, Tel. {phone}.\n\nDanke\n{n.first}"],
    "fr": ["Objet : Transmission - {p.lf}\n\nBonjour à tous,\n\n{p?M./Mme} {p.last} (IPP {mrn}) a été hospitalisé{p?/e} le {adate}. Traitement en cours : {drug}. Ce matin : {lab}. Personne à prévenir : {p2.full}, {phone}.\n\nMerci,\n{n.first}"],
})
fam("email-insurance", "email", {
    "en": ["Dear Claims Department,\n\nI am writing about claim {id} for services on {date}. My member ID is {hp} and the policy holder is {p2.full}. Please send correspondence to {addr}, {cityline}.\n\nSincerely,\n{p.full}",
           "Hello, my {proc} on {date} was denied. Member ID {hp}, DOB {dob}. Can you tell me why? {p.full}, {phone}"],
    "es": ["Estimados señores:\n\nLes escribo por el reembolso n.º {id} de la consulta del {date}. Mi número de afiliado es {hp}. Pueden enviar la respuesta a {email}.\n\nAtentamente,\n{p.full}"],
    "pt": ["Exmos. Senhores,\n\nVenho por este meio solicitar o reembolso da consulta do dia {date} (processo n.º {id}). O meu número de beneficiário é {hp}.\n\nCom os melhores cumprimentos,\n{p.full}\n{phone}"],
})
fam("email-it-support", "email", {
    "en": ["Subject: Can't log in to the patient portal\n\nHi, I keep getting an error at {url} from IP {ip}. My account uses {email}. - {p.full}",
           "Hi IT,\n\nThe scanner saved the file as {fname} and it won't open. Workstation {ip}. Please help.\n\n{n.full}\n{phone}",
           "Ticket: insulin pump serial {dev} not syncing with the app. Patient {p.lf}, DOB {dob}. Log uploaded to {url}."],
    "de": ["Betreff: Kein Zugriff aufs Patientenportal\n\nHallo, unter {url} bekomme ich immer eine Fehlermeldung (IP {ip}). Mein Konto läuft auf {email}.\n\nGruß\n{p.full}",
           "Hallo IT,\n\nder Scanner hat die Datei als {fname} gespeichert und sie lässt sich nicht öffnen. Rechner {ip}.\n\n{n.full}"],
    "nl": ["Onderwerp: Inloggen lukt niet\n\nHallo, op {url} krijg ik steeds een foutmelding (IP-adres {ip}). Mijn account staat op {email}.\n\nGroet,\n{p.full}"],
})
fam("file-share-list", "email", {
    "en": ["Hi {n.first},\n\nAttached are the files for {p.title} {p.last}:\n- {fname}\n- {fname2}\n- {fname3}\nLet me know if anything is missing.\n\n{n2.full}",
           "Uploaded {fname} and {fname2} to the shared drive ({url}). Patient: {p.lf}.\n- {n.first}"],
    "de": ["Hallo {n.first},\n\nanbei die Unterlagen für {p.title} {p.last}:\n- {fname}\n- {fname2}\n\nGruß\n{n2.first}"],
})

# ---------------- forms ----------------
fam("form-kv-registration", "form", {l: [fam_form_kv] for l in MONTHS})
fam("form-tab-intake", "form", {l: [fam_form_tab] for l in MONTHS})
fam("form-web-contact", "form", {
    "en": ["First name: {p.first}\nLast name: {p.last}\nEmail: {email}\nPhone: {phone}\nMessage: Do you take new patients with {cond}? I can come any day after {time}.",
           "Name: {p.full}\nE-mail: {email}\nSubject: Appointment request\nMessage: I'd like to see Dr. {d.last} about my {cond}. I was born {dob}."],
    "fr": ["Prénom : {p.first}\nNom : {p.last}\nCourriel : {email}\nTéléphone : {phone}\nMessage : Prenez-vous de nouveaux patients atteints de {cond} ?"],
    "de": ["Vorname: {p.first}\nNachname: {p.last}\nE-Mail: {email}\nTelefon: {phone}\nNachricht: Nehmen Sie neue Patienten mit {cond} auf?"],
    "es": ["Nombre: {p.first}\nApellidos: {p.last}\nCorreo: {email}\nTeléfono: {phone}\nMensaje: ¿Atienden a pacientes nuevos con {cond}?"],
    "it": ["Nome: {p.first}\nCognome: {p.last}\nEmail: {email}\nTelefono: {phone}\nMessaggio: Accettate nuovi pazienti con {cond}?"],
})
fam("form-insurance-claim", "form", {
    "en": ["CLAIM FORM\nInsured: {p.lf}\nMember ID: {hp}\nGroup No: {hp2}\nDate of Service: {date.n}\nProvider: Dr. {d.full}\nNPI: {id}\nDiagnosis: {cond}\nAmount: {money}",
           "Claim #{id2}\tPatient: {p.full}\tDOB: {dob.n}\nPolicy: {hp}\tService date: {date.n}\tBilled: {money}"],
    "de": ["Leistungsabrechnung\nVersicherte/r: {p.lf}\nVersichertennummer: {hp}\nBehandlungsdatum: {date}\nArzt: Dr. {d.full}\nBetrag: {money}"],
})
fam("form-emergency-contact", "form", {
    "en": ["EMERGENCY CONTACT FORM\nPatient: {p.full}\nContact: {p2.full}\nRelationship: [[Spouse|{p2?Son/Daughter}|{p2?Son/Daughter}|Neighbor|Friend]]\nPhone: {phone}\nAlt. phone: {phone2}\nAddress: {addr}, {cityline}"],
    "es": ["Contacto de emergencia\nPaciente: {p.full}\nContacto: {p2.full}\nParentesco: [[{p2?Hijo/Hija}|{p2?Esposo/Esposa}|{p2?Vecino/Vecina}]]\nTeléfono: {phone}"],
    "pt": ["Contacto de emergência\nUtente: {p.full}\nContacto: {p2.full}\nGrau de parentesco: [[{p2?Filho/Filha}|Cônjuge|{p2?Vizinho/Vizinha}]]\nTelefone: {phone}"],
    "nl": ["Contactpersoon bij nood\nPatiënt: {p.full}\nContactpersoon: {p2.full}\nRelatie: [[{p2?Zoon/Dochter}|Partner|{p2?Buurman/Buurvrouw}]]\nTelefoon: {phone}"],
})
fam("parking-permit", "form", {
    "en": ["Parking permit request\nName: {p.full}\nVehicle: [[Toyota Corolla|Honda Civic|Ford F-150|Subaru Outback]], plate {plate}\nVIN: {vin}\nDriver's license: {lic}\nPhone: {phone}",
           "Visitor parking: {p.lf}, plate {plate}, valid until {date.n}."],
    "de": ["Parkausweis\nName: {p.full}\nFahrzeug: [[VW Golf|Opel Astra|BMW 3er]], Kennzeichen {plate}\nTelefon: {phone}"],
    "fr": ["Demande de badge parking\nNom : {p.full}\nVéhicule : [[Renault Clio|Peugeot 208|Citroën C3]], immatriculation {plate}\nTéléphone : {phone}"],
    "es": ["Solicitud de tarjeta de aparcamiento\nNombre: {p.full}\nVehículo: [[Seat Ibiza|Renault Megane|Toyota Yaris]], matrícula {plate}\nTeléfono: {phone}"],
    "it": ["Richiesta permesso parcheggio\nNome: {p.full}\nVeicolo: [[Fiat Panda|Lancia Ypsilon|Fiat 500]], targa {plate}\nTelefono: {phone}"],
    "nl": ["Aanvraag parkeervergunning\nNaam: {p.full}\nAuto: [[Opel Corsa|Kia Picanto|VW Polo]], kenteken {plate}\nTelefoon: {phone}"],
})
fam("pharmacy-label", "form", {
    "en": ["{pharm}\nRx# {id}\n{p.full}\n{addr}\n{drug}\nTake 1 tablet by mouth [[daily|twice daily|at bedtime]]\nDr. {d.il}[[|  DEA {dea}|, DEA# {dea}]]\nFilled: {date.n}  Refills: 2\n{phone}"],
    "de": ["{pharm}\n{p.full}\n{drug}\n1-0-1\nDr. {d.last}\nAbgabe: {date.n}"],
    "fr": ["{pharm}\n{p.full}\n{drug}\n1 comprimé matin et soir\nDr {d.last}\nDélivré le {date.n}"],
})

# ---------------- clinical notes ----------------
fam("note-header-tabs", "note", {l: [fam_note_header] for l in MONTHS})
fam("note-progress", "note", {
    "en": ["PROGRESS NOTE {date.n}\nS: {p.title} {p.last} is {agex.a}-year-old {p?man/woman} seen for follow-up of {cond}. {clin}\nO: {lab}. {lab2}.\nA/P: Continue {drug}. Recheck in [[2 weeks|3 months|6 weeks]].\n{d.full}, MD",
           "Pt {p.full} seen today with {p2?son/daughter} {p2.first}. Hx of {cond}. {lab}. Plan: start {drug}, {proc} ordered. RTC in 4 wks.",
           "{p.title} {p.last} returns, accompanied by {p?his/her} caregiver. {p?He/She} is {agew} years old and lives in {city}. {clin} {clin2}"],
    "de": ["Verlaufsnotiz vom {date}\n{p.title} {p.last}, {agex} Jahre, stellt sich zur Kontrolle bei {cond} vor. {lab}. Weiter mit {drug}. Wiedervorstellung in 3 Monaten.\nDr. {d.full}"],
    "fr": ["Note d'évolution du {date}\n{p?M./Mme} {p.last}, {agex} ans, revu{p?/e} en consultation de suivi ({cond}). {lab}. Poursuite de {drug}. Contrôle dans 3 mois.\nDr {d.full}"],
    "es": ["Nota de evolución {date}\n{p?Paciente varón/Paciente mujer} de {agex} años, {p.full}, en seguimiento por {cond}. {lab}. Se mantiene {drug}. Control en 3 meses.\n{d?Dr./Dra.} {d.full}"],
    "pt": ["Nota de evolução - {date}\n{p?O Sr./A Sra.} {p.last}, {agex} anos, vem à consulta de seguimento por {cond}. {lab}. Mantém {drug}. Reavaliação dentro de 3 meses.\n{d?Dr./Dra.} {d.full}"],
    "nl": ["Voortgangsnotitie {date}\n{p?Dhr./Mevr.} {p.last}, {agex} jaar, komt op controle in verband met {cond}. {lab}. Continueren {drug}. Controle over 3 maanden.\ndr. {d.full}"],
    "it": ["Diario clinico del {date}\n{p?Il sig./La sig.ra} {p.last}, {agex} anni, in controllo per {cond}. {lab}. Prosegue {drug}. Controllo tra 3 mesi.\n{d?Dott./Dott.ssa} {d.full}"],
})
fam("note-nursing", "note", {
    "en": ["{time} Pt resting, {lab}. Family ({p2.full}) at bedside. Gave {drug} as ordered. - {n.first} {n.last}, RN",
           "Nursing note {date.n} {time}: {p.title} {p.last} ambulated with walker. {p2?Son/Daughter} {p2.first} called from {city} asking for an update; callback {phone}."],
    "de": ["{time}: Pat. schläft, {lab}. {drug} verabreicht. {p2?Sohn/Tochter} {p2.full} informiert. - Pflege {n.full}"],
    "nl": ["{time} uur: patiënt rustig, {lab}. {drug} gegeven. {p2?Zoon/Dochter} {p2.full} gebeld. - {n.first} (verpleegkundige)"],
    "it": ["Ore {time}: paziente tranquill{p?o/a}, {lab}. Somministrato {drug}. Informat{p2?o il figlio/a la figlia} {p2.full}. - Inf. {n.full}"],
})
fam("note-ed-triage", "note", {
    "en": ["ED TRIAGE {date.n} {time}\n{agex}{p?M/F} BIBA from home in {city} c/o chest pain x2h. {lab}. Hx {cond}. Meds: {drug}. PCP Dr. {d.last}. Contact {p2.full} {phone}.",
           "Triage: {p.full}, {agex} yo, walked in with [[laceration to L hand|ankle injury|abdominal pain]]. {lab}. NKDA. Arrived by car, plate {plate}, parked in ambulance bay."],
    "es": ["TRIAJE URGENCIAS {date.n} {time}\n{p?Varón/Mujer} de {agex} años, traíd{p?o/a} en ambulancia desde {city} por dolor torácico. {lab}. Antecedentes: {cond}. Tratamiento: {drug}. Contacto: {p2.full}, {phone}."],
    "fr": ["TRI URGENCES {date.n} {time}\n{p?Homme/Femme} de {agex} ans amené{p?/e} par les pompiers depuis {city} pour douleur thoracique. {lab}. ATCD : {cond}. Traitement : {drug}. Personne à prévenir : {p2.full}, {phone}."],
})
fam("note-social-work", "note", {
    "en": ["SOCIAL WORK NOTE\nMet with {p.title} {p.last} and {p?his/her} {p2?son/daughter}, {p2.full}. Pt lives alone at {addr}, {cityline}. {p?He/She} is {age} and no longer drives. {p2.first} ({phone}) will arrange Meals on Wheels.",
           "SW: {p.full} ({age} yo) referred for placement. {p?Wife/Husband} {p2.full} reachable at {phone}. Home: {addr}, {city}."],
    "de": ["SOZIALDIENST\nGespräch mit {p?Herrn/Frau} {p.last} und {p2?dem Sohn/der Tochter} {p2.full}. {p?Der Patient/Die Patientin} ({age} Jahre) wohnt allein ({addr}, {cityline}). Kontakt: {phone}."],
})
fam("note-history-physical", "note", {
    "en": ["HISTORY AND PHYSICAL\nPatient: {p.full}   MRN: {mrn}   DOB: {dob.n}\nDate of service: {date}\n\nCC: [[shortness of breath|dizziness|fall at home|abdominal pain]]\nHPI: {p.first} is {agex.a}-year-old {p?man/woman} with {cond}, on {drug}. {clin}\nSOCIAL: Lives with {p?his/her} [[wife|husband|partner|sister]] in {city}. Retired [[teacher|machinist|nurse|farmer]].\nVITALS: {lab}, {lab2}\nPLAN: {proc}."],
})
fam("device-log", "note", {
    "en": ["DEVICE INTERROGATION {date.n}\nPatient: {p.lf}  DOB: {dob.n}\nDevice: [[dual-chamber pacemaker|ICD|CRT-D|implantable loop recorder]], serial {dev}\nRemote transmission from {ip} received at {time}.\nBattery: 8.5 years. {lab}.\nReviewed by {d.il}, MD",
           "Hearing aid fitting for {p.full}: left serial {dev}, right serial {dev2}. Next check {date.nw}."],
})
fam("incident-report", "note", {
    "en": ["SECURITY INCIDENT REPORT\nDate: {date.n} Time: {time}\nVehicle with plate {plate} blocked the ambulance bay. Owner identified as {p.full}, visitor of room 4B, contacted at {phone}.\nReported by: {n.full}"],
    "de": ["VORFALLSMELDUNG {date.n}\nFahrzeug mit Kennzeichen {plate} blockierte die Notaufnahme-Zufahrt. Halter: {p.full}, Tel. {phone}.\nGemeldet von {n.full}"],
    "fr": ["RAPPORT D'INCIDENT du {date.n}\nLe véhicule immatriculé {plate} bloquait l'accès des urgences. Propriétaire : {p.full}, joint au {phone}.\nSignalé par {n.full}"],
    "es": ["PARTE DE INCIDENCIA {date.n}\nEl vehículo con matrícula {plate} bloqueaba el acceso de urgencias. Titular: {p.full}, localizado en el {phone}.\nComunicado por {n.full}"],
})

# ---------------- discharge ----------------
fam("discharge-summary", "discharge", {
    "en": ["DISCHARGE SUMMARY\n\nNAME: {p.lf}\nMR#: {mrn}\nADMISSION DATE: {adate.n}\nDISCHARGE DATE: {ddate.n}\nATTENDING: {d.fml}, M.D.\n\nPRINCIPAL DIAGNOSIS: [[Community-acquired pneumonia|CHF exacerbation|Acute kidney injury|Urinary tract infection]]\nSECONDARY DIAGNOSES: {cond}\n\nHOSPITAL COURSE: {open} {p?He/She} was treated with {drug} and improved. {lab} on the day of discharge. {p?He/She} underwent {proc} without complication.\n\nDISCHARGE MEDICATIONS: {drug2}; {drug3}.\n\nFOLLOW-UP: Dr. {d2.last} in [[one week|two weeks|10 days]]; call {phone} with questions.\n\n{d.fml}, M.D.[[|\nLicense #{medlic}|\nMed. lic. {medlic}]]\n\ncc: {d2.full}, MD",
           "Discharge Summary - {p.full} (MRN {mrn})\nAdmitted {adate} - discharged {ddate}.\n{clin} {clin2}\nDisposition: home with {p2?son/daughter} {p2.full}.\n\nDictated by: {d.full}, MD, pager {pager}"],
    "de": ["ENTLASSUNGSBRIEF\n\nPatient{p?/in}: {p.lf}, geb. {dob}\nStationärer Aufenthalt: {adate} bis {ddate}\n\nDiagnosen: {cond}\nVerlauf: {open} {clin} Unter {drug} deutliche Besserung. {proc} komplikationslos.\n\nMit freundlichen kollegialen Grüßen\n\nDr. med. {d.full}\n{d?Oberarzt/Oberärztin}"],
    "fr": ["COMPTE RENDU D'HOSPITALISATION\n\nPatient{p?/e} : {p.lf}, né{p?/e} le {dob}\nSéjour du {adate} au {ddate}\n\nDiagnostic : {cond}\nÉvolution : {open} {clin} Amélioration sous {drug}.\n\nDr {d.full}\nService de médecine interne"],
    "es": ["INFORME DE ALTA\n\nPaciente: {p.lf}\nNHC: {mrn}\nIngreso: {adate}\nAlta: {ddate}\n\nDiagnóstico principal: {cond}\nEvolución: {open} {clin} Buena evolución con {drug}.\n\nFdo.: {d?Dr./Dra.} {d.full}\nN.º colegiado {medlic}"],
})
fam("discharge-instructions", "discharge", {
    "en": ["DISCHARGE INSTRUCTIONS for {p.full}\nTake {drug}. Avoid heavy lifting. Follow up with Dr. {d.last} on {date} at {time}. Questions: {phone}.",
           "Going-home instructions ({p.lf}, DOB {dob.n}): {drug} every morning; {proc} scheduled {date.nw}. Call {phone} if fever above 38.5 C."],
    "es": ["Instrucciones al alta - {p.full}\nTome {drug}. Cita de control con " + DR["es"] + " {d.last} el {date} a las {time}. Dudas: {phone}."],
    "pt": ["Instruções de alta - {p.full}\nTomar {drug}. Consulta de seguimento com " + DR["pt"] + " {d.last} no dia {date} às {time}. Dúvidas: {phone}."],
    "it": ["Istruzioni alla dimissione - {p.full}\nAssumere {drug}. Controllo con " + DR["it"] + " {d.last} il {date} alle {time}. Per informazioni: {phone}."],
})
fam("discharge-sig-pager", "discharge", {
    "en": ["Patient discharged in stable condition. Follow-up arranged with cardiology.\n\n{d.full}, MD, pager {pager}\ncc: {d2.fml}, M.D.\n{n.full}, RN",
           "Electronically signed by {d.fml}, M.D. on {date.n} at {time}\nPager {pager}\nResident: {d2.full}, MD",
           "Seen and discussed with the attending, Dr. {d.last}.\n{d2.il}, MD (PGY-2), pager {pager}"],
})

# ---------------- dictation ----------------
fam("dictation-footer", "dictation", {"en": [fam_dictation_footer]})
fam("dictation-transcript", "dictation", {
    "en": ["This is Dr. {d.full} dictating a clinic note on {p.full}, medical record number {mrn}, date of birth {dob.w}. The patient is {agex.a}-year-old {p?man/woman} with {cond}. {clin} Please send a copy to Dr. {d2.full} at fax {fax}. End of dictation.",
           "Dictating on {p.lf}. Date of visit {date.w}. {p?He/She} is a pleasant {agew}-year-old {p?gentleman/lady} seen for {cond}. {clin} Thank you."],
    "de": ["Diktat Dr. {d.full}, Patient{p?/in} {p.full}, geboren am {dob}. {open} {clin} Kopie an Dr. {d2.last}, Fax {fax}. Ende des Diktats."],
})
fam("dictation-op-note", "dictation", {
    "en": ["OPERATIVE REPORT\nPATIENT: {p.lf}\nMRN: {mrn}\nDATE OF OPERATION: {date.n}\nSURGEON: {d.fml}, M.D.\nASSISTANT: {d2.full}, PA-C\nPROCEDURE: {proc}\nIMPLANT: [[Medtronic|Zimmer|Stryker]] device, serial number {dev}\nFINDINGS: As expected; no complications.\n\n"],
})

# ---------------- bank ----------------
fam("bank-teller-note", "bank", {
    "en": ["Teller note {date.n}: Cust {p.full} presented DL {lic} and requested a cashier's check for {money} payable to {p2.full}. Acct {acct}. Verified phone {phone}.",
           "Customer {p.lf} came in to dispute card {card}. Lives at {addr}. Referred to fraud team. - {s.first} ({s.ini})"],
    "de": ["Kassennotiz {date}: Kund{p?e/in} {p.full} legte den Personalausweis {passport} vor und zahlte {money} auf Konto {acct} ein."],
    "fr": ["Note guichet du {date} : {p?M./Mme} {p.full} a présenté sa pièce d'identité n° {passport} et retiré {money} du compte {acct}."],
    "es": ["Nota de ventanilla {date}: {p?el cliente/la clienta} {p.full}, DNI {passport}, ingresó {money} en la cuenta {acct}."],
    "it": ["Nota sportello {date}: {p?il sig./la sig.ra} {p.full} (C.F. {ssn}) ha versato {money} sul conto {acct}."],
})
fam("bank-wire-request", "bank", {
    "en": ["Please wire {money} from account {acct} (routing {routing}) to {p2.full}, IBAN {iban}, BIC {bic}. Authorized by {p.full}, {phone}."],
    "de": ["Bitte überweisen Sie {money} an {p2.full}, IBAN {iban}, BIC {bic}. Verwendungszweck: Rechnung {id}. Auftraggeber: {p.full}"],
    "fr": ["Merci d'effectuer un virement de {money} au profit de {p2.full}, IBAN {iban}, BIC {bic}. Donneur d'ordre : {p.full}, {phone}"],
    "es": ["Quiero hacer una transferencia de {money} a {p2.full}, IBAN {iban}. Ordenante: {p.full}, cuenta {acct}."],
    "pt": ["Pretendo transferir {money} para {p2.full}, IBAN {iban}, BIC {bic}. Ordenante: {p.full}, telefone {phone}."],
    "nl": ["Graag {money} overmaken naar {p2.full}, IBAN {iban}, BIC {bic}. Omschrijving: factuur {id}. Opdrachtgever: {p.full}"],
    "it": ["Vorrei disporre un bonifico di {money} a favore di {p2.full}, IBAN {iban}, BIC {bic}. Ordinante: {p.full}, tel. {phone}"],
})
fam("bank-fraud-report", "bank", {
    "en": ["I see a charge of {money} I didn't make on my card {card} on {date}. The login came from IP {ip} in {city2}? I've never been there. {p.full}, {phone}",
           "Fraud alert follow-up: {p.lf}, card ending {card.4}, last good login {ip}. Customer reached at {phone}."],
    "es": ["Hay un cargo de {money} que no reconozco en mi tarjeta {card}, del {date}. {p.full}, {email}"],
    "pt": ["Apareceu uma compra de {money} no meu cartão {card} no dia {date} que não fui eu que fiz. {p.full}, {phone}"],
})
fam("bank-chat-balance", "bank", {
    "en": ["what's the balance on acct {acct}? this is {p.first} {p.last}, last 4 of ssn {ssn.4}",
           "Hi, can you check if my paycheck hit account ending {acct.4}? {p.full}, DOB {dob}"],
    "de": ["Wie hoch ist der Kontostand auf {acct}? {p.full}, Geburtsdatum {dob}"],
    "nl": ["Wat is het saldo van rekening {iban}? Met {p.full}, geboren {dob}."],
})
fam("bank-loan-application", "bank", {
    "en": ["LOAN APPLICATION\nApplicant: {p.full}\nSSN: {ssn}\nDate of birth: {dob}\nAddress: {addr}, {cityline}\nEmployer: [[Acme Logistics|County School District|self-employed]]\nMonthly income: {money}\nDriver's license: {lic}\nEmail: {email}\nDisbursement account: {acct} (routing {routing})",
           "Credit line increase request: {p.full}, card {card}, checking {acct}, SSN ending {ssn.4}. Payroll deposits from IBAN {iban}.",
           "Auto loan - applicant {p.lf}, VIN {vin}, plate {plate}, amount {money}. Co-signer: {p2.full}."],
    "fr": ["DEMANDE DE PRÊT\nEmprunteur : {p.full}\nN° de sécurité sociale : {ssn}\nNé{p?/e} le : {dob}\nAdresse : {addr}, {cityline}\nRevenu mensuel : {money}\nCourriel : {email}\nIBAN : {iban}\nBIC : {bic}"],
})

# ---------------- letters ----------------
fam("referral-letter", "letter", {
    "en": ["Dear Dr. {d.last},\n\nThank you for seeing {p.full} (DOB {dob}), {agex.a}-year-old {p?man/woman} with {cond}. {p?He/She} is currently taking {drug}; recent {lab}. I would appreciate your opinion regarding {proc}.\n\nYours sincerely,\n\nDr. {d2.full}\n{phone}"],
    "de": ["Sehr geehrte Kolleginnen und Kollegen,\n\nich überweise {p?Herrn/Frau} {p.full}, geb. {dob}, wohnhaft {addr}, {cityline}, zur Mitbeurteilung bei {cond}. Aktuelle Medikation: {drug}. {lab}.\n\nMit freundlichen Grüßen\nDr. {d2.full}[[|\nLANR {medlic}]]"],
    "fr": ["Cher confrère,\n\nJe vous adresse {p?M./Mme} {p.full}, né{p?/e} le {dob}, pour avis ({cond}). Traitement actuel : {drug}. {lab}.\n\nBien confraternellement,\nDr {d2.full}[[|\nRPPS {medlic}]]"],
    "es": ["Estimado/a colega:\n\nLe remito a {p.full}, de {agex} años, con {cond}, para valoración. Tratamiento actual: {drug}. {lab}.\n\nUn cordial saludo,\n{d2?Dr./Dra.} {d2.full}"],
    "pt": ["Caro/a colega,\n\nEncaminho {p?o Sr./a Sra.} {p.full}, de {agex} anos, com {cond}, para avaliação. Medicação atual: {drug}. {lab}.\n\nCom os melhores cumprimentos,\n{d2?Dr./Dra.} {d2.full}"],
    "nl": ["Geachte collega,\n\nGraag verwijs ik {p?dhr./mevr.} {p.full}, geboren {dob}, naar u in verband met {cond}. Huidige medicatie: {drug}. {lab}.\n\nMet collegiale groet,\n{d2.full}, huisarts"],
    "it": ["Gentile collega,\n\ninvio alla sua attenzione {p?il sig./la sig.ra} {p.full}, nat{p?o/a} il {dob}, per {cond}. Terapia in corso: {drug}. {lab}.\n\nCordiali saluti,\n{d2?dott./dott.ssa} {d2.full}[[|\nIscr. Ordine dei Medici n. {medlic}]]"],
})
fam("referral-fax-cover", "letter", {
    "en": ["FAX COVER SHEET\nTo: Dr. {d.full}\nFax: {fax}\nFrom: {n.full}, [[referral coordinator|medical assistant]]\nPhone: {phone}\nDate: {date.n}\nPages: 4\nRe: {p.lf}, DOB {dob.n}\n\nCONFIDENTIAL: This fax contains protected health information."],
    "de": ["FAX\nAn: Dr. {d.full}\nFax: {fax}\nVon: {n.full}\nTel.: {phone}\nDatum: {date.n}\nBetreff: {p.lf}, geb. {dob}\nSeiten: 3"],
})
fam("referral-specialist-reply", "letter", {
    "en": ["Dear Dr. {d2.last},\n\nThank you for referring {p.title} {p.last}, whom I saw in clinic on {date}. {clin} Impression: {cond}. I have started {drug}; {proc} has been arranged.\n\nBest wishes,\n{d.fml}, MD"],
    "fr": ["Cher confrère,\n\nMerci de m'avoir adressé {p?M./Mme} {p.last}, que j'ai vu{p?/e} en consultation le {date}. {clin} Conclusion : {cond}. J'ai introduit {drug} ; prise en charge prévue : {proc}.\n\nConfraternellement,\nDr {d.full}"],
    "it": ["Gentile collega,\n\nla ringrazio per avermi inviato {p?il sig./la sig.ra} {p.last}, visitat{p?o/a} il {date}. {clin} Conclusione: {cond}. Ho prescritto {drug} e programmato: {proc}.\n\nCordiali saluti,\n{d?dott./dott.ssa} {d.full}"],
})
fam("insurance-letter", "letter", {
    "en": ["{p.full}\n{addr}\n{cityline}\n\n{date.nw}\n\nRe: Member ID {hp}\n\nDear {p.title} {p.last},\n\nWe have received your claim {id} for {proc}. The approved amount is {money}. Please contact us at {phone} with any questions.\n\nMember Services"],
    "es": ["{p.full}\n{addr}\n{cityline}\n\n{city2}, {date.nw}\n\nAsunto: Póliza {hp}\n\nEstimad{p?o/a} {p?Sr./Sra.} {p.last}:\n\nHemos recibido su solicitud {id}. El importe aprobado es de {money}.\n\nAtentamente,\nAtención al cliente"],
})

# ---------------- lab ----------------
fam("lab-report", "lab", {l: [fam_lab_report] for l in LAB_HDR})
fam("lab-pathology", "lab", {
    "en": ["SURGICAL PATHOLOGY REPORT\nAccession #: {acc}\nPatient: {p.lf}\nMRN: {mrn}\nDate received: {date.n}\nPathologist: {d.fml}, MD\n\nDIAGNOSIS: {pathdx}.\nComment: Discussed with Dr. {d2.last} on {date.n} at {time}."],
    "it": ["REFERTO ISTOLOGICO\nN. accettazione: {acc}\nPaziente: {p.lf}\nData di nascita: {dob.n}\nData prelievo: {date}\n\nDiagnosi: {pathdx}.\n\nIl medico patologo\n{d?dott./dott.ssa} {d.full}"],
})
fam("lab-imaging", "lab", {
    "en": ["RADIOLOGY REPORT\nExam: [[MRI brain|CT chest|Chest X-ray]]\nPatient: {p.full}  MRN: {mrn}\nExam date: {date}\nReferring: Dr. {d.last}\n\nCOMPARISON: Prior study from {year}.\nFINDINGS: Pacemaker (serial {dev}) in place. No acute abnormality.\nIMPRESSION: Stable.\n\nDictated by {d2.fml}, M.D."],
    "de": ["RADIOLOGISCHER BEFUND\nUntersuchung: [[MRT Schädel|CT Thorax|Röntgen Thorax]]\nPatient{p?/in}: {p.lf}, geb. {dob}\nDatum: {date}\n\nBefund: Herzschrittmacher (Seriennummer {dev}) regelrecht. Kein akuter Befund.\n\nDr. {d2.full}"],
    "nl": ["RADIOLOGIEVERSLAG\nOnderzoek: [[MRI hersenen|CT thorax|X-thorax]]\nPatiënt: {p.lf}, geboren {dob}\nDatum: {date}\n\nBevindingen: pacemaker (serienummer {dev}) in situ. Geen acute afwijkingen.\n\n{d2.full}, radioloog"],
})
fam("telehealth-log", "chat", {
    "en": ["Video visit started {time} on {date.n}. Patient {p.full} joined from {ip} ({city}). Link: {url}. Provider: {d.full}, NP. Connection dropped once; rejoined by phone at {phone}."],
})

# ---------------- no identifiers ----------------
fam("nophi-everyday", "chat", {l: [nophi_from(NOPHI_EVERYDAY)] for l in MONTHS}, no_phi=True)
fam("nophi-clinical", "note", {l: [nophi_from(NOPHI_CLIN, 2, "\n")] for l in MONTHS}, no_phi=True)
fam("nophi-bank", "bank", {l: [nophi_from(NOPHI_BANK)] for l in MONTHS}, no_phi=True)
fam("nophi-headings", "email", {l: [nophi_from(NOPHI_HEAD, 2, "\n\n")] for l in MONTHS}, no_phi=True)
fam("nophi-sms", "sms", {l: [nophi_from(NOPHI_SMS, 2)] for l in MONTHS}, no_phi=True)


def fam_op_note(ctx):
    return F_OP_TEMPLATE + dictation_footer(ctx, extra=True)


F_OP_TEMPLATE = F["dictation-op-note"][1]["en"][0]
F["dictation-op-note"][1]["en"][0] = fam_op_note

FAMILIES = sorted(F)
REGISTERS = sorted({F[k][0] for k in F})
assert set(SEALED_FAMILIES) <= set(F), set(SEALED_FAMILIES) - set(F)
assert {F[k][0] for k in SEALED_FAMILIES} == set(REGISTERS), "sealed families must cover every register"

# --------------------------------------------------------------------------------------
# Noise
# --------------------------------------------------------------------------------------

WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{4,}(?![^\W\d_])")
KEYB = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm",
                             ["wa", "qes", "wrd", "etf", "ryg", "tuh", "yij", "uok", "ipl", "ol", "qsz", "awdx", "sefc",
                              "drgv", "fthb", "gyjn", "hukm", "jil", "kop", "asx", "zdc", "xfv", "cgb", "vhn", "bjm", "nk"])}


def map_pieces(pieces, fn):
    out = []
    for p in pieces:
        if isinstance(p, str):
            out.append(fn(p))
        else:
            out.append((p[0], p[1], fn(p[2])))
    return out


def inject_typo(pieces, rng):
    cands = []
    for k, p in enumerate(pieces):
        if isinstance(p, str):
            for m in WORD_RE.finditer(p):
                if m.start() > 0 and m.end() < len(p):
                    cands.append((k, m.start(), m.end()))
    if not cands:
        return pieces, False
    k, a, b = rng.choice(cands)
    w = pieces[k][a:b]
    j = rng.randint(1, len(w) - 2)
    op = rng.choice(["swap", "drop", "dup", "key"])
    if op == "swap":
        w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == "drop":
        w2 = w[:j] + w[j + 1:]
    elif op == "dup":
        w2 = w[:j] + w[j] + w[j:]
    else:
        c = w[j]
        alt = KEYB.get(c.lower())
        if not alt:
            w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        else:
            r = rng.choice(alt)
            w2 = w[:j] + (r.upper() if c.isupper() else r) + w[j + 1:]
    if w2 == w:
        w2 = w[:j] + w[j + 1:]
    pieces = list(pieces)
    pieces[k] = pieces[k][:a] + w2 + pieces[k][b:]
    return pieces, True


def inject_spacing(pieces, rng):
    cands = [(k, m.start()) for k, p in enumerate(pieces) if isinstance(p, str) for m in re.finditer(" ", p)]
    if not cands:
        return pieces, False
    pieces = list(pieces)
    for k, pos in sorted(rng.sample(cands, min(len(cands), rng.randint(1, 3))), reverse=True):
        pieces[k] = pieces[k][:pos] + rng.choice(["  ", "   ", "\t", " \t"]) + pieces[k][pos + 1:]
    return pieces, True


# --------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------

def stabilise_fakers(fakers):
    """Faker 40.63.0 builds the it_IT city list as list(set(...)): its order (and so the city a
    seed yields) changes with PYTHONHASHSEED.  Sort such lists so output depends on the seed only."""
    for loc, f in fakers.items():
        for prov in f.get_providers():
            for attr in ("cities",):
                v = getattr(prov, attr, None)
                if isinstance(v, list):
                    setattr(prov, attr, sorted(v))


class Generator:
    def __init__(self, seed, census_path):
        self.seed = seed
        self.census = Census(census_path)
        self.fakers = {loc: Faker(loc) for loc in ALL_LOCALES}
        stabilise_fakers(self.fakers)
        self.by_lang = {l: ([k for k in FAMILIES if l in F[k][1] and not F[k][2]],
                            [k for k in FAMILIES if l in F[k][1] and F[k][2]]) for l in MONTHS}

    def one(self, i):
        rng = random.Random(self.seed * 1000003 + i)
        lang = wchoice(rng, LANG_WEIGHTS)
        phi_fams, nophi_fams = self.by_lang[lang]
        no_phi_family = rng.random() < 0.2
        family = rng.choice(nophi_fams if no_phi_family else phi_fams)
        loc = wchoice(rng, LANG_LOCALES[lang])
        ctx = Ctx(self, i, rng, lang, loc)
        tpl = rng.choice(F[family][1][lang])
        if callable(tpl):
            tpl = tpl(ctx)
        # decide the stated age first, so a DOB anywhere in the text agrees with it
        if re.search(r"\{age(w)?[.}]", tpl):
            ctx.age_target = old_age(rng) if "{agew" not in tpl else rng.randint(90, 99)
        elif "{agex" in tpl or "{open}" in tpl:
            ctx.age_target = old_age(rng) if rng.random() < 0.4 else rng.randint(19, 89)
        pieces = ctx.render(tpl)
        meta_noise = {"lower": False, "upper": False, "typo": False, "spacing": False}
        r = rng.random()
        if r < 0.10:
            pieces = map_pieces(pieces, str.lower)
            meta_noise["lower"] = True
        elif r < 0.17:
            pieces = map_pieces(pieces, str.upper)
            meta_noise["upper"] = True
        if rng.random() < 0.10:
            pieces, meta_noise["typo"] = inject_typo(pieces, rng)
        if rng.random() < 0.08:
            pieces, meta_noise["spacing"] = inject_spacing(pieces, rng)
        # trim outer whitespace of the text (only plain pieces can carry it)
        if pieces and isinstance(pieces[0], str):
            pieces[0] = pieces[0].lstrip()
        if pieces and isinstance(pieces[-1], str):
            pieces[-1] = pieces[-1].rstrip()
        text_parts, spans, prot, pos = [], [], [], 0
        for p in pieces:
            s = p if isinstance(p, str) else p[2]
            if not isinstance(p, str):
                (spans if p[0] == "E" else prot).append((pos, pos + len(s), p[1], s))
            text_parts.append(s)
            pos += len(s)
        text = "".join(text_parts)
        check(text, spans, prot, family, no_phi_family)
        rid = "gen-%06d" % i
        p = ctx.persons.get("p") or next(iter(ctx.persons.values()), None)
        meta = {"family": family, "register": F[family][0], "locale": loc, "lang": lang,
                "lower": meta_noise["lower"], "upper": meta_noise["upper"], "typo": meta_noise["typo"],
                "no_phi": not spans, "split": split_of(rid, family, loc),
                "spacing": meta_noise["spacing"], "name_source": p.source if p else None}
        return {"id": rid, "text": text,
                "spans": [{"start": a, "end": b, "type": t} for a, b, t, _ in spans],
                "protected": [{"start": a, "end": b, "term": t} for a, b, t, _ in prot],
                "meta": meta}


def check(text, spans, prot, family, no_phi_family):
    last = 0
    for a, b, t, s in spans:
        assert t in TYPES, t
        assert b > a, ("empty span", family, t)
        assert text[a:b] == s, ("offset", family)
        assert s == s.strip(), ("unstripped span", family, repr(s))
        assert "\n" not in s and "\t" not in s, ("whitespace in span", family, repr(s))
        assert a >= last, ("overlap", family, repr(text))
        last = b
    for a, b, t, s in prot:
        assert t in TERMS and b > a and text[a:b] == s and s == s.strip(), ("bad protected", family, repr(s))
        for a2, b2, _, _ in spans:
            assert b <= a2 or a >= b2, ("protected overlaps span", family)
    if no_phi_family:
        assert not spans, ("no-phi family produced a span", family)
    else:
        assert spans, ("phi family produced no span", family, text)
    if any(s.startswith(("Dr.", "Dr ", "Mrs.", "Mr.", "Ms.", "Herr ", "Frau ", "Mme ")) for a, b, t, s in spans if t == "PERSON"):
        raise AssertionError(("title inside PERSON span", family))


def split_of(rid, family, loc):
    if family in SEALED_FAMILIES:
        return "sealed-family"
    if loc in SEALED_LOCALES:
        return "sealed-locale"
    h = int.from_bytes(hashlib.sha1(rid.encode()).digest()[:4], "big")
    return "dev" if h % 10 == 0 else "train"


SPLITS = ["train", "dev", "sealed-family", "sealed-locale"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--n", type=int, default=40000)
    ap.add_argument("--census", default=CENSUS_DEFAULT,
                    help="Census surname file (dist.all.last); used when it exists")
    args = ap.parse_args(argv)
    if faker.VERSION != FAKER_EXPECTED:
        print("warning: faker %s installed, output is only reproducible with %s" % (faker.VERSION, FAKER_EXPECTED),
              file=sys.stderr)
    t0 = time.time()
    gen = Generator(args.seed, args.census)
    os.makedirs(args.out, exist_ok=True)
    fhs = {s: open(os.path.join(args.out, s + ".jsonl"), "w", encoding="utf-8", newline="\n") for s in SPLITS}
    C = collections.Counter
    m = {"split": C(), "type": C(), "type_by_split": collections.defaultdict(C), "lang": C(), "register": C(),
         "family": C(), "locale": C(), "term": C(), "noise": C(), "name_source": C(), "no_phi": C(),
         "lang_by_split": collections.defaultdict(C)}
    digest = hashlib.sha256()
    for i in range(1, args.n + 1):
        rec = gen.one(i)
        line = json.dumps(rec, ensure_ascii=False)
        digest.update(line.encode("utf-8") + b"\n")
        meta = rec["meta"]
        sp = meta["split"]
        fhs[sp].write(line + "\n")
        m["split"][sp] += 1
        m["lang"][meta["lang"]] += 1
        m["lang_by_split"][sp][meta["lang"]] += 1
        m["register"][meta["register"]] += 1
        m["family"][meta["family"]] += 1
        m["locale"][meta["locale"]] += 1
        m["no_phi"][str(meta["no_phi"]).lower()] += 1
        if meta["name_source"]:
            m["name_source"][meta["name_source"].split(":")[0] if meta["name_source"].startswith("faker") else meta["name_source"]] += 1
        for k in ("lower", "upper", "typo", "spacing"):
            if meta[k]:
                m["noise"][k] += 1
        for s in rec["spans"]:
            m["type"][s["type"]] += 1
            m["type_by_split"][sp][s["type"]] += 1
        for s in rec["protected"]:
            m["term"][s["term"]] += 1
    for fh in fhs.values():
        fh.close()
    manifest = {
        "generator": "scripts/redaction-corpus/generate.py", "seed": args.seed, "n": args.n,
        "faker_version": faker.VERSION, "python": sys.version.split()[0],
        "census_surnames": {"used": bool(gen.census), "sha256": gen.census.sha, "names": len(gen.census.names)},
        "sha256_all_lines": digest.hexdigest(),
        "sealed_families": SEALED_FAMILIES, "sealed_locales": SEALED_LOCALES,
        "families": {k: {"register": F[k][0], "langs": sorted(F[k][1]), "no_phi": F[k][2],
                         "sealed": k in SEALED_FAMILIES, "count": m["family"][k]} for k in FAMILIES},
        "counts": {
            "split": dict(sorted(m["split"].items())),
            "type": dict(m["type"].most_common()),
            "type_by_split": {s: dict(m["type_by_split"][s].most_common()) for s in SPLITS},
            "lang": dict(m["lang"].most_common()),
            "lang_by_split": {s: dict(m["lang_by_split"][s].most_common()) for s in SPLITS},
            "register": dict(m["register"].most_common()),
            "family": dict(sorted(m["family"].items())),
            "locale": dict(m["locale"].most_common()),
            "protected_term": dict(m["term"].most_common()),
            "noise": dict(m["noise"].most_common()),
            "no_phi": dict(m["no_phi"]),
            "name_source": dict(m["name_source"].most_common()),
        },
    }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d texts to %s in %.1fs: %s" % (args.n, args.out, time.time() - t0,
                                                 ", ".join("%s=%d" % kv for kv in sorted(m["split"].items()))))


if __name__ == "__main__":
    main()
