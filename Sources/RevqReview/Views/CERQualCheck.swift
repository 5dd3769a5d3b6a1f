import RevqCore
import RevqEngine
import RevqLanguage

/// `check`: rules from the GRADE-CERQual guidance (Lewin et al. 2018) applied to the
/// findings, one row per finding and rule that fires, with the finding's places. It says
/// what the data shows under the stated rule, nothing more.
struct CERQualCheck {
    let records: FindingRecords
    /// The concern vocabulary's spellings, lowercased, to the value they name.
    let concernSpellings: [String: String]

    init(records: FindingRecords, store: Store) {
        self.records = records
        var spellings: [String: String] = [:]
        for term in store.schema.vocabularies["concern"]?.terms ?? [] {
            for spelling in [term.value] + term.synonyms { spellings[spelling.lowercased()] = term.value }
        }
        concernSpellings = spellings
    }

    static let rules = [
        "serious concerns, not rated down": "a component has 'alvorlige' concerns while the confidence is høy",
        "rated down without concerns":
            "the confidence is below høy while every component has 'ingen eller svært små' concerns",
        "high confidence on one study": "the confidence is høy and one study supports the finding",
        "explanation names another level": "the explanation names a component's level other than the component field's",
        "Tabell 9 and Vedlegg 4 differ": "the two tables give the finding different confidence, explanation or studies",
    ]

    func check(_ rows: [Int]) -> ResultSet {
        let columns: [ResultSet.Column] = [
            .init(name: "finding"), .init(name: "rule"), .init(name: "detail", isLongText: true),
            .init(name: "source"),
        ]
        var cells: [[Cell]] = []
        for row in rows.sorted(by: { records.number($0) < records.number($1) }) {
            for (rule, detail) in findings(row) {
                cells.append([.integer(records.number(row)), .text(rule), .text(detail), records.cell(row, "source")])
            }
        }
        // Only an empty answer needs words: that nothing fired on how many findings.
        let notes =
            cells.isEmpty ? ["no rule fires on the \(rows.count) findings checked (.help views lists the rules)"] : []
        return ResultSet(columns: columns, rows: cells, notes: notes)
    }

    /// (rule, detail) for every rule that fires on `row`.
    private func findings(_ row: Int) -> [(String, String)] {
        let confidence = records.cell(row, "confidence").text
        let levels = FindingViews.components.map { ($0, records.cell(row, $0).text) }
        var fired: [(String, String)] = []
        let serious = levels.filter { $0.1 == "alvorlige" }.map(\.0)
        if confidence == "høy", !serious.isEmpty {
            fired.append(
                (
                    "serious concerns, not rated down",
                    "høy with alvorlige concerns about " + serious.joined(separator: ", ")
                ))
        }
        if confidence != "høy", levels.allSatisfy({ $0.1 == "ingen eller svært små" }) {
            fired.append(
                ("rated down without concerns", "\(confidence) with no or very minor concerns about every component"))
        }
        let studies = records.studyRows(row, "study").count
        if confidence == "høy", studies == 1 { fired.append(("high confidence on one study", "høy on 1 study")) }
        for (table, field) in [
            ("Tabell 9", "confidence_explanation"), ("Vedlegg 4", "appendix_confidence_explanation"),
        ] {
            for (component, named) in namedLevels(records.cell(row, field).text) {
                let level = records.cell(row, component).text
                if named != level {
                    fired.append(
                        (
                            "explanation names another level",
                            "\(table)'s explanation says \(named) about \(component); the component is \(level)"
                        ))
                }
            }
        }
        fired += differences(row)
        return fired
    }

    /// Where Vedlegg 4 keeps a value of its own: confidence, explanation, studies.
    private func differences(_ row: Int) -> [(String, String)] {
        var fired: [(String, String)] = []
        let appendix = records.cell(row, "appendix_confidence")
        if appendix != .null, appendix != records.cell(row, "confidence") {
            fired.append(
                (
                    "Tabell 9 and Vedlegg 4 differ",
                    "confidence: \(records.cell(row, "confidence").text) / \(appendix.text)"
                ))
        }
        let explanation = records.cell(row, "appendix_confidence_explanation")
        if explanation != .null {
            let caseOnly =
                explanation.text.lowercased() == records.cell(row, "confidence_explanation").text.lowercased()
            fired.append(
                (
                    "Tabell 9 and Vedlegg 4 differ",
                    caseOnly
                        ? "the explanations differ only in capital letters" : "the explanations are worded differently"
                ))
        }
        if !records.studyRows(row, "appendix_study").isEmpty {
            fired.append(
                (
                    "Tabell 9 and Vedlegg 4 differ",
                    "studies: \(records.cell(row, "studies_text").text) / \(records.cell(row, "appendix_studies_text").text)"
                ))
        }
        return fired
    }

    /// The level an explanation names for each component: "Moderate bekymringer knyttet
    /// til metodiske begrensninger, små bekymringer knyttet til koherens, ..." read clause
    /// by clause (split at commas and " og "); the level is what precedes " bekymring".
    func namedLevels(_ explanation: String) -> [(String, String)] {
        let marks = [
            ("limitations", "metodisk"), ("coherence", "koherens"), ("coherence", "sammenheng"),
            ("adequacy", "dataomfang"), ("relevance", "relevans"),
        ]
        var named: [(String, String)] = []
        let clauses = Self.split(explanation.lowercased(), at: ",").flatMap { Self.split($0, at: " og ") }
        for clause in clauses {
            guard let level = Self.split(clause, at: " bekymring").first, level.count < clause.count,
                let component = marks.first(where: { !Self.split(clause, at: $0.1).dropFirst().isEmpty })?.0,
                !named.contains(where: { $0.0 == component })
            else { continue }
            let words = String(level.drop { $0 == " " })
            named.append((component, concernSpellings[words] ?? words))
        }
        return named
    }

    static func split(_ text: String, at separator: String) -> [String] {
        ByteSearch.split(text, at: separator)
    }
}

extension QueryContext {
    /// `check [where ...]`: the CERQual rules over the findings the condition selects.
    func runCheck(_ condition: Condition?, range: SourceRange) throws(Diagnostic) -> ResultSet {
        guard let records = FindingRecords(store: store) else {
            throw Diagnostic(.viewNeedsFindings(view: "check", source: FindingRecords.source), at: range)
        }
        // The findings the view reads, placed at the view's keyword, where they are named.
        let query = Query(source: Name(text: FindingRecords.source, range: range), condition: condition, range: range)
        let rows = rows(of: try binder.bind(query))
        return CERQualCheck(records: records, store: store).check(rows)
    }
}
