import RevqCore
import RevqLanguage

/// The names and values completion offers for an expectation, filtered by what is typed
/// (ignoring case and diacritics) and quoted where a value needs quotes.
struct CompletionCandidates {
    let store: Store
    /// Resolves sources and paths as the statement will be bound (named queries included).
    let binder: Binder
    /// What the review says a source's fields and values mean; nil where it defines none.
    let meanings: (_ source: String) -> TermMeanings?
    /// The named queries defined so far, offered as sources.
    let queryNames: [String]
    /// The most values offered for one field (a text field may hold hundreds).
    static let valueLimit = 200

    /// Names first (sources, fields, values), then keywords in the order the parser tried
    /// them, then the operators; all that fit what is typed. Nothing while the statement
    /// names a source that does not exist: its fields cannot be known.
    func candidates(for expected: Expected, typed: String) -> [String] {
        var names: [String] = []
        for kind in expected.names {
            switch kind {
            case .sources:
                names += Self.matching(sourceNames, typed: typed)
            case .fields(let source):
                guard resolveSource(source) != nil else { return [] }
                names += fields(of: source, typed: typed)
            case .values(let source, let path):
                names += values(source: source, path: path, typed: typed)
            case .only(let words):
                names += Self.matching(words, typed: typed)
            }
        }
        return names + Self.matching(expected.words + expected.operators, typed: typed)
    }

    /// The review's definition of each offered value or field that it defines (the report's
    /// confidence levels and GRADE-CERQual components, as fields of the views' source).
    func meanings(of offered: [String], for expected: Expected) -> [String: String] {
        var meanings: [String: String] = [:]
        for kind in expected.names {
            switch kind {
            case .values(let source, let path):
                guard let table = resolveSource(source), let parts = Parser.splitPathText(path),
                    let bound = try? binder.bindPath(FieldPath(parts: parts), from: table),
                    let defined = self.meanings(bound.table)?.values[bound.field.name]
                else { continue }
                for candidate in offered {
                    if let meaning = defined[TextFolding.fold(Self.unquoted(candidate))] {
                        meanings[candidate] = meaning
                    }
                }
            case .fields(let source):
                guard let table = resolveSource(source), let defined = self.meanings(table)?.fields else { continue }
                for candidate in offered {
                    if let meaning = defined[candidate] { meanings[candidate] = meaning }
                }
            case .sources, .only:
                continue
            }
        }
        return meanings
    }

    /// The value a candidate stands for: a quoted one read back by the lexer, which
    /// undoes the quoting `Literal.spelling(of:)` did.
    static func unquoted(_ candidate: String) -> String {
        guard let token = Lexer.tokens(of: candidate).first, token.kind == .string else { return candidate }
        return token.text
    }

    private var sourceNames: [String] {
        store.schema.sources.map(\.name) + queryNames
    }

    /// The fields of the queried source; after `relation.` the fields of its target.
    private func fields(of source: String, typed: String) -> [String] {
        guard let table = resolveSource(source) else { return [] }
        var parts = typed.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let last = parts.removeLast()
        var current = table
        for part in parts {
            guard let field = store.schema.source(named: current)?.field(named: part),
                let target = field.type.relatedSource
            else { return [] }
            current = target
        }
        let prefix = parts.isEmpty ? "" : parts.joined(separator: ".") + "."
        let names = store.schema.source(named: current)?.fields.map(\.name) ?? []
        return Self.matching(names, typed: last).map { prefix + $0 }
    }

    private func resolveSource(_ name: String) -> String? {
        binder.match(name, among: store.schema.sources.map(\.name))
            ?? (try? binder.bindInput(Name(text: name, range: .empty)))?.table
    }

    /// The values `path` holds in the store: a vocabulary's terms, a relation's labels,
    /// or the distinct stored values.
    private func values(source: String, path: String, typed: String) -> [String] {
        guard let table = resolveSource(source),
            let parts = Parser.splitPathText(path),
            let bound = try? binder.bindPath(FieldPath(parts: parts), from: table)
        else { return [] }
        let typedValue = typed.first == "\"" || typed.first == "'" ? String(typed.dropFirst()) : typed
        // A value on several lines (or with another control character) cannot be typed.
        let typable = Self.matching(distinctValues(of: bound), typed: typedValue).lazy.filter(Quoting.Revq.canSpell)
        return typable.prefix(Self.valueLimit).map(Literal.spelling(of:))
    }

    private func distinctValues(of path: BoundPath) -> [String] {
        if let vocabulary = path.field.type.vocabulary { return vocabulary.terms.map(\.value) }
        if let target = path.field.type.relatedSource, let table = store.table(named: target) {
            return (0..<table.count).map { store.label(ofRow: $0, in: target) }
        }
        guard let table = store.table(named: path.table) else { return [] }
        var seen: [String] = []
        var known = Set<String>()
        for row in table.rows {
            for element in row[path.position].elements {
                let text = store.display(element, of: path.field)
                if known.insert(text).inserted { seen.append(text) }
            }
        }
        return seen
    }

    static func matching(_ names: [String], typed: String) -> [String] {
        let folded = TextFolding.fold(typed)
        var seen = Set<String>()
        return names.filter { TextFolding.fold($0).hasPrefix(folded) && seen.insert($0).inserted }
    }
}

extension SourceRange {
    package static let empty = SourceRange(
        start: SourceLocation(offset: 0, line: 1, column: 1), end: SourceLocation(offset: 0, line: 1, column: 1))
}
