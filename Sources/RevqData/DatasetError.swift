/// A problem in a dataset folder, naming the file, line, record and field it concerns.
///
///     data/findings.tsv:14: record 12, field 'confidence': 'moderatt' is not a value of
///     the vocabulary 'confidence' (svært lav, lav, moderat, høy)
public struct DatasetError: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let record: String?
    public let field: String?
    public let message: String

    public init(file: String, line: Int? = nil, record: String? = nil, field: String? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.record = record
        self.field = field
        self.message = message
    }

    public var description: String { "\(place): \(statement)" }

    /// The file and line it concerns: `data/findings.tsv:14`.
    public var place: String {
        line.map { "\(file):\($0)" } ?? file
    }

    /// What is wrong there, with the record and field it concerns.
    public var statement: String {
        var subject: [String] = []
        if let record { subject.append("record \(record)") }
        if let field { subject.append("field '\(field)'") }
        let prefix = subject.isEmpty ? "" : subject.joined(separator: ", ") + ": "
        return prefix + message
    }
}

/// Every problem found while loading, so that one run shows them all.
public struct DatasetErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [DatasetError]

    public var description: String {
        errors.map { "error: \($0)" }.joined(separator: "\n")
    }
}
