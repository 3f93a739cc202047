import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// One POST to the cloud with the headers every send carries, and the mapping of every
/// way it can go wrong onto `SyncFailure`.
struct CloudRequest: Sendable {
    var url: String
    var body: Data
    var contentType: String
    var accept: String
    var idempotencyKey: String
    var trace: TraceContext
    var apiKey: String?
    /// `gzip` when `body` is compressed.
    var contentEncoding: String? = nil
    /// How a non-2xx status is read: our policy (`FailureClassifier.classify`) or the OTLP
    /// specification's (`FailureClassifier.classifyOTLP`).
    var otlp = false

    func httpRequest() -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: contentType)
        request.headers.add(name: "Accept", value: accept)
        request.headers.add(name: "Idempotency-Key", value: idempotencyKey)
        request.headers.add(name: "traceparent", value: trace.traceparent)
        request.headers.add(name: "User-Agent", value: "outpost-sync/1")
        if let contentEncoding { request.headers.add(name: "Content-Encoding", value: contentEncoding) }
        if let apiKey, !apiKey.isEmpty {
            request.headers.add(name: "Authorization", value: "Bearer \(apiKey)")
        }
        request.body = .bytes(ByteBuffer(bytes: body))
        return request
    }

    /// Sends and returns the response once its head arrived with a 2xx status; a non-2xx
    /// status is read (a little) and classified.
    func send(with client: HTTPClient, deadline: NIODeadline) async throws(SyncFailure) -> HTTPClientResponse {
        let response: HTTPClientResponse
        do {
            response = try await client.execute(httpRequest(), deadline: deadline)
        } catch {
            throw SyncFailure.transport(error, url: url)
        }
        let status = Int(response.status.code)
        if (200..<300).contains(status) { return response }
        let snippet = (try? await response.body.collect(upTo: 4096)).map { String(buffer: $0) } ?? ""
        let retryAfter = response.headers.first(name: "Retry-After")
        let text = snippet.trimmingCharacters(in: .whitespacesAndNewlines)
        throw (otlp ? FailureClassifier.classifyOTLP(status: status, retryAfterHeader: retryAfter, body: text)
                    : FailureClassifier.classify(status: status, retryAfterHeader: retryAfter, body: text))
            ?? SyncFailure(code: .rejected, message: "unexpected status \(status)", httpStatus: status)
    }
}

extension SyncFailure {
    /// Maps an error thrown while talking to the cloud (before a status arrived or while
    /// reading the body) onto a failure code.
    static func transport(_ error: any Error, url: String) -> SyncFailure {
        if let failure = error as? SyncFailure { return failure }
        if error is CancellationError {
            return SyncFailure(code: .cancelled, message: "send to \(url) cancelled", cause: error)
        }
        if let httpError = error as? HTTPClientError {
            switch httpError {
            case .connectTimeout, .deadlineExceeded, .readTimeout, .writeTimeout, .tlsHandshakeTimeout,
                 .getConnectionFromPoolTimeout:
                return SyncFailure(code: .timeout, message: "cloud at \(url) did not answer in time (\(httpError))", cause: error)
            case .cancelled:
                return SyncFailure(code: .cancelled, message: "send to \(url) cancelled", cause: error)
            case .invalidURL, .emptyHost, .emptyScheme:
                return SyncFailure(code: .network, message: "cloud URL \(url) is not valid; fix [cloud] in the configuration", cause: error)
            default:
                break
            }
        }
        if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError {
            return SyncFailure(
                code: .tls,
                message: "TLS with \(url) failed (\(error)); check the pinned CA and the client certificate",
                cause: error
            )
        }
        return SyncFailure(code: .network, message: "cannot reach the cloud at \(url): \(error)", cause: error)
    }
}
