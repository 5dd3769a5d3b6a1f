import RevqCore

/// Notes for `describe`: the terms of the review's glossary (the notes that define RCT, RDD, SMS,
/// "omfattende fravær", ...) that a source's descriptions, vocabularies or short values use.
///
///     describe studies   ->   note: RCT: Randomisert kontrollert studie. (glossary; Tabell 3, note, line 607)
struct GlossaryNotes {
    let store: Store

    static let source = "glossary"

    func notes(for table: Table) -> [String] {
        guard table.name != Self.source, let glossary = store.table(named: Self.source) else { return [] }
        let words = Set(texts(of: table).flatMap(Self.words))
        return (0..<glossary.count).compactMap { row in
            let value = { (field: String) in
                glossary.value(row: row, field: field).map {
                    store.display($0, of: glossary.schema.field(named: field)!)
                } ?? ""
            }
            let spellings =
                [value("term")]
                + (glossary.value(row: row, field: "synonyms")?.elements ?? []).map {
                    store.display($0, of: Field(name: "", type: .text, isRequired: false, description: ""))
                }
            guard spellings.contains(where: { Self.occurs($0, in: words) }) else { return nil }
            return "\(value("term")): \(value("definition")) (glossary; \(value("source")))"
        }
    }

    /// What a reader of `describe` sees: descriptions, vocabulary values, and values short enough to be terms.
    private func texts(of table: Table) -> [String] {
        var texts = [table.schema.description] + table.schema.fields.map(\.description)
        for (position, field) in table.schema.fields.enumerated() {
            if let vocabulary = field.type.vocabulary { texts += vocabulary.terms.map(\.value) }
            guard case .text = field.type else { continue }
            texts += table.rows.compactMap {
                if case .text(let text) = $0[position], text.count <= 60 { text } else { nil }
            }
        }
        return texts
    }

    /// A spelling occurs when each of its words is a word of the texts (folded: case and diacritics ignored).
    private static func occurs(_ spelling: String, in words: Set<String>) -> Bool {
        let parts = Self.words(spelling)
        return !parts.isEmpty && parts.allSatisfy(words.contains)
    }

    static func words(_ text: String) -> [String] {
        TextFolding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
