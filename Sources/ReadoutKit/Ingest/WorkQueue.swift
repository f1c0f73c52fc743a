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

/// Extracting threads yield to the writer: it is the one serial stage of an ingest, so it should never wait for
/// a core while articles are being read. (On Linux the nice value belongs to a thread, and `who` 0 names the
/// calling one; a thread may always raise its own.)
enum ExtractionPriority {
    static let niceness: Int32 = 10

    static func lowerCurrentThread() {
        #if os(Linux)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        errno = 0
        let current = getpriority(which, 0)
        if errno == 0, current < niceness { setpriority(which, 0, niceness) }
        #endif
    }
}
