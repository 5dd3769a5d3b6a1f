import Foundation
import RevqCore
import RevqData

/// The bundled dataset reduced to some sources and those they relate to, loaded by the real
/// loader, so a test of one source is not failed (or passed) by the state of an unrelated one.
///
///     let store = try DatasetSubset.load(["outcomes"])   // outcomes, studies and what studies relates to
package enum DatasetSubset {
    package static func load(_ names: [String], from root: String = RepositoryPaths.bundledDataset) throws -> Store {
        let fileManager = FileManager.default
        let keep = try closure(of: names, root: root)
        let copy = fileManager.temporaryDirectory.appendingPathComponent("revq-subset-\(UUID().uuidString)").path
        defer { try? fileManager.removeItem(atPath: copy) }
        for folder in ["schema/fields", "schema/vocabularies", "data"] {
            try fileManager.createDirectory(atPath: "\(copy)/\(folder)", withIntermediateDirectories: true)
        }
        let sources = try String(contentsOfFile: "\(root)/schema/sources.tsv", encoding: .utf8)
            .split(separator: "\n").filter { $0.hasPrefix("name\t") || keep.contains(firstCell($0)) }
        try (sources.joined(separator: "\n") + "\n").write(
            toFile: "\(copy)/schema/sources.tsv", atomically: true, encoding: .utf8)
        for name in keep {
            try fileManager.copyItem(
                atPath: "\(root)/schema/fields/\(name).tsv", toPath: "\(copy)/schema/fields/\(name).tsv")
            try fileManager.copyItem(atPath: "\(root)/data/\(name).tsv", toPath: "\(copy)/data/\(name).tsv")
        }
        for vocabulary in try fileManager.contentsOfDirectory(atPath: "\(root)/schema/vocabularies") {
            try fileManager.copyItem(
                atPath: "\(root)/schema/vocabularies/\(vocabulary)", toPath: "\(copy)/schema/vocabularies/\(vocabulary)"
            )
        }
        return try DatasetLoader.load(directory: copy)
    }

    /// `names` and every source reachable from them through ref, refs and reverse fields.
    static func closure(of names: [String], root: String) throws -> Set<String> {
        var keep = Set(names)
        var queue = names
        while let name = queue.popLast() {
            let fields = try String(contentsOfFile: "\(root)/schema/fields/\(name).tsv", encoding: .utf8)
            for line in fields.split(separator: "\n").dropFirst() where !line.hasPrefix("#") {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard cells.count > 1, let colon = cells[1].firstIndex(of: ":"),
                    ["ref", "refs", "reverse"].contains(String(cells[1][..<colon]))
                else { continue }
                let target = String(cells[1][cells[1].index(after: colon)...].prefix { $0 != "." })
                if keep.insert(target).inserted { queue.append(target) }
            }
        }
        return keep
    }

    private static func firstCell(_ line: Substring) -> String {
        String(line.prefix { $0 != "\t" })
    }
}
