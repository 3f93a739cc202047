import Foundation
import HTTPTypes
import Testing

/// `POST /v1/embeddings` refuses bad bodies in the one error shape before any encoding, and says
/// plainly when the box has no encoder (vectors themselves: `SDKSuiteTests`, with the real model).
@Suite struct EmbeddingsRoutesTests {
    @Test func badBodiesGetClearErrors() async throws {
        try await InProcessAPI.run(maxBodyBytes: 4096) { api in
            let cases: [(Data, Int, String)] = [
                (Data("garbage".utf8), 400, "invalid_json"),
                (Data(#"{"input": "hi""#.utf8), 400, "invalid_json"),                                 // truncated
                (Data("[]".utf8), 400, "invalid_json"),
                (Data("{}".utf8), 400, "invalid_request"),
                (Data(#"{"input": 42}"#.utf8), 400, "invalid_request"),                               // wrong type
                (Data(#"{"input": []}"#.utf8), 400, "invalid_request"),
                (Data(#"{"input": [[101, 2023]]}"#.utf8), 400, "invalid_request"),                    // token arrays
                (Data(#"{"input": ["ok", ""]}"#.utf8), 400, "invalid_request"),
                (Data(#"{"input": "hi", "encoding_format": "int8"}"#.utf8), 400, "invalid_request"),
                (Data(#"{"input": "hi", "dimensions": 128}"#.utf8), 400, "invalid_request"),
                (Data(#"{"input": "hi", "model": "text-embedding-3-small"}"#.utf8), 400, "unsupported_model"),
                (Data(#"{"input": "hi", "bogus": true}"#.utf8), 400, "unknown_field"),
                (InProcessAPI.oversize(10_000, field: "input"), 413, "too_large"),
            ]
            for (body, status, code) in cases {
                let r = try await api.request(.post, "/v1/embeddings", body: body)
                #expect(r.status == status, "\(String(decoding: body.prefix(60), as: UTF8.self)): \(r.status) \(r.text)")
                #expect(r.errorCode == code, "\(r.text)")
                #expect(r.errorMessage?.isEmpty == false)
            }
        }
    }

    @Test func withoutAnEncoderTheBoxSaysSo() async throws {
        try await InProcessAPI.run { api in
            let r = try await api.request(.post, "/v1/embeddings", json: #"{"input": ["one", "two"]}"#)
            #expect(r.status == 503, "\(r.text)")
            #expect(r.errorMessage?.contains("no encoder model") == true, "\(r.text)")
            let models = try #require(try await api.request(.get, "/v1/models").json?["data"] as? [[String: Any]])
            #expect(!models.contains { ($0["id"] as? String) == "outpost-embedding" })
        }
    }
}
