#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
public import Crypto
import Foundation
import OutpostSupport

/// The vault's AES-256 key. Found, in order: `$CREDENTIALS_DIRECTORY/vault.key` (systemd
/// `LoadCredential=`), else the configured key file — created on first start with 32 random
/// bytes and mode 0600. A key file that is group/world-readable, or not 32 bytes, is refused.
public struct VaultKey: Sendable {
    /// The raw key bytes (SymmetricKey is not Sendable); a SymmetricKey is made per operation.
    private let bytes: [UInt8]
    private var key: SymmetricKey { SymmetricKey(data: bytes) }
    /// Where the key came from (for status and logs; never the key itself).
    public let source: String

    public init(_ key: SymmetricKey, source: String) {
        self.bytes = key.withUnsafeBytes { Array($0) }
        self.source = source
    }

    public static func load(credentialsDirectory: String?, keyFile: String) throws -> VaultKey {
        if let path = CredentialFile.find("vault.key", in: credentialsDirectory) {
            return VaultKey(try read(path, checkMode: false), source: path)
        }
        if !FileManager.default.fileExists(atPath: keyFile) {
            try create(keyFile)
        }
        return VaultKey(try read(keyFile, checkMode: true), source: keyFile)
    }

    static func create(_ path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw StoreError.vault("cannot create the vault key \(path): \(String(cString: strerror(errno))); check the state directory's permissions")
        }
        defer { close(fd) }
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == 32, fsync(fd) == 0 else {
            unlink(path)
            throw StoreError.vault("cannot write the vault key \(path): \(String(cString: strerror(errno)))")
        }
    }

    static func read(_ path: String, checkMode: Bool) throws -> SymmetricKey {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw StoreError.vault("cannot read the vault key \(path): \(String(cString: strerror(errno)))")
        }
        if checkMode, info.st_mode & 0o077 != 0 {
            throw StoreError.vault("vault key \(path) is readable by others (mode \(String(info.st_mode & 0o777, radix: 8))); run: chmod 600 \(path)")
        }
        guard let data = FileManager.default.contents(atPath: path), data.count == 32 else {
            throw StoreError.vault("vault key \(path) must hold exactly 32 bytes; restore it from backup (without it, stored mappings cannot be read)")
        }
        return SymmetricKey(data: data)
    }

    /// Seals `plaintext`, binding it to `context` (conversation and placeholder) so a row moved
    /// to another conversation or placeholder fails to open.
    func seal(_ plaintext: String, context: String) throws -> Data {
        do {
            let box = try AES.GCM.seal(Data(plaintext.utf8), using: key, authenticating: Data(context.utf8))
            guard let combined = box.combined else { throw StoreError.vault("AES-GCM produced no combined box") }
            return combined
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.vault("cannot encrypt a vault entry", underlying: error as NSError)
        }
    }

    func unseal(_ sealed: Data, context: String) throws -> String {
        do {
            let box = try AES.GCM.SealedBox(combined: sealed)
            let data = try AES.GCM.open(box, using: key, authenticating: Data(context.utf8))
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw StoreError.vault("a vault entry does not decrypt with this key (wrong vault.key, or tampering)", underlying: error as NSError)
        }
    }
}
