import Foundation

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
