import Foundation

/// PostgreSQL's own client library, libpq, through its C API, loaded when a store first names a PostgreSQL URL: a
/// build needs no PostgreSQL headers and a machine without libpq still runs every SQLite command.
/// (Why libpq and not postgres-nio: README, "PostgreSQL as a store".)
struct LibPQ: @unchecked Sendable {
    typealias Conn = OpaquePointer
    typealias Result = OpaquePointer

    let connectdb: @convention(c) (UnsafePointer<CChar>) -> Conn?
    let status: @convention(c) (Conn) -> Int32
    let errorMessage: @convention(c) (Conn) -> UnsafePointer<CChar>?
    let finish: @convention(c) (Conn) -> Void
    let execParams: @convention(c) (Conn, UnsafePointer<CChar>, Int32, UnsafePointer<UInt32>?, UnsafePointer<UnsafePointer<CChar>?>?,
                                    UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32) -> Result?
    let exec: @convention(c) (Conn, UnsafePointer<CChar>) -> Result?
    let prepare: @convention(c) (Conn, UnsafePointer<CChar>, UnsafePointer<CChar>, Int32, UnsafePointer<UInt32>?) -> Result?
    let execPrepared: @convention(c) (Conn, UnsafePointer<CChar>, Int32, UnsafePointer<UnsafePointer<CChar>?>?,
                                      UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32) -> Result?
    let resultStatus: @convention(c) (Result) -> Int32
    let resultErrorField: @convention(c) (Result, Int32) -> UnsafePointer<CChar>?
    let resultErrorMessage: @convention(c) (Result) -> UnsafePointer<CChar>?
    let ntuples: @convention(c) (Result) -> Int32
    let nfields: @convention(c) (Result) -> Int32
    let fname: @convention(c) (Result, Int32) -> UnsafePointer<CChar>?
    let ftype: @convention(c) (Result, Int32) -> UInt32
    let getvalue: @convention(c) (Result, Int32, Int32) -> UnsafePointer<CChar>?
    let getlength: @convention(c) (Result, Int32, Int32) -> Int32
    let getisnull: @convention(c) (Result, Int32, Int32) -> Int32
    let clear: @convention(c) (Result) -> Void
    let putCopyData: @convention(c) (Conn, UnsafePointer<CChar>, Int32) -> Int32
    let putCopyEnd: @convention(c) (Conn, UnsafePointer<CChar>?) -> Int32
    let getResult: @convention(c) (Conn) -> Result?
    let setNoticeProcessor: @convention(c) (Conn, (@convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void)?, UnsafeMutableRawPointer?) -> OpaquePointer?

    // Values of libpq-fe.h's enums.
    static let connectionOK: Int32 = 0
    static let commandOK: Int32 = 1, tuplesOK: Int32 = 2, copyIn: Int32 = 4
    static let sqlState = Int32(UInt8(ascii: "C"))

    /// The library, loaded once; nil (with why) where it is not installed.
    static let shared: Swift.Result<LibPQ, StoreError> = load()

    private static func load() -> Swift.Result<LibPQ, StoreError> {
        let names = ["libpq.so.5", "libpq.so", "libpq.5.dylib", "libpq.dylib", "/opt/homebrew/opt/libpq/lib/libpq.5.dylib"]
        guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            return .failure(StoreError("PostgreSQL's client library (libpq.so.5) is not installed: apt-get install libpq5"))
        }
        func symbol<T>(_ name: String) -> T? { dlsym(handle, name).map { unsafeBitCast($0, to: T.self) } }
        guard let connectdb: @convention(c) (UnsafePointer<CChar>) -> Conn? = symbol("PQconnectdb"),
              let status: @convention(c) (Conn) -> Int32 = symbol("PQstatus"),
              let errorMessage: @convention(c) (Conn) -> UnsafePointer<CChar>? = symbol("PQerrorMessage"),
              let finish: @convention(c) (Conn) -> Void = symbol("PQfinish"),
              let execParams: @convention(c) (Conn, UnsafePointer<CChar>, Int32, UnsafePointer<UInt32>?, UnsafePointer<UnsafePointer<CChar>?>?,
                                              UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32) -> Result? = symbol("PQexecParams"),
              let exec: @convention(c) (Conn, UnsafePointer<CChar>) -> Result? = symbol("PQexec"),
              let prepare: @convention(c) (Conn, UnsafePointer<CChar>, UnsafePointer<CChar>, Int32, UnsafePointer<UInt32>?) -> Result? = symbol("PQprepare"),
              let execPrepared: @convention(c) (Conn, UnsafePointer<CChar>, Int32, UnsafePointer<UnsafePointer<CChar>?>?,
                                                UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32) -> Result? = symbol("PQexecPrepared"),
              let resultStatus: @convention(c) (Result) -> Int32 = symbol("PQresultStatus"),
              let resultErrorField: @convention(c) (Result, Int32) -> UnsafePointer<CChar>? = symbol("PQresultErrorField"),
              let resultErrorMessage: @convention(c) (Result) -> UnsafePointer<CChar>? = symbol("PQresultErrorMessage"),
              let ntuples: @convention(c) (Result) -> Int32 = symbol("PQntuples"),
              let nfields: @convention(c) (Result) -> Int32 = symbol("PQnfields"),
              let fname: @convention(c) (Result, Int32) -> UnsafePointer<CChar>? = symbol("PQfname"),
              let ftype: @convention(c) (Result, Int32) -> UInt32 = symbol("PQftype"),
              let getvalue: @convention(c) (Result, Int32, Int32) -> UnsafePointer<CChar>? = symbol("PQgetvalue"),
              let getlength: @convention(c) (Result, Int32, Int32) -> Int32 = symbol("PQgetlength"),
              let getisnull: @convention(c) (Result, Int32, Int32) -> Int32 = symbol("PQgetisnull"),
              let clear: @convention(c) (Result) -> Void = symbol("PQclear"),
              let putCopyData: @convention(c) (Conn, UnsafePointer<CChar>, Int32) -> Int32 = symbol("PQputCopyData"),
              let putCopyEnd: @convention(c) (Conn, UnsafePointer<CChar>?) -> Int32 = symbol("PQputCopyEnd"),
              let getResult: @convention(c) (Conn) -> Result? = symbol("PQgetResult"),
              let setNoticeProcessor: @convention(c) (Conn, (@convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void)?,
                                                      UnsafeMutableRawPointer?) -> OpaquePointer? = symbol("PQsetNoticeProcessor")
        else { return .failure(StoreError("PostgreSQL's client library (libpq) lacks a function Readout needs: a libpq of PostgreSQL 10 or later is")) }
        return .success(LibPQ(connectdb: connectdb, status: status, errorMessage: errorMessage, finish: finish, execParams: execParams,
                              exec: exec, prepare: prepare, execPrepared: execPrepared, resultStatus: resultStatus, resultErrorField: resultErrorField,
                              resultErrorMessage: resultErrorMessage, ntuples: ntuples, nfields: nfields, fname: fname, ftype: ftype,
                              getvalue: getvalue, getlength: getlength, getisnull: getisnull, clear: clear, putCopyData: putCopyData,
                              putCopyEnd: putCopyEnd, getResult: getResult, setNoticeProcessor: setNoticeProcessor))
    }
}
