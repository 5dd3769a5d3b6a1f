import RevqCore
import RevqTestSupport
import Testing

@testable import RevqExport

/// SQLite reads back every name as `Quoting.SQL` quotes it: a column made with the quoted
/// name has exactly that name (compared by SQLite itself, byte for byte).
@Suite struct SQLIdentifierRoundTripTests {
    @Test func sqliteReadsBackEveryQuotedName() throws {
        var random = RandomText(seed: 17)
        // SQLite's C interface ends a name at NUL: no name of revq's holds one.
        let names = random.texts(400).map { $0.replacingEvery("\u{0}", with: "") }.filter { !$0.isEmpty }
        let database = try SQLiteDatabase(path: ":memory:")
        try database.execute("CREATE TABLE found (n INTEGER CHECK (n = 1))")
        for (index, name) in names.enumerated() {
            let table = Quoting.SQL.identifier("t\(index) \(name)")
            try database.execute("CREATE TABLE \(table) (\(Quoting.SQL.identifier(name)) TEXT)")
            // Fails the CHECK unless the column's name is the name, as SQLite compares text.
            #expect(throws: Never.self, "\(name.debugDescription)") {
                try database.insert(
                    "INSERT INTO found SELECT count(*) FROM pragma_table_info(?) WHERE name = ?",
                    rows: [[.text("t\(index) \(name)"), .text(name)]])
            }
        }
    }
}
