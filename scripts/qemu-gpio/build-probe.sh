#!/usr/bin/env bash
# Builds lights-probe (probe/main.swift + the repository's CGpiod and OutpostLights) as a
# release binary with the static Swift stdlib, in a throwaway package under
# ${OUTPOST_CACHE:-~/.cache/outpost}/qemu/probe-pkg (outside the checkout), and prints its
# path. Usage: scripts/qemu-gpio/run.sh --probe "$(scripts/qemu-gpio/build-probe.sh)"
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
PKG=${OUTPOST_CACHE:-$HOME/.cache/outpost}/qemu/probe-pkg
mkdir -p "$PKG/Sources/lights-probe"
ln -sfn "$REPO/Sources/CGpiod" "$PKG/Sources/CGpiod"
ln -sfn "$REPO/Sources/OutpostLights" "$PKG/Sources/OutpostLights"
cp "$HERE/probe/main.swift" "$PKG/Sources/lights-probe/main.swift"
[ -f "$REPO/Package.resolved" ] && cp "$REPO/Package.resolved" "$PKG/Package.resolved"
cat > "$PKG/Package.swift" <<'SWIFT'
// swift-tools-version:6.1
import PackageDescription
let package = Package(
    name: "lights-probe",
    dependencies: [
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "CGpiod", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "OutpostLights", dependencies: ["CGpiod",
            .product(name: "TOMLKit", package: "TOMLKit"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log")]),
        .executableTarget(name: "lights-probe", dependencies: ["OutpostLights",
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log")]),
    ]
)
SWIFT
(cd "$PKG" && swift build -c release --static-swift-stdlib --product lights-probe >&2)
echo "$(cd "$PKG" && swift build -c release --show-bin-path)/lights-probe"
