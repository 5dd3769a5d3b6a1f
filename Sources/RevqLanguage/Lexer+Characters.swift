/// The lexer's reading of characters from UTF-8 bytes, and which characters go where.
extension Lexer {
    // MARK: - Moving

    /// The character at the position when it is one ASCII byte; nil at the end and for
    /// any other character.
    @inline(__always)
    var asciiHere: UInt8? {
        asciiCharacter(at: position)
    }

    /// The byte at `index` when the character starting there is that byte alone: followed by
    /// another ASCII byte (but not CR LF, one character) or the end, it is; followed by a
    /// byte beyond ASCII, it may carry a combining mark, so the character is looked up.
    @inline(__always)
    func asciiCharacter(at index: Int) -> UInt8? {
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        guard byte < 0x80 else { return nil }
        guard index + 1 < bytes.count else { return byte }
        let next = bytes[index + 1]
        if next < 0x80 { return byte == UInt8(ascii: "\r") && next == UInt8(ascii: "\n") ? nil : byte }
        return asciiCharacterBeforeNonASCII(at: index)
    }

    /// An ASCII byte followed by one beyond ASCII: a character of its own unless a mark combines with it.
    private func asciiCharacterBeforeNonASCII(at index: Int) -> UInt8? {
        let byte = bytes[index]
        return character(at: index).0 == Character(Unicode.Scalar(byte)) ? byte : nil
    }

    /// The character at the position and its length in bytes.
    func characterHere() -> (Character, Int) {
        character(at: position)
    }

    /// The character starting at byte `index` (always where one starts) and its length.
    private func character(at index: Int) -> (Character, Int) {
        let character = text[text.utf8.index(text.utf8.startIndex, offsetBy: index)]
        return (character, character.utf8.count)
    }

    /// Moves past a character that is one ASCII byte.
    @inline(__always)
    mutating func advanceASCII(_ byte: UInt8) {
        position += 1
        offset += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    /// Moves past `character`, `length` bytes long.
    mutating func advance(_ character: Character, _ length: Int) {
        position += length
        offset += 1
        if character == "\n" || character == "\r\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    /// Moves past the character at the position, whatever it is.
    mutating func advance() {
        if let byte = asciiHere { return advanceASCII(byte) }
        let (character, length) = characterHere()
        advance(character, length)
    }

    // MARK: - Characters

    /// wordchar = letter | digit | "/" | "-" | "." | "_" | "*" ;
    /// letter = ? any Unicode letter, including æ ø å ? ;
    /// digit = ? any Unicode digit ? ;
    package static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return isWordByte(ascii) }
        if character.isLetter || character.isNumber { return true }
        return character == "/" || character == "-" || character == "." || character == "_"
            || character == "*"
    }

    /// `isWordCharacter` for a character that is one ASCII byte.
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "*"):
            return true
        default:
            return false
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// character = ? any character except control characters ? ;
    /// A control character or a decoding stand-in is reported as such rather than as "unexpected".
    static func problem(with character: Character) -> LexProblem? {
        guard let scalar = character.unicodeScalars.first else { return nil }
        if scalar == "\u{FFFD}" { return .invalidUTF8 }
        if scalar.value < 32 || (0x7F..<0xA0).contains(scalar.value) { return .controlCharacter(scalar) }
        return nil
    }

    /// number = [ "-" ] , ascii_digit , { ascii_digit } , [ "." , ascii_digit , { ascii_digit } ] ;
    /// ascii_digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" ;
    /// A word that is not a number in this form (`1.`, `-.5`, `2011a`) stays a word.
    static func number(_ text: String) -> Double? {
        if let whole = wholeNumber(text) { return whole }
        var rest = text.utf8[...]
        if rest.first == UInt8(ascii: "-") { rest = rest.dropFirst() }
        let whole = rest.prefix(while: isDigit)
        guard !whole.isEmpty else { return nil }
        rest = rest.dropFirst(whole.count)
        if let point = rest.first {
            guard point == UInt8(ascii: ".") else { return nil }
            let fraction = rest.dropFirst().prefix(while: isDigit)
            guard !fraction.isEmpty, fraction.count == rest.count - 1 else { return nil }
        }
        return Double(text)
    }

    /// Up to 15 ASCII digits, the usual number of a statement, read without parsing a
    /// `Double` from text: any such whole number is a `Double` exactly.
    private static func wholeNumber(_ text: String) -> Double? {
        let digits = text.utf8
        guard !digits.isEmpty, digits.count <= 15 else { return nil }
        var value = 0
        for byte in digits {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return Double(value)
    }
}
