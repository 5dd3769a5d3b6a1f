import CSQLite
import RevqCore

/// A thin handle on one SQLite connection: run SQL, prepare, bind, step. Errors carry
/// SQLite's own message.
final class SQLiteDatabase {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private var handle: OpaquePointer?

    init(path: String) throws {
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw Failure(description: "cannot open \(path) as SQLite: \(message)")
        }
    }

    deinit { sqlite3_close(handle) }

    func execute(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw failure() }
    }

    /// Runs `sql` once per row of `rows`, one prepared statement for all of them; a lazy
    /// sequence is read as it is written, never held whole.
    func insert(_ sql: String, rows: some Sequence<[SQLValue]>) throws {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw failure() }
        defer { sqlite3_finalize(statement) }
        for row in rows {
            sqlite3_reset(statement)
            for (offset, value) in row.enumerated() { bind(value, at: Int32(offset + 1), in: statement) }
            guard sqlite3_step(statement) == SQLITE_DONE else { throw failure() }
        }
    }

    private func bind(_ value: SQLValue, at index: Int32, in statement: OpaquePointer?) {
        switch value {
        case .null: sqlite3_bind_null(statement, index)
        case .integer(let number): sqlite3_bind_int64(statement, index, Int64(number))
        case .real(let number): sqlite3_bind_double(statement, index, number)
        // SQLITE_TRANSIENT: SQLite copies the text before the Swift string goes away.
        case .text(let text):
            sqlite3_bind_text(statement, index, text, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
    }

    /// SQLite's own words only: the statement that failed is revq's, not the user's, and
    /// printing it (cut short) only hid the reason.
    private func failure() -> Failure {
        Failure(description: "SQLite: \(String(cString: sqlite3_errmsg(handle)))")
    }
}

/// A value as SQLite stores it.
enum SQLValue: Equatable {
    case null
    case integer(Int)
    case real(Double)
    case text(String)
}

/// `name` as a quoted SQL identifier (`Quoting.SQL`), so any source or field name is safe.
func quoted(_ name: String) -> String { Quoting.SQL.identifier(name) }
