import RevqCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Loads a dataset through its compiled form in a cache folder: reused while every file
/// of the dataset is unchanged, rebuilt from the TSV files otherwise.
///
/// The cache is never trusted: a file whose key (the 128-bit fast digest of every dataset
/// file's path, size and 128-bit content digest, `DatasetFingerprint.Digest.fast`, with the format
/// version and revq's version), length, checksum or contents
/// do not check out counts as absent. It is written only from a store that loaded and
/// validated, under the key of the very bytes the loader parsed (`DatasetReads`): however
/// the files change while they are read, a store is never filed under another content's
/// key. Each file's identity (`FileIdentity`) is kept beside its digest, so a later start
/// digests only the files whose `stat` changed. A cache folder that cannot be written is
/// passed over in silence: the cache only saves time.
///
///     let store = try StoreCache(folder: "/home/ann/.cache/revq", toolVersion: "0.1.0")
///         .load(directory: "Datasets/review")
package struct StoreCache: Sendable {
    package let folder: String
    package let toolVersion: String
    /// How long a file must have stood unchanged before its identity may stand for its
    /// digest (`FileIdentity.isSettled`); tests lower it, as their files are minutes old.
    package var settledAfterSeconds: Int64 = 2

    package init(folder: String, toolVersion: String) {
        self.folder = folder
        self.toolVersion = toolVersion
    }

    /// What the last `load` did, for tests and benchmarks.
    package enum Outcome: Sendable, Equatable {
        case reused, written, notWritten
    }

    package func load(directory: String) throws(DatasetErrors) -> Store {
        try loadReporting(directory: directory).store
    }

    /// `reader` reads each dataset file for the loader (tests change files between reads).
    package func loadReporting(directory: String, reader: DatasetReads.Reader? = nil) throws(DatasetErrors) -> (
        store: Store, outcome: Outcome
    ) {
        let loaded = try loadKeyed(directory: directory, reader: reader)
        return (loaded.store, loaded.outcome)
    }

    /// The store with what is derived from it kept beside it (`DerivedCacheFile` named
    /// `name`): nil where the store has no compiled file to go with.
    package func loadWithDerived(directory: String, name: String) throws(DatasetErrors) -> (
        store: Store, derived: DerivedCacheFile?
    ) {
        let loaded = try loadKeyed(directory: directory, reader: nil)
        guard let key = loaded.key, let path = cacheFile(for: directory) else { return (loaded.store, nil) }
        var derived = DerivedCacheFile(path: path + "." + name, folder: folder, key: key)
        derived.storeCompiledNow = loaded.outcome == .written
        return (loaded.store, derived)
    }

    /// The store, what was done, and the key its compiled file is filed under (nil when none is).
    private func loadKeyed(directory: String, reader: DatasetReads.Reader?) throws(DatasetErrors) -> (
        store: Store, outcome: Outcome, key: String?
    ) {
        guard let path = cacheFile(for: directory) else {
            return (try DatasetLoader.load(directory: directory), .notWritten, nil)
        }
        let cached = CompiledBytes.map(path)
        let (fingerprint, key) = currentKey(of: directory, cached: cached)
        if let cached,
            let store = StoreEncoding.decode(
                cached, key: key, fallback: TSVFallback(cache: self, directory: directory).table)
        {
            noteSettledFiles(of: fingerprint, in: cached, at: path)
            return (store, .reused, key)
        }
        return try rebuild(directory: directory, path: path, listing: fingerprint, reader: reader)
    }

    /// The store from the TSV files, its compiled file written anew.
    fileprivate func rebuild(
        directory: String, path: String, listing fingerprint: DatasetFingerprint,
        reader: DatasetReads.Reader?
    ) throws(DatasetErrors) -> (store: Store, outcome: Outcome, key: String?) {
        let reads = DatasetReads(directory: directory, digesting: true, reader: reader)
        // Throws for a dataset with any problem: nothing unvalidated is ever written.
        let store = try DatasetLoader.load(reads: reads)
        guard let (readKey, files) = Self.key(of: reads, listing: fingerprint, toolVersion: toolVersion),
            CacheFile.replace(path, in: folder, with: StoreEncoding.encode(store, key: readKey, files: settled(files)))
        else { return (store, .notWritten, nil) }
        return (store, .written, readKey)
    }

    /// A compiled file written while its dataset's files were new notes none of them; once
    /// they have settled, the next start that reads and digests them (and so found the key
    /// they make) notes them, once, so the starts after it need not read them again.
    private func noteSettledFiles(of fingerprint: DatasetFingerprint, in cached: CompiledBytes, at path: String) {
        let noted = settled(fingerprint.files)
        guard noted.count > fingerprint.reusedCount,
            let bytes = StoreEncoding.replacingIdentities(in: cached.array, with: noted)
        else { return }
        _ = CacheFile.replace(path, in: folder, with: bytes)
    }

    /// The files whose identity may stand for their digest at later starts: those the
    /// loader read, unchanged while it read them, and not changed just before.
    private func settled(_ files: [DatasetFingerprint.File]) -> [DatasetFingerprint.File] {
        let now = FileIdentity.now()
        return files.filter { $0.identity?.isSettled(before: now, by: settledAfterSeconds) == true }
    }

    /// One file per dataset folder (named by a hash of its real path), so a changed
    /// dataset replaces its cache rather than adding another.
    package func cacheFile(for directory: String) -> String? {
        guard let resolved = realpath(directory, nil) else { return nil }
        defer { free(resolved) }
        let name = SHA256.hex(of: Array(String(cString: resolved).utf8)).prefix(16)
        return folder + "/dataset-\(name).store"
    }

    /// The 128-bit fast digest (`DatasetFingerprint.fastHex`) of everything the store depends
    /// on: each file's path, size and fast digest, the format and revq's version, as 32 hex
    /// digits. Like the files' digests it guards against accidents, not an attacker, and
    /// costs a fiftieth of the SHA-256 it replaced.
    static func key(_ fingerprint: DatasetFingerprint, toolVersion: String) -> String {
        var material = Array("revq compiled dataset\nformat \(StoreEncoding.formatVersion)\nrevq \(toolVersion)\n".utf8)
        material.reserveCapacity(material.count + fingerprint.files.count * 96)
        for file in fingerprint.files {
            material += String(file.size).utf8
            material.append(UInt8(ascii: " "))
            material += file.digest.utf8
            material.append(UInt8(ascii: " "))
            material += file.path.utf8
            material.append(UInt8(ascii: "\n"))
        }
        return DatasetFingerprint.fastHex(of: material)
    }

    /// The key of what the loader parsed: the listing's paths (a later start digests the
    /// same listing), each with the size and digest of the bytes the loader read, or, for a
    /// file the store does not depend on, of the bytes the listing read. Nil when the
    /// listing does not stand for the store's input: a file read that it lacks (a source
    /// named `../x`, a file removed meanwhile), or a file found absent that it holds.
    static func key(of reads: DatasetReads, listing: DatasetFingerprint, toolVersion: String) -> (
        key: String, files: [DatasetFingerprint.File]
    )? {
        let listed = Set(listing.files.map(\.path))
        guard reads.files.keys.allSatisfy(listed.contains), reads.absent.isDisjoint(with: listed) else { return nil }
        let files = listing.files.map { reads.files[$0.path] ?? $0 }
        return (key(DatasetFingerprint(files: files), toolVersion: toolVersion), files)
    }

    /// The store in the cache for `directory` if it is whole and current, without loading
    /// the TSV files otherwise.
    package func cachedStore(directory: String) -> Store? {
        guard let path = cacheFile(for: directory), let cached = CompiledBytes.map(path) else { return nil }
        return StoreEncoding.decode(
            cached, key: currentKey(of: directory, cached: cached).key,
            fallback: TSVFallback(cache: self, directory: directory).table)
    }

    /// The dataset's files as they are now, and the key a cache of them is stored under.
    /// A file the compiled file `cached` names with the identity it still has keeps the
    /// digest noted there, unread; every other file is read and digested.
    func currentKey(of directory: String, cached: [UInt8]) -> (fingerprint: DatasetFingerprint, key: String) {
        currentKey(of: directory, cached: CompiledBytes(cached))
    }

    func currentKey(of directory: String, cached: CompiledBytes?) -> (fingerprint: DatasetFingerprint, key: String) {
        let known = cached.map { StoreEncoding.identities(in: $0.raw) } ?? [:]
        let fingerprint = DatasetFingerprint(directory: directory, digest: .fast, known: known)
        return (fingerprint, Self.key(fingerprint, toolVersion: toolVersion))
    }
}

/// Where a table of a compiled file that fails its checks when first used comes from:
/// the dataset loaded from its TSV files (once, however many tables fail), with the
/// compiled file written anew for the next start. The key matched at open, so the files
/// hold what the compiled file was made from; were they changed meanwhile so that they no
/// longer load, revq stops with the loader's message rather than answer from damaged bytes.
final class TSVFallback: Sendable {
    private let cache: StoreCache
    private let directory: String
    private let loaded = Mutex<Store?>(nil)

    init(cache: StoreCache, directory: String) {
        self.cache = cache
        self.directory = directory
    }

    @Sendable func table(_ index: Int) -> Table {
        loaded.withLock { loaded in
            if loaded == nil { loaded = load() }
            return loaded!.table(at: index)
        }
    }

    private func load() -> Store {
        do {
            guard let path = cache.cacheFile(for: directory) else {
                return try DatasetLoader.load(directory: directory)
            }
            let listing = cache.currentKey(of: directory, cached: nil).fingerprint
            return try cache.rebuild(directory: directory, path: path, listing: listing, reader: nil).store
        } catch {
            let message = Array(
                "revq: the compiled dataset was damaged, and \(directory) no longer loads:\n\(error)\n".utf8)
            _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            exit(1)
        }
    }
}

/// Writing the compiled file: whole or not at all, and never over anything revq did not write.
enum CacheFile {
    /// Writes `bytes` to a temporary file of its own in `folder` and renames it over
    /// `path`; false, leaving everything as it was, when any step fails.
    static func replace(_ path: String, in folder: String, with bytes: [UInt8], magic: [UInt8] = StoreEncoding.magic)
        -> Bool
    {
        guard makeFolders(folder), isReplaceable(path, magic: magic) else { return false }
        var random = SystemRandomNumberGenerator()
        let temporary = folder + "/.dataset-\(getpid())-\(String(random.next() as UInt64, radix: 16)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return false }
        let written = writeAll(descriptor, bytes)
        guard close(descriptor) == 0, written, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// Nothing there, or a regular file (not a link) that begins as a compiled file does
    /// (with `magic`): a folder, link, FIFO or someone's file of the same name is left alone.
    static func isReplaceable(_ path: String, magic: [UInt8] = StoreEncoding.magic) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return errno == ENOENT }
        guard status.st_mode & S_IFMT == S_IFREG else { return false }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var start = [UInt8](repeating: 0, count: magic.count)
        let count = start.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        // A file cut short (even to nothing) is one revq was writing; it began the same.
        return count >= 0 && start[..<count].elementsEqual(magic[..<count])
    }

    /// `mkdir -p`, the new folders private to the user.
    static func makeFolders(_ folder: String) -> Bool {
        var status = stat()
        if stat(folder, &status) == 0 { return status.st_mode & S_IFMT == S_IFDIR }
        guard let slash = folder.lastIndex(of: "/"), slash != folder.startIndex else { return false }
        guard makeFolders(String(folder[..<slash])) else { return false }
        return mkdir(folder, 0o700) == 0 || errno == EEXIST
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let count = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
    }
}
