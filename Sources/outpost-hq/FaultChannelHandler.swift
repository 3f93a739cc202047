import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Sits in the HTTP/1 pipeline after request decoding. For `/v1/*` requests it closes the
/// connection without any response when hq is "offline" or the reset dice hit, so the
/// client sees exactly what a dropped link looks like. While offline, new connections are
/// closed as soon as they open.
final class FaultChannelHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let faults: FaultInjector
    private var dropping = false

    init(faults: FaultInjector) {
        self.faults = faults
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive, faults.refuseOffline() { drop(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        if faults.refuseOffline() {
            drop(context)
            return
        }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if dropping { return }
        if case .head(let head) = unwrapInboundIn(data), Self.isFaultable(head.path) {
            if faults.refuseOffline() || faults.rollReset() {
                drop(context)
                return
            }
        }
        context.fireChannelRead(data)
    }

    private func drop(_ context: ChannelHandlerContext) {
        dropping = true
        context.close(promise: nil)
    }

    /// Faults apply to the cloud API only; `/hq/*` (stats, received, faults) always answers.
    static func isFaultable(_ path: String?) -> Bool {
        path?.hasPrefix("/v1/") ?? false
    }
}
