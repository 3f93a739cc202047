import Foundation
import Hummingbird

extension Response {
    /// A JSON response from an Encodable value (sorted keys).
    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try JSONEncoder.api.encode(value)
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension Request {
    /// Decodes the JSON body (at most `limit` bytes) with clear 4xx errors: 413 too large,
    /// 400 not UTF-8 / not JSON / wrong shape (naming the field).
    func decodeJSON<T: Decodable>(_ type: T.Type, limit: Int) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: limit)
        } catch {
            throw APIError(.contentTooLarge, code: "too_large", message: "request body over \(limit) bytes")
        }
        let data = Data(buffer: buffer)
        guard String(data: data, encoding: .utf8) != nil else {
            throw APIError.badRequest("invalid_utf8", "request body is not valid UTF-8")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw APIError.badRequest("invalid_request", "missing field '\(key.stringValue)'")
        } catch let DecodingError.typeMismatch(_, ctx) {
            let field = ctx.codingPath.map(\.stringValue).joined(separator: ".")
            throw APIError.badRequest("invalid_request", "field '\(field)' has the wrong type")
        } catch let DecodingError.valueNotFound(_, ctx) {
            let field = ctx.codingPath.map(\.stringValue).joined(separator: ".")
            throw APIError.badRequest("invalid_request", "field '\(field)' must not be null")
        } catch {
            throw APIError.badRequest("invalid_json", "request body is not valid JSON")
        }
    }
}
