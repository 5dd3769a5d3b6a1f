import RevqCore

/// The columns a query shows when it has no `show`, derived from the schema so every
/// source gets sensible ones: its key, its label, the required to-one relations that say
/// whose record it is (the study of an outcome), its short vocabulary fields, then its
/// first long required text.
///
/// A vocabulary field is shown when it is required and is the only required field of its
/// vocabulary, or one of a run of adjacent fields sharing it (the matrix's six answers);
/// a vocabulary spread over several separate fields (the four GRADE-CERQual components)
/// is left to `show`.
enum DefaultColumns {
    /// Text averaging at least this many characters is "long": shown last, shortened by tables.
    static let longTextLength = 40
    /// How many of a field's first values tell whether its text is long.
    static let sampleSize = 200

    /// `longText`: the positions `longTextPositions` gives.
    static func positions(of schema: SourceSchema, store: Store, longText: Set<Int>) -> [Int] {
        // A computed source (the audit) is not loaded: its own code knows which columns answer a reader.
        if let source = store.computedTable(named: schema.name) {
            return source.defaultColumns.compactMap(schema.position(of:))
        }
        var chosen: [Int] = []
        for name in [schema.key, schema.label] {
            if let position = schema.position(of: name), !chosen.contains(position) { chosen.append(position) }
        }
        chosen += schema.fields.indices.filter { position in
            guard case .ref = schema.fields[position].type else { return false }
            return schema.fields[position].isRequired && !chosen.contains(position)
        }
        chosen += vocabularyPositions(schema).filter { !chosen.contains($0) }
        if let text = firstLongText(schema, longText: longText, excluding: chosen) { chosen.append(text) }
        return chosen
    }

    private static func vocabularyPositions(_ schema: SourceSchema) -> [Int] {
        var positionsByVocabulary: [String: [Int]] = [:]
        for (position, field) in schema.fields.enumerated() where field.isRequired {
            switch field.type {
            case .category(let vocabulary), .scale(let vocabulary):
                positionsByVocabulary[vocabulary.name, default: []].append(position)
            default: continue
            }
        }
        return positionsByVocabulary.values
            .filter { $0.count == 1 || $0.last! - $0.first! == $0.count - 1 }
            .flatMap { $0 }.sorted()
    }

    private static func firstLongText(_ schema: SourceSchema, longText: Set<Int>, excluding chosen: [Int]) -> Int? {
        schema.fields.indices.first { position in
            let field = schema.fields[position]
            return !chosen.contains(position) && longText.contains(position) && field.isRequired
                && field.name != Catalog.provenanceField
        }
    }

    /// The average length in UTF-8 bytes (close enough to characters for "long", and cheap)
    /// of a field's first values.
    /// `lengths`: each sampled value's text length in UTF-8 bytes, 0 for one without text.
    private static func averageLength(_ lengths: [Int]) -> Int {
        guard !lengths.isEmpty else { return 0 }
        return lengths.reduce(0, +) / lengths.count
    }

    /// The positions of the fields whose values are long free text. `sample(position)`: the
    /// text lengths (`Store.leadingTextLengths`) of the field's first `sampleSize` values
    /// (fewer in a smaller table).
    static func longTextPositions(of schema: SourceSchema, sample: (Int) -> [Int]) -> Set<Int> {
        Set(
            schema.fields.indices.filter { position in
                guard case .text = schema.fields[position].type else { return false }
                return averageLength(sample(position)) >= longTextLength
            })
    }
}
