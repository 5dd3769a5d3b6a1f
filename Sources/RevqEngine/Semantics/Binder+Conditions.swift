import RevqCore
import RevqLanguage

extension Binder {
    func bindCondition(_ condition: Condition, on source: String) throws(Diagnostic) -> BoundCondition {
        switch condition {
        case .and(let parts): return .and(try bindAll(parts, on: source))
        case .or(let parts): return .or(try bindAll(parts, on: source))
        case .not(let operand, _): return .not(try bindCondition(operand, on: source))
        case .comparison(let path, let op, let value, let operatorRange):
            return try bindComparison(path, op, value, operatorRange: operatorRange, on: source)
        case .membership(let path, let values, let range):
            return try bindMembership(path, values, range: range, on: source)
        case .search(let values, _):
            let search = try searchTerms(values[0])
            return .predicate(
                Predicate(path: nil, test: .words(search.terms), text: condition.text + search.expansionNote))
        case .quantified(let quantifier, let operand, let range):
            return try bindQuantified(quantifier, operand, range: range, on: source)
        case .emptiness(let path, let isEmpty, _):
            let bound = try bindPath(path, from: source)
            return .predicate(Predicate(path: bound, test: .empty(isEmpty), text: condition.text))
        case .inNamedQuery(let path, let name, _):
            let bound = try bindPath(path, from: source)
            return .predicate(Predicate(path: bound, test: try namedQueryTest(bound, name), text: condition.text))
        case .counted(let aggregate, let op, let value, let operatorRange):
            return try bindCounted(aggregate, op, value, operatorRange: operatorRange, on: source)
        }
    }

    /// `count([distinct] path) op n`: `!=` is `not =`, as for any comparison. A number past
    /// any count (1e15) compares as that: no record reaches so many values.
    private func bindCounted(
        _ aggregate: Aggregate, _ op: ComparisonOperator, _ value: Literal, operatorRange: SourceRange,
        on source: String
    ) throws(Diagnostic) -> BoundCondition {
        let path = try bindPath(aggregate.path!, from: source)
        guard case .number(let number) = value.kind else { preconditionFailure("the parser reads a whole number here") }
        let kinds: [ComparisonOperator: ComparisonOperatorKind] = [
            .equal: .equal, .notEqual: .equal, .less: .less, .lessOrEqual: .lessOrEqual,
            .greater: .greater, .greaterOrEqual: .greaterOrEqual,
        ]
        let counted = ValueCount(
            path: path, distinct: aggregate.distinct, kind: kinds[op]!, number: Int(min(number, 1e15)),
            text: Condition.counted(aggregate, op, value, operatorRange: operatorRange).text)
        return op == .notEqual ? .not(.counted(counted)) : .counted(counted)
    }

    private func bindAll(_ parts: [Condition], on source: String) throws(Diagnostic) -> [BoundCondition] {
        var bound: [BoundCondition] = []
        for part in parts { bound.append(try bindCondition(part, on: source)) }
        return bound
    }

    /// `a != v` is `not (a = v)`: for a field with several values (or a relation) it
    /// means "none of them is v", and rows without a value match.
    private func bindComparison(
        _ path: FieldPath, _ op: ComparisonOperator, _ value: Literal,
        operatorRange: SourceRange, on source: String
    ) throws(Diagnostic) -> BoundCondition {
        let bound = try bindPath(path, from: source)
        try rejectEmptyValue(value, of: path, op)
        let note = op == .contains ? try searchTerms(value).expansionNote : ""
        if op == .notEqual {
            let test = try self.test(for: bound, .equal, value, operatorRange: operatorRange)
            return .not(
                .predicate(
                    Predicate(
                        path: bound, test: test,
                        text: Condition.comparison(path, .equal, value, operatorRange: operatorRange).text)))
        }
        let test = try self.test(for: bound, op, value, operatorRange: operatorRange)
        return .predicate(
            Predicate(
                path: bound, test: test,
                text: Condition.comparison(path, op, value, operatorRange: operatorRange).text + note))
    }

    /// `a in (x, y)` is `a = x or a = y`; on a vocabulary or relation it is one test.
    private func bindMembership(_ path: FieldPath, _ values: [Literal], range: SourceRange, on source: String)
        throws(Diagnostic) -> BoundCondition
    {
        let bound = try bindPath(path, from: source)
        var tests: [Test] = []
        for value in values {
            try rejectEmptyValue(value, of: path, .equal)
            tests.append(try test(for: bound, .equal, value, operatorRange: value.range))
        }
        if let merged = Binder.merge(tests) {
            return .predicate(
                Predicate(path: bound, test: merged, text: Condition.membership(path, values, range: range).text))
        }
        return .or(
            zip(tests, values).map { test, value in
                .predicate(
                    Predicate(
                        path: bound, test: test,
                        text: Condition.comparison(path, .equal, value, operatorRange: value.range).text))
            })
    }

    /// `every p op v`, `no p op v`, `any p op v`, the same with `[not] in (...)` and with
    /// `is [not] empty` (which tests each related record's field as a whole): the
    /// comparison applies to each value; `no` is `not any`. `!=` and `not in` under a
    /// quantifier negate each value's test, so `every study.country != Norge` is "no
    /// study is from Norge, and there is one", not "not every study is".
    private func bindQuantified(
        _ quantifier: Quantifier, _ operand: Condition, range: SourceRange,
        on source: String
    ) throws(Diagnostic) -> BoundCondition {
        var negated = false
        var comparison = operand
        if case .not(let inner, _) = operand {
            negated = true
            comparison = inner
        }
        let bound: BoundPath
        let test: Test
        switch comparison {
        case .comparison(let path, let op, let value, let operatorRange):
            bound = try bindPath(path, from: source)
            try rejectEmptyValue(value, of: path, op)
            if op == .notEqual { negated.toggle() }
            test = try self.test(for: bound, op == .notEqual ? .equal : op, value, operatorRange: operatorRange)
        case .membership(let path, let values, _):
            bound = try bindPath(path, from: source)
            var tests: [Test] = []
            for value in values {
                try rejectEmptyValue(value, of: path, .equal)
                tests.append(try self.test(for: bound, .equal, value, operatorRange: value.range))
            }
            test = Binder.merge(tests) ?? .anyOf(tests)
        case .emptiness(let path, let isEmpty, _):
            // A test of each related record's whole field: every study.note is not empty.
            bound = try bindPath(path, from: source)
            test = .empty(isEmpty)
        case .inNamedQuery(let path, let name, _):
            bound = try bindPath(path, from: source)
            test = try namedQueryTest(bound, name)
        case .counted:
            preconditionFailure("the parser puts no count under a quantifier")
        default:
            preconditionFailure("the parser puts only comparisons, memberships and emptiness tests under a quantifier")
        }
        // `no` is bound as `not any`: the plan shows the `not` above the `any`.
        let written = Condition.quantified(quantifier == .no ? .any : quantifier, operand, range: range)
        let predicate = Predicate(
            path: bound, test: test, text: written.text, quantifier: quantifier == .every ? .every : .any,
            negated: negated)
        return quantifier == .no ? .not(.predicate(predicate)) : .predicate(predicate)
    }

    /// `relation in NAME`: the records of the named query (or source) when it lists the
    /// relation's target, or the records its one relation field to that target holds
    /// (`study in eff` for `let eff = outcomes where ...`: the studies of those outcomes).
    func namedQueryTest(_ path: BoundPath, _ name: Name) throws(Diagnostic) -> Test {
        guard let target = path.field.type.relatedSource else {
            throw Diagnostic(
                .inQueryNeedsRelation(path: path.text, type: path.field.type.spelling), at: name.range,
                hint: .valueInParentheses(path: path.text, value: name.text))
        }
        let input = try bindInput(name)
        let rows = input.rows ?? Array(0..<(catalog.store.rowCount(ofTable: input.table) ?? 0))
        if input.table == target { return .related(Set(rows)) }
        let table = catalog.store.table(named: input.table)!
        let links = table.schema.fields.indices.filter { table.schema.fields[$0].type.relatedSource == target }
        guard links.count == 1 else {
            throw Diagnostic(
                .queryNotRelated(
                    name: name.text, source: input.table, target: target,
                    through: links.map { table.schema.fields[$0].name }), at: name.range)
        }
        var related = Set<Int>()
        for row in rows {
            for case .ref(let other) in table.rows[row][links[0]].elements { related.insert(other) }
        }
        return .related(related)
    }

    /// `note = ""` would silently match nothing (a missing value is stored as no value),
    /// and `note != ""` everything: refuse both and teach the emptiness test.
    private func rejectEmptyValue(_ value: Literal, of path: FieldPath, _ op: ComparisonOperator) throws(Diagnostic) {
        // A value that starts with a visible ASCII character is not blank: known from its
        // first byte, without breaking it into characters.
        let startsVisibly = value.text.utf8.first.map { $0 > 0x20 && $0 < 0x7F } ?? false
        guard op != .contains, !startsVisibly, value.text.allSatisfy(\.isWhitespace) else { return }
        throw Diagnostic(.emptyValue(value.text, path: path.text, operator: op.rawValue), at: value.range)
    }

    private static func merge(_ tests: [Test]) -> Test? {
        var terms = Set<Int>()
        var rows = Set<Int>()
        for test in tests {
            switch test {
            case .terms(let some): terms.formUnion(some)
            case .related(let some): rows.formUnion(some)
            default: return nil
            }
        }
        if case .terms = tests[0] { return rows.isEmpty ? .terms(terms) : nil }
        return terms.isEmpty ? .related(rows) : nil
    }
}
