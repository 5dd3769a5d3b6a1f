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

    /// Splits on bytes, not Characters: grapheme breaking over the whole review would
    /// cost more than everything else revq does at start-up.
    ///
    /// Every line ends with a line end: a file cut short inside its last cell would
    /// otherwise load that cell cut, and nothing else in the file could show it.
    static func parse(_ bytes: [UInt8], path: String) throws(DatasetError) -> TSVFile {
        if let last = bytes.last, last != UInt8(ascii: "\n") {
            let line = bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            throw DatasetError(
                file: path, line: line,
                "the file ends inside this line, with no line end: it may be cut short (every line of a dataset file ends with a line end)"
            )
        }
        if bytes.starts(with: byteOrderMark) {
            throw DatasetError(
                file: path, line: 1,
                "the file starts with a byte order mark (U+FEFF); dataset files are UTF-8 without one: remove its first three bytes"
            )
        }
        var header: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let content = line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
            if content.isEmpty || content.first == UInt8(ascii: "#") { continue }
            var cells: [String] = []
            for cell in content.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false) {
                guard let text = String(validating: cell, as: UTF8.self) else {
                    throw DatasetError(file: path, line: lineNumber, "the line is not valid UTF-8")
                }
                cells.append(text)
            }
            if header == nil {
                header = cells
            } else {
                rows.append(Row(line: lineNumber, cells: cells))
            }
        }
        guard let header else { throw DatasetError(file: path, "the file has no header line") }
        return TSVFile(path: path, header: header, rows: rows)
    }

    /// U+FEFF in UTF-8, which some editors put before the first line.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
