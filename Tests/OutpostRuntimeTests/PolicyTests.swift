import OutpostModel
import OutpostTesting
import Testing

@testable import OutpostRuntime
import OutpostConfig

@Suite struct PolicyTests {
    func policy(_ configure: (inout OutpostConfig.Routing) -> Void = { _ in }) -> RoutingPolicy {
        var routing = OutpostConfig.Routing()
        routing.localIntents = ["clinic_hours", "check_balance"]
        routing.neverCloud = ["check_balance", "change_pin"]
        routing.minConfidence = 0.6
        configure(&routing)
        return RoutingPolicy(routing)
    }

    func p(_ intent: String, _ confidence: Float, inScope: Bool = true) -> IntentPrediction {
        IntentPrediction(intent: inScope ? intent : "oos", confidence: confidence, inScope: inScope, bestInScope: intent)
    }

    @Test func everyDecisionHasItsReason() {
        let policy = policy()
        #expect(policy.decide(p("clinic_hours", 0.9)).route == .local)
        #expect(policy.decide(p("clinic_hours", 0.3)).route == .cloud)
        #expect(policy.decide(p("clinic_hours", 0.3)).reason.contains("below"))
        #expect(policy.decide(p("check_balance", 0.9)).route == .local)
        #expect(policy.decide(p("check_balance", 0.3)).route == .refused)
        #expect(policy.decide(p("change_pin", 0.99)).route == .refused)
        #expect(policy.decide(p("book_appointment", 0.99)).route == .cloud)
        #expect(policy.decide(p("x", 0.99, inScope: false)).route == .cloud)
        #expect(self.policy { $0.outOfScope = "refuse" }.decide(p("x", 0.99, inScope: false)).route == .refused)
        #expect(policy.decide(nil).route == .cloud)
        for decision in [policy.decide(p("clinic_hours", 0.9)), policy.decide(p("change_pin", 0.9)), policy.decide(nil)] {
            #expect(!decision.reason.isEmpty)
        }
    }

    @Test func templatesFillFields() {
        let text = ReplyTemplate.render("{intent}: {keywords} ({confidence}) re {text}", intent: "clinic_hours",
                                        keywords: ["opening", "saturday"], redacted: "for <PERSON_1>", confidence: 0.912)
        #expect(text == "clinic_hours: opening, saturday (0.91) re for <PERSON_1>")
    }

    @Test func rateLimiterRefillsWithTheClock() {
        let clock = ManualClock()
        let limiter = RateLimiter(perMinute: 60, clock: clock)  // 1/s, burst 10
        for _ in 0..<10 { #expect(limiter.allow()) }
        #expect(!limiter.allow())
        clock.advance(by: .seconds(1))
        #expect(limiter.allow())
        #expect(!limiter.allow())
        clock.advance(by: .seconds(3600))
        for _ in 0..<10 { #expect(limiter.allow()) }  // capped at the burst, no backlog
        #expect(!limiter.allow())
        #expect(RateLimiter(perMinute: 0, clock: clock).allow())
    }
}
