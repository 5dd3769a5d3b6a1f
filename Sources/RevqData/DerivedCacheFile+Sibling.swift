extension DerivedCacheFile {
    /// Another file derived from the same compiled dataset, filed under the same key: the
    /// name after the compiled file's replaced by `name`.
    ///
    ///     claims.sibling(named: "words").path   // "…/dataset-1f2e….store.words"
    package func sibling(named name: String) -> DerivedCacheFile {
        // By UTF-8 bytes: a search by Character breaks the whole path into graphemes at every start.
        let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")) ?? path.utf8.endIndex
        return DerivedCacheFile(path: String(path[..<dot]) + "." + name, folder: folder, key: key)
    }
}
