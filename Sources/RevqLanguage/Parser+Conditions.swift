import RevqCore

extension Parser {
    /// condition = conjunction , { "or" , conjunction } ;
    /// A chain becomes one flat node: no deep tree, no quadratic copying.
    mutating func parseCondition() throws(ParseStop) -> Condition {
        let first = try parseConjunction()
        guard check(.or) else { return first }
        var operands = [first]
        while match(.or) { operands.append(try parseConjunction()) }
        return .or(operands)
    }

    /// conjunction = unary , { "and" , unary } ;
    /// So "and" binds tighter than "or".
    mutating func parseConjunction() throws(ParseStop) -> Condition {
        let first = try parseUnary()
        guard check(.and) else { return first }
        var operands = [first]
        while match(.and) { operands.append(try parseUnary()) }
        return .and(operands)
    }

    /// unary = "not" , unary | primary ;
    mutating func parseUnary() throws(ParseStop) -> Condition {
        guard check(.not) else { return try parsePrimary() }
        let notToken = advance()
        try enterNesting(at: notToken)
        defer { nesting -= 1 }
        let operand = try parseUnary()
        return .not(operand, range: notToken.range.extended(to: operand.range))
    }

    /// primary = group | search | quantified | counted | comparison ;
    mutating func parsePrimary() throws(ParseStop) -> Condition {
        switch peek.kind {
        case .leftParen: return try parseGroup()
        case .keyword(.count): return try parseCounted()
        case .comparison(.contains): return try parseSearch()
        case .keyword(.any), .keyword(.every), .keyword(.no): return try parseQuantified()
        case .word, .string: return try parseComparison()
        case .keyword(let keyword) where Keyword.statementOnlyKeywords.contains(keyword): return try parseComparison()
        default:
            if isRecordingHere {
                recorder?.fields()
                recorder?.keywords(Keyword.quantifiers + [.count])
                // Named in the error, not offered: a search and a group start here too.
                recorder?.other(.symbol("~"))
                recorder?.other(.symbol("("))
            }
            throw unexpected()
        }
    }

    /// counted = "count" , "(" , [ "distinct" ] , path , ")" , operator - "~" , number ;
    /// How many values a path reaches in a record: `count(distinct study.country) >= 3`.
    private mutating func parseCounted() throws(ParseStop) -> Condition {
        let aggregate = try parseAggregate()
        guard aggregate.path != nil else { throw unexpected(hint: .countDistinctExample) }
        if isRecordingHere { recorder?.operators(ComparisonOperator.allCases.filter { $0 != .contains }) }
        guard case .comparison(let op) = peek.kind, op != .contains else { throw unexpected() }
        let opToken = advance()
        if isRecordingHere { recorder?.other(.wholeNumber) }
        guard case .number(let number) = peek.kind, number >= 0, number == number.rounded() else { throw unexpected() }
        let value = advance()
        return .counted(
            aggregate, op, Literal(kind: .number(number), text: value.text, range: value.range),
            operatorRange: opToken.range)
    }

    /// quantified = ( "any" | "every" | "no" ) , comparison ;
    private mutating func parseQuantified() throws(ParseStop) -> Condition {
        let word = advance()
        let quantifier = Quantifier(rawValue: word.text.lowercased())!
        if isRecordingHere { recorder?.fields() }
        guard peekIsFieldName else {
            throw unexpected(hint: .quantifierExample(quantifier: quantifier.rawValue))
        }
        let comparison = try parseComparison()
        return .quantified(quantifier, comparison, range: word.range.extended(to: comparison.range))
    }

    /// group = "(" , condition , ")" ;
    private mutating func parseGroup() throws(ParseStop) -> Condition {
        let open = advance()
        try enterNesting(at: open)
        defer { nesting -= 1 }
        openParentheses.append(open.range)
        let condition = try parseCondition()
        guard match(.rightParen) else {
            let opened = "\(open.range.start.line):\(open.range.start.column)"
            // A comparison here is more likely a missing 'and' than a missing ')'.
            throw unexpected(hint: startsComparison(at: current) ? nil : .parenthesisNotClosed(place: opened))
        }
        openParentheses.removeLast()
        return condition
    }

    private mutating func enterNesting(at token: Token) throws(ParseStop) {
        nesting += 1
        guard nesting <= Parser.maximumNesting else {
            throw .error(Diagnostic(.nestingTooDeep(levels: Parser.maximumNesting), at: token.range))
        }
    }

    /// search = "~" , value ;
    private mutating func parseSearch() throws(ParseStop) -> Condition {
        let tilde = advance()
        recorder?.valuePath = nil
        let words = try parseValue()
        return .search([words], range: tilde.range.extended(to: words.range))
    }

    /// comparison = path , operator , value | membership | emptiness ;
    /// All three start with a path, which is read once; what follows it decides.
    private mutating func parseComparison() throws(ParseStop) -> Condition {
        let quoted = peek.kind == .string ? peek : nil
        let path = try parsePath()
        recorder?.valuePath = path.text
        if check(.in) || (check(.not) && tokens[current + 1].isKeyword(.in)) {
            return try parseMembership(of: path)
        }
        // After a field, `not` is only ever the start of `not in`.
        if check(.not) {
            advance()
            _ = check(.in)
            throw unexpected(hint: .notInOrNotBefore(path: path.spelled))
        }
        if check(.is) { return try parseEmptiness(of: path) }
        if isRecordingHere { recorder?.operators() }
        guard case .comparison(let op) = peek.kind else {
            // `where "SMS"`: a quoted word alone is more likely a search than a field.
            throw unexpected(
                hint: quoted.map {
                    .quotedNameIsField(search: Literal(kind: .string, text: $0.text, range: $0.range).spelled)
                })
        }
        let opToken = advance()
        // A search takes words, not one of the field's stored texts.
        if op == .contains { recorder?.valuePath = nil }
        let value = try parseValue()
        return .comparison(path, op, value, operatorRange: opToken.range)
    }

    /// emptiness = path , "is" , [ "not" ] , "empty" ;
    private mutating func parseEmptiness(of path: FieldPath) throws(ParseStop) -> Condition {
        advance()
        let isEmpty = !match(.not)
        guard check(.empty) else {
            throw unexpected(hint: .askEmptiness(path: path.spelled))
        }
        let empty = advance()
        return .emptiness(path, isEmpty: isEmpty, range: path.range.extended(to: empty.range))
    }

    /// membership = path , [ "not" ] , "in" , ( "(" , value , { "," , value } , ")" | name ) ;
    private mutating func parseMembership(of path: FieldPath) throws(ParseStop) -> Condition {
        let notToken: Token? = check(.not) ? advance() : nil
        advance()
        let membership: Condition
        if isRecordingHere { recorder?.other(.newName) }
        if case .word = peek.kind, Parser.isName(peek.text) {
            let name = try parseName()
            membership = .inNamedQuery(path, name, range: path.range.extended(to: name.range))
        } else {
            guard check(.leftParen) else {
                throw unexpected(hint: .listValuesOrQuery(path: path.spelled))
            }
            let open = advance()
            openParentheses.append(open.range)
            var values: [Literal] = []
            repeat { values.append(try parseValue()) } while match(.comma)
            guard match(.rightParen) else { throw unexpected() }
            openParentheses.removeLast()
            membership = .membership(path, values, range: path.range.extended(to: previous.range))
        }
        // `field not in (...)`: the `not` is written inside what it negates, so it covers the
        // membership whole, from its field; from `not` on, its child would start before it.
        guard notToken != nil else { return membership }
        return .not(membership, range: membership.range)
    }

    /// value = string | bare , { bare } ;
    /// Bare words in a row are one value (`Oye 2018`); a keyword ends the value, except
    /// the soft ones (`no`, a synonym of Nei, is still a value after an operator).
    mutating func parseValue() throws(ParseStop) -> Literal {
        if isRecordingHere { recorder?.values() }
        switch peek.kind {
        case .string:
            let string = advance()
            return Literal(kind: .string, text: string.text, range: string.range)
        case .word, .number:
            return parseBareValue()
        case .keyword(let keyword) where Keyword.softKeywords.contains(keyword):
            return parseBareValue()
        case .keyword(let keyword):
            throw unexpected(hint: .quoteKeywordValue(literal: Quoting.Revq.literal(keyword.rawValue)))
        default:
            throw unexpected()
        }
    }

    private mutating func parseBareValue() -> Literal {
        let first = advance()
        // The words one space apart, joined as they come: most values are one word.
        var text = first.text
        var isOneWord = true
        // A word followed by an operator starts the next comparison (a missing 'and'),
        // so it is left for the error that says so.
        while isBareValueToken(peek.kind), !startsComparison(at: current), !isMisspeltJoiner(at: current) {
            text += " " + advance().text
            isOneWord = false
        }
        if isOneWord, case .number(let value) = first.kind {
            return Literal(kind: .number(value), text: first.text, range: first.range)
        }
        return Literal(kind: .word, text: text, range: first.range.extended(to: previous.range))
    }

    /// `moderat nad theme = x`: a near-keyword followed by a comparison is a typo of
    /// 'and' or 'or', not part of the value.
    private func isMisspeltJoiner(at index: Int) -> Bool {
        guard case .word = tokens[index].kind, Keyword.nearest(to: tokens[index].text) != nil else { return false }
        return index + 1 < tokens.count && startsComparison(at: index + 1)
    }

    func startsComparison(at index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        switch tokens[index + 1].kind {
        case .comparison, .keyword(.in): return true
        default: return false
        }
    }

    /// bare = word | number | "any" | "every" | "no" | "empty" ;
    private func isBareValueToken(_ kind: TokenKind) -> Bool {
        switch kind {
        case .word, .number: return true
        case .keyword(let keyword): return Keyword.softKeywords.contains(keyword)
        default: return false
        }
    }
}
