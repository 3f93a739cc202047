import Foundation
import InMemoryTracing
import Logging
import OutpostAPI
import OutpostAnalysis
import OutpostConfig
import OutpostRedaction
import OutpostRuntime
import OutpostStore
import OutpostSync
import OutpostTesting
import Testing
import Tracing

/// The pipeline's spans in-process (an in-memory tracer): one submit span with the steps as
/// children, counts and types as attributes, never the text; and with tracing off the client's
/// trace id still reaches the outbox row (so the cloud call continues it).
@Suite struct PipelineTracingTests {
    static let text = "Please call Margarethe Vollmer at +1 415 555 0199 about MRN 84423017"

    func pipeline(_ dir: TempDirectory, tracer: any Tracer) throws -> (Pipeline, Store) {
        let logger = Logger(label: "test")
        let store = try Store(directory: dir.path, logger: logger)
        let vault = Vault(key: try VaultKey.load(credentialsDirectory: nil, keyFile: dir.file("vault.key")))
        var config = OutpostConfig(environment: [:])
        config.stateDir = dir.path
        config.outbox.minFreeBytes = 0
        let analyzer = Analyzer(model: nil, redactor: try Redactor())
        return (Pipeline(store: store, vault: vault, analyzer: analyzer, config: config, logger: logger, tracer: tracer), store)
    }

    @Test func submitSpanHasTheStepsAsChildrenAndNoText() async throws {
        let dir = try TempDirectory(prefix: "trace-pipe")
        defer { dir.remove() }
        let tracer = InMemoryTracer()
        let (pipeline, _) = try pipeline(dir, tracer: tracer)
        let view = try await pipeline.submit(.init(text: Self.text))

        let spans = tracer.finishedSpans
        let submit = try #require(spans.first { $0.operationName == "outpost.submit" })
        #expect(submit.kind == .server)
        #expect(submit.parentSpanID == nil)
        #expect(submit.attributes["outpost.request.id"]?.toSpanAttribute() == .string(view.id))
        for name in ["outpost.redact", "outpost.keywords", "outpost.persist"] {
            let child = try #require(spans.first { $0.operationName == name }, "no \(name) span")
            #expect(child.traceID == submit.traceID)
            #expect(child.parentSpanID == submit.spanID, "\(name) is not a child of outpost.submit")
        }
        let redact = try #require(spans.first { $0.operationName == "outpost.redact" })
        #expect(redact.attributes["outpost.entities"]?.toSpanAttribute() == .int64(3))

        var dump = ""
        for span in spans { span.attributes.forEach { key, value in dump += "\(key)=\(value) " } }
        for secret in ["Vollmer", "Margarethe", "555 0199", "84423017"] { #expect(!dump.contains(secret), "\(secret) in span attributes: \(dump)") }
    }

    @Test func refusedRequestMarksTheSpan() async throws {
        let dir = try TempDirectory(prefix: "trace-refuse")
        defer { dir.remove() }
        let tracer = InMemoryTracer()
        let (pipeline, _) = try pipeline(dir, tracer: tracer)
        await #expect(throws: PipelineError.self) { try await pipeline.submit(.init(text: "   ")) }
        let submit = try #require(tracer.finishedSpans.first { $0.operationName == "outpost.submit" })
        #expect(submit.status?.code == .error)
        #expect(submit.attributes["outpost.refusal"]?.toSpanAttribute() == .string("empty_text"))
    }

    @Test func tracingOffStillContinuesTheClientsTrace() async throws {
        let dir = try TempDirectory(prefix: "trace-off")
        defer { dir.remove() }
        let (pipeline, store) = try pipeline(dir, tracer: NoOpTracer())
        let client = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
        _ = try await pipeline.submit(.init(text: Self.text, traceparent: client))
        _ = try await pipeline.submit(.init(text: Self.text, traceparent: "garbage"))
        let rows = try await store.outboxItems(state: nil).compactMap(\.traceparent)
        #expect(rows.count == 2)
        #expect(rows.contains { $0.hasPrefix("00-4bf92f3577b34da6a3ce929d0e0e4736-") && $0 != client }, "\(rows)")
        #expect(rows.allSatisfy { TraceContext(traceparent: $0) != nil }, "\(rows)")
    }
}
