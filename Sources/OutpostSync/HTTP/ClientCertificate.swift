public import Foundation
import NIOSSL

/// The box's client certificate as `outpost doctor` shows it: the gateway knows the box by it, and
/// a box whose certificate expires stops syncing (every send refused), so its end date matters.
public struct ClientCertificate: Sendable, Hashable {
    /// The subject's common name (the box id at the gateway), if any.
    public var commonName: String?
    public var notValidBefore: Date
    public var notValidAfter: Date

    /// The first certificate of a PEM file; throws a `tls` failure a technician can act on.
    public static func read(pemFile path: String) throws(SyncFailure) -> ClientCertificate {
        let certificates: [NIOSSLCertificate]
        do {
            certificates = try NIOSSLCertificate.fromPEMFile(path)
        } catch {
            throw SyncFailure(code: .tls, message: "cannot read the client certificate \(path): \(error)", cause: error)
        }
        guard let first = certificates.first else {
            throw SyncFailure(code: .tls, message: "\(path) holds no PEM certificate")
        }
        // NIOSSL describes a certificate as "<NIOSSLCertificate;serial_number=…;common_name=…>".
        let description = "\(first)"
        let commonName = description.range(of: "common_name=").map { range in
            String(description[range.upperBound...].prefix { $0 != ";" && $0 != ">" })
        }
        return ClientCertificate(
            commonName: commonName,
            notValidBefore: Date(timeIntervalSince1970: TimeInterval(first.notValidBefore)),
            notValidAfter: Date(timeIntervalSince1970: TimeInterval(first.notValidAfter)))
    }
}
