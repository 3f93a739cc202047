import ArgumentParser

/// Exit codes a script can rely on (sysexits.h values where one fits).
extension ExitCode {
    /// The input data was malformed (sysexits EX_DATAERR).
    static let dataError = ExitCode(65)
    /// An input file does not exist or cannot be read (EX_NOINPUT).
    static let noInput = ExitCode(66)
    /// The daemon is not running or its socket cannot be reached (EX_UNAVAILABLE).
    static let unavailable = ExitCode(69)
    /// An internal error (EX_SOFTWARE).
    static let software = ExitCode(70)
    /// An output file cannot be created (EX_CANTCREAT).
    static let cantCreate = ExitCode(73)
    /// The configuration is invalid (EX_CONFIG).
    static let config = ExitCode(78)
}
