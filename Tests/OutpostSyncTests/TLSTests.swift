import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Testing
@testable import OutpostSync
import OutpostConfig

/// TLS on loopback: a pinned CA is the only one trusted; mutual TLS with a client certificate.
@Suite struct TLSTests {
    /// Writes the test PKI to a temp directory; returns the path of `name`.
    static let pkiDirectory: String = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("outpost-tls-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let files = [
            "ca.pem": TestPKI.caCertificate, "other.pem": TestPKI.otherCACertificate,
            "client.pem": TestPKI.clientCertificate, "client.key": TestPKI.clientKey,
        ]
        for (name, text) in files { try? text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8) }
        return directory
    }()

    static func path(_ name: String) -> String { pkiDirectory + "/" + name }

    static func complete(port: Int, tls: CloudConfig.TLS) async throws(SyncFailure) -> ChatReply {
        var config = CloudConfig(serverRoot: "https://127.0.0.1:\(port)")
        config.tls = tls
        config.requestTimeout = .seconds(10)
        let client = try CloudHTTPClient.make(config: config)
        let chat = ChatClient(config: config, httpClient: client, guard: PermissiveGuard())
        let result: Result<ChatReply, SyncFailure>
        do {
            result = .success(try await chat.complete([.user("hi")], idempotencyKey: "tls", trace: .generate()))
        } catch {
            result = .failure(error)
        }
        try? await client.shutdown()
        return try result.get()
    }

    @Test func theClientCertificateTellsItsBoxAndItsEnd() throws {
        let certificate = try ClientCertificate.read(pemFile: Self.path("client.pem"))
        #expect(certificate.commonName == "outpost-box")
        // TestPKI's client certificate: 2026-11-29 to 2126-11-05.
        #expect(certificate.notValidBefore < Date(timeIntervalSince1970: 1_796_000_000))
        #expect(certificate.notValidAfter > Date(timeIntervalSince1970: 4_900_000_000))
        #expect(throws: SyncFailure.self) { try ClientCertificate.read(pemFile: Self.path("no-such.pem")) }
    }

    @Test func pinnedCAIsTrusted() async throws {
        try await Self.withTLSServer(requireClientCertificate: false) { port in
            let reply = try await Self.complete(port: port, tls: .init(caFile: Self.path("ca.pem")))
            #expect(reply.content == "over TLS")
        }
    }

    @Test func aServerSignedByAnotherCAIsRefused() async throws {
        try await Self.withTLSServer(requireClientCertificate: false) { port in
            await #expect { try await Self.complete(port: port, tls: .init(caFile: Self.path("other.pem"))) } throws: {
                ($0 as? SyncFailure)?.code == .tls
            }
        }
    }

    @Test func mutualTLSNeedsTheClientCertificate() async throws {
        try await Self.withTLSServer(requireClientCertificate: true) { port in
            await #expect { try await Self.complete(port: port, tls: .init(caFile: Self.path("ca.pem"))) } throws: {
                let code = ($0 as? SyncFailure)?.code
                return code == .tls || code == .network
            }
            let reply = try await Self.complete(port: port, tls: .init(
                caFile: Self.path("ca.pem"), clientCertificateFile: Self.path("client.pem"), clientKeyFile: Self.path("client.key")
            ))
            #expect(reply.content == "over TLS")
        }
    }

    // MARK: A tiny HTTPS server

    static func withTLSServer(requireClientCertificate: Bool, _ body: (Int) async throws -> Void) async throws {
        let ca = try NIOSSLCertificate(bytes: Array(TestPKI.caCertificate.utf8), format: .pem)
        var tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try NIOSSLCertificate(bytes: Array(TestPKI.serverCertificate.utf8), format: .pem))],
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(TestPKI.serverKey.utf8), format: .pem))
        )
        if requireClientCertificate {
            tls.certificateVerification = .noHostnameVerification
            tls.trustRoots = .certificates([ca])
        }
        let context = try NIOSSLContext(configuration: tls)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(CannedChatHandler())
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        do {
            try await body(channel.localAddress?.port ?? 0)
        } catch {
            try? await channel.close()
            throw error
        }
        try await channel.close()
    }
}

/// Answers every request with one fixed chat completion.
final class CannedChatHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .end = unwrapInboundIn(data) else { return }
        let body = ByteBuffer(string: #"{"id":"chatcmpl-tls","model":"m","choices":[{"message":{"content":"over TLS"},"finish_reason":"stop"}]}"#)
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        headers.add(name: "Content-Length", value: "\(body.readableBytes)")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}

/// `outpost doctor`'s cloud check: reached with the pinned CA, a TLS failure without it.
@Suite struct CloudProbeTests {
    @Test func probeReachesOverTLSWithThePinnedCAOnly() async throws {
        try await TLSTests.withTLSServer(requireClientCertificate: false) { port in
            var config = CloudConfig(serverRoot: "https://127.0.0.1:\(port)")
            config.tls = .init(caFile: TLSTests.path("ca.pem"))
            let reached = try await CloudProbe.run(config: config).get()
            #expect(reached.status == 200)
            config.tls = .init(caFile: TLSTests.path("other.pem"))
            guard case .failure(let failure) = await CloudProbe.run(config: config) else {
                Issue.record("a server signed by another CA was accepted")
                return
            }
            #expect(failure.code == .tls, "\(failure)")
        }
    }

    @Test func nothingListeningIsANetworkFailure() async throws {
        var config = CloudConfig(serverRoot: "http://127.0.0.1:1")
        config.connectTimeout = .seconds(2)
        guard case .failure(let failure) = await CloudProbe.run(config: config) else {
            Issue.record("port 1 answered")
            return
        }
        #expect(failure.code == .network || failure.code == .timeout, "\(failure)")
    }
}
