public import Foundation
import OutpostSupport

extension OutpostConfig {
    /// Reads a secret file (token, key), trimming whitespace; clear errors when absent or empty.
    public static func readSecret(_ path: String, key: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
              !text.isEmpty else {
            throw ConfigError.invalidValue(key, "cannot read a non-empty secret from \(path)")
        }
        return text
    }

    /// The cloud API key: `$CREDENTIALS_DIRECTORY/cloud-api-key` first, then `cloud.api_key_file`, else none.
    public func cloudAPIKey(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        if let path = CredentialFile.find("cloud-api-key", in: environment["CREDENTIALS_DIRECTORY"]) {
            return try Self.readSecret(path, key: "cloud-api-key credential")
        }
        if let file = cloud.apiKeyFile { return try Self.readSecret(file, key: "cloud.api_key_file") }
        return nil
    }
}
