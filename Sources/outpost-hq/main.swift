// outpost-hq: the reference cloud endpoint (OpenAI-compatible chat + NDJSON ingest with
// idempotency and fault injection). Wiring only; see HQCommand.swift and HQApplication.swift.
await HQCommand.start()
