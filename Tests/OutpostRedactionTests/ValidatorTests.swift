import Testing
@testable import OutpostRedaction

struct ValidatorTests {
    static func digits(_ s: String) -> [Int] { s.compactMap { $0.wholeNumberValue } }

    @Test(arguments: [("4111 1111 1111 1111", true), ("4111 1111 1111 1112", false), ("3705-703408-14858", true),
                      ("5182-8751-9073-6268", true), ("6011000990139424", true), ("1234567812345678", false)])
    func cards(number: String, valid: Bool) {
        #expect(Validators.isCard(Self.digits(number)) == valid)
    }

    @Test(arguments: [("GB82WEST12345698765432", true), ("GB82WEST12345698765433", false), ("DE89370400440532013000", true),
                      ("de89370400440532013000", true), ("FR1420041010050500013M02606", true), ("XX00", false)])
    func ibans(iban: String, valid: Bool) {
        #expect(Validators.isIBAN(iban) == valid)
    }

    @Test(arguments: [("011000015", true), ("021000021", true), ("021000022", false), ("12345678", false)])
    func routing(number: String, valid: Bool) {
        #expect(Validators.isABARouting(Self.digits(number)) == valid)
    }

    @Test(arguments: [("1234567893", true), ("1234567890", false), ("3234567893", false)])
    func npi(number: String, valid: Bool) {
        #expect(Validators.isNPI(Self.digits(number)) == valid)
    }

    @Test(arguments: [("AB1234563", true), ("AB1234564", false), ("A12345678", false)])
    func dea(number: String, valid: Bool) {
        #expect(Validators.isDEA(number) == valid)
    }

    @Test(arguments: [("1HGCM82633A004352", true), ("1HGCM82633A004353", false), ("1HGCM82633A00435", false)])
    func vin(number: String, valid: Bool) {
        #expect(Validators.isVIN(number) == valid)
    }

    @Test(arguments: [("558392492", true), ("000392492", false), ("666392492", false), ("958392492", false), ("558002492", false), ("558390000", false)])
    func ssn(number: String, valid: Bool) {
        #expect(Validators.isSSN(Self.digits(number)) == valid)
    }

    @Test func imei() {
        #expect(Validators.isIMEI(Self.digits("490154203237518")))
        #expect(!Validators.isIMEI(Self.digits("490154203237519")))
    }
}
