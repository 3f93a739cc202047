import Foundation
import Hummingbird
import NIOCore
import OutpostAPI
import OutpostRedaction
import OutpostStore
import OutpostSync

extension ChatFacadeRoutes {
    /// A streamed completion straight from the cloud: the escalation was stored leased
    /// (`Pipeline.Input.streamLease`), and the sync service sends it as a stream
    /// (`SyncService.streamLeased`) while this handler forwards each piece re-identified. A
    /// placeholder split across pieces is held until whole (`PlaceholderStreamBuffer`). The reply
    /// is recorded like any other; when it cannot be streamed now (the link went down, the
    /// destination is held or paced) the row goes back to the queue and the client gets the
    /// settled reply, or "queued", as without streaming.
    func streamedResponse(view: RequestView, body: ChatFacadeRequest, sync: SyncService<ContinuousClock>) async throws -> Response {
        let map = try await pipeline.placeholderMap(conversation: view.conversationID)
        let reply = Reply(view: view, model: body.model)
        let key = "req-\(view.id)"
        return Response(status: .ok, headers: Reply.sseHeaders, body: ResponseBody { writer in
            let (pieces, feed) = AsyncStream.makeStream(of: Piece.self)
            let producer = Task {
                let result = await sync.streamLeased(idempotencyKey: key) { delta in
                    if !delta.content.isEmpty { feed.yield(.text(delta.content)) }
                }
                feed.yield(.done(result))
                feed.finish()
            }
            var open = true
            func send(_ event: String) async {
                guard open else { return }
                do { try await writer.write(ByteBuffer(string: event)) } catch { open = false }
            }
            await send(reply.chunk(.init(role: "assistant", content: "")))
            var buffer = PlaceholderStreamBuffer()
            var streamed = false
            var outcome: ChatReply?
            for await piece in pieces {
                switch piece {
                case .text(let text):
                    let ready = buffer.push(text)
                    if !ready.isEmpty {
                        streamed = true
                        await send(reply.chunk(.init(content: Reidentifier.reidentify(ready, map: map).text)))
                    }
                case .done(let result):
                    outcome = result
                }
            }
            await producer.value
            let rest = buffer.finish()
            if !rest.isEmpty { await send(reply.chunk(.init(content: Reidentifier.reidentify(rest, map: map).text))) }
            var settled = (try? await pipeline.view(id: view.id)) ?? view
            if outcome == nil, !streamed, ["queued", "sending"].contains(settled.status), waitSeconds > 0 {
                settled = await waitForAnswer(settled)
            }
            var final = Reply(view: settled, model: body.model)
            if outcome == nil, !streamed, let content = final.content {
                await send(reply.chunk(.init(content: content)))
            } else if outcome == nil, streamed {
                await send(reply.chunk(.init(content: "\n[The reply was cut off; it will be completed in request \(view.id).]")))
                final.finishReason = "stop"
            }
            if !final.toolCalls.isEmpty {
                await send(reply.chunk(.init(toolCalls: final.toolCalls.enumerated().map { .init($1, index: $0) })))
            }
            await send(reply.chunk(.init(), finish: final.finishReason, outpost: final.outpost))
            if body.includeUsage {
                var last = reply  // the stream's own id and created, the settled usage
                last.usage = final.usage
                await send(last.usageChunk())
            }
            await send("data: [DONE]\n\n")
            if open { try? await writer.finish(nil) }
        })
    }

    enum Piece: Sendable {
        case text(String)
        case done(ChatReply?)
    }
}

extension Pipeline {
    /// A conversation's placeholder map, from its vault entries.
    func placeholderMap(conversation: String) async throws -> PlaceholderMap {
        PlaceholderMap(restoring: try await store.vaultEntries(conversation: conversation, vault: vault))
    }
}
