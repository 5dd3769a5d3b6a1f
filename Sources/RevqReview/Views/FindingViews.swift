import RevqCore
import RevqEngine
import RevqLanguage

/// `profile` and `soqf`: the two GRADE-CERQual tables (Lewin et al. 2018, Tables 3 and 7)
/// for any selection of findings, in the report's order (its numbers run through the
/// themes in Tabell 9's order), with the theme as the first column for grouping.
struct FindingViews {
    let records: FindingRecords
    let studies: StudyFacts?

    /// The Summary of Qualitative Findings as Tabell 9 gives it.
    func soqf(_ rows: [Int]) -> ResultSet {
        let columns: [ResultSet.Column] = [
            .init(name: "theme"), .init(name: "number"), .init(name: "finding", isLongText: true),
            .init(name: "studies", isLongText: true), .init(name: "confidence"),
            .init(name: "explanation", isLongText: true),
        ]
        let cells = ordered(rows).map { row in
            [
                records.cell(row, "theme"), records.cell(row, "number"), records.cell(row, "text"),
                records.cell(row, "studies_text"), records.cell(row, "confidence"),
                records.cell(row, "confidence_explanation"),
            ]
        }
        return ResultSet(columns: columns, rows: cells)
    }

    /// The Evidence Profile as Vedlegg 4 gives it, each component beside counts computed
    /// from the contributing studies: their columns are named `*_computed`, so the label
    /// travels with the data into every format (a note would reach stderr only).
    func profile(_ rows: [Int]) -> ResultSet {
        // Confidence next to the finding: the one column a narrow table must never hide.
        var columns: [ResultSet.Column] = [
            .init(name: "theme"), .init(name: "number"), .init(name: "finding", isLongText: true),
            .init(name: "confidence"),
        ]
        for component in Self.components {
            columns += [.init(name: component), .init(name: component + "_explanation", isLongText: true)]
            if StudyFacts.computes(component) { columns.append(.init(name: component + "_computed", isLongText: true)) }
        }
        columns += [.init(name: "explanation", isLongText: true), .init(name: "studies", isLongText: true)]
        let cells = ordered(rows).map(profileRow)
        return ResultSet(columns: columns, rows: cells)
    }

    private func profileRow(_ row: Int) -> [Cell] {
        var cells = [
            records.cell(row, "theme"), records.cell(row, "number"), records.appendixCell(row, "text"),
            records.appendixCell(row, "confidence"),
        ]
        let studyRows = records.appendixStudyRows(row)
        for component in Self.components {
            cells += [records.cell(row, component), records.cell(row, component + "_explanation")]
            if StudyFacts.computes(component) { cells.append(studies?.summary(of: component, studyRows) ?? .null) }
        }
        return cells + [
            records.appendixCell(row, "confidence_explanation"), records.cell(row, "appendix_studies_text"),
        ]
    }

    private func ordered(_ rows: [Int]) -> [Int] {
        rows.sorted { records.number($0) < records.number($1) }
    }

    static let components = ["limitations", "coherence", "adequacy", "relevance"]
}

extension QueryContext {
    /// `profile`/`soqf [where ...]`: the view over the findings the condition selects.
    func runView(_ view: FindingView, _ condition: Condition?, range: SourceRange) throws(Diagnostic) -> ResultSet {
        guard let records = FindingRecords(store: store) else {
            throw Diagnostic(.viewNeedsFindings(view: view.rawValue, source: FindingRecords.source), at: range)
        }
        // The findings the view reads, placed at the view's keyword, where they are named.
        let query = Query(source: Name(text: FindingRecords.source, range: range), condition: condition, range: range)
        let rows = rows(of: try binder.bind(query))
        let views = FindingViews(records: records, studies: StudyFacts(store: store))
        guard view == .soqf else { return views.profile(rows) }
        var result = views.soqf(rows)
        result.heading = ReviewHeading(store: store).lines
        return result
    }

    /// `why N`: the finding numbered N, or an error naming the numbers there are.
    func runWhy(_ number: Literal) throws(Diagnostic) -> ResultSet {
        guard let records = FindingRecords(store: store) else {
            throw Diagnostic(.viewNeedsFindings(view: "why", source: FindingRecords.source), at: number.range)
        }
        guard case .number(let value) = number.kind,
            let row = (0..<records.table.count).first(where: { Double(records.number($0)) == value })
        else {
            throw Diagnostic(.noSuchFinding(number.text, count: records.table.count), at: number.range)
        }
        return WhyView(records: records, studies: StudyFacts(store: store), store: store).why(row)
    }
}
