import RevqCore
import RevqEngine

/// Every spelling the review uses for each study, against its label, year and reference number:
/// the study's `aliases` (Tabell 3, 4, 7, 8, Vedlegg 5 and 6, the text), Tabell 11's cell
/// (`matrix.study_text`) and the study lists of Tabell 9 and Vedlegg 4 (`findings.studies_text`,
/// `appendix_studies_text`). "Smythe-Leistico & Page" for "Smythe-Leistico og Page", "m. fl."
/// for "m.fl." or added initials ("Berg A & Rogstad J") differ in wording; another year, another
/// reference number or another name (neither name holds the other's words) is a disagreement.
struct StudyNamesCheck {
    let store: Store

    /// How one spelling stands to the study's label.
    enum Difference: Equatable {
        case same
        /// The differing words (`WordingDifference.pairs`), empty when only punctuation or spacing differ.
        case wording([String])
        case substance(String)
    }

    /// One study's name, year and reference number as `compare` reads them.
    struct Study {
        let label: String
        let year: Int?
        let ref: Int?
    }

    /// `spelling` against `study`: a four-digit number is a year, any other a reference number.
    static func compare(_ spelling: String, with study: Study) -> Difference {
        let numbers = spelling.split { !$0.isNumber }.compactMap { Int($0) }
        let years = numbers.filter { (1900...2100).contains($0) }
        if let year = study.year, let other = years.first(where: { $0 != year }) {
            return .substance("another year (\(other))")
        }
        if let ref = study.ref, let other = numbers.first(where: { !(1900...2100).contains($0) && $0 != ref }) {
            return .substance("another reference number (\(other))")
        }
        let (name, labelName) = (self.name(spelling), self.name(study.label))
        let (words, labelWords) = (nameWords(name), nameWords(labelName))
        guard words.isSubset(of: labelWords) || labelWords.isSubset(of: words) else {
            return .substance("another name")
        }
        if name == labelName { return .same }
        guard let pairs = WordingDifference.pairs(labelName, name) else { return .substance("another name") }
        return .wording(pairs)
    }

    /// The name without its year, reference number and brackets: "Lissack og Boyle (2022)" -> "Lissack og Boyle".
    static func name(_ spelling: String) -> String {
        let kept = spelling.filter { !$0.isNumber && $0 != "(" && $0 != ")" }
        return kept.split(separator: " ").joined(separator: " ").trimmingSpaces()
    }

    /// The folded name words, without "og", "&", "m.fl.", "et al." (`NearNames.fillers`).
    static func nameWords(_ name: String) -> Set<String> {
        Set(TextFolding.words(name)).subtracting(NearNames.fillers)
    }

    func entry() -> AuditEntry? {
        guard let studies = store.table(named: "studies") else { return nil }
        let spellings = StudySpellings(store: store)
        let found = spellings.all()
        var substantive: [String] = []
        var reworded: [String] = []
        var rows: [String] = []
        // Each spelling's place once: a study's copies (a synthetic review) share their
        // spellings, and each look-up reads the whole text.
        var places: [String: String?] = [:]
        func placeInText(_ spelling: String) -> String? {
            if let known = places[spelling] { return known }
            let place = spellings.placeInText(spelling)
            places[spelling] = place
            return place
        }
        // Each spelling against each name, year and number once (copies repeat them).
        var differences: [[String]: Difference] = [:]
        func compare(_ spelling: String, _ study: Study) -> Difference {
            let key = [spelling, study.label, study.year.map(String.init) ?? "", study.ref.map(String.init) ?? ""]
            if let known = differences[key] { return known }
            let difference = Self.compare(spelling, with: study)
            differences[key] = difference
            return difference
        }
        for row in 0..<studies.count {
            let study = Study(
                label: store.label(ofRow: row, in: "studies"), year: integer(studies.value(row: row, field: "year")),
                ref: integer(studies.value(row: row, field: "ref")))
            var differing: [String] = []
            var wording: [String] = []
            for (spelling, places) in found[row] ?? [] {
                switch compare(spelling, study) {
                case .same: continue
                case .substance(let what):
                    // An alias may be the prose's: say where, so the place can be read.
                    let placed = places.map {
                        $0 == "aliases" ? placeInText(spelling).map { "the text, \($0)" } ?? $0 : $0
                    }
                    differing.append("\(spelling), \(what) (\(placed.joined(separator: ", ")))")
                case .wording(let pairs):
                    wording.append(pairs.isEmpty ? spelling : "\(spelling) (\(pairs.joined(separator: ", ")))")
                }
            }
            guard !differing.isEmpty || !wording.isEmpty else { continue }
            rows.append(study.label)
            if differing.isEmpty {
                reworded.append("\(study.label): \(wording.joined(separator: "; "))")
            } else {
                substantive.append("\(study.label): \((differing + wording).joined(separator: "; "))")
            }
        }
        let verdict: Verdict = !substantive.isEmpty ? .disagrees : reworded.isEmpty ? .agrees : .wording
        let reason = (substantive + (reworded.isEmpty ? [] : ["only in wording: " + reworded.joined(separator: " | ")]))
            .joined(separator: " | ")
        return AuditEntry(
            id: "x-studies-names", kind: "cross-table",
            states: "a study is named with the same name and year wherever the review names it",
            place:
                "studies.aliases (Tabell 3, 4, 7, 8, Vedlegg 5 and 6, the text), matrix.study_text (Tabell 11), findings.studies_text (Tabell 9) and findings.appendix_studies_text (Vedlegg 4)",
            check:
                "studies show label, year, ref, aliases; matrix show study, study_text; findings show study, studies_text, appendix_studies_text",
            gives: "\(rows.count) of \(studies.count) differ"
                + (reworded.isEmpty ? "" : ", \(reworded.count) of them only in wording"),
            rows: rows, verdict: verdict, reason: reason)
    }

    private func integer(_ value: Value?) -> Int? {
        if case .integer(let number)? = value { return number }
        return nil
    }
}
