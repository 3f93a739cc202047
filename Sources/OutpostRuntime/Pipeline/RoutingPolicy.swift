import Foundation
public import OutpostConfig
public import OutpostModel

/// Where a request goes and why — a pure function of the configuration and what was understood.
public struct RoutingPolicy: Sendable, Equatable {
    public enum Route: String, Sendable, Codable { case local, cloud, refused }

    public struct Decision: Sendable, Equatable {
        public var route: Route
        /// Human-readable, recorded with the request.
        public var reason: String
    }

    public var localIntents: Set<String>
    public var neverCloud: Set<String>
    public var minConfidence: Double
    public var refuseOutOfScope: Bool

    public init(_ routing: OutpostConfig.Routing) {
        localIntents = Set(routing.localIntents)
        neverCloud = Set(routing.neverCloud)
        minConfidence = routing.minConfidence
        refuseOutOfScope = routing.outOfScope == "refuse"
    }

    public func decide(_ prediction: IntentPrediction?) -> Decision {
        guard let p = prediction else {
            return Decision(route: .cloud, reason: "no intent model loaded: escalated")
        }
        let confident = Double(p.confidence) >= minConfidence
        let confidence = String(format: "%.2f", p.confidence)
        if !p.inScope {
            return refuseOutOfScope
                ? Decision(route: .refused, reason: "out of scope (policy: refuse)")
                : Decision(route: .cloud, reason: "out of scope: escalated")
        }
        if localIntents.contains(p.intent) && confident {
            return Decision(route: .local, reason: "intent \(p.intent) is answered locally (confidence \(confidence))")
        }
        if neverCloud.contains(p.intent) {
            return Decision(route: .refused, reason: localIntents.contains(p.intent)
                ? "intent \(p.intent) must never go to the cloud and confidence \(confidence) is below \(minConfidence)"
                : "intent \(p.intent) must never go to the cloud")
        }
        if localIntents.contains(p.intent) {
            return Decision(route: .cloud, reason: "confidence \(confidence) below \(minConfidence) for local intent \(p.intent): escalated")
        }
        return Decision(route: .cloud, reason: "intent \(p.intent) is not answered locally: escalated")
    }
}

/// Local reply templates: `{intent}`, `{keywords}` (comma-separated), `{text}` (the redacted text),
/// `{confidence}`. Placeholders in the result are re-identified on the way out like cloud replies.
public enum ReplyTemplate {
    public static func render(_ template: String, intent: String, keywords: [String], redacted: String, confidence: Float) -> String {
        template
            .replacingOccurrences(of: "{intent}", with: intent)
            .replacingOccurrences(of: "{keywords}", with: keywords.joined(separator: ", "))
            .replacingOccurrences(of: "{text}", with: redacted)
            .replacingOccurrences(of: "{confidence}", with: String(format: "%.2f", confidence))
    }
}

