/// A problem in a dataset folder, naming the file, line, record and field it concerns.
///
///     data/findings.tsv:14: record 12, field 'confidence': 'moderatt' is not a value of
///     the vocabulary 'confidence' (svært lav, lav, moderat, høy)
package struct DatasetError: Error, Hashable, Sendable, CustomStringConvertible {
    package let file: String
    package let line: Int?
    package let record: String?
    package let field: String?
    package let message: String

    package init(file: String, line: Int? = nil, record: String? = nil, field: String? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.record = record
        self.field = field
        self.message = message
    }

    package var description: String { "\(place): \(statement)" }

    /// The file and line it concerns: `data/findings.tsv:14`.
    package var place: String {
        line.map { "\(file):\($0)" } ?? file
    }

    /// What is wrong there, with the record and field it concerns.
    package var statement: String {
        var subject: [String] = []
        if let record { subject.append("record \(record)") }
        if let field { subject.append("field '\(field)'") }
        let prefix = subject.isEmpty ? "" : subject.joined(separator: ", ") + ": "
        return prefix + message
    }
}

/// Every problem found while loading, so that one run shows them all.
package struct DatasetErrors: Error, Sendable, CustomStringConvertible {
    package let errors: [DatasetError]

    package var description: String {
        errors.map { "error: \($0)" }.joined(separator: "\n")
    }
}
