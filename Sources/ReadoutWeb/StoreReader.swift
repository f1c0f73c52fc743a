import ReadoutKit

/// The store, opened read-only, behind an actor: requests run their queries one at a time on one connection, so
/// no two threads use it at once.
actor StoreReader {
    let graph: Graph

    init(path: String) throws { graph = Graph(store: try Store(path: path, readOnly: true)) }

    func read<T>(_ body: (Graph) throws -> T) throws -> T { try body(graph) }
}
