#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A content hash of a dataset's files, so a record of a run can name the exact data and
/// the compiled cache (`StoreCache`) knows when it is stale.
///
/// `hash` is the SHA-256 of what `sha256sum` prints for every file of `schema/` and `data/`
/// (paths relative to the dataset folder, in byte order, links followed), cut to 12 hex
/// digits; the shell computes the same:
///
///     cd DIR && find -L schema data -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-12
package struct DatasetFingerprint: Sendable, Equatable {
    /// One regular file: its path relative to the dataset folder, size and SHA-256.
    package struct File: Sendable, Equatable {
        package let path: String
        package let size: Int
        package let digest: String
        /// What `stat` said of the file whose bytes were digested, when that is known.
        let identity: FileIdentity?

        init(path: String, size: Int, digest: String, identity: FileIdentity? = nil) {
            self.path = path
            self.size = size
            self.digest = digest
            self.identity = identity
        }
    }

    package let files: [File]
    /// The first 12 hex digits.
    package var hash: String { String(fullHash.prefix(12)) }
    package var fileCount: Int { files.count }
    /// All 64 hex digits; computed when asked (the cache key does not need it, and hashing
    /// the listing cost every start about half a million instructions).
    package var fullHash: String {
        let listing = files.map { $0.digest + "  " + $0.path + "\n" }.joined()
        return SHA256.hex(of: Array(listing.utf8))
    }

    static let folders = ["schema", "data"]

    /// How each file's content is digested.
    package enum Digest: Sendable {
        /// SHA-256, as `sha256sum` prints it: for `revq --version`, which anyone can check.
        case sha256
        /// A 128-bit digest of 8-byte words at about a tenth of SHA-256's cost, for the
        /// cache key read at every start. Each step is a bijection of the running value,
        /// so a change within one word always changes the digest; any other change escapes
        /// it with odds of about 2^-128 (accidents, not an attacker, are what it guards).
        case fast
    }

    init(files: [File]) {
        self.files = files
    }

    package init(directory: String, digest: Digest = .sha256) {
        self.init(directory: directory, digest: digest, known: [:])
    }

    /// `known`: files digested before, by path; one whose identity `stat` finds unchanged
    /// keeps its digest without being read (only `.fast` digests are kept so).
    init(directory: String, digest: Digest, known: [String: File]) {
        var reused = 0
        files = Self.listing(in: directory).map { entry in
            if let earlier = known[entry.path], let identity = earlier.identity, identity == entry.identity {
                reused += 1
                return earlier
            }
            // A file that cannot be read hashes as empty, as `revq --version` always has;
            // the loader reports it, and a store that failed to load is never cached.
            let path = directory + "/" + entry.path
            guard digest == .fast else {
                let bytes = (try? FileBytes.read(path)) ?? []
                return File(path: entry.path, size: bytes.count, digest: SHA256.hex(of: bytes))
            }
            let (bytes, identity) = (try? FileBytes.contentsAndIdentity(of: path)) ?? ([], nil)
            return File(path: entry.path, size: bytes.count, digest: Self.fastHex(of: bytes), identity: identity)
        }
        reusedCount = reused
    }

    /// How many files kept a known digest without being read.
    package private(set) var reusedCount = 0

    /// Two independent 64-bit word checksums side by side, as 32 hex digits.
    static func fastHex(of bytes: [UInt8]) -> String {
        let (first, second) = bytes.withUnsafeBytes { WordChecksum.sums($0) }
        var text: [UInt8] = []
        text.reserveCapacity(32)
        for word in [first, second] {
            for shift in stride(from: 60, through: 0, by: -4) {
                text.append(hexDigits[Int(word >> UInt64(shift) & 0xf)])
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The regular files under the dataset's folders, relative to `directory`, sorted by
    /// their bytes as `LC_ALL=C sort` sorts. Links are followed as `find -L` follows them,
    /// but each folder is walked once, by the first path to it in byte order: two links to
    /// `.` would otherwise make every start walk k^16 paths (`find -L` skips only a link
    /// back to an ancestor; revq also lists a folder reached by two paths once).
    package static func files(in directory: String) -> [String] {
        listing(in: directory).map(\.path)
    }

    /// `files(in:)` with what `stat` said of each.
    static func listing(in directory: String) -> [(path: String, identity: FileIdentity)] {
        var walk = FolderWalk()
        for folder in folders {
            walk.walk(directory + "/" + folder, relative: folder, depth: 0)
        }
        // Compared as byte arrays, and their positions sorted rather than the entries:
        // comparing the strings' UTF-8 views was slow, and moving the (path, identity) entries
        // about in the sort copied and released them at every step.
        return ByteOrder.sortedPositions(walk.files.map { Array($0.path.utf8) }).map { walk.files[$0] }
    }
}

/// A depth-first walk that remembers each folder it entered (device and inode), so its
/// time is linear in the real tree whatever links it holds.
private struct FolderWalk {
    /// Deep enough for any dataset.
    private static let depthLimit = 16

    private(set) var files: [(path: String, identity: FileIdentity)] = []
    /// Kept sorted, searched by halves: a `Set` cost the start 250 thousand instructions
    /// (hashing) for the review's six folders.
    private var visited: [FolderIdentity] = []

    private struct FolderIdentity: Comparable {
        let device: UInt64
        let inode: UInt64

        static func < (left: Self, right: Self) -> Bool {
            (left.device, left.inode) < (right.device, right.inode)
        }
    }

    /// Adds `identity`; false when it was there already.
    private mutating func insert(_ identity: FolderIdentity) -> Bool {
        var (low, high) = (0, visited.count)
        while low < high {
            let middle = (low + high) / 2
            if visited[middle] < identity { low = middle + 1 } else { high = middle }
        }
        guard low == visited.count || visited[low] != identity else { return false }
        visited.insert(identity, at: low)
        return true
    }

    mutating func walk(_ folder: String, relative: String, depth: Int) {
        var status = stat()
        guard depth < Self.depthLimit, let stream = opendir(folder) else { return }
        // Each entry is looked up in the open folder, not by its whole path again from the
        // root: the kernel's path walk was most of a start's system time in `stat`.
        let descriptor = dirfd(stream)
        guard fstat(descriptor, &status) == 0,
            insert(FolderIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)))
        else {
            closedir(stream)
            return
        }
        var subfolders: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            guard fstatat(descriptor, name, &status, 0) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFREG: files.append((relative + "/" + name, FileIdentity(status)))
            case S_IFDIR: subfolders.append(name)
            default: break
            }
        }
        closedir(stream)
        // In byte order, so which path reaches a folder first does not depend on readdir.
        for position in ByteOrder.sortedPositions(subfolders.map { Array($0.utf8) }) {
            let sub = subfolders[position]
            walk(folder + "/" + sub, relative: relative + "/" + sub, depth: depth + 1)
        }
    }
}
