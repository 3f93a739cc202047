import OutpostModel
import OutpostRedaction
import OutpostSupport

/// Labelled training sentences for the name tagger, generated from our own templates (not the
/// evaluation data) with names drawn from the Census lists and the world-name lists.
public struct TaggerCorpus: Sendable {
    /// One sentence and the scalar ranges of the names in it.
    public struct Example: Sendable {
        public var text: String
        public var names: [Range<Int>]
    }

    static let positive = [
        "{P} is here for the follow-up visit.", "Please page Dr. {L} about bed {N}.",
        "Spoke with {F}, the patient's sister, about discharge.", "Can {P} get a refill of {DRUG}?",
        "Message for {P}: your lab results are ready.", "The insurance card belongs to {P}.",
        "{L}, {F} presented with {COND}.", "I am {P} and I need to change my PIN.",
        "Hi, this is {F}. I want to dispute a charge.", "Send the statement to {P} at the usual address.",
        "{P}'s son {F} will pick her up at noon.", "The account was opened by {P} last year.",
        "Nurse {F} gave {DRUG} {DOSE}.", "Ask {F} whether {P} can go home today.",
        "Joint account for {P} and {P}.", "{F} says the pain is worse at night.", "Referred by {P}, MD.",
        "our client {P} requested a new debit card", "Visitor {P} checked in at reception.",
        "Transport {P} to radiology after lunch.", "{P} has {COND} and takes {DRUG}.",
        "Mr. {L} declined the flu shot.", "Mrs {L} wants to speak to a manager.", "Thanks, {F}",
        "Please tell {F} that {P} called.", "{F} {L} missed two payments.", "My mother {P} is in room {N}.",
        "The caregiver, {F}, asked about {DRUG}.", "Dr {P} will cover the night shift.",
        "{P} and her husband {F} came in together.", "Signed: {P}", "{F} from billing says the invoice is wrong.",
        "Loan officer {P} approved the request.", "Contact {F} about the {EPONYM} results.",
        "Is {F} allowed visitors?", "{P} wants to close the savings account.", "Grandson {F} will sign the forms.",
        "Discussed {COND} with {P} and family.", "Beneficiary: {P}.", "Call {F} back before noon.",
    ]

    static let negative = [
        "{COND} follow-up scheduled for next week.", "Start {DRUG} {DOSE} twice daily.",
        "Is {DRUG} safe with {COND}?", "Order a {EPONYM} for bed {N}.", "Will the branch be open on Saturday?",
        "Hope the results come back soon.", "May I pay my bill online?", "Mark the form as urgent.",
        "The grace period for the loan ends Friday.", "Bill the insurance for the visit.",
        "Patient reports {COND}, stable overnight.", "What is the fee for a wire transfer?",
        "Check the potassium level before giving {DRUG}.", "The {EPONYM} was normal.",
        "Reminder: the pharmacy closes at six.", "How do I reset my online banking password?",
        "Patient education leaflet about {COND}, please.", "The nurse station needs more gloves.",
        "Schedule the {EPONYM} before discharge.", "Can I take {DRUG} with food?",
        "Rose-coloured rash on both arms, no fever.", "Daily stand-up moved to the small meeting room.",
        "Switch from {DRUG} to {DRUG} after the procedure.", "Is {DRUG} covered by my plan?",
        "Apply {DRUG} to the wound twice a day.", "The {DRUG} cabinet in 4 West is empty.",
        "Can I take {DRUG} with {DRUG}?", "How long does a transfer to {COUNTRY} take?",
        "Does {DRUG} interact with {COND}?", "Give {DRUG} {DOSE} for nausea, then {DRUG} if needed.",
        "We ran out of {DRUG} on the ward.", "Can I pay with {BRAND} at the branch?", "Is {BRAND} down again?",
        "Started {DRUG} {DOSE} and stopped {DRUG}.", "Refill {DRUG} and {DRUG} for the clinic.",
        "Deposit a check from {COUNTRY} at the ATM.", "The {BRAND} app shows the wrong balance.",
    ]

    static let countries = ["Germany", "Canada", "Mexico", "France", "India", "Brazil", "Japan", "Nigeria", "Spain", "Poland"]
    static let brands = ["Zelle", "Venmo", "PayPal", "Epic", "MyChart", "Visa", "Pyxis", "Dexcom", "Omnipod", "Fitbit"]
    static let syllables = ["ra", "zo", "li", "ve", "qua", "trin", "mo", "dex", "xa", "lu", "pe", "ko", "sen", "ta", "vi",
                            "nor", "ca", "bri", "el", "fen", "du", "pix", "ar", "om", "ni", "sil", "va", "den", "ju", "mi"]

    static let drugs = ["metformin", "Lasix", "warfarin", "Zoloft", "amoxicillin", "Eliquis", "insulin", "Keppra", "prednisone", "Tylenol"]
    static let conditions = ["COPD", "asthma", "type 2 diabetes", "Parkinson's disease", "Down syndrome", "Crohn's disease",
                             "heart failure", "Bell's palsy", "Graves' disease", "hypertension", "Hodgkin lymphoma"]
    static let eponyms = ["Holter monitor", "Foley catheter", "Apgar score", "Glasgow Coma Scale", "Babinski sign", "Doppler scan"]
    static let doses = ["10 mg", "5 mg", "500 mg", "20 units", "1 g"]

    /// Deterministic corpus of `count` sentences (about 60% with names).
    public static func generate(count: Int, givenNames: [String], surnames: [String], seed: UInt64) -> [Example] {
        var rng = SplitMix64(seed: seed)
        var out: [Example] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            let template = rng.int(10) < 6 ? positive[rng.int(positive.count)] : negative[rng.int(negative.count)]
            var text = ""
            var names: [Range<Int>] = []
            var scalars = 0
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                let lit = String(rest[..<open])
                text += lit
                scalars += lit.unicodeScalars.count
                let slot = rest[rest.index(after: open)..<close]
                var value: String
                var isName = true
                switch slot {
                case "P":
                    let f = givenNames[rng.int(givenNames.count)], l = surnames[rng.int(surnames.count)]
                    value = rng.int(8) == 0 ? "\(f.prefix(1)). \(l)" : "\(f) \(l)"
                case "F": value = rng.int(4) == 0 ? pseudoWord(&rng) : givenNames[rng.int(givenNames.count)]
                case "L": value = rng.int(4) == 0 ? pseudoWord(&rng) : surnames[rng.int(surnames.count)]
                case "COUNTRY": value = countries[rng.int(countries.count)]; isName = false
                case "BRAND": value = brands[rng.int(brands.count)]; isName = false
                case "N": value = String(1 + rng.int(40)); isName = false
                case "DRUG":
                    // half real, half made-up names: "unknown capitalised word" alone must not mean "name"
                    value = rng.int(2) == 0 ? drugs[rng.int(drugs.count)] : pseudoWord(&rng) + (rng.int(2) == 0 ? ClinicalTerms.drugSuffixes[rng.int(ClinicalTerms.drugSuffixes.count)] : "")
                    isName = false
                case "COND": value = conditions[rng.int(conditions.count)]; isName = false
                case "EPONYM": value = eponyms[rng.int(eponyms.count)]; isName = false
                default: value = doses[rng.int(doses.count)]; isName = false
                }
                let n = value.unicodeScalars.count
                if isName { names.append(scalars..<(scalars + n)) }
                text += value
                scalars += n
                rest = rest[rest.index(after: close)...]
            }
            text += rest
            switch rng.int(10) {
            case 0: text = text.lowercased()
            case 1: text = text.uppercased()
            default: break
            }
            out.append(Example(text: text, names: names))
        }
        return out
    }
}

/// A capitalised made-up word of two or three syllables ("Quatrinel").
func pseudoWord(_ rng: inout SplitMix64) -> String {
    var w = ""
    for _ in 0..<(2 + rng.int(2)) { w += TaggerCorpus.syllables[rng.int(TaggerCorpus.syllables.count)] }
    return w.prefix(1).uppercased() + w.dropFirst()
}

