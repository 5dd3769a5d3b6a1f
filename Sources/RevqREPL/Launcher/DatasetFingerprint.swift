import Foundation

/// A short content hash of a dataset's files, so a record of a run can name the exact data.
///
/// It is the SHA-256 of what `sha256sum` prints for every file of `schema/` and `data/`
/// (paths relative to the dataset folder, in byte order), cut to 12 hex digits; the shell
/// computes the same:
///
///     cd DIR && find -L schema data -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-12
struct DatasetFingerprint: Sendable, Equatable {
    /// The first 12 hex digits.
    let hash: String
    let fileCount: Int

    static let folders = ["schema", "data"]

    init(directory: String) {
        let paths = Self.files(in: directory)
        let listing = paths.map { path in
            let bytes = FileManager.default.contents(atPath: directory + "/" + path).map { [UInt8]($0) } ?? []
            return SHA256.hex(of: bytes) + "  " + path + "\n"
        }.joined()
        hash = String(SHA256.hex(of: Array(listing.utf8)).prefix(12))
        fileCount = paths.count
    }

    /// The regular files under the dataset's folders, relative to `directory`, sorted by
    /// their bytes as `LC_ALL=C sort` sorts.
    static func files(in directory: String) -> [String] {
        var paths: [String] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(atPath: directory + "/" + folder) else { continue }
            while let relative = walker.nextObject() as? String {
                var isFolder: ObjCBool = false
                let path = folder + "/" + relative
                if FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                    paths.append(path)
                }
            }
        }
        return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
