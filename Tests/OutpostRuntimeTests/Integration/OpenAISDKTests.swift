import Foundation
import OutpostTesting
import OutpostTestingDaemon
import Testing

/// The official OpenAI Python SDK pointed at the box's TCP listener: models, a completion and a
/// streamed completion, escalated anonymized to hq and re-identified on the way back.
@Suite(.serialized, .offThePool, .enabled(if: BuiltProducts.exists("outpostd") && BuiltProducts.exists("outpost-hq") && SDKPython.path != nil,
                             "needs the built binaries and $OUTPOST_PYTHON with the `openai` package"))
struct OpenAISDKTests {
    static var python: String? { SDKPython.path }


    static let script = """
        import json, sys
        from openai import OpenAI
        c = OpenAI(base_url=sys.argv[1], api_key=sys.argv[2])
        out = {"models": [m.id for m in c.models.list().data]}
        r = c.chat.completions.create(model="outpost", user="sdk-1",
            messages=[{"role": "user", "content": "Please ask Dr. Amira Haddad to call patient Kenji Nakamura back on 617-555-0199."}])
        out["content"] = r.choices[0].message.content
        out["outpost"] = (r.model_extra or {}).get("outpost")
        parts, usage = [], None
        for chunk in c.chat.completions.create(model="outpost", user="sdk-1", stream=True, stream_options={"include_usage": True},
                messages=[{"role": "user", "content": "Is Kenji Nakamura's referral ready?"}]):
            if chunk.choices and chunk.choices[0].delta.content:
                parts.append(chunk.choices[0].delta.content)
            if chunk.usage: usage = chunk.usage.total_tokens
        out["streamed"] = "".join(parts)
        out["stream_chunks"] = len(parts)
        out["stream_usage"] = usage
        # A client that goes away mid-stream: the box reads the cloud's reply to its end and stores it.
        import httpx, time
        with httpx.stream("POST", sys.argv[1] + "/chat/completions", headers={"Authorization": "Bearer " + sys.argv[2]}, timeout=60,
                          json={"model": "outpost", "stream": True, "messages": [{"role": "user", "content": "Tell Kenji Nakamura the long version of the clinic's parking rules, please."}]}) as r:
            lines = r.iter_lines()
            first = json.loads(next(l for l in lines if l.startswith("data: "))[6:])
        out["cut_id"] = first["id"][len("chatcmpl-"):]
        deadline = time.time() + 30
        while time.time() < deadline:
            v = httpx.get(sys.argv[1] + "/requests/" + out["cut_id"], headers={"Authorization": "Bearer " + sys.argv[2]}).json()
            if v["status"] not in ("queued", "sending"): break
            time.sleep(0.1)
        out["cut_status"], out["cut_answer"] = v["status"], v.get("answer") or ""
        print(json.dumps(out))
        """

    @Test func officialSDKWorksAgainstTheBox() throws {
        let dir = try TempDirectory(prefix: "sdk")
        defer { dir.remove() }
        // Tokens 5 ms apart, so a client can leave in the middle of a stream.
        let hq = try HQProcess(dataDir: dir.file("hq"), arguments: ["--token-delay-ms", "5"], logPath: dir.file("hq.log"))
        defer { hq.stop() }
        let port = freeLoopbackPort()
        let token = try dir.write("token", "s3cret-token\n")
        let harness = try DaemonHarness(directory: dir.path, config: """
            state_dir = "\(dir.file("state"))"
            [cloud]
            base_url = "\(hq.baseURL)"
            facade_wait_s = 20
            [outbox]
            startup_delay_s = 0
            initial_rate = 50
            max_rate = 200
            """, api: "listen = \"127.0.0.1:\(port)\"\ntoken_file = \"\(token)\"")
        try harness.start()
        defer { _ = harness.stop() }
        let scriptPath = try dir.write("sdk.py", Self.script)
        let run = try ChildProcess(try #require(Self.python), arguments: [scriptPath, "http://127.0.0.1:\(port)/v1", "s3cret-token"]).runToEnd(timeout: 60)
        #expect(run.status == 0, "\(run.stderr)")
        let out = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        // The router and the cloud model it forwards to (no encoder loaded here: no local models).
        #expect(out["models"] as? [String] == ["outpost", "outpost-cloud"])
        let content = try #require(out["content"] as? String)
        // hq echoes the placeholders it saw; the box puts the real names back.
        #expect(content.contains("Kenji Nakamura"), "\(content)")
        #expect((out["outpost"] as? [String: Any])?["status"] as? String == "answered")
        let streamed = try #require(out["streamed"] as? String)
        #expect(streamed.contains("Kenji Nakamura"), "\(streamed)")
        #expect(!streamed.contains("<PERSON_"), "\(streamed)")
        // Streamed from hq token by token, not cut from a finished reply: many pieces, and usage at the end.
        #expect((out["stream_chunks"] as? Int ?? 0) > 5, "\(out)")
        #expect((out["stream_usage"] as? Int ?? 0) > 0, "\(out)")
        // Sent once: the streamed escalation was not also sent by the queue.
        let stats = loopbackHTTP(port: hq.port, method: "GET", path: "/hq/stats")?.body ?? ""
        let chat = (try? JSONSerialization.jsonObject(with: Data(stats.utf8))) as? [String: Any]
        #expect(chat?["duplicates"] as? Int == 0 && chat?["unique"] as? Int == 3, "\(stats)")
        // The stream whose client left was still read to its end and stored, sent once.
        #expect(out["cut_status"] as? String == "answered", "\(out)")
        #expect((out["cut_answer"] as? String)?.contains("Kenji Nakamura") == true, "\(out)")
        // hq never saw the names or the phone number.
        let bodies = hq.received().map { "\($0["body"] ?? "")" }.joined()
        for secret in ["Nakamura", "Haddad", "617-555-0199"] { #expect(!bodies.contains(secret)) }
        // Without the token the TCP listener refuses, in the one error shape.
        let denied = loopbackHTTP(port: port, method: "GET", path: "/v1/models")
        #expect(denied?.status == 401)
        #expect(denied?.body.contains("\"code\":\"unauthorized\"") == true)
    }
}

enum SDKPython {
    static var path: String? {
        guard let p = ProcessInfo.processInfo.environment["OUTPOST_PYTHON"], FileManager.default.isExecutableFile(atPath: p),
              (try? ChildProcess(p, arguments: ["-c", "import openai"]).runToEnd().status) == 0 else { return nil }
        return p
    }
}
