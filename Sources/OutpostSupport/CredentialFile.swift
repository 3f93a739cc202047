import Foundation

/// A systemd credential in `$CREDENTIALS_DIRECTORY`, under its own name (`LoadCredential=vault.key:…`)
/// or under the name the directory form gives it (`LoadCredential=outpost:/etc/outpost/credentials`
/// loads each file there as `outpost_<file>`; the unit uses that form because systemd 252 refuses
/// to start a unit whose single-file credential source is missing).
public enum CredentialFile {
    public static let directoryPrefix = "outpost_"

    /// The path of credential `name`, or `nil` when there is no credentials directory or no such file.
    public static func find(_ name: String, in directory: String?) -> String? {
        guard let directory, !directory.isEmpty else { return nil }
        for candidate in [name, directoryPrefix + name] {
            let path = (directory as NSString).appendingPathComponent(candidate)
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }
}
