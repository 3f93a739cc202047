public import AsyncHTTPClient
import Foundation
import NIOCore
public import NIOSSL
public import OutpostConfig

/// Builds the `HTTPClient` the cloud transports share, from `CloudConfig`:
/// connect timeout, no redirects, and TLS with an optional pinned CA (only that CA is
/// trusted) and an optional client certificate for mutual TLS.
///
/// The caller owns the client and shuts it down (`try await client.shutdown()`).
public enum CloudHTTPClient {
    public static func make(config: CloudConfig) throws(SyncFailure) -> HTTPClient {
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: try tlsConfiguration(config.tls),
            redirectConfiguration: .disallow,
            timeout: .init(connect: TimeAmount(config.connectTimeout), read: TimeAmount(config.streamIdleTimeout))
        )
        configuration.httpVersion = .automatic
        // Our own backoff and connectivity probes decide when to retry; AHC's internal
        // connect retries would hide a refused connection or a TLS failure until the deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        // No spans or headers of AHC's own: the sync span's context is the one `traceparent`
        // (CloudRequest) — a global tracer would add a second header.
        configuration.tracing.tracer = nil
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    /// The TLS configuration for `tls`; files are read now so a bad path fails at start.
    public static func tlsConfiguration(_ tls: CloudConfig.TLS) throws(SyncFailure) -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        do {
            if let caFile = tls.caFile {
                let roots = try NIOSSLCertificate.fromPEMFile(caFile)
                guard !roots.isEmpty else {
                    throw SyncFailure(code: .tls, message: "CA file \(caFile) holds no PEM certificate")
                }
                configuration.trustRoots = .certificates(roots)
            }
            switch (tls.clientCertificateFile, tls.clientKeyFile) {
            case (nil, nil):
                break
            case (let certFile?, let keyFile?):
                configuration.certificateChain = try NIOSSLCertificate.fromPEMFile(certFile).map { .certificate($0) }
                configuration.privateKey = .privateKey(try NIOSSLPrivateKey(file: keyFile, format: .pem))
            default:
                throw SyncFailure(
                    code: .tls,
                    message: "client certificate and client key must be set together (cloud TLS configuration)"
                )
            }
        } catch let failure as SyncFailure {
            throw failure
        } catch {
            throw SyncFailure(code: .tls, message: "cannot load cloud TLS files: \(error)", cause: error)
        }
        return configuration
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
