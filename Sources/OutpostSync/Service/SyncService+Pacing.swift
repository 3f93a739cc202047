import OutpostSupport
import OutpostStore
import Synchronization

extension SyncService {
    /// One destination's share of the fleet rules: its throttle (pace, slow start, AIMD, the
    /// 429/503 hold) and its retry budget. Escalations and events each have one.
    struct Lane: Sendable {
        var throttle: DestinationThrottle
        var budget: RetryBudget
        /// A send was held back in this cycle (so the cycle waits for the next opening).
        var heldBack = false
        /// What held it back last: for the wait (`budget` waits for tokens, the others for the throttle).
        var budgetLimited = false
    }

    /// Whether a send (one escalation or one event batch) goes now.
    enum Admission: Sendable {
        /// Send; `cost` is what the retry budget paid (refunded on success).
        case go(cost: Double)
        /// Not now: hand the jobs back unsent.
        case hold
    }

    /// Seconds since the service was made, on its clock: the time base of the pure throttles.
    var elapsed: Duration { origin.duration(to: clock.now) }

    /// Decides whether `jobs` (one chat job, or one event batch) go now, and takes the send's
    /// token and retry cost when they do. While offline only the claimed probe goes (past every
    /// throttle: one request per probe interval). A foreground escalation passes the start-up
    /// delay, the pace and the budget, not a 429/503 hold.
    func admit(_ jobs: [OutboxJob], kind: OutboxJob.Kind) -> Admission {
        let now = elapsed
        return state.withLock { state -> Admission in
            if state.connectivity.allowance == .probeOnly {
                guard state.probeClaimed else { return .hold }
                state.probeClaimed = false
                return .go(cost: 0)
            }
            let foreground = jobs.contains(where: \.isForeground)
            var lane = state.lanes[kind] ?? Lane(throttle: DestinationThrottle(), budget: RetryBudget())
            defer { state.lanes[kind] = lane }
            func hold(_ reason: String, budget: Bool = false) -> Admission {
                lane.heldBack = true
                lane.budgetLimited = lane.budgetLimited || budget
                state.status.deferred[reason, default: 0] += jobs.count
                return .hold
            }
            if lane.throttle.isHeld(at: now) { return hold("retry_after") }
            if !foreground, now < state.startAt { return hold("startup") }
            if !foreground, lane.throttle.available(at: now) < 1 { return hold("pace") }
            var cost = 0.0
            if jobs.contains(where: { $0.attempts > 0 }) {
                cost = lane.budget.cost(afterTimeout: jobs.contains(where: \.lastFailedOnTimeout))
                if !lane.budget.spend(cost, at: now) {
                    guard foreground else { return hold("retry_budget", budget: true) }
                    cost = 0
                }
            }
            _ = lane.throttle.take(at: now, borrow: foreground)
            return .go(cost: cost)
        }
    }

    /// Feeds a send's outcome to its lane: successes speed it up and refill the budget; 429/503
    /// hold the whole destination; other 5xx and timeouts slow it down.
    func settle(kind: OutboxJob.Kind, cost: Double, failure: SyncFailure?) {
        let now = elapsed
        state.withLock { state in
            guard var lane = state.lanes[kind] else { return }
            defer { state.lanes[kind] = lane }
            guard let failure else {
                lane.throttle.succeeded(at: now)
                lane.budget.succeeded(refund: cost, at: now)
                return
            }
            if failure.code == .rateLimited || failure.httpStatus == 503 {
                lane.throttle.overloaded(at: now, retryAfter: failure.retryAfter, using: &state.random)
            } else if failure.code == .serverError || failure.code == .timeout {
                lane.throttle.congested(at: now)
            }
        }
    }

    /// After a cycle: how long until a lane that held work back may send again (`nil`: none held).
    func laneWait() -> Duration? {
        let now = elapsed
        return state.withLock { state -> Duration? in
            var wait: Duration?
            for (kind, var lane) in state.lanes where lane.heldBack {
                var opening = max(lane.throttle.nextOpening(at: now), state.startAt)
                if lane.budgetLimited {
                    let cost = lane.budget.cost(afterTimeout: false)
                    opening = max(opening, lane.budget.affordable(cost, at: now) ?? now + configuration.pollInterval)
                }
                let delay = max(opening - now, .milliseconds(1))
                wait = min(wait ?? delay, delay)
                lane.heldBack = false
                lane.budgetLimited = false
                state.lanes[kind] = lane
            }
            return wait
        }
    }

    /// The lanes restart slowly after an outage (slow start), and their state goes to status.
    func restartLanes() {
        let now = elapsed
        state.withLock { state in
            for kind in state.lanes.keys { state.lanes[kind]?.throttle.restart(at: now, using: &state.random) }
        }
    }

    /// The lanes' rates, holds and budgets as status shows them.
    func publishLanes(into state: inout State) {
        let now = elapsed
        for (kind, lane) in state.lanes {
            state.status.destinations[kind.rawValue] = SyncStatus.Destination(
                sendsPerSecond: lane.throttle.policy.enabled ? lane.throttle.rate : nil,
                heldForSeconds: lane.throttle.isHeld(at: now) ? (lane.throttle.holdUntil.map { ($0 - now).seconds } ?? 0) : 0,
                retryBudget: lane.budget.isUnlimited ? nil : lane.budget.tokens
            )
        }
    }
}
