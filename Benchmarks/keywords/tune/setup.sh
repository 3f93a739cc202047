#!/usr/bin/env bash
# Builds the keyword tuning tool (`kweval`) in a throwaway package outside the repository:
# it links OutpostModel from this checkout through symlinks and is never committed.
#   Benchmarks/keywords/tune/setup.sh [DIR]   (default /tmp/outpost-kweval)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
dir="${1:-/tmp/outpost-kweval}"
mkdir -p "$dir/Sources/kweval"
ln -sfn "$repo/Sources/OutpostModel" "$dir/Sources/OutpostModel"
ln -sfn "$repo/Sources/CKernels" "$dir/Sources/CKernels"
ln -sfn "$repo/Benchmarks/keywords/tune/main.swift" "$dir/Sources/kweval/main.swift"
cat > "$dir/Package.swift" <<'PKG'
// swift-tools-version:6.1
import PackageDescription
let s: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("InferIsolatedConformances")]
let package = Package(name: "kweval", platforms: [.macOS(.v14)], targets: [
    .target(name: "CKernels", cSettings: [.unsafeFlags(["-O3"])]),
    .target(name: "OutpostModel", dependencies: ["CKernels"], swiftSettings: s),
    .executableTarget(name: "kweval", dependencies: ["OutpostModel"], swiftSettings: s),
])
PKG
(cd "$dir" && swift build -c release --product kweval)
echo "$dir/.build/release/kweval"
