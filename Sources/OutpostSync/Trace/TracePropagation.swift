public import Tracing

/// W3C trace context between the daemon's tracer and the `traceparent` strings the outbox
/// stores and the cloud receives.
///
/// With tracing on (an OTel tracer), the `traceparent` is the tracer's own span context, so the
/// cloud's spans join the box's trace. With tracing off (`NoOpTracer`) the tracer propagates
/// nothing and callers fall back to ``TraceContext`` ids of their own: every cloud call still
/// carries a valid `traceparent` for log correlation.
public enum TracePropagation {
    /// The `traceparent` the tracer writes for `context`'s span; `nil` when it writes none.
    public static func traceparent(of context: ServiceContext, tracer: any Tracer) -> TraceContext? {
        var carrier: [String: String] = [:]
        tracer.inject(context, into: &carrier, using: DictionaryInjector())
        return carrier["traceparent"].flatMap(TraceContext.init(traceparent:))
    }

    /// A context whose remote parent is `traceparent` (an incoming request's header, or the
    /// submit span stored with an outbox row); top level when there is none.
    public static func context(parent traceparent: String?, tracer: any Tracer) -> ServiceContext {
        var context = ServiceContext.topLevel
        if let traceparent {
            tracer.extract(["traceparent": traceparent], into: &context, using: DictionaryExtractor())
        }
        return context
    }
}

struct DictionaryInjector: Injector {
    func inject(_ value: String, forKey key: String, into carrier: inout [String: String]) {
        carrier[key.lowercased()] = value
    }
}

struct DictionaryExtractor: Extractor {
    func extract(key: String, from carrier: [String: String]) -> String? {
        carrier[key.lowercased()]
    }
}
