import RevqCore
import RevqEngine

/// `why N`: one finding on one screen, a row per part: the finding, its confidence and
/// explanation (Tabell 9, and Vedlegg 4 where it differs), each component with level and
/// explanation, each contributing study, where the two tables differ, and the paragraphs
/// that cite it ("Funn N"), each with its place in the review.
struct WhyView {
    let records: FindingRecords
    let studies: StudyFacts?
    let store: Store

    static let columns: [ResultSet.Column] = [
        .init(name: "part"), .init(name: "name"), .init(name: "level"),
        .init(name: "text", isLongText: true), .init(name: "source"),
    ]

    func why(_ row: Int) -> ResultSet {
        let source = records.cell(row, "source")
        let table9 = place(in: source, "Tabell 9")
        let appendix4 = place(in: source, "Vedlegg 4")
        // `name` is text in every row, the finding's number too: one type per column.
        let number = Cell.text(records.cell(row, "number").text)
        var rows: [[Cell]] = [
            [.text("finding"), number, records.cell(row, "theme"), records.cell(row, "text"), table9]
        ]
        rows.append([
            .text("confidence"), .text("Tabell 9"), records.cell(row, "confidence"),
            records.cell(row, "confidence_explanation"), table9,
        ])
        if records.cell(row, "appendix_confidence") != .null
            || records.cell(row, "appendix_confidence_explanation") != .null
        {
            rows.append([
                .text("confidence"), .text("Vedlegg 4"), records.appendixCell(row, "confidence"),
                records.appendixCell(row, "confidence_explanation"), appendix4,
            ])
        }
        for component in FindingViews.components {
            rows.append([
                .text("component"), .text(component), records.cell(row, component),
                records.cell(row, component + "_explanation"), appendix4,
            ])
        }
        rows += records.appendixStudyRows(row).map(studyRow)
        if case .text(let note) = records.cell(row, "note") {
            rows.append([.text("differs"), .null, .null, .text(note), source])
        }
        rows += sectionRows(citing: records.number(row))
        return ResultSet(columns: Self.columns, rows: rows)
    }

    /// The part of a `source` cell ("Tabell 9, lines 1227-1231; Vedlegg 4, ...") that names `table`.
    private func place(in source: Cell, _ table: String) -> Cell {
        let places = source.text.split(separator: ";").map { String($0.drop { $0 == " " }) }
        return places.first { $0.hasPrefix(table) }.map(Cell.text) ?? source
    }

    /// label, then level = limitations (qualitative) or risk of bias, text = country, kind, n.
    private func studyRow(_ study: Int) -> [Cell] {
        guard let studies else {
            return [.text("study"), .text(store.label(ofRow: study, in: "studies")), .null, .null, .null]
        }
        func text(_ field: String) -> String {
            studies.table.value(row: study, field: field).flatMap { value in
                studies.table.schema.field(named: field).map { store.display(value, of: $0) }
            } ?? ""
        }
        let level =
            text("limitations").isEmpty ? (text("bias").isEmpty ? "" : "bias " + text("bias")) : text("limitations")
        var facts = [text("country"), text("kind")].filter { !$0.isEmpty }
        if !text("n").isEmpty { facts.append("n=" + text("n")) }
        return [
            .text("study"), .text(text("label")), level.isEmpty ? .null : .text(level),
            .text(facts.joined(separator: ", ")), .text(text("source")),
        ]
    }

    /// The paragraphs of `sections` whose text names the finding as "funn N" (any case).
    private func sectionRows(citing number: Int) -> [[Cell]] {
        guard let sections = store.table(named: "sections") else { return [] }
        func text(_ row: Int, _ field: String) -> String {
            if case .text(let text)? = sections.value(row: row, field: field) { return text }
            return ""
        }
        return (0..<sections.count).filter { Self.cites(text($0, "text"), "funn \(number)") }.map { row in
            [
                .text("section"), .text(text(row, "heading")), .null, .text(text(row, "text")),
                .text(text(row, "source")),
            ]
        }
    }

    /// True when `text` holds the words `needle` with no letter before and no digit after
    /// ("funn 1" is not "funn 16"; ASCII case ignored, as "Funn 16" starts a sentence).
    static func cites(_ text: String, _ needle: String) -> Bool {
        let bytes = Array(text.utf8)
        let mark = Array(needle.utf8)
        return ByteSearch.offsets(of: mark, in: bytes).contains { start in
            let end = start + mark.count
            let letterBefore =
                start > 0 && (bytes[start - 1] >= 0x80 || Character(Unicode.Scalar(bytes[start - 1])).isLetter)
            let digitAfter = end < bytes.count && bytes[end] >= 48 && bytes[end] <= 57
            return !letterBefore && !digitAfter
        }
    }
}
