import Foundation
import Testing
@testable import OutpostSync

@Suite struct FailureClassifierTests {
    @Test(arguments: [200, 201, 202, 204])
    func successIsNotAFailure(status: Int) {
        #expect(FailureClassifier.classify(status: status) == nil)
    }

    @Test(arguments: [400, 404, 405, 410, 411, 413, 414, 415, 422, 451, 301, 302])
    func permanentStatusesDeadLetterAtOnce(status: Int) throws {
        let failure = try #require(FailureClassifier.classify(status: status))
        #expect(failure.code == .rejected)
        #expect(failure.disposition == .deadLetter)
        #expect(failure.httpStatus == status)
    }

    @Test(arguments: [408, 409, 425, 500, 502, 503, 504, 599])
    func serverSideStatusesRetry(status: Int) throws {
        let failure = try #require(FailureClassifier.classify(status: status))
        #expect(failure.code == .serverError)
        #expect(failure.disposition == .retry(retryAfter: nil))
        #expect(failure.countsAgainstConnectivity)
    }

    @Test func rateLimitHonoursRetryAfterSeconds() throws {
        let failure = try #require(FailureClassifier.classify(status: 429, retryAfterHeader: "17"))
        #expect(failure.code == .rateLimited)
        #expect(failure.disposition == .retry(retryAfter: .seconds(17)))
        #expect(!failure.countsAgainstConnectivity)
    }

    @Test func retryAfterAsHTTPDate() throws {
        let now = Date(timeIntervalSince1970: 1_445_412_480)  // Wed, 21 Oct 2015 07:28:00 GMT
        let delay = FailureClassifier.parseRetryAfter("Wed, 21 Oct 2015 07:30:00 GMT", now: now)
        #expect(delay == .seconds(120))
        #expect(FailureClassifier.parseRetryAfter("soon", now: now) == nil)
        #expect(FailureClassifier.parseRetryAfter("-5", now: now) == nil)
    }

    @Test(arguments: [401, 403])
    func authFailuresRetrySoAKeyFixCanRescueTheQueue(status: Int) throws {
        let failure = try #require(FailureClassifier.classify(status: status))
        #expect(failure.code == .auth)
        #expect(failure.disposition == .retry(retryAfter: nil))
    }

    @Test func transportErrorsAreRetried() {
        for code in [SyncFailure.Code.network, .timeout, .tls, .cancelled] {
            #expect(SyncFailure(code: code, message: "x").disposition == .retry(retryAfter: nil))
        }
        for code in [SyncFailure.Code.guardRefused, .invalidPayload, .invalidReply, .maxAttempts] {
            #expect(SyncFailure(code: code, message: "x").disposition == .deadLetter)
        }
    }
}
