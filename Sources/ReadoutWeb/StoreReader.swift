import Dispatch
import ReadoutKit

/// The store, opened read-only, behind one serial queue: requests run their queries one at a time on one
/// connection, so no two threads use it at once, and each is stopped after `timeLimit` seconds so none holds it for
/// long. The queue is not one of Swift's few async worker threads, so a slow query never stalls other requests' work.
final class StoreReader: @unchecked Sendable {
    let graph: Graph
    static let timeLimit = 5.0
    private let queue = DispatchQueue(label: "readout.store")

    init(path: String) throws { graph = Graph(store: try StoreLocation.openForReading(path)) }

    func read<T>(_ body: @escaping (Graph) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { [self] in
                continuation.resume(with: Result { try graph.db.withTimeLimit(Self.timeLimit) { try body(self.graph) } })
            }
        }
    }
}

/// Blocking work (Graphviz) on a thread of its own, not one of Swift's async worker threads.
func offThePool<T>(_ body: @escaping () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
    }
}
