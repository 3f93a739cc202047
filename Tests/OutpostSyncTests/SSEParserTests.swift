import Testing
@testable import OutpostSync

@Suite struct SSEParserTests {
    let stream = "data: {\"a\":1}\n\n: comment\nevent: x\ndata: line1\ndata: line2\n\ndata: [DONE]\n\n"

    @Test(arguments: [1, 2, 3, 5, 7, 64, 1000])
    func sameEventsWhateverTheChunking(chunk: Int) throws {
        var parser = SSEParser()
        var events: [String] = []
        let bytes = Array(stream.utf8)
        var start = 0
        while start < bytes.count {
            events += try parser.feed(bytes[start..<min(start + chunk, bytes.count)])
            start += chunk
        }
        events += parser.finish()
        #expect(events == ["{\"a\":1}", "line1\nline2", "[DONE]"])
    }

    @Test func crlfAndUnterminatedLastEvent() throws {
        var parser = SSEParser()
        var events = try parser.feed(Array("data: one\r\n\r\ndata: two".utf8))
        events += parser.finish()
        #expect(events == ["one", "two"])
    }

    @Test func refusesEndlessLines() {
        var parser = SSEParser()
        parser.maxLineBytes = 10
        #expect(throws: SSEParser.Overflow.self) { try parser.feed(Array("data: 0123456789abc".utf8)) }
    }
}

@Suite struct PlaceholderStreamBufferTests {
    @Test(arguments: [1, 2, 3, 4, 5, 7, 11, 100])
    func chunksNeverSplitAPlaceholder(size: Int) {
        let text = "Noted for <PERSON_1>: call <PERSON_1> at <PHONE_12>, 3 < 4 and <b> <lower_1> end <"
        var buffer = PlaceholderStreamBuffer()
        var out: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
            let end = text.index(index, offsetBy: size, limitedBy: text.endIndex) ?? text.endIndex
            out.append(buffer.push(String(text[index..<end])))
            index = end
        }
        out.append(buffer.finish())
        #expect(out.joined() == text)
        for chunk in out {
            // A chunk holds whole placeholders only: every "<X…" that starts a placeholder is closed.
            if let open = chunk.lastIndex(of: "<") {
                let tail = chunk[chunk.index(after: open)...]
                let partial = !tail.isEmpty && !tail.contains(">") && tail.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "_" }
                #expect(!partial || chunk == out.last, "chunk \(chunk) ends inside a placeholder")
            }
        }
    }

    @Test func longRunsAreReleased() {
        var buffer = PlaceholderStreamBuffer()
        buffer.maxHold = 8
        #expect(buffer.push("<AAAA") == "")
        #expect(buffer.push("AAAAAAAA") == "<AAAAAAAAAAAA")
    }
}
