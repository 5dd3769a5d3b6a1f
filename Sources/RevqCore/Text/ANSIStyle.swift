/// ANSI styling that is a no-op when colour is off, so a caller writes the same calls
/// either way and plain output never holds an escape code. The one place revq spells an
/// escape sequence: tables, cards, charts, grids and the diagnostics' error labels all
/// style through it.
///
///     ANSIStyle(isEnabled: true).error("error:")   // "\u{1B}[1;31merror:\u{1B}[0m"
package struct ANSIStyle: Sendable {
    package let isEnabled: Bool

    package init(isEnabled: Bool) {
        self.isEnabled = isEnabled
    }

    package func bold(_ text: String) -> String { wrap(text, "1") }
    package func dim(_ text: String) -> String { wrap(text, "2") }
    /// Bold red, for the `error:` label of a message.
    package func error(_ text: String) -> String { wrap(text, "1;31") }
    /// `text` in the SGR colour `code` (e.g. "32" green): a chart's series or a grid's level.
    package func color(_ text: String, code: String) -> String { wrap(text, code) }

    /// What `bold` puts before and after text, for a caller that writes bytes: empty
    /// when colour is off. Like `bold`, the caller leaves empty text unstyled.
    package var boldCodes: (on: String, off: String) { isEnabled ? codes("1") : ("", "") }
    /// What `dim` puts before and after text (see `boldCodes`).
    package var dimCodes: (on: String, off: String) { isEnabled ? codes("2") : ("", "") }

    private func wrap(_ text: String, _ code: String) -> String {
        guard isEnabled && !text.isEmpty else { return text }
        let (on, off) = codes(code)
        return on + text + off
    }

    private func codes(_ code: String) -> (on: String, off: String) { ("\u{1B}[\(code)m", "\u{1B}[0m") }
}
