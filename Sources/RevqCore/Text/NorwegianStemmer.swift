import CStemmer

/// Snowball's Norwegian stemmer over folded words, with two repairs of its own (a final
/// double m, an ending left in `er`): relasjon, relasjonen, relasjoner and relasjonene all
/// stem to `relasjon`, laerer, laerere and laereren to `laer`.
///
///     let stemmer = NorwegianStemmer()
///     stemmer.stem("relasjonene")   // "relasjon"
///
/// Snowball's C stemmer keeps state between calls, so each user makes its own (an index
/// while it is built, a binder for one statement); it is not shared between threads.
package final class NorwegianStemmer {
    private let stemmer: OpaquePointer?
    private var stems: [String: String] = [:]
    /// Each spelling as it stood in a text to its word (`TextWords`), worked out once.
    var knownWords: [String: TextWord] = [:]

    package init() {
        stemmer = sb_stemmer_new("norwegian", "UTF_8")
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// The stem of a word already folded by `TextFolding.fold` (folding first keeps `ø`
    /// and `o` typed for one another on the same stem). A word Snowball cannot take
    /// (out of memory) is its own stem.
    package func stem(_ folded: String) -> String {
        if let known = stems[folded] { return known }
        let stem = Self.singleFinalM(stemOfEr(snowball(folded) ?? folded, of: folded))
        stems[folded] = stem
        return stem
    }

    /// Norwegian never ends a word in a double m (hjem, hjemmet; program, programmet; dom,
    /// dommen), but Snowball keeps the doubling it cuts an ending from (hjemmet -> hjemm):
    /// undoing it puts the forms back on one stem.
    private static func singleFinalM(_ stem: String) -> String {
        stem.utf8.count > 2 && stem.hasSuffix("mm") ? String(stem.dropLast()) : stem
    }

    /// Snowball cuts one ending, so an -er noun's plural keeps the singular's ending (laerere ->
    /// laerer, laerer -> laer; raadgivere, forskere, medarbeidere too), as does a comparative
    /// (lavere -> laver, lav -> lav): a stem that a cut left ending in `er` is stemmed once more,
    /// which puts the forms back on one stem.
    private func stemOfEr(_ stem: String, of word: String) -> String {
        guard stem != word, stem.hasSuffix("er"), let again = snowball(stem) else { return stem }
        return again
    }

    private func snowball(_ word: String) -> String? {
        guard let stemmer else { return nil }
        var word = word
        return word.withUTF8 { bytes -> String? in
            guard let base = bytes.baseAddress, bytes.count <= Int(Int32.max),
                let result = sb_stemmer_stem(stemmer, base, Int32(bytes.count))
            else { return nil }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
