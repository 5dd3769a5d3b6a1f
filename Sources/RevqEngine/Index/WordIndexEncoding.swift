import RevqCore

/// A finished `WordIndex` as bytes, so the next start reads it instead of stemming every
/// word again: a version, each row's word count, the stems once each (a spelling names its
/// stem by number), then each spelling in sorted order with its word and rows. Numbers are
/// LEB128 varints; a stem's rows, ascending, are written as gaps.
///
///     let bytes = WordIndexEncoding.encode(index)
///     WordIndexEncoding.decode(bytes[...], rowCount: 33) == index   // true
///
/// Decoding trusts nothing: bytes cut short, a stem or row out of range, or anything left
/// over give nil, and the index is built from the texts again.
enum WordIndexEncoding {
    static let version: UInt8 = 2

    /// nil for an index whose parts do not agree (a spelling's stem missing from the stems).
    static func encode(_ index: WordIndex) -> [UInt8]? {
        var writer = Writer(bytes: [version])
        writer.numbers(index.lengths)
        let stems = index.rowsByStem.keys.sorted()
        writer.number(stems.count)
        var stemNumbers: [String: Int] = [:]
        for (number, stem) in stems.enumerated() {
            stemNumbers[stem] = number
            writer.text(stem)
            writer.ascending(index.rowsByStem[stem]!)
        }
        let acronyms = index.rowsByAcronym.keys.sorted()
        writer.number(acronyms.count)
        for stem in acronyms {
            guard let number = stemNumbers[stem] else { return nil }
            writer.number(number)
            writer.ascending(index.rowsByAcronym[stem]!)
        }
        writer.number(index.sortedSpellings.count)
        for spelling in index.sortedSpellings {
            guard let entry = index.spellings[spelling], let number = stemNumbers[entry.word.stem] else { return nil }
            writer.text(spelling)
            writer.number(number * 2 + (entry.word.isAcronym ? 1 : 0))
            // In order of finding: every text field's index lists a row again per field.
            writer.numbers(entry.rows)
        }
        return writer.bytes
    }

    /// The index `encode` wrote for a table of `rowCount` rows; nil for bytes it did not write.
    static func decode(_ bytes: ArraySlice<UInt8>, rowCount: Int) -> WordIndex? {
        var reader = Reader(bytes: bytes, rowCount: rowCount)
        guard reader.byte() == version, let index = reader.index(), reader.isAtEnd else { return nil }
        return index
    }

    /// Appends varints and length-prefixed UTF-8.
    private struct Writer {
        var bytes: [UInt8] = []

        mutating func number(_ value: Int) {
            var rest = UInt(value)
            while rest >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        mutating func text(_ text: String) {
            number(text.utf8.count)
            bytes += text.utf8
        }

        /// Rows in ascending order, as their count, the first row and the gaps after it.
        mutating func ascending(_ rows: [Int]) {
            number(rows.count)
            var previous = 0
            for row in rows {
                number(row - previous)
                previous = row
            }
        }

        /// Numbers in any order (the rows' word counts): their count, then each.
        mutating func numbers(_ values: [Int]) {
            number(values.count)
            for value in values { number(value) }
        }
    }

    /// Reads what `Writer` wrote, checking every count, number and row against the bytes
    /// and the table.
    private struct Reader {
        let bytes: ArraySlice<UInt8>
        let rowCount: Int
        var offset: Int

        init(bytes: ArraySlice<UInt8>, rowCount: Int) {
            (self.bytes, self.rowCount, offset) = (bytes, rowCount, bytes.startIndex)
        }

        var isAtEnd: Bool { offset == bytes.endIndex }

        mutating func byte() -> UInt8? {
            guard offset < bytes.endIndex else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }

        /// A varint of at most 63 bits.
        mutating func number() -> Int? {
            var value = 0
            var shift = 0
            while let byte = byte() {
                guard shift < 63, Int(byte & 0x7F) <= Int.max >> shift else { return nil }
                value |= Int(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
            return nil
        }

        /// A count of things each at least one byte long: never more than the bytes left.
        mutating func count() -> Int? {
            guard let count = number(), count <= bytes.endIndex - offset else { return nil }
            return count
        }

        mutating func text() -> String? {
            guard let length = count() else { return nil }
            defer { offset += length }
            return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
        }

        /// Ascending rows of the table.
        mutating func ascending() -> [Int]? {
            guard let count = count() else { return nil }
            var rows: [Int] = []
            rows.reserveCapacity(count)
            var row = 0
            for _ in 0..<count {
                guard let gap = number(), gap < rowCount - row else { return nil }
                row += gap
                rows.append(row)
            }
            return rows
        }

        /// Rows of the table in any order.
        mutating func rows() -> [Int]? {
            guard let count = count() else { return nil }
            var rows: [Int] = []
            rows.reserveCapacity(count)
            for _ in 0..<count {
                guard let row = number(), row < rowCount else { return nil }
                rows.append(row)
            }
            return rows
        }

        mutating func lengths() -> [Int]? {
            guard let count = count(), count <= rowCount else { return nil }
            var lengths: [Int] = []
            lengths.reserveCapacity(count)
            for _ in 0..<count {
                guard let length = number(), length <= Int(Int32.max) else { return nil }
                lengths.append(length)
            }
            return lengths
        }

        mutating func index() -> WordIndex? {
            guard let lengths = lengths(), let stemCount = count() else { return nil }
            var stems: [String] = []
            var rowsByStem: [String: [Int]] = [:]
            for _ in 0..<stemCount {
                guard let stem = text(), let rows = ascending() else { return nil }
                stems.append(stem)
                rowsByStem[stem] = rows
            }
            guard let acronymCount = count() else { return nil }
            var rowsByAcronym: [String: [Int]] = [:]
            for _ in 0..<acronymCount {
                guard let number = number(), number < stems.count, let rows = ascending() else { return nil }
                rowsByAcronym[stems[number]] = rows
            }
            guard let spellingCount = count() else { return nil }
            var spellings: [String: WordIndex.Spelling] = [:]
            var sorted: [String] = []
            sorted.reserveCapacity(spellingCount)
            for _ in 0..<spellingCount {
                guard let folded = text(), let word = number(), word / 2 < stems.count, let rows = rows() else {
                    return nil
                }
                spellings[folded] = WordIndex.Spelling(
                    word: TextWord(folded: folded, stem: stems[word / 2], isAcronym: word % 2 == 1), rows: rows)
                sorted.append(folded)
            }
            return WordIndex(
                spellings: spellings, sortedSpellings: sorted, rowsByStem: rowsByStem,
                rowsByAcronym: rowsByAcronym, lengths: lengths)
        }
    }
}
