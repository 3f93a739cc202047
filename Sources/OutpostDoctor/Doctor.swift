#if canImport(Glibc)
import Glibc
#endif
import Foundation
import OutpostAPI
import OutpostConfig
import OutpostLights
import OutpostModel
import OutpostRedaction
import OutpostStore
import OutpostSync
import OutpostSupport

/// `outpost doctor`: each check gives a verdict and, when not ok, the next step for a technician.
/// Read-only unless `fix` is set; then it corrects only modes and ownership (secrets to 0600,
/// the state directory and config to the daemon's account) and says what it changed. The
/// database is always opened read-only.
public struct Doctor: Sendable {
    public enum Verdict: String, Codable, Sendable { case ok, fixed, warn, fail, skip }

    public struct Check: Codable, Sendable {
        public var name: String
        public var verdict: Verdict
        public var detail: String
        public var next: String?
    }

    public let configPath: String?
    public let socketPath: String?
    public let fix: Bool

    public init(configPath: String?, socketPath: String?, fix: Bool = false) {
        self.configPath = configPath
        self.socketPath = socketPath
        self.fix = fix
    }

    public func run() async -> [Check] {
        var checks: [Check] = []
        var config = OutpostConfig()
        if let configPath {
            do {
                config = try OutpostConfig.load(path: configPath)
                checks.append(Check(name: "config", verdict: .ok, detail: "\(configPath) is valid"))
            } catch {
                checks.append(Check(name: "config", verdict: .fail, detail: "\(error)", next: "fix the key named above; `outpost config keys` lists every key"))
                return checks
            }
        } else {
            checks.append(Check(name: "config", verdict: .skip, detail: "no configuration file given: defaults", next: "pass --config /etc/outpost/outpost.toml on an installed box"))
        }
        let account = Account.daemon()
        checks.append(stateDirectory(config))
        checks.append(permissions(config, account: account))
        checks.append(disk(config))
        checks.append(database(config))
        checks.append(model(config))
        checks.append(redaction(config))
        checks.append(daemon(config))
        checks.append(gpio(account: account))
        checks.append(await cloud(config))
        if let certificate = certificate(config) { checks.append(certificate) }
        if let telemetry = telemetry(config) { checks.append(telemetry) }
        checks.append(clock())
        return checks
    }

    func stateDirectory(_ c: OutpostConfig) -> Check {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: c.stateDir, isDirectory: &isDir), isDir.boolValue else {
            return Check(name: "state directory", verdict: .warn, detail: "\(c.stateDir) does not exist yet", next: "it is created at the first start; under systemd StateDirectory= creates it")
        }
        guard access(c.stateDir, W_OK) == 0 || getuid() == 0 else {
            return Check(name: "state directory", verdict: .fail, detail: "\(c.stateDir) is not writable by uid \(getuid())", next: "chown -R outpost:outpost \(c.stateDir)")
        }
        return Check(name: "state directory", verdict: .ok, detail: "\(c.stateDir) is writable")
    }

    func disk(_ c: OutpostConfig) -> Check {
        let path = FileManager.default.fileExists(atPath: c.stateDir) ? c.stateDir : "."
        guard let free = DiskSpace.freeBytes(at: path) else { return Check(name: "disk", verdict: .skip, detail: "cannot stat \(path)") }
        let floor = Int64(c.outbox.minFreeBytes)
        let mib = { (b: Int64) in "\(b / 1_048_576) MiB" }
        if free < floor { return Check(name: "disk", verdict: .fail, detail: "\(mib(free)) free, below the floor of \(mib(floor)): new requests are refused", next: "free space in \(path) (old logs, core dumps), or lower outbox.min_free_bytes") }
        if free < floor * 2 { return Check(name: "disk", verdict: .warn, detail: "\(mib(free)) free, under twice the floor: ingest events are dropped", next: "free space in \(path)") }
        return Check(name: "disk", verdict: .ok, detail: "\(mib(free)) free (floor \(mib(floor)))")
    }

    func database(_ c: OutpostConfig) -> Check {
        let path = (c.stateDir as NSString).appendingPathComponent("outpost.db")
        guard FileManager.default.fileExists(atPath: path) else { return Check(name: "database", verdict: .skip, detail: "\(path) does not exist yet") }
        do {
            let result = try StoreInspection.inspect(path: path).quickCheck
            let quarantined = StoreInspection.quarantined(in: c.stateDir)
            guard result == ["ok"] else {
                return Check(name: "database", verdict: .fail, detail: "quick_check: \(result.prefix(3).joined(separator: "; "))", next: "restart outpostd: it moves the file aside and starts fresh; keep the .corrupt- copy for support")
            }
            if !quarantined.isEmpty {
                return Check(name: "database", verdict: .warn, detail: "ok; quarantined copies present: \(quarantined.joined(separator: ", "))", next: "attach them to a support bundle, then remove them")
            }
            return Check(name: "database", verdict: .ok, detail: "\(path) passes quick_check")
        } catch {
            return Check(name: "database", verdict: .fail, detail: "\(error)", next: "check permissions of \(path); restart outpostd to quarantine a damaged file")
        }
    }

    func model(_ c: OutpostConfig) -> Check {
        guard let path = c.model.path else { return Check(name: "model", verdict: .warn, detail: "no [model] path: requests are escalated without intent", next: "scripts/demo.sh shows how to import and train one") }
        do {
            let model = try Model.load(path: path)
            return Check(name: "model", verdict: .ok, detail: "\(path): checksum ok, \(model.intentHead?.labels.count ?? 0) intents")
        } catch {
            return Check(name: "model", verdict: .fail, detail: "\(error)", next: "re-copy the model file (it is checked whole at load), or retrain with `outpost model train`")
        }
    }

    /// The recall net's vocabulary: strict mode with only the built-in English list redacts
    /// every word of the other languages (safe, but the cloud sees little).
    func redaction(_ c: OutpostConfig) -> Check {
        let paths = c.redaction.safelist.map { [$0] } ?? SafeList.defaultPaths
        do {
            let list = try SafeList.firstAvailable(paths)
            if list.safeCount == 0 {
                let verdict: Verdict = c.redaction.mode == "strict" ? .warn : .ok
                return Check(name: "redaction", verdict: verdict, detail: "\(c.redaction.mode) mode with the built-in English list (no safe-list at \(paths.joined(separator: ", ")))",
                             next: verdict == .warn ? "install the package's /usr/share/outpost/safelist.bin, or build one with scripts/safelist/build.sh" : nil)
            }
            let taggerPaths = c.redaction.tagger.map { $0 == "none" ? [] : [$0] } ?? SequenceTagger.defaultPaths
            guard let tagger = try SequenceTagger.firstAvailable(taggerPaths) else {
                return Check(name: "redaction", verdict: .warn, detail: "\(c.redaction.mode) mode; safe-list \(list.source); no sequence tagger (\(taggerPaths.isEmpty ? "turned off" : "none at " + taggerPaths.joined(separator: ", ")))",
                             next: taggerPaths.isEmpty ? nil : "install the package's /usr/share/outpost/tagger.bin, or build one with scripts/tagger/build.sh")
            }
            return Check(name: "redaction", verdict: .ok, detail: "\(c.redaction.mode) mode; safe-list \(list.source); sequence tagger \(tagger.source)")
        } catch let error as RedactionError {
            return Check(name: "redaction", verdict: .fail, detail: error.message, next: error.code == "redaction.tagger_unreadable" ? "rebuild it with scripts/tagger/build.sh, or reinstall the package" : "rebuild it with scripts/safelist/build.sh, or reinstall the package")
        } catch {
            return Check(name: "redaction", verdict: .fail, detail: "\(error)")
        }
    }

    func daemon(_ c: OutpostConfig) -> Check {
        let socket = socketPath ?? c.socketPath()
        if UnixHTTPClient.isListening(socketPath: socket) {
            return Check(name: "daemon", verdict: .ok, detail: "answering on \(socket)")
        }
        return Check(name: "daemon", verdict: .warn, detail: "nothing answers on \(socket)", next: "systemctl status outpostd; journalctl -u outpostd -n 50")
    }

    func gpio(account: Account) -> Check {
        let chips = ((try? FileManager.default.contentsOfDirectory(atPath: "/dev")) ?? []).filter { $0.hasPrefix("gpiochip") }.sorted()
        let library: String
        do { library = try LEDDriverFactory.gpioLibrarySummary() } catch {
            return Check(name: "gpio", verdict: chips.isEmpty ? .skip : .warn, detail: "libgpiod not loadable: \(error)", next: chips.isEmpty ? nil : "apt install libgpiod2 (bookworm) or libgpiod3 (trixie)")
        }
        guard !chips.isEmpty else { return Check(name: "gpio", verdict: .skip, detail: "\(library); no /dev/gpiochip* on this machine") }
        let denied = chips.filter { !account.may("/dev/\($0)", write: true) }
        if !denied.isEmpty { return Check(name: "gpio", verdict: .fail, detail: "\(account.name) has no read/write access to \(denied.joined(separator: ", "))", next: "add \(account.name) to the chips' group (sysusers.d/outpost.conf puts outpost in gpio) and install the udev rule that gives gpiochip* to that group") }
        return Check(name: "gpio", verdict: .ok, detail: "\(library); \(chips.joined(separator: ", ")) usable by \(account.name)")
    }

    /// The sync service's own client (pinned CA, client certificate) fetches `{base_url}/models`:
    /// DNS, TCP, TLS and HTTP in one step.
    func cloud(_ c: OutpostConfig) async -> Check {
        guard let base = c.cloud.baseURL, let url = URL(string: base), let host = url.host else {
            return Check(name: "cloud", verdict: .skip, detail: "no cloud.base_url: the box works locally only")
        }
        var cloud = c.cloud
        cloud.apiKey = try? c.cloudAPIKey()
        switch await CloudProbe.run(config: cloud) {
        case .success(let reached):
            let tls = url.scheme == "https" ? "TLS verified" + (c.cloud.tls.caFile.map { " against \($0)" } ?? "") : "plain HTTP"
            if reached.status == 401 || reached.status == 403 {
                return Check(name: "cloud", verdict: .warn, detail: "\(host) reached (\(tls)) but it refused the API key (HTTP \(reached.status))",
                             next: "put the right key in /etc/outpost/credentials/cloud-api-key (or cloud.api_key_file)")
            }
            return Check(name: "cloud", verdict: .ok, detail: "\(host) answered HTTP \(reached.status) in \(reached.milliseconds) ms (\(tls))")
        case .failure(let failure) where failure.code == .tls:
            return Check(name: "cloud", verdict: .fail, detail: failure.message,
                         next: "check cloud.ca_file / client certificate, the server's certificate and the clock (timedatectl)")
        case .failure(let failure):
            return Check(name: "cloud", verdict: .warn, detail: failure.message, next: "check the network, DNS and firewall; work queues meanwhile (outpost queue stats)")
        }
    }

    /// Only with a client certificate (mutual TLS): whose it is and when it ends. The gateway
    /// refuses an expired one, and the box then queues everything until it is renewed.
    func certificate(_ c: OutpostConfig, now: Date = Date()) -> Check? {
        guard let path = c.cloud.tls.clientCertificateFile else { return nil }
        let certificate: ClientCertificate
        do {
            certificate = try ClientCertificate.read(pemFile: path)
        } catch {
            return Check(name: "certificate", verdict: .fail, detail: error.message, next: "check cloud.client_cert_file (PEM) and its mode")
        }
        let days = Int(certificate.notValidAfter.timeIntervalSince(now) / 86_400)
        let formatter = ISO8601DateFormatter()
        let until = formatter.string(from: certificate.notValidAfter)
        let who = certificate.commonName.map { "box certificate \($0)" } ?? "box certificate"
        if certificate.notValidAfter <= now {
            return Check(name: "certificate", verdict: .fail, detail: "\(who) expired \(until); the gateway refuses this box",
                         next: "issue a new certificate for this box (deploy/README.md) and put it at \(path)")
        }
        if certificate.notValidBefore > now {
            return Check(name: "certificate", verdict: .fail, detail: "\(who) is not valid before \(formatter.string(from: certificate.notValidBefore))",
                         next: "check the clock (timedatectl) or the certificate's dates")
        }
        if days < 30 {
            return Check(name: "certificate", verdict: .warn, detail: "\(who) expires \(until) (in \(days) days)",
                         next: "renew it before then (deploy/README.md); the box cannot sync once it has expired")
        }
        return Check(name: "certificate", verdict: .ok, detail: "\(who) valid until \(until) (\(days) days)")
    }

    /// Only when tracing is on: can the OTLP collector be reached (spans are dropped while it cannot).
    func telemetry(_ c: OutpostConfig) -> Check? {
        guard let endpoint = c.telemetry.otlpEndpoint else { return nil }
        guard let url = URL(string: endpoint), let host = url.host else {
            return Check(name: "telemetry", verdict: .fail, detail: "telemetry.otlp_endpoint \(endpoint) is not a URL", next: "e.g. http://collector:4318")
        }
        let port = url.port ?? (url.scheme == "https" ? 443 : 4318)
        guard Self.tcpConnect(host: host, port: port, timeout: 5) else {
            return Check(name: "telemetry", verdict: .warn, detail: "cannot connect to the OTLP collector \(host):\(port): spans are dropped meanwhile",
                         next: "check the collector and firewall, or remove [telemetry] otlp_endpoint to turn tracing off")
        }
        return Check(name: "telemetry", verdict: .ok, detail: "OTLP collector \(host):\(port) reachable (\(c.telemetry.otlpProtocol))")
    }

    func clock() -> Check {
        if FileManager.default.fileExists(atPath: "/run/systemd/timesync/synchronized") {
            return Check(name: "clock", verdict: .ok, detail: "synchronized (systemd-timesyncd)")
        }
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        if year < 2025 { return Check(name: "clock", verdict: .fail, detail: "the clock says \(year)", next: "enable NTP (timedatectl set-ntp true); TLS and TTLs need a sane clock") }
        return Check(name: "clock", verdict: .warn, detail: "no evidence of time synchronisation", next: "timedatectl status; enable systemd-timesyncd or chrony")
    }

    static func tcpConnect(host: String, port: Int, timeout: Int) -> Bool {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let first = result else { return false }
        defer { freeaddrinfo(result) }
        var node: UnsafeMutablePointer<addrinfo>? = first
        while let n = node {
            let fd = socket(n.pointee.ai_family, n.pointee.ai_socktype, n.pointee.ai_protocol)
            if fd >= 0 {
                var tv = timeval(tv_sec: timeout, tv_usec: 0)
                setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
                let ok = connect(fd, n.pointee.ai_addr, n.pointee.ai_addrlen) == 0
                close(fd)
                if ok { return true }
            }
            node = n.pointee.ai_next
        }
        return false
    }
}
