import RevqCore
import RevqEngine

/// Tabell 11 names each study as written, "Lissack og Boyle (2022), Storbritania": its year
/// and country should be those the study's description table gives. A cross-table check on
/// spelling and year, done on the raw text the matrix keeps (`study_text`), so a different
/// spelling is seen even where the row still links to its study.
struct MatrixStudyCheck {
    let store: Store

    /// "Label (2022), Country" -> (2022, "Country"); nil when the text has another shape.
    static func yearAndCountry(_ text: String) -> (year: Int, country: String)? {
        guard let open = text.lastIndex(of: "("), let close = text[open...].firstIndex(of: ")"),
            let year = Int(text[text.index(after: open)..<close])
        else { return nil }
        let rest = text[text.index(after: close)...].drop { $0 == "," || $0 == " " }
        return (year, String(rest))
    }

    /// The dataset has the fields `entry` compares, so it gives a line (`Auditor.lineCount`).
    static func applies(to schema: Schema) -> Bool {
        guard let matrix = schema.source(named: "matrix"), let studies = schema.source(named: "studies") else {
            return false
        }
        return ["study_text", "study"].allSatisfy { matrix.position(of: $0) != nil }
            && ["year", "country"].allSatisfy { studies.position(of: $0) != nil }
    }

    func entry() -> AuditEntry? {
        guard let matrix = store.table(named: "matrix"), let studies = store.table(named: "studies"),
            let text = matrix.schema.position(of: "study_text"), let link = matrix.schema.position(of: "study"),
            let year = studies.schema.position(of: "year"), let country = studies.schema.position(of: "country")
        else { return nil }
        var differing: [(study: Int, written: String, described: String)] = []
        var compared = 0
        for row in 0..<matrix.count {
            guard case .text(let written) = matrix.rows[row][text], let parsed = Self.yearAndCountry(written),
                case .ref(let study) = matrix.rows[row][link]
            else { continue }
            compared += 1
            let describedYear = studies.rows[study][year]
            let describedCountry = store.display(studies.rows[study][country], of: studies.schema.fields[country])
            if describedYear != .integer(parsed.year) || describedCountry != parsed.country {
                differing.append(
                    (
                        study, "(\(parsed.year)), \(parsed.country)",
                        "\(store.display(describedYear, of: studies.schema.fields[year])), \(describedCountry)"
                    ))
            }
        }
        let examples = differing.prefix(3).map {
            "\(store.label(ofRow: $0.study, in: "studies")): Tabell 11 \($0.written) / described \($0.described)"
        }
        return AuditEntry(
            id: "x-matrix-study-text", kind: "cross-table",
            states: "a study's year and country are spelt the same in Tabell 11 and in its description table",
            place: "matrix.study_text (Tabell 11) and studies.year, studies.country (Tabell 3 and 4)",
            check: "matrix show study_text, study.year, study.country",
            gives: "\(differing.count) of \(compared) differ",
            rows: differing.map { store.label(ofRow: $0.study, in: "studies") },
            verdict: differing.isEmpty ? .agrees : .disagrees,
            reason: examples.joined(separator: "; "))
    }
}
