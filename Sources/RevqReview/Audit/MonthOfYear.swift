/// A month of a year, read from a date as the report writes it: ISO ("2025-04-09"), Norwegian
/// ("3. april 2025", "primo februar 2025") or a claim's "juni 2025". A date without a year is none.
struct MonthOfYear: Comparable, CustomStringConvertible, Sendable {
    let year: Int
    let month: Int

    static let names = [
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "desember",
    ]

    init?(_ text: String) {
        let iso = text.split(separator: "-")
        if iso.count == 3, let year = Int(iso[0]), let month = Int(iso[1]), (1...12).contains(month) {
            (self.year, self.month) = (year, month)
            return
        }
        let words = text.lowercased().split { $0 == " " || $0 == "." }
        guard let name = words.firstIndex(where: { Self.names.contains(String($0)) }), name + 1 < words.count,
            let year = Int(words[name + 1])
        else { return nil }
        (self.year, self.month) = (year, Self.names.firstIndex(of: String(words[name]))! + 1)
    }

    var description: String { "\(Self.names[month - 1]) \(year)" }

    static func < (a: MonthOfYear, b: MonthOfYear) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
