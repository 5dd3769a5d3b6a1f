/// Where diagnostics are shown, as the formatter needs to know it: how wide a line may be
/// and whether the `error:` label takes colour. The formatter writes the final text for
/// it in one pass, so nothing reads the rendered text again to wrap or colour it.
///
///     DiagnosticFormatter.render(diagnostic, in: text, origin: origin,
///                                for: DiagnosticTarget(width: 80, color: true))
package struct DiagnosticTarget: Hashable, Sendable {
    /// The columns a message or hint line may take before it breaks at a space; nil for a
    /// pipe or a file, where lines stay whole. The quoted statement and its caret never break.
    package var width: Int?
    /// Whether the `error:` label is coloured (a terminal that takes colour).
    package var color: Bool

    package init(width: Int? = nil, color: Bool = false) {
        self.width = width
        self.color = color
    }

    /// Plain text with whole lines: a pipe, a file, a test.
    package static let plain = DiagnosticTarget()
}
