/// Numbers printed the way the dataset wrote them: no trailing ".0", no binary noise.
package enum NumberFormatting {
    /// The shortest text that reads back as `number` (`7.5`, `-0.36`, `12`).
    package static func shortest(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int(number))
        }
        return "\(number)"
    }
}
