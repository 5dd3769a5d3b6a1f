import RevqData
import RevqReview

/// The claims' checks, compiled by the review, are kept in a file beside the compiled
/// dataset they ran on (`StoreCache.loadWithDerived`).
extension DerivedCacheFile: CompiledClaimsStorage {}
