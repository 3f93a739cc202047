import Foundation
import Synchronization

/// The vocabulary the recall net trusts: words known to be general language (the box's
/// languages, clinical and banking vocabulary), compiled from Debian's hunspell dictionaries by
/// `scripts/safelist/build.sh`, minus common first and last names. It also carries two
/// gazetteers from the same build: person names and proper nouns (cities, places).
///
/// File format (little-endian): `"OPSAFE01"`, a u32 JSON header length, the JSON header,
/// zero padding to 8 bytes, then one Bloom filter per section at the offsets the header lists
/// (FNV-1a 64 over the lower-cased NFC UTF-8, Kirsch–Mitzenmacher probes; see `BloomFilter`).
/// When no compiled file is available, `embedded` falls back to the English word list and the
/// name lists built into the binary: the net then flags more words, never fewer.
public struct SafeList: Sendable {
    /// Where the words came from, for logs, `outpost doctor` and `redact explain`.
    public let source: String
    /// Number of safe words (0 when unknown).
    public let safeCount: Int
    let safe: BloomFilter?
    let names: BloomFilter?
    let proper: BloomFilter?
    /// Cities of 100,000 people or more (GeoNames), one or more words joined by single spaces.
    let majorPlaces: BloomFilter?
    /// Proper nouns of the dictionaries that are no person's name and no city (absent in older files).
    let famous: BloomFilter?
    /// Very frequent words of the other languages that are also given names (absent in older files).
    let lowerSafe: BloomFilter?
    /// Dictionary words left out of `safe` because they are names too (absent in older files).
    let ambiguous: BloomFilter?
    /// Drug names and brands that are no listed name or place (absent in older files).
    let clinical: BloomFilter?

    /// The list built into the binary: the English word list and the Census/world name lists.
    public static let embedded = SafeList(source: "embedded English word list", safeCount: 0, safe: nil, names: nil, proper: nil, majorPlaces: nil)

    init(source: String, safeCount: Int, safe: BloomFilter?, names: BloomFilter?, proper: BloomFilter?, majorPlaces: BloomFilter?, famous: BloomFilter? = nil, lowerSafe: BloomFilter? = nil, ambiguous: BloomFilter? = nil, clinical: BloomFilter? = nil) {
        self.ambiguous = ambiguous
        self.clinical = clinical
        self.famous = famous
        self.lowerSafe = lowerSafe
        self.source = source
        self.safeCount = safeCount
        self.safe = safe
        self.names = names
        self.proper = proper
        self.majorPlaces = majorPlaces
    }

    /// Reads a compiled file; throws `RedactionError` (`redaction.safelist_unreadable`) naming
    /// the path and what is wrong with it.
    public static func load(path: String) throws -> SafeList {
        // one copy per process: the compiled dictionaries are tens of megabytes
        if let cached = loaded.withLock({ $0[path] }) { return cached }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RedactionError.safeListUnreadable(path: path, reason: "cannot read the file")
        }
        let list = try parse(data, path: path)
        loaded.withLock { $0[path] = list }
        return list
    }

    private static let loaded = Mutex<[String: SafeList]>([:])

    static func parse(_ data: Data, path: String) throws -> SafeList {
        let bytes = [UInt8](data)
        func fail(_ why: String) -> RedactionError { .safeListUnreadable(path: path, reason: why) }
        guard bytes.count >= 12, Array(bytes[0..<8]) == Array("OPSAFE01".utf8) else { throw fail("not a safe-list file (bad magic)") }
        let headerLength = Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
        guard headerLength > 0, 12 + headerLength <= bytes.count else { throw fail("truncated header") }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: Data(bytes[12..<(12 + headerLength)]))
        } catch {
            throw fail("header is not valid JSON: \(error)")
        }
        guard header.version == 1 else { throw fail("version \(header.version) is not supported (expected 1)") }
        guard header.hash == "fnv1a64-km" else { throw fail("hash \(header.hash) is not supported") }
        var filters: [String: BloomFilter] = [:]
        var safeCount = 0
        for s in header.sections {
            guard s.offset >= 0, s.offset % 8 == 0, s.bits > 0, s.bits % 64 == 0, s.bytes == s.bits / 8, s.hashes > 0, s.hashes < 64,
                  s.offset + s.bytes <= bytes.count else { throw fail("section \(s.name) lies outside the file or is malformed") }
            filters[s.name] = BloomFilter(bitCount: s.bits, hashCount: s.hashes, bytes: bytes[s.offset..<(s.offset + s.bytes)])
            if s.name == "safe" { safeCount = s.count }
        }
        guard let safe = filters["safe"] else { throw fail("no \"safe\" section") }
        return SafeList(source: "\(path) (\(safeCount) words)", safeCount: safeCount, safe: safe, names: filters["names"], proper: filters["proper"], majorPlaces: filters["places_major"], famous: filters["famous"], lowerSafe: filters["lower_safe"], ambiguous: filters["ambiguous"], clinical: filters["clinical"])
    }

    struct Header: Decodable {
        struct Section: Decodable {
            var name: String
            var offset: Int
            var bytes: Int
            var bits: Int
            var hashes: Int
            var count: Int
        }
        var version: Int
        var hash: String
        var sections: [Section]
    }

    /// The first readable file of `paths` (a missing file is skipped, an unreadable one is an
    /// error), else `embedded`.
    public static func firstAvailable(_ paths: [String]) throws -> SafeList {
        try DataFiles.firstExisting(paths).map(load(path:)) ?? .embedded
    }

    /// Where `outpostd` and `outpost redact` look when no path is configured: `$OUTPOST_SAFELIST`,
    /// the package's `/usr/share/outpost/safelist.bin`, then the build cache.
    public static var defaultPaths: [String] { DataFiles.defaultPaths(variable: "OUTPOST_SAFELIST", file: "safelist.bin") }

    // MARK: Lookups (lower-cased words)

    /// Whether the lower-cased word is general vocabulary of the box's languages (for training tools).
    public func isGeneralWord(_ lower: String) -> Bool { isSafe(lower) }

    /// Whether the lower-cased word is general vocabulary.
    func isSafe(_ lower: String) -> Bool {
        guard let safe else { return Lexicon.isEnglishWord(lower) }
        return safe.contains(Self.normalized(lower))
    }

    /// `isSafe` over the UTF-8 of an already lower-cased ASCII word (the misspelling probe).
    func isSafe(utf8 bytes: [UInt8]) -> Bool {
        guard let safe else { return Lexicon.isEnglishWord(String(decoding: bytes, as: UTF8.self)) }
        return safe.contains(utf8: bytes)
    }

    /// Whether the lower-cased word is a listed first or last name.
    /// A name written with diacritics counts when its plain form is listed ("Ciarán", "Zoë").
    func isName(_ lower: String) -> Bool {
        if Lexicon.isGivenName(lower) || Lexicon.isSurname(lower) { return true }
        guard let names else { return false }
        if names.contains(Self.normalized(lower)) { return true }
        guard !lower.utf8.allSatisfy({ $0 < 128 }) else { return false }
        let plain = lower.folding(options: .diacriticInsensitive, locale: nil)
        return plain != lower && (names.contains(plain) || Lexicon.isGivenName(plain) || Lexicon.isSurname(plain))
    }

    /// Whether the lower-cased word is a proper noun of the dictionaries (cities, places, names).
    func isProper(_ lower: String) -> Bool {
        Self.lookup(proper, lower)
    }

    /// Whether the lower-cased word is a proper noun of the dictionaries that is no listed person's
    /// name and no city ("beatles", "antarctica", "kleenex"): a thing the world names.
    func isFamous(_ lower: String) -> Bool {
        Self.lookup(famous, lower)
    }

    /// Whether the lower-cased word is a very frequent word of another language of the box that
    /// is also a given name ("domenica", "pierre"): safe when it is written in lower case.
    func isLowerCaseSafe(_ lower: String) -> Bool {
        Self.lookup(lowerSafe, lower)
    }

    /// Whether the lower-cased word is a word of the dictionaries that is also a name ("wecker",
    /// "hunter", "grace" when no core list kept it): ambiguous, its context decides.
    func isAmbiguous(_ lower: String) -> Bool {
        Self.lookup(ambiguous, lower)
    }

    /// Whether the file has the drug section (files built before it have none).
    var hasClinical: Bool { clinical != nil }
    /// Whether the lower-cased word (a hyphenated one whole) is a drug name or brand: "marcumar",
    /// "sintrom", "co-amoxiclav".
    func isClinical(_ lower: String) -> Bool {
        Self.lookup(clinical, lower)
    }

    /// Whether the lower-cased words (joined by single spaces) name a city of 100,000 or more.
    func isMajorPlace(_ lowerWords: String) -> Bool {
        Self.lookup(majorPlaces, lowerWords)
    }

    /// Whether an optional section (absent in older files) holds the lower-cased word.
    @inline(__always) static func lookup(_ filter: BloomFilter?, _ lower: String) -> Bool {
        filter?.contains(normalized(lower)) ?? false
    }

    /// NFC, with the typographic apostrophe written as the compiler writes it ("l’hôpital" → "l'hôpital").
    @inline(__always) static func normalized(_ lower: String) -> String {
        if lower.utf8.allSatisfy({ $0 < 128 }) { return lower }
        return lower.replacingOccurrences(of: "\u{2019}", with: "'").precomposedStringWithCanonicalMapping
    }
}
