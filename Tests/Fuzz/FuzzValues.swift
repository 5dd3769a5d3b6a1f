import Foundation

@testable import RevqFuzz

/// libFuzzer target: the bundled review with a few of its cells replaced (huge and odd
/// numbers, -0, NaN-like words in number columns, very long cells, or the input's own
/// bytes), loaded as a dataset; when it loads, the changed fields are asked for in the
/// ways that convert numbers (aggregates, charts, sorting, grids), then the rest of the
/// bytes choose statements as the grammar target does. A refusal by the loader is an
/// answer; a crash (an `Int(Double)` of 1e308) is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzValues(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var choices = FuzzValues.Choices(bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    var files = FuzzValues.original
    var changed: [(source: String, field: String)] = []
    for _ in 0..<(1 + choices.pick(3)) {
        guard let edit = FuzzValues.edit(&files, choosing: &choices) else { continue }
        changed.append(edit)
    }
    FuzzValues.write(files)
    defer { FuzzValues.write(FuzzValues.original) }
    guard let store = try? DatasetLoader.load(directory: FuzzValues.folder) else { return 0 }
    let interpreter = Interpreter(store: store)
    for (source, field) in changed {
        for statement in FuzzValues.statements(source: source, field: field) {
            FuzzSupport.runAndRender(statement, on: interpreter)
        }
    }
    var generator = StatementGenerator(store: store, choices: choices.rest)
    for _ in 0..<2 { FuzzSupport.runAndRender(generator.statement(), on: interpreter) }
    return 0
}

enum FuzzValues {
    /// Cells that have broken, or could break, conversions between Int, Double and text.
    static let hostile = [
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "18446744073709551616",
        "1e308", "-1e308", "1.7976931348623157e308", "1e309", "4.9e-324", "1e-320", "-0", "-0.0", "0",
        "NaN", "nan", "-nan", "inf", "-Infinity", "Infinity", "0x10", "1_000", "1,5", "１２", "١٢٣", " 7", "7 ",
        "+5", "5.", ".5", "1e5", "99999999999999999999999999", "1" + String(repeating: "0", count: 400),
        String(repeating: "x", count: 70_000), String(repeating: "9", count: 5_000), "", "høy", "Ja", "a;b", "\"",
    ]

    /// The review's data files, each as lines of cells (header first), by file name.
    static let original: [String: [[String]]] = {
        var files: [String: [[String]]] = [:]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: FuzzSupport.datasetPath + "/data")) ?? []
        for name in names.sorted() where name.hasSuffix(".tsv") {
            guard let text = try? String(contentsOfFile: FuzzSupport.datasetPath + "/data/" + name, encoding: .utf8)
            else { continue }
            files[name] = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            }
        }
        return files
    }()
    static let fileNames = original.keys.sorted()

    /// A copy of the review (schema and data) that each input changes and puts back.
    static let folder: String = {
        let folder = NSTemporaryDirectory() + "revq-fuzz-values-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for part in ["schema", "data"] {
            try? FileManager.default.copyItem(atPath: FuzzSupport.datasetPath + "/" + part, toPath: folder + "/" + part)
        }
        return folder
    }()

    /// Replaces one cell of one file: a number-like field half the time, a hostile value or
    /// the input's next bytes.
    static func edit(_ files: inout [String: [[String]]], choosing choices: inout Choices) -> (
        source: String, field: String
    )? {
        let name = fileNames[choices.pick(fileNames.count)]
        guard var lines = files[name], lines.count > 1 else { return nil }
        let header = lines[0]
        let source = String(name.dropLast(4))
        let numeric = header.indices.filter { isNumeric(header[$0], of: source) }
        let column =
            choices.pick(2) == 0 && !numeric.isEmpty ? numeric[choices.pick(numeric.count)] : choices.pick(header.count)
        let row = 1 + choices.pick(lines.count - 1)
        guard column < lines[row].count else { return nil }
        lines[row][column] = choices.pick(4) == 0 ? choices.text() : hostile[choices.pick(hostile.count)]
        files[name] = lines
        return (source, header[column])
    }

    static func isNumeric(_ field: String, of source: String) -> Bool {
        guard let type = FuzzSupport.store.schema.source(named: source)?.field(named: field)?.type else { return false }
        switch type {
        case .integer, .number: return true
        default: return false
        }
    }

    static func write(_ files: [String: [[String]]]) {
        for (name, lines) in files {
            let text = lines.map { $0.joined(separator: "\t") }.joined(separator: "\n")
            _ = FileManager.default.createFile(atPath: folder + "/data/" + name, contents: Data(text.utf8))
        }
    }

    /// The statements that convert a field's values: every aggregate, charts, sort, grid; the
    /// views only over a changed finding (they read nothing else, and cost most).
    static func statements(source: String, field: String) -> [String] {
        let f = "\"\(field)\""
        return [
            "count \(source) show min(\(f)), max(\(f))", "count \(source) show sum(\(f))",
            "count \(source) show avg(\(f))",
            "count \(source) show median(\(f))", "count \(source) by \(f) show count, percent, count(distinct \(f))",
            "chart count \(source) by \(f)", "chart count \(source) show max(\(f))",
            "chart count \(source) show sum(\(f))",
            "chart count \(source) by \(f) show avg(\(f))", "chart stacked count \(source) by \(f), \(f)",
            "\(source) sort by \(f) desc limit 2 with ties show \(f)", "\(source) where \(f) > 0 show \(f)",
            "grid \(source)",
        ] + (source == "findings" ? ["profile", "soqf", "check"] : [])
    }

    /// The input's bytes as a stream of choices.
    struct Choices {
        let bytes: [UInt8]
        var position = 0

        mutating func pick(_ count: Int) -> Int {
            guard count > 1, position < bytes.count else { return 0 }
            defer { position += 1 }
            return Int(bytes[position]) % count
        }

        /// Up to 64 of the next bytes as text (any bytes: the loader must cope).
        mutating func text() -> String {
            let length = min(pick(65), bytes.count - position)
            defer { position += length }
            return String(decoding: bytes[position..<position + length], as: UTF8.self)
        }

        var rest: ArraySlice<UInt8> { bytes[min(position, bytes.count)...] }
    }
}
