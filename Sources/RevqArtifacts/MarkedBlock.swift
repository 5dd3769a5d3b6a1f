/// The lines between two marker lines of a file that is partly generated: scripts/generate
/// rewrites them and keeps every other line as it is.
///
///     try MarkedBlock(begin: "# BEGIN GENERATED", end: "# END GENERATED")
///         .replacing(in: "a\n# BEGIN GENERATED\nold\n# END GENERATED", with: ["new"])
///     // "a\n# BEGIN GENERATED\nnew\n# END GENERATED"
struct MarkedBlock {
    /// How the first marker line begins (the rest of it may say where the lines come from).
    let begin: String
    /// How the last marker line begins.
    let end: String

    /// `text` with the lines between the markers replaced by `lines`.
    func replacing(in text: String, with lines: [String]) throws(GenerationError) -> String {
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = rows.firstIndex(where: { $0.hasPrefix(begin) }) else {
            throw GenerationError("no line beginning '\(begin)'")
        }
        guard let last = rows[first...].firstIndex(where: { $0.hasPrefix(end) }) else {
            throw GenerationError("no line beginning '\(end)' after '\(begin)'")
        }
        rows.replaceSubrange((first + 1)..<last, with: lines)
        return rows.joined(separator: "\n")
    }

    /// The lines between the markers of `text`.
    func lines(of text: String) throws(GenerationError) -> [String] {
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = rows.firstIndex(where: { $0.hasPrefix(begin) }),
            let last = rows[first...].firstIndex(where: { $0.hasPrefix(end) })
        else {
            throw GenerationError("no lines between '\(begin)' and '\(end)'")
        }
        return Array(rows[(first + 1)..<last])
    }
}

/// Why a file could not be generated: a marker line is missing.
package struct GenerationError: Error, CustomStringConvertible {
    package let description: String
    init(_ description: String) { self.description = description }
}
