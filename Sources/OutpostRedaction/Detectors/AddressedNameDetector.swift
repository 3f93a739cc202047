/// A listed given name that is also an everyday word, where the words around it can only mean a
/// person: addressed after a greeting ("oye ivy q tal", "hey Sky!!"), the object of a verb of
/// telling before what is asked ("ask sunny if she can", "tell rose to meet me"), or signing off
/// the text ("… before Friday? – Will"). The name lists alone leave such words to the context
/// (lower-case "sunny", "rose", "will" are words); this is that context, in every casing.
enum AddressedNameDetector {
    /// Greetings of the box's languages that a name follows.
    static let greetings: Set<String> = ["hi", "hey", "hello", "hiya", "dear", "oye", "hola", "coucou", "salut", "bonjour", "hoi", "hallo", "moin", "servus", "ciao", "oi", "olá", "hej", "cześć", "ahoj", "moi"]
    /// Verbs of telling whose object is a person, when a clause or "to" follows ("ask sunny if").
    static let tellingVerbs: Set<String> = ["ask", "tell", "remind", "text", "ring", "message", "msg", "thank"]
    /// Words that open what is asked or told after the name.
    static let clauseOpeners: Set<String> = ["if", "to", "whether", "that", "about", "when", "where", "why", "how", "what", "for", "not"]
    /// Voice assistants are addressed like people and name no one.
    static let assistants: Set<String> = ["siri", "alexa", "cortana", "bixby", "google"]
    /// Dashes and sign-off words before a closing name.
    static let signOffs: Set<String> = ["-", "\u{2013}", "\u{2014}", "~", "cheers", "thanks", "love", "regards", "xx", "x"]

    static func detect(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where t[i].kind == .alpha && !d.isClaimed(token: i) && !d.protected[t[i].start] {
            let w = t[i].lower
            guard t[i].length >= 3, Lexicon.isGivenName(w), !FunctionWords.contains(w) || PersonDetector.modalWords.contains(w), !assistants.contains(w),
                  Cues.month(w) == nil, !DateDetector.weekdays.contains(w), !Cues.titles.contains(w), !Lexicon.isProtectedWord(w),
                  d.text.casing != .mixed || t[i].isCapitalized else { continue }
            let before = i > 0 ? t[i - 1].lower : ""
            let after = i + 1 < t.count ? t[i + 1].lower : ""
            let ends = i + 1 == t.count || FieldDetector.lineBreakBefore(i + 1, d)
            // "hey sky!!", "oye ivy q tal", "Hi Will,": a greeting opening the text or a line
            let greeted = greetings.contains(before) && (i == 1 || FieldDetector.lineBreakBefore(i - 1, d))
                && (ends || [",", "!", "?", ".", ":"].contains(after) || d.text.casing != .mixed)
            // "ask sunny if she can", "tell rose to meet me"
            let told = tellingVerbs.contains(before) && clauseOpeners.contains(after) && !PersonDetector.modalWords.contains(w)
            // "… before Friday? – Will" closing the text
            let signed = ends && i + 1 == t.count && signOffs.contains(before) && i >= 2
            guard greeted || told || signed else { continue }
            d.add(t[i].start, t[i].end, .person, priority: 40, layer: .names,
                  evidence: greeted ? "a given name after a greeting" : told ? "a given name told or asked something" : "a given name signing the text off")
        }
    }
}
