import RevqCore

/// The schema part of the compiled form: vocabularies by name, the thesaurus, then each
/// source with its fields; a field names its vocabulary, written once above.
extension ByteWriter {
    mutating func writeSchema(_ schema: Schema) {
        let vocabularies = schema.vocabularies.values.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        write(count: vocabularies.count)
        for vocabulary in vocabularies {
            write(vocabulary.name)
            write(count: vocabulary.terms.count)
            for term in vocabulary.terms {
                write(term.value)
                write(term.synonyms)
            }
            let folded = vocabulary.foldedSpellings.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            write(count: folded.count)
            for (spelling, index) in folded {
                write(spelling)
                write(count: index)
            }
            write(vocabulary.better?.rawValue ?? "")
        }
        let words = schema.thesaurus.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        write(count: words.count)
        for word in words {
            write(word)
            write(schema.thesaurus[word] ?? [])
        }
        write(count: schema.sources.count)
        for source in schema.sources { writeSource(source) }
    }

    private mutating func writeSource(_ source: SourceSchema) {
        for text in [source.name, source.key, source.label, source.description] { write(text) }
        write(count: source.fields.count)
        for field in source.fields {
            write(field.name)
            write(field.isRequired ? 1 as UInt8 : 0)
            write(field.description)
            writeType(field.type)
        }
    }

    private mutating func writeType(_ type: FieldType) {
        let (tag, arguments): (UInt8, [String]) =
            switch type {
            case .text: (0, [])
            case .integer: (1, [])
            case .number: (2, [])
            case .category(let vocabulary): (3, [vocabulary.name])
            case .scale(let vocabulary): (4, [vocabulary.name])
            case .set(nil): (5, [])
            case .set(let vocabulary?): (6, [vocabulary.name])
            case .ref(let source): (7, [source])
            case .refs(let source): (8, [source])
            case .reverse(let source, let field): (9, [source, field])
            case .count(let field): (10, [field])
            case .tally(let value, let fields): (11, [value] + fields)
            }
        write(tag)
        write(arguments)
    }
}

extension ByteReader {
    mutating func readSchema() throws(Malformed) -> Schema {
        // Every dictionary is made at its final size: growing them rehashed every entry
        // several times at every start.
        let vocabularyCount = try readCount()
        var vocabularies = [String: Vocabulary](minimumCapacity: vocabularyCount)
        for _ in 0..<vocabularyCount {
            let name = try readString()
            var terms: [Vocabulary.Term] = []
            for _ in 0..<(try readCount()) {
                terms.append(Vocabulary.Term(value: try readString(), synonyms: try readStrings()))
            }
            // Folded when the cache was written, from the validated vocabulary; an index
            // outside the terms would be a damaged file.
            let foldedCount = try readCount()
            var folded = [String: Int](minimumCapacity: foldedCount)
            for _ in 0..<foldedCount {
                let spelling = try readString()
                let index = Int(try readUInt32())
                guard index < terms.count, folded.updateValue(index, forKey: spelling) == nil else { throw Malformed() }
            }
            let better = try readString()
            guard vocabularies[name] == nil, better.isEmpty || Better(rawValue: better) != nil else {
                throw Malformed()
            }
            vocabularies[name] = Vocabulary(
                name: name, terms: terms, foldedSpellings: folded, better: Better(rawValue: better))
        }
        let wordCount = try readCount()
        var thesaurus = [String: [String]](minimumCapacity: wordCount)
        for _ in 0..<wordCount {
            let word = try readString()
            thesaurus[word] = try readStrings()
        }
        var sources: [SourceSchema] = []
        for _ in 0..<(try readCount()) { sources.append(try readSource(vocabularies)) }
        let schema = Schema(sources: sources, vocabularies: vocabularies, thesaurus: thesaurus)
        try checkRelations(of: schema)
        return schema
    }

    private mutating func readSource(_ vocabularies: [String: Vocabulary]) throws(Malformed) -> SourceSchema {
        let (name, key, label, description) = (try readString(), try readString(), try readString(), try readString())
        let fieldCount = try readCount()
        var fields: [Field] = []
        fields.reserveCapacity(fieldCount)
        for _ in 0..<fieldCount {
            let fieldName = try readString()
            let required = try readByte()
            guard required <= 1 else { throw Malformed() }
            let fieldDescription = try readString()
            let type = try readType(vocabularies)
            fields.append(Field(name: fieldName, type: type, isRequired: required == 1, description: fieldDescription))
        }
        return SourceSchema(name: name, key: key, label: label, description: description, fields: fields)
    }

    private mutating func readType(_ vocabularies: [String: Vocabulary]) throws(Malformed) -> FieldType {
        let tag = try readByte()
        let arguments = try readStrings()
        func vocabulary() throws(Malformed) -> Vocabulary {
            guard arguments.count == 1, let found = vocabularies[arguments[0]] else { throw Malformed() }
            return found
        }
        switch (tag, arguments.count) {
        case (0, 0): return .text
        case (1, 0): return .integer
        case (2, 0): return .number
        case (3, _): return .category(try vocabulary())
        case (4, _): return .scale(try vocabulary())
        case (5, 0): return .set(nil)
        case (6, _): return .set(try vocabulary())
        case (7, 1): return .ref(arguments[0])
        case (8, 1): return .refs(arguments[0])
        case (9, 2): return .reverse(source: arguments[0], field: arguments[1])
        case (10, 1): return .count(arguments[0])
        case (11, 1...): return .tally(value: arguments[0], fields: Array(arguments.dropFirst()))
        default: throw Malformed()
        }
    }

    /// The invariants the rest of revq relies on and the schema loader checked: each
    /// source's key, label and `source` are fields of it, and relations name sources.
    private func checkRelations(of schema: Schema) throws(Malformed) {
        for source in schema.sources {
            for name in [source.key, source.label, "source"] where source.field(named: name) == nil {
                throw Malformed()
            }
            for field in source.fields {
                if let target = field.type.relatedSource, schema.source(named: target) == nil { throw Malformed() }
            }
        }
    }
}
