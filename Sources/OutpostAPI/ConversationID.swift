/// The rule for a conversation id, the same for `POST /v1/requests` and the chat facade's `user`.
public enum ConversationID {
    /// 1–128 characters of `A-Z a-z 0-9 . _ : -`.
    public static func isValid(_ id: String) -> Bool {
        (1...128).contains(id.count) && id.unicodeScalars.allSatisfy { allowed.contains($0) }
    }

    /// What ``isValid(_:)`` accepts, in words for an error message.
    public static let rule = "1-128 characters of A-Z a-z 0-9 . _ : -"

    private static let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-".unicodeScalars)
}
