/// The one check every byte of text bound for the cloud passes.
///
/// The redaction module supplies the real implementation (`OutpostRedaction.OutboundGuard`: it
/// refuses text in which a detector still finds an identifier outside placeholders); the daemon
/// hands it to the sync layer's chat and events clients. When `check` throws, nothing is sent and
/// the job is dead-lettered with reason `guard_refused` (retrying cannot change the text).
///
/// What is checked:
/// - chat: the `content` of every message, the arguments of tool calls, and every string of
///   `tools`, `response_format` and `stop` (the rest is schema: model name, roles, flags,
///   numbers, the hashed `user`);
/// - events: every string value of every event record, at any depth, but the box's own labels
///   (`type`, `route`, `intent`, `entity_types`; keys are schema).
///   Send times as numbers (unix milliseconds), not date strings, so that a date detector
///   in the guard does not refuse them.
public protocol OutboundCheck: Sendable {
    func check(_ text: String) throws
}
