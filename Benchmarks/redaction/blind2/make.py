#!/usr/bin/env python3
"""Builds blind2.jsonl: a blind, hand-written test set for the text redactor.

Written 2026-12-01 by a helper session that never read the redactor's code.
Every text below is typed by hand in a small mark-up:

    [[X:value]]   an identifier of type CODES[X]; the brackets are dropped and
                  the span is recorded from the position where value lands
    {{term}}      a protected clinical term (must survive redaction)

Offsets are computed while the text is assembled, never typed.
Standard library only.  Run:  python3 make.py
"""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "blind2.jsonl")

CODES = {
    "P": "PERSON", "L": "LOCATION", "A": "ADDRESS", "Z": "ZIP", "T": "PHONE",
    "E": "EMAIL", "D": "DATE", "G": "AGE", "M": "MRN", "S": "SSN", "I": "ID",
    "B": "IBAN", "C": "CARD", "K": "ACCOUNT",
}
REGISTERS = {
    "chat", "sms", "email", "web_form", "clinical_note", "discharge_letter",
    "referral_letter", "bank_transfer", "voicemail", "handover_note", "question",
}
TOKEN = re.compile(r"\[\[([A-Z]):(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def build(src):
    """Turn mark-up into (text, spans, protected) with computed offsets."""
    pieces, spans, prot = [], [], []
    n = 0
    pos = 0
    for m in TOKEN.finditer(src):
        lit = src[pos:m.start()]
        pieces.append(lit)
        n += len(lit)
        if m.group(1):
            val = m.group(2)
            spans.append({"start": n, "end": n + len(val), "type": CODES[m.group(1)]})
        else:
            val = m.group(3)
            prot.append({"start": n, "end": n + len(val), "term": val})
        pieces.append(val)
        n += len(val)
        pos = m.end()
    pieces.append(src[pos:])
    return "".join(pieces), spans, prot


# ---------------------------------------------------------------------------
# Data.  Each entry: (register, marked-up text).
# *_ID lists hold texts with at least one identifier, *_NO lists none.
# ---------------------------------------------------------------------------
EN_ID = [
("chat", "hey its [[P:siobhan ni bhriain]] can u move my appt to [[D:march 14]] pls cant make the morning one"),
("clinical_note", "MRN:\t[[M:4471920]]\nNAME:  [[P:Okafor, Chinonso]]\nDOB:\t[[D:02/11/1958]]\nADM:\t[[D:11/03/2024]]\n\nHPI: 66M with known {{Parkinson's disease}} presents after three falls this week. On {{carbidopa-levodopa}} 25/100 TID. Lives with wife in [[L:Independence]], [[L:MO]]; son drives him in."),
("email", "Hi [[P:Grace]],\n\nThanks for sending the forms over. I'll drop the signed copy at the front desk on [[D:Friday 9 May]]. If anything changes, ring me on [[T:07700 914 382]].\n\nBest wishes,\n[[P:Will Baker]]"),
("question", "quick question, is [[L:Mobile]] in [[L:Alabama]]?"),
("sms", "Reminder: [[P:Mark]], your dental check-up is on [[D:06/12]] at 10:40. Reply Y to confirm or call [[T:(251) 555-0187]]."),
("web_form", "First name:\t[[P:Hope]]\nLast name:\t[[P:Delacroix-Mbeki]]\nDate of birth:\t[[D:1987-04-22]]\nEmail:\t[[E:hope.dm@fastmail.com]]\nPhone:\t[[T:+1 303 555 0199]]\nReason for visit:\tknee pain after running"),
("voicemail", "Hi, this is [[P:Bill Cook]] calling for Dr. [[P:Amara Nwosu]] about my mother, [[P:Rose Cook]]. She's [[G:ninety-four]] and she's been really confused since the weekend, not herself at all, she didn't recognise my sister [[P:Hope]] when she came round and she's barely eating. The carers think it might be another water infection like the one she had in the spring. She's still on the {{donepezil}} and the water tablets. Could someone call me back today, or would it be better to bring her in? My cell is [[T:six one seven, five five five, zero one three eight]], or try the house on [[T:617 555 0124]]. Thanks."),
("discharge_letter", "DISCHARGE SUMMARY\n\nPatient: [[P:KOWALCZYK, TERESA A]]\nMR#: [[M:00-38-91-27]]\nAdmitted: [[D:03/28/2019]]   Discharged: [[D:04/06/2019]]\n\nDiagnosis: community-acquired pneumonia, {{COPD}} exacerbation.\nDischarge meds: {{prednisone}} taper, {{doxycycline}} 100 mg BID x5 days.\nFollow up with Dr. [[P:Halvorsen]] in 2 weeks.\n\n[[P:Margaret E Llewellyn]], M.D.\n\n[[P:MEL]]:[[P:jbrooks]]\nDD: [[D:04/07/19]]\nDT: [[D:04/08/19]]"),
("bank_transfer", "Please send £450.00 to [[P:Aoife Mac Giolla Phádraig]]\nIBAN: [[B:IE29 AIBK 9311 5212 3456 78]]\nBIC: AIBKIE2D\nReference: deposit flat\nFrom my current account [[K:41778203]]."),
("chat", "WHY HAS MY CARD [[C:5424 1800 0936 2713]] BEEN BLOCKED AGAIN I AM IN [[L:NICE]] ON HOLIDAY AND CANT PAY FOR ANYTHING"),
("handover_note", "Bed 7 – Mr [[P:Tran Van Duc]], [[G:91]]yo, day 2 post hip hemiarthroplasty. {{Foley catheter}} removed 06:00, has voided x2. Pain controlled on {{oxycodone}} PRN. Daughter [[P:Lien]] visiting this afternoon, mobile [[T:0412 778 350]]."),
("referral_letter", "Dear Dr [[P:Ferreira]],\n\nRe: [[P:Summer Hunter-Lowe]], DOB [[D:3rd August 2011]]\nNHS number: [[M:485 777 3457]]\n[[A:Flat 3, 27 Combe Park]], [[L:Bath]] [[Z:BA1 3NR]]\n\nThank you for seeing this 13-year-old girl with weight loss, abdominal pain and bloody diarrhoea. Calprotectin is markedly raised and I am concerned about {{Crohn's disease}}.\n\nYours sincerely,\nDr [[P:Oluwaseun Adeyemi-Price]]"),
("question", "whats the weather like in [[L:Reading]] this weekend"),
("email", "Subject: address change\n\nHello,\nI moved last month. My new address is [[A:Avenida Reforma 40 Apt 2B]], [[L:Ciudad de México]], CP [[Z:06600]]. Policy number [[I:POL-88213-XK]]. Please update your records.\n\nThanks,\n[[P:Ximena Ruiz de Alarcón]]"),
("clinical_note", "Pt: [[P:AL-RASHIDI, Yusuf bin Khalid]]   MRN [[M:77120456]]\nSeen in clinic [[D:14-Jan-2025]].\nType 2 diabetes, HbA1c 8.9%. Increase {{metformin}} to 1 g BID, add {{empagliflozin}} 10 mg. Retinal screen due.\n– [[P:K. Sørensen]], NP"),
("sms", "ur parcel to [[A:14 Elm Row]] [[Z:EH7 4AA]] is out for delivery. track: [[I:https://trk.parcelgo.co.uk/u/dmccrae77]]"),
("chat", "can you help me write a birthday message for my nan shes turning [[G:100]] on the [[D:fifth of May]]"),
("web_form", "Account holder\t[[P:Nguyen Thi Mai Anh]]\nCard number\t[[C:4532 0155 7840 2130]]\nExpiry\t[[D:08/27]]\nBilling postcode\t[[Z:M14 5RG]]\nPhone\t[[T:0161 496 0732]]"),
("voicemail", "hey [[P:Faith]] it's [[P:Hunter]] from the garage, your car's ready, the grey one, [[I:KX19 DRB]]. You can pick it up any time before six, we're still at [[A:212 Station Road]]. Cheers."),
("clinical_note", "CC: SOB\nHPI: [[G:92]] y/o F from nursing home with worsening dyspnea, orthopnea. Hx {{CHF}}, AF on {{apixaban}}. BNP 2400.\nPlan: IV {{furosemide}} 40 mg, daily weights, echo.\nAttending: [[P:R. Castellanos-Vidal]], MD, pager [[T:44817]]"),
("question", "how far is [[L:Hope]], [[L:British Columbia]] from [[L:Vancouver]] by car?"),
("email", "Dear Mr [[P:Van der Berg]],\n\nYour appointment with the hearing clinic has been booked for [[D:Tuesday, 18 November 2025]] at 14:15. Please bring your hearing aid (serial [[I:SN-HA4417-0932]]) and a list of your medications.\n\nKind regards,\nAudiology Bookings"),
("bank_transfer", "Wire instructions\nBeneficiary: [[P:Dong-hyun Seo]]\nBank: Shinhan Bank\nAccount no.: [[K:110-482-937115]]\nSWIFT: SHBKKRSE\nAmount: USD 2,300\nPurpose: tuition for [[P:Seo Ji-woo]]"),
("chat", "my ssn is [[S:412-67-9031]] do i need to put it on the w4 or just the last four"),
("handover_note", "Rm 12: Mrs [[P:O'Sullivan]], [[G:ninety-seven]] years young, {{Alzheimer's disease}}, wanders at night – bed alarm on. Refused breakfast. Son [[P:Declan]] ([[T:087 334 9012]]) wants a call re: care home."),
("sms", "Hi its [[P:Jae-won]] from yoga, new class time starting [[D:1 Oct]]. Text me on [[T:+44 7911 204 663]] if u want in"),
("web_form", "Name: [[P:Marie-Claire Duvall]]\nAddress: [[A:1187 Rue Saint-Denis, apt. 4]]\nCity: [[L:Montréal]]\nProvince: [[L:QC]]\nPostal code: [[Z:H2X 3J6]]\nDriver's licence: [[I:D4128-310587-09]]"),
("clinical_note", "OPERATIVE NOTE\nDate of surgery: [[D:7/22/2023]]\nSurgeon: [[P:Hassan Al-Amin]], MD\nAssistant: [[P:Priya Raghunathan]], PA-C\nProcedure: laparoscopic {{Nissen fundoplication}}\nEBL: 20 mL. No complications. Patient to PACU in stable condition.\nPathology: none sent."),
("question", "what time zone is [[L:Bath]] in, the one in [[L:Maine]] not england"),
("chat", "lol [[P:hunter]] said his mum [[P:rose]] makes the best cookies in [[L:reading]] can u give me a recipe like that"),
("email", "From: [[E:tomas.oconghaile@eircom.net]]\nTo: billing\n\nHi, I was charged twice on the [[D:2nd of April]] for the same order. My customer number is [[I:CUS-0048812]]. Please refund one of the payments to the original card.\n[[P:Tomás Ó Conghaile]]"),
("discharge_letter", "Dear Dr [[P:Anjali Patel]],\n\nYour patient [[P:Eamon Fitzgerald]] ([[D:16.09.1949]]) was discharged from the stroke unit on [[D:12/02/2025]]. He presented with left-sided weakness; MRI confirmed a right MCA infarct. Started on {{clopidogrel}} and {{atorvastatin}} 80 mg. Please arrange a 72-hour {{Holter monitor}}.\n\nStroke Team"),
("voicemail", "Message for [[P:Grace Ekwueme]]. This is the pharmacy at [[A:90 Market Street]]. Your prescription for {{levothyroxine}} is ready, reference [[I:RX-2210934]]. We close at seven tonight."),
("question", "are there direct trains from [[L:Independence]] to [[L:Kansas City]]"),
("web_form", "patient_name\t[[P:dos Santos, Joaquim Manuel]]\ndob\t[[D:1961/07/30]]\nmrn\t[[M:A00928441]]\ninsurance_id\t[[I:BCX-771-20-993]]\nreferring\t[[P:L. Mbatha]]"),
("chat", "pls tell [[P:Bill]] the meeting moved to the [[D:23rd]] and that hes presenting"),
("sms", "[[P:BAKER]] J. your MOT for [[I:LR68 TFX]] expires [[D:30/06/2025]]. Book at any garage."),
("clinical_note", "S: [[G:90]]F, fell at home, ?hip #. Lives alone at [[A:3 Cherry Tree Close]], [[L:Sevenoaks]].\nO: L leg shortened, ext rotated. {{Glasgow Coma Scale}} 15.\nA: likely NOF fracture.\nP: XR, analgesia, ortho referral.\n[[P:JW]]/ED"),
("bank_transfer", "Transfer request\nFrom: checking [[K:3391-0048-72]]\nTo: [[P:Maria Fernanda Oliveira dos Reis]]\nIBAN: [[B:PT30 0035 0651 0000 6283 7204 7]]\nAmount: EUR 1,200\nExecute on: [[D:March 3rd]]"),
("chat", "what does yeet mean, my son [[P:Finnian]] keeps saying it"),
("email", "Hi team,\n\n[[P:Lucy Ashworth-Kaur]] is off sick until [[D:Thursday 5th]]. Please redirect her calls to [[T:ext. 4471]]. Her clinic patients can be seen by Dr [[P:Mensah]].\n\nThanks\n[[P:Deb]]"),
("handover_note", "Night handover 4B\n- Bay 2: [[P:Kwame Asante]], 58, sepsis ?source, on {{piperacillin-tazobactam}}, obs stable, lactate down to 1.4. Blood cultures pending, chase in the morning.\n- Bay 3: [[P:Ilse de Jong]], [[G:95]], end of life care, family aware, syringe driver running with {{midazolam}} and morphine, recharged at 20:00. Granddaughter [[P:Marieke]] staying overnight, please offer her a recliner.\n- Bay 5: new from ED, 71, fast AF, rate now 90s after {{digoxin}}. Needs echo request.\n- Side room: C. diff, barrier nursing, stool chart up to date.\nNo falls. Two beds still closed for cleaning."),
("question", "is it safe to swim at the beach in [[L:Nice]] in october"),
("web_form", "Full name:  [[P:Saoirse Ní Dhomhnaill]]\nEmail:  [[E:saoirse underscore nid at gmail dot com]]\nPhone:  [[T:+353 1 555 0176]]\nMessage:  please call after 5"),
("chat", "i think i lost my wallet, it had my licence [[I:DL 8842 17765]] and my medicare card in it what do i do"),
("clinical_note", "RADIOLOGY REPORT\nName: [[P:HO, MINH QUAN]]  Acc#: [[I:RAD-5530127]]\nExam: CT head without contrast, [[D:11 Feb 2024]]\nFindings: No acute hemorrhage. Chronic small vessel ischemic changes.\nImpression: No acute intracranial process.\nRead by: [[P:S. Abernathy]], MD"),
("voicemail", "Hi, it's [[P:Mark van Leeuwen]], I'm calling about the flat on [[A:Kerkstraat 22]] in [[L:Haarlem]]. Is it still available? You can reach me on [[T:0031 6 4419 2087]]. Thanks, bye."),
("sms", "BANK ALERT: a payment of $84.20 to SHELL was declined on card [[C:4024 0071 8253 6416]]. If this wasn't you call [[T:1-800-555-0143]]."),
("referral_letter", "To: Sleep Clinic\nFrom: Dr [[P:Chidi Okonkwo-Reyes]]\nRe: Mr [[P:Arjun Menon]], [[D:22/10/1975]], [[A:8 Beech Avenue]], [[L:Reading]] [[Z:RG1 5PQ]]\n\nPlease assess for obstructive sleep apnoea. Epworth score 16, BMI 34, loud snoring and witnessed apnoeas reported by his partner.\n\nRegards"),
("chat", "my grandad was born [[D:march the 2nd 1931]] and is still going strong at [[G:93]], is that rare"),
("question", "what's a good day trip from [[L:Bath]] without a car"),
("clinical_note", "NEWBORN NOTE\nBaby girl [[P:Park]], born [[D:06/03/2024]] 04:12, 3.1 kg. {{Apgar score}} 8 and 9. Mother [[P:Hye-jin Park]], G1P1, GBS negative. Feeding well. Plan: routine newborn care, hearing screen before discharge."),
("email", "hey [[P:summer]],\n\nfound your phone charger in the car lol. want me to drop it at yours? still [[A:41 Larch Road]] right?\n\n- [[P:rob]]"),
("bank_transfer", "Please pay the attached invoice to:\nName: [[P:Heinrich von Stauffenberg-Lutz]]\nIBAN: [[B:DE44 5001 0517 5407 3249 31]]\nAmount: €3,450\nDue: [[D:15.01.2026]]"),
("sms", "code for [[E:a.kim@outlook.com]] login is 441902. don't share it with anyone."),
("handover_note", "ICU handover [[D:12/10]]\nBed 1 [[P:Adebayo, T.]]: intubated, propofol, MAP >65 on low-dose noradrenaline. Wife [[P:Funmi]] asked for update, call [[T:07456 002 981]].\nBed 2 empty."),
("question", "how many people live in [[L:Reading]], [[L:Pennsylvania]]"),
("web_form", "Vehicle registration\t[[I:YH21 XPW]]\nOwner\t[[P:Daniel Ó Briain]]\nAddress\t[[A:17 Victoria Terrace]]\nTown\t[[L:Harrogate]]\nPostcode\t[[Z:HG1 2QT]]"),
("chat", "can u translate this for my mum: 'my name is [[P:Leilani Kahananui]] and i live at [[A:5 Kingsway #85]], [[L:Vancouver]]'"),
("clinical_note", "PHYSIO NOTE\nPt: [[P:Will Harrington]]   DOB [[D:5.5.1990]]\nL ACL reconstruction 6/52 ago. ROM 0-120. Quads lag resolved. Progress to running drills. Review in 2 weeks.\n[[P:B. Grace]], MCSP"),
("voicemail", "Good morning, this is [[P:Nadia Haddad]] from the pension office returning a call to Mr [[P:Humphrey]]. We need your National Insurance number to proceed, or you can call us back on [[T:0800 555 0162, extension 31]]."),
("email", "Dear Sir/Madam,\n\nI am writing to dispute a charge on my account [[K:00987321]] dated [[D:4th of February]]. The merchant, a streaming service I have never heard of, claims I signed up on their website using my email [[E:p.oyelaran@yahoo.co.uk]]. I did not, and I have never shared my card details with them. This is the third unexplained payment since [[D:December 2024]], and I am worried that my details have been compromised. Please cancel the card, send a replacement to my home address at [[A:16 Wellesley Crescent]], [[L:Potters Bar]] [[Z:EN6 3NH]], and refund the amount. I can be reached on [[T:01707 655 218]] during the day.\n\nYours faithfully,\n[[P:Patience Oyelaran]]"),
("sms", "Hi Mum, landed in [[L:Mobile]] safe, aunt [[P:Faith]] picking me up. love u"),
("clinical_note", "Name: [[P:Gallagher, Siobhán]]\nMRN: [[M:330-19-774]]\nAge: 47\nDx: {{Hashimoto's thyroiditis}}\nRx: {{Levothyroxine}} 75 mcg daily\nTSH 6.2 → recheck 6 weeks\nNext appt: [[D:Jan 9]]"),
("chat", "i need to cancel my gym membership, member no [[I:GM-55102]], name on it is [[P:will o'neill]]"),
("question", "why is there a town called [[L:Independence]] in so many states"),
("web_form", "Applicant: [[P:Camille Nakamura-Leroy]]\nSSN: [[S:529-04-7716]]\nDOB: [[D:November 30, 1984]]\nEmployer: Hunter Logistics LLC\nPosition: warehouse supervisor"),
("discharge_letter", "Discharge summary – [[P:Jean-Baptiste Mwangi]]\nDOB [[D:9 Sept 1938]]  Hosp no [[M:K4410293]]\nAdmitted [[D:2/3/25]], discharged [[D:11/3/25]]\n\nPresented with fever, rigors and new confusion. Urine culture grew E. coli. Treated with IV {{gentamicin}} for 48 hours, then oral {{co-amoxiclav}} to complete 7 days. Delirium resolved by day 4. Seen by physiotherapy; mobilising with a stick. Creatinine peaked at 168, 112 on discharge.\n\nHe returned to [[A:Flat 12, Ashby House, 3 Mill Lane]], [[L:Bury St Edmunds]] with an increased care package (four visits a day). His niece [[P:Wanjiru Kamau]] is the main contact.\n\nGP actions: repeat U&E in one week, review need for {{tamsulosin}}."),
("handover_note", "pt in 4 ([[P:Chen Wei]]) still nbm for theatre, consented by dr [[P:hollis]]. wife speaks mandarin only, interpreter booked for 8. 2nd iv line placed L hand."),
("chat", "write a limerick about my friend [[P:Hope]] who lives in [[L:Hope]]"),
("bank_transfer", "Beneficiary name: [[P:Oyelowo Adeyinka Babatunde]]\nBank account: [[K:2048831975]]\nBank: GTBank\nNarration: school fees for [[P:Tolu]]\nAmount: NGN 450,000"),
("sms", "yo [[P:mark]] u still owe me for the tickets lol send it to [[E:jkennedy_99@hotmail.com]] on paypal"),
("clinical_note", "ED TRIAGE [[D:03/04/2025]] 22:47\nName [[P:RIVERA-SANTIAGO, Luz M]]\nMRN [[M:5582019]]\nCC: chest pain radiating to L arm, onset 21:30\nBP 152/96 HR 104 SpO2 97%\nECG to MD stat. Aspirin 300 mg given.\nTriage RN: [[P:K. Oduya]]"),
("question", "can you recommend a good pizza place in [[L:Brooklyn]]"),
("email", "Hi [[P:Rose]],\n\nI've attached the MRI as scan_[[P:mueller]]_2023.pdf and the bloods as labs_[[P:mueller]].pdf. Please forward both to Dr [[P:Kaur]] before the MDT.\n\nThanks, [[P:Ben]]"),
("voicemail", "Yeah hi it's [[P:Summer]] from Dr [[P:Hunter]]'s office, we need to move your appointment from the [[D:12th]] to the [[D:19th]], same time. Call us back at [[T:555-0123 ext 204]]."),
("web_form", "username:\t[[I:grace_okoro84]]\nprofile:\t[[I:https://instagram.com/grace_okoro84]]\nlast login ip:\t[[I:81.152.44.17]]\nreported issue:\tcan't reset password"),
("clinical_note", "Pre-op assessment\n[[G:90]]-year-old gentleman for TURP. PMH: {{Parkinson's disease}}, hypertension, BPH. Meds: {{Madopar}}, {{amlodipine}}. Clinical frailty score 5. Anaesthetic plan: spinal. Discussed with daughter [[P:Ngozi]] who holds LPA."),
("chat", "pls help me fill in this form, my date of birth is [[D:29 feb 1992]] and it wont accept it"),
("sms", "Your table for 4 at Bellini is confirmed for [[D:Sat 21 June]], 8pm. Name: [[P:Okonjo]]. Questions? [[T:020 7946 0831]]"),
("referral_letter", "Dear Colleague,\n\nI would be grateful if you could see Ms [[P:Bùi Thị Hồng]], date of birth [[D:14/12/1969]], who has had {{Raynaud's phenomenon}} for two years and over the last four months has developed tightening of the skin of her fingers, small digital ulcers and heartburn. ANA is strongly positive with an anti-centromere pattern; ESR 34. I am worried about limited cutaneous systemic sclerosis. She has started {{nifedipine}} MR 10 mg with some benefit. She speaks good English but would prefer a Vietnamese interpreter for complex discussions. She lives at [[A:203 Gloucester Road]], [[L:Bristol]] [[Z:BS7 8NU]]; tel [[T:0117 496 0558]].\n\nYours sincerely,\n[[P:Tom Castellan]]\nGP"),
("question", "what county is [[L:Bath]] in these days"),
("bank_transfer", "sending the deposit now: [[B:GB94BARC20045873619204]] acct name [[P:SEAN MAC AODHA]] ref [[P:MacAodha]] deposit"),
("handover_note", "Handover [[D:Sun 3 Aug]] day→night\nRm 5 [[P:Hannelore Brandt]] [[G:ninety-nine]]! DNACPR in notes. Comfortable, mouth care 2hrly.\nRm 6 Mr [[P:Boateng]] – IV abx ends 22:00, then cannula out."),
("chat", "[[P:yusuf]] and [[P:aisha]] are getting married in [[L:dubai]] on [[D:12.12.25]] what should i wear"),
("email", "Subject: Re: lost luggage claim [[I:BA-LHR-448201]]\n\nHello,\n\nThanks for the quick reply. To answer your questions: the bag is a navy hard-shell suitcase, medium size, with a red strap and a luggage tag reading [[P:K. MBEKI]], [[A:44 Queen's Drive]], [[L:Glasgow]]. It contains mainly clothes, a laptop charger and a pair of brown shoes. I flew in on the evening flight and the bag did not appear on the belt.\n\nPlease deliver it to my hotel in [[L:Bath]] until [[D:Aug 30]], and after that to the home address on the tag. My mobile is [[T:+27 82 555 0147]].\n\nKind regards,\n[[P:Kagiso Mbeki]]"),
("clinical_note", "DERMATOLOGY\nPt: [[P:Fionnuala Mac Cárthaigh]]  [[M:H-7731095]]\nDOB: [[D:1975-11-02]]\nLesion L shoulder, 7 mm, irregular border. Dermoscopy: atypical network. Plan: excision biopsy. Hx of {{Hodgkin lymphoma}} 2004, treated with ABVD."),
("voicemail", "hi it's me, [[P:Marcus]], just calling to say I'll pick up grandma [[P:Violet]] from the care home at half four, she turns [[G:a hundred and one]] tomorrow so bring the cake"),
("sms", "Dr [[P:Iyer]] clinic: pls bring photo ID + insurance card (member ID [[I:ZX4410928]]) to your visit on [[D:7/14]]."),
("question", "is [[L:Reading]] closer to [[L:London]] or [[L:Oxford]]"),
("web_form", "Emergency contact name\t[[P:Grace Whitfield]]\nRelationship\tsister\nPhone\t[[T:(617) 555-0109]]\nAlt phone\t[[T:617.555.0177]]\nEmail\t[[E:gwhitfield@bu-alumni.org]]"),
("chat", "ok so my bsn is [[S:309182748]] and the form still says its invalid??"),
("clinical_note", "Clinic letter dictated [[D:12.03.2025]]\nDiagnosis: {{Ménière's disease}}, right ear\nThree episodes of rotatory vertigo this month. Audiogram shows low-frequency SNHL. Continue {{betahistine}} 16 mg TDS.\n\n[[P:Aleksandra Wiśniewska]], ENT registrar\ncc: Dr [[P:Moyo]], The Surgery, [[A:4 High Street]], [[L:Tring]]"),
("bank_transfer", "Zelle to [[P:Hunter Cook]] [[T:(205) 555-0166]] $60 for the concert tix"),
("email", "Dear Ms [[P:Al-Farsi]],\n\nYour residence permit renewal appointment is on [[D:17 March 2026]] at 09:30 at our [[L:Abu Dhabi]] office. Please bring passport [[I:N04418273]] and your Emirates ID [[I:784-1985-4410273-6]].\n\nRegards,\nImmigration Services"),
("handover_note", "[[P:JM]] → [[P:AK]]: bay 4 all settled. Mrs [[P:Ferreira da Costa]] needs BM at 22:00 (on {{insulin glargine}}). Mr [[P:Liu]]'s family to call in the morning."),
("chat", "how do i tell my boss [[P:Dave]] im quitting without it being awkward"),
("clinical_note", "OB NOTE\n[[P:Faith Adjei]] 29 y/o G2P1 at 39+2 wks. SVD [[D:08/09/2024]] 03:41, live male infant 3.4 kg. {{Apgar score}} 9/10. EBL 300 mL. Perineum intact. Plan: routine postnatal care, discharge at 24h if well.\nMidwife: [[P:Ruth Okafor-Hale]]"),
("question", "is [[L:Hope]], [[L:Arkansas]] where [[P:bill clinton]] was born"),
("sms", "Pickup code 8841. Driver [[P:Amadou]] in a grey Prius [[I:8KRT442]] is 3 min away."),
("web_form", "Name\t[[P:Kim Min-seo]]\tDOB\t[[D:1998.03.15]]\tPassport\t[[I:M47128830]]\tNationality\tKorean"),
("referral_letter", "Re: Baby [[P:Bilal Qureshi]], born [[D:2 January 2025]]\nMother: [[P:Sana Qureshi]], [[T:07399 552 104]]\n\n{{Apgar score}} 4 at 1 minute, 8 at 5 minutes. Now 3 weeks old with a harsh systolic murmur and cyanotic spells; echo suggests {{tetralogy of Fallot}}. Referred to paediatric cardiology, urgent please."),
("chat", "whats the difference between a will and a trust, asking for my dad [[P:frank]]"),
("email", "Hello,\n\nAs requested, attached are passport_[[P:oconnor]].pdf and bank_statement_[[P:oconnor]]_q3.pdf.\n\nKind regards,\n[[P:Niamh O'Connor]]\n[[T:+353 87 555 0133]]"),
("clinical_note", "Psych note\nPt states name is [[P:Dmitri]], refuses surname. Brought in from [[L:Union Square]] by police. Oriented x2. Denies SI/HI. Hx {{bipolar disorder}}, off {{lithium}} x3 months. Plan: voluntary admission."),
("voicemail", "This message is for [[P:Bartholomew Ashby-Quinn]]. Your claim number [[I:CLM-2025-0047712]] requires more information. Please call [[T:1 888 555 0190]] between 8 and 6."),
("bank_transfer", "Please set up a standing order:\nPayee: Rev. [[P:Grace Mutua]]\nAccount: [[K:81745530]]\nAmount: £25 monthly from [[D:1 March]]\nReference: church"),
("question", "is [[A:221B Baker Street]] a real address"),
("chat", "MY NAME IS [[P:GRACE LIU]] AND I HAVE BEEN ON HOLD FOR 2 HOURS MY ACCOUNT NUMBER IS [[K:55-0921-883]]"),
("handover_note", "Paeds ward: [[P:Tyler-Jay]] (6) post appendicectomy, eating, mum staying. [[P:Amelia-Rose]] (2) bronchiolitis, high flow weaned to 1L, for d/c tmrw if sats ok."),
("clinical_note", "Name: [[P:WILLIAMS, HOPE]]\nID: [[M:2291007]]\n{{Wells score}} 4.5; D-dimer raised. CTPA: segmental PE right lower lobe. Commence {{rivaroxaban}} 15 mg BD for 21 days."),
("sms", "[[P:Mark]] will pick u up at 6 from [[A:12 Sycamore St]] ok? -[[P:Bill]]"),
("web_form", "Patient portal registration\nName: [[P:Luca Bianchi-Hartmann]]\nNHS number: [[M:401 023 8712]]\nPostcode: [[Z:OX4 1DA]]\nMobile: [[T:07700900418]]\nPassword hint: dog's name"),
("question", "is it true that [[L:Mobile]] had mardi gras before [[L:New Orleans]]"),
("email", "Subject: Invoice\n\nHi [[P:Bill]],\nattached is the invoice for the kitchen work at [[A:3 rue des Lilas]], [[Z:69003]] [[L:Lyon]]. Payment to [[B:FR76 3000 3012 3400 0738 1947 219]] please.\nCheers, [[P:Baptiste]]"),
("discharge_letter", "Discharge – Neonatal Unit\nName: [[P:Lê, Anh Thư]]\nDOB: [[D:21/09/2024]]  GA 31+4\nMRN: [[M:N0055813]]\nCourse: RDS treated with surfactant, CPAP 4 days. Phototherapy for jaundice. Hearing screen passed.\nFollow-up: neonatal clinic [[D:6 Jan]], ROP screen."),
("chat", "do u know if dr [[P:okafor]] works on saturdays"),
("voicemail", "Hi it's [[P:Soo-ah]] from accounts, the vendor says the purchase order needs your employee ID, which I think is [[I:E-004417]], can you confirm, thanks, bye."),
("clinical_note", "Infusion record\n[[P:Tremaine Cooke]]  [[M:8830192]]  [[D:19-Oct-24]]\n{{Infliximab}} 5 mg/kg IV for {{Crohn's disease}}, cycle 4. Premed {{paracetamol}} 1 g. No reaction. Next dose in 8 weeks.\nRN [[P:Pham]]"),
("bank_transfer", "Hello, please transfer 500 CHF from my account [[B:CH83 0483 5018 4563 2100]] to [[P:Ursula von Arx]], [[B:CH80 0076 2011 6238 5295]], message: birthday [[P:Lina]]"),
("question", "how do you actually pronounce [[L:Worcester]]"),
("sms", "Cpl. [[P:Hunter Reyes]], base gate needs your plate no. [[I:TX MKL-4802]] before 0600 on [[D:11/05]]."),
("web_form", "Name of deceased: [[P:Eleanor Mary Faith Whitcombe]]\nAge at death: [[G:103]]\nDate of death: [[D:2 January 2025]]\nPlace of death: [[L:Harrogate]]\nInformant: [[P:Peter Whitcombe]] (son)"),
("chat", "can you check the grammar: 'Dear Mrs [[P:Baker]], I am writing to apologise for my son [[P:Will]]'s behaviour on [[D:Tuesday 4th March]].'"),
("clinical_note", "ANTICOAG CLINIC\n[[P:Mahmoud bin Rashid Al-Mansouri]]  [[M:110284773]]\nINR today 3.8 (target 2-3). {{Warfarin}} dose reduced 5→4 mg. No bleeding. Recheck [[D:Tue 14/1]].\n[[P:DW]]"),
("email", "To whom it may concern,\n\nmy daughter [[P:Zara-Leigh Okonkwo]] will be absent from school from [[D:Monday 3rd]] to [[D:Friday 7th November]] for a family funeral in [[L:Lagos]].\n\n[[P:Ifeoma Okonkwo]]\n[[T:07911 557 203]]"),
]

EN_NO = [
("question", "what does yeet mean exactly"),
("question", "tell me a fun fact about otters"),
("chat", "i hope the weather holds this summer, any tips for a first camping trip with two kids?"),
("clinical_note", "55 y/o M presents with resting tremor R hand, bradykinesia and cogwheel rigidity. Likely {{Parkinson's disease}}. Start {{levodopa}} trial, refer to movement disorders clinic. Review 3 months."),
("chat", "whats the difference between a debit card and a credit card when it comes to fraud protection"),
("sms", "running 10 min late, grab us a table pls"),
("clinical_note", "Chief complaint: headache x 3 days. BP 130/80, HR 72, afebrile. Neuro exam normal, no red flags. Advised {{ibuprofen}} 400 mg TDS PRN and fluids. Return if worse."),
("chat", "WHY IS THE APP LOGGING ME OUT EVERY FIVE MINUTES THIS IS RIDICULOUS"),
("email", "Hi,\n\nCould you tell me whether the bill for last month includes the late fee? I will pay it in full once I know the total.\n\nThanks"),
("question", "is Canada bigger than the USA"),
("handover_note", "Bay 3 all stable overnight. One pt for CT in the morning, NBM from midnight. Another pt on {{heparin}} infusion, APTT due 06:00. No falls, no incidents."),
("chat", "how long should i boil an egg for a runny yolk"),
("question", "what does grace period mean on a mortgage"),
("clinical_note", "Newborn check: term infant, {{Apgar score}} 9 and 10. Red reflex present bilaterally. Hips stable. Femoral pulses palpable. Feeding well on breast."),
("bank_transfer", "How do I set up a recurring transfer to my savings account? I want to move 10% of my salary across every month."),
("chat", "can you mark this task as done and remind me about the summer reading list later"),
("question", "give me three reasons why the Roman Empire fell"),
("voicemail", "Hi, just calling to check whether you're open on bank holidays. I'll try again later. Bye."),
("clinical_note", "Known {{Crohn's disease}} on {{azathioprine}}. Two weeks of increased stool frequency, CRP 45. Plan: stool cultures, faecal calprotectin, consider {{prednisolone}} course, GI review."),
("chat", "whats a good name for a golden retriever puppy, she's very fluffy"),
("email", "Dear team,\n\nThe quarterly meeting has been moved to the main conference room on the second floor because the usual room is being repainted. Coffee and pastries will be provided from half past nine, and we will start promptly at ten. Please bring your laptops and the updated figures for your department, including the staffing numbers and the training spend for the quarter. If you cannot attend in person, the meeting will also be streamed, and the recording will be shared afterwards. Questions for the open session can be sent to me in advance so that we can group them by topic.\n\nBest regards"),
("question", "what's the capital of Australia, I always forget"),
("sms", "ur order has shipped and should arrive in 3-5 working days"),
("clinical_note", "72 y/o F with {{Alzheimer's disease}}, MMSE 18/30. Family report increased agitation in the evenings. Started {{donepezil}} 5 mg nocte. Carer support discussed."),
("chat", "lol my cat just knocked a whole plant off the shelf and looked at me like it was my fault"),
("question", "how does compound interest work, explain like im 5"),
("handover_note", "All obs within normal range. Pain well controlled. Mobilising with frame. Awaiting OT assessment before discharge home."),
("web_form", "Feedback type:\tcomplaint\nCategory:\tonline banking\nDescription:\tthe transfer screen freezes when I select a saved payee\nContact me:\tno"),
("chat", "what's the best way to learn spanish in 6 months"),
("clinical_note", "Diagnosis: {{Bell's palsy}}, left. Onset 24 h. House-Brackmann grade III. Start {{prednisolone}} 50 mg daily for 10 days. Eye protection advised. Review in 1 week."),
("question", "why do cats purr so much"),
("email", "Hello,\n\nI would like to close my joint account and open a single one instead. What documents do I need to bring to the branch?\n\nKind regards"),
("chat", "will it rain tomorrow or should i risk the washing"),
("voicemail", "Hello, this is a message from your pharmacy. Your prescription is ready for collection. Please bring your card. Thank you."),
("clinical_note", "Echo: LVEF 35%, moderate MR, dilated LA, no thrombus seen. Consistent with dilated cardiomyopathy, likely ischaemic given previous inferior MI. Patient reports breathlessness on one flight of stairs and two-pillow orthopnoea, NYHA class II-III. Weight up 2 kg in a week. Plan: optimise {{bisoprolol}} to 5 mg, stop ramipril and start {{sacubitril-valsartan}} after a 36-hour washout, add {{dapagliflozin}} 10 mg. Check renal function and potassium in 1-2 weeks. Heart failure nurse to follow up by phone. Repeat echo in 3 months and consider ICD if LVEF remains below 35%."),
("question", "is it 'who' or 'whom' in 'to who it may concern'"),
("chat", "need a 5 min workout i can do at my desk"),
("sms", "Your verification code is 662910. It expires in 10 minutes."),
("chat", "can i cancel an international transfer after i've sent it? it's been about an hour"),
("question", "what is the {{Glasgow Coma Scale}} actually used for"),
("clinical_note", "Hypothyroidism, stable. TSH 2.1 on {{Levothyroxine}} 100 mcg. Continue current dose. Annual bloods."),
("chat", "summer is the best season dont @ me"),
("handover_note", "Quiet night. New admission from ED at 02:00 with {{Guillain-Barré syndrome}}, FVC 2.1 L, 4-hourly FVC monitoring. IVIG started. Neuro team aware."),
("question", "how many calories are in a banana"),
("email", "Hi,\n\nJust a reminder that the office will be closed over the holidays. Urgent requests can be sent to the shared inbox.\n\nThanks"),
("chat", "my baker's yeast isnt rising, what am i doing wrong"),
("question", "how does {{metformin}} actually lower blood sugar"),
("clinical_note", "34 y/o with {{Down syndrome}} attends with carer for annual health check. Weight stable, thyroid function normal. Hearing test booked. Vaccinations up to date."),
("sms", "can u pick up milk and bread on ur way home x"),
("chat", "hi is there a fee for using my debit card abroad in Japan"),
("question", "translate 'good morning' into Korean please"),
("voicemail", "Hi, it's your neighbour from next door, your parcel is with us, just knock when you're back."),
("clinical_note", "Spirometry: FEV1/FVC 0.62, FEV1 58% predicted, minimal reversibility. Consistent with moderate {{COPD}}. Start {{tiotropium}}, inhaler technique reviewed, pulmonary rehab referral."),
("chat", "faith in humanity restored, someone handed in my lost bag with everything still in it"),
]

DE_ID = [
("chat", "hi kann ich meinen termin am [[D:12. jänner]] auf nachmittag verschieben? lg [[P:lena]]"),
("clinical_note", "Patient: [[P:Müller-Lüdenscheidt, Hans-Georg]]\nGeb.: [[D:03.07.1952]]\nPID: [[M:20441873]]\n\nDiagnose: {{Morbus Parkinson}}, Hoehn & Yahr III. Medikation: {{Levodopa}}/Benserazid 100/25 4x tgl. Lebt mit Ehefrau in [[L:Hamm]]."),
("email", "Sehr geehrte Frau [[P:Yılmaz]],\n\nIhr Kontrolltermin in der Schilddrüsensprechstunde ist am [[D:Montag, 17. März 2025]] um 9:30 Uhr. Bitte bringen Sie Ihre Versichertenkarte und den letzten Laborbefund mit.\n\nMit freundlichen Grüßen\nDr. med. [[P:Katharina von Rehden]]"),
("bank_transfer", "Überweisung\nEmpfänger: [[P:Friedrich Wilhelm zu Castell]]\nIBAN: [[B:DE18 1203 0000 1048 2773 54]]\nBetrag: 1.250,00 EUR\nVerwendungszweck: Miete [[D:Oktober 2025]]"),
("web_form", "Name:\t[[P:Schneider]]\nVorname:\t[[P:Anna-Lena]]\nStraße:\t[[A:Hauptstraße 12]]\nPLZ/Ort:\t[[Z:80331]] [[L:München]]\nTelefon:\t[[T:089 2180 4471]]\nE-Mail:\t[[E:al.schneider@web.de]]"),
("handover_note", "Übergabe Station 3: Zi. 12 Hr. [[P:Kowalski]], [[G:93]] J., Z.n. Sturz, {{Marcumar}} pausiert. Tochter [[P:Birgit]] ruft morgen früh an. Zi. 14 frei."),
("sms", "Ihr Paket wird heute zwischen 10 und 14 Uhr an [[A:Lindenweg 7a]], [[Z:04109]] [[L:Leipzig]] geliefert."),
("voicemail", "Ja, grüß Gott, hier ist [[P:Werner Brandstätter]], ich rufe an wegen der Rechnung vom [[D:zwölften Februar]]. Bitte rufen Sie mich zurück unter [[T:0043 664 1182 935]]. Danke, auf Wiederhören."),
("discharge_letter", "Entlassbrief\n\nSehr geehrter Herr Kollege [[P:Oberndorfer]],\n\nwir berichten über Ihre Patientin [[P:Gertrud Hagedorn]], geb. [[D:14.5.1931]], wohnhaft [[A:Eichendorffstraße 9]], [[Z:33602]] [[L:Bielefeld]], die vom [[D:02.01.]] bis [[D:09.01.2025]] bei uns stationär behandelt wurde.\n\nDiagnosen: dekompensierte Herzinsuffizienz (HFpEF), Vorhofflimmern, Niereninsuffizienz Stadium 3b.\n\nVerlauf: Unter {{Furosemid}} i.v. deutliche Rekompensation mit Gewichtsabnahme von 4 kg. Umstellung auf {{Torasemid}} 10 mg morgens. Antikoagulation mit {{Apixaban}} 2,5 mg 1-0-1 fortgeführt. Mobilisation am Rollator.\n\nWir bitten um Kontrolle von Kreatinin und Kalium in einer Woche. Die Tochter, Frau [[P:Ulrike Hagedorn-Sell]], ist informiert.\n\nMit kollegialen Grüßen\nDr. [[P:Jan-Hendrik Albers]]"),
("chat", "WARUM IST MEINE KARTE [[C:4556 7301 9283 7468]] GESPERRT ICH STEH HIER AN DER KASSE"),
("question", "liegt [[L:Bad Reichenhall]] eigentlich in [[L:Bayern]] oder schon in Österreich"),
("web_form", "Rentenversicherungsnummer\t[[S:53 130272 K 512]]\nKrankenkasse\tTK\nVersichertennummer\t[[I:K847201935]]\nGeburtsdatum\t[[D:13.02.1972]]"),
("clinical_note", "Anamnese: [[G:91]]-jährige Patientin, Sturz im Pflegeheim. Bekannter {{Morbus Alzheimer}}. Unter {{Apixaban}} wegen VHF. CT Schädel: kein Blutungsnachweis.\nDr. [[P:Emre Aydın]], Funk [[T:4417]]"),
("email", "Hallo [[P:Jürgen]],\n\nanbei die Fotos vom Wochenende (ordner_[[P:weber]]_urlaub.zip). Schick mir bitte deine neue Adresse, ich glaub [[A:Kastanienallee 41]] stimmt nicht mehr?\n\nGruß [[P:Steffi]]"),
("sms", "Termin Zahnarzt Dr. [[P:Ohlsen]] am [[D:Do., 4.9.]] um 8:15. Absage bitte unter [[T:040 / 38 91 20 55]]."),
("chat", "wie schreibt man eine kündigung fürs fitnessstudio, mitgliedsnummer [[I:FS-20931]], name [[P:tobias krämer]]"),
("referral_letter", "Überweisung an: Rheumatologie\nPatient: [[P:Sophie van Aken]], [[D:22.10.1988]]\nFragestellung: V.a. {{Morbus Bechterew}}, HLA-B27 positiv, nächtliche Rückenschmerzen seit 6 Monaten.\nAnschrift: [[A:Am Mühlbach 3]], [[Z:79098]] [[L:Freiburg]]"),
("voicemail", "Servus, [[P:Resi Huber]] hier, ich wollt nur sagen, dass die Oma am [[D:vierzehnten]] ihren [[G:neunzigsten]] feiert, in [[L:Rosenheim]] im Gasthof. Ruf mich halt zurück."),
("bank_transfer", "Bitte überweisen Sie von meinem Konto [[K:0532013000]] den Betrag von 89,90 EUR an [[P:Hannelore Köster-Abendroth]], [[B:DE03 7607 0024 0318 8441 02]]. Ausführung zum [[D:1.12.]]"),
("clinical_note", "OP-Bericht vom [[D:24.04.2024]]\nOperateur: Prof. Dr. [[P:Maximilian Freiherr von Thurn]]\nEingriff: laparoskopische Cholezystektomie. Das {{Calot-Dreieck}} wurde sauber dargestellt. Keine Komplikationen. Kostaufbau ab morgen."),
("question", "ist [[L:Essen]] eigentlich eine schöne stadt oder nur industrie"),
("web_form", "Kennzeichen:\t[[I:M-AB 4417]]\nHalter:\t[[P:Ingrid Lohmeyer]]\nGeburtsdatum:\t[[D:30.11.1962]]\nOrt:\t[[L:Würzburg]]"),
("handover_note", "Nachtdienst: Fr. [[P:Demir]] Zi 8 unruhig, Bedarf {{Melperon}} um 23 Uhr gegeben. Hr. [[P:Nowak]] Zi 9 BZ 62, Saft gegeben, Kontrolle ok."),
("email", "Betreff: Kontoänderung\n\nSehr geehrte Damen und Herren,\nbitte zahlen Sie meine Pension ab [[D:1. Juli]] auf folgendes Konto: [[B:AT55 2011 1827 3564 0021]]. Meine Sozialversicherungsnummer lautet [[S:1237 010180]].\n\n[[P:Theresia Pichler]]\n[[A:Grabenweg 16/3/9]], [[Z:6020]] [[L:Innsbruck]]"),
("sms", "Hi [[P:Till]], bin morgen in [[L:Bonn]], treffen wir uns um 12 am Hbf?"),
("clinical_note", "Name: [[P:NGUYEN, Van Long]]  Fall-Nr.: [[M:2025004471]]\nHbA1c 9,1 %. {{Metformin}} 1000 mg 1-0-1, zusätzlich {{Sitagliptin}} 100 mg. Diabetesschulung angemeldet.\nDr. [[P:Lea Okonkwo]]"),
]

DE_NO = [
("question", "Was bedeutet eigentlich das Wort 'Feierabend' auf Englisch?"),
("clinical_note", "Pat. klagt über Drehschwindel seit 3 Tagen, Hörminderung links. RR 145/90. Neurologisch unauffällig. V.a. {{Morbus Menière}}. Therapie: {{Betahistin}} 3x tgl., Kontrolle in einer Woche."),
("chat", "ich hoffe das wetter wird am wochenende besser, wir wollen grillen"),
("chat", "Was ist der Unterschied zwischen Girokonto und Tagesgeldkonto?"),
("sms", "bin gleich da, noch 5 min"),
("handover_note", "Alle Patienten stabil. Zi. 4 nüchtern ab 24 Uhr für Koloskopie, Abführlösung getrunken. Keine besonderen Vorkommnisse."),
("question", "Warum halten Seeotter beim Schlafen Händchen?"),
("email", "Hallo zusammen,\n\ndie Teambesprechung findet diese Woche ausnahmsweise online statt. Den Link schicke ich kurz vorher.\n\nViele Grüße"),
("chat", "WIESO DAUERT DIE ÜBERWEISUNG SO LANGE, DAS GELD IST SEIT DREI TAGEN WEG"),
("clinical_note", "Bekannter {{Morbus Crohn}}, aktuell Schub mit 6 Stuhlgängen/Tag. Start {{Budesonid}} 9 mg. Calprotectin-Kontrolle in 4 Wochen."),
("question", "Ist Österreich flächenmäßig größer als die Schweiz?"),
]

FR_ID = [
("chat", "salut c [[P:inès]], tu peux décaler mon rdv au [[D:3 mars]] stp"),
("clinical_note", "Nom : [[P:LEFEBVRE, Marie-Thérèse]]\nIPP : [[M:800451273]]\nNée le [[D:12/06/1934]]\nMotif : chute à domicile. ATCD : {{maladie de Basedow}} (thyroïdectomie), HTA. Traitement : {{Lévothyrox}} 100 µg, {{amlodipine}}.\nMédecin : Dr [[P:Karim Benali]]"),
("email", "Bonjour Madame [[P:Dubois-Ngata]],\n\nVotre rendez-vous est confirmé pour le [[D:mardi 14 octobre 2025]] à 10 h. Merci d'apporter votre carte Vitale et votre ordonnance.\n\nCordialement,\n[[P:Élodie Marchand]]\nSecrétariat"),
("bank_transfer", "Virement\nBénéficiaire : [[P:Jean-Luc Ndiaye]]\nIBAN : [[B:FR08 1027 8060 4100 0204 7583 196]]\nMontant : 780,00 €\nMotif : loyer [[D:novembre 2025]]"),
("web_form", "Nom\t[[P:Da Silva]]\tPrénom\t[[P:Lucas]]\tAdresse\t[[A:3 rue des Lilas]]\tCP\t[[Z:33000]]\tVille\t[[L:Bordeaux]]"),
("sms", "Votre colis sera livré le [[D:12/11]] au [[A:27 bis avenue Jean Jaurès]], [[L:Nice]]. Suivi : [[I:https://suivi.colisexpress.fr/c/ndiallo]]"),
("voicemail", "Oui bonjour c'est [[P:Françoise Aubert]], je vous appelle pour ma mère qui a [[G:quatre-vingt-quatorze]] ans, elle a fait une chute hier soir. Rappelez-moi au [[T:06 12 48 77 30]], merci."),
("discharge_letter", "Compte rendu d'hospitalisation\n\nCher confrère,\n\nVotre patient M. [[P:Alain Le Goff]], né le [[D:3 mars 1947]], a été hospitalisé du [[D:2]] au [[D:9 janvier 2025]] pour une pneumopathie franche lobaire aiguë droite. À l'entrée, fièvre à 39,5 °C, CRP 280, saturation 89 % en air ambiant. Traitement par {{amoxicilline}} intraveineuse puis orale, oxygénothérapie pendant 3 jours. L'évolution a été favorable. Sa fille, Mme [[P:Gwenaëlle Le Goff]], joignable au [[T:02 98 55 41 07]], a été tenue informée. Retour à domicile à [[L:Quimper]] avec kinésithérapie respiratoire. Une radiographie de contrôle est à prévoir dans six semaines.\n\nBien confraternellement,\nDr [[P:S. Harel]]"),
("chat", "C'EST LA TROISIÈME FOIS QUE MA CARTE [[C:5167 3021 4587 0927]] EST REFUSÉE"),
("question", "est-ce que [[L:Nice]] est plus ensoleillée que [[L:Marseille]]"),
("web_form", "N° de sécurité sociale : [[S:2 93 02 13 055 012 55]]\nDate de naissance : [[D:21/02/1993]]\nTéléphone : [[T:+33 4 91 55 02 18]]"),
("handover_note", "Transmissions nuit : Ch. 5 Mme [[P:Roussel]], [[G:96]] ans, confuse, barrières montées. Ch. 6 M. [[P:Haddad]], douleur contrôlée sous {{paracétamol}}. RAS sinon."),
("referral_letter", "Cher confrère,\n\nJe vous adresse Mlle [[P:Chloé Nguyen-Bérard]], 24 ans, pour suspicion de {{maladie de Crohn}} (diarrhées, amaigrissement). Elle habite [[A:12 boulevard Voltaire]], [[Z:75011]] [[L:Paris]].\n\nBien confraternellement,\nDr [[P:Mathieu Lacroix]]"),
("email", "Salut [[P:Manu]],\n\nJe t'envoie le dossier_[[P:moreau]]_2024.pdf. Tu peux me rappeler au [[T:07 81 22 90 14]] ?\n\nBises,\n[[P:Clémence]]"),
("voicemail", "Bonjour, ici le cabinet du Dr [[P:Vasseur]], nous devons annuler votre rendez-vous du [[D:jeudi 5 juin]]. Merci de nous rappeler pour en fixer un autre."),
("chat", "jhabite à [[L:Rennes]] et je cherche un bon kiné pour mon genou"),
("clinical_note", "Consultation du [[D:18.09.2024]]\nPatiente de [[G:quatre-vingt-dix-huit]] ans, encore autonome. {{Maladie d'Alzheimer}} débutante, MMS 22/30. Poursuite du {{donépézil}}.\nDr [[P:Ahmed Ben Youssef]]"),
("bank_transfer", "Bonjour, merci d'effectuer un virement de 200 € depuis mon compte [[K:04471928355]] vers le compte de ma fille [[P:Anaïs Perrin]] ([[B:BE97 0963 2188 7455]]). Merci."),
("sms", "Rdv chez le coiffeur confirmé le [[D:sam. 8/3]] à 14h. [[P:Sandrine]]"),
("web_form", "Immatriculation\t[[I:GH-417-KL]]\nPropriétaire\t[[P:Yannick Le Bihan]]\nAdresse\t[[A:8 impasse des Mouettes]]\nVille\t[[L:Brest]]"),
("question", "combien d'habitants à [[L:Lyon]] aujourd'hui"),
("clinical_note", "Nourrisson de 3 jours. Score d'{{Apgar}} 8/10 à la naissance. Ictère néonatal, bilirubine 210. Photothérapie. Mère : [[P:Fatou Diop]], [[T:06 45 18 30 72]]."),
("chat", "mon mari [[P:olivier]] a perdu son permis [[I:150375200117]] on fait quoi"),
("email", "Madame, Monsieur,\n\nSuite à mon déménagement, ma nouvelle adresse est : [[A:Chemin des Vignes 14]], [[Z:1009]] [[L:Pully]]. Mon numéro AVS : [[S:756.4418.2093.54]].\n\nMeilleures salutations,\n[[P:Benoît Rochat]]"),
("handover_note", "Relève 7h : Lit 2 M. [[P:Tremblay]] à jeun pour coloscopie. Lit 3 Mme [[P:Ouellet]], glycémie 14, insuline selon protocole. Sa fille [[P:Josée]] appelle ce soir."),
("discharge_letter", "Madame [[P:Zoé Fontaine]] a accouché le [[D:22 avril 2024]] d'un garçon. Score d'{{Apgar}} 10/10. Sortie à J3. Suivi par la sage-femme libérale Mme [[P:Lemaire]]."),
]

FR_NO = [
("question", "que veut dire « yeet » en anglais"),
("clinical_note", "Patient de 60 ans, douleur thoracique atypique. ECG normal, troponine négative. Probable origine pariétale. {{Paracétamol}} si besoin."),
("chat", "j'espère qu'il fera beau ce week-end, on part camper"),
("chat", "c'est quoi la différence entre un livret A et un PEL"),
("sms", "j'arrive dans 10 min, commande-moi un café"),
("handover_note", "Nuit calme. Pas de chute. Tous les patients ont reçu leurs traitements. Un bilan sanguin à prélever à 6h."),
("question", "donne-moi une anecdote amusante sur les loutres"),
("email", "Bonjour,\n\nPourriez-vous m'indiquer les horaires d'ouverture de l'agence pendant les vacances ?\n\nMerci d'avance"),
("clinical_note", "{{Syndrome de Sjögren}} connu. Sécheresse oculaire majorée. Larmes artificielles, {{hydroxychloroquine}} poursuivie. Contrôle ophtalmologique dans 6 mois."),
("chat", "PK L'APPLI MARCHE PLUS DEPUIS LA MISE À JOUR"),
("question", "La Belgique est-elle plus petite que les Pays-Bas ?"),
]

ES_ID = [
("chat", "hola soy [[P:maria jose]] no pude ir a la cita de ayer [[D:3 de mayo]], me dan otra?"),
("clinical_note", "Paciente: [[P:GARCÍA LÓPEZ, José Antonio]]\nNHC: [[M:1098337]]\nFecha de nacimiento: [[D:07/04/1949]]\nDiagnóstico: {{enfermedad de Parkinson}}. Tratamiento con {{levodopa}}. Vive en [[L:Alcalá de Henares]] con su hija."),
("email", "Estimada Sra. [[P:Fernández de Córdoba]]:\n\nLe confirmamos su cita para el [[D:lunes 10 de noviembre de 2025]] a las 11:00. Por favor, traiga su tarjeta sanitaria.\n\nAtentamente,\n[[P:Lucía Beltrán Ortega]]"),
("bank_transfer", "Transferencia\nBeneficiario: [[P:Andrés Felipe Gómez Restrepo]]\nIBAN: [[B:ES71 0182 2370 4902 0150 4823]]\nImporte: 350 €\nConcepto: alquiler"),
("web_form", "Nombre:\t[[P:Carmen]]\nApellidos:\t[[P:Ruiz Sánchez]]\nDNI:\t[[I:48213907L]]\nDirección:\t[[A:Calle Mayor 23, 4º B]]\nCP:\t[[Z:28013]]\nCiudad:\t[[L:Madrid]]"),
("sms", "Su pedido llegará el [[D:15/01]] a [[A:Avenida de la Constitución 8]], [[L:Sevilla]]. Info: [[T:955 12 34 87]]"),
("voicemail", "Hola, soy [[P:Pilar]], la hija de don [[P:Ernesto Salazar]], tiene [[G:noventa y dos]] años y está muy mal desde anoche, llámeme al [[T:+34 612 48 90 33]] por favor."),
("discharge_letter", "Informe de alta\n\nPaciente: [[P:Rosa María Iglesias Prieto]], [[G:95]] años.\nDomicilio: [[A:Calle San Bernardo 41, 1º A]], [[L:Oviedo]]\nIngreso: [[D:02-02-2025]]. Alta: [[D:11-02-2025]].\n\nMotivo de ingreso: disnea progresiva y edemas en miembros inferiores.\nDiagnóstico: insuficiencia cardiaca descompensada en contexto de fibrilación auricular con respuesta ventricular rápida.\nEvolución: buena respuesta al tratamiento diurético, control de frecuencia con {{bisoprolol}}. Se mantiene anticoagulación con {{apixabán}}.\nTratamiento al alta: {{furosemida}} 40 mg/día, bisoprolol 2,5 mg/día.\nControl por su médico de atención primaria en una semana.\n\nDra. [[P:Nerea Etxeberria]]"),
("chat", "ME HAN COBRADO DOS VECES EN LA TARJETA [[C:4917 6100 3847 5661]] Y NADIE ME CONTESTA"),
("question", "¿está [[L:Toledo]] cerca de [[L:Madrid]]?"),
("web_form", "Nº Seguridad Social\t[[S:28/10473829/55]]\nTeléfono\t[[T:91 555 23 10]]\nCorreo\t[[E:jmoreno77 arroba gmail punto com]]"),
("handover_note", "Cambio de turno: hab. 204 Sr. [[P:Villalobos]], [[G:90]] años, postoperado de cadera, dolor controlado con {{metamizol}}. Hab. 205 vacía."),
("referral_letter", "Estimado colega:\n\nRemito a [[P:Javier Ortiz Navarro]], de 45 años, con sospecha de {{síndrome de Cushing}}. Cortisol libre urinario elevado. Domicilio: [[A:Calle del Pez 12, 2º izq.]], [[L:Madrid]].\n\nUn saludo,\nDr. [[P:Iñaki Zubizarreta]]"),
("email", "Hola [[P:Paco]],\n\nte mando el archivo informe_[[P:castillo]]_final.docx. Mi nuevo móvil es [[T:678 20 14 55]].\n\nUn abrazo,\n[[P:Marta]]"),
("voicemail", "Buenos días, le llamamos de la clínica del doctor [[P:Alonso]] para recordarle su cita del [[D:jueves 20 de marzo]]. Gracias."),
("chat", "vivo en [[L:Granada]] y quiero saber si hay farmacias de guardia hoy"),
("clinical_note", "Urgencias [[D:12/08/2024]]\nVarón de 34 años, dolor abdominal en FID. Signo de {{McBurney}} positivo. Analítica: leucocitosis. Eco: apendicitis aguda. Se avisa a cirugía.\nMIR: [[P:A. Domínguez]]"),
("bank_transfer", "Necesito transferir 1.200 € desde mi cuenta [[B:ES60 0049 1500 0512 3456 7892]] a la cuenta de [[P:Ximena Paredes]] en México, CLABE [[K:002180701234567891]]."),
("sms", "[[P:Jorge]]: llego a [[L:Bilbao]] el [[D:viernes 7]], nos vemos?"),
("web_form", "Matrícula\t[[I:4417 KLM]]\nTitular\t[[P:Esperanza Montoya]]\nFecha de nacimiento\t[[D:1975-09-28]]"),
("question", "qué tiempo hace en [[L:Salamanca]] en invierno"),
("clinical_note", "Consulta [[D:28/10/2024]]. [[P:Yesenia Rojas Quispe]], 31 años, {{linfoma de Hodgkin}} en remisión completa tras ABVD. PET negativo. Próximo control en 6 meses."),
("chat", "mi abuela [[P:dolores]] cumple [[G:cien]] años el mes que viene, que le regalo?"),
("email", "Asunto: baja voluntaria\n\nBuenas tardes,\ncomunico mi baja como socio, número [[I:SOC-004481]]. Pueden devolver la fianza a [[B:ES91 2100 0418 4502 0005 1332]].\n\n[[P:Gonzalo Herrera-Vidal]]"),
("handover_note", "Noche: cama 3 Sra. [[P:Quintana]] con {{ibuprofeno}} pautado, sin incidencias. Cama 4 Sr. [[P:Pérez Galdós]] desorientado, contención verbal."),
("discharge_letter", "Paciente [[P:Tomás Aguirre]], DNI [[I:51027364R]]. Diagnóstico al alta: {{enfermedad de Crohn}} ileal. Inicia {{adalimumab}}. Próxima revisión: [[D:5 de febrero]]."),
]

ES_NO = [
("question", "qué significa exactamente la palabra 'yeet'"),
("clinical_note", "Mujer de 50 años con cefalea tensional. Exploración neurológica normal. Se pauta {{ibuprofeno}} 600 mg cada 8 horas si dolor."),
("chat", "ojalá haga sol este finde, queremos ir a la playa"),
("chat", "¿Cuánto tarda una transferencia a otro banco normalmente?"),
("sms", "voy tarde, llego en 10 min"),
("handover_note", "Turno tranquilo. Todos los pacientes estables. Pendiente analítica a las 7."),
("question", "cuéntame un dato curioso sobre las nutrias"),
("email", "Hola,\n\n¿Podrían enviarme el extracto del último trimestre en PDF?\n\nGracias"),
("clinical_note", "{{Enfermedad de Alzheimer}} moderada. Se inicia {{memantina}}. Se recomienda apoyo al cuidador."),
("chat", "POR QUÉ NO FUNCIONA LA APP DESDE ESTA MAÑANA"),
("question", "¿Es Portugal más pequeño que España?"),
]

IT_ID = [
("chat", "ciao sono [[P:giulia]] posso spostare l'appuntamento al [[D:12 aprile]]?"),
("clinical_note", "Paziente: [[P:ROSSI, Giovanni Battista]]\nN. cartella: [[M:2024-00871]]\nNato il [[D:19/03/1940]]\nDiagnosi: {{morbo di Alzheimer}} moderato. Terapia: {{memantina}} 20 mg. Residente a [[L:Bergamo]] con la moglie."),
("email", "Gentile Sig.ra [[P:De Luca]],\n\nle confermiamo l'appuntamento per [[D:martedì 4 novembre 2025]] alle ore 9:00. Porti con sé la tessera sanitaria.\n\nCordiali saluti,\n[[P:Francesca Lo Russo]]"),
("bank_transfer", "Bonifico\nBeneficiario: [[P:Alessandro Di Stefano]]\nIBAN: [[B:IT07 Q020 0805 3640 0010 5873 210]]\nImporto: 600,00 €\nCausale: affitto"),
("web_form", "Nome\t[[P:Chiara]]\nCognome\t[[P:Esposito]]\nCodice fiscale\t[[I:SPSCHR85M41F839N]]\nIndirizzo\t[[A:via Garibaldi 14]]\nCAP\t[[Z:80134]]\nCittà\t[[L:Napoli]]"),
("sms", "Il suo pacco arriverà il [[D:20/02]] in [[A:corso Vittorio Emanuele 112]], [[L:Torino]]."),
("voicemail", "Buongiorno, sono [[P:Marco Ferraro]], chiamo per mio nonno che ha [[G:novantasei]] anni, ha la febbre da ieri. Mi richiami al [[T:347 218 9045]]. Grazie."),
("discharge_letter", "Lettera di dimissione\n\nSi dimette in data [[D:15.01.2025]] il sig. [[P:Antonio Greco]], nato il [[D:2 luglio 1936]], residente in [[A:via Roma 58]], [[Z:73100]] [[L:Lecce]], ricoverato per scompenso cardiaco acuto. Durante la degenza è stata impostata terapia diuretica endovenosa con buona risposta clinica e calo ponderale di 3 kg. Ecocardiogramma: FE 40%, insufficienza mitralica moderata.\nTerapia alla dimissione: {{furosemide}} 25 mg, {{bisoprololo}} 2,5 mg, {{ramipril}} 2,5 mg.\nSi consiglia controllo di creatinina ed elettroliti tra 7 giorni e visita cardiologica tra un mese. Il figlio [[P:Cosimo]] è stato informato.\nDott.ssa [[P:Elena Marchetti]]"),
("chat", "MI AVETE ADDEBITATO DUE VOLTE SULLA CARTA [[C:4111 1128 7365 4090]] RIDATEMI I SOLDI"),
("question", "[[L:Bari]] è in [[L:Puglia]] o in [[L:Calabria]]?"),
("web_form", "Targa:\t[[I:FG 417 KL]]\nProprietario:\t[[P:Salvatore La Rosa]]\nTelefono:\t[[T:+39 091 555 2210]]"),
("handover_note", "Consegne notte: letto 8 sig.ra [[P:Colombo]], [[G:91]] anni, agitata, {{aloperidolo}} al bisogno. Letto 9 sig. [[P:Bruno]], glicemia ok."),
("referral_letter", "Egregio collega,\n\ninvio la sig.ra [[P:Laura Fontana]], 38 anni, per sospetto {{morbo di Crohn}}. Abita in [[A:piazza Duomo 3]], [[L:Milano]]. Tel. [[T:02 5551 8830]].\n\nCordialmente,\nDott. [[P:Paolo Ricci]]"),
("email", "Ciao [[P:Luca]],\n\nti mando referto_[[P:bianchi]]_2024.pdf. Il mio nuovo numero è [[T:333 90 21 447]].\n\nUn abbraccio,\n[[P:Sara]]"),
("voicemail", "Buongiorno, la chiamiamo dallo studio del dottor [[P:Gallo]] per ricordarle la visita di [[D:giovedì 8 maggio]]."),
("chat", "abito a [[L:Firenze]] e cerco un buon fisioterapista"),
("clinical_note", "Pronto soccorso [[D:5/6/2024]]\nDonna di 28 anni, dolore addominale in FID. Segno di {{Blumberg}} positivo. Ecografia: appendicite. Chirurgo avvisato.\nDott. [[P:Andrea Conti]]"),
("bank_transfer", "Vorrei fare un bonifico dal mio conto [[K:000012457893]] a [[P:Matteo Galli]], IBAN [[B:IT70 K030 6909 6061 0000 0063 918]]."),
("sms", "[[P:Federica]]: arrivo a [[L:Bologna]] [[D:sabato 14]], ci vediamo?"),
("web_form", "Nome e cognome: [[P:Maria Grazia Santoro]]\nData di nascita: [[D:1958-12-01]]\nEmail: [[E:mgsantoro chiocciola libero punto it]]"),
("question", "che tempo fa a [[L:Palermo]] a dicembre"),
("clinical_note", "Ambulatorio [[D:3/2/2025]]. [[P:Valentina Russo]], 41 anni, eritema migrante dopo puntura di zecca in [[L:Trentino]]. Diagnosi: {{malattia di Lyme}}. {{Doxiciclina}} 100 mg due volte al giorno per 14 giorni."),
("chat", "mia nonna [[P:rosa]] compie [[G:novantanove]] anni, idee regalo?"),
("email", "Oggetto: disdetta abbonamento\n\nBuongiorno,\ncomunico la disdetta dell'abbonamento n. [[I:ABB-228193]]. Rimborso su [[B:IT60 X054 2811 1010 0000 0123 456]].\n\n[[P:Giorgio Mancini]]"),
("handover_note", "Turno pomeriggio: stanza 4 sig. [[P:Moretti]] in {{Coumadin}}, INR 2,4. Stanza 5 sig.ra [[P:Barbieri]] nulla da segnalare."),
]

IT_NO = [
("question", "cosa vuol dire la parola 'yeet'"),
("clinical_note", "Uomo di 45 anni con lombalgia acuta. Nessun deficit neurologico. {{Paracetamolo}} 1 g al bisogno, riposo relativo."),
("chat", "speriamo che domani non piova, devo stendere"),
("chat", "Quanto costa un bonifico istantaneo con la vostra banca?"),
("sms", "arrivo tra 5 minuti, aspettami"),
("handover_note", "Notte tranquilla, parametri stabili in tutti i pazienti. Prelievi alle 6."),
("question", "dimmi una curiosità sulle lontre marine"),
("email", "Buongiorno,\n\npotreste inviarmi l'estratto conto dell'ultimo mese?\n\nGrazie"),
("clinical_note", "{{Tiroidite di Hashimoto}} nota. TSH 4,8. Si aumenta {{levotiroxina}} a 75 mcg."),
("chat", "PERCHÉ L'APP NON SI APRE PIÙ"),
("question", "L'Italia è più grande della Grecia?"),
]

PT_ID = [
("chat", "oi sou a [[P:ana paula]] posso remarcar a consulta para dia [[D:9 de junho]]?"),
("clinical_note", "Doente: [[P:SANTOS, Manuel dos Reis]]\nN.º processo: [[M:445190]]\nData de nascimento: [[D:11/11/1944]]\nDiagnóstico: {{doença de Parkinson}}. Medicação: {{levodopa}}. Reside em [[L:Setúbal]]."),
("email", "Exma. Sra. D. [[P:Conceição Almeida]],\n\nConfirmamos a sua consulta para [[D:quarta-feira, 12 de novembro de 2025]], às 10h00. Traga o cartão de cidadão.\n\nCom os melhores cumprimentos,\n[[P:Rita Cardoso]]"),
("bank_transfer", "Transferência\nBeneficiário: [[P:João Pedro da Silva Mendes]]\nIBAN: [[B:PT83 0018 0003 4567 8123 0987 1]]\nMontante: 250,00 €\nDescritivo: renda"),
("web_form", "Nome:\t[[P:Beatriz Gonçalves]]\nNIF:\t[[I:234156783]]\nMorada:\t[[A:Rua das Flores 27, 3.º Esq.]]\nCódigo postal:\t[[Z:4050-262]] [[L:Porto]]"),
("sms", "A sua encomenda será entregue dia [[D:18/03]] na [[A:Avenida da Liberdade 190]], [[L:Lisboa]]."),
("voicemail", "Bom dia, fala a [[P:Luísa Ferreira]], ligo por causa da minha avó que tem [[G:noventa e sete]] anos, caiu ontem. Ligue-me para o [[T:912 345 078]], obrigada."),
("discharge_letter", "Nota de alta\n\nDoente [[P:Joaquim Pereira]], [[G:93]] anos, internado de [[D:03/01]] a [[D:10/01/2025]] por pneumonia adquirida na comunidade. À entrada apresentava febre, tosse produtiva e hipoxemia ligeira. Iniciou {{amoxicilina}} com ácido clavulânico endovenoso, com boa evolução clínica e analítica. Teve um episódio de delirium noturno, resolvido. Alta com amoxicilina oral para completar 7 dias. A neta, [[P:Mafalda Pereira Sousa]], acompanha o doente e pode ser contactada pelo [[T:963 201 448]]. Seguimento no centro de saúde de [[L:Braga]] dentro de uma semana.\nDr.ª [[P:Inês Vasconcelos]]"),
("chat", "MEU CARTÃO [[C:5374 2190 5518 2631]] FOI BLOQUEADO SEM MOTIVO NENHUM"),
("question", "[[L:Coimbra]] fica perto do [[L:Porto]]?"),
("web_form", "Nome\t[[P:Thiago Oliveira]]\tCPF\t[[I:418.302.957-05]]\tCelular\t[[T:(11) 97421-3068]]\tCidade\t[[L:São Paulo]]"),
("handover_note", "Passagem de turno: cama 6 Sr. [[P:Costa]], [[G:94]] anos, confuso, grades subidas. Cama 7 D. [[P:Fátima]], dor controlada com {{paracetamol}}."),
("referral_letter", "Caro colega,\n\nEnvio a Sra. [[P:Mariana Lopes]], 33 anos, com adenopatias cervicais e suores noturnos, suspeita de {{linfoma de Hodgkin}}. Morada: [[A:Rua Augusta 45, 2.º]], [[Z:1100-048]] [[L:Lisboa]].\n\nCumprimentos,\nDr. [[P:Nuno Teixeira]]"),
("email", "Olá [[P:Rui]],\n\nenvio o ficheiro relatorio_[[P:martins]]_2024.pdf. O meu novo número é [[T:+351 936 112 480]].\n\nAbraço,\n[[P:Sofia]]"),
("voicemail", "Bom dia, daqui é da clínica do Dr. [[P:Ribeiro]], para lembrar a consulta de [[D:sexta-feira, 6 de junho]]. Obrigado."),
("chat", "moro em [[L:Faro]] e procuro um dentista bom e barato"),
("clinical_note", "Urgência [[D:2024-07-21]]\nHomem de 40 anos com dor torácica. ECG sem alterações. Troponina negativa. Alta com {{ibuprofeno}}.\nDr. [[P:Hugo Antunes]]"),
("bank_transfer", "Quero transferir 300 € da minha conta [[B:PT30 0035 0651 0000 6283 7204 7]] para o meu filho [[P:Tiago]]."),
("sms", "[[P:Bruno]]: chego a [[L:Aveiro]] [[D:sábado 12]], jantamos?"),
("web_form", "Matrícula:\t[[I:42-TL-87]]\nProprietário:\t[[P:Carlos Alberto dos Santos]]\nN.º utente:\t[[M:283 110 547]]"),
("question", "como está o tempo em [[L:Sintra]] em agosto"),
("clinical_note", "Recém-nascido de [[D:15/08/2024]]. Índice de {{Apgar}} 9/10. Mãe: [[P:Juliana Moreira]]. Aleitamento materno exclusivo."),
("chat", "minha bisavó dona [[P:zilda]] faz [[G:cento e dois]] anos amanhã!!! o que eu dou pra ela"),
("email", "Assunto: cancelamento\n\nBom dia,\nsolicito o cancelamento do contrato n.º [[I:CT-99812]]. Devolução para [[B:PT50 0002 0123 1234 5678 9015 4]].\n\n[[P:Fernando Sá Carneiro]]"),
("handover_note", "Turno da noite: quarto 3, Sra. [[P:Rodrigues]] com {{varfarina}}, sem hemorragias. Quarto 4, Sr. [[P:Nascimento]] dorme bem."),
]

PT_NO = [
("question", "o que significa a palavra 'yeet'"),
("clinical_note", "Mulher de 35 anos com enxaqueca. Exame neurológico normal. {{Sumatriptano}} em SOS."),
("chat", "espero que faça sol no fim de semana"),
("chat", "Quanto tempo demora uma transferência SEPA?"),
("sms", "chego em 10 min, espera aí"),
("handover_note", "Noite calma. Doentes estáveis. Análises às 6h."),
("question", "conta-me uma curiosidade sobre as lontras"),
("email", "Bom dia,\n\npodem enviar-me o extrato do último mês?\n\nObrigado"),
("clinical_note", "{{Doença de Alzheimer}} ligeira. Inicia {{donepezilo}} 5 mg. Apoio ao cuidador."),
("chat", "PORQUE É QUE A APP NÃO ABRE"),
("question", "O Brasil é maior que a Argentina?"),
]

NL_ID = [
("chat", "hoi met [[P:sanne]] kan mijn afspraak naar [[D:14 maart]]?"),
("clinical_note", "Patiënt: [[P:DE VRIES, Johannes Cornelis]]\nPatiëntnummer: [[M:7041923]]\nGeb.datum: [[D:04-08-1941]]\nDiagnose: {{ziekte van Parkinson}}. Medicatie: {{levodopa}}/carbidopa. Woont in [[L:Zwolle]]."),
("email", "Geachte mevrouw [[P:Van den Broek]],\n\nUw afspraak is bevestigd op [[D:dinsdag 21 oktober 2025]] om 10.30 uur. Neem uw zorgpas mee.\n\nMet vriendelijke groet,\n[[P:Eva Jansen]]"),
("bank_transfer", "Overboeking\nBegunstigde: [[P:Pieter-Jan de Wit]]\nIBAN: [[B:NL12 RABO 0312 8765 40]]\nBedrag: € 450,00\nOmschrijving: huur"),
("web_form", "Naam\t[[P:Fatima el Amrani]]\nBSN\t[[S:234567818]]\nAdres\t[[A:Kerkstraat 5]]\nPostcode\t[[Z:1017 GB]]\nPlaats\t[[L:Amsterdam]]"),
("sms", "Uw pakket wordt op [[D:12-11]] bezorgd op [[A:Dorpsstraat 88]], [[L:Utrecht]]."),
("voicemail", "Goedemorgen, u spreekt met [[P:Wim Bakker]], ik bel voor mijn moeder, ze is [[G:vierennegentig]] en is gisteren gevallen. Wilt u mij terugbellen op [[T:06 41 87 22 09]]? Dank u."),
("discharge_letter", "Ontslagbrief\n\nGeachte collega,\n\nUw patiënt dhr. [[P:Henk Visser]], geboren [[D:12 mei 1935]], wonend aan de [[A:Wilhelminalaan 23]] te [[L:Hilversum]], was opgenomen van [[D:3]] tot [[D:10 januari 2025]] wegens gedecompenseerd hartfalen. Bij opname had hij forse oedemen en orthopneu. Na intraveneuze diuretica daalde zijn gewicht met 5 kg. Echo: LVEF 30%. Ontslag met {{furosemide}} 40 mg, {{metoprolol}} 50 mg en {{spironolacton}} 25 mg. Graag over een week het kalium en de nierfunctie controleren. Zijn dochter [[P:Ineke]] is op de hoogte.\n\nMet collegiale groet,\nDr. [[P:M. Smit]]"),
("chat", "MIJN PAS [[C:2221 0038 4756 1027]] IS GEBLOKKEERD WAT MOET IK DOEN"),
("question", "ligt [[L:Breda]] nou in [[L:Noord-Brabant]] of niet?"),
("web_form", "Kenteken:\t[[I:XK-417-B]]\nEigenaar:\t[[P:Ruud van der Meulen]]\nTelefoon:\t[[T:+31 20 555 7741]]"),
("handover_note", "Overdracht nacht: kamer 2 mevr. [[P:Hendriks]], [[G:92]] jaar, onrustig, {{haloperidol}} zo nodig gegeven. Kamer 3 dhr. [[P:Mulder]], geen bijzonderheden."),
("referral_letter", "Geachte collega,\n\nGraag verwijs ik mevr. [[P:Lotte Kuipers]], 29 jaar, wegens verdenking op {{ziekte van Crohn}}. Adres: [[A:Oudegracht 112]], [[Z:3511 AZ]] [[L:Utrecht]].\n\nMet collegiale groet,\n[[P:Jeroen Bos]], huisarts"),
("email", "Hoi [[P:Daan]],\n\nhierbij rapport_[[P:dekker]]_2024.pdf. Mijn nieuwe nummer is [[T:06 18 44 90 27]].\n\nGroetjes,\n[[P:Mirthe]]"),
("voicemail", "Goedemiddag, u wordt gebeld door de praktijk van dokter [[P:Verhoeven]] om uw afspraak van [[D:donderdag 5 juni]] te verzetten."),
("chat", "ik woon in [[L:Leiden]] en zoek een goede fysio"),
("clinical_note", "SEH [[D:30-06-2024]]\nMan, 31 jaar, buikpijn rechtsonder. {{Rovsing}}-teken positief. Echo: appendicitis. Chirurg ingelicht.\nArts-assistent: [[P:T. Yilmaz]]"),
("bank_transfer", "Graag € 150 overmaken van mijn rekening [[B:NL62 INGB 0006 5781 23]] naar [[P:Kees Schouten]], [[B:NL34 ABNA 0593 8172 64]]."),
("sms", "[[P:Joost]]: ben [[D:zaterdag 8]] in [[L:Groningen]], biertje?"),
("web_form", "Naam: [[P:Anouk van Dijk-Peeters]]\nGeboortedatum: [[D:1990-02-17]]\nE-mail: [[E:anouk punt vandijk apenstaartje ziggo punt nl]]"),
("question", "hoe is het weer in [[L:Maastricht]] in de herfst"),
("clinical_note", "Huisartsbezoek [[D:2-5-2024]]: [[P:Noor Hoekstra]], 36 jaar, rode kring na tekenbeet bij [[L:Apeldoorn]]. {{Ziekte van Lyme}} (erythema migrans). Start {{doxycycline}} 100 mg 2dd."),
("chat", "mijn oma [[P:truus]] wordt [[G:honderd]], wat kan ik haar geven?"),
("email", "Onderwerp: opzegging\n\nGoedendag,\nhierbij zeg ik mijn lidmaatschap [[I:LID-330912]] op. Restitutie graag naar [[B:NL14 TRIO 0781 3422 55]].\n\n[[P:Bram Vermeulen]]"),
("handover_note", "Middagdienst: kamer 6 dhr. [[P:Smits]] gebruikt {{acenocoumarol}}, INR 2,8. Kamer 7 mevr. [[P:de Graaf]] slaapt."),
("bank_transfer", "Kunt u € 75 terugstorten naar [[B:BE68 5390 0754 7034]] t.n.v. [[P:Lieve Claes]], [[A:Grote Markt 9]], [[Z:2000]] [[L:Antwerpen]]?"),
]

NL_NO = [
("question", "wat betekent het woord 'yeet' eigenlijk"),
("clinical_note", "Vrouw van 42 jaar met spanningshoofdpijn. Neurologisch onderzoek normaal. {{Paracetamol}} zo nodig."),
("chat", "hopelijk wordt het mooi weer dit weekend"),
("chat", "Hoe lang duurt een overboeking naar het buitenland?"),
("sms", "ben er over 10 min"),
("handover_note", "Rustige nacht. Alle patiënten stabiel. Bloedafname om 6 uur."),
("question", "vertel me een leuk feitje over otters"),
("email", "Goedemorgen,\n\nkunt u mij het jaaroverzicht van mijn rekening sturen?\n\nMet vriendelijke groet"),
("clinical_note", "Bekende {{ziekte van Crohn}}. Klachten rustig onder {{infliximab}}. Controle over drie maanden."),
("chat", "WAAROM WERKT DE APP NIET"),
("question", "Is België groter dan Nederland?"),
]

# ---------------------------------------------------------------------------
# Assembly, ordering, validation
# ---------------------------------------------------------------------------
SETS = [
    ("en", EN_ID, EN_NO), ("de", DE_ID, DE_NO), ("fr", FR_ID, FR_NO),
    ("es", ES_ID, ES_NO), ("it", IT_ID, IT_NO), ("pt", PT_ID, PT_NO),
    ("nl", NL_ID, NL_NO),
]
TARGET = {  # language: (with identifiers, without)
    "en": (126, 54), "de": (26, 11), "fr": (26, 11), "es": (26, 11),
    "it": (25, 11), "pt": (25, 11), "nl": (26, 11),
}
MAX_RUN = 5  # never more than 5 texts in a row of the same register


def iban_ok(s):
    s = s.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def fail(msg):
    sys.exit("make.py: " + msg)


def order(items):
    rnd = random.Random(20261201)
    rnd.shuffle(items)
    changed = True
    while changed:
        changed = False
        for i in range(MAX_RUN, len(items)):
            window = {it["register"] for it in items[i - MAX_RUN:i + 1]}
            if len(window) == 1:
                reg = items[i]["register"]
                for j in range(i + 1, len(items)):
                    if items[j]["register"] != reg:
                        items[i], items[j] = items[j], items[i]
                        changed = True
                        break
                else:
                    for j in range(0, i - MAX_RUN):
                        if items[j]["register"] != reg:
                            items[i], items[j] = items[j], items[i]
                            changed = True
                            break
    return items


def main():
    items = []
    for lang, with_id, without in SETS:
        want = TARGET[lang]
        if (len(with_id), len(without)) != want:
            fail(f"{lang}: have {len(with_id)}+{len(without)}, want {want}")
        for has_id, group in ((True, with_id), (False, without)):
            for reg, src in group:
                if reg not in REGISTERS:
                    fail(f"unknown register {reg!r}")
                text, spans, prot = build(src)
                items.append({"register": reg, "lang": lang, "text": text,
                              "spans": spans, "protected": prot,
                              "_has_id": has_id, "_src": src})

    # ---- per-record checks
    seen_text = set()
    for it in items:
        t, src = it["text"], it["_src"]
        for bad in ("[[", "]]", "{{", "}}"):
            if bad in t:
                fail(f"left-over mark-up {bad!r} in: {src[:60]!r}")
        if t in seen_text:
            fail(f"duplicate text: {t[:60]!r}")
        seen_text.add(t)
        nw = len(t.split())
        if not 5 <= nw <= 120:
            fail(f"{nw} words (want 5-120): {t[:60]!r}")
        if it["_has_id"] and not it["spans"]:
            fail(f"identifier text without spans: {t[:60]!r}")
        if not it["_has_id"] and it["spans"]:
            fail(f"no-identifier text with spans: {t[:60]!r}")
        prev_end = -1
        for s in it["spans"]:
            v = t[s["start"]:s["end"]]
            if not v or v != v.strip():
                fail(f"empty or padded span {v!r} in {t[:60]!r}")
            if s["start"] < prev_end:
                fail(f"overlapping spans in {t[:60]!r}")
            prev_end = s["end"]
            if s["type"] == "IBAN" and not iban_ok(v):
                fail(f"IBAN check digits wrong: {v}")
            if s["type"] == "CARD" and not luhn_ok(v):
                fail(f"card fails Luhn: {v}")
        for p in it["protected"]:
            if t[p["start"]:p["end"]] != p["term"] or p["term"] != p["term"].strip():
                fail(f"bad protected term {p}")
            for s in it["spans"]:
                if p["start"] < s["end"] and s["start"] < p["end"]:
                    fail(f"protected term overlaps span: {p['term']}")

    items = order(items)

    # ---- ordering check
    run = 1
    for a, b in zip(items, items[1:]):
        run = run + 1 if a["register"] == b["register"] else 1
        if run > MAX_RUN:
            fail("more than %d texts in a row of register %s" % (MAX_RUN, b["register"]))

    # ---- write
    lines = []
    for n, it in enumerate(items, 1):
        rec = {"id": "b2-%04d" % n, "register": it["register"], "lang": it["lang"],
               "text": it["text"], "spans": it["spans"], "protected": it["protected"]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    # ---- re-read and re-check what was written
    ids = set()
    recs = []
    with open(OUT, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in ids:
                fail("duplicate id " + r["id"])
            ids.add(r["id"])
            for s in r["spans"]:
                assert r["text"][s["start"]:s["end"]].strip() == r["text"][s["start"]:s["end"]] != ""
            recs.append(r)
    if len(recs) != 400:
        fail(f"{len(recs)} records, want 400")

    # ---- counts
    by_lang = collections.Counter(r["lang"] for r in recs)
    by_reg = collections.Counter(r["register"] for r in recs)
    by_type = collections.Counter(s["type"] for r in recs for s in r["spans"])
    with_id = sum(1 for r in recs if r["spans"])
    n_prot = sum(len(r["protected"]) for r in recs)
    words = [len(r["text"].split()) for r in recs]
    print(f"wrote {OUT}")
    print(f"records {len(recs)}: with identifiers {with_id}, without {len(recs) - with_id}")
    print(f"spans {sum(by_type.values())}, protected terms {n_prot}, words per text {min(words)}-{max(words)}")
    print("language:", ", ".join(f"{k} {v}" for k, v in sorted(by_lang.items(), key=lambda x: -x[1])))
    print("register:", ", ".join(f"{k} {v}" for k, v in by_reg.most_common()))
    print("type:    ", ", ".join(f"{k} {v}" for k, v in by_type.most_common()))


if __name__ == "__main__":
    main()
