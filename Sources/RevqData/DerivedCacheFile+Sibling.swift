extension DerivedCacheFile {
    /// Another file derived from the same compiled dataset, filed under the same key: the
    /// name after the compiled file's replaced by `name`.
    ///
    ///     claims.sibling(named: "words").path   // "…/dataset-1f2e….store.words"
    package func sibling(named name: String) -> DerivedCacheFile {
        let base = path.lastIndex(of: ".").map { path[..<$0] } ?? path[...]
        return DerivedCacheFile(path: base + "." + name, folder: folder, key: key)
    }
}
