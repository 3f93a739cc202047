#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Free space of the filesystem holding a path.
public enum DiskSpace {
    /// Bytes available to an unprivileged writer, or nil when the path cannot be inspected.
    public static func freeBytes(at path: String) -> Int64? {
        var info = statvfs()
        guard (try? syscall("statvfs") { statvfs(path, &info) }) != nil else { return nil }
        return Int64(info.f_bavail) * Int64(info.f_frsize)
    }
}
