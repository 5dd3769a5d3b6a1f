import RevqCore
import Testing

/// A place as a person reads it: one line says "line", a range and other text stay.
@Suite struct PlaceTests {
    @Test(arguments: [
        ("Forord, lines 96-96; Tabell 1, lines 369-369", "Forord, line 96; Tabell 1, line 369"),
        ("Mål og problemstilling, lines 195-198", "Mål og problemstilling, lines 195-198"),
        ("lines 36-36", "line 36"),
        ("Figur 3 (an image)", "Figur 3 (an image)"),
    ])
    func readable(place: String, expected: String) {
        #expect(Place.readable(place) == expected)
    }
}
