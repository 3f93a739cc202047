import CGpiod

/// A loaded libgpiod, whichever generation the system ships (v2 `libgpiod.so.3` first,
/// then v1 `libgpiod.so.2`). Load it once per process and share it between lines.
final class GpioLibrary: @unchecked Sendable {
    // Immutable after init; the C library handle is safe to share between threads.
    private let handle: OpaquePointer

    /// 1 or 2: the libgpiod API generation in use.
    public let apiVersion: Int
    /// The file that was loaded, e.g. `libgpiod.so.2`.
    public let fileName: String

    /// Loads libgpiod. `path` nil: `$OUTPOST_LIBGPIOD`, else `libgpiod.so.3`, else
    /// `libgpiod.so.2`; otherwise exactly that file.
    /// - Throws: `LightsError.libraryMissing` naming the packages to install.
    public init(path: String? = nil) throws(LightsError) {
        var lib: OpaquePointer?
        try cgpiodCall("load libgpiod") {
            if let path { return path.withCString { cgpiod_lib_open($0, &lib) } }
            return cgpiod_lib_open(nil, &lib)
        }
        guard let lib else { throw LightsError(.libraryMissing, "libgpiod could not be loaded") }
        handle = lib
        apiVersion = Int(cgpiod_lib_api(lib))
        fileName = String(cString: cgpiod_lib_name(lib))
    }

    deinit { cgpiod_lib_close(handle) }

    /// "libgpiod v2 (libgpiod.so.3)".
    public var summary: String { "libgpiod v\(apiVersion) (\(fileName))" }

    /// Requests one line as an output and drives it to `initial` (logical: true = LED on).
    /// - Parameters:
    ///   - chip: the chip label (or an absolute `/dev/gpiochipN` path).
    ///   - line: the line by name or offset.
    ///   - deviceDirectory: where the `gpiochip*` nodes live (tests may inject another).
    public func requestOutput(chip: String, line: GpioLineRef, activeLow: Bool, initial: Bool = false,
                              consumer: String = "outpostd", deviceDirectory: String? = nil) throws(LightsError) -> GpioLine {
        var out: OpaquePointer?
        try cgpiodCall("request GPIO line \(line) on chip \(chip)") {
            let name: String? = if case .name(let n) = line { n } else { nil }
            let offset: Int32 = if case .offset(let o) = line { Int32(clamping: o) } else { -1 }
            return chip.withCString { chipPtr in
                consumer.withCString { consumerPtr in
                    withOptionalCString(name) { namePtr in
                        withOptionalCString(deviceDirectory) { dirPtr in
                            cgpiod_line_request_output(handle, dirPtr, chipPtr, namePtr, offset,
                                                       activeLow ? 1 : 0, initial ? 1 : 0, consumerPtr, &out)
                        }
                    }
                }
            }
        }
        guard let out else { throw LightsError(.io, "libgpiod returned no line handle") }
        return GpioLine(handle: out, library: self)
    }
}

/// A GPIO line by name (preferred: survives chip renumbering) or by offset on its chip.
public enum GpioLineRef: Sendable, Hashable, CustomStringConvertible, Codable {
    case name(String)
    case offset(Int)

    public var description: String {
        switch self {
        case .name(let n): "\"\(n)\""
        case .offset(let o): "\(o)"
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let o = try? c.decode(Int.self) { self = .offset(o) } else { self = .name(try c.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .name(let n): try c.encode(n)
        case .offset(let o): try c.encode(o)
        }
    }
}

/// One requested output line. Not thread-safe: use it from one owner (the service lock).
final class GpioLine {
    private var handle: OpaquePointer?
    private let library: GpioLibrary  // keeps the shared object loaded while the line lives

    init(handle: OpaquePointer, library: GpioLibrary) {
        self.handle = handle
        self.library = library
    }

    deinit { release() }

    /// The line's offset on its chip.
    public var offset: Int { handle.map { Int(cgpiod_line_offset($0)) } ?? -1 }

    /// Drives the LOGICAL value (true = LED on; active-low is applied by libgpiod).
    public func set(_ on: Bool) throws(LightsError) {
        guard let handle else { throw LightsError(.io, "GPIO line already released") }
        try cgpiodCall("set GPIO line") { cgpiod_line_set(handle, on ? 1 : 0) }
    }

    /// Gives the line back to the kernel. Idempotent.
    public func release() {
        if let handle { cgpiod_line_release(handle) }
        handle = nil
    }
}

private func withOptionalCString<R>(_ string: String?, _ body: (UnsafePointer<CChar>?) -> R) -> R {
    guard let string else { return body(nil) }
    return string.withCString { body($0) }
}
