import CGpiod

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The ONE place a CGpiod call's return code becomes a Swift error.
///
/// CGpiod returns 0 (or a positive value) on success and a negative errno on failure,
/// with a detail string from `cgpiod_last_error()` on the same thread (read here, right
/// after the call, with no suspension point in between). `EINTR` is retried.
@discardableResult
func cgpiodCall(_ what: @autoclosure () -> String, _ body: () -> Int32) throws(LightsError) -> Int32 {
    while true {
        let rc = body()
        if rc >= 0 { return rc }
        let err = -rc
        if err == EINTR { continue }
        let detail = String(cString: cgpiod_last_error())
        throw LightsError(gpioErrorCode(for: err), detail.isEmpty ? "\(what()): \(errnoText(err))" : detail,
                          cause: errnoText(err), errno: err)
    }
}

/// Maps an errno from CGpiod to the LED error code a technician sees.
private func gpioErrorCode(for err: Int32) -> LightsError.Code {
    switch err {
    case ELIBACC, ENOSYS: .libraryMissing
    case ENODEV: .chipNotFound
    case ENOENT, EINVAL: .lineNotFound
    case EBUSY: .lineBusy
    case EACCES, EPERM: .permissionDenied
    default: .io
    }
}

/// `strerror` as a Swift string.
func errnoText(_ err: Int32) -> String {
    String(cString: strerror(err))
}
