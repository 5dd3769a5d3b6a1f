import RevqCore

/// Loads a dataset folder (schema/, data/) into a validated Store.
///
/// Every problem is collected and reported with its file, line, record and field; a
/// dataset with any problem is refused as a whole, so no record is ever silently dropped.
///
///     let store = try DatasetLoader.load(directory: "Datasets/review")
package enum DatasetLoader {
    /// The most problems listed in one report; the rest are counted.
    static let reportLimit = 50

    package static func load(directory: String) throws(DatasetErrors) -> Store {
        try load(reads: DatasetReads(directory: directory))
    }

    /// Loads through `reads`, which keeps what each file held when it was parsed.
    package static func load(reads: DatasetReads) throws(DatasetErrors) -> Store {
        let directory = reads.directory
        var schemaLoader = SchemaLoader(reads: reads)
        let schema = try schemaLoader.load()
        var reader = RecordReader(reads: reads, schema: schema)
        var tables = schema.sources.map { reader.readTable($0) }
        reader.resolveRelations(in: &tables)
        RelationLinker.fillComputedFields(in: &tables, schema: schema)
        RowTally.fill(in: &tables)
        if !reader.errors.isEmpty {
            var errors = Array(reader.errors.prefix(reportLimit))
            if reader.errors.count > reportLimit {
                errors.append(DatasetError(file: directory, "and \(reader.errors.count - reportLimit) more problems"))
            }
            throw DatasetErrors(errors: errors)
        }
        return Store(schema: schema, tables: tables)
    }
}

/// Reads `data/SOURCE.tsv` files into typed rows, collecting every problem.
struct RecordReader {
    let reads: DatasetReads
    let schema: Schema
    var directory: String { reads.directory }
    private(set) var errors: [DatasetError] = []
    /// Ref keys as written, resolved once every table is read, in file order.
    private var pendingRefs: [PendingRef] = []
    private var lineOfRow: [String: [Int]] = [:]
    /// Sources whose file could not be read as a whole (already reported): a ref to them is
    /// not a second problem, and listing every such ref would bury the first.
    private var unreadSources: Set<String> = []

    init(reads: DatasetReads, schema: Schema) {
        self.reads = reads
        self.schema = schema
    }

    mutating func readTable(_ source: SourceSchema) -> Table {
        let path = reads.path("data/\(source.name).tsv")
        let file: TSVFile
        do { file = try reads.readTSV("data/\(source.name).tsv") } catch {
            errors.append(error)
            unreadSources.insert(source.name)
            return Table(schema: source, rows: [], keys: [])
        }
        guard let columnOfField = columns(of: file, for: source) else {
            unreadSources.insert(source.name)
            return Table(schema: source, rows: [], keys: [])
        }
        // Positions resolved once per table: this loop runs for every cell at every start.
        let columnOfPosition = source.fields.map { columnOfField[$0.name] }
        guard let keyColumn = columnOfField[source.key] else {
            // The schema check reports a key that is no stored field; never trap on it here.
            errors.append(
                DatasetError(file: path, line: 1, field: source.key, "the key field of '\(source.name)' has no column"))
            return Table(schema: source, rows: [], keys: [])
        }
        var rows: [[Value]] = []
        var keys: [String] = []
        var lines: [Int] = []
        var seenKeys: [String: Int] = [:]
        rows.reserveCapacity(file.rows.count)
        for fileRow in file.rows {
            guard fileRow.cells.count == file.header.count else {
                errors.append(
                    DatasetError(
                        file: path, line: fileRow.line,
                        "\(fileRow.cells.count) cells, but the header has \(file.header.count)"))
                continue
            }
            let key = Quoting.TSV.unescape(fileRow.cells[keyColumn])
            if let earlier = seenKeys[key] {
                errors.append(
                    DatasetError(
                        file: path, line: fileRow.line, record: key, field: source.key,
                        "duplicate key (first on line \(earlier))"))
            }
            seenKeys[key] = fileRow.line
            var values: [Value] = []
            values.reserveCapacity(source.fields.count)
            for (position, field) in source.fields.enumerated() {
                guard let column = columnOfPosition[position] else {
                    values.append(.null)
                    continue
                }
                let place = CellPlace(path: path, line: fileRow.line, record: key, field: field.name)
                values.append(
                    parse(
                        fileRow.cells[column], as: field, at: place, source: source.name, row: rows.count,
                        position: position))
            }
            rows.append(values)
            keys.append(key)
            lines.append(fileRow.line)
        }
        lineOfRow[source.name] = lines
        return Table(schema: source, rows: rows, keys: keys)
    }

    /// Maps each stored field to its column, after checking the header.
    private mutating func columns(of file: TSVFile, for source: SourceSchema) -> [String: Int]? {
        var columnOfField: [String: Int] = [:]
        for (column, name) in file.header.enumerated() {
            guard let field = source.field(named: name), !field.type.isComputed else {
                errors.append(
                    DatasetError(
                        file: file.path, line: 1, field: name,
                        "the schema of '\(source.name)' has no stored field of this name"))
                continue
            }
            if columnOfField[name] != nil {
                errors.append(DatasetError(file: file.path, line: 1, field: name, "the column appears twice"))
            }
            columnOfField[name] = column
        }
        let missing = source.fields.filter { !$0.type.isComputed && columnOfField[$0.name] == nil }
        for field in missing {
            errors.append(
                DatasetError(file: file.path, line: 1, field: field.name, "the header has no column for this field"))
        }
        return missing.isEmpty && columnOfField.count == file.header.count ? columnOfField : nil
    }

    private struct PendingRef {
        let source: String
        let row: Int
        let position: Int
        let keys: [String]
    }

    private struct CellPlace {
        let path: String
        let line: Int
        let record: String
        let field: String

        func error(_ message: String) -> DatasetError {
            DatasetError(file: path, line: line, record: record, field: field, message)
        }
    }

    private mutating func parse(
        _ raw: String, as field: Field, at place: CellPlace, source: String, row: Int, position: Int
    ) -> Value {
        if raw.isEmpty {
            if field.isRequired { errors.append(place.error("a required field is empty")) }
            return .null
        }
        switch field.type {
        case .text:
            return .text(Quoting.TSV.unescape(raw))
        case .integer:
            if let number = Int(raw) { return .integer(number) }
            errors.append(place.error("'\(raw)' is not a whole number"))
        case .number:
            if let number = Double(raw), number.isFinite { return .number(number) }
            errors.append(place.error("'\(raw)' is not a number (write decimals with '.')"))
        case .category(let vocabulary), .scale(let vocabulary):
            return term(Quoting.TSV.unescape(raw), in: vocabulary, at: place)
        case .set(let vocabulary):
            let elements = Quoting.TSV.splitList(raw)
            guard let vocabulary else { return .list(elements.map(Value.text)) }
            return .list(elements.map { term($0, in: vocabulary, at: place) })
        case .ref:
            pendingRefs.append(
                PendingRef(source: source, row: row, position: position, keys: [Quoting.TSV.unescape(raw)]))
            return .null
        case .refs:
            pendingRefs.append(
                PendingRef(source: source, row: row, position: position, keys: Quoting.TSV.splitList(raw)))
            return .list([])
        case .reverse, .count, .tally:
            break
        }
        return .null
    }

    /// Data files write vocabulary values exactly as the vocabulary spells them.
    private mutating func term(_ text: String, in vocabulary: Vocabulary, at place: CellPlace) -> Value {
        if let index = vocabulary.terms.firstIndex(where: { $0.value == text }) { return .term(index) }
        let valid = vocabulary.terms.map(\.value).joined(separator: ", ")
        errors.append(place.error("'\(text)' is not a value of the vocabulary '\(vocabulary.name)' (\(valid))"))
        return .null
    }

    /// Turns every ref key into the row index of its target, reporting keys that resolve to nothing.
    mutating func resolveRelations(in tables: inout [Table]) {
        let tableIndex = Dictionary(tables.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        for pending in pendingRefs {
            guard let sourceIndex = tableIndex[pending.source] else { continue }
            let field = tables[sourceIndex].schema.fields[pending.position]
            guard let target = field.type.relatedSource, let targetIndex = tableIndex[target],
                !unreadSources.contains(target)
            else { continue }
            var resolved: [Value] = []
            for key in pending.keys {
                if let targetRow = tables[targetIndex].row(withKey: key) {
                    resolved.append(.ref(targetRow))
                } else {
                    errors.append(
                        DatasetError(
                            file: directory + "/data/\(pending.source).tsv",
                            line: lineOfRow[pending.source]?[pending.row],
                            record: keyText(tables[sourceIndex], pending.row), field: field.name,
                            "'\(key)' is not a key of '\(target)'"))
                }
            }
            let value: Value = if case .ref = field.type { resolved.first ?? .null } else { .list(resolved) }
            tables[sourceIndex].set(value, row: pending.row, position: pending.position)
        }
    }

    private func keyText(_ table: Table, _ row: Int) -> String {
        guard let position = table.schema.position(of: table.schema.key) else { return "#\(row + 1)" }
        switch table.rows[row][position] {
        case .text(let text): return text
        case .integer(let number): return String(number)
        default: return "#\(row + 1)"
        }
    }
}
