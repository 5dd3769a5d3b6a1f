import RevqCore

/// Reads `schema/`: the sources, each source's fields, and the vocabularies they use.
struct SchemaLoader {
    let reads: DatasetReads
    var directory: String { reads.directory }
    var errors: [DatasetError] = []
    private var vocabularies: [String: Vocabulary] = [:]
    /// Which end of each scale is good (`schema/scales.tsv`), read before the vocabularies.
    private var betterByVocabulary: [String: Better] = [:]

    init(reads: DatasetReads) {
        self.reads = reads
    }

    mutating func load() throws(DatasetErrors) -> Schema {
        let sourcesFile: TSVFile
        do {
            sourcesFile = try reads.readTSV("schema/sources.tsv")
        } catch {
            throw DatasetErrors(errors: [error])
        }
        let senses = loadScaleSenses()
        betterByVocabulary = senses.mapValues(\.better)
        var sources: [SourceSchema] = []
        var lineOfSource: [String: Int] = [:]
        for row in records(of: sourcesFile, columns: ["name", "key", "label", "description"]) {
            if let earlier = lineOfSource[row["name"]] {
                errors.append(row.error("source '\(row["name"])' is listed twice (first on line \(earlier))"))
                continue
            }
            lineOfSource[row["name"]] = row.row.line
            if let source = loadSource(row) { sources.append(source) }
        }
        let schema = Schema(sources: sources, vocabularies: vocabularies, thesaurus: loadThesaurus())
        checkRelations(of: schema)
        checkTallies(of: schema)
        checkScaleSenses(senses, of: schema)
        if !errors.isEmpty { throw DatasetErrors(errors: errors) }
        return schema
    }

    private mutating func loadSource(_ row: Record) -> SourceSchema? {
        let name = row["name"]
        let path = reads.path("schema/fields/\(name).tsv")
        let file: TSVFile
        do { file = try reads.readTSV("schema/fields/\(name).tsv") } catch {
            errors.append(error)
            return nil
        }
        var fields: [Field] = []
        for fieldRow in records(of: file, columns: ["name", "type", "required", "description"]) {
            guard let type = fieldType(fieldRow["type"], at: fieldRow) else { continue }
            if fields.contains(where: { $0.name == fieldRow["name"] }) {
                errors.append(fieldRow.error("field '\(fieldRow["name"])' is declared twice"))
            }
            fields.append(
                Field(
                    name: fieldRow["name"], type: type, isRequired: fieldRow["required"] == "yes",
                    description: fieldRow["description"]))
        }
        let source = SourceSchema(
            name: name, key: row["key"], label: row["label"],
            description: row["description"], fields: fields)
        for (role, fieldName) in [("key", source.key), ("label", source.label), ("provenance", "source")]
        where source.field(named: fieldName) == nil {
            errors.append(
                row.error(
                    "source '\(name)' names '\(fieldName)' as its \(role) field, but \(path) declares no such field"))
        }
        // The key is read from the data file, so a computed field (no column) cannot be it.
        if let key = source.field(named: source.key), key.type.isComputed {
            errors.append(
                row.error(
                    "source '\(name)' names '\(source.key)' as its key field, but it is computed (\(key.type.spelling)); the key must be a stored field"
                ))
        }
        return source
    }

    private mutating func fieldType(_ spelling: String, at row: Record) -> FieldType? {
        let parts = spelling.split(separator: ":", maxSplits: 1).map(String.init)
        let argument = parts.count == 2 ? parts[1] : nil
        switch (parts.first ?? "", argument) {
        case ("text", nil): return .text
        case ("integer", nil): return .integer
        case ("number", nil): return .number
        case ("set", nil): return .set(nil)
        case ("category", let name?): return vocabulary(name, for: row).map(FieldType.category)
        case ("scale", let name?): return vocabulary(name, for: row).map(FieldType.scale)
        case ("set", let name?): return vocabulary(name, for: row).map { FieldType.set($0) }
        case ("ref", let source?): return .ref(source)
        case ("refs", let source?): return .refs(source)
        case ("count", let field?): return .count(field)
        case ("tally", let spec?):
            let pieces = spec.split(separator: ":", maxSplits: 1).map(String.init)
            if pieces.count == 2 {
                return .tally(value: pieces[0], fields: pieces[1].split(separator: ",").map(String.init))
            }
        case ("reverse", let target?):
            let pieces = target.split(separator: ".").map(String.init)
            if pieces.count == 2 { return .reverse(source: pieces[0], field: pieces[1]) }
        default: break
        }
        errors.append(
            row.error(
                "unknown field type '\(spelling)' (expected text, integer, number, category:V, scale:V, set, set:V, ref:S, refs:S, reverse:S.F, count:F or tally:VALUE:F,F,...)"
            ))
        return nil
    }

    private mutating func vocabulary(_ name: String, for row: Record) -> Vocabulary? {
        if let known = vocabularies[name] { return known }
        let path = reads.path("schema/vocabularies/\(name).tsv")
        let file: TSVFile
        do { file = try reads.readTSV("schema/vocabularies/\(name).tsv") } catch {
            errors.append(row.error("vocabulary '\(name)' cannot be read: \(error)"))
            return nil
        }
        let terms = records(of: file, columns: ["value", "synonyms"]).map {
            Vocabulary.Term(value: $0["value"], synonyms: Quoting.TSV.splitList($0.raw("synonyms")))
        }
        let vocabulary = Vocabulary(name: name, terms: terms, better: betterByVocabulary[name])
        for spelling in vocabulary.ambiguousSpellings {
            errors.append(DatasetError(file: path, "the spelling '\(spelling)' names more than one value"))
        }
        vocabularies[name] = vocabulary
        return vocabulary
    }

    /// Relations must point at sources and fields that exist, with the right types.
    private mutating func checkRelations(of schema: Schema) {
        let path = directory + "/schema/fields"
        for source in schema.sources {
            for field in source.fields {
                switch field.type {
                case .ref(let target), .refs(let target):
                    if schema.source(named: target) == nil {
                        errors.append(
                            DatasetError(
                                file: "\(path)/\(source.name).tsv", field: field.name,
                                "refers to the unknown source '\(target)'"))
                    }
                case .reverse(let target, let targetField):
                    let pointsBack: Bool
                    switch schema.source(named: target)?.field(named: targetField)?.type {
                    case .ref(let back)?, .refs(let back)?: pointsBack = back == source.name
                    default: pointsBack = false
                    }
                    if !pointsBack {
                        errors.append(
                            DatasetError(
                                file: "\(path)/\(source.name).tsv", field: field.name,
                                "'\(target).\(targetField)' is not a ref or refs field of '\(target)' pointing to '\(source.name)'"
                            ))
                    }
                case .count(let relation):
                    if source.field(named: relation)?.type.relatedSource == nil {
                        errors.append(
                            DatasetError(
                                file: "\(path)/\(source.name).tsv", field: field.name,
                                "counts '\(relation)', which is not a relation field of '\(source.name)'"))
                    }
                default: break
                }
            }
        }
    }

    /// The rows of a schema file as name-addressed records, after checking its columns.
    mutating func records(of file: TSVFile, columns: [String]) -> [Record] {
        let missing = columns.filter { !file.header.contains($0) }
        if !missing.isEmpty {
            errors.append(
                DatasetError(file: file.path, line: 1, "missing column(s): \(missing.joined(separator: ", "))"))
            return []
        }
        return file.rows.map { Record(file: file, row: $0) }
    }
}

/// A row of a schema file addressed by column name.
struct Record {
    let file: TSVFile
    let row: TSVFile.Row

    subscript(column: String) -> String {
        Quoting.TSV.unescape(raw(column))
    }

    func raw(_ column: String) -> String {
        guard let position = file.header.firstIndex(of: column), position < row.cells.count else { return "" }
        return row.cells[position]
    }

    func error(_ message: String) -> DatasetError {
        DatasetError(file: file.path, line: row.line, message)
    }
}
