import Foundation

/// Hands out the indexes 0..<count to the threads that ask, one at a time: each extracting thread takes the next
/// article when it is done with one, so a long article does not hold up a fixed share of others.
final class WorkQueue: @unchecked Sendable {
    private let count: Int
    private var next = 0
    private let lock = NSLock()
    init(count: Int) { self.count = count }

    func take() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}
