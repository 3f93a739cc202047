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
