import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files a store is made of (the database, its `-wal`, `-shm`, `-journal` and the writer's `-lock`), and the
/// checks made on paths before any of them is opened or written.
public enum StoreFile {
    static let companions = ["", "-wal", "-shm", "-journal", "-lock"]

    /// A store is a file named by a path: not SQLite's in-memory or temporary database, not a URI, not a folder.
    public static func checkPath(_ path: String) throws {
        if path.isEmpty { throw StoreError("--db '': a store must be a file") }
        if path == ":memory:" || path.hasPrefix("file:") { throw StoreError("\(path): a store must be a file, not an SQLite in-memory database or URI") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError("\(path): is a folder; a store must be a file")
        }
    }

    /// True when writing to `output` would write to the store at `store` or one of its files: through a relative
    /// path, a symbolic link or a hard link alike.
    public static func isPart(of store: String, _ output: String) -> Bool {
        let base = resolved(store), target = resolved(output)
        if companions.contains(where: { base + $0 == target }) { return true }
        var a = stat(), b = stat()
        return companions.contains { suffix in
            stat(output, &a) == 0 && stat(store + suffix, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino
        }
    }

    /// The absolute path with every link followed: of the file when it exists, else of its folder plus its name.
    static func resolved(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        if let real = realpath(absolute.path, nil) { defer { free(real) }; return String(cString: real) }
        let folder = absolute.deletingLastPathComponent().path
        guard let real = realpath(folder, nil) else { return absolute.path }
        defer { free(real) }
        return (String(cString: real) as NSString).appendingPathComponent(absolute.lastPathComponent)
    }

    /// True when this user may create files in the store's folder (SQLite needs to, for the `-shm` of a reader).
    static func folderIsWritable(_ path: String) -> Bool {
        access(URL(fileURLWithPath: path).deletingLastPathComponent().path, W_OK) == 0
    }
}

/// One writer of a store at a time, across processes: an advisory lock (flock) on `STORE-lock`, held for the whole
/// of an ingest or reextract. SQLite's own lock covers one transaction; a writer's run is many, and two runs that
/// interleave (two reextracts replacing the same documents) or race to create a store would go wrong. The file
/// names its holder, for the message of the one that waits. It is never deleted: removing a lock file someone
/// waits on would let two writers hold two files.
public final class WriterLock {
    private let descriptor: Int32

    /// Takes the lock, waiting for its holder; `waiting` is told once, with who holds it.
    public init(store path: String, command: String, waiting: (String) -> Void) throws {
        let file = path + "-lock"
        descriptor = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StoreError("\(file): cannot open the writer's lock (\(String(cString: strerror(errno))))") }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else { let e = errno; close(descriptor); throw StoreError("\(file): \(String(cString: strerror(e)))") }
            var bytes = [UInt8](repeating: 0, count: 256)
            let n = pread(descriptor, &bytes, bytes.count, 0)
            let holder = n > 0 ? String(decoding: bytes[0..<n], as: UTF8.self) : "another writer"
            waiting("waiting for \(holder) to finish writing \(path)")
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else { let e = errno; close(descriptor); throw StoreError("\(file): \(String(cString: strerror(e)))") }
            }
        }
        let holder = Array("readout \(command) (pid \(getpid()))".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, holder, holder.count, 0)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
