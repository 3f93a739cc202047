#if canImport(Glibc)
import Glibc
#endif
import Foundation
import OutpostConfig

extension Doctor {
    /// The account the daemon runs as: `outpost` where it exists (an installed box), else the
    /// user running doctor. Checks ask what *that* account may do — a technician runs doctor as
    /// root, and root may do everything.
    struct Account: Sendable {
        var name: String
        var uid: uid_t
        var gid: gid_t
        var groups: Set<gid_t>

        static func daemon(named name: String = "outpost") -> Account {
            if let entry = getpwnam(name) {
                let gid = entry.pointee.pw_gid
                var count: Int32 = 256
                var list = [gid_t](repeating: 0, count: 256)
                if getgrouplist(name, gid, &list, &count) < 0 { count = 0 }
                return Account(name: name, uid: entry.pointee.pw_uid, gid: gid, groups: Set(list.prefix(Int(max(count, 0)))).union([gid]))
            }
            var list = [gid_t](repeating: 0, count: 256)
            let count = getgroups(Int32(list.count), &list)
            let uid = getuid()
            let name = getpwuid(uid).map { String(cString: $0.pointee.pw_name) } ?? "uid \(uid)"
            return Account(name: name, uid: uid, gid: getgid(), groups: Set(list.prefix(Int(max(count, 0)))).union([getgid()]))
        }

        /// Whether this account may `read` (and `write`) `path`, from its owner, group and mode.
        func may(_ path: String, write: Bool) -> Bool {
            var st = stat()
            guard stat(path, &st) == 0 else { return false }
            if uid == 0 { return true }
            let need: mode_t = write ? 0o6 : 0o4
            if st.st_uid == uid { return (st.st_mode >> 6) & need == need }
            if groups.contains(st.st_gid) { return (st.st_mode >> 3) & need == need }
            return st.st_mode & need == need
        }
    }

    /// Secrets readable by nobody but their owner; the state directory and the config usable by
    /// the daemon's account. With `fix`, modes and ownership are corrected (as root).
    func permissions(_ c: OutpostConfig, account: Account) -> Check {
        var problems: [String] = []
        var fixed: [String] = []
        var next: [String] = []
        // The vault key: owner only (the daemon refuses a laxer one). Other secrets may be shared
        // with the daemon's group (root:outpost 0640), never with everyone.
        let vaultKeys = [c.vault.keyFile ?? (c.stateDir as NSString).appendingPathComponent("vault.key"), "/etc/outpost/credentials/vault.key"]
        let shared = ["/etc/outpost/credentials/cloud-api-key"] + [c.api.tokenFile, c.cloud.apiKeyFile].compactMap { $0 }
        let secrets = vaultKeys.map { ($0, mode_t(0o077)) } + shared.map { ($0, mode_t(0o007)) }
        var seen: Set<String> = []
        for (path, forbidden) in secrets where seen.insert(path).inserted {
            var st = stat()
            guard stat(path, &st) == 0, st.st_mode & forbidden != 0 else { continue }
            let mode = String(st.st_mode & 0o777, radix: 8)
            let wanted = st.st_mode & 0o777 & ~forbidden
            if fix, chmod(path, wanted) == 0 {
                fixed.append("\(path) mode \(mode) → \(String(wanted, radix: 8))")
            } else {
                problems.append("\(path) is readable by \(forbidden == 0o077 ? "others than its owner" : "everyone") (mode \(mode))")
                next.append("chmod \(String(wanted, radix: 8)) \(path)")
            }
        }
        if FileManager.default.fileExists(atPath: c.stateDir), !account.may(c.stateDir, write: true) {
            if fix, getuid() == 0, Self.chownRecursive(c.stateDir, uid: account.uid, gid: account.gid) {
                fixed.append("\(c.stateDir) now owned by \(account.name)")
            } else {
                problems.append("\(account.name) cannot write \(c.stateDir)")
                next.append("chown -R \(account.name): \(c.stateDir)")
            }
        }
        if let config = configPath, FileManager.default.fileExists(atPath: config), !account.may(config, write: false) {
            if fix, getuid() == 0, chown(config, 0, account.gid) == 0, chmod(config, 0o640) == 0 {
                fixed.append("\(config) now root:\(account.name) 640")
            } else {
                problems.append("\(account.name) cannot read \(config)")
                next.append("chown root:\(account.name) \(config) && chmod 640 \(config)")
            }
        }
        if !problems.isEmpty {
            return Check(name: "permissions", verdict: .fail, detail: (problems + fixed.map { "fixed: \($0)" }).joined(separator: "; "),
                         next: next.joined(separator: "; ") + " (or run `outpost doctor --fix` as root)")
        }
        if !fixed.isEmpty { return Check(name: "permissions", verdict: .fixed, detail: fixed.joined(separator: "; ")) }
        return Check(name: "permissions", verdict: .ok, detail: "secrets private; state and config usable by \(account.name)")
    }

    static func chownRecursive(_ path: String, uid: uid_t, gid: gid_t) -> Bool {
        guard chown(path, uid, gid) == 0 else { return false }
        let children = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
        return children.allSatisfy { lchown((path as NSString).appendingPathComponent($0), uid, gid) == 0 }
    }
}
