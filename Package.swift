// swift-tools-version:6.1
// Outpost — edge-AI appliance runtime. Module map: ../shared/ARCHITECTURE.md (contract names).
import Foundation
import PackageDescription

/// One list of Swift settings, applied to every Swift target at the end of this file.
var swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InferIsolatedConformances"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]
// CI builds with OUTPOST_WERROR=1: warnings in our own code are errors (dependencies are not affected).
if ProcessInfo.processInfo.environment["OUTPOST_WERROR"] == "1" {
    swiftSettings.append(.unsafeFlags(["-warnings-as-errors"]))
}

let package = Package(
    name: "outpost",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "outpostd", targets: ["outpostd"]),
        .executable(name: "outpost", targets: ["outpost"]),
        .executable(name: "outpost-hq", targets: ["outpost-hq"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.25.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.10.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.2.0"),
        // OTLP/HTTP only: the default traits would also build gRPC.
        .package(url: "https://github.com/swift-otel/swift-otel", from: "1.0.0", traits: ["OTLPHTTP"]),
        // gzip of event exports (the system zlib).
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
    ],
    targets: [
        // MARK: C targets (no Swift settings)
        .target(name: "CGpiod", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "CKernels", cSettings: [.unsafeFlags(["-O3"])]),

        // MARK: Libraries
        .target(name: "OutpostModel", dependencies: ["CKernels", "OutpostSupport"]),
        .target(name: "OutpostRedaction", dependencies: ["OutpostModel", "OutpostSupport"]),
        // What the CLI runs offline and the daemon never does: benchmarks against their peers, and the
        // trainers (with their corpora) that build shipped artefacts.
        .target(name: "OutpostBench", dependencies: [
            "OutpostModel", "OutpostRedaction", "OutpostSupport", "OutpostSync", "OutpostConfig", "OutpostStore",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "OutpostStore", dependencies: [
            "OutpostSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // What several modules share, with no Outpost dependency: the wake signal, the seeded generator,
        // `JSONValue`, the TOML position helpers, the libc call wrapper, credential files, free disk space.
        .target(name: "OutpostSupport"),
        // The local API's wire types (Codable) and the daemon client: what the CLI needs to talk to outpostd.
        .target(name: "OutpostAPI", dependencies: ["OutpostSupport"]),
        // `outpost.toml`: the configuration struct, its schema, reader and validation.
        .target(name: "OutpostConfig", dependencies: [
            "OutpostSupport",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        // One encoder pass -> redaction, intent, keywords: used by the pipeline and `outpost analyze`.
        .target(name: "OutpostAnalysis", dependencies: [
            "OutpostModel", "OutpostRedaction",
            .product(name: "Tracing", package: "swift-distributed-tracing"),
        ]),
        .target(name: "OutpostSync", dependencies: [
            "OutpostConfig", "OutpostStore", "OutpostSupport",
            .product(name: "CompressNIO", package: "compress-nio"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Tracing", package: "swift-distributed-tracing"),
        ]),
        .target(name: "OutpostLights", dependencies: [
            "CGpiod", "OutpostSupport",
            .product(name: "TOMLKit", package: "TOMLKit"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // `outpost doctor`'s checks (read-only unless asked to fix modes and ownership).
        .target(name: "OutpostDoctor", dependencies: [
            "OutpostAPI", "OutpostConfig", "OutpostModel", "OutpostRedaction", "OutpostStore", "OutpostSync", "OutpostLights", "OutpostSupport",
        ]),
        .target(name: "OutpostRuntime", dependencies: [
            "OutpostAPI", "OutpostConfig", "OutpostAnalysis",
            "OutpostModel", "OutpostRedaction", "OutpostStore", "OutpostSync", "OutpostLights", "OutpostSupport",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Tracing", package: "swift-distributed-tracing"),
            .product(name: "OTel", package: "swift-otel"),
            .product(name: "TOMLKit", package: "TOMLKit"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        // Test helpers every test target may use: the manual clock, temp directories. No heavy deps.
        .target(name: "OutpostTesting"),
        // The real processes for process-level tests: outpostd and outpost-hq, the notify socket.
        .target(name: "OutpostTestingDaemon", dependencies: ["OutpostRuntime", "OutpostAPI", "OutpostTesting"]),

        // MARK: Executables (wiring only)
        .executableTarget(name: "outpostd", dependencies: [
            "OutpostRuntime", "OutpostAPI",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "outpost", dependencies: [
            "OutpostAPI", "OutpostConfig", "OutpostDoctor", "OutpostAnalysis",
            "OutpostModel", "OutpostRedaction", "OutpostStore", "OutpostLights", "OutpostSupport", "OutpostBench",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "outpost-hq", dependencies: [
            "OutpostSupport",
            .product(name: "CompressNIO", package: "compress-nio"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // MARK: Tests
        .testTarget(name: "OutpostModelTests", dependencies: ["OutpostModel", "CKernels"]),
        .testTarget(name: "OutpostRedactionTests", dependencies: ["OutpostRedaction", "OutpostBench"]),
        .testTarget(name: "OutpostStoreTests", dependencies: ["OutpostStore", "OutpostTesting"]),
        .testTarget(name: "OutpostLightsTests", dependencies: ["OutpostLights", "OutpostSupport", "OutpostTesting"]),
        .testTarget(name: "OutpostTestingTests", dependencies: ["OutpostTesting"]),
        .testTarget(name: "OutpostSyncTests", dependencies: [
            "OutpostSync", "OutpostConfig", "OutpostSupport", "OutpostTesting", "outpost-hq",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
            .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
        ]),
        .testTarget(name: "OutpostRuntimeTests", dependencies: [
            "OutpostRuntime", "OutpostAPI", "OutpostAnalysis", "OutpostConfig", "OutpostDoctor", "OutpostRedaction", "OutpostSupport",
            "OutpostTesting", "OutpostTestingDaemon", "outpost-hq",
            .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
        ]),
    ]
)

for target in package.targets where target.type != .system && !["CGpiod", "CKernels"].contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + swiftSettings
}
