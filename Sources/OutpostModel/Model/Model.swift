import Foundation

/// One model file, ready to use: tokenizer, int8 encoder, optional intent head, and the
/// file itself (metadata and every named section, so other heads — the redaction name
/// tagger, keyword settings — live in the same file).
public struct Model: Sendable {
    /// Section holding `vocab.txt` bytes.
    public static let vocabularySection = "tokenizer.vocab"

    public let file: ModelFile
    public let tokenizer: WordPieceTokenizer
    public let encoder: Encoder
    /// The intent classifier, when the file was written by `outpost model train`.
    public let intentHead: IntentHead?

    /// Free-form metadata of the file.
    public var metadata: [String: String] { file.metadata }

    /// Memory-maps, verifies (CRC32C) and binds the model file at `path`. Every problem
    /// (missing, wrong magic or version, truncated, corrupt, inconsistent) is a `ModelError`.
    public static func load(path: String) throws(ModelError) -> Model {
        try Model(file: ModelFile(path: path))
    }

    /// Binds an already loaded file.
    public init(file: ModelFile) throws(ModelError) {
        guard let vocabBytes = file.bytes(Self.vocabularySection) else {
            throw ModelError(.missingTensor, "model file lacks its vocabulary (\(Self.vocabularySection)); re-import the encoder")
        }
        guard let vocabText = String(bytes: vocabBytes, encoding: .utf8) else {
            throw ModelError(.malformed, "model vocabulary is not UTF-8; re-import the encoder")
        }
        let lowercase = file.metadata["tokenizer.lowercase"].map { $0 != "false" } ?? true
        self.file = file
        self.tokenizer = try WordPieceTokenizer(vocabText: vocabText, lowercase: lowercase)
        self.encoder = try Encoder(file: file)
        guard tokenizer.vocabularySize <= encoder.config.vocabulary else {
            throw ModelError(.malformed, "vocabulary has \(tokenizer.vocabularySize) tokens but the encoder only \(encoder.config.vocabulary) rows; re-import the encoder")
        }
        self.intentHead = try IntentHead(file: file)
    }

    /// Tokenizes and encodes one text (one encoder pass).
    public func encode(_ text: String) -> (tokens: TokenizedText, output: EncoderOutput) {
        let tokens = tokenizer.encode(text)
        return (tokens, encoder.encode(tokens))
    }

    /// A writer holding a copy of this model's file, to add or replace sections.
    public func writer() -> ModelFileWriter { ModelFileWriter(copying: file) }
}
