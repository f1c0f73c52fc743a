import Foundation

/// The one thread that writes to the store, running its jobs in order. A thread of its own rather than a
/// dispatch queue: the extracting threads lower their priority, and a pooled thread could carry that into writing.
final class WriterThread: @unchecked Sendable {
    private var jobs: [() -> Void] = []
    private var stopping = false
    private let condition = NSCondition()
    private var thread: Thread!

    init(name: String) {
        // The thread holds the object until it is told to stop.
        thread = Thread { [self] in run() }
        thread.name = name
        thread.start()
    }

    var isCurrent: Bool { Thread.current == thread }

    func async(_ job: @escaping () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Runs a job on the writer and waits for it; every job queued before it runs first.
    func sync(_ job: @escaping () -> Void) {
        if isCurrent { job(); return }
        let done = DispatchSemaphore(value: 0)
        async { job(); done.signal() }
        done.wait()
    }

    /// Lets the thread end once the jobs queued so far have run.
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopping { condition.wait() }
            if jobs.isEmpty { condition.unlock(); return }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }
}
