import RevqCore
import RevqEngine

/// Each study's spellings as the data keeps them, with where each is written: the study's
/// `aliases`, Tabell 11's cell (`matrix.study_text`, without its country), and the names of
/// the study lists of Tabell 9 and Vedlegg 4 (`findings.studies_text`, `appendix_studies_text`),
/// each given to the study of the finding whose name it shares words with.
struct StudySpellings {
    let store: Store

    /// Per row of `studies`: its spellings in the order first met, each with its places.
    func all() -> [Int: [(spelling: String, places: [String])]] {
        var found: [Int: [(spelling: String, places: [String])]] = [:]
        func add(_ spelling: String, _ place: String, to study: Int) {
            let trimmed = spelling.trimmingSpaces()
            guard !trimmed.isEmpty else { return }
            if let index = found[study]?.firstIndex(where: { $0.spelling == trimmed }) {
                if !found[study]![index].places.contains(place) { found[study]![index].places.append(place) }
            } else {
                found[study, default: []].append((trimmed, [place]))
            }
        }
        if let studies = store.table(named: "studies") {
            for row in 0..<studies.count {
                for case .text(let alias) in studies.value(row: row, field: "aliases")?.elements ?? [] {
                    add(alias, "aliases", to: row)
                }
            }
        }
        if let matrix = store.table(named: "matrix") {
            for row in 0..<matrix.count {
                guard case .text(let written)? = matrix.value(row: row, field: "study_text"),
                    case .ref(let study)? = matrix.value(row: row, field: "study")
                else { continue }
                add(Self.withoutCountry(written), "Tabell 11", to: study)
            }
        }
        for (field, studiesField, place) in [
            ("studies_text", "study", "Tabell 9"), ("appendix_studies_text", "appendix_study", "Vedlegg 4"),
        ] {
            for (name, study) in listed(field, studiesField) { add(name, place, to: study) }
        }
        return found
    }

    /// Where the prose writes `spelling` first (`sections`: "Resultater, lines 837-837"), for an
    /// alias the audit must place; nil when no paragraph holds it (a table's spelling).
    func placeInText(_ spelling: String) -> String? {
        guard let sections = store.table(named: "sections") else { return nil }
        for row in 0..<sections.count {
            guard case .text(let text)? = sections.value(row: row, field: "text"), text.contains(spelling),
                case .text(let place)? = sections.value(row: row, field: "source")
            else { continue }
            return place
        }
        return nil
    }

    /// "Lissack og Boyle (2022), Storbritania" -> "Lissack og Boyle (2022)".
    static func withoutCountry(_ text: String) -> String {
        guard let close = text.lastIndex(of: ")") else { return text }
        return String(text[...close])
    }

    /// The names of each finding's list in `field`, each with the study of the finding
    /// (`studiesField`, else `study`: Vedlegg 4's list is filled only where it differs) it names.
    private func listed(_ field: String, _ studiesField: String) -> [(String, Int)] {
        guard let findings = store.table(named: "findings") else { return [] }
        var named: [(String, Int)] = []
        var labelWords: [Int: Set<String>] = [:]
        for row in 0..<findings.count {
            guard case .text(let list)? = findings.value(row: row, field: field) else { continue }
            let own = findings.value(row: row, field: studiesField)?.elements ?? []
            let candidates = (own.isEmpty ? findings.value(row: row, field: "study")?.elements ?? [] : own).compactMap {
                value -> Int? in
                if case .ref(let study) = value { return study }
                return nil
            }
            for name in list.split(separator: ";").map({ String($0).trimmingSpaces() }) where !name.isEmpty {
                if let study = closest(name, among: candidates, labelWords: &labelWords) { named.append((name, study)) }
            }
        }
        return named
    }

    /// The study whose label shares the most name words with `name`; nil when none shares one.
    /// `labelWords` keeps each study's label words, read once however many lists name it.
    private func closest(_ name: String, among studies: [Int], labelWords: inout [Int: Set<String>]) -> Int? {
        let words = StudyNamesCheck.nameWords(StudyNamesCheck.name(name))
        let scored = studies.map { study -> (Int, Int) in
            let label =
                labelWords[study]
                ?? StudyNamesCheck.nameWords(StudyNamesCheck.name(store.label(ofRow: study, in: "studies")))
            labelWords[study] = label
            return (study, label.intersection(words).count)
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
        return best.0
    }
}
