import Foundation
import OutpostModel
import OutpostSupport
import Testing
@testable import OutpostRedaction

extension SplitMix64 {
    mutating func pick<T>(_ a: [T]) -> T { a[int(a.count)] }
    mutating func digits(_ n: Int) -> String { String((0..<n).map { _ in Character(String(int(10))) }) }
}

/// Generated inputs: redact → re-identify returns the original exactly; garbage never crashes.
struct PropertyTests {
    let redactor = try! Redactor()

    typealias Rng = SplitMix64

    static let firsts = ["Ngozi", "Tomasz", "Aroha", "Siddharth", "Ingrid", "Beatriz", "Kenji", "Will", "Hope", "mei", "ОЛЬГА", "Zoë"]
    static let lasts = ["Eze", "Wojcik", "Ngata", "Raghunathan", "Lindqvist", "Carvalho", "Watanabe", "O'Brien", "Smith-Jones", "Brown"]
    static let templates = [
        "Patient {P}, DOB {D}, MRN {N}, phone {T}.",
        "{P} called about card ending in {4}; reply to {E}.",
        "please move {P}'s appointment from {D} to next week, pt has Parkinson's disease.",
        "Transfer $300 to {P}, account {N}, reference rent.",
        "<PERSON_1> wrote: {P} lives at {A}.",
        "Nothing to see here: BP 142/88, 10 mg at 14:00.",
        "{P} <{P}> [{N}] «{D}» — {T}",
    ]

    func generate(_ rng: inout Rng) -> String {
        var text = rng.pick(Self.templates)
        func person(_ rng: inout Rng) -> String { rng.pick(Self.firsts) + " " + rng.pick(Self.lasts) }
        while let r = text.range(of: "{P}") { text.replaceSubrange(r, with: person(&rng)) }
        while let r = text.range(of: "{D}") { text.replaceSubrange(r, with: "\(1 + rng.int(12))/\(1 + rng.int(28))/19\(rng.digits(2))") }
        while let r = text.range(of: "{N}") { text.replaceSubrange(r, with: rng.digits(6 + rng.int(6))) }
        while let r = text.range(of: "{T}") { text.replaceSubrange(r, with: "\(rng.digits(3))-\(rng.digits(3))-\(rng.digits(4))") }
        while let r = text.range(of: "{4}") { text.replaceSubrange(r, with: rng.digits(4)) }
        while let r = text.range(of: "{E}") { text.replaceSubrange(r, with: "user\(rng.digits(3))@mail.example.com") }
        while let r = text.range(of: "{A}") { text.replaceSubrange(r, with: "\(1 + rng.int(9000)) Harbor Road Apt \(rng.int(40))") }
        return text
    }

    @Test func redactThenReidentifyIsIdentity() {
        var rng = Rng(seed: 42)
        for _ in 0..<500 {
            var map = PlaceholderMap()
            let text = generate(&rng)
            let r = redactor.redact(text, map: &map)
            let back = Reidentifier.reidentify(r.redacted, map: map)
            #expect(back.text == text, "round trip failed for: \(text) → \(r.redacted)")
            #expect(back.restored == r.entities.count)
            for e in r.entities { #expect(e.start < e.end && e.end <= text.unicodeScalars.count) }
        }
    }

    @Test func conversationWideMapRoundTrips() {
        var rng = Rng(seed: 7)
        var map = PlaceholderMap()
        var pairs: [(String, String)] = []
        for _ in 0..<100 {
            let text = generate(&rng)
            pairs.append((text, redactor.redact(text, map: &map).redacted))
        }
        for (text, redacted) in pairs { #expect(Reidentifier.reidentify(redacted, map: map).text == text) }
    }

    @Test func randomScalarsNeverCrash() {
        var rng = Rng(seed: 99)
        let pool: [Unicode.Scalar] = Array("aZ09 .,-/:@+()#'\n\t<>_".unicodeScalars) + ["\u{0}", "\u{301}", "\u{FFFD}", "\u{1F600}", "王", "é", "\u{200B}", "٣"]
        for _ in 0..<300 {
            var v = String.UnicodeScalarView()
            for _ in 0..<rng.int(200) {
                if rng.int(3) == 0, let s = Unicode.Scalar(UInt32(rng.int(0xD7FF))) { v.append(s) } else { v.append(rng.pick(pool)) }
            }
            let text = String(v)
            var map = PlaceholderMap()
            let r = redactor.redact(text, map: &map)
            #expect(Reidentifier.reidentify(r.redacted, map: map).text == text)
        }
    }

    @Test func randomBytesDecodedLossilyNeverCrash() {
        var rng = Rng(seed: 5)
        for _ in 0..<200 {
            let bytes = (0..<rng.int(300)).map { _ in UInt8(rng.int(256)) }
            let text = String(decoding: bytes, as: UTF8.self)
            var map = PlaceholderMap()
            _ = redactor.redact(text, map: &map)
            _ = OutboundGuard().findings(text)
        }
    }

    @Test func hugeInputIsHandled() throws {
        var rng = Rng(seed: 3)
        var text = ""
        while text.utf8.count < 400_000 { text += generate(&rng) + " " }
        text += String(repeating: "9", count: 50_000) + String(repeating: "a", count: 50_000)
        var map = PlaceholderMap()
        let r = redactor.redact(text, map: &map)
        #expect(Reidentifier.reidentify(r.redacted, map: map).text == text)
        var small = RedactionConfig()
        small.maxChars = 1000
        #expect(throws: RedactionError.self) { try Redactor(config: small).redactChecked(text, map: &map) }
    }
}
