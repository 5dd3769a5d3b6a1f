/// One file in revq's TSV dialect (see Datasets/README.md): a header, then rows of cells
/// still in their escaped form, each with its 1-based line number.
struct TSVFile {
    struct Row {
        let line: Int
        let cells: [String]
    }

    let path: String
    let header: [String]
    let rows: [Row]

    static func read(_ path: String) throws(DatasetError) -> TSVFile {
        try parse(FileBytes.read(path), path: path)
    }

    static func parse(_ bytes: [UInt8], path: String) throws(DatasetError) -> TSVFile {
        var header: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let content = line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
            if content.isEmpty || content.first == UInt8(ascii: "#") { continue }
            guard let text = String(validating: content, as: UTF8.self) else {
                throw DatasetError(file: path, line: lineNumber, "the line is not valid UTF-8")
            }
            let cells = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if header == nil {
                header = cells
            } else {
                rows.append(Row(line: lineNumber, cells: cells))
            }
        }
        guard let header else { throw DatasetError(file: path, "the file has no header line") }
        return TSVFile(path: path, header: header, rows: rows)
    }
}

/// The escapes of the TSV dialect: `\t`, `\n`, `\\` and, inside lists, `\|`.
enum TSVEscapes {
    static func unescape(_ cell: some StringProtocol) -> String {
        guard cell.contains("\\") else { return String(cell) }
        var result = ""
        var escaping = false
        for character in cell {
            if escaping {
                switch character {
                case "t": result.append("\t")
                case "n": result.append("\n")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The elements of a list cell, split at every `|` that is not escaped.
    static func splitList(_ cell: String) -> [String] {
        guard !cell.isEmpty else { return [] }
        var elements: [String] = []
        var current = ""
        var escaping = false
        for character in cell {
            if escaping {
                current.append("\\")
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "|" {
                elements.append(unescape(current))
                current = ""
            } else {
                current.append(character)
            }
        }
        elements.append(unescape(current))
        return elements
    }
}
