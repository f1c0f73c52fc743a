/// A question put to the graph. `run` answers it inside one read transaction: every statement of the answer
/// sees the same state of the store, and the file is locked once rather than for each statement.
public protocol GraphQuery {
    associatedtype Answer
    func answer(_ graph: Graph) throws -> Answer
}

extension GraphQuery {
    public func run(_ graph: Graph) throws -> Answer { try graph.db.read { try answer(graph) } }
}
