extension Interpreter {
    /// Keeps the word indexes of the dataset's sources in `storage` between runs, so a
    /// `~` reads its index rather than stemming every word of the texts again.
    ///
    ///     interpreter.keepWordIndexes(in: derivedFile)   // the REPL's, beside the compiled dataset
    package func keepWordIndexes(in storage: any WordIndexStorage) {
        // A computed source (`audit`) is not among the files the storage's key stands for.
        let computed = Set(store.computedTableNames)
        catalog.storedWords = StoredWordIndexes(storage: storage, sources: Set(store.tableNames).subtracting(computed))
    }
}
