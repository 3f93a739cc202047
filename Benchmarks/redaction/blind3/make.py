#!/usr/bin/env python3
"""Generator for the blind3 redaction test set.

Standard library only.  Every text is written below as a template in which
identifier pieces are wrapped as  ⟦TYPE:value⟧  and protected clinical terms as
⟪term⟫.  build() walks the template, concatenates the literal pieces and the
identifier pieces, and records the offsets of each piece as it goes, so no
offset is ever counted by hand.  Checksummed identifiers (IBAN, card numbers,
NHS, BSN, NIR, NIF, AHV, DNI) are computed by the helpers below.

Run:  python3 make.py      -> writes blind3.jsonl next to this file
"""
import collections
import json
import os
import random
import re
import sys

TYPES = {
    "PER": "PERSON", "LOC": "LOCATION", "ADR": "ADDRESS", "ZIP": "ZIP",
    "TEL": "PHONE", "MAIL": "EMAIL", "DATE": "DATE", "AGE": "AGE",
    "MRN": "MRN", "SSN": "SSN", "ID": "ID", "IBAN": "IBAN", "CARD": "CARD",
    "ACC": "ACCOUNT",
}

# ---------------------------------------------------------------- helpers
def _grp(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


IBAN_BBAN_LEN = {"GB": 18, "IE": 18, "DE": 18, "AT": 16, "CH": 17, "FR": 23, "BE": 12,
                 "ES": 20, "IT": 23, "PT": 21, "NL": 14}


def iban(cc, bban, spaced=True):
    """Valid ISO 13616 IBAN built from country code and BBAN."""
    assert len(bban) == IBAN_BBAN_LEN[cc], (cc, bban)
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(num) % 97
    raw = "%s%02d%s" % (cc, chk, bban)
    assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1
    return _grp(raw) if spaced else raw


def luhn(partial):
    """partial + Luhn check digit."""
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return partial + str((10 - s % 10) % 10)


def card(partial15, sep=" "):
    return sep.join(_grp(luhn(partial15)).split(" "))


def nhs(nine, sep=" "):
    s = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10, nine
    n = nine + str(c)
    return sep.join([n[:3], n[3:6], n[6:]])


def bsn(eight):
    s = sum(int(d) * (9 - i) for i, d in enumerate(eight))
    d9 = s % 11
    assert d9 < 10, eight
    return eight + str(d9)


def nir(thirteen, spaced=True):
    key = 97 - int(thirteen) % 97
    t = thirteen
    if spaced:
        return "%s %s %s %s %s %s %02d" % (t[0], t[1:3], t[3:5], t[5:7], t[7:10], t[10:13], key)
    return "%s%02d" % (t, key)


def nif_pt(eight):
    s = sum(int(d) * (9 - i) for i, d in enumerate(eight))
    r = s % 11
    c = 0 if r < 2 else 11 - r
    return eight + str(c)


def ahv(nine_after_756):
    d = "756" + nine_after_756
    s = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(d))
    c = (10 - s % 10) % 10
    n = d + str(c)
    return "%s.%s.%s.%s" % (n[:3], n[3:7], n[7:11], n[11:])


def rrn(nine):
    """Belgian national register number (born before 2000)."""
    c = 97 - int(nine) % 97
    return "%s.%s.%s-%s.%02d" % (nine[:2], nine[2:4], nine[4:6], nine[6:9], c)


def cpf(nine):
    d = [int(ch) for ch in nine]
    c1 = (sum(d[i] * (10 - i) for i in range(9)) * 10) % 11 % 10
    c2 = ((sum(d[i] * (11 - i) for i in range(9)) + c1 * 2) * 10) % 11 % 10
    return "%s.%s.%s-%d%d" % (nine[:3], nine[3:6], nine[6:9], c1, c2)


def dni(eight):
    return eight + "TRWAGMYFPDXBNJZSQVHLCKE"[int(eight) % 23]


# ---------------------------------------------------------------- data
D = []  # (register, lang, template, has_identifiers)


def W(reg, lang, text):
    D.append((reg, lang, text, True))


def N(reg, lang, text):
    D.append((reg, lang, text, False))


CHAT, SMS, EMAIL = "chat", "sms", "email"
WEBF, PAPF = "web_form", "paper_form"
CLIN, DISC, REF, HAND = "clinical_note", "discharge_letter", "referral_letter", "nurse_handover"
BANK, VM, APPT, INS = "bank_transfer", "voicemail", "appointment_reminder", "insurance_letter"
KIOSK, ASK = "kiosk_request", "assistant_query"

# precomputed checksummed values
NHS1 = nhs("612845904")
NHS2 = nhs("943476591")
NHS3 = nhs("401023213")
IB_GB1 = iban("GB", "NWBK60161331926819")
IB_IE1 = iban("IE", "AIBK93115212345678")
IB_DE1 = iban("DE", "370400440532013000")
IB_DE2 = iban("DE", "500105175407324931")
IB_AT1 = iban("AT", "1904300234573201")
IB_CH1 = iban("CH", "00762011623852957")
IB_CH2 = iban("CH", "09000000123456789")
IB_FR1 = iban("FR", "20041010050500013M02606")
IB_FR2 = iban("FR", "30006000011234567890189")
IB_BE1 = iban("BE", "539007547034")
IB_ES1 = iban("ES", "21000418450200051332")
IB_ES2 = iban("ES", "00491500051234567892")
IB_IT1 = iban("IT", "X0542811101000000123456")
IB_IT2 = iban("IT", "K0306909606100000063281")
IB_PT1 = iban("PT", "000201231234567890154")
IB_PT2 = iban("PT", "003506510000127450987")
IB_NL1 = iban("NL", "ABNA0417164300")
IB_NL2 = iban("NL", "RABO0123456789")
IB_NL3 = iban("NL", "INGB0008675309")
CARD1 = card("453201511283036")
CARD2 = card("552044109923817")
CARD3 = card("401288888888188", sep="-")
CARD4 = card("377834110090121")  # amex-like 16 digits for simplicity
CARD5 = card("491761000000012")
CARD6 = card("535110002233447")
BSN1 = bsn("29381746")
BSN2 = bsn("23456781")
NIR1 = nir("2850769381046")
NIR2 = nir("1320175056012")
NIF1 = nif_pt("23456789")
NIF2 = nif_pt("19876543")
AHV1 = ahv("123456789")
AHV2 = ahv("987612340")
DNI1 = dni("48291736")
DNI2 = dni("05319872")
RRN1 = rrn("850730033")
RRN2 = rrn("610412187")
CPF1 = cpf("387194650")
CPF2 = cpf("529982247")

# ================================================================ ENGLISH, with identifiers
W(CHAT, "en", "hey its ⟦PER:siobhan⟧ from 3rd floor can u tell ⟦PER:declan⟧ the parcel came. my number is ⟦TEL:087 915 2203⟧ if hes not around")
W(SMS, "en", "Reminder: ⟦PER:Grace Okafor⟧, your appointment with Dr ⟦PER:Hunter⟧ is on ⟦DATE:14/03/2026⟧ at 10:40. Reply C to cancel or call ⟦TEL:0161 496 0571⟧.")
W(EMAIL, "en", "Hi ⟦PER:Tom⟧,\n\nAttached is the scan for Mrs ⟦PER:Rose Baker⟧ (DOB ⟦DATE:02.11.1931⟧, MRN ⟦MRN:RH0048812⟧). She is ⟦AGE:94⟧ and lives alone at ⟦ADR:7 Mill Lane⟧, ⟦LOC:Reading⟧ ⟦ZIP:RG1 8QT⟧.\n\nBest,\n⟦PER:Will Page⟧\nPractice Manager\nTel ⟦TEL:0118 496 0734 ext. 12⟧")
W(WEBF, "en", "Full name: ⟦PER:Nguyen Thi Lan⟧\nDate of birth: ⟦DATE:1988-07-23⟧\nEmail: ⟦MAIL:lan.nguyen88@mailbox.example⟧\nPhone: ⟦TEL:(415) 555-0142⟧\nZIP code: ⟦ZIP:94110⟧\nReason for visit: move my cleaning to next week please")
W(CLIN, "en", "MOVEMENT DISORDERS CLINIC\nPatient: ⟦PER:Mark Love⟧    Hosp no: ⟦MRN:M2291043⟧\nSeen: ⟦DATE:9 Jan 2026⟧\n78M with ⟪Parkinson's disease⟫ on ⟪co-careldopa⟫ 25/100 TDS. Two falls in the last month, no head injury. Plan: increase evening dose, refer to falls physio, review 3/12.\nDr ⟦PER:A. Mahmoud⟧, ST5 Neurology\nDictated but not read")
W(HAND, "en", "Bed 12 – ⟦PER:Faith Adeyemi⟧, ⟦AGE:91⟧, post #NOF day 2. Daughter ⟦PER:Bisi⟧ is NOK, mobile ⟦TEL:07700 900418⟧. Pain ok on ⟪oxycodone⟫ PRN, ⟪Waterlow⟫ 18 so 2-hourly turns. Catheter out tomorrow.")
W(BANK, "en", "Please send £450.00 to ⟦PER:Bill Cook⟧, sort code 20-45-77, account number ⟦ACC:41829366⟧, reference RENT MARCH. Thanks, ⟦PER:Summer⟧")
W(VM, "en", "Hi, this is ⟦PER:Hope Mensah⟧ calling for Dr ⟦PER:Kaur⟧'s office, um, I need to reschedule my appointment. My date of birth is ⟦DATE:March third, nineteen fifty⟧ and you can reach me at ⟦TEL:six one seven, five five five, zero one nine eight⟧. Thanks, bye.")
W(APPT, "en", "Dear ⟦PER:Hunter Blake⟧, this is a reminder of your MRI scan at the ⟦LOC:Bath⟧ imaging centre on Tuesday ⟦DATE:3 February⟧ at 08:15. Please arrive 20 minutes early. Booking ref: ⟦ID:APPT-55812⟧.")
W(INS, "en", "Policy number: ⟦ID:HLP-4471-0092⟧\nMember: ⟦PER:Priya Raghunathan⟧\n\nDear Ms ⟦PER:Raghunathan⟧,\n\nThank you for your claim dated ⟦DATE:October 17, 2025⟧ for six sessions of physiotherapy. The claim has been approved and payment will be made to your nominated account ending ⟦ACC:3307⟧ within five working days.\n\nClaims Team")
W(REF, "en", "Dear Dr ⟦PER:O'Connell⟧,\n\nRe: ⟦PER:Patrick Joseph Byrne⟧, DOB ⟦DATE:12/08/1957⟧\n⟦ADR:Apt 4B, 221 Harbour View⟧, ⟦LOC:Cobh⟧, Co. ⟦LOC:Cork⟧\n\nThank you for seeing this gentleman with a progressive ⟪Dupuytren's contracture⟫ of the right hand. He is on ⟪warfarin⟫ for atrial fibrillation.\n\nYours sincerely,\nDr ⟦PER:Niamh Gallagher⟧")
W(DISC, "en", f"DISCHARGE SUMMARY\nName: ⟦PER:WILLIAMS, Grace Eleanor⟧\nNHS No: ⟦SSN:{NHS1}⟧\nAdmitted: ⟦DATE:02/01/2026⟧   Discharged: ⟦DATE:09/01/2026⟧\nDiagnosis: community-acquired pneumonia, ⟪CURB-65⟫ score 2.\n⟦AGE:Ninety-two⟧-year-old woman from a nursing home, treated with IV ⟪amoxicillin⟫ and switched to oral on day 4. GP to review in one week.")
W(CHAT, "en", "PLS CALL MRS ⟦PER:O'SULLIVAN⟧ BACK ON ⟦TEL:021 430 7781⟧ RE HER PRESCRIPTION ASAP")
W(EMAIL, "en", "Hello,\n\nI can't log into the portal. My member number is ⟦ID:55120984⟧. Please reply to my personal address instead, that's ⟦MAIL:kwame dot asante at outlook dot com⟧.\n\nRegards,\n⟦PER:Kwame Asante⟧\n⟦TEL:+233 24 555 0187⟧")
W(PAPF, "en", "Surname\tForename\tDOB\tPostcode\tGP\n⟦PER:Kowalczyk⟧\t⟦PER:Agnieszka⟧\t⟦DATE:05-06-1979⟧\t⟦ZIP:M14 5RQ⟧\tDr ⟦PER:Ahmed⟧")
W(HAND, "en", "Side room 4: Mr ⟦PER:Ji-ho Park⟧, 67, C diff positive, barrier nursing. Wife ⟦PER:Min-seo⟧ visiting at 2, limited English, prefers Korean interpreter. Obs stable, NEWS 1. Oral ⟪vancomycin⟫ QDS day 3.")
W(VM, "en", "yeah hi it's ⟦PER:Deepak⟧, calling from ⟦LOC:Leicester⟧ about the flat on ⟦ADR:Narborough Road⟧, I'm still interested, call me back on ⟦TEL:07700 900 213⟧, cheers")
W(CLIN, "en", "ED NOTE ⟦DATE:28/12/2025⟧ 03:10\nTransferred from ⟦LOC:Glasgow⟧ after fall from ladder. ⟪Glasgow Coma Scale⟫ 14/15 on arrival. CT head: no bleed. Patient ⟦PER:Ewan McAllister⟧, CHI ⟦SSN:0612854471⟧. Admit for neuro obs.\n– Dr ⟦PER:R. Baptiste⟧")
W(WEBF, "en", "Submitted by: ⟦PER:Lucas Ferreira⟧ | ⟦MAIL:lferreira@fastmail.example⟧ | IP ⟦ID:203.0.113.47⟧ | ⟦DATE:2026-02-11⟧ 22:14\nComment: the checkout page keeps timing out when I add a second item")
W(BANK, "en", "Payee: ⟦PER:Oluwaseun Bakare⟧\nBank: First Bank\nAccount no: ⟦ACC:3089451127⟧\nAmount: NGN 250,000\nNarration: school fees 2nd term")
W(INS, "en", "Claim ref ⟦ID:MTR-2026-118374⟧\n\nDear Mr ⟦PER:Hassan Al-Amin⟧,\n\nFollowing the collision on ⟦DATE:4 January 2026⟧ at the junction of ⟦ADR:Wellington Road⟧ and ⟦ADR:Park Street⟧ in ⟦LOC:Stockport⟧, we have assessed your vehicle (registration ⟦ID:KX19 LMV⟧). The repair estimate is £2,340 and your excess is £250.")
W(SMS, "en", "ok will do. tell ⟦PER:mark⟧ ill pick him up at 6 from the station")
W(CHAT, "en", "omg ⟦PER:rose⟧ just texted she moved to ⟦LOC:nice⟧ lol. shes renting near the old port")
W(EMAIL, "en", "Hi all,\n\nmy portfolio is at ⟦ID:https://www.behance.net/amara-obi-design⟧ and my CV is attached as ⟦ID:CV_Amara_Obi_2026.pdf⟧.\n\nThanks,\n⟦PER:Amara⟧")
W(APPT, "en", "⟦PER:CHIDI EZE⟧ – COVID BOOSTER – Fri ⟦DATE:20 Mar⟧ 14:30 – Pharmacy, ⟦ADR:12 High St⟧, ⟦LOC:Sale⟧ ⟦ZIP:M33 7XY⟧. Bring photo ID.")
W(CLIN, "en", "Pre-op assessment\n⟦PER:Aoife Ní Bhriain⟧, ⟦AGE:90⟧, for L hip hemiarthroplasty. PMH: ⟪Hashimoto's thyroiditis⟫, HTN. Meds: ⟪levothyroxine⟫ 75 mcg, amlodipine 5 mg. ASA 3. Lives in ⟦LOC:Tralee⟧ with son.")
W(DISC, "en", "Dear Dr ⟦PER:Venkataraman⟧,\n\nYour patient ⟦PER:Lakshmi Iyer⟧ (⟦DATE:19/11/1933⟧, hospital no. ⟦MRN:K7720391⟧) was discharged on ⟦DATE:15 February 2026⟧ after treatment of a C. difficile infection with ⟪fidaxomicin⟫. She is ⟦AGE:92⟧ and returns to her daughter's home at ⟦ADR:44 Cedar Avenue⟧, ⟦LOC:Wembley⟧ ⟦ZIP:HA9 6BX⟧.")
W(REF, "en", f"URGENT SUSPECTED CANCER REFERRAL\nPatient: Mr ⟦PER:Stanley Baker⟧   DOB: ⟦DATE:7/4/48⟧   NHS: ⟦SSN:{NHS2}⟧\nSymptoms: painless jaundice, weight loss 6 kg. Please assess for pancreatic malignancy. Known ⟪Baker's cyst⟫ L knee (incidental).\nReferrer: Dr ⟦PER:Hannah Cohen⟧, ⟦TEL:01632 960 441⟧")
W(WEBF, "en", "Name* ⟦PER:Maximilian von Rosen⟧\nE-mail* ⟦MAIL:max.vonrosen@posteo.example⟧\nCompany: n/a\nMessage* Hi, I ordered a bike rack on ⟦DATE:Jan 30⟧ and it hasn't arrived. Order #⟦ID:448120⟧")
W(BANK, "en", f"Transfer request\nFrom: current account ⟦ACC:00417732⟧\nTo: ⟦PER:Fatima Zahra El Idrissi⟧\nIBAN: ⟦IBAN:{IB_GB1}⟧\nAmount: £1,200\nDate: ⟦DATE:01/03/2026⟧\nReference: deposit")
W(VM, "en", "Message for ⟦PER:Grace⟧ from the pharmacy, your ⟪Eliquis⟫ prescription is ready, it's under the name ⟦PER:Grace Hope Mills⟧, we close at six, our number is ⟦TEL:020 7946 0019⟧.")
W(CHAT, "en", "hi i need to chnage the adress on my acount to ⟦ADR:15 kingfisher wy⟧ ⟦LOC:bury⟧ ⟦ZIP:bl9 0ts⟧ thx ⟦PER:jo⟧")
W(HAND, "en", "HANDOVER NIGHTS ⟦DATE:11/02⟧\nB3 ⟦PER:Eileen Doherty⟧ ⟦AGE:97⟧ – delirium, ⟪Abbey pain scale⟫ 4, sub-cut ⟪haloperidol⟫ PRN. Son ⟦PER:Liam⟧ on ⟦TEL:086 221 4450⟧ wants a call if any change.\nB4 empty.")
W(INS, "en", "Member ID ⟦ID:W8812-33019⟧   Group 0045\n⟦PER:Carmen Delgado-Ruiz⟧\n⟦ADR:2817 Mission Ridge Dr⟧\n⟦LOC:Santa Fe⟧, ⟦LOC:NM⟧ ⟦ZIP:87505-4312⟧\n\nThis letter explains our decision about your prior authorization request for ⟪Ozempic⟫. The request was approved for 12 months.")
W(EMAIL, "en", "From: ⟦PER:Tuan Vo⟧ <⟦MAIL:tuan.vo@vo-family.example⟧>\nSubject: vaccination record\n\nHi, could you email the vaccination record for my daughter ⟦PER:Vo Minh Anh⟧, born ⟦DATE:22 June 2019⟧? Thank you.")
W(SMS, "en", "Hi ⟦PER:Faith⟧, Dr ⟦PER:Love⟧ has an opening tomorrow at 9:20. Reply YES to book or call ⟦TEL:01433 620 551⟧.")
W(PAPF, "en", "PATIENT REGISTRATION\nTitle: Mr\nFirst name: ⟦PER:Emeka⟧\nLast name: ⟦PER:Nwosu⟧\nDate of birth (DD/MM/YYYY): ⟦DATE:30/09/1985⟧\nAddress: ⟦ADR:Flat 9, 3 Quarry Hill⟧, ⟦LOC:Leeds⟧\nPostcode: ⟦ZIP:LS2 7EW⟧\nNational Insurance no.: ⟦SSN:QQ 12 34 56 C⟧")
W(CLIN, "en", "Psychiatry review. ⟦PER:Summer Hayes⟧ (⟦DATE:2001-04-14⟧) seen with mother. Low mood for 3 months, PHQ-9 18. Started ⟪sertraline⟫ 50 mg. Safety plan discussed. Next review ⟦DATE:28 April⟧.\n– ⟦PER:JT⟧")
W(VM, "en", "Hi, this message is for Mrs ⟦PER:Page⟧. This is ⟦PER:Tanya⟧ from radiology about your scan on ⟦DATE:May 9th⟧. We need to move it to the afternoon. Please call us back on ⟦TEL:251-555-0163⟧. Thank you.")
W(BANK, "en", "wire instructions: beneficiary ⟦PER:Anjali Deshpande⟧, ⟦ADR:Flat 302, Shanti Apartments, MG Road⟧, ⟦LOC:Pune⟧ ⟦ZIP:411001⟧, account ⟦ACC:50100234871563⟧, IFSC HDFC0000123, purpose family maintenance")
W(APPT, "en", "Hi ⟦PER:Nadia⟧! Biscuit's grooming appointment is on ⟦DATE:12.03.2026⟧ at 11:00. Address: ⟦ADR:Unit 5, 42 Banksia St⟧, ⟦LOC:Wagga Wagga⟧ ⟦LOC:NSW⟧ ⟦ZIP:2650⟧. See you then!")
W(DISC, "en", "Patient: ⟦PER:Dolores Hunter⟧   MRN: ⟦MRN:004477120⟧   DOB: ⟦DATE:08/15/1929⟧   Age: ⟦AGE:96⟧\nAdmit date: ⟦DATE:01/22/2026⟧   Discharge date: ⟦DATE:01/27/2026⟧\nAttending: ⟦PER:Robert Kim⟧, MD\nDx: adrenal crisis in known ⟪Addison's disease⟫. Hydrocortisone dose doubled on sick days. Discharged to daughter's home in ⟦LOC:Orange⟧, ⟦LOC:CA⟧.")
W(CHAT, "en", "can u send me ⟦PER:grace⟧s number i lost it. also is ⟦PER:hunter⟧ coming sat or not")
W(EMAIL, "en", "Dear Admissions,\n\nI am writing on behalf of my grandmother, Mrs ⟦PER:Tran Thi Hoa⟧, who turned ⟦AGE:one hundred and one⟧ on ⟦DATE:6 December⟧. She would like a ground-floor room. Her current address is ⟦ADR:18 Larch Crescent⟧, ⟦LOC:Hull⟧ ⟦ZIP:HU5 3QB⟧.\n\nKind regards,\n⟦PER:Linh Tran⟧")
W(WEBF, "en", "Applicant: ⟦PER:Mohammed Aziz Rahimi⟧\nPassport no.: ⟦ID:P4829174⟧\nDriving licence: ⟦ID:RAHIM806125MA9IJ⟧\nVisa expiry: ⟦DATE:31/08/2027⟧\nDeclaration: I confirm the above is correct.")
W(CLIN, "en", "Antenatal visit 28/40. Mrs ⟦PER:Ayşe Demir⟧, G2P1. BP 118/74, fundal height 28 cm, FH heard. ⟪Anti-D⟫ given. Partner ⟦PER:Emre⟧ present. EDD ⟦DATE:19/05/2026⟧.")
W(REF, "en", "Re: Miss ⟦PER:Maisie-Rose Clarke⟧, DOB ⟦DATE:3 Sep 2015⟧\n⟦ADR:27 Church Walk⟧, ⟦LOC:Deal⟧, ⟦LOC:Kent⟧ ⟦ZIP:CT14 6QJ⟧\n\nDear colleague, this active 10-year-old has bilateral tibial tuberosity pain, likely ⟪Osgood-Schlatter disease⟫. I would be grateful for your opinion.\n\nDr ⟦PER:P. Okonjo⟧")
W(BANK, "en", f"I want to dispute a charge on my card ⟦CARD:{CARD1}⟧, name on card ⟦PER:JAMES T OKONKWO⟧, expiry ⟦DATE:09/28⟧. The charge was for $89.99 and I never ordered anything.")
W(VM, "en", "Good afternoon, this is ⟦PER:Marguerite Blanc⟧ calling for Mr ⟦PER:Cook⟧ regarding claim ⟦ID:HC-558-1120⟧. Please call me back on ⟦TEL:+44 1632 960 808, extension 2214⟧. Thank you.")
W(SMS, "en", "⟦PER:Aryan⟧, Rs 12,500 debited from a/c XX⟦ACC:5512⟧ on ⟦DATE:02-Feb-26⟧. Not you? Call ⟦TEL:1800 202 6161⟧.")
W(HAND, "en", "Bay 2\n- Mr ⟦PER:Kaczmarek⟧ (bed 7) NBM from midnight for ERCP, IV fluids running, ⟪Buscopan⟫ given 18:00.\n- Mrs ⟦PER:Rahman⟧ (bed 8), ⟦AGE:93⟧, ⟪Bell's palsy⟫ R side, eye care 4-hourly.\nBoth obs stable. Bleep ⟦TEL:4471⟧ if needed.")
W(APPT, "en", "APPOINTMENT CONFIRMATION\nPatient: ⟦PER:Juan Carlos Méndez Ortega⟧\nDate: Monday, ⟦DATE:April 6, 2026⟧\nTime: 9:45 AM\nLocation: ⟦ADR:1600 Divisadero St⟧, 4th floor, ⟦LOC:San Francisco⟧\nQuestions? ⟦TEL:(415) 555-0188⟧")
W(INS, "en", "Our ref: ⟦ID:PI/88/20931⟧\n⟦DATE:12 January 2026⟧\n\nDear Ms ⟦PER:Harper Love⟧,\n\nRe your travel insurance claim for the cancelled trip to Portugal on ⟦DATE:15/12/2025⟧: we still need a medical certificate from your GP, Dr ⟦PER:Iqbal⟧.\n\nYours sincerely,\n⟦PER:S. Whitfield⟧, Claims Handler")
W(CHAT, "en", "WHERE R U?? IM OUTSIDE ⟦ADR:22 HOPE ST⟧ ⟦LOC:LIVERPOOL⟧ WAITING FOR 20 MINS")
W(EMAIL, "en", "Dear Mr ⟦PER:Adebayo⟧,\n\nWe noticed a login to your online banking from a new device (⟦ID:iPhone-7F3A-22C1⟧) at IP address ⟦ID:198.51.100.23⟧ on ⟦DATE:05/02/2026⟧. If this wasn't you, call us on ⟦TEL:0345 120 9933⟧.\n\nSecurity Team")
W(PAPF, "en", "VISITOR LOG\nName\tTime in\tCar reg\tHost\n⟦PER:Declan Murphy⟧\t09:05\t⟦ID:191-D-44821⟧\t⟦PER:S. Walsh⟧\n⟦PER:Yasmin Haddad⟧\t09:40\t⟦ID:LR68 XKP⟧\t⟦PER:S. Walsh⟧")
W(CLIN, "en", "DERMATOLOGY CLINIC\n⟦PER:Hope Ellison⟧, 34F, MRN ⟦MRN:D-338102⟧. Known ⟪Raynaud's phenomenon⟫. New violaceous papules on both shins. Punch biopsy taken; photos uploaded as ⟦ID:ellison_hope_shins_0213.jpg⟧. Review with histology.")
W(DISC, "en", "Discharge letter – Rev. ⟦PER:Michael Fitzgerald⟧, aged ⟦AGE:ninety-five⟧, ⟦ADR:The Presbytery, Chapel Lane⟧, ⟦LOC:Ennis⟧.\nAdmitted ⟦DATE:3rd of February⟧ with urosepsis, treated with ⟪gentamicin⟫ then oral ⟪co-amoxiclav⟫. Mobilising with frame. District nurse to visit.")
W(REF, "en", "Referred by: Dr ⟦PER:S. Venkatesh⟧, ⟦LOC:Chennai⟧\nPatient: ⟦PER:Meenakshi Sundaram⟧, 58F, UHID ⟦MRN:CH2026-004513⟧\nAadhaar: ⟦SSN:4521 8830 9174⟧\nQuery ⟪Sjögren's syndrome⟫ – dry eyes, dry mouth, positive anti-Ro. Kindly evaluate.")
W(VM, "en", "hi its ⟦PER:rosalind⟧ ringing about the yoga class, my email is ⟦MAIL:r-o-s-a-l-i-n-d at gmail dot com⟧, and the surname is ⟦PER:Achebe⟧, A-C-H-E-B-E, thanks")
W(BANK, "en", "Please wire USD 3,800 to ⟦PER:Liam Ó Briain⟧, routing 011401533, acct ⟦ACC:483920174⟧, memo: invoice ⟦ID:INV-2026-14⟧. Confirm by email to ⟦MAIL:liam.obriain@studio-ob.example⟧.")
W(SMS, "en", "Your parcel from ⟦PER:Kiara⟧ will be delivered to ⟦ADR:9 Elm Ct⟧ today between 1-3pm. Track it: ⟦ID:https://trk.example/p/9KX72QH⟧")
W(WEBF, "en", "Emergency contact\nName: ⟦PER:Dawit Bekele⟧\nRelationship: husband\nPhone (home): ⟦TEL:+1 613 555 0104⟧\nPhone (work): ⟦TEL:613-555-0177 x330⟧\nSame address as patient: yes")
W(CLIN, "en", "Orthopaedic clinic ⟦DATE:21.01.2026⟧\nMrs ⟦PER:Bridget Lennon⟧ attends with her husband. Right knee OA, ⟪Kellgren-Lawrence⟫ grade 4. Listed for TKR. Stop ⟪clopidogrel⟫ 7 days pre-op.\n\nMr ⟦PER:D. Okoye⟧ FRCS\nDictated ⟦DATE:21/01/26⟧, typed ⟦DATE:23/01/26⟧ ⟦PER:KM⟧")
W(HAND, "en", "Bed 6 ⟦PER:Will Baker⟧, ⟦AGE:99⟧ next week so big party planned. Hyponatraemia improving, fluid restrict 1 L. Niece ⟦PER:Mark⟧ is the main contact, ⟦TEL:07700 900 771⟧. Needs help with meals.")
W(INS, "en", f"Personal Public Service No: ⟦SSN:1234567TA⟧\nDear Mr ⟦PER:Cathal Brennan⟧,\nYour illness benefit claim from ⟦DATE:2 March 2026⟧ has been approved. Payments will be made to ⟦IBAN:{IB_IE1}⟧ every Tuesday.")
W(CHAT, "en", "is this still available? i can pick up sat from ⟦LOC:march⟧, im ⟦PER:przemek⟧ btw, ⟦TEL:07700900356⟧")
W(EMAIL, "en", "Subject: Re: invoice\n\nHi ⟦PER:Bill⟧,\n\nThe bill is attached. Please pay by the ⟦DATE:28th of February⟧.\n\n--\n⟦PER:Oğuzhan Çelik⟧ | Tiling & Grouting\n⟦ADR:Unit 3, Riverside Trading Estate⟧, ⟦LOC:Wells⟧ ⟦ZIP:BA5 1DT⟧\nm: ⟦TEL:07700 900 645⟧")
W(APPT, "en", "Dear Parent/Guardian of ⟦PER:Kim Seo-yeon⟧,\nYour child's school dental check is on Wednesday ⟦DATE:11th March⟧.")
W(CLIN, "en", "GP telephone consult ⟦DATE:14/02/2026⟧. Spoke to ⟦PER:Chinonso Ugwu⟧ (pt) on ⟦TEL:07700 900 882⟧. 3 days of sore throat, Centor 3. Started ⟪phenoxymethylpenicillin⟫ 500 mg QDS for 10 days. Safety-netted.")
W(BANK, "en", f"Standing order set up\nName: Mr ⟦PER:Grzegorz Wiśniewski⟧\nPayee IBAN: ⟦IBAN:{IB_DE1}⟧\nAmount: EUR 300 monthly\nFirst payment: ⟦DATE:1 April 2026⟧")
W(REF, "en", "Dear Memory Clinic,\n\nPlease see Mrs ⟦PER:Constance Olatunji⟧, ⟦AGE:ninety-three⟧, of ⟦ADR:Rose Cottage, Back Lane⟧, ⟦LOC:Eye⟧, ⟦LOC:Suffolk⟧. Her family report 12 months of progressive memory loss; MoCA 17/30. Query ⟪Alzheimer's disease⟫. She takes ⟪donepezil⟫ already from a private prescription.\n\nDr ⟦PER:Fenwick⟧")
W(VM, "en", "Hello this is ⟦PER:Sunita Patel⟧, I'm calling about my mother ⟦PER:Kamala Patel⟧, she's ⟦AGE:ninety one⟧ and she fell this morning, can someone call me on ⟦TEL:oh seven seven double oh, nine hundred, four four two⟧. Thank you.")
W(PAPF, "en", "CONSENT FORM\nPatient name: ⟦PER:ELIZABETH (BETH) SUMMERS⟧\nHospital number: ⟦MRN:00781245⟧\nProcedure: colonoscopy\nSigned: ⟦PER:E. Summers⟧\nDate: ⟦DATE:19.2.26⟧\nWitness: ⟦PER:Nkechi Obi⟧ RN")
W(DISC, "en", "DISCHARGE NOTE\n⟦PER:Hong, Jae-won⟧ | MRN ⟦MRN:A55-90-1137⟧ | ⟦DATE:2026/01/18⟧\nAdmitted with upper GI bleed, OGD showed duodenal ulcer, H. pylori positive. Eradication with ⟪lansoprazole⟫, ⟪clarithromycin⟫ and amoxicillin for 7 days. Follow-up at ⟦ADR:820 Jorie Blvd⟧, ⟦LOC:Oak Brook⟧, ⟦LOC:IL⟧ ⟦ZIP:60523⟧.")
W(CHAT, "en", "lol no its ⟦PER:Faith⟧ not ⟦PER:Grace⟧!! ⟦PER:grace⟧ is her sister. anyway ⟦PER:faith⟧ said meet at ⟦LOC:Reading⟧ station")
W(WEBF, "en", "Contact us\nYour name: ⟦PER:Obinna Chukwuma⟧\nEmail: ⟦MAIL:obinna.chukwuma@naijamail.example⟧\nTelephone: ⟦TEL:+234 803 555 0192⟧\nAddress: ⟦ADR:14 Adeola Odeku Street⟧, ⟦LOC:Victoria Island⟧, ⟦LOC:Lagos⟧\nQuery: when will my refund be processed?")
W(SMS, "en", "Dr ⟦PER:Rose⟧ is running 40 min late today. If you cannot wait, reply R to rebook. – clinic at ⟦ADR:14 Hope Road⟧")
W(HAND, "en", "SBAR\nS: ⟦PER:Ahmed Al-Sayed⟧, bed 14, NEWS 6 at 04:00.\nB: ⟪Guillain-Barré syndrome⟫, day 5 of ⟪IVIG⟫.\nA: FVC down to 1.4 L from 2.1 L.\nR: ICU outreach bleeped on ⟦TEL:2290⟧, reg aware. Wife ⟦PER:Layla⟧ informed.")
W(INS, "en", "Mrs ⟦PER:Agnes Whitaker⟧\n⟦ADR:Flat 2, 18 Kingsley Road⟧\n⟦LOC:Hove⟧\n⟦ZIP:BN3 4LD⟧\n\nDear Mrs ⟦PER:Whitaker⟧,\nThank you for renewing your home insurance. Your policy ⟦ID:HH-0099-2341-7⟧ runs from ⟦DATE:1 Feb 2026⟧ to ⟦DATE:31 Jan 2027⟧.")
W(EMAIL, "en", "hi,\nsorry for the late reply. my new number is ⟦TEL:+353 87 555 0134⟧ and my email changed to ⟦MAIL:caoimhe.nimhaolain@eircom.example⟧. still at ⟦ADR:4 The Green⟧, ⟦LOC:Naas⟧, ⟦ZIP:W91 KP27⟧\n⟦PER:Caoimhe⟧")
W(CLIN, "en", "OPHTHALMOLOGY\nName: ⟦PER:ABDULLAHI, Musa⟧   DOB: ⟦DATE:1st Jan 1960⟧\nVA 6/12 R, 6/9 L. IOP 24/22. Cup-disc 0.7 R. Impression: POAG. Start ⟪latanoprost⟫ nocte both eyes. Review 4/12.")
W(BANK, "en", "Hi can I move 500 pounds from savings ⟦ACC:20003911⟧ to my current account ⟦ACC:20007423⟧ today? It's ⟦PER:Hannah Moore⟧, date of birth ⟦DATE:9th of May 1992⟧.")
W(APPT, "en", "Vaccination reminder\nOwner: ⟦PER:Evelyn Baker⟧\nPet: Pepper (cat)\nDue: ⟦DATE:2026-04-02⟧\nClinic: ⟦ADR:5 Market Place⟧, ⟦LOC:Mobile⟧, ⟦LOC:AL⟧ ⟦ZIP:36602⟧")
W(VM, "en", "Hi ⟦PER:Hunter⟧, it's your mum. I've put the money in your account, the number ending ⟦ACC:8841⟧, so check it. Call me when you're back from ⟦LOC:Split⟧. Love you.")
W(REF, "en", "To: Haematology\nFrom: Dr ⟦PER:Wojciech Zieliński⟧, ⟦ADR:2 Station Road⟧, ⟦LOC:Barnsley⟧\nPatient: ⟦PER:Ama Owusu-Ansah⟧, DOB ⟦DATE:1990-12-02⟧\nFerritin 4, Hb 82. Menorrhagia. Failed oral iron. Request IV iron (⟪Ferinject⟫).")
W(CHAT, "en", "U HAVE MY ADDRESS RIGHT? ⟦ADR:88 BAKER STREET⟧ ⟦LOC:LONDON⟧ ⟦ZIP:NW1 6XE⟧. ASK FOR ⟦PER:COOK⟧ AT THE DOOR")
W(DISC, "en", "Discharge summary (maternity)\nMother: ⟦PER:Blessing Adekunle⟧, hospital no. ⟦MRN:MAT-220871⟧\nBaby: Girl ⟦PER:Adekunle⟧, born ⟦DATE:17/02/2026⟧ 06:42, 3.41 kg, ⟪Apgar⟫ 9 and 10.\nFeeding well. Community midwife visit booked.")
W(WEBF, "en", "Username: ⟦ID:jkowalski_88⟧\nRecovery email: ⟦MAIL:jan.kowalski88@poczta.example⟧\nLast login: ⟦DATE:2026-02-20⟧ from ⟦ID:192.0.2.145⟧\nSecurity question: name of first pet")
W(SMS, "en", "DELIVERY FOR ⟦PER:LOVE, K⟧ LEFT WITH NEIGHBOUR AT NO. 14. REF ⟦ID:QX77-21B⟧")
W(CLIN, "en", "Cardiology follow-up ⟦DATE:5/3/26⟧\n⟦PER:Graham Cooke⟧, 71. ⟪CHA2DS2-VASc⟫ 4. On ⟪apixaban⟫ 5 mg BD, no bleeding. ECG: rate-controlled AF. Continue. Next review 6 months.\nDictated by Dr ⟦PER:I. Nakamura⟧, typed by ⟦PER:lw⟧")
W(PAPF, "en", "STAFF ID CARD REQUEST\nEmployee no.\t⟦ID:E-40912⟧\nName\t⟦PER:Mark Anthony Dela Cruz⟧\nDept\tPharmacy\nExtension\t⟦TEL:x4413⟧\nStart date\t⟦DATE:16 March 2026⟧")
W(INS, "en", "Dear Policyholder,\n\nRE: ⟦PER:Oyelaran, Tunde⟧ – life cover ⟦ID:LC-7712043⟧\nWe note that the insured life reached the age of ⟦AGE:100⟧ on ⟦DATE:28 November 2025⟧. Under the terms of your policy the sum assured is now payable.")
W(EMAIL, "en", "Hi ⟦PER:Page⟧,\n\nGreat to meet you at the conference. My LinkedIn is ⟦ID:https://www.linkedin.com/in/priyanka-nair-7b2a91⟧ – let's connect.\n\n⟦PER:Priyanka⟧\n⟦PER:Priyanka Nair⟧, PhD")
W(HAND, "en", "Theatre handover: ⟦PER:Baker, Grace⟧, MRN ⟦MRN:5510023⟧, lap chole, no complications. ⟪Ondansetron⟫ given in recovery. Allergic to penicillin. Husband ⟦PER:Tom⟧ collecting, ⟦TEL:07700 900 019⟧.")
W(BANK, "en", "Beneficiary name: ⟦PER:Nguyen Van Hung⟧\nBeneficiary address: ⟦ADR:45 Le Loi⟧, ⟦LOC:District 1⟧, ⟦LOC:Ho Chi Minh City⟧\nAccount: ⟦ACC:0071001234567⟧\nSWIFT: BFTVVNVX\nAmount: USD 2,000")
W(VM, "en", "Hi, this is Dr ⟦PER:Lovelace⟧ from the surgery returning a call to Ms ⟦PER:Bill⟧... sorry, Ms ⟦PER:Billie Hart⟧, about your blood results. Nothing urgent. You can call us on ⟦TEL:0113 496 0022⟧.")
W(CLIN, "en", f"PAEDIATRIC NOTE\n⟦PER:Ibrahim Yusuf⟧, 4y, NHS ⟦SSN:{NHS3}⟧\nFever 5 days, strawberry tongue, conjunctival injection. Query ⟪Kawasaki disease⟫. Echo requested, ⟪IVIG⟫ discussed with mum.")
W(APPT, "en", "Hi Mrs ⟦PER:Hope⟧, your eye test is booked for the ⟦DATE:twenty-third of March⟧ at 2pm at our ⟦LOC:Grasmere⟧ branch. Call ⟦TEL:015394 35 092⟧ to change.")
W(CHAT, "en", "my daughters name is ⟦PER:summer⟧ shes in year 6. her dob is ⟦DATE:4 july 2014⟧. can she join the club")
W(REF, "en", "Dear Dr ⟦PER:van der Merwe⟧,\n\n⟦PER:Thandiwe Nkosi⟧, 44, ID ⟦SSN:8107150321084⟧, ⟦ADR:12 Jacaranda Avenue⟧, ⟦LOC:Durbanville⟧, ⟦LOC:Cape Town⟧ ⟦ZIP:7550⟧.\nFlares of ⟪Crohn's disease⟫ despite ⟪azathioprine⟫. Please consider biologics.\n\nKind regards")
W(DISC, "en", "Discharge from Rehab\n⟦PER:Pádraig Ó Súilleabháin⟧ (⟦DATE:10 Oct 1931⟧), ⟦AGE:94⟧, stroke rehab 6 weeks, ⟪Barthel⟫ 55 → 85. Home with package of care to ⟦ADR:Main Street⟧, ⟦LOC:Dingle⟧, ⟦ZIP:V92 E8K1⟧.")
W(WEBF, "en", f"Booking form\nLead guest: ⟦PER:Rahul Mehta⟧\nGuests: 2 adults\nCheck-in: ⟦DATE:24/07/2026⟧\nCheck-out: ⟦DATE:27/07/2026⟧\nCard: ⟦CARD:{CARD2}⟧\nSpecial requests: quiet room")
W(SMS, "en", "its ⟦PER:will⟧ - new number, save it. ⟦TEL:+44 7700 900 517⟧. old phone died")
W(EMAIL, "en", "Dear Sir/Madam,\n\nI would like to cancel my gym membership, member no. ⟦ID:GYM-30418⟧, with effect from ⟦DATE:31 March 2026⟧.\n\nYours faithfully,\n⟦PER:Faith Hunter-Cook⟧\n⟦ADR:3 Orchard Rise⟧, ⟦LOC:Bath⟧ ⟦ZIP:BA2 5RJ⟧")
W(INS, "en", "Pet insurance – claim update\nPolicy holder: Ms ⟦PER:Rosa Gallardo⟧\nPet: Mango (dog), microchip ⟦ID:985112004531882⟧\nWe have paid £612.40 for treatment at the vet on ⟦DATE:9 February⟧.")
W(CLIN, "en", "Clinic letter, typed ⟦DATE:02/03/2026⟧\nSeen today: ⟦PER:Kwabena Mensah⟧, 52, ⟦ADR:71 Garth Road⟧, ⟦LOC:Bangor⟧ ⟦ZIP:LL57 2RT⟧. Long-standing ⟪Graves' disease⟫; on ⟪carbimazole⟫ 10 mg. TSH now normal. Plan radioiodine.\ncc: GP")
W(BANK, "en", "need to pay the plumber ⟦PER:dave hunter⟧ 180 quid, sort code 60-83-71 acc ⟦ACC:21045678⟧ can u do it tonight")
W(HAND, "en", "ICU handover ⟦DATE:22.02.26⟧\nBed 3: admitted as unknown male, now identified as ⟦PER:Piotr Lewandowski⟧, ⟦AGE:90⟧, found at ⟦LOC:Reading⟧ bus station. Intubated, on ⟪noradrenaline⟫. Son flying in from ⟦LOC:Kraków⟧.")
W(APPT, "en", "Reminder: ⟦PER:Ngozi⟧, your citizenship interview is on ⟦DATE:April 14th, 2026⟧ at 10:15 AM, ⟦ADR:26 Federal Plaza⟧, ⟦LOC:New York⟧, ⟦LOC:NY⟧ ⟦ZIP:10278⟧. Case number ⟦ID:NBC2690081234⟧.")
W(VM, "en", "hey ⟦PER:Lan⟧ its me, sorry I missed you, Im at ⟦ADR:41 Nguyen Trai⟧ in ⟦LOC:Da Lat⟧ until Sunday, ⟦DATE:March 9th⟧, ring me on ⟦TEL:plus eight four, nine oh five five five, zero one seven three⟧")
W(PAPF, "en", "DRUG CHART\nName: ⟦PER:Fitzpatrick, Rose⟧\nWard: 9\nDOB: ⟦DATE:28/2/1934⟧\nWeight: 52 kg\nAllergies: NKDA\n⟪Digoxin⟫ 62.5 mcg OD\n⟪Furosemide⟫ 40 mg OM\nPrescriber: Dr ⟦PER:K. Adu⟧, bleep ⟦TEL:3367⟧")
W(CHAT, "en", "hiya ⟦PER:hope⟧!! hope you're ok did ⟦PER:Bill⟧ get the tickets for the ⟦LOC:Nice⟧ trip? we fly ⟦DATE:12th june⟧")
W(EMAIL, "en", "From: ⟦MAIL:mark.baker@bakerandpage.example⟧\nTo: ⟦MAIL:grace.page@bakerandpage.example⟧\nSubject: Client file\n\n⟦PER:Grace⟧ – the file for ⟦PER:Amira Haddad⟧ is saved as ⟦ID:Haddad_Amira_tenancy_2026.pdf⟧ on the shared drive.\n⟦PER:Mark⟧")
W(DISC, "en", "Patient ⟦PER:Esperanza López García⟧, ⟦AGE:ninety-eight⟧ years, admitted ⟦DATE:Feb 2, 2026⟧ with hip fracture, ORIF ⟦DATE:Feb 3⟧. Discharged to skilled nursing facility in ⟦LOC:El Paso⟧. ⟪Enoxaparin⟫ 40 mg daily x 28 days.")
W(WEBF, "en", "Parking permit application\nName: ⟦PER:Jun Tanaka⟧\nAddress: ⟦ADR:Apt 12, 300 Lake Shore Dr⟧\nCity: ⟦LOC:Chicago⟧   State: ⟦LOC:IL⟧   ZIP: ⟦ZIP:60611⟧\nPlate: ⟦ID:IL 7BK 442⟧\nVehicle: grey Honda Civic")

# ================================================================ ENGLISH, without identifiers
N(KIOSK, "en", "How much is a single ticket to the city centre? Do I need exact change?")
N(ASK, "en", "What does 'grace period' mean on my credit card statement?")
N(ASK, "en", "Is it true that some tortoises live to be over 150 years old?")
N(KIOSK, "en", "what time does the pharmacy open on sundays")
N(CLIN, "en", "Clinic note. 67-year-old man with type 2 diabetes on ⟪metformin⟫ 1 g BD. HbA1c 58. Feet: monofilament intact, pulses present. Plan: add ⟪empagliflozin⟫ 10 mg, recheck bloods in 3 months.")
N(CHAT, "en", "i hope the bill isnt too high this month lol, the heating was on all week")
N(KIOSK, "en", "I would like to mark this parcel as fragile please. How much extra is that?")
N(ASK, "en", "What can I cook with chickpeas, spinach and half a tin of coconut milk?")
N(CLIN, "en", "Triage: 45F, 2 days of right iliac fossa pain, nausea, temp 37.9. ⟪Alvarado score⟫ 6. Surgical review requested. Analgesia: ⟪paracetamol⟫ 1 g IV.")
N(HAND, "en", "Bed 2: 84M, chest infection, IV ⟪co-amoxiclav⟫ day 3, sats 94% on 2 L. Bed 3: 76F, post-op day 1 knee replacement, mobilised with physio. Bed 4: empty, cleaned.")
N(ASK, "en", "How do I set up a standing order for my rent in the app?")
N(KIOSK, "en", "Do you have this jacket in a bigger size? The large is too tight on the shoulders.")
N(ASK, "en", "Why do cats knead blankets with their paws?")
N(SMS, "en", "running late, will be there in 10 mins, order me a flat white")
N(ASK, "en", "Is 'will' a noun or a verb? My teacher said it can be both.")
N(ASK, "en", "How many grams of flour are in a cup?")
N(CLIN, "en", "Well-baby check, 8 weeks. Weight on 50th centile. Feeding well, breast and formula. Immunisations given today. Hips normal, no clicks. Parents advised about ⟪Calpol⟫ dosing after vaccines.")
N(KIOSK, "en", "Can I pay my council tax here or do I need to go to the post office?")
N(APPT, "en", "Reminder: your appointment is tomorrow at 10:00. Please bring your insurance card and a list of your current medicines. Reply STOP to opt out.")
N(ASK, "en", "My bank charged me a fee of £25 for an unarranged overdraft. Can I ask for a refund?")
N(CHAT, "en", "ARE YOU OPEN ON BANK HOLIDAY MONDAY")
N(ASK, "en", "Can dogs eat grapes? My dog ate two about an hour ago.")
N(ASK, "en", "How do you pronounce 'quinoa'? I always get it wrong.")
N(CLIN, "en", "Patient advice leaflet: after your ⟪Colles' fracture⟫ cast is removed, do wrist exercises three times a day and avoid heavy lifting for 6 weeks.")
N(PAPF, "en", "MEAL ORDER\nBreakfast\tporridge\nLunch\tsoup, no bread\nDinner\tfish pie\nDiet\tsoft, diabetic")
N(KIOSK, "en", "Two adults and one child for the 3 o'clock film please, and a large popcorn.")
N(ASK, "en", "What's a good substitute for buttermilk in pancakes?")
N(ASK, "en", "Is a mark-up of 40% normal for a small café?")
N(CLIN, "en", "ED note: 29M, inversion injury right ankle playing football. ⟪Ottawa ankle rules⟫ negative, no X-ray needed. RICE, ⟪ibuprofen⟫ 400 mg TDS, crutches. Discharged.")
N(INS, "en", "Dear Customer,\n\nThank you for your enquiry about travel insurance. Our annual policy covers trips of up to 31 days and includes winter sports for an extra fee.\n\nCustomer Services")
N(DISC, "en", "DISCHARGE ADVICE\nYou have had a laparoscopic appendicectomy. Keep the wounds dry for 48 hours, take ⟪paracetamol⟫ regularly for pain and avoid driving for one week.")
N(KIOSK, "en", "Where can I top up my travel card? This machine is not taking coins.")
N(CLIN, "en", "Ward round: 88F, day 4 post hip fracture, delirium resolving. AMTS 7/10. Continue ⟪enoxaparin⟫. Aim for discharge to rehab next week.")
N(CHAT, "en", "summer holidays are too short, my kids are already bored and its only week two")
N(BANK, "en", "Please move 200 from my savings to my current account today and set up the same transfer every month.")
N(WEBF, "en", "Feedback form\nHow did you hear about us: friend\nRating: 4/5\nComments: the staff were lovely but the waiting room was cold\nMay we contact you: no")
N(KIOSK, "en", "I'd like to return these shoes. I have the receipt but not the box.")
N(ASK, "en", "What is the best way to store fresh basil?")
N(CLIN, "en", "Pharmacy note: patient on ⟪warfarin⟫ asking about cranberry juice. Advised to avoid large amounts; INR check in one week.")
N(EMAIL, "en", "Hello,\n\nCould you tell me if the museum is wheelchair accessible and whether carers get free entry?\n\nThank you in advance.")
N(HAND, "en", "Night shift handover: quiet night. Bay A all settled. One patient with ⟪Alzheimer's disease⟫ wandering at 02:00, redirected, slept after a warm drink. No falls.")
N(VM, "en", "Hi, it's me, just ringing to say I'm stuck in traffic, should be home by seven. Don't wait for dinner.")
N(CHAT, "en", "WHY IS MY CARD DECLINED I HAVE MONEY IN THE ACCOUNT")
N(ASK, "en", "Is 'rose' the past tense of 'rise' as well as a flower?")
N(ASK, "en", "Reading glasses: is +1.5 or +2.0 better for someone in their fifties?")
N(ASK, "en", "How warm should a baby's bath be? I don't have a thermometer.")
N(CHAT, "en", "can we split the bill 3 ways? mine was the pasta and a coke")
N(ASK, "en", "Is the 2019 model of this washing machine still under warranty?")
N(KIOSK, "en", "Can I get a receipt for the parking? I paid for 3 hours but only stayed one.")
N(CLIN, "en", "Stroke unit teaching note: assess dysphagia before any oral intake. ⟪NIHSS⟫ on admission and at 24 hours. Start ⟪aspirin⟫ 300 mg once haemorrhage excluded.")

# ================================================================ GERMAN
W(CHAT, "de", "hi ich bins ⟦PER:jannik⟧, hab meine karte verloren kannst du die sperren?? kontonummer ist ⟦ACC:0532013000⟧")
W(EMAIL, "de", "Sehr geehrte Frau ⟦PER:von der Heide⟧,\n\nanbei der Befund meines Vaters, Herrn ⟦PER:Rüdiger Lange⟧, geb. ⟦DATE:11.04.1936⟧. Für Rückfragen erreichen Sie mich unter ⟦TEL:0171 2345678⟧.\n\nMit freundlichen Grüßen\n⟦PER:Katrin Lange-Öztürk⟧")
W(DISC, "de", "ENTLASSUNGSBRIEF\nPatient: Herr ⟦PER:Friedrich-Wilhelm Obermaier⟧, geb. ⟦DATE:03.05.1934⟧\nAufnahme: ⟦DATE:12.01.2026⟧   Entlassung: ⟦DATE:20.01.2026⟧\nDiagnosen: ⟪Morbus Parkinson⟫, Exsikkose.\nDer ⟦AGE:91⟧-jährige Patient wurde mit ⟪L-Dopa⟫ neu eingestellt und in die Kurzzeitpflege nach ⟦LOC:Rosenheim⟧ entlassen.\nDr. med. ⟦PER:Ulrike Haas⟧, Oberärztin")
W(WEBF, "de", "Vorname: ⟦PER:Leonie⟧\nNachname: ⟦PER:Schäfer⟧\nStraße: ⟦ADR:Am Kirchberg 3a⟧\nPLZ/Ort: ⟦ZIP:97688⟧ ⟦LOC:Bad Kissingen⟧\nGeburtsdatum: ⟦DATE:17.09.1990⟧\nKrankenversichertennummer: ⟦SSN:A123456780⟧")
W(BANK, "de", f"Bitte überweisen Sie 1.250,00 EUR an ⟦PER:Mehmet Yılmaz⟧, IBAN ⟦IBAN:{IB_DE2}⟧, Verwendungszweck: Miete Februar. Danke, ⟦PER:Ute⟧")
W(VM, "de", "Ja hallo, hier ist ⟦PER:Gerda Birnbaum⟧, ich bin ⟦AGE:dreiundneunzig⟧ und bräuchte einen Hausbesuch. Rufen Sie mich bitte zurück unter ⟦TEL:null acht neun, drei vier fünf, sechs sieben acht⟧. Danke schön.")
W(HAND, "de", "Zi. 7: Frau ⟦PER:Hildegard Kühn⟧, ⟦AGE:96⟧ J., Sturz in der Nacht, keine Kopfverletzung. ⟪Marcumar⟫ pausiert, INR morgen früh. Tochter ⟦PER:Sabine⟧ informiert.")
W(APPT, "de", "Terminerinnerung: Sehr geehrter Herr Dr. ⟦PER:Weiß⟧, Ihr Termin zur Darmspiegelung ist am Donnerstag, dem ⟦DATE:5. März 2026⟧, um 8:30 Uhr in der Praxis ⟦ADR:Leopoldstraße 112⟧, ⟦ZIP:80802⟧ ⟦LOC:München⟧. Bitte nüchtern erscheinen.")
W(INS, "de", "Versicherungsschein-Nr. ⟦ID:KV-88213-04⟧\nSchadennummer ⟦ID:S-2026-0031187⟧\n\nSehr geehrte Frau ⟦PER:Nowak⟧,\nzu Ihrem Schaden vom ⟦DATE:14.01.2026⟧ mit dem Fahrzeug ⟦ID:M-KL 4821⟧ benötigen wir noch Fotos der beschädigten Stoßstange.")
W(SMS, "de", "BIN IN ⟦LOC:ESSEN⟧ ANGEKOMMEN. RUF TANTE ⟦PER:HELGA⟧ AN, SIE WEISS BESCHEID")
W(WEBF, "de", "Name: ⟦PER:Magdalena Huber⟧\nAdresse: ⟦ADR:Mariahilfer Straße 88/2/14⟧, ⟦ZIP:1070⟧ ⟦LOC:Wien⟧\nSozialversicherungsnummer: ⟦SSN:1237 010180⟧\nTelefon: ⟦TEL:+43 664 1234567⟧\nAnliegen: Terminverschiebung")
W(BANK, "de", f"Zahlungsauftrag\nEmpfänger: ⟦PER:Reto Brunner⟧, ⟦ADR:Bahnhofstrasse 21⟧, ⟦ZIP:8001⟧ ⟦LOC:Zürich⟧\nIBAN: ⟦IBAN:{IB_CH1}⟧\nBetrag: CHF 780.00\nMitteilung: Rechnung Nr. ⟦ID:2026-0117⟧")
W(CLIN, "de", "Anamnese: 54-jährige Patientin mit bekanntem ⟪Morbus Crohn⟫, aktuell unter ⟪Adalimumab⟫. Hausarzt Dr. ⟦PER:Sauer⟧ aus ⟦LOC:Rain⟧ überweist wegen perianaler Fisteln. Patientin: ⟦PER:Jovana Marković⟧, geb. ⟦DATE:02.02.1971⟧.")
W(CHAT, "de", "kannst du ⟦PER:jonas⟧ sagen dass ich um 8 da bin, steh noch in ⟦LOC:hamm⟧ im stau")
W(PAPF, "de", "Name\tVorname\tGeb.-Datum\tTelefon\n⟦PER:van Dijk⟧\t⟦PER:Marlies⟧\t⟦DATE:1.2.1965⟧\t⟦TEL:0221 4711 302⟧\n⟦PER:Özdemir⟧\t⟦PER:Cem⟧\t⟦DATE:23.8.1971⟧\t⟦TEL:0176 5550 1234⟧")
W(REF, "de", "Überweisung an: Kardiologie\nPat.: ⟦PER:Aleksandra Nowak-Brandt⟧, geb. ⟦DATE:24.12.1958⟧\nFallnummer: ⟦MRN:2026004471⟧\nFragestellung: Belastungsdyspnoe, V. a. KHK. Medikation: ⟪Ramipril⟫ 5 mg.\nMit kollegialen Grüßen\nDr. ⟦PER:Florian Becker⟧")
W(EMAIL, "de", "Hallo,\n\nich habe das Formular leider nicht bekommen. Meine Mail ist ⟦MAIL:h punkt berger at gmx punkt de⟧.\n\nGruß\n⟦PER:Heike Berger⟧")
W(VM, "de", "Guten Tag, hier ist die Praxis Dr. ⟦PER:Yılmaz⟧. Frau ⟦PER:Schmitt⟧, Ihr Termin am ⟦DATE:zweiten Februar⟧ muss leider verschoben werden. Bitte rufen Sie uns unter ⟦TEL:030 12 34 56 78⟧ an.")
W(WEBF, "de", "Bewerbung\nName: ⟦PER:Tobias Reinhardt⟧\nProfil: ⟦ID:https://www.xing.com/profile/Tobias_Reinhardt3⟧\nLebenslauf: ⟦ID:Lebenslauf_Reinhardt_T.pdf⟧\nVerfügbar ab: ⟦DATE:01.05.2026⟧")
W(CLIN, "de", "Pflegeheim-Visite ⟦DATE:3.2.26⟧\nBew. ⟦PER:Anneliese Vogt⟧, ⟦AGE:neunundneunzig⟧ Jahre, Dekubitus sakral Grad 2, ⟪Braden-Skala⟫ 12. Wundversorgung fortführen, Lagerung alle 2 Stunden.")
W(BANK, "de", f"Hallo, meine Kreditkarte ⟦CARD:{CARD5}⟧ wurde in ⟦LOC:Köln⟧ gestohlen. Bitte sofort sperren. ⟦PER:Fatih Aydın⟧, geb. ⟦DATE:9. Juni 1983⟧")
W(HAND, "de", "Übergabe Station 4B\nHerr ⟦PER:Ludwig von Stein⟧, ⟦AGE:92⟧, Hüft-TEP links, mobilisiert mit Rollator. Schmerzen unter ⟪Novalgin⟫ gut. Neffe ⟦PER:Max⟧ holt ihn am ⟦DATE:27.02.2026⟧ ab.")
W(INS, "de", "Sehr geehrter Herr ⟦PER:Schulze-Wendland⟧,\n\nwir bestätigen den Eingang Ihres Antrags vom ⟦DATE:7. Januar 2026⟧. Bitte geben Sie bei Rückfragen Ihre Versicherungsnummer ⟦SSN:12 170934 S 012⟧ an.\n\nIhre Rentenversicherung")

N(KIOSK, "de", "Wie viel kostet ein Einzelfahrschein für zwei Zonen?")
N(ASK, "de", "Was bedeutet eigentlich das Wort Kummerspeck?")
N(ASK, "de", "Was kann man mittags schnell essen, wenn man keine Mikrowelle hat?")
N(KIOSK, "de", "Haben Sie am Sonntag geöffnet? Und bis wann am Samstag?")
N(CLIN, "de", "Verlaufsnotiz: 78-jährige Patientin mit ⟪Morbus Basedow⟫, unter ⟪Thiamazol⟫ euthyreot. Keine Beschwerden. Kontrolle TSH in drei Monaten.")
N(ASK, "de", "Wie richte ich einen Dauerauftrag im Online-Banking ein?")
N(ASK, "de", "Wie alt können Schildkröten werden? Ich habe gelesen, über 100 Jahre.")
N(CHAT, "de", "WARUM FUNKTIONIERT DIE KARTE NICHT AM AUTOMATEN")
N(ASK, "de", "Rezept gesucht: Kartoffelsuppe mit Lauch für vier Personen, ohne Speck.")
N(HAND, "de", "Übergabe Nacht: ruhige Nacht, Zimmer 3 schläft, Zimmer 5 hat zweimal wegen Schmerzen geklingelt, ⟪Ibuprofen⟫ 400 mg gegeben. Keine Stürze.")

# ================================================================ FRENCH
W(CHAT, "fr", "slt c ⟦PER:inès⟧ tu peux dire a ⟦PER:karim⟧ que jsuis en retard, mon tel c ⟦TEL:06 12 34 56 78⟧")
W(EMAIL, "fr", "Bonjour Madame ⟦PER:Da Costa⟧,\n\nSuite à notre échange du ⟦DATE:3 février⟧, je vous transmets le compte rendu de ma mère, Mme ⟦PER:Odette Lefèvre⟧, née le ⟦DATE:14 juillet 1932⟧, âgée de ⟦AGE:93⟧ ans.\n\nCordialement,\n⟦PER:Jean-Baptiste Lefèvre⟧\n⟦TEL:+33 4 78 12 90 55⟧")
W(DISC, "fr", "COMPTE RENDU D'HOSPITALISATION\nPatient : M. ⟦PER:Gérard de La Fontaine⟧\nNé le : ⟦DATE:02/09/1930⟧ (⟦AGE:95⟧ ans)\nIPP : ⟦MRN:800412377⟧\nEntré le ⟦DATE:05/01/2026⟧, sorti le ⟦DATE:16/01/2026⟧.\nDiagnostic : décompensation cardiaque. Traitement de sortie : ⟪furosémide⟫ 40 mg, ⟪bisoprolol⟫ 2,5 mg.\nDr ⟦PER:Claire Moreau⟧, cardiologie, ⟦LOC:Rodez⟧")
W(WEBF, "fr", f"Nom : ⟦PER:Benali⟧\nPrénom : ⟦PER:Yasmina⟧\nAdresse : ⟦ADR:12 bis rue des Lilas⟧\nCode postal : ⟦ZIP:69003⟧\nVille : ⟦LOC:Lyon⟧\nN° de sécurité sociale : ⟦SSN:{NIR1}⟧\nCourriel : ⟦MAIL:y.benali@laposte.example⟧")
W(BANK, "fr", f"Merci de faire un virement de 320 € à ⟦PER:Thomas Nguyen⟧, IBAN ⟦IBAN:{IB_FR1}⟧, motif : loyer mars. Merci, ⟦PER:Clémence⟧")
W(VM, "fr", "Oui bonjour, c'est ⟦PER:Françoise Marchal⟧, j'appelle pour mon rendez-vous du ⟦DATE:douze mars⟧, je ne pourrai pas venir. Vous pouvez me rappeler au ⟦TEL:zéro six, quarante-deux, dix-huit, trente, zéro sept⟧. Merci, au revoir.")
W(HAND, "fr", "Ch. 214 : Mme ⟦PER:Rose Martin⟧, ⟦AGE:quatre-vingt-dix-sept⟧ ans, chute cette nuit, pas de trauma crânien, ⟪score de Glasgow⟫ à 15. Fille ⟦PER:Nathalie⟧ prévenue au ⟦TEL:06 71 22 48 09⟧.")
W(APPT, "fr", "Rappel : RDV le mardi ⟦DATE:10 mars 2026⟧ à 14h30 avec le Dr ⟦PER:Amrani⟧, ⟦ADR:8 avenue Jean Jaurès⟧, ⟦ZIP:64000⟧ ⟦LOC:Pau⟧. Pour annuler : ⟦TEL:05 59 27 11 40⟧.")
W(INS, "fr", "Objet : sinistre n° ⟦ID:AUT-2026-04417⟧\n\nMadame ⟦PER:Élodie Garnier⟧,\nNous accusons réception de votre déclaration du ⟦DATE:28/01/2026⟧ concernant le véhicule immatriculé ⟦ID:FG-482-KT⟧. Un expert vous contactera sous 10 jours.")
W(SMS, "fr", "URGENT RAPPELER MME ⟦PER:DUBOIS⟧ AU ⟦TEL:01 45 67 89 10⟧ AVANT 18H")
W(WEBF, "fr", f"Nom et prénom : ⟦PER:Lambert, Sophie⟧\nAdresse : ⟦ADR:Rue de la Loi 16⟧, ⟦ZIP:1000⟧ ⟦LOC:Bruxelles⟧\nNuméro de registre national : ⟦SSN:{RRN1}⟧\nGSM : ⟦TEL:0475 12 34 56⟧")
W(BANK, "fr", f"Ordre de paiement\nBénéficiaire : ⟦PER:Luc Perrenoud⟧, ⟦LOC:Lausanne⟧\nIBAN : ⟦IBAN:{IB_CH2}⟧\nMontant : CHF 1250.00\nN° AVS du bénéficiaire : ⟦SSN:{AHV1}⟧")
W(REF, "fr", "Demande de consultation en rhumatologie\nPatient : ⟦PER:Marc-André Tremblay⟧\nNAM : ⟦SSN:TREM 6504 1218⟧\nAdresse : ⟦ADR:455, boul. René-Lévesque Ouest⟧, ⟦LOC:Montréal⟧ (⟦LOC:Québec⟧) ⟦ZIP:H2Z 1Z2⟧\nMotif : polyarthrite fébrile, suspicion de ⟪maladie de Still⟫ de l'adulte.")
W(EMAIL, "fr", "Bonjour,\n\nje n'arrive pas à créer mon compte. Mon adresse c'est ⟦MAIL:paul point girard arobase orange point fr⟧.\n\nMerci d'avance,\n⟦PER:Paul Girard⟧")
W(CLIN, "fr", "Consultation du ⟦DATE:20/02/2026⟧\nMme ⟦PER:Sandrine Faure⟧, 45 ans, suivie pour une ⟪maladie de Basedow⟫ sous ⟪Néomercazole⟫. Bonne tolérance. Réside à ⟦LOC:Orange⟧, travaille de nuit.\nDr ⟦PER:H. Benhamou⟧")
W(REF, "fr", "Cher confrère,\n\nJe vous adresse M. ⟦PER:Mamadou Diallo⟧, 62 ans, pour avis concernant une ⟪maladie de Dupuytren⟫ bilatérale. Antécédents : diabète sous ⟪metformine⟫.\n\nBien confraternellement,\nDr ⟦PER:Anne-Sophie Meunier⟧, ⟦LOC:Tours⟧")
W(EMAIL, "fr", "Bonjour,\n\nvous trouverez ci-joint l'ordonnance : ⟦ID:ordonnance_Dupont_Marie_2026.pdf⟧.\n\nCordialement,\nle secrétariat du Dr ⟦PER:Nancy Lebrun⟧")
W(CHAT, "fr", "JE SUIS DEVANT LE ⟦ADR:14 RUE DE NANCY⟧ À ⟦LOC:METZ⟧, APPELLE-MOI ⟦PER:LÉA⟧ STP")
W(PAPF, "fr", "Nom\tPrénom\tDate de naissance\tCommune\n⟦PER:Kowalski⟧\t⟦PER:Jean⟧\t⟦DATE:1er avril 1948⟧\t⟦LOC:Sète⟧\n⟦PER:Haddad⟧\t⟦PER:Samira⟧\t⟦DATE:30 nov. 1977⟧\t⟦LOC:Tours⟧")
W(BANK, "fr", f"Bonjour, je voudrais contester un paiement sur ma carte ⟦CARD:{CARD6}⟧ du ⟦DATE:8 janvier⟧. Titulaire : ⟦PER:Hugo Mercier⟧.")
W(VM, "fr", "Bonjour, message pour Mme ⟦PER:Nguyen⟧, c'est la pharmacie de ⟦LOC:Grasse⟧, votre ⟪Doliprane⟫ et votre ⟪Levothyrox⟫ sont prêts. Bonne journée.")
W(APPT, "fr", "Bonjour ⟦PER:Amadou⟧, votre vaccin est prévu le lundi ⟦DATE:2 mars⟧ à 9h, centre de vaccination, ⟦ADR:3 place de la République⟧, ⟦LOC:Nice⟧. Répondez STOP pour annuler.")
W(INS, "fr", f"Assuré : M. ⟦PER:Paul-Henri d'Aubigny⟧\nN° d'immatriculation : ⟦SSN:{NIR2}⟧\nRemboursement du ⟦DATE:12/02/2026⟧ : 23,50 € versés sur votre compte ⟦IBAN:{IB_FR2}⟧.")

N(KIOSK, "fr", "Bonjour, un ticket pour le centre-ville, c'est combien ?")
N(ASK, "fr", "Que veut dire l'expression « avoir le cafard » ?")
N(ASK, "fr", "Quels sont vos horaires le dimanche ?")
N(CLIN, "fr", "Patiente de 84 ans, ⟪maladie de Crohn⟫ connue, en rémission. Pas de douleur abdominale. Poursuite du traitement, bilan biologique dans trois mois.")
N(ASK, "fr", "Comment faire une pâte brisée sans beurre ?")
N(ASK, "fr", "Est-ce que je peux faire un virement international depuis l'application ?")
N(CHAT, "fr", "trop nice merci pour le cadeau, on se voit ce week-end ?")
N(ASK, "fr", "Pourquoi les chats ronronnent-ils ?")
N(KIOSK, "fr", "Je voudrais deux baguettes et un croissant. Vous prenez la carte ?")
N(HAND, "fr", "Transmissions de nuit : nuit calme, les patients ont été tournés à tour de rôle. Chambre 12 algique vers 3h, ⟪paracétamol⟫ 1 g donné avec effet. Pas de chute.")

# ================================================================ SPANISH
W(CHAT, "es", "hola soy ⟦PER:maria jose⟧ me pasas el num de ⟦PER:javi⟧? el mio es ⟦TEL:612 345 678⟧")
W(EMAIL, "es", "Estimada Sra. ⟦PER:García Fernández⟧:\n\nLe escribo en nombre de mi abuelo, D. ⟦PER:Anselmo Ruiz de la Torre⟧, que tiene ⟦AGE:noventa y tres⟧ años y vive solo en ⟦LOC:Teruel⟧. Necesitamos una cita para revisión.\n\nUn saludo,\n⟦PER:Lucía Ruiz Castaño⟧\n⟦TEL:+34 978 61 23 45⟧")
W(DISC, "es", "INFORME DE ALTA\nPaciente: ⟦PER:Dolores Martínez Sánchez⟧\nNHC: ⟦MRN:00873412⟧\nFecha de ingreso: ⟦DATE:3 de febrero de 2026⟧\nFecha de alta: ⟦DATE:11 de febrero de 2026⟧\nEdad: ⟦AGE:91⟧ años\nDiagnóstico: insuficiencia cardiaca descompensada. Tratamiento: ⟪furosemida⟫ 40 mg, ⟪Sintrom⟫ según pauta.")
W(WEBF, "es", f"Nombre: ⟦PER:Carlos Alberto⟧\nApellidos: ⟦PER:Gómez Herrera⟧\nDNI: ⟦ID:{DNI1}⟧\nDirección: ⟦ADR:C/ Mayor, 14, 3.º B⟧\nC.P.: ⟦ZIP:28013⟧   Localidad: ⟦LOC:Madrid⟧\nCorreo: ⟦MAIL:cagomez@correo.example⟧")
W(BANK, "es", f"Hazme una transferencia de 200 € a ⟦PER:Ana Belén Ortiz⟧, IBAN ⟦IBAN:{IB_ES1}⟧, concepto: cumple ⟦PER:Pablo⟧")
W(VM, "es", "Hola, buenas, soy ⟦PER:Rosario⟧, le llamo del centro de salud de ⟦LOC:Mota del Cuervo⟧ para recordarle a don ⟦PER:Julián⟧ que su cita es el ⟦DATE:veinte de marzo⟧. Si no puede venir, llame al ⟦TEL:nueve seis siete, dieciocho, cero cero, treinta y dos⟧.")
W(HAND, "es", "Hab. 305: Sr. ⟦PER:Jiménez⟧, ⟦AGE:94⟧ años, ⟪Alzheimer⟫ avanzado, agitación nocturna. Se administró ⟪haloperidol⟫ 1 mg a las 2:00. La hija, ⟦PER:Pilar⟧, viene a las 10.")
W(APPT, "es", "Recordatorio de cita: ⟦PER:Francisco Javier Morales⟧, el ⟦DATE:14/04/2026⟧ a las 9:30, Centro de Salud, ⟦ADR:Avda. de la Constitución 22⟧, ⟦LOC:Lugo⟧. Para anular: ⟦TEL:982 55 01 23⟧.")
W(INS, "es", "Nº de póliza: ⟦ID:HOG-2026-558812⟧\n\nEstimada Sra. ⟦PER:Valeria Castro Núñez⟧:\nhemos recibido el parte del siniestro ocurrido el ⟦DATE:22/01/2026⟧ en su vivienda de ⟦ADR:calle del Olmo 7⟧, ⟦ZIP:46003⟧ ⟦LOC:Valencia⟧. Un perito la llamará esta semana.")
W(SMS, "es", "LLAMA A LA SRA ⟦PER:PÉREZ⟧ AL ⟦TEL:600 11 22 33⟧ ES URGENTE")
W(CLIN, "es", "Nota de consulta ⟦DATE:5-3-2026⟧\n⟦PER:Guadalupe Hernández⟧, 39 años, NSS ⟦SSN:28/12345678/40⟧. ⟪Tiroiditis de Hashimoto⟫ en tratamiento con ⟪Eutirox⟫ 100 mcg. TSH normal. Revisión en 6 meses.")
W(REF, "es", "Referencia a Neurología\nPaciente: ⟦PER:José Luis Ramírez Ochoa⟧\nCURP: ⟦SSN:RAOJ580314HJCMCS09⟧\nDomicilio: ⟦ADR:Av. Juárez 1450⟧, Col. ⟦LOC:Americana⟧, ⟦LOC:Guadalajara⟧, ⟦LOC:Jalisco⟧\nMotivo: temblor de reposo, descartar ⟪enfermedad de Parkinson⟫.")
W(EMAIL, "es", "hola, mi correo es ⟦MAIL:lucia punto ferrer arroba gmail punto com⟧, todo junto y en minúsculas. gracias, ⟦PER:Lucía⟧")
W(WEBF, "es", "Nombre y apellido: ⟦PER:Martín Ezequiel Sosa⟧\nDNI: ⟦ID:32.458.119⟧\nTeléfono: ⟦TEL:+54 9 11 5555-0142⟧\nDomicilio: ⟦ADR:Av. Corrientes 3247, piso 5, dto. C⟧, ⟦LOC:CABA⟧")
W(BANK, "es", "Transferencia SPEI\nBeneficiario: ⟦PER:Ximena Flores⟧\nCLABE: ⟦ACC:002180700998877665⟧\nMonto: $4,500.00 MXN\nConcepto: renta febrero")
W(CHAT, "es", "oye ⟦PER:esperanza⟧ ya llegaste a ⟦LOC:toledo⟧? avisame cuando puedas")
W(PAPF, "es", "Apellidos\tNombre\tFecha nac.\tMunicipio\n⟦PER:López de Haro⟧\t⟦PER:Inmaculada⟧\t⟦DATE:12-10-1954⟧\t⟦LOC:Alcalá de Henares⟧")
W(VM, "es", "Buenas tardes, le llamo del banco, busco a ⟦PER:Rodrigo Salinas⟧. Hemos bloqueado su tarjeta terminada en ⟦CARD:4417⟧ por seguridad. Llámenos al ⟦TEL:900 123 456⟧.")
W(DISC, "es", "Paciente ⟦PER:Amparo Vidal Soler⟧, de ⟦AGE:noventa y seis⟧ años, ingresa el ⟦DATE:2 de enero⟧ por neumonía. Evolución favorable con ⟪levofloxacino⟫. Alta a residencia en ⟦LOC:Gandía⟧.")
W(APPT, "es", "⟦PER:Ángel⟧, tu cita de ITV para el vehículo ⟦ID:4821 KLM⟧ es el jueves ⟦DATE:19 de marzo⟧ a las 12:40 en la estación de ⟦LOC:Getafe⟧.")
W(INS, "es", f"Asunto: reembolso\nTitular: ⟦PER:Marta Iglesias Prieto⟧\nNIE: ⟦ID:X1234567L⟧\nLe informamos de que se han abonado 85,00 € en la cuenta ⟦IBAN:{IB_ES2}⟧ con fecha ⟦DATE:09/02/2026⟧.")
W(CLIN, "es", "URGENCIAS ⟦DATE:17/02/26⟧ 23:45\nVarón, 33 años, traído desde ⟦LOC:Móstoles⟧ tras accidente de moto. ⟪Glasgow⟫ 15. Dolor en muñeca derecha. Nombre: ⟦PER:Iker Etxeberria⟧. Rx pendiente.")

N(KIOSK, "es", "¿Cuánto cuesta un billete sencillo de metro?")
N(ASK, "es", "¿Qué significa la palabra sobremesa?")
N(ASK, "es", "¿A qué hora abre la farmacia los domingos?")
N(CLIN, "es", "Paciente de 72 años con ⟪enfermedad de Parkinson⟫, buena respuesta a ⟪levodopa⟫. Sin caídas. Control en seis meses.")
N(ASK, "es", "Receta de gazpacho: ¿cuántos tomates necesito para cuatro personas?")
N(ASK, "es", "¿Cómo puedo cambiar el PIN de mi tarjeta en el cajero?")
N(CHAT, "es", "jajaja q risa, mañana te cuento todo")
N(ASK, "es", "¿Es verdad que los pulpos tienen tres corazones?")
N(VM, "es", "Hola, soy yo, solo para decirte que llego tarde, no me esperes para cenar. Un beso.")
N(KIOSK, "es", "Quiero devolver estos pantalones, me quedan grandes. ¿Necesito el ticket?")

# ================================================================ ITALIAN
W(CHAT, "it", "ciao sono ⟦PER:giulia⟧ dì a ⟦PER:matteo⟧ ke arrivo tardi, il mio num è ⟦TEL:333 123 4567⟧")
W(EMAIL, "it", "Gentile Dott.ssa ⟦PER:Lo Russo⟧,\n\nLe invio gli esami di mia nonna, ⟦PER:Maria Grazia De Luca⟧, nata il ⟦DATE:12 maggio 1931⟧, che ha ⟦AGE:novantaquattro⟧ anni. Abita a ⟦LOC:Bra⟧, in provincia di ⟦LOC:Cuneo⟧.\n\nCordiali saluti,\n⟦PER:Alessandro Bianchi⟧")
W(DISC, "it", "LETTERA DI DIMISSIONE\nPaziente: ⟦PER:Giuseppe Esposito⟧\nNato il: ⟦DATE:03/03/1933⟧\nCartella clinica n. ⟦MRN:2026/001783⟧\nRicovero dal ⟦DATE:7/1/2026⟧ al ⟦DATE:15/1/2026⟧ per BPCO riacutizzata. Terapia: ⟪tiotropio⟫, ⟪prednisone⟫ a scalare.\nIl medico: Dott. ⟦PER:Franco Rinaldi⟧")
W(WEBF, "it", "Nome: ⟦PER:Chiara⟧\nCognome: ⟦PER:Ferraro⟧\nCodice fiscale: ⟦SSN:FRRCHR85M41H501Z⟧\nIndirizzo: ⟦ADR:Via Appia Nuova 123⟧\nCAP: ⟦ZIP:00183⟧   Città: ⟦LOC:Roma⟧\nCellulare: ⟦TEL:+39 347 555 0192⟧")
W(BANK, "it", f"Bonifico di 150 € a favore di ⟦PER:Luca Romano⟧, IBAN ⟦IBAN:{IB_IT1}⟧, causale: quota calcetto. Grazie ⟦PER:Fede⟧")
W(VM, "it", "Buongiorno, sono ⟦PER:Antonietta Greco⟧, chiamo per mia madre che ha ⟦AGE:novantasette⟧ anni e ha bisogno di una visita a domicilio. Il mio numero è ⟦TEL:tre quattro sette, uno due tre, quattro cinque sei sette⟧. Grazie.")
W(HAND, "it", "Letto 9: sig.ra ⟦PER:Ida Marchetti⟧, ⟦AGE:92⟧ anni, frattura di femore operata ieri. Dolore controllato con ⟪paracetamolo⟫ ev. Figlio ⟦PER:Stefano⟧ reperibile al ⟦TEL:335 987 6543⟧.")
W(APPT, "it", "Promemoria: gentile ⟦PER:Salvatore Russo⟧, la visita cardiologica è fissata per il ⟦DATE:18 marzo 2026⟧ ore 10:15 presso l'ambulatorio di ⟦ADR:Corso Garibaldi 45⟧, ⟦LOC:Ala⟧. Per disdire chiamare lo ⟦TEL:0464 555 012⟧.")
W(INS, "it", "Polizza n. ⟦ID:RCA-77120394⟧\n\nGentile Sig. ⟦PER:Marco Conti⟧,\nin riferimento al sinistro del ⟦DATE:9 gennaio 2026⟧ che ha coinvolto il veicolo targato ⟦ID:GK 551 ZP⟧, Le comunichiamo che il perito La contatterà a breve.")
W(SMS, "it", "SONO ARRIVATA A ⟦LOC:BARI⟧, CHIAMA NONNA ⟦PER:PINA⟧ E DILLE CHE STO BENE")
W(CLIN, "it", "Visita ambulatoriale ⟦DATE:24.02.2026⟧\nSig. ⟦PER:Vincenzo Gallo⟧, 66 anni. ⟪Morbo di Parkinson⟫ in terapia con ⟪levodopa/carbidopa⟫. Lieve peggioramento del tremore. Tessera sanitaria n. ⟦ID:80380000500012345678⟧.")
W(REF, "it", "Al collega specialista,\ninvio il sig. ⟦PER:Karim El Amrani⟧, 48 anni, residente a ⟦LOC:Prato⟧, per sospetta ⟪malattia di Crohn⟫.\nDott.ssa ⟦PER:Elena Moretti⟧, MMG, tel. ⟦TEL:0574 555 210⟧")
W(EMAIL, "it", "Ciao, la mia mail è ⟦MAIL:giorgio chiocciola libero punto it⟧, mandami pure lì il preventivo. A presto, ⟦PER:Giorgio⟧")
W(WEBF, "it", "Richiedente: ⟦PER:Nguyen Van Minh⟧\nPermesso di soggiorno n. ⟦ID:I04821937⟧\nData di nascita: ⟦DATE:1992-11-05⟧\nEmail: ⟦MAIL:minh.nguyen@pec.example⟧")
W(BANK, "it", f"Ho perso la carta ⟦CARD:{CARD3}⟧, intestata a ⟦PER:Rosa Ferri⟧, potete bloccarla subito? Grazie.")
W(CHAT, "it", "ok ci vediamo a ⟦LOC:chiusi⟧ alle 7, porta anche ⟦PER:speranza⟧")
W(PAPF, "it", "Cognome\tNome\tData di nascita\tComune\n⟦PER:Della Valle⟧\t⟦PER:Beatrice⟧\t⟦DATE:2 ottobre 1969⟧\t⟦LOC:Lecce⟧")
W(VM, "it", "Salve, sono il dottor ⟦PER:Bellini⟧ dell'ospedale, cerco la signora ⟦PER:Fiore⟧ per il referto del ⟦DATE:primo febbraio⟧. Mi richiami allo ⟦TEL:055 555 0133, interno 214⟧.")
W(DISC, "it", "Paziente ⟦PER:Elvira Santoro⟧, ⟦AGE:101⟧ anni, ricoverata per disidratazione e iponatriemia, ⟪furosemide⟫ sospesa, dimessa il ⟦DATE:5 febbraio⟧ presso la RSA di ⟦LOC:Cento⟧.")
W(APPT, "it", "Gentile ⟦PER:Grazia⟧, Le ricordiamo l'appuntamento per il prelievo il ⟦DATE:3/4⟧ alle 7:30. Codice prenotazione ⟦ID:PR-5520917⟧.")
W(INS, "it", f"Oggetto: rimborso spese mediche\nAssicurato: ⟦PER:Fabrizio Colombo⟧\nIBAN: ⟦IBAN:{IB_IT2}⟧\nImporto: 240,00 €\nData: ⟦DATE:12/02/2026⟧")
W(HAND, "it", "Consegne notte: stanza 4, ⟦PER:Aurelio Fontana⟧, ⟦AGE:novantuno⟧ anni, ⟪scala di Braden⟫ 13, riposizionato ogni 2 ore. Nessun evento.")

N(KIOSK, "it", "Quanto costa un biglietto singolo per il centro?")
N(ASK, "it", "Cosa significa la parola menefreghista?")
N(ASK, "it", "Siete aperti la domenica mattina?")
N(CLIN, "it", "Paziente di 81 anni, ⟪morbo di Alzheimer⟫ in fase iniziale, in terapia con ⟪donepezil⟫. Quadro stabile.")
N(ASK, "it", "Ricetta della carbonara: si mette la panna o no?")
N(ASK, "it", "Come posso attivare le notifiche per i pagamenti con la carta?")
N(CHAT, "it", "boh nn so se vengo stasera, sono stanchissima")
N(ASK, "it", "Quanto vive un pappagallo? Ho letto anche 80 anni.")
N(APPT, "it", "Promemoria: domani alle 9:00 visita di controllo. Si prega di portare la tessera sanitaria e gli esami precedenti.")
N(KIOSK, "it", "Vorrei due francobolli per l'estero, per favore.")

# ================================================================ PORTUGUESE
W(CHAT, "pt", "oi aqui é a ⟦PER:joana⟧, manda o contato do ⟦PER:tiago⟧? meu zap é ⟦TEL:+55 11 95555-0142⟧")
W(EMAIL, "pt", "Caro Dr. ⟦PER:Pinto⟧,\n\nEnvio em anexo os exames da minha avó, D. ⟦PER:Maria da Conceição Ferreira⟧, de ⟦AGE:noventa e quatro⟧ anos, residente em ⟦LOC:Viseu⟧.\n\nCom os melhores cumprimentos,\n⟦PER:Rui Ferreira⟧\n⟦TEL:+351 912 345 678⟧")
W(DISC, "pt", "NOTA DE ALTA\nDoente: ⟦PER:Joaquim Manuel Sousa⟧\nN.º de utente: ⟦SSN:284759130⟧\nN.º de processo: ⟦MRN:HSM-0045512⟧\nInternamento de ⟦DATE:15 de janeiro de 2026⟧ a ⟦DATE:22 de janeiro de 2026⟧. Diagnóstico: AVC isquémico. Medicação: ⟪clopidogrel⟫ 75 mg, ⟪atorvastatina⟫ 40 mg.")
W(WEBF, "pt", f"Nome completo: ⟦PER:João Pedro Carvalho da Silva⟧\nNIF: ⟦SSN:{NIF1}⟧\nMorada: ⟦ADR:Rua Augusta, 120, 3.º esquerdo⟧\nCódigo postal: ⟦ZIP:1100-053⟧ ⟦LOC:Lisboa⟧\nTelemóvel: ⟦TEL:936 555 014⟧")
W(BANK, "pt", f"Transferência de 75 € para ⟦PER:Inês Costa⟧, IBAN ⟦IBAN:{IB_PT1}⟧, descrição: jantar de anos")
W(VM, "pt", "Olá, fala a ⟦PER:Graça⟧ da clínica de ⟦LOC:Tomar⟧, é para lembrar a consulta do senhor ⟦PER:Alberto Nunes⟧ no dia ⟦DATE:dezassete de março⟧. Pode ligar para ⟦TEL:duzentos e quarenta e nove, trezentos e doze, cento e dez⟧? Obrigada.")
W(HAND, "pt", "Cama 5: Sr. ⟦PER:Manuel Antunes⟧, ⟦AGE:93⟧ anos, pós-operatório de fratura do colo do fémur. Dor controlada com ⟪tramadol⟫. Filha ⟦PER:Fátima⟧ visita à tarde.")
W(APPT, "pt", "Lembrete: ⟦PER:Beatriz Almeida⟧, a sua consulta de oftalmologia é dia ⟦DATE:24/03/2026⟧ às 15h, ⟦ADR:Avenida da Boavista 1500⟧, ⟦ZIP:4100-114⟧ ⟦LOC:Porto⟧.")
W(INS, "pt", "Apólice n.º ⟦ID:AUTO-552-198-03⟧\n\nExmo. Sr. ⟦PER:Luís Gonçalves⟧,\nrelativamente ao sinistro de ⟦DATE:4 de fevereiro⟧ com a viatura ⟦ID:AA-12-BB⟧, informamos que a peritagem foi agendada.")
W(SMS, "pt", "CHEGUEI A ⟦LOC:BRAGA⟧. DIZ À ⟦PER:LUCIANA⟧ QUE LIGO AMANHÃ")
W(CLIN, "pt", f"Evolução ⟦DATE:10/02/2026⟧\nPaciente ⟦PER:Francisca Oliveira dos Santos⟧, 57 anos, CPF ⟦SSN:{CPF1}⟧. ⟪Doença de Chagas⟫ com miocardiopatia. Mantém ⟪carvedilol⟫ 25 mg. Retorno em 3 meses.")
W(REF, "pt", "Referenciação para Reumatologia\nUtente: ⟦PER:Ana Rita Lopes Moreira⟧, 41 anos\nMorada: ⟦ADR:Travessa do Carmo 8⟧, ⟦LOC:Coimbra⟧\nSuspeita de ⟪doença de Behçet⟫: aftas orais e genitais recorrentes.\nDr.ª ⟦PER:Helena Vaz⟧")
W(EMAIL, "pt", "Boa tarde, o meu email é ⟦MAIL:paulo ponto reis arroba sapo ponto pt⟧, tudo junto. Obrigado, ⟦PER:Paulo Reis⟧")
W(WEBF, "pt", f"Nome: ⟦PER:Thiago Henrique Barbosa⟧\nCPF: ⟦SSN:{CPF2}⟧\nRG: ⟦ID:12.345.678-9⟧\nEndereço: ⟦ADR:Rua das Flores, 250, apto 12⟧, ⟦LOC:Curitiba⟧ - ⟦LOC:PR⟧\nCEP: ⟦ZIP:80010-010⟧")
W(BANK, "pt", "Pix para ⟦PER:Camila Rocha⟧, chave ⟦MAIL:camila.rocha@pix.example⟧, valor R$ 350,00. Se não der, manda na conta ⟦ACC:12345-6⟧, agência 0001.")
W(CHAT, "pt", "vou tomar um café com a ⟦PER:esperança⟧ em ⟦LOC:setúbal⟧, queres vir?")
W(PAPF, "pt", "Apelido\tNome\tData de nascimento\tConcelho\n⟦PER:Fonseca⟧\t⟦PER:Miguel Ângelo⟧\t⟦DATE:08-11-1972⟧\t⟦LOC:Faro⟧")
W(VM, "pt", "Bom dia, é o ⟦PER:Ricardo⟧ do banco, queria falar com a senhora ⟦PER:Rosa Matos⟧ sobre o cartão terminado em ⟦CARD:7730⟧. Ligue para ⟦TEL:707 555 123⟧, por favor.")
W(DISC, "pt", "Doente ⟦PER:Amélia Rodrigues⟧, ⟦AGE:noventa e um⟧ anos, internada de ⟦DATE:2/2⟧ a ⟦DATE:9/2⟧ por infeção urinária. Alta para lar em ⟦LOC:Évora⟧ com ⟪amoxicilina/ácido clavulânico⟫.")
W(APPT, "pt", "Olá ⟦PER:Vitória⟧! A vacina do seu filho está marcada para segunda-feira, ⟦DATE:6 de abril⟧, às 10h. Traga o boletim de vacinas.")
W(INS, "pt", f"Reembolso de despesas de saúde\nTomador: ⟦PER:Sérgio Mendes⟧\nNIF: ⟦SSN:{NIF2}⟧\nValor: 62,00 €\nTransferido para ⟦IBAN:{IB_PT2}⟧ em ⟦DATE:13.02.2026⟧.")
W(CLIN, "pt", "Consulta de Medicina Geral ⟦DATE:03/03/26⟧\nUtente ⟦PER:Wellington Araújo⟧, 35 anos, queixa de cefaleias tensionais. Medicado com ⟪paracetamol⟫. Próxima consulta em 2 meses.")

N(KIOSK, "pt", "Quanto custa um bilhete para o centro?")
N(ASK, "pt", "O que quer dizer a palavra saudade?")
N(ASK, "pt", "Posso tomar ⟪paracetamol⟫ e ⟪ibuprofeno⟫ ao mesmo tempo?")
N(CLIN, "pt", "Doente de 79 anos com ⟪doença de Parkinson⟫, estável, sem quedas. Manter medicação habitual.")
N(ASK, "pt", "Tem uma receita de bacalhau à brás para duas pessoas?")
N(ASK, "pt", "Como é que ativo o MB Way na aplicação do banco?")
N(CHAT, "pt", "kkkkk nao acredito, depois me conta tudo")
N(ASK, "pt", "Qual é o horário de funcionamento ao sábado?")
N(BANK, "pt", "Quero transferir 100 euros da conta poupança para a conta à ordem, todos os meses, a partir do próximo mês.")
N(KIOSK, "pt", "Queria um pastel de nata e um galão, por favor.")

# ================================================================ DUTCH
W(CHAT, "nl", "hoi met ⟦PER:sanne⟧, kun je ⟦PER:bram⟧ zeggen dat ik later ben? mn nummer is ⟦TEL:06-12345678⟧")
W(EMAIL, "nl", "Beste mevrouw ⟦PER:De Vries⟧,\n\nHierbij stuur ik de uitslagen van mijn opa, de heer ⟦PER:Hendrik van den Berg⟧, geboren op ⟦DATE:4 mei 1932⟧, nu ⟦AGE:93⟧ jaar. Hij woont in ⟦LOC:Best⟧.\n\nMet vriendelijke groet,\n⟦PER:Jan-Willem van 't Hof⟧")
W(DISC, "nl", "ONTSLAGBRIEF\nPatiënt: mevr. ⟦PER:Geertruida Jansen-Bakker⟧\nGeboortedatum: ⟦DATE:11-02-1930⟧\nPatiëntnummer: ⟦MRN:7712904⟧\nOpname: ⟦DATE:3 februari 2026⟧, ontslag: ⟦DATE:10 februari 2026⟧.\nDiagnose: urineweginfectie bij ⟪ziekte van Alzheimer⟫. Medicatie: ⟪nitrofurantoïne⟫.")
W(WEBF, "nl", f"Voornaam: ⟦PER:Daan⟧\nAchternaam: ⟦PER:de Jong⟧\nBSN: ⟦SSN:{BSN1}⟧\nAdres: ⟦ADR:Keizersgracht 452-II⟧\nPostcode: ⟦ZIP:1016 GD⟧\nPlaats: ⟦LOC:Amsterdam⟧\nE-mail: ⟦MAIL:daan.dejong@ziggo.example⟧")
W(BANK, "nl", f"Wil je 45 euro overmaken naar ⟦PER:Fleur Visser⟧, ⟦IBAN:{IB_NL1}⟧, o.v.v. etentje zaterdag? Thx ⟦PER:Lotte⟧")
W(VM, "nl", "Goedemiddag, u spreekt met ⟦PER:Wilhelmina Smit⟧, ik ben ⟦AGE:tweeënnegentig⟧ en ik wil graag een afspraak maken. Mijn nummer is ⟦TEL:nul twee vier, drie vijf zes, zeven acht negen nul⟧. Dank u wel.")
W(HAND, "nl", "Kamer 12: dhr. ⟦PER:Mustafa Yıldız⟧, ⟦AGE:90⟧ jaar, delier, onrustig vannacht. ⟪Haloperidol⟫ 0,5 mg gegeven. Dochter ⟦PER:Elif⟧ belt morgen.")
W(APPT, "nl", "Herinnering: uw afspraak bij de tandarts op woensdag ⟦DATE:18 maart⟧ om 14:15 uur, ⟦ADR:Langestraat 22⟧, ⟦ZIP:4461 HZ⟧ ⟦LOC:Goes⟧. Afzeggen kan via ⟦TEL:0113-555012⟧.")
W(INS, "nl", "Polisnummer: ⟦ID:AV-2026-114807⟧\n\nGeachte heer ⟦PER:Pieters⟧,\nWij hebben uw schademelding van ⟦DATE:29-01-2026⟧ over de auto met kenteken ⟦ID:K-482-TV⟧ ontvangen. Een expert neemt contact met u op.")
W(SMS, "nl", "BEN IN ⟦LOC:EDE⟧, BEL OMA ⟦PER:TRUUS⟧ EVEN")
W(CLIN, "nl", "Polikliniek ⟦DATE:12-02-2026⟧\nDhr. ⟦PER:Kees de Graaf⟧, 70 jaar, ⟪ziekte van Parkinson⟫, gebruikt ⟪Sinemet⟫ 4dd. Meer off-periodes. Plan: dosis ophogen.\nDr. ⟦PER:M. Bakker⟧, neuroloog")
W(REF, "nl", f"Verwijsbrief\nPatiënt: ⟦PER:Lieve Peeters⟧, ⟦ADR:Kerkstraat 15⟧, ⟦ZIP:2000⟧ ⟦LOC:Antwerpen⟧\nRijksregisternummer: ⟦SSN:{RRN2}⟧\nReden: vermoeden van ⟪ziekte van Crohn⟫. Graag uw advies.\nDr. ⟦PER:Wouter Claes⟧")
W(EMAIL, "nl", "Hoi, mijn mailadres is ⟦MAIL:ruud punt hermans apenstaartje hotmail punt com⟧. Stuur de factuur maar daarheen. Groetjes, ⟦PER:Ruud⟧")
W(WEBF, "nl", "Naam: ⟦PER:Nguyen Thanh Tam⟧\nGeboortedatum: ⟦DATE:1995-03-21⟧\nTelefoon: ⟦TEL:+31 20 555 0147⟧\nKlantnummer: ⟦ID:KL-0098123⟧\nVraag: mijn pakket is niet bezorgd")
W(BANK, "nl", f"Betaalopdracht\nBegunstigde: ⟦PER:A. El Khatib⟧\nIBAN: ⟦IBAN:{IB_NL2}⟧\nBedrag: € 1.150,00\nOmschrijving: huur maart\nUitvoerdatum: ⟦DATE:01-03-2026⟧")
W(CHAT, "nl", "lol ⟦PER:roos⟧ zei dat ze nu in ⟦LOC:lisse⟧ woont, wist jij dat?")
W(PAPF, "nl", "Achternaam\tVoorletters\tGeb.datum\tWoonplaats\n⟦PER:van der Linden⟧\t⟦PER:J.P.⟧\t⟦DATE:14-07-1961⟧\t⟦LOC:Zwolle⟧\n⟦PER:Öztürk⟧\t⟦PER:A.⟧\t⟦DATE:02-12-1988⟧\t⟦LOC:Utrecht⟧")
W(VM, "nl", "Goedemorgen, met ⟦PER:Femke⟧ van de huisartsenpraktijk, ik bel voor mevrouw ⟦PER:Mulder⟧ over de uitslag van het bloedonderzoek. Wilt u terugbellen op ⟦TEL:030-2345678⟧?")
W(DISC, "nl", "Mevr. ⟦PER:Aaltje Hoekstra⟧, ⟦AGE:98⟧ jaar, opgenomen op ⟦DATE:6 januari⟧ met een heupfractuur, operatief behandeld. Ontslag naar verpleeghuis in ⟦LOC:Sneek⟧ met ⟪Fraxiparine⟫ voor 6 weken.")
W(APPT, "nl", "Beste ⟦PER:Bas⟧, je griepprik staat gepland op vrijdag ⟦DATE:16 oktober⟧ om 9:40. Neem je legitimatie mee.")
W(INS, "nl", f"Geachte mevrouw ⟦PER:Van Leeuwen⟧,\n\nUw declaratie van ⟦DATE:2 februari 2026⟧ is goedgekeurd. Het bedrag van € 84,20 wordt overgemaakt op ⟦IBAN:{IB_NL3}⟧. Uw BSN: ⟦SSN:{BSN2}⟧.")
W(CLIN, "nl", "SEH ⟦DATE:20/02/2026⟧ 01:30\nPt. ⟦PER:Ricardo Silva⟧, 27, val van fiets in ⟦LOC:Delft⟧. ⟪Glasgow Coma Scale⟫ E4M6V5. CT-hersenen zonder afwijkingen.")

N(KIOSK, "nl", "Hoeveel kost een enkeltje naar het centrum?")
N(ASK, "nl", "Wat betekent het woord gezellig precies?")
N(ASK, "nl", "Wat is de beste manier om tulpenbollen te bewaren?")
N(CLIN, "nl", "Patiënt van 75 jaar met ⟪ziekte van Crohn⟫, in remissie. Geen klachten. Controle over zes maanden.")
N(ASK, "nl", "Hoe lang moet ik een ei koken voor een zachtgekookt ei?")
N(ASK, "nl", "Hoe kan ik mijn pinpas blokkeren als ik hem kwijt ben?")
N(CHAT, "nl", "haha echt?? dat gaat nooit goed")
N(ASK, "nl", "Zijn jullie op zondag open?")
N(SMS, "nl", "Je bestelling ligt klaar bij het afhaalpunt. Neem je bevestigingsmail mee.")
N(KIOSK, "nl", "Mag ik een broodje kaas en een koffie verkeerd?")


# ================================================================ build & check
TOK = re.compile(r"⟦([A-Z]+):([^⟦⟧⟪⟫]+)⟧|⟪([^⟦⟧⟪⟫]+)⟫")
MARKUP_CHARS = "⟦⟧⟪⟫"
EDGE_PUNCT = ",;:!?\"'()[]{}<>«»“”‘’ \t\n"


def build(template):
    """Concatenate literal and identifier pieces, recording offsets."""
    pieces, spans, prot = [], [], []
    cur = 0
    pos = 0
    for m in TOK.finditer(template):
        lit = template[pos:m.start()]
        pieces.append(lit)
        cur += len(lit)
        if m.group(1):
            code, val = m.group(1), m.group(2)
            assert code in TYPES, (code, template)
            spans.append({"start": cur, "end": cur + len(val), "type": TYPES[code]})
        else:
            val = m.group(3)
            prot.append({"start": cur, "end": cur + len(val), "term": val})
        pieces.append(val)
        cur += len(val)
        pos = m.end()
    pieces.append(template[pos:])
    text = "".join(pieces)
    return text, spans, prot


def check_piece(text, s, kind):
    val = text[s["start"]:s["end"]]
    assert val, ("empty", kind, text)
    assert val == val.strip(), ("padding", val)
    first_ok = val[0] not in EDGE_PUNCT or (kind == "PHONE" and val[0] == "(")
    assert first_ok and val[0] not in ".-/", ("leading punctuation", val)
    last = val[-1]
    if last == ".":
        # only initials ("J.P.", "A.") may end with a full stop
        assert kind == "PERSON" and re.search(r"(^|[\s.])[A-ZÀ-Ý]\.$", val), ("trailing dot", val)
    else:
        assert last not in EDGE_PUNCT and last not in "-/", ("trailing punctuation", val)
    return val


# Deliberate traps: the same string used once as a name and once as a plain word
# in one text.  (annotated value, the 18 characters starting at the plain use)
INTENDED_WORD_USES = {
    ("hope", "hope you're ok did"),
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(20261201)
    items = list(D)
    rng.shuffle(items)
    # at most 5 texts in a row of the same register
    for _ in range(1000):
        bad = None
        for i in range(5, len(items)):
            if len({items[j][0] for j in range(i - 5, i + 1)}) == 1:
                bad = i
                break
        if bad is None:
            break
        for j in list(range(bad + 1, len(items))) + list(range(0, bad - 5)):
            if items[j][0] != items[bad][0]:
                items[bad], items[j] = items[j], items[bad]
                break
    runs = max_run = 1
    for i in range(1, len(items)):
        runs = runs + 1 if items[i][0] == items[i - 1][0] else 1
        max_run = max(max_run, runs)
    assert max_run <= 5, max_run

    rows, ids = [], set()
    warnings = []
    for n, (reg, lang, tpl, has_ids) in enumerate(items, 1):
        assert lang in {"en", "de", "fr", "es", "it", "pt", "nl"}, lang
        text, spans, prot = build(tpl)
        for ch in MARKUP_CHARS:
            assert ch not in text, ("leftover markup", text)
        assert "{" not in text and "}" not in text, ("leftover format braces", text)
        nwords = len(text.split())
        assert 5 <= nwords <= 120, (nwords, text)
        for s in spans:
            check_piece(text, s, s["type"])
        for p in prot:
            assert check_piece(text, p, "PROTECTED") == p["term"]
        allp = sorted([(s["start"], s["end"]) for s in spans] + [(p["start"], p["end"]) for p in prot])
        for a, b in zip(allp, allp[1:]):
            assert a[1] <= b[0], ("overlap", a, b, text)
        if has_ids:
            assert spans, ("identifier text without spans", text)
        else:
            assert not spans, ("no-identifier text with spans", text)
            assert "@" not in text and not re.search(r"\d[\d \-/.]{5,}\d", text), ("suspicious no-id text", text)
        # every other occurrence of an annotated string must be covered too
        covered = [(s["start"], s["end"]) for s in spans] + [(p["start"], p["end"]) for p in prot]
        for s in spans:
            val = text[s["start"]:s["end"]]
            if len(val) < 3:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(val) + r"(?!\w)", text):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    if (val, text[m.start():m.start() + 18]) not in INTENDED_WORD_USES:
                        warnings.append((val, text[max(0, m.start() - 20):m.end() + 20], text))
        rid = "b3-%04d" % n
        assert rid not in ids
        ids.add(rid)
        rows.append({"id": rid, "register": reg, "lang": lang, "text": text,
                     "spans": spans, "protected": prot})
    assert not warnings, warnings

    out = os.path.join(here, "blind3.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-verify
    with open(out, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert len(back) == len(rows) == len({r["id"] for r in back})
    for r in back:
        for s in r["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(r["text"])
        for p in r["protected"]:
            assert r["text"][p["start"]:p["end"]] == p["term"]

    with_ids = sum(1 for r in back if r["spans"])
    print("texts: %d  with identifiers: %d  without: %d" % (len(back), with_ids, len(back) - with_ids))
    print("spans: %d  protected terms: %d" % (sum(len(r["spans"]) for r in back),
                                              sum(len(r["protected"]) for r in back)))
    print("words per text: min %d, max %d" % (min(len(r["text"].split()) for r in back),
                                              max(len(r["text"].split()) for r in back)))
    print("max run of one register: %d" % max_run)
    for title, key in (("language", "lang"), ("register", "register")):
        c = collections.Counter(r[key] for r in back)
        cw = collections.Counter(r[key] for r in back if r["spans"])
        print("\nper %s (total / with ids / without):" % title)
        for k, v in sorted(c.items(), key=lambda kv: -kv[1]):
            print("  %-22s %4d %4d %4d" % (k, v, cw[k], v - cw[k]))
    ct = collections.Counter(s["type"] for r in back for s in r["spans"])
    print("\nper type (spans):")
    for k in TYPES.values():
        print("  %-10s %4d" % (k, ct[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
