import FoundationEssentials
import RevqCore
import RevqEngine
import RevqRender
import RevqReview

/// `.record FILE`: a document of what a panel asked, to attach to a guideline's decision
/// record: each statement that ran, its result and where its rows come from in the
/// review. Markdown, or a self-contained HTML page that prints well when FILE ends in
/// .html. The whole file is rewritten (atomically) after each statement, so it is
/// complete whenever the session stops.
final class PanelRecord {
    struct Entry {
        let statement: String
        let result: ResultSet?
        let message: String?
        let sources: [String]
    }

    let path: String
    let isHTML: Bool
    let dataset: String
    let started: Date
    private(set) var entries: [Entry] = []

    init(path: String, dataset: String, started: Date = Date()) {
        self.path = path
        let lowered = path.lowercased()
        isHTML = lowered.hasSuffix(".html") || lowered.hasSuffix(".htm")
        self.dataset = dataset
        self.started = started
    }

    func add(_ entry: Entry) throws {
        entries.append(entry)
        try write()
    }

    func write() throws {
        try AtomicFile.write(isHTML ? RecordHTML.document(self) : RecordMarkdown.document(self), to: path)
    }

    var startedText: String { Timestamp.internet(started) }

    /// Where a result's rows come from: the places of its `source` column when it has one
    /// (distinct, in order, at most 20), else the queried source and what it holds.
    static func sources(of result: ResultSet, sourceName: String?, store: Store) -> [String] {
        if let column = result.columns.firstIndex(where: { $0.name == "source" }) {
            var places: [String] = []
            var seen = Set<String>()
            for row in result.rows where column < row.count {
                for place in row[column].text.split(separator: ";").map({ $0.trimmingSpaces() })
                where !place.isEmpty && seen.insert(place).inserted { places.append(place) }
            }
            return places.count > 20 ? Array(places.prefix(20)) + ["and \(places.count - 20) more places"] : places
        }
        // The source as the parser read the statement, not guessed from its words.
        guard let sourceName, let table = store.table(named: sourceName) else { return [] }
        return ["\(sourceName): \(table.schema.description)"]
    }

    /// The same for a statement given as text: prepared here, since none ran.
    static func sources(of result: ResultSet, statement: String, store: Store) -> [String] {
        guard case .ready(let prepared) = Preparation(statement, viewSource: Reviewer.viewSource) else { return [] }
        return sources(of: result, sourceName: prepared.sourceName, store: store)
    }
}

/// The Markdown form: a heading per statement, the result as a pipe table, its sources.
enum RecordMarkdown {
    static func document(_ record: PanelRecord) -> String {
        var text = "# revq session record\n\nReview: \(record.dataset)  \nStarted: \(record.startedText)  \n"
        text += "Statements: \(record.entries.count)\n"
        for (number, entry) in record.entries.enumerated() {
            text += "\n## \(number + 1). `\(entry.statement.replacingEvery("`", with: "'"))`\n\n"
            if let message = entry.message { text += message + "\n" }
            if let result = entry.result {
                text += Renderer.render(result, spec: OutputSpec(mode: .markdown, width: 10_000))
                for note in result.notes { text += "\nNote: \(note)\n" }
            }
            if !entry.sources.isEmpty {
                text += "\nSources:\n" + entry.sources.map { "- \($0)\n" }.joined()
            }
        }
        return text
    }
}

/// The HTML form: one page, its own styles, tables that break across printed pages by row.
enum RecordHTML {
    static func document(_ record: PanelRecord) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="no"><head><meta charset="utf-8"><title>revq session record</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; color: #000; }
            table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; }
            th, td { border: 1px solid #888; padding: 0.2em 0.4em; vertical-align: top; text-align: left; }
            th { background: #eee; } td.number { text-align: right; }
            tr { page-break-inside: avoid; } h2 { page-break-after: avoid; font-size: 1.1em; }
            code { font-family: ui-monospace, monospace; } .sources, .note { font-size: 0.85em; }
            tr.total td { font-weight: bold; border-top: 2px solid #000; }
            figure { margin: 0.5em 0; page-break-inside: avoid; } figure svg { max-width: 100%; height: auto; }
            @media print { body { margin: 0; } th { background: none; } }
            </style></head><body>
            <h1>revq session record</h1>
            <p>Review: \(escape(record.dataset))<br>Started: \(record.startedText)<br>Statements: \(record.entries.count)</p>

            """
        for (number, entry) in record.entries.enumerated() {
            html += "<h2>\(number + 1). <code>\(escape(entry.statement))</code></h2>\n"
            if let message = entry.message { html += "<p>\(escape(message))</p>\n" }
            if let result = entry.result { html += shown(result, ids: "r\(number + 1)-") }
            if !entry.sources.isEmpty {
                html +=
                    "<p class=\"sources\">Sources:</p><ul class=\"sources\">"
                    + entry.sources.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
            }
        }
        return html + "</body></html>\n"
    }

    /// A result as the terminal showed it: a chart or grid as its SVG picture, anything
    /// else as the table the terminal drew (a count's totals and crosstab included), with
    /// the terminal's row count (records, not the totals row) and the notes. `ids` keeps
    /// each picture's ids its own on the page.
    static func shown(_ result: ResultSet, ids: String) -> String {
        var html = result.heading.map {
            "<p><strong>\(escape($0.label)):</strong> \(escape($0.text)) (\(escape(Place.readable($0.place))))</p>\n"
        }.joined()
        let displayed = result.displayed()
        if let picture = SVGRenderer.picture(result, width: 110, ids: ids, standalone: false, notes: false) {
            html += "<figure>\(picture)</figure>\n"
        } else {
            html += table(displayed)
        }
        html += "<p class=\"note\">\(displayed.rowCountLine)</p>\n"
        return html + result.notes.map { "<p class=\"note\">Note: \(escape($0))</p>\n" }.joined()
    }

    /// A displayed result's rows as an HTML table, the totals row set apart as in the terminal.
    static func table(_ result: ResultSet) -> String {
        var html =
            "<table><thead><tr>" + result.columns.map { "<th>\(escape($0.name))</th>" }.joined()
            + "</tr></thead><tbody>\n"
        for (index, row) in result.rows.enumerated() {
            html +=
                (result.isTotalsRow(index) ? "<tr class=\"total\">" : "<tr>")
                + row.map { cell in
                    cell.isNumeric ? "<td class=\"number\">\(escape(cell.text))</td>" : "<td>\(escape(cell.text))</td>"
                }.joined() + "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    static func escape(_ text: String) -> String { Quoting.HTML.escape(text) }
}

extension CommandContext {
    /// `.record FILE` starts a record (writing its heading at once, so a bad path fails
    /// now); `.record` alone ends it, with a notice (on stderr in a script, so that
    /// stdout holds only results).
    func recordCommand(_ call: MetaInvocation) throws(MetaError) {
        guard !call.arguments.isEmpty else {
            guard let record = panelRecord else { throw MetaError("no record is being written", hint: .startRecord) }
            panelRecord = nil
            output.notify(
                "record written to \(record.path): \(record.entries.count) \(record.entries.count == 1 ? "statement" : "statements")"
            )
            return
        }
        let path = try call.single("a file name", usage: MetaCommands.usage(of: "record"))
        guard !dryRun else { return }
        let record = PanelRecord(path: path, dataset: datasetName)
        do { try record.write() } catch { throw MetaError("\(error)", word: 1) }
        panelRecord = record
    }
}
