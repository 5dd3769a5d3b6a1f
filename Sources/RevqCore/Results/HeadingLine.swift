/// One line of the text above a result, such as the SoQF table's "Objective: ...": a label
/// and its text, with the place the words come from. Display modes print it; machine
/// formats never carry it (it describes the table, it is not a row of it).
///
///     HeadingLine(label: "Objective", text: "Målet med ...", place: "Mål og problemstilling, lines 195-198")
package struct HeadingLine: Sendable, Equatable {
    package let label: String
    package let text: String
    /// Where the text is, as a source cell writes it (`Forord, lines 96-96`).
    package let place: String

    package init(label: String, text: String, place: String) {
        self.label = label
        self.text = text
        self.place = place
    }

    /// "Objective: Målet med ... (Mål og problemstilling, lines 195-198)"; a place of one
    /// line reads "line 96", not "lines 96-96".
    package var plain: String {
        "\(label): \(text) (\(Place.readable(place)))"
    }
}
