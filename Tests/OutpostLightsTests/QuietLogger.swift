import Logging

/// A logger that drops everything (tests assert behaviour, not log lines).
let quietLogger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
