import ReadoutKit

/// The store, opened read-only, behind an actor: requests run their queries one at a time on one connection, so
/// no two threads use it at once, and each is stopped after `timeLimit` seconds so none holds it for long.
actor StoreReader {
    let graph: Graph
    static let timeLimit = 5.0

    init(path: String) throws { graph = Graph(store: try Store(path: path, readOnly: true)) }

    func read<T>(_ body: (Graph) throws -> T) throws -> T {
        try graph.store.db.withTimeLimit(Self.timeLimit) { try body(graph) }
    }
}
