/// The place of a value as its `source` cell writes it (`Tabell 9, lines 1134-1139`),
/// made readable where a person reads it: a range of one line says "line".
///
///     Place.readable("Forord, lines 96-96; Tabell 1, lines 369-369")   // "Forord, line 96; Tabell 1, line 369"
package enum Place {
    package static func readable(_ place: String) -> String {
        place.split(separator: ";").map { part -> String in
            let part = String(part.drop { $0 == " " })
            let words = part.split(separator: " ", omittingEmptySubsequences: false)
            guard words.count >= 2, words[words.count - 2] == "lines" else { return part }
            let numbers = words[words.count - 1].split(separator: "-")
            guard numbers.count == 2, numbers[0] == numbers[1] else { return part }
            return (words.dropLast(2) + ["line", numbers[0]]).joined(separator: " ")
        }.joined(separator: "; ")
    }
}
