/// Where the word indexes are kept between runs: beside the compiled dataset they were built
/// from (the REPL gives `DerivedCacheFile`, which checks its key and checksum), or nowhere
/// (tests, no cache).
package protocol WordIndexStorage: Sendable {
    func read() -> [UInt8]?
    @discardableResult func write(_ payload: [UInt8]) -> Bool
}

/// The word indexes of a dataset's sources kept in one `WordIndexStorage`: read once, on the
/// first `~`, each index decoded only when a statement needs it; an index built here is
/// added and the whole set written again, so the next start finds it.
///
/// The bytes are sections, each an index's name (`findings 3` for a field's, `findings *`
/// for every text field's) and its `WordIndexEncoding`; sections that do not read count
/// as absent. Only the dataset's own sources are kept: a computed source (`audit`) is
/// built by each start anew.
///
///     let stored = StoredWordIndexes(storage: file, sources: ["findings"])
///     stored.index(named: "findings *", rowCount: 33)   // nil until one is added
final class StoredWordIndexes {
    static let magic = Array("revq word indexes 1\n".utf8)
    private let storage: any WordIndexStorage
    let sources: Set<String>
    /// Each section's bytes by name; nil until first read.
    private var sections: [String: ArraySlice<UInt8>]?

    init(storage: any WordIndexStorage, sources: Set<String>) {
        self.storage = storage
        self.sources = sources
    }

    /// The index of `name` as stored, or nil.
    func index(named name: String, rowCount: Int) -> WordIndex? {
        guard let bytes = loaded()[name] else { return nil }
        return WordIndexEncoding.decode(bytes, rowCount: rowCount)
    }

    /// Keeps `index` under `name` with the others, and writes them all.
    func add(_ index: WordIndex, named name: String) {
        guard let bytes = WordIndexEncoding.encode(index) else { return }
        var all = loaded()
        all[name] = bytes[...]
        sections = all
        storage.write(Self.encode(all))
    }

    private func loaded() -> [String: ArraySlice<UInt8>] {
        if let sections { return sections }
        let read = storage.read().flatMap(Self.decode) ?? [:]
        sections = read
        return read
    }

    /// The magic, then per section: its name, a newline, its length in decimal, a newline
    /// and its bytes; in order of name, so the same indexes give the same file.
    static func encode(_ sections: [String: ArraySlice<UInt8>]) -> [UInt8] {
        var bytes = magic
        for name in sections.keys.sorted() {
            let section = sections[name]!
            bytes += Array("\(name)\n\(section.count)\n".utf8)
            bytes += section
        }
        return bytes
    }

    /// The sections of bytes `encode` wrote; nil for any other bytes.
    static func decode(_ bytes: [UInt8]) -> [String: ArraySlice<UInt8>]? {
        guard bytes.starts(with: magic) else { return nil }
        var sections: [String: ArraySlice<UInt8>] = [:]
        var offset = magic.count
        while offset < bytes.count {
            guard let nameEnd = bytes[offset...].firstIndex(of: 0x0A),
                let lengthEnd = bytes[(nameEnd + 1)...].firstIndex(of: 0x0A),
                let length = Int(String(decoding: bytes[(nameEnd + 1)..<lengthEnd], as: UTF8.self)),
                length >= 0, length <= bytes.count - (lengthEnd + 1)
            else { return nil }
            let name = String(decoding: bytes[offset..<nameEnd], as: UTF8.self)
            sections[name] = bytes[(lengthEnd + 1)..<(lengthEnd + 1 + length)]
            offset = lengthEnd + 1 + length
        }
        return sections
    }
}
