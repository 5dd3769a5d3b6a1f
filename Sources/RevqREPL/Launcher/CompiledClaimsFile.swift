import RevqData
import RevqEngine

/// The claims' checks, compiled by the engine, are kept in a file beside the compiled
/// dataset they ran on (`StoreCache.loadWithDerived`).
extension DerivedCacheFile: CompiledClaimsStorage {}
