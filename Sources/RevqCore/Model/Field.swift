/// What a field holds, as declared in `schema/fields/SOURCE.tsv`.
package enum FieldType: Sendable {
    case text
    case integer
    case number
    /// One value of an unordered vocabulary.
    case category(Vocabulary)
    /// One value of an ordered vocabulary: `<` and `>=` compare on its order.
    case scale(Vocabulary)
    /// Several values: of a vocabulary, or free text when nil.
    case set(Vocabulary?)
    /// The key of one record of the named source.
    case ref(String)
    /// The keys of several records of the named source.
    case refs(String)
    /// Computed: the records of `source` whose `field` refers to this record.
    case reverse(source: String, field: String)
    /// Computed: how many records the named relation field holds.
    case count(String)
    /// Computed: how many of `fields` (of this source, sharing one vocabulary) hold `value`:
    /// a row-wise count, such as a matrix row's number of Ja.
    case tally(value: String, fields: [String])

    /// The vocabulary behind a category, scale or vocabulary set.
    package var vocabulary: Vocabulary? {
        switch self {
        case .category(let vocabulary), .scale(let vocabulary): return vocabulary
        case .set(let vocabulary): return vocabulary
        default: return nil
        }
    }

    /// The source a relation points to; nil for other fields.
    package var relatedSource: String? {
        switch self {
        case .ref(let source), .refs(let source): return source
        case .reverse(let source, _): return source
        default: return nil
        }
    }

    /// True when the field holds several values.
    package var isMultiValued: Bool {
        switch self {
        case .set, .refs, .reverse: return true
        default: return false
        }
    }

    /// True when values are computed from other sources at load, not read from a column.
    package var isComputed: Bool {
        switch self {
        case .reverse, .count, .tally: return true
        default: return false
        }
    }

    /// How the type is spelled in the schema files (`scale:confidence`).
    package var spelling: String {
        switch self {
        case .text: return "text"
        case .integer: return "integer"
        case .number: return "number"
        case .category(let vocabulary): return "category:\(vocabulary.name)"
        case .scale(let vocabulary): return "scale:\(vocabulary.name)"
        case .set(let vocabulary): return vocabulary.map { "set:\($0.name)" } ?? "set"
        case .ref(let source): return "ref:\(source)"
        case .refs(let source): return "refs:\(source)"
        case .reverse(let source, let field): return "reverse:\(source).\(field)"
        case .count(let field): return "count:\(field)"
        case .tally(let value, let fields): return "tally:\(value):\(fields.joined(separator: ","))"
        }
    }
}

/// One named, typed field of a source.
package struct Field: Sendable {
    package let name: String
    package let type: FieldType
    package let isRequired: Bool
    package let description: String

    package init(name: String, type: FieldType, isRequired: Bool, description: String) {
        self.name = name
        self.type = type
        self.isRequired = isRequired
        self.description = description
    }
}
