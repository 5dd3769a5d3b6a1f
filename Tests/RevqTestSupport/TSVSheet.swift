import Foundation
import Testing

/// A TSV file of the dataset dialect (Datasets/README.md) as the tests read it: their own
/// reader, apart from RevqData's loader, so that the tests check the loader rather than
/// trust it.
///
///     let studies = TSVSheet.data("studies")
///     studies.record(withKey: "oye-2018")?["label"]      // "Øye 2018"
///     studies.record(withKey: "oye-2018")?.list("aliases")
package struct TSVSheet: Sendable {
    package struct Record: Sendable {
        /// The record's 1-based line in its file.
        package let line: Int
        /// Each field's cell with its escapes undone.
        package let values: [String: String]
        /// Each field's cell as written, escapes and all (`list` must see which `|` are escaped).
        package let written: [String: String]

        /// The cell unescaped; empty when unknown.
        package subscript(field: String) -> String { values[field] ?? "" }

        /// The elements of a set or to-many cell: split at every `|` that is not escaped.
        package func list(_ field: String) -> [String] { TSVSheet.splitList(written[field] ?? "") }
    }

    /// A file the dialect cannot read, with the place: `data/studies.tsv:7: 3 cells, the header has 4`.
    package struct Malformed: Error, CustomStringConvertible {
        package let path: String
        package let line: Int
        package let problem: String
        package var description: String { "\(path):\(line): \(problem)" }
    }

    package let path: String
    package let header: [String]
    package let records: [Record]

    /// Reads `path`; an unreadable file or a row with the wrong number of cells throws.
    package init(path: String) throws(Malformed) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Malformed(path: path, line: 0, problem: "cannot read the file as UTF-8")
        }
        try self.init(parsing: text, path: path)
    }

    /// Blank lines and `#` comment lines are skipped; the first other line is the header.
    package init(parsing text: String, path: String) throws(Malformed) {
        var header: [String]?
        var records: [Record] = []
        // Split by Unicode scalars: "\r\n" is one Character, which no "\n" would match.
        for (index, rawLine) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine[...]
            if line.isEmpty || line.first == "#" { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String(String.UnicodeScalarView($0))
            }
            guard let names = header else {
                header = cells
                continue
            }
            guard cells.count == names.count else {
                throw Malformed(
                    path: path, line: index + 1, problem: "\(cells.count) cells, the header has \(names.count)")
            }
            records.append(
                Record(
                    line: index + 1,
                    values: Dictionary(
                        zip(names, cells.map(TSVSheet.unescape)), uniquingKeysWith: { first, _ in first }),
                    written: Dictionary(zip(names, cells), uniquingKeysWith: { first, _ in first })))
        }
        guard let header else { throw Malformed(path: path, line: 0, problem: "no header line") }
        self.path = path
        self.header = header
        self.records = records
    }

    /// Reads `path` inside a test: a malformed file fails the test that reads it, naming
    /// file and line, and reads as empty.
    package static func reading(_ path: String) -> TSVSheet {
        do {
            return try TSVSheet(path: path)
        } catch {
            Issue.record(Comment(rawValue: error.description))
            return TSVSheet(path: path, header: [], records: [])
        }
    }

    /// A file of the bundled review by its path inside the dataset folder (`"schema/vocabularies/concern.tsv"`).
    package static func bundled(_ relativePath: String) -> TSVSheet {
        reading(RepositoryPaths.bundledDataset + "/" + relativePath)
    }

    /// `data/SOURCE.tsv` of the bundled review.
    package static func data(_ source: String) -> TSVSheet { bundled("data/\(source).tsv") }

    /// `curated/NAME.tsv` of the bundled review.
    package static func curated(_ name: String) -> TSVSheet { bundled("curated/\(name).tsv") }

    private init(path: String, header: [String], records: [Record]) {
        self.path = path
        self.header = header
        self.records = records
    }

    /// The first record whose `field` is `key`.
    package func record(withKey key: String, field: String = "id") -> Record? {
        records.first { $0[field] == key }
    }

    /// Undoes the dialect's escapes: `\t` `\n` `\r` are TAB, newline and carriage return; a
    /// backslash before anything else (`\\`, `\|`) stands for that character. Read by
    /// Unicode scalars, since a backslash and a combining accent make one Character.
    package static func unescape(_ cell: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        var escaping = false
        for scalar in cell.unicodeScalars {
            if escaping {
                switch scalar {
                case "t": result.append("\t")
                case "n": result.append("\n")
                case "r": result.append("\r")
                default: result.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The elements of a list cell as written, split at every unescaped `|`, each unescaped.
    package static func splitList(_ cell: String) -> [String] {
        guard !cell.isEmpty else { return [] }
        var elements: [String] = []
        var current = String.UnicodeScalarView()
        var escaping = false
        for scalar in cell.unicodeScalars {
            if escaping {
                current.append(contentsOf: ["\\", scalar])
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else if scalar == "|" {
                elements.append(unescape(String(current)))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        elements.append(unescape(String(current)))
        return elements
    }
}
