// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Readout",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "readout", targets: ["readout"]),
        .library(name: "ReadoutKit", targets: ["ReadoutKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The local web view (readout serve): a small server on SwiftNIO.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The system SQLite through its C API: no ORM layer between the hot insert loop and sqlite3_step.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // zlib streams .jsonl.gz corpora without holding them in memory.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "ReadoutKit",
            dependencies: ["CSQLite", "CZlib"],
            // The lexicons and schema are built into the code (a copied binary needs no resource bundle beside it).
            exclude: ["Extract/Lexicons", "Store/schema", "Store/schema-postgres"],
            plugins: ["EmbedResources"]
        ),
        .executableTarget(name: "embed-resources"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["embed-resources"]),
        // Pages and the JSON API of `readout serve`, on the queries of ReadoutKit.
        .target(
            name: "ReadoutWeb",
            dependencies: ["ReadoutKit", .product(name: "Hummingbird", package: "hummingbird"), .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "HTTPTypes", package: "swift-http-types")],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .executableTarget(
            name: "readout",
            dependencies: ["ReadoutKit", "ReadoutWeb", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The fuzz target (scripts/fuzz builds it with -sanitize=fuzzer); built normally it replays inputs.
        .executableTarget(name: "readout-fuzz", dependencies: ["ReadoutKit"]),
        .testTarget(name: "ReadoutKitTests", dependencies: ["ReadoutKit"]),
        // These tests read JSON as [String: Any] and share one ingested database across a serialized suite.
        .testTarget(name: "ReadoutCLITests", dependencies: ["ReadoutKit", "readout", "readout-fuzz"], swiftSettings: [.swiftLanguageMode(.v5)]),
    ]
)
