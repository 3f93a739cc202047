#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Foundation
public import Hummingbird
public import Logging
public import ServiceLifecycle
public import OutpostConfig
import OutpostAPI

/// The local HTTP API: always on the Unix socket (mode 0660), optionally on TCP with a bearer token.
/// Both listeners serve the same routes; each is a `Service` for the daemon's `ServiceGroup`.
public struct APIServer {
    public typealias Context = BasicRequestContext
    /// Registers routes on a router (called once per listener).
    public typealias Routes = @Sendable (Router<Context>) -> Void

    /// Builds the listeners. `ready` opens once the Unix socket accepts connections.
    public static func services(config: OutpostConfig, routes: @escaping Routes, ready: ReadinessGate, logger: Logger) throws -> [any Service] {
        let socketPath = config.socketPath()
        try prepareSocketPath(socketPath)

        let unixApp = Application(
            router: router(routes: routes),
            configuration: .init(address: .unixDomainSocket(path: socketPath), serverName: "outpostd"),
            onServerRunning: { _ in
                // Group members may connect; others may not.
                chmod(socketPath, 0o660)
                logger.info("api listening", metadata: ["outpost.api.socket": "\(socketPath)"])
                ready.open()
            },
            logger: logger
        )
        var services: [any Service] = [unixApp]

        if let listen = config.api.listen, let hostPort = HostPort(listen) {
            guard let tokenFile = config.api.tokenFile else {
                throw ConfigError.invalidValue("api.listen", "a TCP listener requires api.token_file")
            }
            let token = try OutpostConfig.readSecret(tokenFile, key: "api.token_file")
            services.append(Application(
                router: router(routes: routes, bearerToken: token),
                configuration: .init(address: .hostname(hostPort.host, port: hostPort.port), serverName: "outpostd"),
                onServerRunning: { channel in
                    logger.info("api listening on tcp", metadata: ["outpost.api.listen": "\(channel.localAddress?.description ?? listen)"])
                },
                logger: logger
            ))
        }
        return services
    }

    /// The router a listener serves: the one JSON error shape, the bearer token when given (TCP),
    /// then the routes. The listeners and the in-process route tests both build it here.
    public static func router(routes: Routes, bearerToken: String? = nil) -> Router<Context> {
        let router = Router(context: Context.self)
        router.add(middleware: JSONErrorMiddleware())
        if let bearerToken { router.add(middleware: BearerTokenMiddleware(token: bearerToken)) }
        routes(router)
        return router
    }

    /// Creates the socket's directory and removes a stale socket file left by a crash. Refuses to
    /// remove anything that is not a socket, and refuses to start when another daemon answers on it.
    static func prepareSocketPath(_ path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFSOCK else {
            throw ConfigError.invalidValue("api.socket", "\(path) exists and is not a socket; move it away")
        }
        if UnixHTTPClient.isListening(socketPath: path) {
            throw ConfigError.invalidValue("api.socket", "another outpostd is already listening on \(path)")
        }
        unlink(path)
    }
}
