import Foundation

@testable import RevqFuzz

/// libFuzzer target: a dataset folder built from the bytes, then loaded. The input is
/// files separated by NUL bytes: the first part lists their paths, one a line (each under
/// `schema/` or `data/`), the others are their contents in that order. A message about
/// the dataset is expected; a crash is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzDataset(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let parts = UnsafeBufferPointer(start: data, count: size).split(separator: 0, omittingEmptySubsequences: false)
    guard let manifest = parts.first else { return 0 }
    let names = String(decoding: manifest, as: UTF8.self).split(separator: "\n").map(String.init)
    let folder = FuzzDataset.freshFolder()
    for (name, contents) in zip(names, parts.dropFirst()) where FuzzDataset.isSafe(name) {
        let path = folder + "/" + name
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(contents))
    }
    _ = try? DatasetLoader.load(directory: folder)
    return 0
}

enum FuzzDataset {
    static let root = NSTemporaryDirectory() + "revq-fuzz-dataset-\(getpid())"

    static func freshFolder() -> String {
        try? FileManager.default.removeItem(atPath: root)
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return root
    }

    /// Only plain relative paths under schema/ or data/: the fuzzer must not write elsewhere.
    static func isSafe(_ name: String) -> Bool {
        (name.hasPrefix("schema/") || name.hasPrefix("data/")) && !name.contains("..")
            && name.utf8.allSatisfy {
                (0x2D...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x5F
            }
    }
}
