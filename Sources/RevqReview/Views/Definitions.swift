import RevqCore
import RevqEngine

/// The report's own definitions of the GRADE-CERQual terms (the `cerqual` source, from
/// Tabell 1 and 2), for `describe` of the views' source (`Reviewer.viewSource`, the
/// findings), completion's meanings (both as `TermMeanings`) and `.help cerqual`.
package struct Definitions {
    package struct Entry: Sendable, Equatable {
        package let term: String
        package let field: String
        package let key: String
        package let definition: String
        package let source: String
    }

    package let entries: [Entry]

    /// The definitions the store holds; none when the dataset has no `cerqual` source.
    package init(store: Store) {
        guard let table = store.table(named: "cerqual") else {
            entries = []
            return
        }
        func text(_ row: Int, _ field: String) -> String {
            if case .text(let text)? = table.value(row: row, field: field) { return text }
            return ""
        }
        entries = (0..<table.count).map { row in
            Entry(
                term: text(row, "term"), field: text(row, "field"), key: text(row, "id"),
                definition: text(row, "definition"), source: text(row, "source"))
        }
    }

    /// "Dataens omfang og dybde: Er mengden data ... (Tabell 1, lines 374-375)" for each
    /// definition of `field` of findings; nil when the report defines nothing for it.
    func describing(_ field: String) -> String? {
        let matching = entries.filter { $0.field == field }
        guard !matching.isEmpty else { return nil }
        return matching.map(\.meaning).joined(separator: " ")
    }

    /// The definitions as the engine shows them: every field's for `describe`; a component
    /// (an entry whose key is its field) for the field; a confidence level for the value.
    /// The first entry of a term wins, as completion always took the first.
    var meanings: TermMeanings {
        var meanings = TermMeanings()
        for entry in entries {
            if meanings.describing[entry.field] == nil { meanings.describing[entry.field] = describing(entry.field) }
            if entry.key == entry.field, meanings.fields[entry.field] == nil {
                meanings.fields[entry.field] = entry.meaning
            }
            let value = TextFolding.fold(entry.key)
            if meanings.values[entry.field]?[value] == nil {
                meanings.values[entry.field, default: [:]][value] = entry.meaning
            }
        }
        return meanings
    }

    /// "Tabell 1, lines 374-375" of "Tabell 1, lines 374-375; Metode, lines 359-359".
    static func firstPlace(_ source: String) -> String {
        String(source.prefix { $0 != ";" })
    }

    /// `.help cerqual`: every term, its definition and its place, in the tables' order.
    package var helpText: String {
        guard !entries.isEmpty else { return "This dataset has no GRADE-CERQual definitions (no source 'cerqual')." }
        var lines = ["GRADE-CERQual in the report's words (the source 'cerqual'; findings fields in brackets):"]
        for entry in entries {
            let name = entry.field == "confidence" ? "confidence = \(entry.key)" : entry.field
            // Flush left and indented four: `.help`'s runnable examples are the lines indented two.
            lines.append("\(entry.term) [\(name)]  \(Self.firstPlace(entry.source))")
            lines.append("    \(entry.definition)")
        }
        return lines.joined(separator: "\n")
    }
}

extension Definitions.Entry {
    /// "Moderat tillit: Det er sannsynlig at ... (Tabell 2, lines 396-397)".
    package var meaning: String {
        "\(term): \(definition) (\(Definitions.firstPlace(source)))"
    }
}
