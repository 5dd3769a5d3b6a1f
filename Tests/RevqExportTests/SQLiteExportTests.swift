import Foundation
import RevqCore
import RevqEngine
import RevqExport
import RevqReview
import RevqTestSupport
import Testing

/// The bundled review exported once, and read back with the `sqlite3` command (Debian's
/// sqlite3, installed by `scripts/setup --tests`), as a user of the file would.
enum ExportedReview {
    static let path: String = {
        let path = NSTemporaryDirectory() + "revq-export-\(getpid()).db"
        unlink(path)
        // As `.export sqlite` does: the review with the audit revq computes from it.
        let store = Interpreter(store: BundledStore.shared).storeWithComputedSources()
        do { try SQLiteExporter.export(store, about: info, to: path) } catch {
            fatalError("the bundled review does not export: \(error)")
        }
        return path
    }()

    static let info = ExportInfo(
        revqVersion: "9.8.7", dataset: RepositoryPaths.bundledDataset,
        contentHash: String(repeating: "ab", count: 32), exportedAt: "2026-12-07T06:30:00Z")

    /// The rows `sql` gives, each row's columns joined by `|` (sqlite3's list mode).
    static func query(_ sql: String) throws -> [String] {
        let run = try Subprocess.run("/usr/bin/env", ["sqlite3", "-bail", path, sql])
        #expect(run.status == 0, "sqlite3 failed on \(sql): \(run.stderr)")
        return run.stdout.split(separator: "\n").map(String.init)
    }

    /// The rows revq gives for `statement`, in the same `|`-joined form.
    static func revq(_ statement: String) -> [String] {
        guard case .rows(let result) = Interpreter(store: BundledStore.shared).run(statement) else {
            Issue.record("revq did not answer \(statement) with rows")
            return []
        }
        return result.rows.map { $0.map(\.text).joined(separator: "|") }
    }
}

@Suite struct SQLiteExportTests {
    /// Line 1121: "forebygging (2 funn), fraværsregistrering (1 funn), kommunikasjon (16
    /// funn), skolebytte/overgang (1 funn), skolens organisering (3 funn), tidlig
    /// oppdagelse/innsats (2 funn) og tiltak fra skolen (8 funn)".
    @Test func countByThemeIsTheReviewsAndRevqs() throws {
        let sql = try ExportedReview.query(
            """
            SELECT v.value, count(f.number) FROM vocabulary_theme v LEFT JOIN findings f ON f.theme = v.value
            GROUP BY v.value ORDER BY v.level
            """)
        #expect(
            sql == [
                "Forebygging|2", "Fraværsregistrering|1", "Kommunikasjon|16", "Skolebytte/overgang|1",
                "Skolens organisering|3", "Tidlig oppdagelse/innsats|2", "Tiltak fra skolen|8",
            ])
        let tidy = ExportedReview.revq("count findings by theme").filter { !$0.hasPrefix("total") }
        #expect(tidy == sql)
    }

    /// Line 1655: "høy tillit til 1 funn, moderat tillit til 19 funn, lav tillit til 11
    /// funn og svært lav tillit til 2 funn": moderat or higher is 20, through the order.
    @Test func confidenceRangeComparesByTheScalesOrder() throws {
        let sql = try ExportedReview.query(
            """
            SELECT count(*) FROM findings_levels
            WHERE confidence_level >= (SELECT level FROM vocabulary_confidence WHERE value = 'moderat')
            """)
        #expect(sql == ["20"])
        #expect(ExportedReview.revq("findings where confidence >= moderat").count == 20)
        let levels = try ExportedReview.query("SELECT value FROM vocabulary_confidence ORDER BY level")
        #expect(levels == ["svært lav", "lav", "moderat", "høy"])
    }

    @Test func designCardQueryGivesRevqsFindings() throws {
        let sql = try ExportedReview.query(
            """
            SELECT number FROM findings_levels WHERE theme = 'Kommunikasjon'
            AND confidence_level >= (SELECT level FROM vocabulary_confidence WHERE value = 'moderat') ORDER BY number
            """)
        let revq = ExportedReview.revq("findings where confidence >= moderat and theme = kommunikasjon show number")
        #expect(!sql.isEmpty)
        #expect(sql == revq)
    }

    /// A to-many relation through its link table: the studies behind each finding, as
    /// revq joins them, and the reverse relation agreeing with it.
    @Test func relationJoinGivesRevqsStudies() throws {
        let sql = try ExportedReview.query(
            """
            SELECT related_label FROM findings_study_labels WHERE record_key = 1 ORDER BY position
            """)
        let revq = ExportedReview.revq("findings where number = 1 show study")
        #expect(!sql.isEmpty)
        #expect(revq == [sql.joined(separator: "; ")])
        let mismatched = try ExportedReview.query(
            """
            SELECT count(*) FROM findings_study f LEFT JOIN studies_finding s
            ON s.record_key = f.related_key AND s.related_key = f.record_key WHERE s.record_key IS NULL
            """)
        #expect(mismatched == ["0"])
    }

    @Test func setMembershipGivesRevqsStudies() throws {
        let sql = try ExportedReview.query(
            """
            SELECT s.label FROM studies s WHERE EXISTS
            (SELECT 1 FROM studies_informants i WHERE i.record_key = s.id AND i.value = 'elever') ORDER BY s.rowid
            """)
        let revq = ExportedReview.revq("studies where informants = elever show label")
        #expect(!sql.isEmpty)
        #expect(sql == revq)
    }

    /// Every record of every source is a row, with its `source` (its place in the review).
    @Test(arguments: BundledStore.shared.tables.map(\.name))
    func everySourceKeepsEveryRecord(source: String) throws {
        let table = try #require(BundledStore.shared.table(named: source))
        #expect(try ExportedReview.query("SELECT count(*) FROM \"\(source)\"") == ["\(table.count)"])
        if table.schema.field(named: "source") != nil {
            #expect(
                try ExportedReview.query("SELECT count(*) FROM \"\(source)\" WHERE source IS NULL OR source = ''") == [
                    "0"
                ])
        }
    }

    @Test func columnsAreTyped() throws {
        let types = try ExportedReview.query(
            "SELECT name, type FROM pragma_table_info('findings') WHERE name IN ('number', 'theme', 'support')")
        #expect(Set(types) == ["number|INTEGER", "theme|TEXT", "support|INTEGER"])
        #expect(try ExportedReview.query("SELECT typeof(year) FROM studies GROUP BY typeof(year)") == ["integer"])
    }

    @Test func foreignKeysHold() throws {
        #expect(try ExportedReview.query("PRAGMA foreign_key_check").isEmpty)
    }

    /// The link tables of the store's to-many relations, and their related sources.
    static let relationLinks: [(table: String, related: String)] = BundledStore.shared.tables.flatMap { table in
        table.schema.fields.compactMap { field in
            guard field.type.isMultiValued, let related = field.type.relatedSource else { return nil }
            return (table.name + "_" + field.name, related)
        }
    }

    /// Every link table's `related_key` is a foreign key to the related source's key, so
    /// `PRAGMA foreign_key_check` (clean above) checks the relations too.
    @Test func everyRelatedKeyIsAForeignKey() throws {
        #expect(!Self.relationLinks.isEmpty)
        for (link, related) in Self.relationLinks {
            let keys = try ExportedReview.query(
                "SELECT \"from\", \"table\" FROM pragma_foreign_key_list('\(link)') ORDER BY \"from\"")
            #expect(keys.contains("related_key|\(related)"), "\(link): \(keys)")
        }
    }

    /// `position` counts from 1, without gaps, in each record's list (README).
    @Test func linkPositionsCountFromOne() throws {
        let links =
            try ExportedReview.query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%record_key%position INTEGER NOT NULL%'"
            )
            + ["audit_rows"]
        #expect(links.count > Self.relationLinks.count, "sets have link tables too")
        for link in links {
            let gaps = try ExportedReview.query(
                """
                SELECT count(*) FROM (SELECT record_key, min(position) AS first, max(position) AS last, count(*) AS n
                FROM "\(link)" GROUP BY record_key) WHERE first <> 1 OR last <> n
                """)
            #expect(gaps == ["0"], "\(link)")
        }
        // Finding 1's studies (Tabell 9 lists them in order): the first is at position 1.
        #expect(try ExportedReview.query("SELECT min(position) FROM findings_study WHERE record_key = 1") == ["1"])
    }

    /// The computed `audit` is a table like the sources, with the verdicts revq gives,
    /// and so are the report's `claims`, each audited under its own id.
    @Test func auditAndClaimsAreTables() throws {
        let verdicts = try ExportedReview.query("SELECT verdict, count(*) FROM audit GROUP BY verdict ORDER BY verdict")
        let revq = ExportedReview.revq("count audit by verdict").filter { !$0.hasSuffix("|0") }.sorted()
        #expect(!verdicts.isEmpty)
        #expect(verdicts == revq)
        #expect(
            try ExportedReview.query("SELECT count(*) FROM claims") == [
                "\(BundledStore.shared.table(named: "claims")!.count)"
            ])
        #expect(
            try ExportedReview.query(
                "SELECT count(*) FROM claims c LEFT JOIN audit a ON a.id = c.id WHERE a.id IS NULL") == ["0"])
        #expect(
            try ExportedReview.query("SELECT count(*) FROM vocabulary_verdict") == [
                "\(ExportedReview.revq("count audit by verdict").count)"
            ])
    }

    /// FTS5 over findings, sections and outcomes: every record indexed, and a prefix
    /// search on one field finds what revq's `~ WORD*` finds there (words the thesaurus
    /// does not widen: revq's `~` also finds their synonyms, FTS5 does not).
    @Test(arguments: [
        ("findings", "text", "tillit", "number"), ("sections", "text", "relasjon", "id"),
        ("outcomes", "sentence", "fravær", "id"),
    ])
    func fullTextSearchFindsWhatRevqFinds(source: String, field: String, word: String, key: String) throws {
        let table = try #require(BundledStore.shared.table(named: source))
        #expect(try ExportedReview.query("SELECT count(*) FROM \(source)_fts") == ["\(table.count)"])
        let sql = try ExportedReview.query(
            "SELECT record_key FROM \(source)_fts WHERE \(source)_fts MATCH '\(field): \(word)*' ORDER BY record_key")
        let revq = ExportedReview.revq("\(source) where \(field) ~ \(word)* show \(key)")
        #expect(!sql.isEmpty)
        #expect(Set(sql) == Set(revq))
    }

    /// The file says what wrote it, from what and when, and its layout's version.
    @Test func theFileSaysWhichRevqWroteItFromWhatAndWhen() throws {
        let info = ExportedReview.info
        #expect(
            try ExportedReview.query(
                "SELECT revq_version, dataset, content_hash, exported_at, layout_version FROM revq_export")
                == [
                    "\(info.revqVersion)|\(info.dataset)|\(info.contentHash)|\(info.exportedAt)|\(SQLiteExporter.layoutVersion)"
                ])
        #expect(try ExportedReview.query("PRAGMA user_version") == ["\(SQLiteExporter.layoutVersion)"])
        #expect(SQLiteExporter.layoutVersion > 0, "0 is SQLite's 'not set'")
    }

    /// A levels view only where a source has a vocabulary field: none is `SELECT s.*` alone.
    @Test func noViewOnlyRepeatsItsTable() throws {
        let views = try ExportedReview.query(
            "SELECT name FROM sqlite_master WHERE type = 'view' AND sql NOT LIKE '%JOIN%'")
        #expect(views.isEmpty, "\(views)")
        #expect(try ExportedReview.query("SELECT count(*) FROM sqlite_master WHERE name = 'findings_levels'") == ["1"])
    }
}
