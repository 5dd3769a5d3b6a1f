/// Every file the loader reads goes through here, so the compiled cache can be keyed by
/// the bytes that were parsed, not by what the files held a moment before or after
/// (a file replaced A → B → A while it loads would otherwise file B's store under A's key).
///
///     let reads = DatasetReads(directory: "Datasets/review", digesting: true)
///     let store = try DatasetLoader.load(reads: reads)
///     reads.files["data/findings.tsv"]   // its size and fast digest, of the bytes parsed
package final class DatasetReads {
    /// Reads one file, given its full path. Tests put a seam here to change files between reads.
    package typealias Reader = (String) throws(DatasetError) -> [UInt8]

    package let directory: String
    private let digesting: Bool
    /// Nil: the loader's own reads, which also note each file's identity.
    private let reader: Reader?
    /// Each file read, by its path relative to `directory`, with what its bytes were.
    package private(set) var files: [String: DatasetFingerprint.File] = [:]
    /// Optional files the loader looked for and did not find; a store built without them
    /// stands only for a dataset that still lacks them.
    package private(set) var absent: Set<String> = []

    /// `digesting`: record each file's fast digest (the cache needs it; a load without a
    /// cache does not pay for it).
    package init(directory: String, digesting: Bool = false, reader: Reader? = nil) {
        self.directory = directory
        self.digesting = digesting
        self.reader = reader
    }

    /// The full path of `relative`, as messages name it.
    func path(_ relative: String) -> String {
        directory + "/" + relative
    }

    func read(_ relative: String) throws(DatasetError) -> [UInt8] {
        let (bytes, identity) =
            if let reader { (try reader(path(relative)), nil as FileIdentity?) } else {
                digesting ? try FileBytes.readIdentified(path(relative)) : (try FileBytes.read(path(relative)), nil)
            }
        if digesting {
            files[relative] = DatasetFingerprint.File(
                path: relative, size: bytes.count, digest: DatasetFingerprint.fastHex(of: bytes), identity: identity)
        }
        return bytes
    }

    /// The TSV file at `relative`, parsed from the bytes recorded for it.
    func readTSV(_ relative: String) throws(DatasetError) -> TSVFile {
        try TSVFile.parse(read(relative), path: path(relative))
    }

    /// Whether an optional file is there; its absence is recorded.
    func exists(_ relative: String) -> Bool {
        guard FileBytes.exists(path(relative)) else {
            absent.insert(relative)
            return false
        }
        return true
    }
}
