import Foundation
import Hummingbird
import NIOCore
import NIOFoundationEssentialsCompat
import NIOPosix
import OutpostAPI
import OutpostModel
import OutpostSupport

/// `POST /v1/embeddings`, OpenAI's shape, served by the box's own int8 encoder: the mean-pooled,
/// L2-normalised sentence vector of each input (384 numbers for MiniLM-L6), computed on the text as
/// the client sent it and never sent anywhere. `input` is a string or an array of strings;
/// `encoding_format` is `float` (default) or `base64` (little-endian float32, as the SDKs decode it).
/// The encoding runs on NIO's blocking thread pool, off the cooperative pool.
struct EmbeddingsRoutes {
    let model: Model?
    let maxBodyBytes: Int

    /// The id `/v1/models` lists and requests name.
    static let modelID = "outpost-embedding"
    /// Most inputs in one request (OpenAI allows 2048).
    static let maxInputs = 2048

    func register(on router: Router<some RequestContext>) {
        router.post("/v1/embeddings") { request, _ -> Response in
            let body = try await Self.decode(request, limit: maxBodyBytes)
            guard let model else {
                throw APIError(.serviceUnavailable, code: .unsupportedModel,
                               message: "no encoder model is loaded on this box, so it cannot compute embeddings; see `outpost doctor`")
            }
            let vectors = try await NIOThreadPool.singleton.runIfActive {
                body.inputs.map { text -> (vector: [Float], tokens: Int) in
                    let (tokens, output) = model.encode(text)
                    return (output.sentence, tokens.ids.count)
                }
            }
            let data = vectors.enumerated().map { index, item in
                Embedding(index: index, embedding: body.base64 ? .base64(Self.base64(item.vector)) : .floats(item.vector))
            }
            let tokens = vectors.reduce(0) { $0 + $1.tokens }
            return try .json(EmbeddingList(data: data, model: body.model, usage: .init(promptTokens: tokens, totalTokens: tokens)))
        }
    }

    struct Body {
        var inputs: [String]
        var model: String
        var base64: Bool
    }

    static func decode(_ request: Request, limit: Int) async throws -> Body {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: limit) } catch { throw APIError.tooLarge(limit) }
        guard case .object(let object)? = try? JSONValue.parse(Data(buffer: buffer)) else {
            throw APIError.badRequest(.invalidJSON, "request body must be a JSON embeddings request")
        }
        for key in object.keys.sorted() where !["input", "model", "encoding_format", "dimensions", "user"].contains(key) {
            throw APIError.badRequest(.unknownField, "unknown field '\(key)'")
        }
        let inputs: [String]
        switch object["input"] {
        case .string(let s)?: inputs = [s]
        case .array(let list)? where !list.isEmpty && list.allSatisfy({ $0.stringValue != nil }): inputs = list.compactMap(\.stringValue)
        case .array(let list)? where !list.isEmpty:
            throw APIError.badRequest(.invalidRequest, "field 'input' must be strings; token arrays are not accepted (the box tokenizes with its own vocabulary)")
        default:
            throw APIError.badRequest(.invalidRequest, "field 'input' must be a string or a non-empty array of strings")
        }
        guard inputs.count <= maxInputs else { throw APIError.badRequest(.invalidRequest, "field 'input' has \(inputs.count) items; at most \(maxInputs)") }
        if let empty = inputs.firstIndex(where: { $0.isEmpty }) { throw APIError.badRequest(.invalidRequest, "input[\(empty)] is empty") }
        let model = object["model"]?.stringValue ?? modelID
        guard model == modelID else {
            throw APIError.badRequest(.unsupportedModel, "model '\(model)' cannot embed here; use '\(modelID)' (the box's own encoder)")
        }
        if let d = object["dimensions"], d != .null, d.intValue != 384 {
            throw APIError.badRequest(.invalidRequest, "field 'dimensions' must be 384: the box's encoder cannot shorten its vectors")
        }
        let format = object["encoding_format"]?.stringValue ?? "float"
        guard format == "float" || format == "base64" else {
            throw APIError.badRequest(.invalidRequest, "field 'encoding_format' must be \"float\" or \"base64\"")
        }
        return Body(inputs: inputs, model: model, base64: format == "base64")
    }

    /// Little-endian float32 bytes in base64, as OpenAI sends them.
    static func base64(_ vector: [Float]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(vector.count * 4)
        for x in vector {
            let bits = x.bitPattern.littleEndian
            for k in 0..<4 { bytes.append(UInt8((bits >> (8 * k)) & 0xFF)) }
        }
        return Data(bytes).base64EncodedString()
    }

    struct EmbeddingList: Encodable {
        var object = "list"
        var data: [Embedding]
        var model: String
        var usage: Usage
        struct Usage: Encodable {
            var promptTokens: Int
            var totalTokens: Int
            enum CodingKeys: String, CodingKey { case promptTokens = "prompt_tokens", totalTokens = "total_tokens" }
        }
    }

    struct Embedding: Encodable {
        var object = "embedding"
        var index: Int
        var embedding: Vector
        enum Vector: Encodable {
            case floats([Float])
            case base64(String)
            func encode(to encoder: any Swift.Encoder) throws {
                var c = encoder.singleValueContainer()
                switch self {
                case .floats(let v): try c.encode(v)
                case .base64(let s): try c.encode(s)
                }
            }
        }
    }
}
