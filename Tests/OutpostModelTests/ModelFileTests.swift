import CKernels
import Foundation
import Testing
@testable import OutpostModel

@Suite("Model file format")
struct ModelFileTests {
    func sampleData() throws -> Data {
        var w = ModelFileWriter()
        w.metadata["purpose"] = "test"
        w.setFloats("a", [1, 2, 3, 4, 5, 6], shape: [2, 3])
        w.setInt8("b", [-1, 2, -3], shape: [3])
        w.setSection("notes", Data("hello".utf8))
        return try w.data()
    }

    @Test("round trip: metadata, tensors and sections survive; tensors are 64-byte aligned")
    func roundTrip() throws {
        let file = try ModelFile(data: sampleData())
        #expect(file.metadata["purpose"] == "test")
        #expect(file.floats("a") == [1, 2, 3, 4, 5, 6])
        #expect(file.tensors["a"]?.shape == [2, 3])
        #expect(file.section("notes") == Data("hello".utf8))
        #expect(Array(file.bytes("b")!.bindMemory(to: Int8.self)) == [-1, 2, -3])
        for t in file.tensors.values { #expect(t.offset % 64 == 0) }
    }

    @Test("written to disk and memory-mapped back")
    func onDisk() throws {
        let path = ModelTestSupport.tempPath("rt.outpost")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ModelFileWriter(copying: ModelFile(data: sampleData())).write(to: path)
        let file = try ModelFile(path: path)
        #expect(file.floats("a") == [1, 2, 3, 4, 5, 6])
    }

    @Test("copying writer adds and replaces sections, keeps the rest")
    func copyAndReplace() throws {
        var w = ModelFileWriter(copying: try ModelFile(data: sampleData()))
        w.setSection("notes", Data("bye".utf8))
        w.setFloats("tagger.weights", [0.5], shape: [1])
        w.remove("b")
        let file = try ModelFile(data: w.data())
        #expect(file.section("notes") == Data("bye".utf8))
        #expect(file.floats("tagger.weights") == [0.5])
        #expect(file.tensors["b"] == nil)
        #expect(file.floats("a") == [1, 2, 3, 4, 5, 6])
    }

    func expectError(_ code: ModelError.Code, _ data: Data) {
        do {
            _ = try ModelFile(data: data)
            Issue.record("expected \(code)")
        } catch {
            #expect(error.code == code, "\(error)")
            #expect(!error.message.isEmpty)
        }
    }

    @Test("wrong magic is a clear error")
    func badMagic() throws {
        var d = try sampleData()
        d[0] = UInt8(ascii: "X")
        expectError(.badMagic, d)
        expectError(.badMagic, Data(String(repeating: "garbage ", count: 20).utf8))
    }

    @Test("unknown format version is a clear error")
    func badVersion() throws {
        var d = try sampleData()
        d[8] = 99
        expectError(.unsupportedVersion, d)
    }

    @Test("truncated files are a clear error", arguments: [0, 5, 31, 40, 100, 200])
    func truncated(keep: Int) throws {
        let d = try sampleData()
        expectError(.truncated, d.prefix(min(keep, d.count - 1)))
    }

    @Test("a flipped byte anywhere after the fixed header fails the checksum")
    func corrupt() throws {
        let d = try sampleData()
        for position in [40, d.count / 2, d.count - 1] {
            var c = d
            c[position] ^= 0x40
            expectError(.checksumMismatch, c)
        }
    }

    @Test("a header describing tensors outside the file is rejected even with a valid checksum")
    func inconsistentHeader() throws {
        var d = try sampleData()
        let headerLength = Int(d.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 12, as: UInt32.self) })
        let json = String(decoding: d[32..<(32 + headerLength)], as: UTF8.self)
        let patched = json.replacingOccurrences(of: "\"length\":24", with: "\"length\":99")
        #expect(patched != json)
        d.replaceSubrange(32..<(32 + headerLength), with: Data(patched.utf8))
        let crc = d.withUnsafeBytes { ck_crc32c(0, $0.baseAddress! + 32, d.count - 32) }
        d.withUnsafeMutableBytes { $0.storeBytes(of: crc.littleEndian, toByteOffset: 24, as: UInt32.self) }
        expectError(.malformed, d)
    }

    @Test("missing file is a notFound error")
    func missing() {
        #expect(throws: ModelError.self) { try ModelFile(path: "/nonexistent/model.outpost") }
        do { _ = try Model.load(path: "/nonexistent/model.outpost") } catch { #expect(error.code == .notFound) }
    }

    @Test("a file without an encoder fails to load as a Model with missingTensor")
    func notAModel() throws {
        let data = try sampleData()
        do {
            _ = try Model(file: ModelFile(data: data))
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .missingTensor)
        }
    }

    @Test("the random model round-trips through disk with identical outputs")
    func randomModelOnDisk() throws {
        let model = ModelTestSupport.tinyModel
        let path = ModelTestSupport.tempPath("tiny.outpost")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.writer().write(to: path)
        let loaded = try Model.load(path: path)
        let text = "Please move my appointment"
        #expect(loaded.encode(text).output.tokenVectors == model.encode(text).output.tokenVectors)
    }
}
