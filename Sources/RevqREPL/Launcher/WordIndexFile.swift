import RevqData
import RevqEngine

/// The word indexes of `~` are kept in a file beside the compiled dataset they were built
/// from (`StoreCache.loadWithDerived`, `DerivedCacheFile.sibling(named:)`).
extension DerivedCacheFile: WordIndexStorage {}
