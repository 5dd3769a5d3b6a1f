import RevqCore
import RevqLanguage

extension Binder {
    /// The test `op value` asks of `path`'s field, by the field's type.
    func test(
        for path: BoundPath, _ op: ComparisonOperator, _ value: Literal,
        operatorRange: SourceRange
    ) throws(Diagnostic) -> Test {
        let field = path.field
        if op == .contains { return try searchTest(path, value, operatorRange: operatorRange) }
        let kind = Binder.kind(of: op)
        switch field.type {
        case .scale(let vocabulary):
            return .terms(Binder.terms(kind, try term(value, of: path, in: vocabulary), count: vocabulary.terms.count))
        case .category(let vocabulary), .set(let vocabulary?):
            try requireEquality(op, path, operatorRange: operatorRange)
            return .terms([try term(value, of: path, in: vocabulary)])
        case .integer, .number, .count, .tally:
            return .number(kind, try number(value, of: path))
        case .text:
            return kind == .equal
                ? .textEqual(TextFolding.fold(value.text)) : .textOrder(kind, CollationKey(value.text))
        case .set(nil):
            try requireEquality(op, path, operatorRange: operatorRange)
            return .textEqual(TextFolding.fold(value.text))
        case .ref(let target), .refs(let target), .reverse(let target, _):
            try requireEquality(op, path, operatorRange: operatorRange)
            return .related(try records(named: value, in: target, for: path))
        }
    }

    static func kind(of op: ComparisonOperator) -> ComparisonOperatorKind {
        switch op {
        case .less: return .less
        case .lessOrEqual: return .lessOrEqual
        case .greater: return .greater
        case .greaterOrEqual: return .greaterOrEqual
        case .equal, .notEqual, .contains: return .equal
        }
    }

    /// The terms of a scale that satisfy `op term`: the scale's order, lowest first.
    static func terms(_ kind: ComparisonOperatorKind, _ term: Int, count: Int) -> Set<Int> {
        switch kind {
        case .equal: return [term]
        case .less: return Set(0..<term)
        case .lessOrEqual: return Set(0...term)
        case .greater: return Set((term + 1)..<max(term + 1, count))
        case .greaterOrEqual: return Set(term..<count)
        }
    }

    private func requireEquality(_ op: ComparisonOperator, _ path: BoundPath, operatorRange: SourceRange)
        throws(Diagnostic)
    {
        guard op.isOrdering else { return }
        let field = path.field
        throw Diagnostic(
            .needsOrder(
                operator: op.rawValue, path: path.text, type: field.type.spelling, multiValued: field.type.isMultiValued
            ),
            at: operatorRange)
    }

    private func searchTest(_ path: BoundPath, _ value: Literal, operatorRange: SourceRange) throws(Diagnostic) -> Test
    {
        switch path.field.type {
        case .text, .set(nil): return .words(try searchTerms(value).terms)
        default:
            throw Diagnostic(.searchNeedsText(path: path.text, type: path.field.type.spelling), at: operatorRange)
        }
    }

    private func term(_ value: Literal, of path: BoundPath, in vocabulary: Vocabulary) throws(Diagnostic) -> Int {
        if let index = vocabulary.index(matching: value.text) { return index }
        let values = vocabulary.terms.map(\.value)
        let spellings = vocabulary.terms.flatMap { term in ([term.value] + term.synonyms).map { ($0, term.value) } }
        throw Diagnostic(
            .notAValue(value.text, path: path.text, type: path.field.type.spelling), at: value.range,
            hint: Suggestions.hint(for: value.text, among: spellings, listing: values, kind: .values))
    }

    private func number(_ value: Literal, of path: BoundPath) throws(Diagnostic) -> Double {
        if case .number(let number) = value.kind { return number }
        throw Diagnostic(.notANumber(value.text, path: path.text, type: path.field.type.spelling), at: value.range)
    }

    /// The rows of `target` whose key, label or alias is `value`, ignoring case and diacritics.
    private func records(named value: Literal, in target: String, for path: BoundPath) throws(Diagnostic) -> Set<Int> {
        let index = catalog.index(of: target)!
        if let rows = index.recordNames[TextFolding.fold(value.text)] { return Set(rows) }
        let table = catalog.store.table(named: target)!
        let labels = (0..<table.count).map { catalog.store.label(ofRow: $0, in: target) }
        let spellings = recordSpellings(of: table, labels: labels)
        let sameName = NearNames.sameName(value.text, names: spellings)
        if sameName.count == 1, let rows = index.recordNames[TextFolding.fold(sameName[0])] { return Set(rows) }
        let hint =
            NearNames.hint(for: value.text, names: spellings)
            ?? Suggestions.hint(for: value.text, among: labels, kind: .names(of: target))
        throw Diagnostic(.noSuchRecord(value.text, source: target, path: path.text), at: value.range, hint: hint)
    }

    /// Every label and alias of `table`'s records, each with the label it names.
    private func recordSpellings(of table: Table, labels: [String]) -> [(spelling: String, label: String)] {
        let aliases = table.schema.position(of: Catalog.aliasesField)
        return table.rows.indices.flatMap { row -> [(spelling: String, label: String)] in
            var spellings = [(spelling: labels[row], label: labels[row])]
            if let aliases {
                for case .text(let alias) in table.rows[row][aliases].elements {
                    spellings.append((alias, labels[row]))
                }
            }
            return spellings
        }
    }
}
