import Foundation
import Testing
@testable import OutpostRedaction

struct PlaceholderTests {
    let redactor = try! Redactor()

    @Test func restoringFromVaultEntriesContinuesNumberingAndReusesPlaceholders() {
        var map = PlaceholderMap(restoring: ["<PERSON_1>": "Ana Lima", "<PERSON_3>": "Jo Park", "<PHONE_2>": "555-0100"])
        #expect(map.placeholder(for: "Ana Lima", type: .person) == "<PERSON_1>")
        #expect(map.placeholder(for: "Kim Wu", type: .person) == "<PERSON_4>")
        #expect(map.placeholder(for: "555-0199", type: .phone) == "<PHONE_3>")
        #expect(map.original(of: "<PERSON_3>") == "Jo Park")
        #expect(PlaceholderMap(restoring: [:]) == PlaceholderMap())
    }

    @Test func repeatedValuesShareAPlaceholderAcrossRequests() {
        var map = PlaceholderMap()
        let a = redactor.redact("Patient Ngozi Eze, MRN 4471920, called.", map: &map)
        let b = redactor.redact("ngozi eze asked again; MRN 4471920; Dmitri Sokolov too.", map: &map)
        #expect(a.redacted == "Patient <PERSON_1>, MRN <MRN_1>, called.")
        #expect(b.redacted == "<PERSON_1> asked again; MRN <MRN_1>; <PERSON_2> too.")
        #expect(map.counters["PERSON"] == 2)
    }

    @Test func mapRoundTripsThroughCodableAndKeepsNumbering() throws {
        var map = PlaceholderMap()
        _ = redactor.redact("Patient Ngozi Eze called.", map: &map)
        let data = try JSONEncoder().encode(map)
        var back = try JSONDecoder().decode(PlaceholderMap.self, from: data)
        #expect(back == map)
        let r = redactor.redact("Ngozi Eze and Dmitri Sokolov", map: &back)
        #expect(r.redacted == "<PERSON_1> and <PERSON_2>")
    }

    @Test(arguments: [("<PERSON_1>", true), ("<MRN_12>", true), ("<PERSON_0>", false), ("<person_1>", false), ("<PERSON_01>", false), ("PERSON_1", false)])
    func parse(placeholder: String, valid: Bool) {
        #expect((PlaceholderMap.parse(placeholder) != nil) == valid)
    }

    @Test func reidentifyRestoresKnownAndCountsUnknown() {
        var map = PlaceholderMap()
        let r = redactor.redact("Patient Ngozi Eze, DOB 02/11/1949.", map: &map)
        let reply = "Dear <PERSON_1>, your DOB <DATE_1> is on file. <PERSON_7> and <person 1> are unknown."
        let back = Reidentifier.reidentify(reply, map: map)
        #expect(back.text == "Dear Ngozi Eze, your DOB 02/11/1949 is on file. <PERSON_7> and <person 1> are unknown.")
        #expect(back.restored == 2)
        #expect(back.unknown == 2)
        #expect(r.entities.count == 2)
    }

    @Test func outboundGuardRefusesRawTextAndPassesRedacted() throws {
        let guardian = OutboundGuard()
        let raw = "Patient Ngozi Eze, SSN 558-39-2492, phone 617-555-0134."
        #expect(throws: RedactionError.self) { try guardian.check(raw) }
        var map = PlaceholderMap()
        let redacted = redactor.redact(raw, map: &map).redacted
        try guardian.check(redacted)
        #expect(guardian.findings("Hello, what are the visiting hours?").isEmpty)
        #expect(guardian.findings("request 3f2b8c9e-1d2a-4b6c-9e8f-0a1b2c3d4e5f escalated").isEmpty)
        #expect(!guardian.findings("claim 3f2b8c9e-1d2a-4b6c and MRN 4471920").isEmpty)
    }
}

@Suite struct KnownValuesTests {
    @Test func knownValuesLeaveAsTheirPlaceholdersWholeWordsOnly() {
        var map = PlaceholderMap()
        let person = map.placeholder(for: "Ann Okafor", type: .person)
        let month = map.placeholder(for: "May", type: .date)
        #expect(map.maskingKnownValues("Noted: Ann Okafor, seen in May.") == "Noted: \(person), seen in \(month).")
        #expect(map.maskingKnownValues("you may go; Ann Okaforsen is someone else") == "you may go; Ann Okaforsen is someone else")
        #expect(map.maskingKnownValues("") == "")
    }
}
