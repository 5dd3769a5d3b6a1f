import RevqCore

/// What a review's own text says a source's fields and values mean (a report's definitions
/// of its terms), as `describe` and completion quote them; the review gives them
/// (`ReviewKnowledge.meanings(of:in:)`), the engine only shows them.
///
///     meanings.values["confidence"]?["moderat"]   // "Moderat tillit: Det er sannsynlig ... (Tabell 2, ...)"
package struct TermMeanings: Sendable {
    /// Per field, everything defined about it, in one sentence (`describe` adds it to the
    /// field's description).
    package var describing: [String: String] = [:]
    /// Per field that is itself a defined term: its meaning (completion offering the field).
    package var fields: [String: String] = [:]
    /// Per field, per folded value that is a defined term: its meaning (completion offering the value).
    package var values: [String: [String: String]] = [:]

    package init() {}
}
