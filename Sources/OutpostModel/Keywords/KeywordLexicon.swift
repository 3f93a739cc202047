/// Closed word classes that end a keyphrase, for a chunker without a part-of-speech tagger.
///
/// Written by hand for this project (general English function words, auxiliaries, common verbs of
/// reports and requests, vague nouns); nothing here is derived from an evaluation data set.
enum KeywordLexicon {
    /// Function words: determiners, pronouns, prepositions, conjunctions, auxiliaries, modals,
    /// common adverbs and quantifiers. A keyphrase never contains one.
    static let stopWords: Set<String> = Set("""
        a about above across after afterwards again against all almost alone along already also although always am
        among amongst an and another any anybody anyhow anyone anything anyway anywhere are around as at be became
        because become becomes becoming been before beforehand behind being below beside besides between beyond both
        but by can cannot could did do does doing done down due during each either else elsewhere enough etc even
        ever every everyone everything everywhere except few for former formerly from further furthermore had has
        have having he hence her here hereby herein hers herself him himself his how however i ie eg if in indeed
        instead into is it its itself just last latter latterly least less like may me meanwhile might mine more
        moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor
        not nothing now nowhere of off often on once one ones only onto or other others otherwise our ours
        ourselves out over own per perhaps please quite rather re same several she should since so some somehow
        someone something sometime sometimes somewhere still such than that the their theirs them themselves then
        thence there thereafter thereby therefore therein thereof thereupon these they this those though through
        throughout thru thus to together too toward towards under until up upon us very via vs was we well were what
        whatever when whence whenever where whereas whereby wherein whereupon wherever whether which while whither
        who whoever whole whom whose why will with within without would yet you your yours yourself yourselves
        s t d ll m ve re don doesn didn isn aren wasn weren won wouldn couldn shouldn can't hi hello hey ok okay
        yes yeah thanks thank thats im ive id youre dont cant wont twice thrice
        first second third fourth fifth two three four five six seven eight nine ten zero
        many various certain given particular different main specific respectively considerable
        able also approximately especially generally greatly highly largely mainly mostly namely nearly newly
        recently relatively simply slightly usually currently previously typically finally particularly
        today tomorrow yesterday tonight morning evening afternoon week weeks month months year years day days
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Common verbs (all forms) of reports and requests: they end a noun phrase. Participles that
    /// often premodify nouns in technical text (distributed, embedded, integrated...) are left out.
    static let verbs: Set<String> = Set("""
        use uses used using propose proposes proposed proposing present presents presented presenting show shows
        showed shown showing describe describes described describing discuss discusses discussed discussing
        consider considers considered considering develop develops developed obtain obtains obtained obtaining
        provide provides provided providing allow allows allowed allowing require requires required requiring
        make makes made making take takes took taken taking give gives gave giving get gets got gotten getting
        find finds found finding see sees saw seen seeing know knows knew known knowing think thinks thought
        want wants wanted need needs needed say says said saying tell tells told telling ask asks asked
        let lets helped try tries tried trying called go goes went gone going come comes came
        keep keeps kept put puts seem seems seemed become becomes became include includes included including
        contain contains contained involve involves involved investigate investigates investigated
        studied examine examines examined analyze analyzes analyzed analyse analysed
        demonstrate demonstrates demonstrated illustrate illustrates illustrated introduce introduces introduced
        suggest suggests suggested indicate indicates indicated argue argues argued reported
        apply applies applied achieve achieves achieved improve improves improved reduce reduces reduced
        increased compare compares compared determine determines determined derive derives
        derived evaluate evaluates evaluated perform performs performed implement implements implemented
        address addresses addressed focused concerned dealt
        reports reported enable enables enabled ensure ensures ensured exist exists existed led yielded
        offered outline outlines outlined explore explores explored reviewed
        solve solves solved solving obtainable achieve based according depending compared related
        can could would should shall will may might must do does did done
        like likes liked love hate prefer wish hope let's lets remind reminds tell booked
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Base forms of verbs that are rarely nouns; their base and third-person forms end a phrase
    /// (past participles and -ing forms are left to the score: "extended Kalman filter",
    /// "machine learning").
    static let verbBases: [String] = """
        accept achieve acquire adapt add adjust adopt affect aim allow alter analyse analyze apply appear argue arise
        assess assign assist assume attach attain attempt avoid become begin believe belong bring build calculate
        capture carry cause choose claim classify collect combine come compare compete compile complete compose
        comprise compute concentrate conclude conduct confirm connect consider consist constitute construct contain
        continue contribute convert correspond create decide define demonstrate denote depend derive describe detect
        determine develop differ discover discuss distinguish divide emerge emphasize employ enable encounter
        encourage enhance ensure enter establish estimate evaluate examine exceed exhibit exist expand expect explain
        exploit explore express extend extract facilitate fail find follow formulate gain generate give grow
        guarantee handle happen identify ignore illustrate implement imply improve include incorporate indicate
        induce infer influence inform integrate intend interact introduce investigate involve keep know learn let
        maintain make manage meet minimize maximize modify observe obtain occur offer operate optimize outperform
        overcome perform permit possess predict prefer prepare present preserve prevent produce prohibit propose
        prove provide publish pursue raise reach realize receive recognize recommend reduce refer reflect regard
        relate rely remain remove render replace represent require reside resolve respond restrict retain reveal
        satisfy see seek seem select send serve show simplify solve specify spend start succeed suffer suggest
        summarize suppose take tend think tolerate treat try undergo understand utilize vary verify want yield
        enrich play fits move cancel reschedule pay
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// Irregular past forms that are not premodifiers.
    static let irregularPast = """
        arose began brought came chose drew fell felt gave grew held kept knew led left lay lost meant met ran
        said saw sought sent spent stood took thought underwent understood wrote overcame did went
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// Base and third-person singular forms of `verbBases`, plus `irregularPast`.
    static let verbForms: Set<String> = {
        var out = Set(irregularPast)
        for base in verbBases {
            out.insert(base)
            if base.hasSuffix("s") { continue }
            if base.hasSuffix("x") || base.hasSuffix("z") || base.hasSuffix("ch") || base.hasSuffix("sh") || base.hasSuffix("o") {
                out.insert(base + "es")
            } else if base.hasSuffix("y"), let before = base.dropLast().last, !"aeiou".contains(before) {
                out.insert(String(base.dropLast()) + "ies")
            } else {
                out.insert(base + "s")
            }
        }
        return out
    }()

    /// Words ending in -ly that are nouns or premodifiers, not adverbs.
    static let lyNouns: Set<String> = [
        "family", "supply", "assembly", "anomaly", "italy", "reply", "monopoly", "poly", "ply", "fly", "july",
        "rally", "belly", "jelly", "bully", "ally", "tally", "daily", "early", "weekly", "monthly", "yearly",
        "hourly", "quarterly", "friendly", "only", "holy", "oily", "curly", "silly", "lonely", "elderly",
    ]

    /// Suffixes of words that rarely end an English noun phrase (adjective or participle forms).
    static let adjectiveSuffixes: [String] = ["al", "ic", "ive", "ous", "able", "ible", "ful", "less", "ed", "ing", "ar", "ary"]

    /// True when `word` (lower-case) can be part of a keyphrase.
    static func isContent(_ word: String) -> Bool {
        if stopWords.contains(word) || verbs.contains(word) || verbForms.contains(word) { return false }
        if word.count < 2 { return false }
        if word.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) { return false }
        if word.hasSuffix("ly") && word.count > 4 && !lyNouns.contains(word) { return false }
        return true
    }

    /// True when `word` ends like an adjective or participle.
    static func looksAdjectival(_ word: String) -> Bool {
        adjectiveSuffixes.contains { word.hasSuffix($0) } && word.count > 4
    }

    /// True when `word` ends like a verb form (-ed, -ing).
    static func looksVerbal(_ word: String) -> Bool {
        (word.hasSuffix("ed") || word.hasSuffix("ing")) && word.count > 4
    }
}
