public import Foundation

/// Turns an HTTP status (and its `Retry-After`) into a `SyncFailure`.
///
/// The policy, decided once here:
/// - **retry** — 408 Request Timeout, 409 Conflict (the same key is still being processed),
///   425 Too Early, 429 Too Many Requests, every 5xx; and 401/403, because a wrong or
///   rotated API key is a configuration fault a technician fixes: dead-lettering the whole
///   queue for it would lose work. Status shows `auth` failures so the fault is visible.
/// - **dead-letter at once** — every other 4xx (400, 404, 405, 410, 411, 413, 414, 415,
///   422, …): the same body will be refused again, and retries would only burn the link.
/// - Other non-2xx (1xx/3xx: redirects are not followed) are treated as `rejected`.
public enum FailureClassifier {
    /// `nil` for 2xx; otherwise the failure to record.
    public static func classify(status: Int, retryAfterHeader: String? = nil, now: Date = Date(), body: String = "") -> SyncFailure? {
        guard !(200..<300).contains(status) else { return nil }
        let retryAfter = retryAfterHeader.flatMap { parseRetryAfter($0, now: now) }
        let detail = body.isEmpty ? "" : ": " + String(body.prefix(200))
        switch status {
        case 429:
            return SyncFailure(code: .rateLimited, message: "cloud asked to slow down\(detail)", httpStatus: status, retryAfter: retryAfter)
        case 401, 403:
            return SyncFailure(
                code: .auth,
                message: "cloud refused the credentials; check the API key file and client certificate\(detail)",
                httpStatus: status, retryAfter: retryAfter
            )
        case 408, 409, 425, 500...599:
            return SyncFailure(code: .serverError, message: "cloud could not take the request now\(detail)", httpStatus: status, retryAfter: retryAfter)
        default:
            return SyncFailure(
                code: .rejected,
                message: "cloud rejected the request permanently; it will not be retried\(detail)",
                httpStatus: status
            )
        }
    }

    /// The OTLP/HTTP specification's rule for an export (events as logs): only 429, 502, 503
    /// and 504 are retried (honouring `Retry-After`); every other non-2xx is final, so the
    /// records are dead-lettered rather than sent again.
    public static func classifyOTLP(status: Int, retryAfterHeader: String? = nil, now: Date = Date(), body: String = "") -> SyncFailure? {
        guard !(200..<300).contains(status) else { return nil }
        switch status {
        case 429, 502, 503, 504:
            return classify(status: status, retryAfterHeader: retryAfterHeader, now: now, body: body)
        default:
            let detail = body.isEmpty ? "" : ": " + String(body.prefix(200))
            return SyncFailure(
                code: .rejected,
                message: "the collector refused the export (OTLP: not retryable)\(detail)",
                httpStatus: status
            )
        }
    }

    /// `Retry-After` as delta-seconds (`"120"`) or an HTTP-date (`"Wed, 21 Oct 2015 07:28:00 GMT"`).
    public static func parseRetryAfter(_ value: String, now: Date = Date()) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text) {
            return seconds >= 0 ? .seconds(seconds) : nil
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        let delta = date.timeIntervalSince(now)
        return .milliseconds(Int64(max(0, delta) * 1000))
    }
}
